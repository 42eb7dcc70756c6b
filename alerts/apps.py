from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """Alerts for anyone who follows a subject: a composing app (it reads legislation, contacts,
    cooperation and content; nothing imports it, only the root URLs name it)."""

    name = "alerts"
    verbose_name = _("Alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from alerts import signals

        signals.connect()
