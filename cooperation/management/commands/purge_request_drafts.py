"""Delete request drafts older than PORTAL["REQUEST_DRAFT_RETENTION_DAYS"] (default 90, portal/settings.py); run it daily."""

from cooperation.drafting.services import drafts_purge
from portal.management.purge import PurgeCommand


class Command(PurgeCommand):
    help = "Delete the request drafts not changed for PORTAL['REQUEST_DRAFT_RETENTION_DAYS'] days (idempotent)."
    retention_days_setting = "REQUEST_DRAFT_RETENTION_DAYS"

    def purge(self) -> str:
        return f"{drafts_purge()} request draft(s)"
