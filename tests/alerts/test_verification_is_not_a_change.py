"""Confirming that an entry is still correct (a focal point's "still correct", an update request's
answer) changes nothing people follow: no alert. An edit still produces one."""

import pytest
from django.utils import timezone

from alerts.models import AlertEvent
from contacts.models import UpdateRequest
from contacts.services import entry_confirm, entry_save
from cooperation.services import fiche_confirm
from tests.contacts.factories import make_point, make_unit
from tests.cooperation.factories import make_fiche

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries(db):
    unit = make_unit("AR")
    entries = {"unit": unit, "point": make_point(unit, "Mesa 24/7"), "fiche": make_fiche("AR", "preservation")}
    AlertEvent.objects.all().delete()  # creating them is a change; start from none
    return entries


def test_confirming_a_unit_a_contact_or_a_fiche_records_no_alert(entries, focal_ar):
    entry_confirm(entry=entries["unit"], by=focal_ar)
    entry_confirm(entry=entries["point"], by=focal_ar)
    fiche_confirm(fiche=entries["fiche"], by=focal_ar)
    assert not AlertEvent.objects.exists()


def test_answering_an_update_request_records_no_alert(entries, client_for, focal_ar):
    now = timezone.now()
    request = UpdateRequest.objects.create(country_id="AR", created_at=now, **UpdateRequest.schedule(now))
    response = client_for(focal_ar).post(request.get_absolute_url(), {
        "unit": [entries["unit"].pk], "contact": [entries["point"].pk], "fiche": [entries["fiche"].pk]})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == UpdateRequest.Status.ANSWERED
    assert not AlertEvent.objects.exists()


def test_an_edit_still_records_an_alert(entries, focal_ar):
    unit = entries["unit"]
    unit.public_phone = "+54 11 4000 1111"
    entry_save(entry=unit, by=focal_ar)
    assert list(AlertEvent.objects.values_list("subject", flat=True)) == ["country:ar"]
