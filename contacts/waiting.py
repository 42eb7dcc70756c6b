"""What contacts puts on the secretariat's start page (portal/dashboard.py)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.dashboard import WaitingItem, admin_filter_item, register


def _update_requests_to_review() -> int:
    from contacts.models import UpdateRequest

    return UpdateRequest.objects.to_review().count()


def _update_requests_overdue() -> int:
    from contacts.models import UpdateRequest

    return UpdateRequest.objects.overdue().count()


def _open_flags() -> int:
    from contacts.flags import open_contact_flag_count

    return open_contact_flag_count()


def _open_flags_url() -> str:
    from contacts.flags import open_contact_flags_admin_url

    return open_contact_flags_admin_url()


def register_items() -> None:
    register(WaitingItem(
        key="update_requests_to_review",
        label=_("Update requests answered, to review"),
        count=_update_requests_to_review,
        url=lambda: reverse("admin:contacts_updaterequest_changelist") + "?waiting=to_review",
    ))
    register(WaitingItem(
        key="update_requests_overdue",
        label=_("Update requests overdue"),
        count=_update_requests_overdue,
        url=lambda: reverse("admin:contacts_updaterequest_changelist") + "?waiting=overdue",
    ))
    register(admin_filter_item(
        key="unreachable_unit_websites",
        label=_("National units whose website or reporting page does not answer"),
        model="contacts.NationalUnit",
        link_ok__exact=0,
    ))
    register(WaitingItem(
        key="outdated_contacts",
        label=_("Points of contact reported as outdated"),
        count=_open_flags,
        url=_open_flags_url,
    ))
