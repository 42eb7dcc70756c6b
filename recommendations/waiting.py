"""What recommendations puts on the secretariat's start page (portal/dashboard.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.dashboard import WaitingItem, register


def _answers_to_review() -> int:
    from recommendations.models import Response

    return Response.objects.filter(status=Response.State.SUBMITTED).count()


def register_items() -> None:
    register(WaitingItem(
        key="questionnaire_answers_to_review",
        label=_("Questionnaire answers submitted, to review"),
        count=_answers_to_review,
        url=lambda: reverse("admin:recommendations_response_changelist") + "?status__exact=submitted",
    ))
