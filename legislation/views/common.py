"""Helpers shared by the legislation pages."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.utils.translation import gettext as _

from legislation.models import ConventionArticle
from portal.models import Country


def reference_data():
    """The 35 states and the Convention articles (two queries), for filters and labels."""
    return list(Country.objects.all()), list(ConventionArticle.objects.all())


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


def paginate(request, queryset, per_page: int):
    """The requested page; a missing, invalid or too-high page number gives the nearest page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def query_without(request, *names: str) -> str:
    """The current query string without some parameters (and without the page number)."""
    params = request.GET.copy()
    for name in (*names, "page"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


def active_filters(request, filterset) -> list[dict]:
    """Chips for the filters in force: label, the chosen option's text, and a link removing it."""
    chips = []
    form = filterset.form
    for name, value in filterset.valid_values().items():
        field = form.fields[name]
        choices = dict(getattr(field, "choices", []) or [])
        shown = choices.get(value, value) if choices else value
        chips.append({"name": name, "label": field.label, "value": shown, "remove_url": query_without(request, name)})
    return chips
