"""Apache Spark: WARC archives or ``(url, html)`` rows in, a DataFrame of articles out.

>>> from newsparse.spark import articles
>>> paths = spark.sparkContext.textFile("warc.paths", minPartitions=400)
>>> df = articles(paths)                     # one row per HTML response that parsed
>>> df.select("url", "headline", "published").write.parquet("out/")

It works the way Common Crawl's cc-pyspark jobs do: the input is partitioned by WARC file, each
partition is parsed with ``mapPartitions`` on the executors (newsparse is imported there, and
its extractor registry is built once per Python worker and reused for every record), and nothing
is collected to the driver. The schema, :func:`article_schema`, is derived from the data model
(:class:`~newsparse.Article` and the classes it holds), so it follows the model as it grows.

Needs the extra ``newsparse[spark]`` (pyspark and warcio) on the driver and newsparse on the
executors. See ``docs/howto/spark.md`` for a cluster run over CC-NEWS.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import fields, is_dataclass
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, Literal

from ._model import _BLOCK_TYPES, Article, Body

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import DataType, StructType

__all__ = ["EXTRA_COLUMNS", "article_schema", "articles"]

#: Columns added to the Article's own: where the row came from, and why it failed (if it did).
EXTRA_COLUMNS: tuple[str, ...] = ("source", "error")


def _spark_type(hint: Any) -> DataType:
    """The Spark type of a field annotation of the data model."""
    from pyspark.sql import types as T

    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            raise TypeError(f"no Spark type for the union {hint!r}")
        return _spark_type(rest[0])
    if origin is tuple:
        return T.ArrayType(_spark_type(args[0]), containsNull=False)
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return T.MapType(T.StringType(), _spark_type(args[1]) if args else T.StringType())
    if hint is Body:
        return _body_type()
    if isinstance(hint, type) and is_dataclass(hint):
        return _struct(hint)
    simple = {str: T.StringType(), int: T.LongType(), bool: T.BooleanType(), datetime: T.TimestampType()}
    if hint in simple:
        return simple[hint]
    raise TypeError(f"no Spark type for {hint!r}")


def _struct(cls: type[Any]) -> StructType:
    from pyspark.sql import types as T

    hints = typing.get_type_hints(cls)
    return T.StructType(
        [T.StructField(f.name, _spark_type(hints[f.name]), nullable=True) for f in fields(cls)]
    )


def _body_type() -> StructType:
    """``Body.to_dict()``: the plain text and the blocks, one struct holding every block kind's
    fields (a block leaves the others null) and its ``type``."""
    from pyspark.sql import types as T

    block_fields: dict[str, DataType] = {"type": T.StringType()}
    for cls in _BLOCK_TYPES.values():
        for f in _struct(cls).fields:
            block_fields.setdefault(f.name, f.dataType)
    block = T.StructType([T.StructField(name, dtype, nullable=True) for name, dtype in block_fields.items()])
    return T.StructType(
        [
            T.StructField("text", T.StringType(), nullable=True),
            T.StructField("blocks", T.ArrayType(block, containsNull=False), nullable=True),
        ]
    )


def article_schema() -> StructType:
    """The DataFrame schema: the fields of :class:`~newsparse.Article` as ``to_dict()`` gives
    them (datetimes as timestamps), then ``source`` (``path``, ``offset``) and ``error``."""
    from pyspark.sql import types as T

    schema = _struct(Article)
    source = T.StructType(
        [T.StructField("path", T.StringType(), nullable=True), T.StructField("offset", T.LongType())]
    )
    schema.add(T.StructField("source", source, nullable=True))
    schema.add(T.StructField("error", T.StringType(), nullable=True))
    return schema


def _coerce(value: Any, dtype: DataType) -> Any:
    """``to_dict()`` data into what the schema holds: tuples for structs, datetimes back from
    ISO strings."""
    from pyspark.sql import types as T

    if value is None:
        return None
    if isinstance(dtype, T.StructType):
        return tuple(_coerce(value.get(f.name), f.dataType) for f in dtype.fields)
    if isinstance(dtype, T.ArrayType):
        return [_coerce(v, dtype.elementType) for v in value]
    if isinstance(dtype, T.MapType):
        return {k: _coerce(v, dtype.valueType) for k, v in value.items()}
    if isinstance(dtype, T.TimestampType) and isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


# --- on the executors -----------------------------------------------------------------------------


def _row(
    schema: StructType, source: tuple[str, int | None], article: Article | None, error: str | None
) -> tuple[Any, ...]:
    data: dict[str, Any] = article.to_dict() if article is not None else {}
    data["source"] = {"path": source[0], "offset": source[1]}
    data["error"] = error
    return tuple(_coerce(data.get(f.name), f.dataType) for f in schema.fields)


def _parse_warcs(
    paths: Iterable[Any], *, extractor: str | None, keep_errors: bool
) -> Iterator[tuple[Any, ...]]:
    # Runs on an executor: newsparse and its default registry are loaded there, once per worker.
    from ._parse import parse
    from .warc import iter_records

    schema = article_schema()
    for item in paths:
        path = str(item[0] if isinstance(item, tuple) else item)
        offset: int | None = None
        try:
            for rec in iter_records(path):
                offset = rec.offset
                try:
                    article = parse(
                        rec.content, url=rec.url, fetched=rec.date, encoding=rec.charset, extractor=extractor
                    )
                except Exception as exc:  # one bad page never fails the task
                    if keep_errors:
                        yield _row(schema, (path, rec.offset), None, f"{type(exc).__name__}: {exc}")
                    continue
                yield _row(schema, (path, rec.offset), article, None)
        except Exception as exc:  # an unreadable or truncated WARC: the rest of it is lost
            if keep_errors:
                yield _row(schema, (path, offset), None, f"{type(exc).__name__}: {exc}")


def _parse_pages(
    rows: Iterable[Any], *, extractor: str | None, keep_errors: bool
) -> Iterator[tuple[Any, ...]]:
    from ._parse import parse

    schema = article_schema()
    for row in rows:
        url, html = row[0], row[1]
        fetched = row[2] if len(row) > 2 else None
        source = (str(url), None)
        try:
            article = parse(html if isinstance(html, str) else bytes(html), url=url, fetched=fetched)
        except Exception as exc:
            if keep_errors:
                yield _row(schema, source, None, f"{type(exc).__name__}: {exc}")
            continue
        yield _row(schema, source, article, None)


# --- on the driver --------------------------------------------------------------------------------


def articles(
    data: RDD[Any] | DataFrame,
    *,
    spark: SparkSession | None = None,
    kind: Literal["auto", "warc", "pages"] = "auto",
    url_column: str = "url",
    html_column: str = "html",
    extractor: str | None = None,
    errors: Literal["skip", "keep"] = "skip",
) -> DataFrame:
    """Parse WARC files or ``(url, html)`` pages on Spark into a DataFrame of articles.

    Args:
        data: an RDD of WARC paths (strings, e.g. ``sc.textFile("warc.paths")``) or of
            ``(url, html)`` / ``(url, html, fetched)`` tuples; or a DataFrame with a column of WARC
            paths (its only or first string column) or with ``url_column`` and ``html_column``
            (text or binary; an optional ``fetched`` timestamp column is used too).
        spark: the session (default: the active one).
        kind: ``"warc"`` or ``"pages"``; ``"auto"`` tells them apart (an ``html_column``, or
            tuples, mean pages).
        extractor: force an extractor by name for every page.
        errors: ``"skip"`` drops pages that fail; ``"keep"`` keeps a row for each, with only
            ``source`` and ``error`` set.

    Returns:
        A DataFrame with :func:`article_schema`. Nothing is computed until an action runs.
    """
    from pyspark.sql import DataFrame, SparkSession

    session = spark or SparkSession.getActiveSession()
    if session is None:
        raise RuntimeError("no active SparkSession: create one or pass spark=")
    if isinstance(data, DataFrame):
        if kind == "pages" or (kind == "auto" and html_column in data.columns):
            columns = [url_column, html_column] + (["fetched"] if "fetched" in data.columns else [])
            rdd = data.select(*columns).rdd.map(tuple)
            kind = "pages"
        else:
            rdd = data.select(data.columns[0]).rdd.map(lambda row: row[0])
            kind = "warc"
    else:
        rdd = data
        if kind == "auto":
            first = rdd.take(1)
            kind = "pages" if first and isinstance(first[0], tuple | list) else "warc"
    work = _parse_pages if kind == "pages" else _parse_warcs
    rows = rdd.mapPartitions(partial(work, extractor=extractor, keep_errors=errors == "keep"))
    return session.createDataFrame(rows, schema=article_schema(), verifySchema=False)
