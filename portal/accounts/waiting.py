"""What accounts puts on the secretariat's start page (portal/dashboard.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.dashboard import WaitingItem, register


def access_requests_waiting() -> int:
    """Requests for expert access with no decision yet."""
    from portal.accounts.models import ExpertProfile

    return ExpertProfile.objects.filter(status=ExpertProfile.Status.REQUESTED).count()


def register_items() -> None:
    register(WaitingItem(
        key="access_requests",
        label=_("Requests for expert access waiting for a decision"),
        count=access_requests_waiting,
        url=lambda: reverse("admin:accounts_expertprofile_changelist") + "?status__exact=requested",
    ))
