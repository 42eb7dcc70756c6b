"""What workspaces puts on the secretariat's start page (portal/dashboard.py)."""

from django.utils.translation import gettext_lazy as _

from portal.dashboard import admin_filter_item, register


def register_items() -> None:
    register(admin_filter_item(
        key="good_practices_proposed",
        label=_("Good practices proposed for publication"),
        model="workspaces.GoodPractice",
        publication__exact="proposed",
    ))
