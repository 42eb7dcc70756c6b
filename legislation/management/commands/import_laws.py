"""manage.py import_laws FILE.csv: laws and provisions from a CSV file (format: docs/legislation.md).

Every row is validated first; any error is reported with its line number and nothing is written.
Otherwise all rows are imported in one transaction, with progress on the way.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from legislation.services import ImportRejected, laws_import
from portal.accounts.models import User


class Command(BaseCommand):
    help = "Import laws and provisions from a CSV file: all rows or none (see docs/legislation.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file, UTF-8, with a header row")
        parser.add_argument("--user", help="email of the person the history records the change under")
        parser.add_argument("--dry-run", action="store_true", help="validate only; write nothing")

    def handle(self, *args, file, user=None, dry_run=False, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"{file}: no such file")
        actor = None
        if user:
            actor = User.objects.filter(email__iexact=user).first()
            if actor is None:
                raise CommandError(f"--user {user}: no such user")
        verbosity = options.get("verbosity", 1)
        last_shown = [0]

        def progress(done: int, total: int) -> None:
            percent = done * 100 // max(total, 1)
            if verbosity and (percent >= last_shown[0] + 10 or done == total):
                last_shown[0] = percent
                self.stdout.write(f"  {done} of {total} rows imported ({percent}%)")

        self.stdout.write(f"Checking {path.name}…")
        try:
            with path.open("rb") as handle:
                result = laws_import(handle=handle, user=actor, source=path.name, progress=progress, dry_run=dry_run)
        except ImportRejected as rejected:
            for line, message in rejected.errors:
                where = f"line {line}" if line else "file"
                self.stderr.write(f"{path.name}, {where}: {message}")
            raise CommandError(
                f"{len(rejected.errors)} error(s) in {path.name}; nothing was imported. Correct the lines above "
                "and run the command again."
            ) from None
        if dry_run:
            self.stdout.write(self.style.SUCCESS(f"{result.rows} rows are valid; nothing was written (--dry-run)."))
            return
        self.stdout.write(self.style.SUCCESS(
            f"Imported {result.rows} rows: {result.laws_created} laws created, {result.laws_updated} updated; "
            f"{result.provisions_created} provisions created, {result.provisions_updated} updated."
        ))
