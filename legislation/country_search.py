"""Country profiles for the site-wide search (`PORTAL["SEARCH_PROVIDERS"]`).

A reader typing a member state's name, in any of the four languages and with or without its
accents ("Peru", "Pérou", "peru", "Brasil"), is looking for that state first: its profile is the
top hit. A country matches when its name is a phrase of the query ("leyes de Perú") or the query a
phrase of its name ("Trinidad"), both read in the unaccented 'simple' configuration. One query.
"""

from django.contrib.postgres.search import SearchQuery, SearchVector
from django.db.models import F, Q, Value
from django.utils import translation
from django.utils.translation import gettext as _

from portal.models import Country
from portal.search import SIMPLE_CONFIG, SearchHit, clean_query

NAME_FIELDS = ("name_en", "name_es", "name_pt", "name_fr")
# Above any text-search rank (ts_rank stays below 1 for these records).
COUNTRY_RANK = 1000.0
# A query shorter than this is not looked for inside country names ("de", "y").
MIN_PART = 3


def _named_in(text: str):
    """Countries whose name, in any language, is a phrase of `text` or has `text` as a phrase."""
    query_vector = {"query_vector": SearchVector(Value(text), config=SIMPLE_CONFIG)}
    name_vectors = {f"{field}_vector": SearchVector(field, config=SIMPLE_CONFIG) for field in NAME_FIELDS}
    condition = Q()
    for field in NAME_FIELDS:
        condition |= Q(query_vector=SearchQuery(F(field), search_type="phrase", config=SIMPLE_CONFIG))
        if len(text) >= MIN_PART:
            condition |= Q(**{f"{field}_vector": SearchQuery(text, search_type="phrase", config=SIMPLE_CONFIG)})
    return Country.objects.alias(**query_vector, **name_vectors).filter(condition)


def site_search(query: str, language: str, limit: int) -> list[SearchHit]:
    """The member states the query names, as links to their profiles, ranked above everything."""
    text = clean_query(query)
    if not text:
        return []
    hits = []
    language = (language or "en")[:2]
    with translation.override(language):
        for country in _named_in(text)[:limit]:
            names = list(dict.fromkeys(getattr(country, field) for field in NAME_FIELDS if getattr(country, field)))
            hits.append(SearchHit(
                kind=_("Country profile"),
                title=country.name,
                url=country.get_absolute_url(),
                snippet=" · ".join(names),
                rank=COUNTRY_RANK,
                language=language,
            ))
    return hits
