"""The demo data: units for all 35 member states, contact points for 15+, all three freshness states."""

import io

import pytest

from contacts import demo
from contacts.models import ContactPoint, NationalUnit, UpdateRequest
from portal.models import Country

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_seed_covers_every_member_state_and_is_idempotent():
    demo.seed(io.StringIO())
    counts = (NationalUnit.objects.count(), ContactPoint.objects.count(), UpdateRequest.objects.count())
    demo.seed(io.StringIO())
    assert (NationalUnit.objects.count(), ContactPoint.objects.count(), UpdateRequest.objects.count()) == counts
    assert set(NationalUnit.objects.values_list("country_id", flat=True)) == set(Country.objects.values_list("iso2", flat=True))
    assert ContactPoint.objects.values("unit__country").distinct().count() >= 15
    assert {point.freshness for point in ContactPoint.objects.all()} == {"fresh", "due", "overdue"}
    assert not NationalUnit.objects.filter(is_sample=False).exists()
    assert not ContactPoint.objects.filter(is_sample=False).exists()
    assert all(point.email.endswith("@example.org") for point in ContactPoint.objects.all())
    assert all(phone.startswith("+1-555-01") for point in ContactPoint.objects.all() for phone in point.phones)
    assert UpdateRequest.objects.overdue().exists()
    assert NationalUnit.objects.filter(name="Unidad Fiscal Especializada en Ciberdelincuencia", acronym="UFECI").exists()
    for unit in NationalUnit.objects.all():
        unit.full_clean()
    for point in ContactPoint.objects.all():
        point.full_clean()


def test_seed_has_a_retired_entry_and_an_open_flag_once():
    from contacts.flags import ContactFlag, open_contact_flag_count
    from tests.conftest import make_expert

    make_expert("expert-mx@example.org", "MX")
    demo.seed(io.StringIO())
    demo.seed(io.StringIO())
    retired = ContactPoint.all_objects.filter(retired_at__isnull=False)
    assert retired.count() == 1 and not ContactPoint.objects.filter(pk=retired.get().pk).exists()
    assert ContactFlag.objects.count() == 1 and open_contact_flag_count() == 1
