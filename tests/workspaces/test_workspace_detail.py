import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from workspaces import services
from workspaces.models import Post, Thread

from .conftest import make_practice, url


def test_page_shows_threads_practices_documents_and_members(client, workspace, member, owner):
    services.thread_create(workspace=workspace, author=member, title="Wallet tracing", body="b")
    services.document_upload(
        workspace=workspace,
        by=member,
        file=SimpleUploadedFile("plan.txt", b"plan"),
        file_name="plan.txt",
        title="Operation plan",
    )
    make_practice(workspace, member, title="Fast freezing")
    client.force_login(member)
    response = client.get(url("workspace_detail", workspace.slug))
    page = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Wallet tracing",
        "Operation plan",
        "Fast freezing",
        "Olga Owner",
        "Argentina",
        "Ministry of Justice",
        "Owner",
        "Reader",
        "Recent activity",
    ):
        assert text in page, text


def _fill(workspace, author, threads, posts_per_thread):
    now = timezone.now()
    made = Thread.objects.bulk_create(
        Thread(
            workspace=workspace,
            title=f"Thread {i}",
            author=author,
            post_count=posts_per_thread,
            last_post_at=now,
            last_post_by=author,
        )
        for i in range(threads)
    )
    Post.objects.bulk_create(
        Post(thread=thread, author=author, body="text") for thread in made for _ in range(posts_per_thread)
    )


@pytest.mark.parametrize("threads", [5, 300])
def test_workspace_page_query_count_is_fixed(client, django_assert_max_num_queries, workspace, member, threads):
    _fill(workspace, member, threads, 5)
    client.force_login(member)
    client.get(url("workspace_detail", workspace.slug))  # the first visit also records the session
    with django_assert_max_num_queries(26):
        response = client.get(url("workspace_detail", workspace.slug))
    assert response.status_code == 200
    assert len(response.context["threads"]) == min(threads, 25)


def test_workspace_page_costs_the_same_with_1000_threads(client, workspace, member):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(member)
    _fill(workspace, member, 10, 5)
    client.get(url("workspace_detail", workspace.slug))
    with CaptureQueriesContext(connection) as small:
        client.get(url("workspace_detail", workspace.slug))
    _fill(workspace, member, 990, 5)
    with CaptureQueriesContext(connection) as large:
        response = client.get(url("workspace_detail", workspace.slug))
    assert response.context["threads"].paginator.count == 1000
    assert len(large) == len(small)


def test_threads_are_paginated(client, workspace, member):
    _fill(workspace, member, 30, 1)
    client.force_login(member)
    response = client.get(url("workspace_detail", workspace.slug), {"page": 2})
    assert len(response.context["threads"]) == 5
    assert "Page 2 of 2" in response.content.decode()
    assert client.get(url("workspace_detail", workspace.slug), {"page": "junk"}).status_code == 200


def test_archived_workspace_is_read_only(client, workspace, owner, member):
    services.workspace_archive(workspace=workspace, by=owner)
    client.force_login(member)
    page = client.get(url("workspace_detail", workspace.slug)).content.decode()
    assert "read-only" in page
    assert "Start a thread" not in page
    assert client.post(url("thread_create", workspace.slug), {"title": "x", "body": "y"}).status_code == 403


def test_unknown_workspace_is_404(client, member):
    client.force_login(member)
    assert client.get(url("workspace_detail", "no-such-space")).status_code == 404
