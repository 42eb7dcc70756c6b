"""Helpers shared by the legislation pages."""

from django.contrib import messages
from django.core.cache import cache
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from legislation.models import ConventionArticle
from portal.filter_chips import filter_chips
from portal.infra.cache import public_data_version
from portal.models import Country

REFERENCE_SECONDS = 3600


def reference_data():
    """The 35 states (in the reader's alphabetical order) and the Convention articles, for
    filters and labels: two queries, then from the cache until public data changes."""
    key = f"legislation:reference:{get_language()}:{public_data_version()}"
    data = cache.get(key)
    if data is None:
        data = list(Country.objects.all()), list(ConventionArticle.objects.all())
        for article in data[1]:
            str(article)  # its label in this language travels with the cached copy
        cache.set(key, data, REFERENCE_SECONDS)
    return data


def warn_invalid_filters(request, filterset) -> bool:
    """Tell the reader which filter values were not understood (they are ignored). True if any."""
    if not filterset.is_bound or filterset.form.is_valid():
        return False
    for name, _errors in filterset.form.errors.items():
        label = filterset.form.fields[name].label if name in filterset.form.fields else name
        value = (filterset.form.data.get(name) or "")[:60]
        messages.warning(
            request,
            _("The filter “%(filter)s” has no option “%(value)s”, so it was left out: the list below is not "
              "filtered by it.") % {"filter": label, "value": value},
        )
    return True


def choice_param(request, name: str, choices, label: str, default=None):
    """A single-choice query parameter; an unknown value is reported and replaced by the default."""
    value = (request.GET.get(name) or "").strip().lower()
    if not value:
        return default
    allowed = {str(choice_value) for choice_value, _label in choices}
    if value in allowed:
        return value
    messages.warning(
        request,
        _("The filter “%(filter)s” has no option “%(value)s”, so it was left out.") % {"filter": label,
                                                                                       "value": value[:60]},
    )
    return default


def filtered_list_context(request, filterset, *, text: str, page, rows: list) -> dict:
    """What the law and provision lists share: the filters, chips for those in force (each with
    the link that drops it), the page, and on an empty page the search hints."""
    chips = filter_chips(filterset.form, filterset.valid_values())
    return {
        **search_hints(request, text, chips, found=bool(rows)),
        "filterset": filterset,
        "form": filterset.form,
        "page_obj": page,
        "search_text": text,
        "chips": chips,
        "kept_filters": [(k, v) for k, v in filterset.valid_values().items() if k != "q"],
    }


def search_hints(request, text: str, chips: list[dict], found: bool) -> dict:
    """What a page with no result offers: "Did you mean …?" (a link to the corrected search, other
    filters kept) and links that each drop one filter. Costs one query, on empty pages only."""
    if found:
        return {}
    from legislation.search import suggest

    hints = {"filters_to_drop": [chip for chip in chips if chip["name"] != "q"]}
    suggestion = suggest(text) if text else None
    if suggestion and suggestion.lower() != text.lower():
        params = request.GET.copy()
        params["q"] = suggestion
        params.pop("page", None)
        hints["suggestion"] = suggestion
        hints["suggestion_link"] = format_html('<a href="?{}" rel="nofollow">{}</a>', params.urlencode(), suggestion)
    return hints
