"""What each portal role may do in the Django admin: one table, applied to the role groups on every `migrate`.

A person given a role (through `user_set_roles`, the admin's user form) gets that role's admin
permissions from the group and, for a role that works in the admin, staff status; nobody ticks
permissions by hand. `sync_role_permissions` writes the table into the groups; the accounts app
runs it after every `migrate` (`AccountsConfig.ready`), so a model added later is in the table's
apps the next time the deployment migrates.
"""

from dataclasses import dataclass

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS

from portal.accounts.models import Role

# The portal's own apps (by label: a lower app never imports the composing ones).
PORTAL_APPS = (
    "portal", "accounts", "content", "legislation", "contacts", "workspaces", "cooperation", "recommendations",
    "alerts",
)


@dataclass(frozen=True)
class AdminRights:
    """The model permissions a role holds in the admin: those of `apps`, limited to `actions`
    (None: every permission of those apps, custom ones included)."""

    apps: tuple[str, ...] = ()
    actions: tuple[str, ...] | None = None

    def permissions(self, permission_model):
        """The permission rows these rights cover (a queryset of `permission_model`)."""
        rows = permission_model.objects.filter(content_type__app_label__in=self.apps)
        if self.actions is not None:
            rows = rows.filter(codename__regex=rf"^({'|'.join(self.actions)})_")
        return rows


ROLE_ADMIN_RIGHTS = {
    # Every model of the portal's apps, the audit trail read-only (its admin), users and groups (auth).
    Role.SECRETARIAT: AdminRights(apps=(*PORTAL_APPS, "auth")),
    # Their country's laws, units, contact points and fiches: each admin limits a focal point to the
    # countries they keep current (`portal.scope.CountryScopedAdmin`). Nothing is deleted.
    Role.FOCAL_POINT: AdminRights(apps=("legislation", "contacts", "cooperation"), actions=("view", "add", "change")),
    # Experts work on the site, not in the admin.
    Role.EXPERT: AdminRights(),
}

# The roles that work in the admin: a user in one of them is staff, a user in none is not (superusers aside).
STAFF_ROLES = frozenset(role for role, rights in ROLE_ADMIN_RIGHTS.items() if rights.apps)


def is_staff_role(role_names) -> bool:
    """Whether a user with these roles works in the admin (staff status follows it)."""
    return not STAFF_ROLES.isdisjoint(role_names)


def sync_role_permissions(*, apps=global_apps, using: str = DEFAULT_DB_ALIAS) -> None:
    """Give each role's group exactly the permissions of `ROLE_ADMIN_RIGHTS` (the groups are made if
    missing). Idempotent; `apps` is a migration state's registry inside `post_migrate`."""
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role, rights in ROLE_ADMIN_RIGHTS.items():
        group, _created = group_model.objects.using(using).get_or_create(name=role)
        group.permissions.set(rights.permissions(permission_model).using(using))


def sync_after_migrate(sender, app_config, apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs) -> None:
    """`post_migrate` receiver: sync once per `migrate`, after the last app's signal, when Django has
    made the permissions of every app (it makes them app by app, on each app's signal)."""
    with_models = [config for config in global_apps.get_app_configs() if config.models_module is not None]
    if app_config.label != with_models[-1].label:
        return
    try:
        apps.get_model("auth", "Permission")
    except LookupError:  # migrated back to before auth: nothing to sync
        return
    sync_role_permissions(apps=apps, using=using)
