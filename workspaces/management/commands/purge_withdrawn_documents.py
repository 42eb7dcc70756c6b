"""Delete withdrawn workspace documents and versions (files and rows) once their retention
period, PORTAL["DOCUMENT_RETENTION_DAYS"] (default 30), has passed; run it daily."""

from django.core.management.base import BaseCommand

from workspaces.services import document_retention_days, documents_purge


class Command(BaseCommand):
    help = (
        "Delete the files and rows of workspace documents and versions withdrawn more than "
        "PORTAL['DOCUMENT_RETENTION_DAYS'] days ago (idempotent: safe to run twice)."
    )

    def handle(self, *args, **options):
        documents, versions = documents_purge()
        self.stdout.write(
            f"{documents} withdrawn document(s) and {versions} withdrawn version(s) older than "
            f"{document_retention_days()} days deleted."
        )
