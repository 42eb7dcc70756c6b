"""Asking for expert access, and the secretariat's decision in the admin."""

import pytest
from django.urls import reverse

from portal.accounts.models import AuditEvent, ExpertProfile
from portal.gate import Step, missing_step
from tests.conftest import ACCESS_REQUEST_FORM, admin_user_change_data, make_user

pytestmark = pytest.mark.django_db

FORM = ACCESS_REQUEST_FORM


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


# Roles: suspension keeps them, re-approval restores access, only user_set_roles changes them.


def test_suspended_and_reapproved_focal_point_keeps_the_focal_point_role(client, admin_action, secretariat, focal_ar):
    from django.test import Client

    from portal.accounts.models import Role, User
    from portal.models import Country

    client.force_login(secretariat)
    before = AuditEvent.objects.latest("id").id
    admin_action("suspend", focal_ar.expert_profile)
    suspended = User.objects.get(pk=focal_ar.pk)
    assert not Country.objects.editable_by(suspended).exists()  # no focal-point rights while suspended
    admin_action("approve", focal_ar.expert_profile)
    reapproved = User.objects.get(pk=focal_ar.pk)
    assert reapproved.role_names == {Role.EXPERT, Role.FOCAL_POINT}
    assert list(Country.objects.editable_by(reapproved).values_list("iso2", flat=True)) == ["AR"]
    focal_client = Client()
    focal_client.force_login(reapproved)
    page = focal_client.get(reverse("contacts:manage_index"), follow=True)
    assert page.status_code == 200
    assert page.redirect_chain[-1][0] == "/en/contacts/manage/ar/"  # his country's entries
    # Nothing changed the roles silently.
    assert not AuditEvent.objects.filter(id__gt=before, action="auth.roles_changed", target=focal_ar.email).exists()


def test_secretariat_changes_roles_in_the_admin_through_the_audited_service(client, secretariat, focal_ar):
    from django.contrib.auth.models import Group

    from portal.accounts.models import Role

    client.force_login(secretariat)
    before = AuditEvent.objects.latest("id").id
    url = reverse("admin:accounts_user_change", args=[focal_ar.pk])
    data = admin_user_change_data(focal_ar, groups=[Group.objects.get(name=Role.EXPERT).pk])
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    focal_ar.refresh_from_db()
    assert set(focal_ar.groups.values_list("name", flat=True)) == {Role.EXPERT}
    events = AuditEvent.objects.filter(id__gt=before, action="auth.roles_changed", target=focal_ar.email)
    assert [(event.actor, event.details) for event in events] == [
        (secretariat, {"added": [], "removed": [Role.FOCAL_POINT]})
    ]


def test_unknown_role_is_refused(secretariat, registered):
    from portal.accounts.services import user_set_roles

    with pytest.raises(ValueError, match="Unknown role"):
        user_set_roles(user=registered, roles=["Superhero"], by=secretariat)
    assert not registered.groups.exists()


# The official email of a request is verified by a link before the secretariat can approve.


def _link_in(message) -> str:
    import re

    return re.search(r"(http://\S+/official-email/\S+/)", message.body).group(1)


def test_request_sends_a_verification_link_built_from_site_url(client, settings, mailoutbox,
                                                               django_capture_on_commit_callbacks):
    settings.SITE_URL = "https://portal.example.org"
    client.force_login(make_user("new@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:request_access"), FORM, follow=True, HTTP_HOST="testserver")
    assert "We sent a link to someone@pf.gov.br" in response.content.decode()
    assert [message.to for message in mailoutbox] == [["someone@pf.gov.br"]]
    assert "https://portal.example.org/en/me/expert-access/official-email/" in mailoutbox[0].body
    assert "testserver" not in mailoutbox[0].body
    assert ExpertProfile.objects.get(official_email="someone@pf.gov.br").official_email_verified_at is None


def test_the_link_confirms_the_official_email_on_post_only(client, mailoutbox, django_capture_on_commit_callbacks):
    from django.test import Client

    user = make_user("new@example.org")
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:request_access"), FORM)
    path = _link_in(mailoutbox[0]).removeprefix("http://127.0.0.1:8000")
    reader = Client()  # the link works without signing in: it proves the mailbox
    page = reader.get(path)
    assert page.status_code == 200
    assert "Confirm that someone@pf.gov.br is your official email address." in page.content.decode()
    assert not ExpertProfile.objects.get(user=user).official_email_verified  # a GET changes nothing
    page = reader.post(path)
    assert "someone@pf.gov.br is confirmed." in page.content.decode()
    assert ExpertProfile.objects.get(user=user).official_email_verified
    assert AuditEvent.objects.filter(action="expert.official_email_verified", target=user.email).exists()


def test_altered_expired_or_outdated_links_are_refused(client, settings, mailoutbox,
                                                       django_capture_on_commit_callbacks, monkeypatch):
    from portal.accounts import services

    user = make_user("new@example.org")
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:request_access"), FORM)
    path = _link_in(mailoutbox[0]).removeprefix("http://127.0.0.1:8000")
    altered = client.post(path.replace("/official-email/", "/official-email/x"))
    assert altered.status_code == 400
    assert "This link is not valid." in altered.content.decode()
    monkeypatch.setattr(services, "OFFICIAL_EMAIL_LINK_MAX_AGE", -1)
    expired = client.post(path)
    assert expired.status_code == 400
    assert "This link has expired." in expired.content.decode()
    monkeypatch.undo()
    # A new address on the request makes the old link useless.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("accounts:request_access"), {**FORM, "official_email": "other@mpf.gov.br"})
    outdated = client.post(path)
    assert outdated.status_code == 400
    assert "no longer on your request" in outdated.content.decode()
    assert not ExpertProfile.objects.get(user=user).official_email_verified
    assert mailoutbox[-1].to == ["other@mpf.gov.br"]


def test_admin_refuses_to_approve_an_unverified_official_email(client, admin_action, secretariat, mailoutbox):
    user = make_user("pending@example.org", country="CL", status=ExpertProfile.Status.REQUESTED,
                     official_email_verified=False)
    client.force_login(secretariat)
    response = admin_action("approve", user.expert_profile)
    page = response.content.decode()
    assert "Not approved: the official email address pending@gov.example.org is not verified yet." in page
    user.expert_profile.refresh_from_db()
    assert user.expert_profile.status == ExpertProfile.Status.REQUESTED
    assert not user.groups.exists()
    assert mailoutbox == []


def test_approve_service_refuses_an_unverified_official_email(secretariat):
    from portal.accounts.services import expert_approve

    user = make_user("pending@example.org", status=ExpertProfile.Status.REQUESTED, official_email_verified=False)
    with pytest.raises(ValueError, match="is not verified yet"):
        expert_approve(profile=user.expert_profile, by=secretariat)


def test_account_page_shows_the_state_and_resends_the_link(client, mailoutbox, django_capture_on_commit_callbacks):
    user = make_user("pending@example.org", status=ExpertProfile.Status.REQUESTED, official_email_verified=False)
    client.force_login(user)
    page = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Official email address pending@gov.example.org: not confirmed yet." in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:resend_official_email"), follow=True)
    assert "We sent a new link to pending@gov.example.org." in response.content.decode()
    assert [message.to for message in mailoutbox] == [["pending@gov.example.org"]]
    # Asking again at once is refused, with a reason.
    again = client.post(reverse("accounts:resend_official_email"), follow=True)
    assert "Please wait a few minutes" in again.content.decode()
    assert len(mailoutbox) == 1
    path = _link_in(mailoutbox[0]).removeprefix("http://127.0.0.1:8000")
    client.post(path)
    page = client.get(reverse("accounts:dashboard")).content.decode()
    assert "Official email address pending@gov.example.org: confirmed." in page
    assert "Send me a new link" not in page


def test_resending_needs_a_signed_in_user(client):
    response = client.post(reverse("accounts:resend_official_email"))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
