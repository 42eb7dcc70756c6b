"""The base of the daily purges (request drafts, contact messages, sent emails, withdrawn documents)."""

from abc import ABC, abstractmethod

from django.conf import settings
from django.core.management.base import BaseCommand


class PurgeCommand(BaseCommand, ABC):
    """Delete what is past its retention period, PORTAL[`retention_days_setting`] days, and say so in
    one line, "<what was deleted> older than <days> days deleted." (the scheduler keeps it as the
    run's output). Each purge is idempotent: a second run deletes nothing."""

    retention_days_setting: str

    @abstractmethod
    def purge(self) -> str:
        """Delete; what was deleted, counted ("3 request draft(s)"). Each purge command defines it: a
        command that does not cannot be made (TypeError), rather than failing on its first run."""

    def handle(self, *args, **options):
        deleted = self.purge()
        days = int(settings.PORTAL[self.retention_days_setting])
        self.stdout.write(f"{deleted} older than {days} days deleted.")
