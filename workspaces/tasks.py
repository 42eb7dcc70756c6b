"""Background tasks (Django's tasks framework): queued in PostgreSQL by django-tasks-db and run
by the worker (`manage.py db_worker`, started by `make run` and `make serve`); the tests run
them at once (ImmediateBackend). Arguments are ids and plain data, stored as JSON."""

from django.tasks import task


@task
def notify_activity(activity_id: int) -> int:
    """Email a new item to the members who chose immediate notifications."""
    from workspaces.notifications import activity_notify_immediately

    return activity_notify_immediately(activity_id=activity_id)
