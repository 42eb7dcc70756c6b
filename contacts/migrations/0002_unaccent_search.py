"""Accent-insensitive search of units and points of contact: the `portal_<language>`
text-search configurations and the unaccent and pg_trgm extensions (shared SQL,
`portal.text_search_sql`). Contacts keeps no stored vector (its tables are small)."""

from django.db import migrations

from portal.text_search_sql import CREATE, NOOP


class Migration(migrations.Migration):
    dependencies = [("contacts", "0001_initial")]

    operations = [migrations.RunSQL(CREATE, NOOP)]
