"""What accounts puts on the secretariat's start page (portal/dashboard.py)."""

from django.utils.translation import gettext_lazy as _

from portal.dashboard import WaitingItem, admin_filter_item, register


def register_items() -> None:
    register(admin_filter_item(
        key="access_requests",
        label=_("Requests for expert access waiting for a decision"),
        model="accounts.ExpertProfile",
        status__exact="requested",
    ))
    # The email queue's failures (portal/emails.py): given up after their retries, or left "sending".
    register(WaitingItem(
        key="failed_emails",
        label=_("Emails that could not be sent"),
        count=_failed_emails,
        url=_failed_emails_url,
    ))


def _failed_emails() -> int:
    from portal.emails import failed_email_count

    return failed_email_count()


def _failed_emails_url() -> str:
    from portal.emails import failed_emails_admin_url

    return failed_emails_admin_url()
