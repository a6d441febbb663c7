"""newsparse.spark on a real Spark in local mode (local[2]), over a WARC the test writes."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article
from test_batch import article_page, write_warc

pyspark = pytest.importorskip("pyspark")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("java") is None and not os.environ.get("JAVA_HOME"), reason="no Java"),
]


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    # The executors' Python must be this one: it is where newsparse is installed.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsparse-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def warcs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("warcs")
    first, second = root / "one.warc.gz", root / "two.warc.gz"
    write_warc(
        first,
        [
            ("https://courier.example/2024/03/01/a", article_page(1), "text/html; charset=utf-8"),
            ("https://courier.example/2024/03/02/b", article_page(2), "text/html"),
        ],
    )
    write_warc(
        second,
        [
            ("https://courier.example/2024/03/03/c", article_page(3), "text/html"),
            ("https://courier.example/broken", b"\x89PNG\r\n\x1a\n", "text/html"),  # lies about its type
        ],
    )
    return [first, second]


def test_schema_follows_the_data_model() -> None:
    from pyspark.sql import types as T

    from newsparse.spark import article_schema

    schema = article_schema()
    article_fields = list(Article.__dataclass_fields__)
    assert schema.fieldNames() == [*article_fields, "source", "error"]
    assert isinstance(schema["published"].dataType, T.TimestampType)
    authors = schema["authors"].dataType
    assert isinstance(authors, T.ArrayType) and isinstance(authors.elementType, T.StructType)
    assert authors.elementType.fieldNames()[:2] == ["name", "url"]
    body = schema["body"].dataType
    assert isinstance(body, T.StructType) and body.fieldNames() == ["text", "blocks"]
    block = body["blocks"].dataType.elementType  # type: ignore[attr-defined]
    assert {"type", "text", "level", "items", "ordered", "url", "caption", "kind"} <= set(block.fieldNames())
    assert isinstance(schema["provenance"].dataType, T.MapType)
    shares = schema["share_counts"].dataType
    assert isinstance(shares, T.StructType) and isinstance(shares["by_network"].dataType, T.MapType)


def test_rdd_of_warc_paths(spark: Any, warcs: list[Path]) -> None:
    from newsparse.spark import articles

    paths = spark.sparkContext.parallelize([str(p) for p in warcs], 2)
    df = articles(paths, errors="keep")
    rows = sorted(df.collect(), key=lambda r: (r.source.path, r.source.offset))
    assert [r.url for r in rows] == [
        "https://courier.example/2024/03/01/a",
        "https://courier.example/2024/03/02/b",
        "https://courier.example/2024/03/03/c",
        None,
    ]
    good = [r for r in rows if r.error is None]
    assert [r.headline for r in good] == [f"Harbour council approves plan number {n}" for n in (1, 2, 3)]
    assert all(r.source.path == str(warcs[0]) for r in good[:2])
    assert good[0].source.offset < good[1].source.offset
    assert good[0].published == datetime(2024, 3, 2, 7, 30)  # 08:30+01:00 in the UTC session
    assert "Paragraph 1 of story 1" in good[0].body.text
    assert good[0].body.blocks[0].type == "paragraph"
    failed = rows[-1]
    assert failed.source.path == str(warcs[1]) and "InvalidDocument" in failed.error
    assert articles(paths).count() == 3  # errors="skip" drops the failed page


def test_dataframe_of_url_html_rows(spark: Any) -> None:
    from newsparse.spark import articles

    pages = spark.createDataFrame(
        [
            ("https://courier.example/2024/03/04/d", article_page(4)),
            ("https://courier.example/2024/03/05/e", article_page(5)),
        ],
        ["url", "html"],
    )
    df = articles(pages)
    got = {r.url: r.headline for r in df.select("url", "headline").collect()}
    assert got == {
        "https://courier.example/2024/03/04/d": "Harbour council approves plan number 4",
        "https://courier.example/2024/03/05/e": "Harbour council approves plan number 5",
    }


def test_dataframe_of_warc_paths(spark: Any, warcs: list[Path]) -> None:
    from newsparse.spark import articles

    df = articles(spark.createDataFrame([(str(warcs[0]),)], ["path"]))
    assert sorted(r.headline for r in df.collect()) == [
        "Harbour council approves plan number 1",
        "Harbour council approves plan number 2",
    ]


def test_parquet_round_trip(spark: Any, warcs: list[Path], tmp_path: Path) -> None:
    from newsparse.spark import articles

    df = articles(spark.sparkContext.parallelize([str(warcs[0])], 1))
    target = str(tmp_path / "articles.parquet")
    df.write.parquet(target)
    back = spark.read.parquet(target)
    assert back.schema.fieldNames() == df.schema.fieldNames()
    assert [f.dataType.simpleString() for f in back.schema] == [f.dataType.simpleString() for f in df.schema]
    assert back.filter("published >= timestamp'2024-03-02 07:30:00'").count() == 2
    assert back.filter("published > timestamp'2024-03-02 07:30:00'").count() == 1
