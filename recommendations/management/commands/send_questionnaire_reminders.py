from django.core.management.base import BaseCommand

from recommendations.services import questionnaire_reminders_send


class Command(BaseCommand):
    help = (
        "Email the reminders due before each questionnaire's deadline to the states that have not answered. "
        "Idempotent: each reminder goes out once (run it daily)."
    )

    def handle(self, *args, **options):
        count = questionnaire_reminders_send()
        self.stdout.write(f"{count} reminder(s) sent.")
