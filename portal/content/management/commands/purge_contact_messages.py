"""Delete contact messages older than PORTAL["CONTACT_MESSAGE_RETENTION_DAYS"] (schedule daily)."""

from portal.content.models import ContactMessage
from portal.management.purge import PurgeCommand


class Command(PurgeCommand):
    help = "Delete messages from the contact form older than the retention period shown on the privacy notice."
    retention_days_setting = "CONTACT_MESSAGE_RETENTION_DAYS"

    def purge(self) -> str:
        count, _by_model = ContactMessage.objects.past_retention().delete()
        return f"{count} contact message(s)"
