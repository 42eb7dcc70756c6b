"""Staff status follows the roles from now on (portal/accounts/roles.py): existing accounts are made
consistent once. A Secretariat or Focal point member whom nobody ticked as staff could not open the
admin, and with the checkbox now read-only nothing else would fix it; a staff account in neither role
(superusers aside) would keep an admin door the roles no longer explain. Permissions given to a person
directly, not through a role, are shown nowhere on the user's page and no role explains them: they
are taken away (superusers aside). Each change is audited."""

from django.db import migrations

# The roles that work in the admin, as they were named when this migration was written.
STAFF_ROLES = ["Secretariat", "Focal point"]


def staff_follows_roles(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    AuditEvent = apps.get_model("accounts", "AuditEvent")
    in_staff_role = User.objects.filter(groups__name__in=STAFF_ROLES).values("pk")
    people = User.objects.filter(is_superuser=False)
    for is_staff, users in [
        (True, people.filter(is_staff=False, pk__in=in_staff_role)),
        (False, people.filter(is_staff=True).exclude(pk__in=in_staff_role)),
    ]:
        emails = list(users.values_list("email", flat=True))
        users.update(is_staff=is_staff)
        AuditEvent.objects.bulk_create(
            AuditEvent(action="auth.staff_follows_roles", target=email, details={"is_staff": is_staff})
            for email in emails
        )
    direct = User.user_permissions.through.objects.filter(user__is_superuser=False)
    removed: dict[str, list[str]] = {}
    for email, app_label, codename in direct.values_list(
        "user__email", "permission__content_type__app_label", "permission__codename"
    ).order_by("user__email", "permission__content_type__app_label", "permission__codename"):
        removed.setdefault(email, []).append(f"{app_label}.{codename}")
    direct.delete()
    AuditEvent.objects.bulk_create(
        AuditEvent(action="auth.direct_permissions_removed", target=email, details={"permissions": codenames})
        for email, codenames in removed.items()
    )


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_secretariat_summary")]

    operations = [migrations.RunPython(staff_follows_roles, migrations.RunPython.noop)]
