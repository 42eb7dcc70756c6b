"""Every role × every action, with the answer each one must get.

Outsiders (and the secretariat, which sees workspaces only through the admin or as a member)
get 404 on every URL of a workspace; members lacking a right get 403; experts who fail the
gate are sent to the missing step (302 away from the workspace)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from workspaces import services
from workspaces.models import JoinRequest, Membership, Role

from .conftest import url

ROLES = ["outsider", "reader", "member", "moderator", "owner", "secretariat", "expert_without_mfa", "suspended_expert"]

OK, DONE, DENIED, NOT_FOUND, GATE = 200, 302, 403, 404, "gate"
MEMBERS = {"reader", "member", "moderator", "owner"}


def expected(action, role):
    if role in ("expert_without_mfa", "suspended_expert"):
        return GATE
    if action == "list":
        return OK
    if role not in MEMBERS:
        return NOT_FOUND
    allowed = {
        "view": MEMBERS,
        "download": MEMBERS,
        "search": MEMBERS,
        "post": {"member", "moderator", "owner"},
        "upload": {"member", "moderator", "owner"},
        "edit": {"moderator", "owner"},
        "delete": {"moderator", "owner"},
        "invite": {"moderator", "owner"},
        "accept": {"moderator", "owner"},
        "change_role": {"owner"},
        "archive": {"owner"},
    }[action]
    if role in allowed:
        return OK if action in ("view", "download", "search") else DONE
    return DENIED


@pytest.fixture
def scene(workspace, owner, expert_br):
    thread = services.thread_create(workspace=workspace, author=owner, title="Matrix thread", body="Owner's words")
    post = thread.posts.get()
    document = services.document_upload(
        workspace=workspace, by=owner, file=SimpleUploadedFile("notes.txt", b"plain notes"), file_name="notes.txt"
    )
    join_request = JoinRequest.objects.create(workspace=workspace, user=expert_br, message="Please")
    reader_membership = Membership.objects.get(workspace=workspace, role=Role.READER)
    return {
        "ws": workspace,
        "thread": thread,
        "post": post,
        "document": document,
        "join_request": join_request,
        "reader_membership": reader_membership,
    }


def perform(client, action, s):
    slug = s["ws"].slug
    if action == "list":
        return client.get(url("workspace_list"))
    if action == "view":
        return client.get(url("workspace_detail", slug))
    if action == "post":
        return client.post(url("thread_detail", slug, s["thread"].pk), {"body": "A reply"})
    if action == "edit":
        return client.post(url("post_edit", slug, s["post"].pk), {"body": "Changed"})
    if action == "delete":
        return client.post(url("post_remove", slug, s["post"].pk))
    if action == "upload":
        return client.post(url("document_list", slug), {"file": SimpleUploadedFile("a.csv", b"a,b\n1,2\n")})
    if action == "download":
        return client.get(url("document_download", slug, s["document"].pk))
    if action == "invite":
        return client.post(url("invitation_create", slug), {"email": "new@example.org", "role": "member"})
    if action == "accept":
        return client.post(
            url("join_request_decide", slug, s["join_request"].pk), {"decision": "accept", "role": "member"}
        )
    if action == "change_role":
        return client.post(url("member_role", slug, s["reader_membership"].pk), {"role": "member"})
    if action == "archive":
        return client.post(url("workspace_archive", slug))
    if action == "search":
        return client.get(url("workspace_search", slug), {"q": "words"})
    raise AssertionError(action)


ACTIONS = [
    "list",
    "view",
    "post",
    "edit",
    "delete",
    "upload",
    "download",
    "invite",
    "accept",
    "change_role",
    "archive",
    "search",
]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_role_action_matrix(request, client, scene, role, action):
    user = request.getfixturevalue(role)
    client.force_login(user)
    response = perform(client, action, scene)
    want = expected(action, role)
    if want == GATE:
        assert response.status_code == 302
        assert "/workspaces/" not in response["Location"]
        return
    assert response.status_code == want, (role, action)
    if want in (NOT_FOUND, DENIED):
        assert b"Secret Ransomware Taskforce" not in response.content
    if response.status_code in (OK, NOT_FOUND, DENIED) and action != "download":
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_anonymous_visitor_is_sent_to_sign_in(client, scene):
    for action in ACTIONS:
        response = perform(client, action, scene)
        assert response.status_code == 302, action
        assert "/accounts/login/" in response["Location"], action
