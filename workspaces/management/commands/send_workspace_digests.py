from django.core.management.base import BaseCommand

from workspaces.notifications import digest_send_all


class Command(BaseCommand):
    help = (
        "Send the daily digest of new workspace items to members who chose it (a scheduler runs this daily). "
        "No item is sent twice; workspaces a member has left are never included."
    )

    def handle(self, *args, **options):
        emails, items = digest_send_all()
        self.stdout.write(self.style.SUCCESS(f"Digests sent: {emails} emails, {items} items."))
