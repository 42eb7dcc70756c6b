from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspacesConfig(AppConfig):
    name = "workspaces"
    verbose_name = _("Workspaces")

    def ready(self):
        from portal.content.signals import good_practice_published
        from workspaces import waiting

        waiting.register_items()

        good_practice_published.connect(_copy_published, dispatch_uid="workspaces.good_practice_published")


def _copy_published(sender, *, resource, by, **kwargs):
    from workspaces.services import good_practice_mark_published

    good_practice_mark_published(resource=resource, by=by)
