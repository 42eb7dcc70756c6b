from django.conf import settings
from django.core.management.base import BaseCommand

from portal.emails import email_purge_sent


class Command(BaseCommand):
    help = "Delete sent emails older than PORTAL['OUTGOING_EMAIL_RETENTION_DAYS'] days (idempotent); failed ones stay."

    def handle(self, *args, **options):
        count = email_purge_sent()
        days = settings.PORTAL["OUTGOING_EMAIL_RETENTION_DAYS"]
        self.stdout.write(f"{count} sent email(s) older than {days} days deleted.")
