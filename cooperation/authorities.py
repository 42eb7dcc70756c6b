"""The central authorities the fiches name, for contacts' "whom to ask" list of states without a
point of contact (registered in `contacts.authorities` from CooperationConfig.ready())."""

from contacts.models import NationalUnit
from cooperation.models import Channel, Fiche


def fiche_central_authorities(countries, units) -> list[tuple[str, NationalUnit]]:
    """(iso2, unit) for each fiche of these countries whose requests go through the central
    authority and that names its competent authority among `units` (one query)."""
    fiches = (
        Fiche.objects.filter(country__in=countries, authority__in=units,
                             channels__contains=[Channel.CENTRAL_AUTHORITY])
        .select_related("authority")
        .order_by("authority__name")
    )
    return [(fiche.country_id, fiche.authority) for fiche in fiches]
