"""Background tasks (Django's tasks framework; the ImmediateBackend runs them at once in
development and tests, a worker backend in production)."""

from django.tasks import task


@task
def notify_activity(activity_id: int) -> int:
    """Email a new item to the members who chose immediate notifications."""
    from workspaces.services import activity_notify_immediately

    return activity_notify_immediately(activity_id=activity_id)
