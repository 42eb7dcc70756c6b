"""Delete request drafts older than PORTAL["REQUEST_DRAFT_RETENTION_DAYS"] (default 90, portal/settings.py); run it daily."""

from django.conf import settings
from django.core.management.base import BaseCommand

from cooperation.drafting.services import drafts_purge


class Command(BaseCommand):
    help = "Delete the request drafts not changed for PORTAL['REQUEST_DRAFT_RETENTION_DAYS'] days (idempotent)."

    def handle(self, *args, **options):
        count = drafts_purge()
        days = settings.PORTAL["REQUEST_DRAFT_RETENTION_DAYS"]
        self.stdout.write(f"{count} request draft(s) older than {days} days deleted.")
