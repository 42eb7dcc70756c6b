"""What workspaces puts on the secretariat's start page (portal/dashboard.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.dashboard import WaitingItem, register


def _good_practices_proposed() -> int:
    from workspaces.models import GoodPractice

    return GoodPractice.objects.filter(publication=GoodPractice.Publication.PROPOSED).count()


def register_items() -> None:
    register(WaitingItem(
        key="good_practices_proposed",
        label=_("Good practices proposed for publication"),
        count=_good_practices_proposed,
        url=lambda: reverse("admin:workspaces_goodpractice_changelist") + "?publication__exact=proposed",
    ))
