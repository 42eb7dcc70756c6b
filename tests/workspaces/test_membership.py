import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

from portal.accounts.models import AuditEvent
from tests.conftest import make_expert
from workspaces import services
from workspaces.models import Invitation, JoinRequest, Membership, Role

from .conftest import url


def _invite(client, workspace, inviter, email, role="member", capture=None):
    client.force_login(inviter)
    with capture(execute=True):
        response = client.post(url("invitation_create", workspace.slug), {"email": email, "role": role})
    assert response.status_code == 302
    message = mail.outbox[-1]
    return re.search(r"/workspaces/invitations/([\w-]+)/", message.body).group(0)


def test_invitation_by_email_is_single_use(client, workspace, moderator, expert_br, django_capture_on_commit_callbacks):
    link = _invite(client, workspace, moderator, "Expert-BR@example.org", capture=django_capture_on_commit_callbacks)
    assert mail.outbox[-1].to == ["expert-br@example.org"]
    assert "Secret Ransomware Taskforce" in mail.outbox[-1].subject
    client.force_login(expert_br)
    page = client.get("/en" + link).content.decode()
    assert "You are invited to join the workspace “Secret Ransomware Taskforce” as Member." in page
    response = client.post("/en" + link)
    assert response.status_code == 302
    assert Membership.objects.get(workspace=workspace, user=expert_br).role == Role.MEMBER
    assert client.get(url("workspace_detail", workspace.slug)).status_code == 200
    again = client.post("/en" + link)
    assert again.status_code == 410
    assert "already been used" in again.content.decode()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"workspace.invitation_sent", "workspace.invitation_accepted", "workspace.member_added"} <= actions


def test_expired_invitation_explains_itself(
    client, workspace, moderator, expert_br, django_capture_on_commit_callbacks
):
    link = _invite(client, workspace, moderator, expert_br.email, capture=django_capture_on_commit_callbacks)
    Invitation.objects.update(expires_at=timezone.now() - timedelta(days=1))
    client.force_login(expert_br)
    response = client.post("/en" + link)
    assert response.status_code == 410
    assert "This invitation expired on" in response.content.decode()
    assert not Membership.objects.filter(user=expert_br).exists()


def test_invitation_for_another_account_reveals_nothing(
    client, workspace, moderator, expert_br, expert_mx, django_capture_on_commit_callbacks
):
    link = _invite(client, workspace, moderator, expert_br.email, capture=django_capture_on_commit_callbacks)
    client.force_login(expert_mx)
    response = client.post("/en" + link)
    assert response.status_code == 403
    assert "Secret Ransomware Taskforce" not in response.content.decode()
    assert not Membership.objects.filter(user=expert_mx).exists()


def test_unknown_invitation_is_404(client, expert_br):
    client.force_login(expert_br)
    assert client.get(url("invitation_accept", "made-up-token")).status_code == 404


def test_withdrawn_invitation_stops_working(
    client, workspace, moderator, expert_br, django_capture_on_commit_callbacks
):
    link = _invite(client, workspace, moderator, expert_br.email, capture=django_capture_on_commit_callbacks)
    invitation = Invitation.objects.get()
    client.post(url("invitation_revoke", workspace.slug, invitation.pk))
    client.force_login(expert_br)
    response = client.post("/en" + link)
    assert response.status_code == 410 and "withdrawn" in response.content.decode()


def test_moderator_cannot_invite_a_moderator(client, workspace, moderator):
    client.force_login(moderator)
    client.post(url("invitation_create", workspace.slug), {"email": "x@example.org", "role": "moderator"})
    assert not Invitation.objects.exists()


def test_inviting_a_member_again_is_refused(client, workspace, moderator, member):
    client.force_login(moderator)
    response = client.post(
        url("invitation_create", workspace.slug), {"email": member.email, "role": "member"}, follow=True
    )
    assert "already a member" in response.content.decode()
    assert not Invitation.objects.exists()


def test_join_request_accepted_by_a_moderator(
    client, open_workspace, owner, expert_br, django_capture_on_commit_callbacks
):
    moderator = make_expert("mod2@example.org", "PE")
    services.membership_add(workspace=open_workspace, user=moderator, role=Role.MODERATOR, by=owner, via="test")
    client.force_login(expert_br)
    assert client.get(url("join_request_create", open_workspace.slug)).status_code == 200
    assert client.get(url("workspace_detail", open_workspace.slug)).status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("join_request_create", open_workspace.slug), {"message": "I work on evidence."})
    assert sorted(m.to[0] for m in mail.outbox) == ["mod2@example.org", "owner@example.org"]
    join_request = JoinRequest.objects.get()
    client.force_login(moderator)
    assert "I work on evidence." in client.get(url("member_list", open_workspace.slug)).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("join_request_decide", open_workspace.slug, join_request.pk), {"decision": "accept", "role": "reader"}
        )
    assert Membership.objects.get(workspace=open_workspace, user=expert_br).role == Role.READER
    assert mail.outbox[-1].to == [expert_br.email] and "accepted" in mail.outbox[-1].body
    assert AuditEvent.objects.filter(action="workspace.join_accepted").exists()


def test_join_request_declined(client, open_workspace, owner, expert_br, django_capture_on_commit_callbacks):
    join_request = services.join_request_create(workspace=open_workspace, user=expert_br)
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("join_request_decide", open_workspace.slug, join_request.pk), {"decision": "decline"})
    assert not Membership.objects.filter(user=expert_br).exists()
    assert "declined" in mail.outbox[-1].body


def test_invitation_only_workspace_takes_no_requests(client, workspace, expert_br):
    client.force_login(expert_br)
    assert client.get(url("join_request_create", workspace.slug)).status_code == 404
    assert client.post(url("join_request_create", workspace.slug), {"message": "hi"}).status_code == 404
    assert not JoinRequest.objects.exists()


def test_owner_changes_roles_and_permissions_follow(client, workspace, owner, reader):
    membership = Membership.objects.get(user=reader)
    client.force_login(reader)
    thread = services.thread_create(workspace=workspace, author=owner, title="t", body="b")
    assert client.post(url("thread_detail", workspace.slug, thread.pk), {"body": "x"}).status_code == 403
    client.force_login(owner)
    client.post(url("member_role", workspace.slug, membership.pk), {"role": "member"})
    assert reader.has_perm("workspaces.contribute_workspace", workspace)
    client.force_login(reader)
    assert client.post(url("thread_detail", workspace.slug, thread.pk), {"body": "x"}).status_code == 302
    event = AuditEvent.objects.get(action="workspace.role_changed", details__member=reader.email)
    assert event.details["old_role"] == "reader" and event.details["role"] == "member"


def test_last_owner_cannot_step_down_or_leave(client, workspace, owner):
    membership = Membership.objects.get(user=owner)
    client.force_login(owner)
    response = client.post(url("member_role", workspace.slug, membership.pk), {"role": "member"}, follow=True)
    assert "at least one owner" in response.content.decode()
    client.post(url("membership_leave", workspace.slug))
    assert Membership.objects.get(pk=membership.pk).role == Role.OWNER


def test_owner_removes_a_member_who_then_gets_404(client, workspace, owner, member):
    membership = Membership.objects.get(user=member)
    client.force_login(owner)
    client.post(url("member_remove", workspace.slug, membership.pk))
    assert not Membership.objects.filter(user=member).exists()
    assert not member.has_perm("workspaces.view_workspace", workspace)
    client.force_login(member)
    assert client.get(url("workspace_detail", workspace.slug)).status_code == 404
    assert AuditEvent.objects.filter(action="workspace.member_removed", details__member=member.email).exists()


def test_member_leaves(client, workspace, member):
    client.force_login(member)
    response = client.post(url("membership_leave", workspace.slug))
    assert response.status_code == 302
    assert client.get(url("workspace_detail", workspace.slug)).status_code == 404
    assert AuditEvent.objects.filter(action="workspace.member_left").exists()


def test_moderator_cannot_change_roles_or_remove(client, workspace, moderator, member):
    membership = Membership.objects.get(user=member)
    client.force_login(moderator)
    assert client.post(url("member_role", workspace.slug, membership.pk), {"role": "owner"}).status_code == 403
    assert client.post(url("member_remove", workspace.slug, membership.pk)).status_code == 403
    assert Membership.objects.get(user=member).role == Role.MEMBER


def test_members_page_shows_names_countries_institutions_roles(client, workspace, reader):
    client.force_login(reader)
    page = client.get(url("member_list", workspace.slug)).content.decode()
    for text in ("Olga Owner", "Mateo Moderador", "Argentina", "Chile", "Ministry of Justice", "Moderator"):
        assert text in page
    assert "Invite someone" not in page


def test_archive_makes_the_workspace_read_only(client, workspace, owner, member):
    client.force_login(owner)
    client.post(url("workspace_archive", workspace.slug))
    workspace.refresh_from_db()
    assert workspace.is_archived
    client.force_login(member)
    assert client.get(url("workspace_detail", workspace.slug)).status_code == 200
    assert client.post(url("thread_create", workspace.slug), {"title": "t", "body": "b"}).status_code == 403
    assert AuditEvent.objects.filter(action="workspace.archived").exists()
