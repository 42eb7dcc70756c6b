"""The whole cycle on the demo data: build (seeded), send, remind, answer, return, answer again, accept."""

import io

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.management import call_command

from portal.accounts.models import User
from recommendations.models import (
    CybersecurityStrategy,
    ImplementationStatus,
    Questionnaire,
    Reminder,
    Response,
    Status,
)
from recommendations.services import questionnaire_reminders_send
from recommendations.tracker import build_tracker
from tests.recommendations.conftest import questions, rec

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage"), pytest.mark.slow]


def test_demo_seed_is_idempotent_and_the_cycle_runs(client, mailoutbox, django_capture_on_commit_callbacks):
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    assert Questionnaire.objects.count() == 1
    assert CybersecurityStrategy.objects.filter(is_sample=True).count() == 6
    questionnaire = Questionnaire.objects.get()
    secretariat = User.objects.get(email="secretariat@example.org")
    focal = User.objects.get(email="focal-ar@example.org")
    for user in (secretariat, focal):  # the admin and restricted pages ask for two-factor authentication
        TOTP.activate(user, generate_totp_secret())
    # Send from the admin, as the secretariat does.
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post("/admin/recommendations/questionnaire/",
                             {"action": "send", "_selected_action": [questionnaire.pk]})
    assert answer.status_code == 302
    assert "focal-ar@example.org" in [m.to[0] for m in mailoutbox]
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert questionnaire_reminders_send(today=questionnaire.deadline) == 6
        assert questionnaire_reminders_send(today=questionnaire.deadline) == 0
    assert Reminder.objects.count() == 6 and [m.to[0] for m in mailoutbox] == ["focal-ar@example.org"]
    status_q, yes_q, title_q, year_q, _file_q = questions(questionnaire)
    data = {"language": "es", f"q{status_q.pk}": "in-progress", f"q{yes_q.pk}": "yes",
            f"q{title_q.pk}": "Estrategia Nacional de Ciberseguridad 2024", f"q{year_q.pk}": "2024", "submit": "1"}
    client.force_login(focal)
    page = f"/es/questionnaires/{questionnaire.pk}/ar/"
    assert client.post(page, data).status_code == 302
    client.force_login(secretariat)
    assert client.post(page + "review/", {"decision": "return", "note": "Indique el avance."}).status_code == 302
    client.force_login(focal)
    assert client.post(page, {**data, f"q{status_q.pk}": "implemented"}).status_code == 302
    client.force_login(secretariat)
    assert client.post(page + "review/", {"decision": "accept"}).status_code == 302
    assert Response.objects.get(questionnaire=questionnaire, country="AR").status == Response.State.ACCEPTED
    assert ImplementationStatus.objects.get(recommendation=rec("15"), country="AR").status == Status.IMPLEMENTED
    assert CybersecurityStrategy.objects.get(country="AR").title == "Estrategia Nacional de Ciberseguridad 2024"
    table = build_tracker(recommendations=[rec("15")])
    assert next(r for r in table.rows if r.country.iso2 == "AR").cells[0].status == Status.IMPLEMENTED
    report = client.get("/en/recommendations/report/ar/").content.decode()
    assert "answered by the focal point of Argentina" in report
