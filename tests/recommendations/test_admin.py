"""The secretariat's admin screens for the tracker and questionnaires; statuses set there keep history."""

import pytest
from django.urls import reverse

from recommendations.models import ImplementationStatus, Source
from tests.recommendations.conftest import rec

pytestmark = pytest.mark.django_db


def test_admin_screens_open_for_the_secretariat(client, secretariat, questionnaire):
    client.force_login(secretariat)
    for name in ("meeting", "meetingdocument", "recommendation", "implementationstatus", "cybersecuritystrategy",
                 "questionnaire", "section", "response"):
        assert client.get(reverse(f"admin:recommendations_{name}_changelist")).status_code == 200, name
    assert client.get(reverse("admin:recommendations_questionnaire_change", args=[questionnaire.pk])).status_code == 200
    section = questionnaire.sections.get()
    assert client.get(reverse("admin:recommendations_section_change", args=[section.pk])).status_code == 200
    assert client.get(reverse("admin:recommendations_questionnaire_add")).status_code == 200


def test_a_status_set_in_the_admin_is_kept_in_history_with_who(client, secretariat):
    client.force_login(secretariat)
    url = reverse("admin:recommendations_implementationstatus_add")
    data = {"recommendation": rec("15").pk, "country": "AR", "status": "in-progress", "evidence": "Talks",
            "as_of": "2026-01-10"}
    assert client.post(url, data).status_code == 302
    entry = ImplementationStatus.objects.get(recommendation=rec("15"), country="AR")
    change = reverse("admin:recommendations_implementationstatus_change", args=[entry.pk])
    assert client.post(change, {**data, "status": "implemented"}).status_code == 302
    entry.refresh_from_db()
    assert entry.source == Source.SECRETARIAT
    assert [h.status for h in entry.history.order_by("history_date")] == ["in-progress", "implemented"]
    assert {h.history_user for h in entry.history.all()} == {secretariat}
