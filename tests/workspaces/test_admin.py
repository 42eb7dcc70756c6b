"""The workspace admin: created with named members and roles (each told by email), web address
from the name, "View on site"; afterwards members are listed, never the content."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from portal.accounts.models import AuditEvent
from workspaces.models import Membership, Role, Workspace

ADD = "/admin/workspaces/workspace/add/"


def add_form(name="New taskforce", slug="new-taskforce", members=(), **fields):
    data = {
        "name": name,
        "slug": slug,
        "description": "d",
        "join_policy": "invitation",
        "memberships-TOTAL_FORMS": len(members),
        "memberships-INITIAL_FORMS": 0,
        "memberships-MIN_NUM_FORMS": 0,
        "memberships-MAX_NUM_FORMS": 1000,
        **fields,
    }
    for index, (user, role) in enumerate(members):
        data[f"memberships-{index}-user"] = user.pk
        data[f"memberships-{index}-role"] = role
    return data


@pytest.fixture
def create(client, secretariat, django_capture_on_commit_callbacks):
    client.force_login(secretariat)

    def post(data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(ADD, data)

    return post


def test_the_creation_page_asks_for_members_and_roles(client, secretariat, owner):
    client.force_login(secretariat)
    page = client.get(ADD).content.decode()
    assert 'name="memberships-0-user"' in page and 'name="memberships-0-role"' in page
    assert "Olga Owner" in page
    assert 'name="owners"' not in page  # owners are named among the members, with their role
    assert "prepopulated_fields" in page or "data-prepopulated-fields" in page


def test_secretariat_creates_a_workspace_with_members_who_are_told(
    client, create, secretariat, owner, member, reader, mailoutbox
):
    response = create(add_form(members=[(owner, Role.OWNER), (member, Role.MEMBER), (reader, Role.READER)]))
    assert response.status_code == 302, response.content.decode()[:3000]
    workspace = Workspace.objects.get(slug="new-taskforce")
    roles = dict(Membership.objects.filter(workspace=workspace).values_list("user__email", "role"))
    assert roles == {"owner@example.org": Role.OWNER, "member@example.org": Role.MEMBER,
                     "reader@example.org": Role.READER}
    assert owner.has_perm("workspaces.manage_workspace", workspace)
    assert reader.has_perm("workspaces.view_workspace", workspace)
    assert not reader.has_perm("workspaces.contribute_workspace", workspace)
    assert workspace.created_by == secretariat
    assert AuditEvent.objects.get(action="workspace.created").actor == secretariat
    assert AuditEvent.objects.filter(action="workspace.member_added", actor=secretariat).count() == 3
    told = {message.to[0]: message for message in mailoutbox}
    assert set(told) == {"owner@example.org", "member@example.org", "reader@example.org"}
    assert told["reader@example.org"].subject == "You are a member of the workspace “New taskforce”"
    assert "as Reader" in told["reader@example.org"].body
    assert "/workspaces/new-taskforce/" in told["reader@example.org"].body


def test_the_email_is_in_the_members_language(create, owner, mailoutbox):
    owner.preferred_language = "fr"
    owner.save(update_fields=["preferred_language"])
    create(add_form(members=[(owner, Role.OWNER)]))
    assert mailoutbox[0].subject == "Vous êtes membre de l'espace de travail « New taskforce »"


def test_the_web_address_comes_from_the_name_when_left_empty(create, owner):
    Workspace.objects.create(name="Old", slug="joint-investigations")
    response = create(add_form(name="Joint Investigations", slug="", members=[(owner, Role.OWNER)]))
    assert response.status_code == 302
    assert Workspace.objects.filter(name="Joint Investigations", slug="joint-investigations-2").exists()


def test_the_web_address_can_be_chosen(create, owner):
    create(add_form(name="Joint Investigations", slug="jit", members=[(owner, Role.OWNER)]))
    assert Workspace.objects.get(name="Joint Investigations").slug == "jit"


def test_a_workspace_needs_an_owner(create, member, mailoutbox):
    response = create(add_form(slug="no-owner", members=[(member, Role.MEMBER)]))
    assert response.status_code == 200
    assert "Name at least one owner." in response.content.decode()
    assert not Workspace.objects.filter(slug="no-owner").exists()
    assert mailoutbox == []


def test_reserved_slug_is_refused(create, owner):
    response = create(add_form(name="Bad", slug="invitations", members=[(owner, Role.OWNER)]))
    assert response.status_code == 200
    assert not Workspace.objects.filter(slug="invitations").exists()


def test_only_approved_experts_can_be_named(create, owner, registered):
    response = create(add_form(members=[(owner, Role.OWNER), (registered, Role.MEMBER)]))
    assert response.status_code == 200
    assert not Workspace.objects.filter(slug="new-taskforce").exists()


def test_view_on_site_opens_the_workspace(client, create, owner):
    create(add_form(members=[(owner, Role.OWNER)]))
    workspace = Workspace.objects.get(slug="new-taskforce")
    change = client.get(f"/admin/workspaces/workspace/{workspace.pk}/change/").content.decode()
    content_type = ContentType.objects.get_for_model(Workspace)
    shortcut = reverse("admin:view_on_site", args=[content_type.pk, workspace.pk])
    assert f'href="{shortcut}"' in change
    response = client.get(shortcut)
    assert response.status_code == 302
    assert response["Location"].endswith(workspace.get_absolute_url())
    client.force_login(owner)
    assert client.get(workspace.get_absolute_url()).status_code == 200


def test_owners_can_still_be_added_to_an_existing_workspace(client, secretariat, workspace, outsider):
    client.force_login(secretariat)
    response = client.post(f"/admin/workspaces/workspace/{workspace.pk}/change/", {
        "name": workspace.name, "description": workspace.description, "join_policy": workspace.join_policy,
        "owners": [outsider.pk], "memberships-TOTAL_FORMS": 0, "memberships-INITIAL_FORMS": 0,
        "memberships-MIN_NUM_FORMS": 0, "memberships-MAX_NUM_FORMS": 1000,
    })
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Membership.objects.get(workspace=workspace, user=outsider).role == Role.OWNER


def test_admin_lists_workspaces_without_their_content(client, secretariat, workspace, thread):
    client.force_login(secretariat)
    page = client.get(f"/admin/workspaces/workspace/{workspace.pk}/change/").content.decode()
    assert "Olga Owner" in page
    assert thread.title not in page
    assert client.get("/admin/workspaces/post/").status_code == 404
    assert client.get("/admin/workspaces/document/").status_code == 404


def test_a_secretariat_user_who_is_not_a_member_is_told_why_the_page_will_not_open(client, create, owner,
                                                                                    secretariat):
    create(add_form(members=[(owner, Role.OWNER)]))
    workspace = Workspace.objects.get(slug="new-taskforce")
    client.force_login(secretariat)
    change = client.get(f"/admin/workspaces/workspace/{workspace.pk}/change/").content.decode()
    assert "opens for its members only, and you are not one" in change
    assert f"({workspace.get_absolute_url()})" in change
    assert client.get(workspace.get_absolute_url()).status_code == 404
    Membership.objects.create(workspace=workspace, user=secretariat, role=Role.READER)
    change = client.get(f"/admin/workspaces/workspace/{workspace.pk}/change/").content.decode()
    assert "you are not one" not in change


def test_a_suspended_expert_cannot_be_named(client, create, owner, suspended_expert):
    page = client.get(ADD).content.decode()
    assert f'value="{owner.pk}"' in page and f'value="{suspended_expert.pk}"' not in page
    response = create(add_form(members=[(owner, Role.OWNER), (suspended_expert, Role.MEMBER)]))
    assert response.status_code == 200
    assert not Workspace.objects.filter(slug="new-taskforce").exists()


def test_only_approved_experts_are_offered_as_owners_of_an_existing_workspace(client, secretariat, workspace,
                                                                            outsider, suspended_expert, registered):
    client.force_login(secretariat)
    page = client.get(f"/admin/workspaces/workspace/{workspace.pk}/change/").content.decode()
    owners = page[page.index('name="owners"'):]
    owners = owners[:owners.index("</select>")]
    assert f'value="{outsider.pk}"' in owners
    assert f'value="{suspended_expert.pk}"' not in owners and f'value="{registered.pk}"' not in owners
