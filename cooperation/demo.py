"""Demo fiches (sample data, labelled on screen) for twelve states, pre-filled only from what the
portal's demo laws, units and treaty status say: no authority is invented. Idempotent."""

from datetime import timedelta

from django.utils import timezone

from cooperation.services import fiches_prefill
from portal.models import Country

# States whose demo laws and units give something to pre-fill; verification ages spread so that the
# overview shows fresh, due and overdue fiches.
DEMO_STATES = {"AR": 20, "BR": 40, "CA": 15, "CL": 200, "CO": 60, "CR": 400, "DO": 90, "MX": 30, "PA": 250,
               "PE": 120, "PY": 380, "US": 10}


def seed(stdout) -> None:
    now = timezone.now()
    count = 0
    for code, age in DEMO_STATES.items():
        country = Country.objects.get(iso2=code)
        count += len(fiches_prefill(countries=[country], is_sample=True, verified_at=now - timedelta(days=age)))
    stdout.write(f"Evidence fiches: {count} (sample data, {len(DEMO_STATES)} states)")
