"""Site-specific rules of the German publishers' extractors that their fixtures leave out.

Table-driven tests of each module's small helpers (dates, bylines, datelines), and small pages
written for one rule each; the whole-page fixtures live in ``tests/fixtures/<site>/``.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse
from newsparse._context import Page
from newsparse.extractors.faz import java_date
from newsparse.extractors.sueddeutsche import byline_names
from newsparse.extractors.tagesschau import Tagesschau, stand, von
from newsparse.extractors.welt import dateline_agency
from newsparse.extractors.zeit import first_appeared

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def _page(head: str = "", body: str = "") -> str:
    return f"<!DOCTYPE html><html lang='de'><head><title>t</title>{head}</head><body>{body}</body></html>"


def _b64(text: str, encoding: str) -> str:
    return base64.b64encode(text.encode(encoding)).decode("ascii")


# --- layout versions: each older-layout fixture is served by its declared version -----------------


@pytest.mark.parametrize(
    ("fixture", "version"),
    [
        ("spiegel/spiegel.html", None),
        ("spiegel/spiegel_2018.html", "Layout2018"),
        ("spiegel/spiegel_print.html", "Layout2018"),
        ("sueddeutsche/sueddeutsche.html", None),
        ("sueddeutsche/sueddeutsche_2019.html", "Layout2019"),
        ("tagesschau/tagesschau.html", None),
        ("tagesschau/tagesschau_2020.html", "Layout2020"),
    ],
)
def test_fixture_is_served_by_its_layout_version(fixture: str, version: str | None) -> None:
    site = fixture.split("/")[0]
    cls = newsparse.default_registry.get(site)
    page = Page((FIXTURES / fixture).read_text(encoding="utf-8"), f"https://www.{site}.de/x")
    assert cls(page).version == version


# --- zeit: the print edition's first appearance, base64 in data-obfuscated ------------------------


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        (_b64("16. Oktober 2019, 17:05 Uhr", "latin-1"), datetime(2019, 10, 16, 17, 5)),
        # Latin-1 is what zeit.de writes: "ä" is one byte, not valid UTF-8
        (_b64("15. März 2023, 17:05 Uhr", "latin-1"), datetime(2023, 3, 15, 17, 5)),
        (_b64("15. März 2023, 17:05 Uhr", "utf-8"), datetime(2023, 3, 15, 17, 5)),
        (_b64("2. Januar 2020", "latin-1"), datetime(2020, 1, 2)),
        ("", None),
        (None, None),
        ("kein base64!", None),
        (_b64("DIE ZEIT Nr.\xa012/2023", "latin-1"), None),
    ],
)
def test_zeit_first_appeared(encoded: str | None, expected: datetime | None) -> None:
    assert first_appeared(encoded) == expected


def test_zeit_without_an_encoded_date_keeps_the_generic_date() -> None:
    ld = '{"@type":"Article","headline":"h","datePublished":"2024-02-01T08:00:00+01:00"}'
    html = _page(
        f'<script type="application/ld+json">{ld}</script>',
        '<div class="metadata"><time datetime="2024-02-01T08:00:00+01:00" class="metadata__date">'
        "1. Februar 2024</time></div>",
    )
    article = newsparse.parse(html, "https://www.zeit.de/wissen/2024-02/x")
    assert article.published is not None and article.published.isoformat() == "2024-02-01T08:00:00+01:00"
    assert article.provenance["published"] == "jsonld"


# --- faz: Java's Date.toString() in the JSON-LD -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue Jan 28 15:28:56 CET 2020", datetime(2020, 1, 28, 15, 28, 56, tzinfo=CET)),
        ("Wed Mar 4 07:45:10 CET 2020", datetime(2020, 3, 4, 7, 45, 10, tzinfo=CET)),
        ("Sat Jun 13 09:05:00 CEST 2020", datetime(2020, 6, 13, 9, 5, tzinfo=CEST)),
        ("Mon Nov 02 23:59:59 UTC 2020", datetime(2020, 11, 2, 23, 59, 59, tzinfo=UTC)),
        ("  Tue Jan 28 15:28:56 GMT 2020 ", datetime(2020, 1, 28, 15, 28, 56, tzinfo=UTC)),
        ("2020-01-28T15:28:56+01:00", None),  # ISO is the generic reader's
        ("Tue Jan 28 15:28:56 PST 2020", None),  # a zone this module does not know
        ("Tue Jam 28 15:28:56 CET 2020", None),
        ("Sun Feb 30 10:00:00 CET 2020", None),  # no such day: no answer rather than an error
        ("", None),
        (None, None),
        (1580221736, None),
    ],
)
def test_faz_java_date(raw: object, expected: datetime | None) -> None:
    assert java_date(raw) == expected


def test_faz_published_falls_back_to_the_header_time() -> None:
    html = _page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"h"}</script>',
        '<header class="atc-Header"><time class="atc-MetaTime" datetime="2021-05-03T06:30:00+0200">'
        "03.05.2021</time></header>",
    )
    article = newsparse.parse(html, "https://www.faz.net/aktuell/x-1.html")
    assert article.published == datetime(2021, 5, 3, 6, 30, tzinfo=CEST)
    assert article.provenance["published"] == "site:faz"


# --- sueddeutsche: a byline's dateline is a place, not an author ------------------------------------


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ("Von Markus Lindner, Berlin", ["Markus Lindner"]),
        ("Von Anna Brandl und Bo Petersen, München", ["Anna Brandl", "Bo Petersen"]),
        ("Von Anna Brandl und Bo Petersen, New York", ["Anna Brandl", "Bo Petersen"]),
        ("Von Anna Brandl, Bo Petersen und Cem Aydin", ["Anna Brandl", "Bo Petersen", "Cem Aydin"]),
        ("Von Anna Brandl, Bo Petersen und Cem Aydin, Brüssel", ["Anna Brandl", "Bo Petersen", "Cem Aydin"]),
        ("Anna Brandl, Bo Petersen", ["Anna Brandl", "Bo Petersen"]),
        ("  von   Anna Brandl ", ["Anna Brandl"]),
        ("Von Berlin", []),
        ("", []),
    ],
)
def test_sueddeutsche_byline_drops_the_dateline(raw: str, names: list[str]) -> None:
    assert byline_names(raw) == names


def test_sueddeutsche_older_byline_without_popups() -> None:
    html = _page(
        body='<article id="sitecontent"><section class="header"><h2><strong>Kicker</strong> Titel</h2>'
        '</section><section class="authors"><div class="authorContainer"><span class="moreInfo">'
        "<strong>Von Jana Oswald, Augsburg</strong></span></div></section></article>"
    )
    article = newsparse.parse(html, "https://www.sueddeutsche.de/bayern/x-1.4000000")
    assert article.headline == "Titel"
    assert [a.name for a in article.authors] == ["Jana Oswald"]
    assert article.provenance["authors"] == "site:sueddeutsche"


def test_sueddeutsche_published_without_jsonld_is_the_header_time() -> None:
    html = _page(
        body='<article><time datetime="2022-09-01 07:30:00" data-manual="date-time">1. September 2022'
        '</time><h2 data-manual="title"><span data-manual="title">Titel</span></h2></article>'
    )
    article = newsparse.parse(html, "https://www.sueddeutsche.de/kultur/x-1.5000000")
    assert article.published == datetime(2022, 9, 1, 7, 30)
    assert article.provenance["published"] == "site:sueddeutsche"


# --- welt: agency copy credits the agency in its opening dateline ----------------------------------


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("Hamburg (dpa/lno) – Die Fähre fällt aus.", "dpa/lno"),
        ("Berlin (AFP) - Der Bundestag hat beschlossen.", "AFP"),
        ("Cuxhaven/Helgoland (dpa) – Wegen des Sturms.", "dpa"),
        ("Frankfurt/Main (dpa/lhe) — Die Börse schloss fester.", "dpa/lhe"),
        ("Berlin (dpa/AFP) - Beide Agenturen melden.", "dpa/AFP"),
        ("Halle an der Saale (dpa/sa) – Ein Ort aus vier Wörtern.", "dpa/sa"),
        ("Berlin (Reuters/dpa) - Zwei Agenturen.", "Reuters/dpa"),
        ("Los Angeles (AP) – Ein Ort aus zwei Wörtern.", "AP"),
        ("Mehr als 300 Menschen (Stand: Montag) – so viele wie nie.", None),
        ("Eine Stadt mit einem sehr langen Namen (dpa) – fünf Wörter sind kein Ort.", None),
        ("Hamburg (dpa/lno) Kein Gedankenstrich folgt.", None),
        ("Ein ganz gewöhnlicher erster Satz ohne Quelle.", None),
        ("", None),
    ],
)
def test_welt_dateline_agency(text: str, agency: str | None) -> None:
    assert dateline_agency(text) == agency


def test_welt_byline_beats_the_dateline() -> None:
    html = _page(
        body='<span class="c-author__by-line">Von <a href="/autor/ina-vogt/">Ina Vogt</a></span>'
        '<div class="c-article-text"><p>Hamburg (dpa/lno) – Text.</p></div>'
    )
    article = newsparse.parse(html, "https://www.welt.de/regionales/hamburg/article1/x.html")
    assert [(a.name, a.url) for a in article.authors] == [("Ina Vogt", "https://www.welt.de/autor/ina-vogt/")]


# --- tagesschau: the "Stand:" line and the "Von ..." byline ------------------------------------------


def _tagesschau(body: str) -> Tagesschau:
    return Tagesschau(Page(_page(body=body), "https://www.tagesschau.de/inland/x-100.html"))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Stand: 28.04.2020 18:00 Uhr"], datetime(2020, 4, 28, 18, 0)),
        (["Stand: 1.2.2021, 9:05 Uhr"], datetime(2021, 2, 1, 9, 5)),
        (["Stand: 03.06.2020"], datetime(2020, 6, 3)),
        (["Stand: 31.02.2020 10:00 Uhr"], None),  # no such day
        (["Stand: 28.04.2020 25:00 Uhr"], None),  # no such hour
        (["Stand: 31.02.2020 10:00 Uhr", "Stand: 29.02.2020 10:00 Uhr"], datetime(2020, 2, 29, 10, 0)),
        (["Stand: heute, 12:00 Uhr"], None),
        ([], None),
    ],
)
def test_tagesschau_stand(lines: list[str], expected: datetime | None) -> None:
    ex = _tagesschau("".join(f'<p class="metatextline">{line}</p>' for line in lines))
    assert stand(ex, ".metatextline") == expected


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Von Anna Lehmann, NDR", ["Anna Lehmann", "NDR"]),
        (
            "Von Ruth Albrecht, Kai-Uwe Berner und Dana Oswald, SWR",
            ["Ruth Albrecht", "Kai-Uwe Berner", "Dana Oswald", "SWR"],
        ),
        (
            "Von <em>Theresa Kühn</em> und <em>Malte Grunwald</em>, MDR",
            ["Theresa Kühn", "Malte Grunwald", "MDR"],
        ),
        ("Von Jonas Brenner, ARD-Hauptstadtstudio", ["Jonas Brenner", "ARD-Hauptstadtstudio"]),
        ("", []),
    ],
)
def test_tagesschau_von(byline: str, names: list[str]) -> None:
    ex = _tagesschau(f'<p class="autorenzeile">{byline}</p>')
    assert [a.name for a in von(ex, "p.autorenzeile")] == names


# --- taz: one author per schema.org Person box, however often the page repeats it ------------------


def test_taz_person_boxes_give_each_author_once() -> None:
    def box(name: str, slug: str, job: str = "") -> str:
        title = f'<h5 itemprop="jobTitle">{job}</h5>' if job else ""
        return (
            '<div itemscope itemtype="http://schema.org/Person" itemprop="author">'
            f'<a rel="author" itemprop="url" href="/{slug}/"><h4 itemprop="name">{name}</h4>{title}</a></div>'
        )

    html = _page(
        body=box("Ida Brenner", "Ida-Brenner/!a1", "Korrespondentin")
        + box("Leon Kraus", "Leon-Kraus/!a2")
        + box("Ida Brenner", "Ida-Brenner/!a1")
        + '<article itemprop="articleBody"><h1 itemprop="headline">Titel</h1></article>'
    )
    article = newsparse.parse(html, "https://taz.de/Titel/!5000001/")
    assert [(a.name, a.url, a.role) for a in article.authors] == [
        ("Ida Brenner", "https://taz.de/Ida-Brenner/!a1/", "Korrespondentin"),
        ("Leon Kraus", "https://taz.de/Leon-Kraus/!a2/", None),
    ]
