"""Background tasks of the public content (run by the worker, `manage.py db_worker`)."""

from django.tasks import task


@task
def send_bulletin_batch(issue_id: int, delivery_ids: list[int]) -> dict:
    """Queue the emails of one batch of an issue's deliveries (each address once; resumable)."""
    from portal.content.services import bulletin_send_batch

    return bulletin_send_batch(issue_id=issue_id, delivery_ids=delivery_ids)
