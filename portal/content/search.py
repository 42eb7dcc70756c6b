"""The public content's provider for the site-wide search (`PORTAL["SEARCH_PROVIDERS"]`).

Each kind of record keeps a stored, GIN-indexed vector built from every language's columns in
that language's accent-insensitive configuration. The query is the reader's text read in all
four configurations and 'simple', OR-ed (`portal.search.web_query`), so a Spanish record is
found from an English page, with or without its accents.
"""

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, TextField, Value
from django.db.models.functions import Concat
from django.utils.translation import gettext as _

from portal.content.models import BulletinItem, Event, GuidanceTopic, Resource
from portal.search import SearchHit, headline, highlight_to_html, web_query
from portal.templatetags.content_language import shown_language
from portal.translated import in_language


def _shown_in(record, language: str, snippet_field: str) -> dict:
    """The languages a hit's title and snippet are shown in (English when not translated)."""
    title = shown_language(record, "title", language) or language
    snippet = shown_language(record, snippet_field, language) or language
    return {"language": title, "snippet_language": None if snippet == title else snippet}


def multilingual_query(text: str, language: str | None) -> SearchQuery:
    """The reader's query in every language's configuration (`portal.search.web_query`)."""
    return web_query(text, language)


def _joined(language: str, *fields: str):
    parts = []
    for name in fields:
        if parts:
            parts.append(Value(" "))
        parts.append(in_language(name, language))
    return Concat(*parts, output_field=TextField()) if len(parts) > 1 else parts[0]


# Ranking every match of a word found in most records costs more than the answer is worth: only
# this many matches (found through the GIN index) are ranked. Rarer words are ranked in full.
MAX_RANKED = 2000


def _ranked(queryset, query, headline_text, language: str, limit: int):
    candidates = queryset.filter(search_vector=query).order_by().values("pk")[:MAX_RANKED]
    return (
        queryset.model._default_manager.filter(pk__in=candidates)
        .annotate(
            rank=SearchRank(F("search_vector"), query),
            headline=headline(headline_text, query, language),
        )
        .order_by("-rank", "pk")[:limit]
    )


def site_search(query: str, language: str, limit: int) -> list[SearchHit]:
    """Published guidance, resources, bulletin items and events matching `query` (one query per kind)."""
    if not query:
        return []
    language = (language or "en")[:2]
    tsquery = multilingual_query(query, language)
    hits: list[SearchHit] = []

    for topic in _ranked(GuidanceTopic.objects.published(), tsquery, _joined(language, "summary", "avoid", "recognise", "evidence", "report"),
                         language, limit):
        hits.append(SearchHit(_("Citizen guidance"), topic.title, topic.get_absolute_url(),
                              highlight_to_html(topic.headline), topic.rank, None,
                              **_shown_in(topic, language, "summary")))

    for resource in _ranked(Resource.objects.published(), tsquery, _joined(language, "summary", "body"),
                            language, limit):
        hits.append(SearchHit(_("Resource"), resource.title, resource.get_absolute_url(),
                              highlight_to_html(resource.headline), resource.rank, resource.publish_at.date(),
                              **_shown_in(resource, language, "summary")))

    items = BulletinItem.objects.published().select_related("section__issue")
    for item in _ranked(items, tsquery, _joined(language, "body"), language, limit):
        issue = item.section.issue
        hits.append(SearchHit(_("Bulletin"), item.title, f"{issue.get_absolute_url()}#item-{item.pk}",
                              highlight_to_html(item.headline), item.rank, issue.issue_date,
                              **_shown_in(item, language, "body")))

    for event in _ranked(Event.objects.published(), tsquery, _joined(language, "summary", "description"),
                         language, limit):
        hits.append(SearchHit(_("Event"), event.title, event.get_absolute_url(),
                              highlight_to_html(event.headline), event.rank, event.starts_at.date(),
                              **_shown_in(event, language, "summary")))
    return hits
