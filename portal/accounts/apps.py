from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "portal.accounts"
    label = "accounts"
    verbose_name = _("Accounts and expert access")

    def ready(self):
        from portal.accounts import signals, waiting  # noqa: F401  (signals: connects the receivers)
        from portal.accounts.roles import sync_after_migrate

        waiting.register_items()
        # Every `migrate` gives the role groups their admin permissions (portal/accounts/roles.py).
        post_migrate.connect(sync_after_migrate, dispatch_uid="accounts.sync_role_permissions")
