from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Accounts and expert access")

    def ready(self):
        from portal.accounts import signals, waiting  # noqa: F401  (signals: connects the receivers)

        waiting.register_items()
