"""Floors for the generic extractor's metadata on the shared dev corpora (skipped without them).

The generic extractor alone (no site extractors) reads every page of ``trafilatura_eval`` and
``htmldate_mediacloud``; the shared scorer (``../shared/eval/score.py``) scores headline, authors,
published day and tags (tags and categories together, as the scorer does). Each floor sits just
under the figure measured when it was set, so a change that loses accuracy fails here. Only the
metadata fields are computed: the body has its own corpus test.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsparse._context import Page
from newsparse._decode import sanitize
from newsparse._errors import InvalidDocument
from newsparse.generic import GenericExtractor

pytestmark = pytest.mark.corpus

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
SCORER = SHARED / "eval" / "score.py"

#: (corpus, field) -> floor on the scorer's mean F1 / accuracy.
FLOORS: dict[tuple[str, str], float] = {
    ("trafilatura_eval", "headline"): 0.85,
    ("trafilatura_eval", "authors"): 0.685,
    ("trafilatura_eval", "published"): 0.90,
    ("trafilatura_eval", "tags"): 0.65,
    ("htmldate_mediacloud", "published"): 0.93,
}


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(html: bytes, url: str | None) -> dict[str, Any]:
    """The generic extractor's metadata fields in the scorer's flat form."""
    try:
        text = sanitize(html)
    except InvalidDocument:
        return {}
    ex = GenericExtractor(Page(text, url=url))
    published = ex.published()
    return {
        "headline": ex.headline(),
        "authors": [a.name for a in ex.authors()],
        "published": published.isoformat() if published else None,
        "tags": list(ex.tags()),
        "categories": list(ex.categories()),
    }


@cache
def scores(corpus: str) -> dict[str, float]:
    folder = CORPUS / corpus
    truth = [json.loads(line) for line in (folder / "truth.jsonl").read_text().splitlines() if line.strip()]
    preds = []
    for rec in truth:
        raw = (folder / rec["html"]).read_bytes()
        html = gzip.decompress(raw) if rec["html"].endswith(".gz") else raw
        preds.append({"id": rec["id"], **predict(html, rec.get("url"))})
    result = scorer().score(truth, preds)
    return {field: values["f1"] for field, values in result["fields"].items()}


@pytest.mark.parametrize(("corpus", "field"), sorted(FLOORS))
def test_generic_metadata_floor(corpus: str, field: str) -> None:
    if not (CORPUS / corpus / "truth.jsonl").is_file() or not SCORER.is_file():
        pytest.skip(f"corpus {corpus} or the shared scorer is absent")
    measured = scores(corpus)[field]
    assert measured >= FLOORS[corpus, field], f"{corpus} {field}: {measured:.3f} < {FLOORS[corpus, field]}"
