from django.core.management.base import BaseCommand, CommandError

from legislation.services import TreatyLoadRejected, treaty_status_load


class Command(BaseCommand):
    help = ("Load every member state's treaty status, with its sources, and the reservations and declarations "
            "(legislation/data/treaty_status_sources.csv and treaty_reservations.csv). Reference data, not sample "
            "data. Idempotent; all rows or none. Entries a person changed in the admin since are kept "
            "unless --force.")

    def add_arguments(self, parser):
        parser.add_argument("--file", dest="status_path", help="Treaty status CSV (default: the project's copy).")
        parser.add_argument("--reservations", dest="reservations_path",
                            help="Reservations and declarations CSV (default: the project's copy).")
        parser.add_argument("--force", action="store_true",
                            help="Also overwrite entries changed in the admin since the last load.")
        parser.add_argument("--dry-run", action="store_true", help="Check the files; write nothing.")

    def handle(self, *args, status_path=None, reservations_path=None, force=False, dry_run=False, **options):
        try:
            result = treaty_status_load(status_path=status_path, reservations_path=reservations_path,
                                        force=force, dry_run=dry_run)
        except TreatyLoadRejected as rejected:
            for name, line, message in rejected.errors:
                self.stderr.write(f"{name}, line {line}: {message}" if line else f"{name}: {message}")
            raise CommandError(f"{len(rejected.errors)} error(s); nothing was loaded.") from rejected
        if dry_run:
            self.stdout.write(f"Treaty status: {result.rows} rows checked, no errors; nothing written (dry run).")
            return
        self.stdout.write(
            f"Treaty status: {result.rows} rows ({result.created} new, {result.updated} changed, "
            f"{result.unchanged} unchanged, {len(result.kept)} kept as changed in the admin), "
            f"reservations and declarations: {result.reservations_created} new, "
            f"{result.reservations_updated} changed, {result.reservations_deleted} removed."
        )
        if result.kept:
            self.stdout.write("Kept (changed in the admin since; --force to overwrite): " + ", ".join(result.kept))
