from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("Electronic evidence")

    def ready(self):
        from cooperation.drafting import checks  # noqa: F401  (registers the deploy check)
