"""The portal's scheduled jobs, and the scheduler that enqueues them for the worker.

`manage.py run_schedule` (every few minutes from a systemd timer or cron, or `--loop` beside the
worker) enqueues each job whose latest slot has not been claimed yet. A slot is claimed by
inserting its `ScheduledRun` row (unique per job and slot), so running the scheduler on several
machines, or twice, enqueues each slot once. A slot is caught up within CATCH_UP of its time
(a scheduler down for an hour still sends that morning's digest); older slots are missed, not
replayed, so a new installation or a scheduler back after days does not fire every job at once. Every job is a management command that is
itself safe to run twice (tests/portal/test_schedule.py runs each twice).
"""

import io
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.models import ScheduledRun

logger = logging.getLogger(__name__)

CATCH_UP = timedelta(hours=6)


@dataclass(frozen=True)
class Job:
    """A management command run daily at `at` (UTC), or weekly on `weekday` (0 = Monday) at `at`,
    or every `every` (aligned on whole multiples since midnight UTC)."""

    name: str
    command: str
    args: tuple[str, ...] = ()
    at: time | None = None
    weekday: int | None = None
    every: timedelta | None = None
    description: str = field(default="", compare=False)

    def latest_slot(self, now: datetime) -> datetime:
        """The most recent moment at or before `now` the job was due."""
        now = now.astimezone(UTC)
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
        if self.every is not None:
            step = int(self.every.total_seconds())
            return midnight + timedelta(seconds=int((now - midnight).total_seconds()) // step * step)
        slot = midnight.replace(hour=self.at.hour, minute=self.at.minute)
        if slot > now:
            slot -= timedelta(days=1)
        if self.weekday is not None:
            slot -= timedelta(days=(slot.weekday() - self.weekday) % 7)
        return slot


JOBS = [
    Job("workspace_digests", "send_workspace_digests", at=time(6, 0),
        description="daily digest of new workspace items"),
    Job("update_request_reminders", "remind_update_requests", at=time(7, 0),
        description="reminders of update requests past their reminder date"),
    Job("questionnaire_reminders", "send_questionnaire_reminders", at=time(7, 15),
        description="reminders of questionnaires due soon"),
    Job("alerts", "send_alerts", at=time(6, 30),
        description="each follower's alert of the day's changes (one email per address per day)"),
    Job("secretariat_summary", "send_secretariat_summary", at=time(6, 45),
        description="the secretariat's daily summary of what waits"),
    Job("purge_withdrawn_documents", "purge_withdrawn_documents", at=time(2, 30),
        description="withdrawn workspace documents past their retention period"),
    Job("link_check", "check_links", weekday=0, at=time(3, 0),
        description="national units' websites and reporting addresses"),
    Job("overdue_report", "stale_contacts", weekday=0, at=time(5, 0),
        description="countries with overdue entries (the freshness report, in the log)"),
    Job("purge_request_drafts", "purge_request_drafts", at=time(2, 0),
        description="request drafts past their retention"),
    Job("purge_contact_messages", "purge_contact_messages", at=time(2, 10),
        description="contact-form messages past their retention"),
    Job("purge_outgoing_emails", "purge_outgoing_emails", at=time(2, 20),
        description="sent emails past their retention"),
    Job("prune_task_results", "prune_db_task_results", ("--min-age-days", "14", "--failed-min-age-days", "60"),
        at=time(2, 30), description="finished task results of the queue"),
]
JOBS_BY_NAME = {job.name: job for job in JOBS}


def schedule_run_due(*, now: datetime | None = None, jobs: list[Job] | None = None) -> list[ScheduledRun]:
    """Enqueue every job whose latest slot is not claimed yet; the runs enqueued now."""
    from portal.tasks import run_scheduled_job

    now = now or timezone.now()
    enqueued = []
    for job in jobs if jobs is not None else JOBS:
        slot = job.latest_slot(now)
        if now - slot > min(CATCH_UP, job.every or CATCH_UP):
            continue
        try:
            with transaction.atomic():
                run = ScheduledRun.objects.create(job=job.name, slot=slot)
                run_scheduled_job.enqueue(run.pk)
        except IntegrityError:  # this slot was claimed already (an earlier pass, another machine)
            continue
        logger.info("scheduled job %s for %s enqueued", job.name, slot.isoformat())
        enqueued.append(run)
    return enqueued


def scheduled_run_execute(*, run_id: int) -> str:
    """Run one claimed job (the worker's task) and keep its output and outcome."""
    with transaction.atomic():
        run = ScheduledRun.objects.select_for_update(skip_locked=True).filter(
            pk=run_id, status=ScheduledRun.Status.QUEUED
        ).first()
        if run is None:
            return "skipped"
        run.status = ScheduledRun.Status.RUNNING
        run.started_at = timezone.now()
        run.save(update_fields=["status", "started_at"])
    job = JOBS_BY_NAME[run.job]
    out = io.StringIO()
    try:
        call_command(job.command, *job.args, stdout=out, stderr=out)
    except Exception as exc:
        logger.exception("scheduled job %s failed", job.name)
        run.status, output = ScheduledRun.Status.FAILED, f"{out.getvalue()}\n{type(exc).__name__}: {exc}"
    else:
        run.status, output = ScheduledRun.Status.DONE, out.getvalue()
    run.output = output[-20000:]
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "output", "finished_at"])
    logger.info("scheduled job %s %s", job.name, run.status)
    return run.status
