"""A hand-written news page with the chrome real sites have, for the metadata tests."""

from __future__ import annotations

from datetime import datetime

from newsparse._context import Page
from newsparse.generic import GenericExtractor

BODY = (
    "<p>The harbour authority approved the new ferry timetable on Tuesday, after months of talks "
    "with residents, operators and the regional council about late-night crossings.</p>"
    "<p>Under the plan, boats will leave every twenty minutes at peak hours, while the last crossing "
    "moves from eleven to half past midnight, a change commuters had asked for since spring.</p>"
)


def page_html(
    *,
    head: str = "",
    article_head: str = "<h1>Harbour approves later ferries</h1>",
    article_foot: str = "",
    sidebar: str = "",
    header: str = "",
    lang: str = "en",
    comments: str = "",
) -> str:
    """A whole page: site header with logo and menu, the article, a sidebar, comments, a footer."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Harbour approves later ferries</title>{head}</head>
<body class="single post-template-default">
<header class="site-header" id="masthead">
  <div class="site-branding"><a href="/" rel="home"><img src="/logo.png" alt="Coast Courier"></a></div>
  <nav class="main-navigation"><ul><li><a href="/news/">News</a></li><li><a href="/sport/">Sport</a></li>
  <li><a href="/tag/weather/" rel="tag">Weather</a></li></ul></nav>
  {header}
</header>
<div class="site-content">
<main class="site-main">
<article class="post type-post hentry">
  <header class="entry-header">{article_head}</header>
  <div class="entry-content">{BODY}</div>
  <footer class="entry-footer">{article_foot}</footer>
</article>
<div class="comments-area" id="comments">{comments}</div>
</main>
<aside class="widget-area" id="secondary">
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent posts</h2>
  <ul><li><a href="/2019/01/02/other/">Other story</a> <span class="post-date">2 January 2019</span></li></ul>
  </section>
  {sidebar}
</aside>
</div>
<footer class="site-footer" id="colophon"><p>© 2024 Coast Courier. All rights reserved.</p></footer>
</body></html>"""


def generic(
    html: str, url: str | None = "https://coastcourier.example/news/later-ferries/", **kw: datetime
) -> GenericExtractor:
    """The generic extractor on a page."""
    return GenericExtractor(Page(html, url=url, fetched=kw.get("fetched")))
