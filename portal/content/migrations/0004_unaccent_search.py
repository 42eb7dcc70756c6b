"""Accent-insensitive search: the `portal_<language>` text-search configurations (shared SQL,
`portal.text_search_sql`), and every stored vector recomputed in them."""

from django.db import migrations

from portal.text_search_sql import CREATE, NOOP

MODELS = ["GuidanceTopic", "Resource", "BulletinItem", "Event"]


def reindex(apps, schema_editor):
    # The current models say how a vector is built; the historical models write it.
    from portal.content import models as current

    for name in MODELS:
        expression = getattr(current, name).search_vector_expression()
        apps.get_model("content", name).objects.using(schema_editor.connection.alias).update(search_vector=expression)


class Migration(migrations.Migration):
    dependencies = [("content", "0003_contact_message")]

    operations = [
        migrations.RunSQL(CREATE, NOOP),
        migrations.RunPython(reindex, migrations.RunPython.noop),
    ]
