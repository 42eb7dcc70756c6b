from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Remind, once, the focal points of update requests past their reminder date (same as send_update_requests --remind)."

    def handle(self, *args, **options):
        call_command("send_update_requests", "--remind", stdout=self.stdout)
