"""Fiches on the secretariat's update requests: the section cooperation registers in
`contacts.update_sections` (from CooperationConfig.ready(), so contacts never imports cooperation).

The update-request page lists the country's fiches beside its units and contact points; a ticked
fiche is confirmed through `fiche_confirm` (last verified now, by whom, audited, in the history),
"Correct" opens `cooperation:fiche_correct`; the request email and the freshness dashboard count them.
"""

from datetime import datetime

from django.utils.translation import gettext_lazy as _

from contacts.update_sections import UpdateSection
from cooperation.models import Fiche
from cooperation.services import fiche_confirm
from portal.models import Country


def country_fiches(country: Country) -> list[Fiche]:
    """Every fiche of a country, in the measures' order (one query)."""
    return list(Fiche.objects.filter(country=country).select_related("country", "measure", "authority"))


def confirm_fiche(fiche: Fiche, *, by, now: datetime | None = None) -> Fiche:
    return fiche_confirm(fiche=fiche, by=by, now=now)


def all_fiches():
    return Fiche.objects.all()


FICHES = UpdateSection(
    key="fiche",
    title=_("Evidence fiches"),
    empty_text=_("No fiche yet."),
    entries=country_fiches,
    template="cooperation/_update_request_fiche.html",
    confirm=confirm_fiche,
    queryset=all_fiches,
    country_field="country_id",
)
