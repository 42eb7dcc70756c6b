"""Shared pieces of PostgreSQL full-text search: language configurations, safe highlighting,
and the providers the site-wide search asks (`/search/`).

Each provider is a module with
    def site_search(query: str, language: str, limit: int) -> list[SearchHit]
returning public records only (it must use the model's `published()`/public queryset).
"""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# The text-search configuration for each interface/record language.
SEARCH_CONFIGS = {"en": "english", "es": "spanish", "pt": "portuguese", "fr": "french"}
# PostgreSQL ts_headline markers: control characters no record contains, turned into <mark>
# only after the whole snippet has been HTML-escaped.
START_SEL = "\x02"
STOP_SEL = "\x03"
HEADLINE_OPTIONS = f"StartSel={START_SEL}, StopSel={STOP_SEL}, MaxWords=35, MinWords=15, MaxFragments=2"
MAX_QUERY_LENGTH = 500

PROVIDERS = ["legislation.search", "contacts.search", "portal.content.search"]


@dataclass(frozen=True)
class SearchHit:
    kind: str  # a translated label, e.g. _("Law")
    title: str
    url: str
    snippet: SafeString | str
    rank: float
    date: datetime.date | None = None


def search_config(language: str | None) -> str:
    return SEARCH_CONFIGS.get((language or "en")[:2], "english")


def clean_query(raw: str | None) -> str:
    """User search text made safe to hand to websearch_to_tsquery: bounded, no NUL bytes."""
    text = (raw or "").replace("\x00", " ").replace(START_SEL, " ").replace(STOP_SEL, " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def web_query(text: str, language: str | None) -> SearchQuery:
    """A web-search-syntax query ("quotes", OR, -minus) in the language's configuration."""
    return SearchQuery(text, search_type="websearch", config=search_config(language))


def highlight_to_html(headline: str | None) -> SafeString:
    """Escape a ts_headline result, then turn its markers into <mark> elements."""
    escaped = escape(headline or "")
    return mark_safe(escaped.replace(START_SEL, "<mark>").replace(STOP_SEL, "</mark>"))  # noqa: S308  # nosec B308 B703
