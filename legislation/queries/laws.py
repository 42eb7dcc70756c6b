"""The law list's reads: facets and ranking (from the in-memory index, legislation/facets.py), recent laws,
provision counts; each a fixed number of SQL queries whatever the data size."""

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce

from legislation.facets import FACETS, FacetCounts, law_index
from legislation.filters import article_lookup
from legislation.models import Aspect, Law, Provision


def recent_laws(limit: int = 5):
    """Published laws, the most recently changed first (one query)."""
    return Law.objects.published().select_related("country").order_by("-updated_at", "-id")[:limit]



@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


def law_facets(filterset) -> tuple[dict[str, list[FacetOption]], FacetCounts]:
    """Counts for every option of the country, aspect, article, status and kind filters, and the
    laws matching every filter (`result.total`, `result.ranked(...)`).

    Each facet counts the laws matching all *other* filters, so an option's count is what the
    list would show after choosing it. Counted in memory (`legislation.facets`): one query, plus
    the search match the list needs anyway.
    """
    selected = filterset.valid_values()
    articles = article_lookup(filterset.articles)
    chosen = {name: selected[name] for name in FACETS if name in selected}
    if "article" in chosen:
        chosen["article"] = articles[chosen["article"]].pk
    text = filterset.search_text
    result = law_index().facet_counts(
        matches=filterset.matching_ids(text) if text else None,
        year_from=selected.get("year_from"),
        year_to=selected.get("year_to"),
        selected=chosen,
    )

    def options(name, choices):
        counts = result.counts[name]
        return [
            FacetOption(str(value), str(label), counts.get(str(value), 0), str(selected.get(name, "")) == str(value))
            for value, label in choices
        ]

    facets = {
        "country": options("country", [(c.code, c.name) for c in filterset.countries]),
        "aspect": options("aspect", Aspect.choices),
        "article": [
            FacetOption(a.url_key, str(a), result.counts["article"].get(str(a.pk), 0),
                        selected.get("article") == a.url_key)
            for a in filterset.articles
        ],
        "status": options("status", Law.Status.choices),
        "kind": options("kind", Law.Kind.choices),
    }
    return facets, result


def ranked_matches(filterset, result: FacetCounts) -> list[int]:
    """The ids of the laws matching the search and every filter, best first: rank, then country
    (in the reader's alphabetical order), newest, id. Sorted in memory from the match rows."""
    country_order = {country.iso2: position for position, country in enumerate(filterset.countries)}
    return result.ranked(filterset.matches(filterset.search_text), country_order)


def with_provision_count(laws):
    """Each law with `provision_count` (a subquery per row: for one page of laws)."""
    count = (
        Provision.objects.filter(law=OuterRef("pk")).order_by().values("law").annotate(n=Count("id")).values("n")
    )
    return laws.annotate(provision_count=Coalesce(Subquery(count), 0))
