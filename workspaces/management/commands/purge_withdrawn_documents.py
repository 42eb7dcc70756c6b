"""Delete withdrawn workspace documents and versions (files and rows) once their retention
period, PORTAL["DOCUMENT_RETENTION_DAYS"] (default 30), has passed; run it daily."""

from portal.management.purge import PurgeCommand
from workspaces.services import documents_purge


class Command(PurgeCommand):
    help = (
        "Delete the files and rows of workspace documents and versions withdrawn more than "
        "PORTAL['DOCUMENT_RETENTION_DAYS'] days ago (idempotent: safe to run twice)."
    )
    retention_days_setting = "DOCUMENT_RETENTION_DAYS"

    def purge(self) -> str:
        documents, versions = documents_purge()
        return f"{documents} withdrawn document(s) and {versions} withdrawn version(s)"
