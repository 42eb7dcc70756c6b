from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from portal.content.models import BulletinIssue
from portal.content.services import bulletin_send


class Command(BaseCommand):
    help = (
        "Queue a published bulletin issue for every confirmed subscriber (the worker sends it in batches). "
        "Safe to run again after a failure: an address that already received the issue is never sent it twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("number", type=int, help="The issue number.")

    def handle(self, *args, number, **options):
        issue = BulletinIssue.objects.filter(number=number).first()
        if issue is None:
            raise CommandError(f"There is no bulletin issue number {number}.")
        try:
            report = bulletin_send(issue=issue)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        self.stdout.write(
            f"Issue {number}: {report.queued} queued for sending now ({report.batches} batches for the worker), "
            f"{report.already_sent} already sent before, {report.uncertain} of unknown outcome (left \"sending\" "
            "by an interrupted run; check the mail log, then release them in the admin)."
        )
