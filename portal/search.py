"""Shared pieces of PostgreSQL full-text search: language configurations, safe highlighting,
and the providers the site-wide search asks (`/search/`).

Each provider is a module with
    def site_search(query: str, language: str, limit: int) -> list[SearchHit]
returning public records only (it must use the model's `published()`/public queryset), each hit
saying which language it is shown in (`SearchHit.language`).
"""

import datetime
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchVector
from django.db.models import Value
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# The text-search configuration for each interface/record language: PostgreSQL's, with words
# unaccented before stemming (created by migrations, `portal.text_search_sql`).
SEARCH_CONFIGS = {"en": "portal_english", "es": "portal_spanish", "pt": "portal_portuguese", "fr": "portal_french"}
# Unaccented, lower-cased, never stemmed: proper nouns, numbers, words of any language.
SIMPLE_CONFIG = "portal_simple"
# PostgreSQL ts_headline markers: control characters no record contains, turned into <mark>
# only after the whole snippet has been HTML-escaped.
START_SEL = "\x02"
STOP_SEL = "\x03"
HEADLINE_OPTIONS = f"StartSel={START_SEL}, StopSel={STOP_SEL}, MaxWords=35, MinWords=15, MaxFragments=2"
MAX_QUERY_LENGTH = 500


@dataclass(frozen=True)
class SearchHit:
    kind: str  # a translated label, e.g. _("Law")
    title: str
    url: str
    snippet: SafeString | str
    rank: float
    date: datetime.date | None = None
    # The language title and snippet are shown in ("" = the page's): a law's own language, a
    # record's English fallback... The page marks it with lang="…" and "(in English)"
    # (`portal.templatetags.content_language`). `snippet_language` is set only when the snippet
    # is in another language than the title (a unit's official name, its English description).
    language: str = ""
    snippet_language: str | None = None


def search_config(language: str | None) -> str:
    return SEARCH_CONFIGS.get((language or "en")[:2], SEARCH_CONFIGS["en"])


def clean_query(raw: str | None) -> str:
    """User search text made safe to hand to websearch_to_tsquery: bounded, no NUL bytes."""
    text = (raw or "").replace("\x00", " ").replace(START_SEL, " ").replace(STOP_SEL, " ")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


class MultilingualQuery(SearchQuery):
    """`portal_web_query(config, text)`: web-search syntax ("quotes", OR, -minus) read in each of
    the four languages' configurations and in 'simple', OR-ed (SQL in `portal.text_search_sql`).

    Both arguments are plain text, so PostgreSQL computes the query once, while planning.
    """

    def __init__(self, text: str, language: str | None = None, *, invert: bool = False):
        super().__init__(text, search_type="websearch", invert=invert)
        self.function = "portal_web_query"
        self.set_source_expressions([Value(search_config(language)), *self.get_source_expressions()])


class MultilingualVector(SearchVector):
    """`portal_tsvector(config, text)`: the text's words unaccented then stemmed, and stemmed with
    their accents then unaccented, at the same positions (SQL in `portal.text_search_sql`)."""

    function = "portal_tsvector"


def web_query(text: str, language: str | None = None) -> SearchQuery:
    """A web-search-syntax query ("quotes", OR, -minus) that finds records in any language.

    The text is read in each of the four languages' configurations and in 'simple', and the
    readings are OR-ed: a record's vector is built in some portal configuration (its own
    language's, or the reader's), and that configuration's reading of the query normalises the
    typed words exactly as the record's words were (unaccented, stemmed). So "acceso ilicito"
    typed on /en/ finds "acceso ilícito" in a Spanish law. The page's language only orders the
    readings; it never narrows the match (docs/decisions.md).
    """
    return MultilingualQuery(text, language)


def headline(text, query: SearchQuery, language: str | None) -> SearchHeadline:
    """ts_headline of `text` in the reader's language's configuration, with the portal's markers
    and snippet length (`HEADLINE_OPTIONS`); `highlight_to_html` turns it into HTML."""
    return SearchHeadline(
        text, query, config=search_config(language), start_sel=START_SEL, stop_sel=STOP_SEL,
        max_words=35, min_words=15, max_fragments=2,
    )


def highlight_to_html(headline: str | None) -> SafeString:
    """Escape a ts_headline result, then turn its markers into <mark> elements."""
    escaped = escape(headline or "")
    return mark_safe(escaped.replace(START_SEL, "<mark>").replace(STOP_SEL, "</mark>"))  # noqa: S308  # nosec B308 B703
