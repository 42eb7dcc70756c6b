"""Background tasks of contacts (Django's tasks framework: the ImmediateBackend runs them at
once in development and tests, a worker backend in production)."""

from django.tasks import task


@task
def check_country_links(country_code: str, timeout: float = 10.0) -> int:
    """Check the public addresses of one country's units (as `manage.py check_links --country`);
    returns how many units have a broken link."""
    from contacts.links import units_links_check
    from contacts.models import NationalUnit
    from portal.infra.cache import bump_public_data_version

    units = NationalUnit.objects.filter(country_id=country_code.upper()).select_related("country")
    reports = units_links_check(units=units, timeout=timeout)
    # The results are written with update(): no signal bumps the public pages' cache.
    bump_public_data_version()
    return sum(1 for report in reports if not report.ok)
