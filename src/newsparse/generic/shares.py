"""Share counts from the common WordPress share plugins and from schema.org ``ShareAction``.

Each plugin is one declarative :class:`Plugin` row (field guide §4, §7): its widget, where its
total sits (raw integer attributes first, then the printed text), and how to read the
per-network buttons. A widget with no number in it (a counter JavaScript fills in later) gives
``ShareCounts(total=None)``; a zero only hidden by CSS is still in the HTML and gives 0.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .._context import Page, ld_types
from .._counts import parse_count
from .._model import ShareCounts
from .._text import text_of

__all__ = ["PLUGINS", "SUPPORTED", "Plugin", "share_counts"]

Found = tuple[ShareCounts, str]


@dataclass(frozen=True, slots=True)
class Plugin:
    """How one share plugin prints its counters.

    Attributes:
        name: the plugin, as users know it.
        widget: its container (also listed in ``boilerplate.SHARE``).
        total: ``(selector, attribute)`` pairs tried in order for the total; attribute None
            reads the element's text.
        items: the per-network buttons.
        network: regex on a class of an item whose group 1 is the network.
        network_attr: an attribute of the item that names the network (preferred).
        count: ``(selector, attribute)`` pairs of an item's count, relative to the item
            (selector None: the item itself).
    """

    name: str
    widget: str
    total: tuple[tuple[str, str | None], ...]
    items: str
    network: re.Pattern[str]
    network_attr: str | None = None
    count: tuple[tuple[str | None, str | None], ...] = field(default=((None, None),))


PLUGINS: tuple[Plugin, ...] = (
    Plugin(
        "Easy Social Share Buttons",
        ".essb_links",
        total=(
            (".essb_totalcount_item[data-counter-value]", "data-counter-value"),
            (".essb_totalcount_item .essb-tc-block-number", None),
            (".essb_totalcount_item .essb_t_nb", None),
        ),
        items="li.essb_item:not(.essb_totalcount_item)",
        network=re.compile(r"^essb_link_([a-z0-9]+)$"),
        count=(("[data-cnt]", "data-cnt"), ("[class*='essb_counter']", None)),
    ),
    Plugin(
        "Powerkit",
        ".pk-share-buttons-wrap",
        total=((".pk-share-buttons-total > .pk-share-buttons-count", None),),
        items=".pk-share-buttons-item",
        network=re.compile(r"^pk-share-buttons-(?!item|no-count|link)([a-z0-9]+)$"),
        network_attr="data-id",
        count=((".pk-share-buttons-count", None),),
    ),
    Plugin(
        "Social Warfare",
        ".swp_social_panel",
        total=((".total_shares .swp_count", None),),
        items=".nc_tweetContainer:not(.total_shares)",
        network=re.compile(r"^swp_(?!share_button)([a-z0-9]+)$"),
        network_attr="data-network",
        count=((".swp_count:not(.swp_hide)", None),),
    ),
    Plugin(
        "Shared Counts",
        ".shared-counts-wrap",
        total=((".shared-counts-button.included_total .shared-counts-count", None),),
        items=".shared-counts-button:not(.included_total)",
        network=re.compile(r"^(?!shared-counts)([a-z0-9]+)$"),
        network_attr="data-social-network",
        count=((".shared-counts-count", None),),
    ),
    Plugin(
        "Sassy Social Share",
        ".heateor_sss_sharing_container",
        total=((".heateorSssTotalShareCount", None),),
        items=".heateor_sss_square_count",
        network=re.compile(r"^heateor_sss_([a-z0-9]+)_count$"),
    ),
    Plugin(
        "Monarch",
        ".et_social_inline, .et_social_sidebar_networks",
        total=((".et_social_totalcount_count.et_social_total_share", None),),
        items="a.et_social_share",
        network=re.compile(r"^et_social_([a-z0-9]+)$"),
        network_attr="data-social_name",
        count=((".et_social_count", None),),
    ),
    Plugin(
        "AddToAny",
        ".a2a_kit",
        total=(),
        items="a[class*='a2a_button_']",
        network=re.compile(r"^a2a_button_([a-z0-9_]+)$"),
        count=((".a2a_count", None),),
    ),
    Plugin(
        "Jetpack Sharing",
        ".sd-sharing",
        total=(),
        items="a.sd-button",
        network=re.compile(r"^share-(?!icon|custom)([a-z0-9]+)$"),
        count=((".share-count", None),),
    ),
)

#: (plugin, selector it keys on) for every source understood, for the docs page.
SUPPORTED: tuple[tuple[str, str], ...] = (
    *((p.name, p.widget) for p in PLUGINS),
    ("schema.org InteractionCounter (ShareAction)", "script[type='application/ld+json']"),
)


def _read(page: Page, root: etree._Element, spec: Iterable[tuple[str | None, str | None]]) -> Any:
    """The first count found through ``(selector, attribute)`` pairs: ``(value, approximate)``."""
    for selector, attribute in spec:
        for el in [root] if selector is None else page.css(selector, root):
            raw = el.get(attribute) if attribute else text_of(el)
            value, approximate = parse_count(raw)
            if value is not None:
                return value, approximate
    return None, False


def _network(plugin: Plugin, item: etree._Element) -> str | None:
    named = item.get(plugin.network_attr) if plugin.network_attr else None
    if named and named.strip():
        return named.strip().lower()
    for cls in (item.get("class") or "").lower().split():
        found = plugin.network.match(cls)
        if found:
            return found.group(1)
    return None


def _widget(page: Page, plugin: Plugin, widget: etree._Element) -> ShareCounts:
    total, approximate = _read(page, widget, plugin.total)
    by_network: dict[str, int] = {}
    for item in page.css(plugin.items, widget):
        name = _network(plugin, item)
        value, approx = _read(page, item, plugin.count)
        if name and value is not None and name not in by_network:
            by_network[name] = value
            approximate = approximate or approx
    if total is None and by_network:
        total = sum(by_network.values())
    return ShareCounts(total=total, by_network=by_network, approximate=approximate)


def _from_widgets(page: Page, roots: list[etree._Element | None]) -> ShareCounts | None:
    """The best widget reading: one with a total, else one with per-network counts, else an
    empty counter (total None)."""
    readings = [
        _widget(page, plugin, widget)
        for plugin in PLUGINS
        for root in roots
        for widget in page.css(plugin.widget, root)
    ]
    with_total = next((c for c in readings if c.total is not None), None)
    if with_total is not None:
        return with_total
    return next((c for c in readings if c.by_network), readings[0] if readings else None)


def _ld_count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if value >= 0 else None
    return parse_count(value)[0] if isinstance(value, str) else None


def _is_share(kind: Any) -> bool:
    if isinstance(kind, Mapping):
        return "ShareAction" in ld_types(kind)
    return isinstance(kind, str) and kind.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "ShareAction"


def _from_jsonld(page: Page) -> ShareCounts | None:
    """``interactionStatistic`` counters of type ShareAction on the article's JSON-LD node."""
    article = page.ld_article
    stats = article.get("interactionStatistic") if article else None
    total: int | None = None
    by_network: dict[str, int] = {}
    for stat in stats if isinstance(stats, list) else [stats]:
        if not isinstance(stat, Mapping) or not _is_share(stat.get("interactionType")):
            continue
        count = _ld_count(stat.get("userInteractionCount"))
        if count is None:
            continue
        service = stat.get("interactionService")
        name = service.get("name") if isinstance(service, Mapping) else None
        if isinstance(name, str) and name.strip():
            by_network[name.strip().lower()] = count
        elif total is None:
            total = count
    if total is None and not by_network:
        return None
    return ShareCounts(total=total if total is not None else sum(by_network.values()), by_network=by_network)


def share_counts(page: Page, within: str | None = None) -> Found | None:
    """The page's share counts and their source (``"jsonld"`` or ``"generic"``), or None when
    the page has no share widget. ``within`` restricts the widgets to those inside elements
    matching that selector (a theme's own share location)."""
    if within is None:
        found = _from_jsonld(page)
        if found is not None:
            return found, "jsonld"
    roots: list[etree._Element | None] = [None] if within is None else list(page.css(within))
    widget = _from_widgets(page, roots)
    return (widget, "generic") if widget is not None else None
