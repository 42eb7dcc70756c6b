"""Delete contact messages older than PORTAL["CONTACT_MESSAGE_RETENTION_DAYS"] (schedule daily)."""

from django.core.management.base import BaseCommand

from portal.content.models import ContactMessage, contact_message_retention_days


class Command(BaseCommand):
    help = "Delete messages from the contact form older than the retention period shown on the privacy notice."

    def handle(self, *args, **options):
        count, _by_model = ContactMessage.objects.past_retention().delete()
        self.stdout.write(f"{count} contact message(s) older than {contact_message_retention_days()} days deleted.")
