"""`manage.py check --deploy`: request drafts need their encryption key in production."""

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def request_draft_key_check(app_configs, **kwargs):
    key = getattr(settings, "REQUEST_DRAFT_KEY", "")
    try:
        Fernet(key)
        return []
    except (ValueError, TypeError):
        pass
    return [Error(
        "REQUEST_DRAFT_KEY is unset or not a Fernet key: experts' request drafts cannot be encrypted.",
        hint='Set REQUEST_DRAFT_KEY to the output of python -c "from cryptography.fernet import Fernet; '
             'print(Fernet.generate_key().decode())" (docs/requests.md).',
        id="cooperation.E001",
    )]
