"""Asking for expert access, and the secretariat's decision in the admin."""

import pytest
from django.urls import reverse

from portal.accounts.models import AuditEvent, ExpertProfile
from portal.gate import Step, missing_step
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

FORM = {
    "country": "BR",
    "institution": "Polícia Federal",
    "position": "Investigator",
    "official_email": "someone@pf.gov.br",
    "reason": "24/7 network duty officer.",
}


def test_signed_in_user_asks_for_access(client):
    user = make_user("new@example.org")
    client.force_login(user)
    response = client.post(reverse("accounts:request_access"), FORM, follow=True)
    assert "Your request was sent" in response.content.decode()
    profile = ExpertProfile.objects.get(user=user)
    assert profile.status == ExpertProfile.Status.REQUESTED
    assert profile.country_id == "BR"
    assert missing_step(user) is Step.EXPERT_ACCESS


def test_bad_request_form_shows_field_errors(client):
    client.force_login(make_user("new@example.org"))
    response = client.post(reverse("accounts:request_access"), {**FORM, "official_email": "not-an-email", "country": "ZZ"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Enter a valid email address." in page
    assert "Select a valid choice" in page
    assert not ExpertProfile.objects.exists()


def test_visitor_must_sign_in_to_ask(client):
    response = client.get(reverse("accounts:request_access"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.fixture
def admin_action(client, django_capture_on_commit_callbacks):
    """Run an admin action on one access request, emails sent as after a commit."""

    def run(action, profile):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("admin:accounts_expertprofile_changelist"),
                {"action": action, "_selected_action": [profile.pk]},
                follow=True,
            )

    return run


def test_secretariat_approves_in_admin_and_user_is_emailed(client, admin_action, secretariat, registered, mailoutbox):
    client.force_login(secretariat)
    profile = registered.expert_profile
    response = admin_action("approve", profile)
    assert response.status_code == 200
    profile.refresh_from_db()
    assert profile.status == ExpertProfile.Status.APPROVED
    assert profile.decided_by == secretariat
    assert profile.decided_at is not None
    assert registered.groups.filter(name="Expert").exists()
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["registered@example.org"]
    assert "approved" in mailoutbox[0].subject
    assert "/accounts/2fa/" in mailoutbox[0].body
    assert AuditEvent.objects.filter(action="expert.approved", target="registered@example.org").exists()
    # The next step for the newly approved expert is MFA.
    assert missing_step(registered) is Step.MFA


def test_secretariat_declines_and_user_is_emailed(client, admin_action, secretariat, registered, mailoutbox):
    client.force_login(secretariat)
    profile = registered.expert_profile
    admin_action("decline", profile)
    profile.refresh_from_db()
    assert profile.status == ExpertProfile.Status.DECLINED
    assert profile.decided_by == secretariat
    assert "Your request for expert access" in mailoutbox[0].subject


def test_suspending_an_expert_ends_their_sessions(client, admin_action, secretariat, expert_br, mailoutbox):
    from django.test import Client

    expert_client = Client()
    expert_client.force_login(expert_br)
    from allauth.usersessions.models import UserSession

    UserSession.objects.create(
        user=expert_br, session_key=expert_client.session.session_key, ip="127.0.0.1", user_agent="test"
    )
    client.force_login(secretariat)
    admin_action("suspend", expert_br.expert_profile)
    expert_br.expert_profile.refresh_from_db()
    assert expert_br.expert_profile.status == ExpertProfile.Status.SUSPENDED
    assert not UserSession.objects.filter(user=expert_br).exists()
    response = expert_client.get(reverse("accounts:dashboard"))
    assert response.status_code == 302  # signed out
    assert "suspended" in mailoutbox[0].subject


def test_non_staff_expert_cannot_open_the_admin(client, expert_br):
    client.force_login(expert_br)
    response = client.get(reverse("admin:accounts_expertprofile_changelist"))
    assert response.status_code == 302
    assert "/login/" in response["Location"]
