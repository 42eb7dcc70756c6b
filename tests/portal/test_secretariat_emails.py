"""The secretariat hears of what waits: at once for a request for expert access, and once a
day for everything (`manage.py send_secretariat_summary`)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from portal.accounts.models import ExpertProfile, Role, SecretariatSummary
from portal.accounts.services import secretariat_summary_send
from tests.conftest import ACCESS_REQUEST_FORM, make_expert, make_user

pytestmark = pytest.mark.django_db

FORM = ACCESS_REQUEST_FORM


@pytest.fixture
def second_secretary(db):
    user = make_user("secretaria@example.org", roles=(Role.SECRETARIAT,), is_staff=True)
    user.preferred_language = "es"
    user.save(update_fields=["preferred_language"])
    return user


def test_a_request_for_access_is_emailed_to_the_secretariat_at_once(
    client, secretariat, second_secretary, focal_ar, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://portal.example.org"
    client.force_login(make_user("new@example.org", first_name="Nova", last_name="Pessoa"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:request_access"), FORM)
    profile = ExpertProfile.objects.get(user__email="new@example.org")
    to_secretariat = [message for message in mailoutbox if message.to != ["someone@pf.gov.br"]]
    assert sorted(message.to[0] for message in to_secretariat) == ["secretaria@example.org", "secretariat@example.org"]
    english = next(message for message in to_secretariat if message.to == ["secretariat@example.org"])
    assert english.subject == "New request for expert access: Nova Pessoa (Brazil)"
    assert "Polícia Federal" in english.body and "not verified yet" in english.body
    assert f"https://portal.example.org/admin/accounts/expertprofile/{profile.pk}/change/" in english.body
    spanish = next(message for message in to_secretariat if message.to == ["secretaria@example.org"])
    assert spanish.subject.startswith("Nueva solicitud de acceso de experto")
    # Only the secretariat: a focal point is not told of other people's requests.
    assert all("focal-ar@example.org" not in message.to for message in mailoutbox)


def test_no_email_before_the_request_is_saved(client, secretariat, mailoutbox, django_capture_on_commit_callbacks):
    client.force_login(make_user("new@example.org"))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(reverse("accounts:request_access"), FORM)
    assert mailoutbox == []  # sent after the commit, never for a request that was rolled back
    assert callbacks


def _waiting():
    make_user("asks@example.org", country="CL", status=ExpertProfile.Status.REQUESTED)
    make_user("asks-too@example.org", country="PE", status=ExpertProfile.Status.REQUESTED)


def test_the_daily_summary_is_sent_once_a_day(
    secretariat, second_secretary, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.SITE_URL = "https://portal.example.org"
    _waiting()
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_secretariat_summary", stdout=out)
        call_command("send_secretariat_summary", stdout=out)
    assert sorted(message.to[0] for message in mailoutbox) == ["secretaria@example.org", "secretariat@example.org"]
    english = next(message for message in mailoutbox if message.to == ["secretariat@example.org"])
    assert english.subject.startswith("What waits for the secretariat on")
    assert "Requests for expert access waiting for a decision: 2" in english.body
    assert "https://portal.example.org/admin/accounts/expertprofile/?status__exact=requested" in english.body
    # Only what waits is listed.
    assert "Good practices proposed" not in english.body
    spanish = next(message for message in mailoutbox if message.to == ["secretaria@example.org"])
    assert "Solicitudes de acceso de experto pendientes de decisión: 2" in spanish.body
    assert "already sent" in out.getvalue()
    assert SecretariatSummary.objects.get().recipients == 2


def test_the_next_day_brings_a_new_summary(secretariat, mailoutbox, django_capture_on_commit_callbacks):
    _waiting()
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        assert secretariat_summary_send(today=today) is not None
        assert secretariat_summary_send(today=today) is None
        assert secretariat_summary_send(today=today + timedelta(days=1)) is not None
    assert len(mailoutbox) == 2


def test_no_summary_when_nothing_waits(secretariat, mailoutbox, django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_secretariat_summary", stdout=out)
    assert mailoutbox == []
    assert "Nothing waits" in out.getvalue()


def test_only_active_members_of_the_secretariat_receive_it(
    secretariat, expert_br, mailoutbox, django_capture_on_commit_callbacks
):
    _waiting()
    gone = make_user("former@example.org", roles=(Role.SECRETARIAT,))
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    make_expert("focal-cl@example.org", "CL", roles=(Role.EXPERT, Role.FOCAL_POINT))
    with django_capture_on_commit_callbacks(execute=True):
        secretariat_summary_send()
    assert [message.to for message in mailoutbox] == [["secretariat@example.org"]]
