"""Accent-insensitive workspace search: the `portal_<language>` text-search configurations
(shared SQL, `portal.text_search_sql`). Workspace search builds its vectors per request."""

from django.db import migrations

from portal.text_search_sql import CREATE, NOOP


class Migration(migrations.Migration):
    dependencies = [("workspaces", "0002_good_practice_review")]

    operations = [migrations.RunSQL(CREATE, NOOP)]
