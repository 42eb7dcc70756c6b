from portal.accounts.models import AuditEvent
from workspaces.models import Membership, Role, Workspace


def test_secretariat_creates_a_workspace_and_names_owners(client, secretariat, owner):
    client.force_login(secretariat)
    response = client.post(
        "/admin/workspaces/workspace/add/",
        {
            "name": "New taskforce",
            "slug": "new-taskforce",
            "description": "d",
            "join_policy": "invitation",
            "owners": [owner.pk],
            "memberships-TOTAL_FORMS": 0,
            "memberships-INITIAL_FORMS": 0,
            "memberships-MIN_NUM_FORMS": 0,
            "memberships-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    workspace = Workspace.objects.get(slug="new-taskforce")
    assert Membership.objects.get(workspace=workspace).role == Role.OWNER
    assert owner.has_perm("workspaces.manage_workspace", workspace)
    assert workspace.created_by == secretariat
    assert AuditEvent.objects.filter(action="workspace.created").exists()


def test_a_workspace_needs_an_owner(client, secretariat):
    client.force_login(secretariat)
    response = client.post(
        "/admin/workspaces/workspace/add/",
        {
            "name": "No owner",
            "slug": "no-owner",
            "join_policy": "open",
            "memberships-TOTAL_FORMS": 0,
            "memberships-INITIAL_FORMS": 0,
            "memberships-MIN_NUM_FORMS": 0,
            "memberships-MAX_NUM_FORMS": 1000,
        },
    )
    assert response.status_code == 200
    assert not Workspace.objects.filter(slug="no-owner").exists()


def test_reserved_slug_is_refused(client, secretariat, owner):
    client.force_login(secretariat)
    client.post(
        "/admin/workspaces/workspace/add/",
        {
            "name": "Bad",
            "slug": "invitations",
            "join_policy": "open",
            "owners": [owner.pk],
            "memberships-TOTAL_FORMS": 0,
            "memberships-INITIAL_FORMS": 0,
            "memberships-MIN_NUM_FORMS": 0,
            "memberships-MAX_NUM_FORMS": 1000,
        },
    )
    assert not Workspace.objects.filter(slug="invitations").exists()


def test_admin_lists_workspaces_without_their_content(client, secretariat, workspace, thread):
    client.force_login(secretariat)
    page = client.get(f"/admin/workspaces/workspace/{workspace.pk}/change/").content.decode()
    assert "Olga Owner" in page
    assert thread.title not in page
    assert client.get("/admin/workspaces/post/").status_code == 404
    assert client.get("/admin/workspaces/document/").status_code == 404
