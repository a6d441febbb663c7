"""Markup that is never article text, by the plugin or widget that prints it.

The generic body finder removes all of these from the content it picks; a site extractor's own
``boilerplate`` adds to them. Each group names the plugin or theme feature so that a wrong
removal can be traced to its rule.
"""

from __future__ import annotations

__all__ = ["SELECTORS"]

#: Share buttons and counters.
SHARE: tuple[str, ...] = (
    ".pk-share-buttons-wrap",
    ".sharedaddy",
    ".swp_social_panel",
    ".essb_links",
    ".heateor_sss_sharing_container",
    ".shared-counts-wrap",
    ".et_social_inline",
    ".et_social_sidebar_networks",
    ".sd-sharing",
    ".addtoany_share_save_container",
    ".a2a_kit",
)
#: Related-post blocks.
RELATED: tuple[str, ...] = (
    "#jp-relatedposts",
    ".jp-relatedposts",
    ".wp-block-jetpack-related-posts",
    ".yarpp-related",
    ".yarpp",
    ".crp_related",
    "#crp_related",
    ".td_block_related_posts",
    ".jnews_related_post_container",
    ".cs-entry__post-related",
)
#: Author boxes.
AUTHOR_BOX: tuple[str, ...] = (
    ".saboxplugin-wrap",
    ".author-bio",
    ".jnews_author_box_container",
    ".author-box-wrap",
    ".pk-widget-author",
    ".jeg_authorbox",
    ".cs-entry__author",
)
#: Post navigation, comments, newsletter and cookie boxes.
CHROME: tuple[str, ...] = (
    ".post-navigation",
    "#nav-below",
    "#nav-single",
    ".cs-entry__prev-next",
    ".td-post-next-prev",
    ".jnews_prev_next_container",
    ".jeg_prevnext_post",
    ".pagination-single",
    ".wp-block-post-navigation-link",
    ".page-links",
    ".comments-area",
    "#comments",
    ".cookie-notice",
    "#cookie-notice",
)

SELECTORS: tuple[str, ...] = SHARE + RELATED + AUTHOR_BOX + CHROME
