"""A reply only queues its notification: the page costs the same for 2 members or 40, and the
worker sends the emails afterwards (the production set-up, django-tasks-db)."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from tests.conftest import make_expert
from workspaces import services
from workspaces.models import Membership, Notify, Role

from .conftest import url

pytestmark = pytest.mark.django_db


def workspace_of(size: int, owner):
    workspace = services.workspace_create(name=f"Team {size}", slug=f"team-{size}", description="d",
                                          owners=[owner], by=None)
    for n in range(size - 1):
        user = make_expert(f"m{n}-{size}@example.org", "BR")
        services.membership_add(workspace=workspace, user=user, role=Role.MEMBER, by=owner, via="test")
    Membership.objects.filter(workspace=workspace).update(notify=Notify.IMMEDIATE)
    thread = services.thread_create(workspace=workspace, author=owner, title="Leads", body="b")
    return workspace, thread


def test_a_reply_costs_the_same_in_a_large_workspace_and_the_emails_come_from_the_worker(
    client, owner, database_queue, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    queries = {}
    for size in (2, 40):
        workspace, thread = workspace_of(size, owner)
        client.post(url("thread_detail", workspace.slug, thread.pk), {"body": "warm-up"})  # caches filled
        DBTaskResult.objects.all().delete()
        mail.outbox.clear()
        with CaptureQueriesContext(connection) as captured, django_capture_on_commit_callbacks(execute=True):
            response = client.post(url("thread_detail", workspace.slug, thread.pk), {"body": "New lead"})
        assert response.status_code == 302
        queries[size] = len(captured)
        assert mail.outbox == []  # nothing sent while the page answers
        assert DBTaskResult.objects.filter(task_path="workspaces.tasks.notify_activity").count() == 1
        database_queue()
        assert len(mail.outbox) == size - 1  # every member but the author, by the worker
    assert queries[40] == queries[2]
