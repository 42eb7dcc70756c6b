"""What recommendations puts on the secretariat's start page (portal/dashboard.py)."""

from django.utils.translation import gettext_lazy as _

from portal.dashboard import admin_filter_item, register


def register_items() -> None:
    register(admin_filter_item(
        key="questionnaire_answers_to_review",
        label=_("Questionnaire answers submitted, to review"),
        model="recommendations.Response",
        status__exact="submitted",
    ))
