"""Markdown written by users or the secretariat, rendered to safe HTML.

Markdown is converted, then sanitised with nh3 (ammonia): only a small set of tags survives,
no attributes that run script, only http(s)/mailto links, and every link gets
rel="noopener nofollow". Raw HTML in the source is escaped, not trusted.
"""

import markdown as markdown_lib
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "h2", "h3", "h4",
    "hr", "i", "li", "ol", "p", "pre", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "td": set()}
URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str | None) -> SafeString:
    """Markdown to sanitised HTML, safe to put in a page."""
    html = markdown_lib.markdown(
        (text or "").replace("<", "&lt;"),  # raw HTML in the source is shown as text
        extensions=["extra", "sane_lists"],
        output_format="html",
    )
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener nofollow",
    )
    return mark_safe(clean)  # noqa: S308  # nosec B308 B703
