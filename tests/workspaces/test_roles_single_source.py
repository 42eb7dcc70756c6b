"""A member's rights come from one stored fact, `Membership.role`: the pages, the access helper
and Django's `has_perm` all read it, and no second copy (guardian rows) exists to drift."""

import pytest
from django.urls import reverse
from guardian.models import UserObjectPermission

from workspaces import services
from workspaces.access import get_workspace_for_user
from workspaces.models import Membership, Role, Workspace

pytestmark = pytest.mark.django_db


def test_the_role_alone_decides_what_a_member_may_do(client, workspace, owner, reader):
    thread = services.thread_create(workspace=workspace, author=owner, title="Agenda", body="Items")
    reply = reverse("workspaces:thread_detail", args=[workspace.slug, thread.pk])
    client.force_login(reader)
    assert client.post(reply, {"body": "I cannot post yet"}).status_code == 403
    assert not reader.has_perm("workspaces.contribute_workspace", workspace)
    # Changing the stored role, and nothing else, changes every answer.
    Membership.objects.filter(workspace=workspace, user=reader).update(role=Role.MEMBER)
    assert get_workspace_for_user(reader, workspace.slug).can_post
    assert reader.has_perm("workspaces.contribute_workspace", workspace)
    assert not reader.has_perm("workspaces.moderate_workspace", workspace)
    assert client.post(reply, {"body": "Now I can"}).status_code == 302


def test_the_role_is_stored_once(workspace, owner, reader):
    services.membership_change_role(membership=Membership.objects.get(user=reader), role=Role.MODERATOR, by=owner)
    assert Membership.objects.get(user=reader).role == Role.MODERATOR
    assert get_workspace_for_user(reader, workspace.slug).can_moderate
    assert not UserObjectPermission.objects.exists()  # no guardian copy of workspace roles anywhere


def test_a_removed_membership_leaves_no_right(workspace, owner, member):
    services.membership_remove(membership=Membership.objects.get(user=member), by=owner)
    assert not member.has_perm("workspaces.view_workspace", workspace)
    assert not member.has_perm("view_workspace", workspace)
    assert not Workspace.objects.for_user(member).filter(pk=workspace.pk).exists()
