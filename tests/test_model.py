"""The data model: frozen, JSON-ready, round-trips exactly."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsparse import (
    Article,
    Author,
    Body,
    Embed,
    Heading,
    Image,
    ImageBlock,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    ShareCounts,
    Teaser,
)

CEST = timezone(timedelta(hours=2))


def full_article() -> Article:
    return Article(
        url="https://example.com/2024/05/03/story/",
        canonical_url="https://example.com/2024/05/03/story/",
        site_name="Example News",
        language="en",
        headline="A headline",
        subheadline="A dek",
        description="A summary",
        authors=(
            Author(
                "Ada Lovelace",
                url="https://example.com/author/ada/",
                bio="Writes.",
                avatar_url="https://example.com/ada.jpg",
                role="Editor",
            ),
            Author("Bob"),
        ),
        published=datetime(2024, 5, 3, 18, 19, 8, tzinfo=CEST),
        modified=datetime(2024, 5, 4, 9, 0),
        body=Body(
            (
                Paragraph("First."),
                Heading("Part", 2),
                Quote("Said.", cite="Someone"),
                ListBlock(("a", "b"), ordered=True),
                ImageBlock("https://example.com/i.jpg", caption="Cap"),
                Embed("https://www.youtube.com/embed/x", kind="social"),
                Preformatted("  code\n  more"),
            )
        ),
        categories=("World",),
        tags=("Cybercrime", "News"),
        share_counts=ShareCounts(total=1200, by_network={"facebook": 1000, "twitter": 200}, approximate=True),
        related=(
            Teaser(
                "Other",
                "https://example.com/other/",
                excerpt="x",
                image_url="https://example.com/o.jpg",
                author="Bob",
                published=datetime(2024, 1, 2, tzinfo=UTC),
            ),
        ),
        previous=Teaser("Prev", "https://example.com/prev/"),
        next=None,
        lead_image=Image(
            "https://example.com/lead.jpg", caption="Lead", credit="Photo: X", width=1200, height=630
        ),
        extractor="networker",
        provenance={"headline": "site:networker", "published": "jsonld"},
        errors={"tags": "networker: ValueError: boom"},
    )


def test_round_trip_is_exact() -> None:
    article = full_article()
    data = json.loads(json.dumps(article.to_dict()))
    assert Article.from_dict(data) == article


def test_to_dict_is_json_ready() -> None:
    data = full_article().to_dict()
    assert data["published"] == "2024-05-03T18:19:08+02:00"
    assert data["modified"] == "2024-05-04T09:00:00"
    assert data["authors"][0]["name"] == "Ada Lovelace"
    assert data["body"]["blocks"][1] == {"type": "heading", "text": "Part", "level": 2}
    assert data["body"]["text"].startswith("First.\n\nPart\n\nSaid.")
    json.dumps(data)  # nothing that JSON cannot carry


def test_frozen_and_slotted() -> None:
    article = full_article()
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    assert not hasattr(article, "__dict__")
    assert not hasattr(article.authors[0], "__dict__")


def test_pickles() -> None:
    article = full_article()
    assert pickle.loads(pickle.dumps(article)) == article


def test_body_text_and_markdown() -> None:
    body = full_article().body
    assert "Said." in body.text and "a\nb" in body.text
    md = body.to_markdown()
    assert (
        "## Part" in md
        and "> Said." in md
        and "1. a\n2. b" in md
        and "![Cap](https://example.com/i.jpg)" in md
    )


def test_empty_article_defaults() -> None:
    article = Article()
    assert article.authors == () and article.body == Body() and article.share_counts is None
    assert Article.from_dict(article.to_dict()) == article


def test_to_json_keeps_unicode() -> None:
    article = Article(headline="Über „Zitate“")
    assert "Über „Zitate“" in article.to_json()


def test_markdown_shows_what_surrounds_the_body() -> None:
    md = full_article().to_markdown()
    assert md.startswith("# A headline\n\n**A dek**\n\n*By Ada Lovelace, Bob · 2024-05-03T18:19:08+02:00*")
    assert "- Tags: Cybercrime, News" in md and "- Shares: 1200" in md
    assert "- About Ada Lovelace: Writes." in md
    assert "- Previous: [Prev](https://example.com/prev/)" in md and "- Next:" not in md
    assert md.rstrip().endswith("Related:\n\n- [Other](https://example.com/other/)")
