"""The portal schedules its own work: run_schedule enqueues each due job once per slot, however
often and on however many machines it runs, and every job is safe to run twice."""

import io
from datetime import UTC, datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.models import OutgoingEmail, ScheduledRun
from portal.schedule import CATCH_UP, JOBS, Job, schedule_run_due
from tests.conftest import make_expert
from workspaces import services as workspace_services
from workspaces.models import Membership, Notify

pytestmark = pytest.mark.django_db

MONDAY_0730 = datetime(2026, 11, 30, 7, 30, tzinfo=UTC)


def test_latest_slot_of_daily_weekly_and_interval_jobs():
    daily = Job("d", "x", at=time(6, 0))
    assert daily.latest_slot(MONDAY_0730) == datetime(2026, 11, 30, 6, 0, tzinfo=UTC)
    assert daily.latest_slot(MONDAY_0730.replace(hour=5)) == datetime(2026, 11, 29, 6, 0, tzinfo=UTC)
    weekly = Job("w", "x", weekday=0, at=time(8, 0))  # Monday 08:00: not yet, so last week's
    assert weekly.latest_slot(MONDAY_0730) == datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    every = Job("e", "x", every=timedelta(minutes=15))
    assert every.latest_slot(MONDAY_0730.replace(minute=44)) == datetime(2026, 11, 30, 7, 30, tzinfo=UTC)


def test_each_slot_is_enqueued_once_however_often_the_scheduler_runs(database_queue):
    first = schedule_run_due(now=MONDAY_0730)
    due = {job.name for job in JOBS if MONDAY_0730 - job.latest_slot(MONDAY_0730) <= CATCH_UP}
    assert {run.job for run in first} == due and "workspace_digests" in due and "link_check" in due
    # The same pass again, a minute later, or from a second machine: nothing more.
    assert schedule_run_due(now=MONDAY_0730) == []
    assert schedule_run_due(now=MONDAY_0730 + timedelta(minutes=1)) == []
    assert DBTaskResult.objects.filter(task_path="portal.tasks.run_scheduled_job").count() == len(due)
    # The next day's slots run again.
    next_day = {run.job for run in schedule_run_due(now=MONDAY_0730 + timedelta(days=1))}
    assert "workspace_digests" in next_day and "link_check" not in next_day


def test_slots_missed_for_longer_than_the_catch_up_are_not_replayed(database_queue):
    late = MONDAY_0730.replace(hour=23)
    enqueued = {run.job for run in schedule_run_due(now=late)}
    assert "workspace_digests" not in enqueued and "link_check" not in enqueued


def test_the_worker_runs_the_enqueued_jobs_and_keeps_their_output(database_queue, monkeypatch):
    monkeypatch.setattr("portal.schedule.timezone.now", lambda: MONDAY_0730)
    call_command("run_schedule", stdout=io.StringIO())
    assert ScheduledRun.objects.filter(job="workspace_digests", slot=MONDAY_0730.replace(hour=6, minute=0)).exists()
    database_queue()
    runs = {run.job: run for run in ScheduledRun.objects.all()}
    assert {run.status for run in runs.values()} == {ScheduledRun.Status.DONE}
    assert "Digests sent: 0 emails" in runs["workspace_digests"].output


def test_a_failing_job_is_recorded_as_failed(database_queue, monkeypatch):
    monkeypatch.setattr("portal.schedule.JOBS_BY_NAME", {"broken": Job("broken", "no_such_command", at=time(6))})
    schedule_run_due(now=MONDAY_0730, jobs=[Job("broken", "no_such_command", at=time(6))])
    database_queue()
    run = ScheduledRun.objects.get(job="broken")
    assert run.status == ScheduledRun.Status.FAILED and "no_such_command" in run.output


def test_every_scheduled_job_is_safe_to_run_twice(database_queue, django_capture_on_commit_callbacks):
    """A digest waiting, then each job's command twice: the second run sends and deletes nothing."""
    owner = make_expert("owner@example.org", "AR")
    member = make_expert("member@example.org", "BR")
    workspace = workspace_services.workspace_create(
        name="Taskforce", slug="taskforce", description="d", owners=[owner], by=None
    )
    workspace_services.membership_add(workspace=workspace, user=member, role="member", by=owner, via="test")
    Membership.objects.update(notify=Notify.DIGEST, notify_since=timezone.now() - timedelta(days=1))
    workspace_services.thread_create(workspace=workspace, author=owner, title="News", body="b")
    before = OutgoingEmail.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        for job in JOBS:
            call_command(job.command, *job.args, stdout=io.StringIO(), stderr=io.StringIO())
    assert OutgoingEmail.objects.count() > before
    assert OutgoingEmail.objects.filter(to=["member@example.org"], template__contains="digest").count() == 1
    state = (OutgoingEmail.objects.count(), ScheduledRun.objects.count(), DBTaskResult.objects.count())
    with django_capture_on_commit_callbacks(execute=True):
        for job in JOBS:
            call_command(job.command, *job.args, stdout=io.StringIO(), stderr=io.StringIO())
    assert (OutgoingEmail.objects.count(), ScheduledRun.objects.count(), DBTaskResult.objects.count()) == state


def test_the_list_says_what_each_job_does_and_when():
    out = io.StringIO()
    call_command("run_schedule", "--list", stdout=out)
    listing = out.getvalue()
    for job in JOBS:
        assert job.name in listing and f"manage.py {job.command}" in listing
        assert job.description and job.description in listing
    assert "daily digest of new workspace items" in listing
