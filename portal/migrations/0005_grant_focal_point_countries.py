"""Existing focal points receive the guardian permission on their expert profile's country.

Until now a focal point's country was derived from their approved expert profile; the right is
now an object permission (`portal.keep_country_current`). Suspended focal points keep theirs, as
they keep their roles: the rule counts only an approved profile, so re-approval restores it.
"""

from django.db import migrations

FOCAL_POINT = "Focal point"
DECIDED = ("approved", "suspended")


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    ExpertProfile = apps.get_model("accounts", "ExpertProfile")
    CountryUserObjectPermission = apps.get_model("portal", "CountryUserObjectPermission")
    content_type, _created = ContentType.objects.get_or_create(app_label="portal", model="country")
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename="keep_country_current",
        defaults={"name": "Keep the country's records current (focal point, per country)"},
    )
    profiles = ExpertProfile.objects.filter(status__in=DECIDED, user__groups__name=FOCAL_POINT).distinct()
    CountryUserObjectPermission.objects.bulk_create(
        [CountryUserObjectPermission(user_id=profile.user_id, content_object_id=profile.country_id, permission=permission)
         for profile in profiles],
        ignore_conflicts=True,
    )


def withdraw(apps, schema_editor):
    apps.get_model("portal", "CountryUserObjectPermission").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_country_permissions"),
        ("accounts", "0003_official_email_verification"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, withdraw)]
