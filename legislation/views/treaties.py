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
    rows, notes = rows_with_shared_notes(current.entries)
    return render(request, "legislation/treaties.html", {
        "summary": summary,
        "current": current,
        "rows": rows,
        "notes": notes,
        "selected": selected,
    })


def rows_with_shared_notes(entries) -> tuple[list[tuple], list[str]]:
    """Each state's row with the number of its note, and each distinct note once.

    A note shared by many entries (e.g. "Not found in the sources consulted.") is printed once
    under the table and referred to by its number in each row, instead of repeated 20 times.
    """
    notes: list[str] = []
    numbers: dict[str, int] = {}
    rows = []
    for country, entry in entries:
        text = (entry.note or "").strip() if entry else ""
        number = None
        if text:
            number = numbers.get(text)
            if number is None:
                notes.append(text)
                number = numbers[text] = len(notes)
        rows.append((country, entry, number))
    return rows, notes
