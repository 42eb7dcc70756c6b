"""The portal's own background tasks (run by `manage.py db_worker`; see docs/decisions.md)."""

from django.tasks import task


@task
def deliver_email(email_id: int) -> str:
    """Send one queued email; a failure is retried later with a growing delay (portal/emails.py)."""
    from portal.emails import email_deliver

    return email_deliver(email_id=email_id)


@task
def run_scheduled_job(run_id: int) -> str:
    """Run one slot of a scheduled job (portal/schedule.py)."""
    from portal.schedule import scheduled_run_execute

    return scheduled_run_execute(run_id=run_id)
