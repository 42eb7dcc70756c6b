"""The filters of the law and provision lists, shared by the pages, the exports and the API.

Country codes are lower-case ISO alpha-2 (`ar`), upper case is accepted. A Convention article is
its number for the Budapest Convention (`2`) or its key for the UN Convention (`un-7`).
"""

import django_filters
from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from legislation.models import Aspect, ConventionArticle, Instrument, Law, Provision, TreatyStatus
from legislation.search import index_search_plan, law_rank, rank, search_query
from portal.models import Country
from portal.search import clean_query

YEAR_MIN, YEAR_MAX = 1800, 2100


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


def normalise_article_key(value: str) -> str:
    """`budapest-2`, `Art. 2` and `2` all mean Budapest article 2; `UN-7` means `un-7`."""
    key = (value or "").strip().lower()
    for prefix in ("budapest-", "art. ", "art.", "art "):
        if key.startswith(prefix) and key[len(prefix):].isdigit():
            return key[len(prefix):]
    return key


def article_lookup(articles) -> dict[str, ConventionArticle]:
    return {article.url_key: article for article in articles}


class PortalFilterMixin:
    """Invalid values are reported and left out rather than emptying the list; facets can apply
    every filter but one.

    Choices for country and article come from the database once per request.

    A view that already holds the countries and articles passes them in, so building the
    filter costs no query of its own.
    """

    def _prepare(self, data, countries, articles):
        self.countries = list(countries) if countries is not None else list(Country.objects.all())
        self.articles = list(articles) if articles is not None else list(ConventionArticle.objects.all())
        if data is not None:
            data = data.copy()
            if data.get("country"):
                data["country"] = data["country"].strip().lower()
            if data.get("article"):
                data["article"] = normalise_article_key(data["article"])
        return data

    def filter_without(self, skip: str):
        """The queryset with every valid filter applied except `skip` (for facet counts)."""
        queryset = self.queryset.all()
        for name, value in self.valid_values().items():
            if name != skip:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def valid_values(self) -> dict:
        """Cleaned values of the filters that were given and valid; invalid ones are left out."""
        if not self.is_bound:
            return {}
        self.form.is_valid()
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name not in self.form.errors and value not in (None, "", [])
        }

    def filter_queryset(self, queryset):
        # Invalid values are dropped (the page says so) instead of emptying the list.
        for name, value in self.valid_values().items():
            queryset = self.filters[name].filter(queryset, value)
        return queryset

    @property
    def search_text(self) -> str:
        """The cleaned search text ('' when none or invalid)."""
        return clean_query(self.valid_values().get("q"))

    def _set_choices(self):
        if "country" in self.filters:
            self.filters["country"].extra["choices"] = [(c.code, c.name) for c in self.countries]
        if "article" in self.filters:
            self.filters["article"].extra["choices"] = [(a.url_key, str(a)) for a in self.articles]


class LawFilter(PortalFilterMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Search"))
    country = django_filters.ChoiceFilter(method="filter_country", label=_("Country"), empty_label=_("All countries"))
    aspect = django_filters.ChoiceFilter(choices=Aspect.choices, method="filter_aspect", label=_("Aspect"),
                                         empty_label=_("All aspects"))
    article = django_filters.ChoiceFilter(method="filter_article", label=_("Convention article"),
                                          empty_label=_("All articles"))
    status = django_filters.ChoiceFilter(choices=Law.Status.choices, label=_("Status"), empty_label=_("Any status"))
    kind = django_filters.ChoiceFilter(choices=Law.Kind.choices, label=_("Kind"), empty_label=_("Any kind"))
    year_from = YearFilter(field_name="enacted_on", lookup_expr="year__gte", label=_("Enacted from (year)"),
                           min_value=YEAR_MIN, max_value=YEAR_MAX)
    year_to = YearFilter(field_name="enacted_on", lookup_expr="year__lte", label=_("Enacted until (year)"),
                         min_value=YEAR_MIN, max_value=YEAR_MAX)

    # Filters whose options show counts on the page (see legislation.queries.laws.law_facets).
    FACETS = ("country", "aspect", "article", "status", "kind")

    class Meta:
        model = Law
        fields = ["q", "country", "aspect", "article", "status", "kind", "year_from", "year_to"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, countries=None, articles=None):
        data = self._prepare(data, countries, articles)
        super().__init__(data, queryset if queryset is not None else Law.objects.published(), request=request,
                         prefix=prefix)
        self._set_choices()

    def filter_q(self, queryset, name, value: str):
        text = clean_query(value)
        if not text:
            return queryset
        query = search_query(text, get_language())
        return queryset.filter(pk__any=self.matching_ids(text)).annotate(rank=law_rank(query))

    def matches(self, text: str) -> list[tuple[int, float]]:
        """(id, rank) of every law, published or not, whose vector matches the search text: one
        query, once per request.

        The page, the total, the facets and the exports all start from these rows, so the large
        vectors are read once, from the GIN index alone: with no other condition in the query the
        planner cannot choose to filter every row's vector instead (it does not count the cost of
        reading the vectors back from TOAST, see index_search_plan). The rank comes from the small
        in-row ranking vector of the rows the index scan reads anyway.
        """
        cache = self.__dict__.setdefault("_matches", {})
        if text not in cache:
            query = search_query(text, get_language())
            with index_search_plan():
                cache[text] = list(
                    Law.objects.filter(search_vector=query).annotate(rank=law_rank(query)).order_by()
                    .values_list("pk", "rank")
                )
        return cache[text]

    def matching_ids(self, text: str) -> list[int]:
        return [row[0] for row in self.matches(text)]

    def filter_country(self, queryset, name, value: str):
        return queryset.filter(country_id=value.upper())

    def filter_aspect(self, queryset, name, value: str):
        return queryset.filter(aspects__contains=[value])

    def filter_article(self, queryset, name, value: str):
        article = article_lookup(self.articles)[value]
        return queryset.filter(coverage__article=article)

class ProvisionFilter(PortalFilterMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label=_("Search"))
    country = django_filters.ChoiceFilter(method="filter_country", label=_("Country"), empty_label=_("All countries"))
    law = django_filters.NumberFilter(field_name="law_id", label=_("Law (id)"))
    aspect = django_filters.ChoiceFilter(choices=Aspect.choices, label=_("Aspect"), empty_label=_("All aspects"))
    article = django_filters.ChoiceFilter(method="filter_article", label=_("Convention article"),
                                          empty_label=_("All articles"))

    class Meta:
        model = Provision
        fields = ["q", "country", "law", "aspect", "article"]

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, countries=None, articles=None):
        data = self._prepare(data, countries, articles)
        super().__init__(data, queryset if queryset is not None else Provision.objects.published(),
                         request=request, prefix=prefix)
        self._set_choices()

    # A common word can match most of 100,000 provisions; ranking them all would take far too
    # long, so the best matches are chosen among the first ones the index finds.
    MAX_RANKED = 2000
    truncated = False
    ranked_count = None  # how many matches are ranked, when searching

    def filter_q(self, queryset, name, value: str):
        text = clean_query(value)
        if not text:
            return queryset
        query = search_query(text, get_language())
        # No ORDER BY: with one, the planner may walk a b-tree in order and test every row's
        # vector (tens of milliseconds); without, the GIN index is its only way in.
        with index_search_plan():
            matches = self.queryset.filter(search_vector=query).order_by().values_list("pk", flat=True)
            ids = list(matches[: self.MAX_RANKED + 1])
        self.truncated = len(ids) > self.MAX_RANKED
        self.ranked_count = min(len(ids), self.MAX_RANKED)
        return queryset.filter(pk__any=ids[: self.MAX_RANKED]).annotate(rank=rank(query))

    def filter_country(self, queryset, name, value: str):
        return queryset.filter(law__country_id=value.upper())

    def filter_article(self, queryset, name, value: str):
        return queryset.filter(articles=article_lookup(self.articles)[value])


class TreatyStatusFilter(django_filters.FilterSet):
    country = django_filters.CharFilter(method="filter_country", label=_("Country"))
    instrument = django_filters.ChoiceFilter(choices=Instrument.choices, label=_("Instrument"))
    status = django_filters.ChoiceFilter(choices=TreatyStatus.Status.choices, label=_("Status"))

    class Meta:
        model = TreatyStatus
        fields = ["country", "instrument", "status"]

    def filter_country(self, queryset, name, value: str):
        return queryset.filter(country_id=value.strip().upper()[:2])
