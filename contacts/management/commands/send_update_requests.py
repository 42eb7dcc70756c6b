from django.core.management.base import BaseCommand, CommandError

from contacts.management.countries import add_country_option, country_codes
from contacts.services import update_requests_remind, update_requests_send
from portal.accounts.models import User
from portal.models import Country


class Command(BaseCommand):
    help = (
        "Ask countries to confirm or correct their units and points of contact: --country AR [BR ...] or --all. "
        "Their focal points get an email with a link. --remind sends the reminders that are due instead."
    )

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        add_country_option(target)
        target.add_argument("--all", action="store_true", help="every member state")
        target.add_argument("--remind", action="store_true", help="remind, once, the requests past their reminder date")
        parser.add_argument("--message", default="", help="a note from the secretariat, included in the email")
        parser.add_argument("--by", metavar="EMAIL", help="the secretariat member sending (recorded on the request)")

    def handle(self, *args, **options):
        if options["remind"]:
            reminded = update_requests_remind()
            for update_request in reminded:
                self.stdout.write(
                    f"Reminded {update_request.country_id}: {update_request.recipients} focal point(s) emailed."
                )
            self.stdout.write(self.style.SUCCESS(f"{len(reminded)} reminder(s) sent."))
            return
        if options["all"]:
            countries = list(Country.objects.order_by("iso2"))
        else:
            codes = country_codes(options["country"])
            countries = list(Country.objects.filter(iso2__in=codes).order_by("iso2"))
            unknown = sorted(set(codes) - {country.iso2 for country in countries})
            if unknown:
                raise CommandError(f"Unknown country code(s): {', '.join(unknown)}. Nothing was sent.")
        by = None
        if options["by"]:
            by = User.objects.filter(email__iexact=options["by"]).first()
            if by is None or not by.is_secretariat:
                raise CommandError(f"{options['by']} is not a member of the secretariat. Nothing was sent.")
        sent = update_requests_send(countries=countries, by=by, message=options["message"])
        for update_request in sent:
            note = "" if update_request.recipients else "  (no focal point to email: tell them another way)"
            self.stdout.write(
                f"{update_request.country_id}: request sent, {update_request.recipients} focal point(s) emailed, "
                f"answer due {update_request.due_at:%Y-%m-%d}.{note}"
            )
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} update request(s) sent."))
