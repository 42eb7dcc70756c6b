"""Each security-relevant event leaves one line in the append-only audit trail."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.contrib.auth.models import Group
from django.test import Client

from portal.accounts.models import AuditEvent, Role
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def recorded(action: str, **match) -> AuditEvent:
    events = AuditEvent.objects.filter(action=action, **match)
    assert events.exists(), f"no {action} event; have {list(AuditEvent.objects.values_list('action', flat=True))}"
    return events.latest("at")


def test_sign_in_and_failed_sign_in():
    make_user("someone@example.org")
    client = Client(REMOTE_ADDR="203.0.113.7")
    client.post("/en/accounts/login/", {"login": "someone@example.org", "password": "wrong-password-xx"})
    failed = recorded("auth.sign_in_failed", target="someone@example.org")
    assert failed.ip_address == "203.0.113.7"
    client.post("/en/accounts/login/", {"login": "someone@example.org", "password": PASSWORD})
    assert recorded("auth.signed_in").actor.email == "someone@example.org"


def test_mfa_enrolled_and_removed(django_capture_on_commit_callbacks):
    user = make_user("mfa@example.org")
    client = Client()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    # allauth asks for the password again before MFA changes, even right after signing in.
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/").content.decode()
    secret = re.search(r'value="([A-Z2-7]{32})"', page).group(1)
    code = format_hotp_value(hotp_value(secret, int(time.time()) // 30))
    # allauth sends its MFA signals after the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/2fa/totp/activate/", {"code": code})
    kinds = {event.details["kind"] for event in AuditEvent.objects.filter(action="mfa.enrolled", target=user.email)}
    assert kinds == {"totp", "recovery_codes"}
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/2fa/totp/deactivate/")
    recorded("mfa.removed", target=user.email)


def test_password_changed():
    user = make_user("pw@example.org")
    client = Client()
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "another-long-passphrase-99", "password2": "another-long-passphrase-99"},
    )
    recorded("auth.password_changed", target=user.email)


def test_expert_approved_and_suspended(secretariat, registered, expert_br):
    from portal.accounts.services import expert_approve, expert_suspend

    expert_approve(profile=registered.expert_profile, by=secretariat)
    assert recorded("expert.approved", target=registered.email).actor == secretariat
    expert_suspend(profile=expert_br.expert_profile, by=secretariat)
    recorded("expert.suspended", target=expert_br.email)


def test_role_changed_anywhere():
    user = make_user("roles@example.org")
    user.groups.add(Group.objects.get(name=Role.FOCAL_POINT))
    event = recorded("auth.roles_changed", target=user.email)
    assert event.details == {"change": "add", "roles": [Role.FOCAL_POINT]}


def test_admin_changes_are_recorded(secretariat):
    client = Client()
    client.force_login(secretariat)
    user = make_user("edited@example.org")
    client.post(
        f"/admin/accounts/user/{user.pk}/change/",
        {"email": user.email, "first_name": "Edited", "last_name": "Person", "is_active": "on",
         "preferred_language": "", "groups": [], "last_login_0": "", "last_login_1": "",
         "date_joined_0": "2026-01-01", "date_joined_1": "00:00:00",
         "expert_profile-TOTAL_FORMS": "0", "expert_profile-INITIAL_FORMS": "0",
         "expert_profile-MIN_NUM_FORMS": "0", "expert_profile-MAX_NUM_FORMS": "1"},
    )
    event = recorded("admin.changed", target=f"accounts.user:{user.pk}")
    assert event.actor == secretariat


def test_restricted_directory_viewed_and_exported(expert_br):
    client = Client()
    client.force_login(expert_br)
    client.get("/en/contacts/")
    recorded("contacts.viewed", actor=expert_br)
    client.get("/en/contacts/export.csv")
    recorded("contacts.exported", actor=expert_br)


def test_update_request_answered(focal_ar, secretariat):
    from contacts.services import update_request_answer, update_requests_send
    from portal.models import Country

    [update_request] = update_requests_send(countries=[Country.objects.get(iso2="AR")], by=secretariat)
    update_request_answer(update_request=update_request, by=focal_ar, confirmed_units=[], confirmed_contact_points=[])
    recorded("contacts.update_request_answered", actor=focal_ar)


def test_membership_change_and_document_download(expert_br, expert_mx, private_storage):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from workspaces.models import Role as WorkspaceRole
    from workspaces.services import document_upload, membership_add, workspace_create

    workspace = workspace_create(name="Audit", slug="audit", owners=[expert_br], by=None)
    membership_add(workspace=workspace, user=expert_mx, role=WorkspaceRole.MEMBER, by=expert_br, via="test")
    recorded("workspace.member_added", actor=expert_br)
    document = document_upload(
        workspace=workspace, by=expert_br, file=SimpleUploadedFile("note.txt", b"plain text notes\n"),
        file_name="note.txt",
    )
    client = Client()
    client.force_login(expert_mx)
    response = client.get(f"/en/workspaces/audit/documents/{document.pk}/download/")
    assert response.status_code == 200
    recorded("workspace.document_downloaded", actor=expert_mx)


def test_nobody_can_change_or_delete_the_trail_in_the_admin(secretariat):
    from portal.accounts.services import audit_record

    event = audit_record(action="test.event", target="x")
    client = Client()
    client.force_login(secretariat)
    assert client.get("/admin/accounts/auditevent/").status_code == 200
    page = client.get(f"/admin/accounts/auditevent/{event.pk}/change/").content.decode()
    assert 'name="action"' not in page  # read-only view, no form field
    client.post(f"/admin/accounts/auditevent/{event.pk}/delete/", {"post": "yes"})
    assert AuditEvent.objects.filter(pk=event.pk, action="test.event").exists()
    export = client.post("/admin/accounts/auditevent/", {"action": "export_csv", "_selected_action": [event.pk]})
    assert export["Content-Type"].startswith("text/csv")
    assert "test.event" in export.content.decode()
