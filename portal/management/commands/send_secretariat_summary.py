from django.core.management.base import BaseCommand

from portal.accounts.services import secretariat_summary_send


class Command(BaseCommand):
    help = (
        "Email the secretariat what waits for them (the counts of the admin's start page). Once a day: "
        "a second run the same day sends nothing. Nothing is sent on a day when nothing waits."
    )

    def handle(self, *args, **options):
        summary = secretariat_summary_send()
        if summary is None:
            self.stdout.write("Today's summary was already sent; nothing to do.")
        elif summary.recipients:
            self.stdout.write(self.style.SUCCESS(f"Summary sent to {summary.recipients} member(s) of the secretariat."))
        else:
            self.stdout.write("Nothing waits for the secretariat (or nobody to tell); no email sent today.")
