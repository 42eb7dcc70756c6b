from django.core.management.base import BaseCommand

from contacts.freshness import due_days, overdue_days
from contacts.management.countries import add_country_option, country_codes
from contacts.queries import freshness_report
from portal.models import Country


class Command(BaseCommand):
    help = (
        "Per country: entries, oldest verification, entries due and overdue, open update requests and their age, "
        "broken links (the freshness dashboard, in the terminal). Countries that need attention only, unless --all."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="list every country, also those with nothing to do")
        add_country_option(parser)

    def handle(self, *args, **options):
        countries = Country.objects.order_by("iso2")
        if options["country"]:
            countries = countries.filter(iso2__in=country_codes(options["country"]))
        report = freshness_report(countries=countries)
        rows = report if options["all"] or options["country"] else [row for row in report if row.needs_attention]
        self.stdout.write(f"Due after {due_days()} days, overdue after {overdue_days()} days (or never verified).")
        header = f"{'country':<8}{'entries':>8}{'oldest verified':>17}{'due':>6}{'overdue':>9}{'open requests':>22}{'broken links':>14}"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for row in rows:
            oldest = row.oldest_verified_at.strftime("%Y-%m-%d") if row.oldest_verified_at else ("never" if row.entries else "-")
            if row.open_requests:
                requests = f"{row.open_requests} ({row.open_request_age_days} d{', overdue' if row.overdue_requests else ''})"
            else:
                requests = "0"
            self.stdout.write(
                f"{row.country.iso2:<8}{row.entries:>8}{oldest:>17}{row.due:>6}{row.overdue:>9}{requests:>22}{row.broken_links:>14}"
            )
        self.stdout.write(
            f"Total: {sum(r.entries for r in report)} entries, {sum(r.due for r in report)} due, "
            f"{sum(r.overdue for r in report)} overdue, {sum(r.open_requests for r in report)} open request(s), "
            f"{sum(r.broken_links for r in report)} unit(s) with broken links."
        )
