"""Treaty status: totals, a tile map and every state's entry for each instrument."""

from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from legislation.models import Instrument
from legislation.queries.treaties import treaty_summary
from legislation.views.common import choice_param
from portal.models import Country


@require_safe
def treaties(request):
    """Per instrument: the totals of each status, the map, and each state's status with its sources (three queries)."""
    selected = choice_param(request, "instrument", Instrument.choices, _("Instrument"),
                            default=Instrument.BUDAPEST.value)
    summary = treaty_summary(Country.objects.all())
    current = summary.get(selected)
    return render(request, "legislation/treaties.html", {
        "summary": summary,
        "current": current,
        "selected": selected,
    })
