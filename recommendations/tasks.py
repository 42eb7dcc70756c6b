"""Background tasks (Django's tasks framework, as in workspaces/tasks.py)."""

from django.tasks import task


@task
def email_questionnaire(questionnaire_id: int, country: str, days_before: int) -> int:
    """Email a questionnaire (days_before 0) or a reminder to one state's focal points."""
    from recommendations.emails import questionnaire_email

    return questionnaire_email(questionnaire_id=questionnaire_id, country=country, days_before=days_before)
