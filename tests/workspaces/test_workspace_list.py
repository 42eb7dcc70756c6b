import pytest

from workspaces import services
from workspaces.models import Membership

from .conftest import url


def test_member_sees_their_workspace_and_what_is_new(client, workspace, member, moderator):
    Membership.objects.filter(user=member).update(last_visit_at="2020-01-01T00:00:00Z")
    services.thread_create(workspace=workspace, author=moderator, title="News", body="Hello")
    services.thread_create(workspace=workspace, author=member, title="Mine", body="My own")
    client.force_login(member)
    response = client.get(url("workspace_list"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Secret Ransomware Taskforce" in page
    # Other people's items count; the member's own thread does not (the member joined later).
    new_counts = {m.workspace.slug: m.new_count for m in response.context["memberships"]}
    assert new_counts == {"ransomware-taskforce": 4}  # 3 others joined + 1 thread by the moderator
    assert "4 new items since your last visit" in page


def test_visiting_the_workspace_clears_what_is_new(client, workspace, member, moderator):
    services.thread_create(workspace=workspace, author=moderator, title="News", body="Hello")
    client.force_login(member)
    client.get(url("workspace_detail", workspace.slug))
    response = client.get(url("workspace_list"))
    assert "Nothing new since your last visit." in response.content.decode()


def test_outsider_sees_open_workspaces_but_never_invitation_only_ones(client, workspace, open_workspace, outsider):
    client.force_login(outsider)
    page = client.get(url("workspace_list")).content.decode()
    assert "Secret Ransomware Taskforce" not in page
    assert "Open Evidence Forum" in page
    assert "Ask to join" in page


def test_secretariat_sees_no_workspace_it_does_not_belong_to(client, workspace, secretariat):
    client.force_login(secretariat)
    page = client.get(url("workspace_list")).content.decode()
    assert "Secret Ransomware Taskforce" not in page


def test_archived_open_workspace_is_not_offered(client, open_workspace, owner, outsider):
    services.workspace_archive(workspace=open_workspace, by=owner)
    client.force_login(outsider)
    assert "Open Evidence Forum" not in client.get(url("workspace_list")).content.decode()


@pytest.mark.parametrize("count", [2, 12])
def test_list_query_count_is_constant(client, django_assert_max_num_queries, member, owner, count):
    for i in range(count):
        ws = services.workspace_create(name=f"WS {i}", slug=f"ws-{i}", owners=[owner], by=None)
        services.membership_add(workspace=ws, user=member, role="member", by=owner, via="test")
        services.thread_create(workspace=ws, author=owner, title="t", body="b")
        services.workspace_create(name=f"Open {i}", slug=f"open-{i}", owners=[owner], by=None, join_policy="open")
    client.force_login(member)
    client.get(url("workspace_list"))  # the first request also records the session
    with django_assert_max_num_queries(16):
        response = client.get(url("workspace_list"))
    assert len(response.context["memberships"]) == count


def test_reading_again_with_nothing_new_writes_nothing(client, workspace, member, moderator):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    services.thread_create(workspace=workspace, author=moderator, title="News", body="Hello")
    client.force_login(member)
    client.get(url("workspace_detail", workspace.slug))
    seen = Membership.objects.get(user=member, workspace=workspace).last_visit_at
    with CaptureQueriesContext(connection) as context:
        client.get(url("workspace_detail", workspace.slug))
    assert not [q for q in context.captured_queries if q["sql"].startswith('UPDATE "workspaces_membership"')]
    assert Membership.objects.get(user=member, workspace=workspace).last_visit_at == seen
    # Something new arrives: the next visit marks it seen.
    services.thread_create(workspace=workspace, author=moderator, title="Later", body="More")
    client.get(url("workspace_detail", workspace.slug))
    assert Membership.objects.get(user=member, workspace=workspace).last_visit_at > seen
    assert "Nothing new since your last visit." in client.get(url("workspace_list")).content.decode()
