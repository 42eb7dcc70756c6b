"""The law list (filters, search, facets), the law page and the provision list."""

from django.db.models import F
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from modeltranslation.utils import build_localized_fieldname
from modeltranslation.utils import get_language as translation_language

from legislation.filters import LawFilter, ProvisionFilter
from legislation.models import Aspect, ConventionArticle, Law, Provision
from legislation.queries.history import law_history
from legislation.queries.laws import law_facets, ranked_matches, with_provision_count
from legislation.search import best_provisions, law_headline, provision_headline
from legislation.views.common import (
    choice_param,
    filtered_list_context,
    reference_data,
    warn_invalid_filters,
)
from portal.pagination import page_of

LAWS_PER_PAGE = 20
PROVISIONS_PER_PAGE = 25
SORTS = [("relevance", _("Relevance")), ("country", _("Country")), ("newest", _("Newest first")),
         ("updated", _("Recently changed"))]


def _law_ordering(sort: str):
    newest = F("enacted_on").desc(nulls_last=True)
    return {
        "relevance": ["-rank", build_localized_fieldname("country__name", translation_language()), newest, "id"],
        "country": [build_localized_fieldname("country__name", translation_language()), newest, "number", "id"],
        "newest": [newest, "id"],
        "updated": ["-updated_at", "id"],
    }[sort]


@require_safe
def law_list(request):
    """Published laws with filters, full-text search, counts per option and pagination."""
    countries, articles = reference_data()
    filterset = LawFilter(request.GET, countries=countries, articles=articles)
    warn_invalid_filters(request, filterset)
    text = filterset.search_text
    language = get_language()
    sort = choice_param(request, "sort", SORTS, str(_("Sort")), default=None) or ("relevance" if text else "country")
    if sort == "relevance" and not text:
        sort = "country"

    facets, result = law_facets(filterset)
    if text and sort == "relevance":
        # Ranked in memory from the match rows; only the page's laws are read.
        page = page_of(request, ranked_matches(filterset, result), LAWS_PER_PAGE)
        by_id = {law.pk: law for law in with_provision_count(Law.objects.published().filter(pk__in=page.object_list))
                 .select_related("country").annotate(headline=law_headline(text, language))}
        rows = [by_id[pk] for pk in page.object_list if pk in by_id]
    else:
        laws = with_provision_count(filterset.qs.select_related("country"))
        if text:
            laws = laws.annotate(headline=law_headline(text, language))
        page = page_of(request, laws.order_by(*_law_ordering(sort)), LAWS_PER_PAGE, count=result.total)
        rows = list(page.object_list)
    matches = best_provisions([law.pk for law in rows], text, language) if text and rows else {}
    for law in rows:
        law.best_provision = matches.get(law.pk)

    return render(request, "legislation/law_list.html", {
        **filtered_list_context(request, filterset, text=text, page=page, rows=rows),
        "facets": facets,
        "laws": rows,
        "sort": sort,
        "sorts": SORTS if text else SORTS[1:],
        "clear_filters": dict.fromkeys((*filterset.filters, "sort", "page")),
        "sample_shown": any(law.is_sample for law in rows),
    })


@require_safe
def law_detail(request, pk: int):
    """A published law: metadata, provisions by aspect with their Convention articles, history."""
    law = get_object_or_404(Law.objects.published().select_related("country"), pk=pk)
    provisions = list(law.provisions.defer("search_vector").prefetch_related("articles").order_by("position", "id"))
    articles_by_id = {article.pk: article for article in ConventionArticle.objects.all()}
    groups = []
    for aspect in Aspect:
        items = [p for p in provisions if p.aspect == aspect.value]
        if items:
            groups.append({"aspect": aspect, "label": aspect.label, "provisions": items})
    implemented = sorted(
        {article.pk: article for p in provisions for article in p.articles.all()}.values(),
        key=lambda a: (a.instrument != "budapest", a.number),
    )
    last_changed = max([law.updated_at, *(p.updated_at for p in provisions)])
    return render(request, "legislation/law_detail.html", {
        "law": law,
        "groups": groups,
        "provision_total": len(provisions),
        "implemented": implemented,
        "last_changed": last_changed,
        "history": law_history(law, articles_by_id),
    })


@require_safe
def law_full_text(request, pk: int):
    """The full-text file of a published law, as a download."""
    law = get_object_or_404(Law.objects.published().exclude(full_text=""), pk=pk)
    try:
        handle = law.full_text.open("rb")
    except FileNotFoundError:
        raise Http404 from None
    response = FileResponse(handle, as_attachment=True, filename=law.full_text.name.rsplit("/", 1)[-1])
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def provision_list(request):
    """Provisions of published laws, filtered by country, article, aspect, law or search text."""
    countries, articles = reference_data()
    filterset = ProvisionFilter(request.GET, countries=countries, articles=articles)
    warn_invalid_filters(request, filterset)
    values = filterset.valid_values()
    text = filterset.search_text
    language = get_language()
    if text:
        # Ranked on the ids alone; then only the page's provisions are read with their law,
        # articles and snippet. Searching alone, the total is known already (no COUNT).
        ranked = filterset.qs.order_by("-rank", "id").values_list("pk", flat=True)
        known_total = filterset.ranked_count if set(values) == {"q"} else None  # set by filterset.qs
        page = page_of(request, ranked, PROVISIONS_PER_PAGE, count=known_total)
        by_id = {
            provision.pk: provision
            for provision in Provision.objects.published().filter(pk__in=list(page.object_list)).with_law()
            .prefetch_related("articles").annotate(headline=provision_headline(text, language))
        }
        rows = [by_id[pk] for pk in page.object_list if pk in by_id]
    else:
        provisions = filterset.qs.with_law().prefetch_related("articles").order_by(
            build_localized_fieldname("law__country__name", translation_language()), F("law__enacted_on").desc(nulls_last=True), "law_id", "position",
            "id",
        )
        page = page_of(request, provisions, PROVISIONS_PER_PAGE)
        rows = list(page.object_list)
    by_code = {c.code: c for c in countries}
    by_key = {a.url_key: a for a in articles}
    return render(request, "legislation/provision_list.html", {
        **filtered_list_context(request, filterset, text=text, page=page, rows=rows),
        "provisions": rows,
        "truncated": filterset.truncated,
        "max_ranked": filterset.MAX_RANKED,
        "selected_country": by_code.get(values.get("country")),
        "selected_article": by_key.get(values.get("article")),
        "sample_shown": any(p.law.is_sample for p in rows),
    })
