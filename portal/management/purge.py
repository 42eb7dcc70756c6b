"""The base of the daily purges (request drafts, contact messages, sent emails, withdrawn documents)."""

from django.conf import settings
from django.core.management.base import BaseCommand


class PurgeCommand(BaseCommand):
    """Delete what is past its retention period, PORTAL[`retention_days_setting`] days, and say so in
    one line, "<what was deleted> older than <days> days deleted." (the scheduler keeps it as the
    run's output). Each purge is idempotent: a second run deletes nothing."""

    retention_days_setting: str

    def purge(self) -> str:
        """Delete; what was deleted, counted ("3 request draft(s)")."""
        raise NotImplementedError

    def handle(self, *args, **options):
        deleted = self.purge()
        days = int(settings.PORTAL[self.retention_days_setting])
        self.stdout.write(f"{deleted} older than {days} days deleted.")
