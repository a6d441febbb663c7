"""The data model: what a parsed page becomes.

Every class is a frozen, slotted dataclass. ``Article.to_dict()`` gives JSON-ready data and
``Article.from_dict()`` rebuilds the very same object from it, so articles can travel through
JSONL files, process pools and Spark rows without loss.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any, ClassVar, Literal

__all__ = [
    "Article",
    "Author",
    "Block",
    "Body",
    "Embed",
    "Heading",
    "Image",
    "ImageBlock",
    "ListBlock",
    "Paragraph",
    "Preformatted",
    "Quote",
    "ShareCounts",
    "Teaser",
]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _opt_str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _opt_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True, slots=True)
class Author:
    """A person (or organisation) credited with the article."""

    name: str
    url: str | None = None
    bio: str | None = None
    avatar_url: str | None = None
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "name": self.name,
            "url": self.url,
            "bio": self.bio,
            "avatar_url": self.avatar_url,
            "role": self.role,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Author:
        """Inverse of :meth:`to_dict`."""
        return cls(
            name=str(data["name"]),
            url=_opt_str(data.get("url")),
            bio=_opt_str(data.get("bio")),
            avatar_url=_opt_str(data.get("avatar_url")),
            role=_opt_str(data.get("role")),
        )


@dataclass(frozen=True, slots=True)
class Image:
    """An image with what the page says about it."""

    url: str
    caption: str | None = None
    credit: str | None = None
    width: int | None = None
    height: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "url": self.url,
            "caption": self.caption,
            "credit": self.credit,
            "width": self.width,
            "height": self.height,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Image:
        """Inverse of :meth:`to_dict`."""
        return cls(
            url=str(data["url"]),
            caption=_opt_str(data.get("caption")),
            credit=_opt_str(data.get("credit")),
            width=_opt_int(data.get("width")),
            height=_opt_int(data.get("height")),
        )


@dataclass(frozen=True, slots=True)
class Teaser:
    """A link to another post: a related-post card, or the previous/next post."""

    title: str
    url: str
    excerpt: str | None = None
    image_url: str | None = None
    author: str | None = None
    published: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "title": self.title,
            "url": self.url,
            "excerpt": self.excerpt,
            "image_url": self.image_url,
            "author": self.author,
            "published": _iso(self.published),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Teaser:
        """Inverse of :meth:`to_dict`."""
        return cls(
            title=str(data["title"]),
            url=str(data["url"]),
            excerpt=_opt_str(data.get("excerpt")),
            image_url=_opt_str(data.get("image_url")),
            author=_opt_str(data.get("author")),
            published=_from_iso(data.get("published")),
        )


@dataclass(frozen=True, slots=True)
class ShareCounts:
    """Share counts as the page prints them.

    ``total`` is ``None`` when the page has a share widget but no number for it (counters that
    JavaScript fills in later). ``approximate`` is true when a count was printed rounded
    ("1.2K", "10K+").
    """

    total: int | None
    by_network: Mapping[str, int] = field(default_factory=dict)
    approximate: bool = False

    def __post_init__(self) -> None:
        # A plain dict keeps the object picklable (Spark, process pools).
        object.__setattr__(self, "by_network", dict(self.by_network))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"total": self.total, "by_network": dict(self.by_network), "approximate": self.approximate}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ShareCounts:
        """Inverse of :meth:`to_dict`."""
        networks = data.get("by_network") or {}
        return cls(
            total=_opt_int(data.get("total")),
            by_network={str(k): int(v) for k, v in networks.items()},
            approximate=bool(data.get("approximate", False)),
        )


# --- body blocks -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of running text."""

    text: str
    type: ClassVar[Literal["paragraph"]] = "paragraph"

    def to_markdown(self) -> str:
        """This block as Markdown."""
        return self.text


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading inside the body; ``level`` is 1-6 as in ``<h1>``-``<h6>``."""

    text: str
    level: int = 2
    type: ClassVar[Literal["heading"]] = "heading"

    def to_markdown(self) -> str:
        """This block as Markdown."""
        return "#" * max(1, min(self.level, 6)) + " " + self.text


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quotation, with its attribution when the page gives one."""

    text: str
    cite: str | None = None
    type: ClassVar[Literal["quote"]] = "quote"

    def to_markdown(self) -> str:
        """This block as Markdown."""
        lines = [f"> {line}" if line else ">" for line in self.text.split("\n")]
        if self.cite:
            lines.append(f"> — {self.cite}")
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class ListBlock:
    """A bulleted or numbered list."""

    items: tuple[str, ...]
    ordered: bool = False
    type: ClassVar[Literal["list"]] = "list"

    @property
    def text(self) -> str:
        """The items, one a line."""
        return "\n".join(self.items)

    def to_markdown(self) -> str:
        """This block as Markdown."""
        return "\n".join(
            f"{i}. {item}" if self.ordered else f"- {item}" for i, item in enumerate(self.items, 1)
        )


@dataclass(frozen=True, slots=True)
class ImageBlock:
    """An image inside the body (its caption is not part of the text)."""

    url: str
    caption: str | None = None
    credit: str | None = None
    type: ClassVar[Literal["image"]] = "image"

    @property
    def text(self) -> str:
        """Images carry no running text."""
        return ""

    def to_markdown(self) -> str:
        """This block as Markdown."""
        return f"![{self.caption or ''}]({self.url})"


@dataclass(frozen=True, slots=True)
class Embed:
    """Embedded media (video, social post, iframe) by URL."""

    url: str
    kind: str | None = None
    type: ClassVar[Literal["embed"]] = "embed"

    @property
    def text(self) -> str:
        """Embeds carry no running text."""
        return ""

    def to_markdown(self) -> str:
        """This block as Markdown."""
        return f"<{self.url}>"


@dataclass(frozen=True, slots=True)
class Preformatted:
    """Preformatted text or code, whitespace kept."""

    text: str
    type: ClassVar[Literal["preformatted"]] = "preformatted"

    def to_markdown(self) -> str:
        """This block as Markdown."""
        return f"```\n{self.text}\n```"


Block = Paragraph | Heading | Quote | ListBlock | ImageBlock | Embed | Preformatted
_BLOCK_TYPES: dict[str, type[Block]] = {
    cls.type: cls for cls in (Paragraph, Heading, Quote, ListBlock, ImageBlock, Embed, Preformatted)
}


# each block type's field names, in order (``dataclasses.fields`` rebuilds its tuple on every call)
_BLOCK_FIELDS: dict[type[Block], tuple[str, ...]] = {
    cls: tuple(f.name for f in fields(cls)) for cls in _BLOCK_TYPES.values()
}


def _block_to_dict(block: Block) -> dict[str, Any]:
    data: dict[str, Any] = {"type": block.type}
    names = _BLOCK_FIELDS.get(type(block)) or tuple(f.name for f in fields(block))
    for name in names:
        value = getattr(block, name)
        data[name] = list(value) if isinstance(value, tuple) else value
    return data


def _block_from_dict(data: Mapping[str, Any]) -> Block:
    cls = _BLOCK_TYPES[str(data["type"])]
    kwargs = {f.name: data[f.name] for f in fields(cls) if f.name in data}
    if "items" in kwargs:
        kwargs["items"] = tuple(kwargs["items"])
    return cls(**kwargs)


@dataclass(frozen=True, slots=True)
class Body:
    """The article body: an ordered sequence of blocks."""

    blocks: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        """Plain text: the blocks that carry text, joined by blank lines."""
        texts = [b.text for b in self.blocks]
        return "\n\n".join([t for t in texts if t])

    def to_markdown(self) -> str:
        """The body as Markdown."""
        return "\n\n".join(b.to_markdown() for b in self.blocks)

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: ``{"text": ..., "blocks": [...]}``."""
        return {"text": self.text, "blocks": [_block_to_dict(b) for b in self.blocks]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Body:
        """Inverse of :meth:`to_dict`."""
        return cls(blocks=tuple(_block_from_dict(b) for b in data.get("blocks") or ()))


# --- the article -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Article:
    """Everything newsparse read from one page.

    A value the page does not give is ``None`` or empty, never a guess. ``provenance`` maps each
    field that has a value to where it came from (``"site:networker"``, ``"jsonld"``,
    ``"meta"``, ``"generic"``...); ``errors`` maps a field to the error an extractor raised
    while producing it (the field then fell back to the next extractor).
    """

    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    description: str | None = None
    authors: tuple[Author, ...] = ()
    published: datetime | None = None
    modified: datetime | None = None
    body: Body = field(default_factory=Body)
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    share_counts: ShareCounts | None = None
    related: tuple[Teaser, ...] = ()
    previous: Teaser | None = None
    next: Teaser | None = None
    lead_image: Image | None = None
    extractor: str = "generic"
    provenance: Mapping[str, str] = field(default_factory=dict)
    errors: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "provenance", dict(self.provenance))
        object.__setattr__(self, "errors", dict(self.errors))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: datetimes as ISO 8601, nested objects as dicts, tuples as lists."""
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "site_name": self.site_name,
            "language": self.language,
            "headline": self.headline,
            "subheadline": self.subheadline,
            "description": self.description,
            "authors": [a.to_dict() for a in self.authors],
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "body": self.body.to_dict(),
            "categories": list(self.categories),
            "tags": list(self.tags),
            "share_counts": self.share_counts.to_dict() if self.share_counts else None,
            "related": [t.to_dict() for t in self.related],
            "previous": self.previous.to_dict() if self.previous else None,
            "next": self.next.to_dict() if self.next else None,
            "lead_image": self.lead_image.to_dict() if self.lead_image else None,
            "extractor": self.extractor,
            "provenance": dict(self.provenance),
            "errors": dict(self.errors),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (round-trips exactly)."""

        def teaser(value: Any) -> Teaser | None:
            return Teaser.from_dict(value) if isinstance(value, Mapping) else None

        def strings(value: Any) -> tuple[str, ...]:
            return tuple(str(v) for v in value) if isinstance(value, Iterable) else ()

        shares = data.get("share_counts")
        image = data.get("lead_image")
        body = data.get("body")
        return cls(
            url=_opt_str(data.get("url")),
            canonical_url=_opt_str(data.get("canonical_url")),
            site_name=_opt_str(data.get("site_name")),
            language=_opt_str(data.get("language")),
            headline=_opt_str(data.get("headline")),
            subheadline=_opt_str(data.get("subheadline")),
            description=_opt_str(data.get("description")),
            authors=tuple(Author.from_dict(a) for a in data.get("authors") or ()),
            published=_from_iso(data.get("published")),
            modified=_from_iso(data.get("modified")),
            body=Body.from_dict(body) if isinstance(body, Mapping) else Body(),
            categories=strings(data.get("categories") or ()),
            tags=strings(data.get("tags") or ()),
            share_counts=ShareCounts.from_dict(shares) if isinstance(shares, Mapping) else None,
            related=tuple(Teaser.from_dict(t) for t in data.get("related") or ()),
            previous=teaser(data.get("previous")),
            next=teaser(data.get("next")),
            lead_image=Image.from_dict(image) if isinstance(image, Mapping) else None,
            extractor=str(data.get("extractor") or "generic"),
            provenance={str(k): str(v) for k, v in (data.get("provenance") or {}).items()},
            errors={str(k): str(v) for k, v in (data.get("errors") or {}).items()},
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """The article as a JSON string (UTF-8 text, not ASCII-escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """A readable Markdown rendering: headline, byline and date, the body, then what the page
        says around it (categories and tags, shares, authors' bios, previous/next and related posts)."""
        parts: list[str] = []
        if self.headline:
            parts.append(f"# {self.headline}")
        if self.subheadline:
            parts.append(f"**{self.subheadline}**")
        byline = ", ".join(a.name for a in self.authors)
        meta = " · ".join(p for p in (byline and f"By {byline}", _iso(self.published)) if p)
        if meta:
            parts.append(f"*{meta}*")
        if self.body:
            parts.append(self.body.to_markdown())
        about: list[str] = []
        if self.categories:
            about.append("- Categories: " + ", ".join(self.categories))
        if self.tags:
            about.append("- Tags: " + ", ".join(self.tags))
        if self.share_counts is not None:
            total = "unknown" if self.share_counts.total is None else str(self.share_counts.total)
            about.append(f"- Shares: {total}")
        for author in self.authors:
            if author.bio:
                about.append(f"- About {author.name}: {author.bio}")
        for label, teaser in (("Previous", self.previous), ("Next", self.next)):
            if teaser is not None:
                about.append(f"- {label}: [{teaser.title}]({teaser.url})")
        if about:
            parts.append("---\n\n" + "\n".join(about))
        if self.related:
            parts.append("Related:\n\n" + "\n".join(f"- [{t.title}]({t.url})" for t in self.related))
        return "\n\n".join(parts) + "\n"


#: The fields an extractor can provide, in the order they are extracted.
FIELDS: tuple[str, ...] = (
    "url",
    "canonical_url",
    "site_name",
    "language",
    "headline",
    "subheadline",
    "description",
    "authors",
    "published",
    "modified",
    "body",
    "categories",
    "tags",
    "share_counts",
    "related",
    "previous",
    "next",
    "lead_image",
)
