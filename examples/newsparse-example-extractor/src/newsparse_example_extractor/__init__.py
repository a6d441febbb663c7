"""The Example Gazette (``gazette.example``): a third-party newsparse extractor.

The Gazette prints its bylines as "By NAME, ROLE" in ``.gz-byline``, keeps the article in
``section.gz-article-body`` next to a "Read more" box, and files stories under a kicker link. Its
2019 templates used ``div#story`` for the body; pages in that layout are read by ``Classic``.
"""

from __future__ import annotations

from newsparse import Author, Extractor, Version, body, text, texts

__all__ = ["ExampleGazette"]


class ExampleGazette(Extractor):
    """Articles of the Example Gazette."""

    name = "example_gazette"
    domains = ("gazette.example",)
    boilerplate = (".gz-read-more",)

    headline = text("h1.gz-headline")
    subheadline = text("p.gz-dek")
    categories = texts("a.gz-kicker")
    body = body("section.gz-article-body")

    def authors(self) -> tuple[Author, ...]:
        """Bylines carry the role after a comma: "By Ann Lee, Science editor"."""
        out = []
        for line in self.page.texts(".gz-byline"):
            name, _, role = line.removeprefix("By ").partition(",")
            if name.strip():
                out.append(Author(name=name.strip(), role=role.strip() or None))
        return tuple(out)

    class Classic(Version):
        """The 2019 templates: the body is ``div#story``."""

        probe = "div#story"
        body = body("div#story")
