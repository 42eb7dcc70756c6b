"""Contacts' provider for the site-wide search: published national units only (never a
point of contact). PostgreSQL full-text search on the fly, accent-insensitive and in any of the
four languages (`portal.search.web_query`); the table is small (a few units per member state),
so no stored vector is kept."""

from django.contrib.postgres.search import SearchRank, SearchVector
from django.db.models import TextField, Value
from django.db.models.functions import Concat
from django.utils import translation
from django.utils.translation import gettext as _

from contacts.models import NationalUnit
from portal.search import (
    SEARCH_CONFIGS,
    SIMPLE_CONFIG,
    MultilingualVector,
    SearchHit,
    clean_query,
    headline,
    highlight_to_html,
    web_query,
)
from portal.templatetags.content_language import shown_language
from portal.translated import in_language


def site_search(query: str, language: str, limit: int) -> list[SearchHit]:
    """Published units whose name, acronym, kind, country or description match `query`."""
    text = clean_query(query)
    if not text:
        return []
    language = (language or "en")[:2]
    # Names are proper nouns in the original language: matched without stemming (unaccented
    # 'simple'), the country in all four languages; each description in its own language.
    names = Concat(
        "name", Value(" "), "acronym", Value(" "), "country__name_en", Value(" "), "country__name_es", Value(" "),
        "country__name_pt", Value(" "), "country__name_fr",
        output_field=TextField(),
    )
    vector = SearchVector(names, weight="A", config=SIMPLE_CONFIG)
    for code, code_config in SEARCH_CONFIGS.items():
        vector += MultilingualVector(f"description_{code}", weight="B", config=code_config)
    tsquery = web_query(text, language)
    units = (
        NationalUnit.objects.published()
        .select_related("country")
        .annotate(document=vector)
        .filter(document=tsquery)
        .annotate(
            rank=SearchRank(vector, tsquery),
            headline=headline(in_language("description", language), tsquery, language),
        )
        .order_by("-rank", "pk")[:limit]
    )
    hits = []
    with translation.override(language):
        for unit in units:
            hits.append(
                SearchHit(
                    kind=_("National unit"),
                    title=f"{unit.display_name} · {unit.country.name}",
                    url=unit.get_absolute_url(),
                    snippet=highlight_to_html(unit.headline) if unit.headline else unit.get_kind_display(),
                    rank=float(unit.rank),
                    date=unit.last_verified_at.date() if unit.last_verified_at else None,
                    # The name is the unit's official one; the description may fall back to English.
                    snippet_language=(shown_language(unit, "description", language) or None) if unit.headline else None,
                )
            )
    return hits
