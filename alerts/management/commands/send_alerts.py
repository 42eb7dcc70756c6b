from django.core.management.base import BaseCommand

from alerts.services import send_daily_alerts


class Command(BaseCommand):
    help = "Send today's alert email to each follower with changes (at most one per address per day; safe to rerun)."

    def handle(self, *args, **options):
        sent = send_daily_alerts()
        self.stdout.write(f"{sent} alert email(s) sent")
