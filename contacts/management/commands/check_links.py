from django.core.management.base import BaseCommand

from contacts.links import units_links_check
from contacts.management.countries import add_country_option, country_codes
from contacts.models import NationalUnit
from portal.infra.cache import bump_public_data_version


class Command(BaseCommand):
    help = (
        "Check the public web addresses (website, reporting page) of national units: redirects followed, "
        "a timeout per address. Records the result and date on each unit; broken ones show on the freshness dashboard."
    )

    def add_arguments(self, parser):
        add_country_option(parser)
        parser.add_argument("--timeout", type=float, default=10.0, help="seconds per address (default 10)")
        parser.add_argument("--workers", type=int, default=8, help="addresses checked at once (default 8)")

    def handle(self, *args, **options):
        units = NationalUnit.objects.select_related("country").order_by("country_id", "name")
        if options["country"]:
            units = units.filter(country_id__in=country_codes(options["country"]))
        reports = units_links_check(units=units, timeout=options["timeout"], workers=options["workers"])
        bump_public_data_version()
        broken = [report for report in reports if not report.ok]
        for report in broken:
            self.stdout.write(f"BROKEN {report.unit.country_id} {report.unit.name}: {report.problem}")
        checked = sum(len(report.results) for report in reports)
        style = self.style.WARNING if broken else self.style.SUCCESS
        self.stdout.write(style(f"{checked} address(es) of {len(reports)} unit(s) checked; {len(broken)} unit(s) with broken links."))
