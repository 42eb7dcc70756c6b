"""The data stamp, and the storage of the laws' small columns.

- `legislation_datastamp`: one row whose version, drawn from a sequence, statement triggers
  renew whenever laws, provisions or their articles are written (`legislation.models.DataStamp`).
- Laws keep their small columns (titles, number, aspects, codes) inside the row. Beside the
  ranking vector, which stays in the row by design (0003), PostgreSQL otherwise moved every
  one of them out to the TOAST table, so reading a law's aspects or title cost three more page
  reads. VACUUM FULL rewrites the rows already there (none on a new database); it cannot run in
  a transaction, hence `atomic = False`.
"""

from django.db import migrations, models

STAMP = r"""
CREATE SEQUENCE legislation_datastamp_version;
INSERT INTO legislation_datastamp (id, version) VALUES (1, nextval('legislation_datastamp_version'));

CREATE OR REPLACE FUNCTION legislation_touch_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- An upsert: the row comes back even after a flush of the table (test runs do that).
  INSERT INTO legislation_datastamp (id, version) VALUES (1, nextval('legislation_datastamp_version'))
  ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;
  RETURN NULL;
END $$;

-- BEFORE each statement: a writing transaction takes the stamp row's lock before it locks any
-- law or provision, so two writers queue on the stamp instead of deadlocking on each other's
-- rows (an AFTER trigger would take it while already holding the statement's rows).
CREATE TRIGGER legislation_law_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON legislation_law
  FOR EACH STATEMENT EXECUTE FUNCTION legislation_touch_stamp();
CREATE TRIGGER legislation_provision_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON legislation_provision
  FOR EACH STATEMENT EXECUTE FUNCTION legislation_touch_stamp();
CREATE TRIGGER legislation_provision_articles_stamp BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON legislation_provision_articles FOR EACH STATEMENT EXECUTE FUNCTION legislation_touch_stamp();
"""

UNSTAMP = r"""
DROP TRIGGER IF EXISTS legislation_provision_articles_stamp ON legislation_provision_articles;
DROP TRIGGER IF EXISTS legislation_provision_stamp ON legislation_provision;
DROP TRIGGER IF EXISTS legislation_law_stamp ON legislation_law;
DROP FUNCTION IF EXISTS legislation_touch_stamp();
DELETE FROM legislation_datastamp;
DROP SEQUENCE IF EXISTS legislation_datastamp_version;
"""

SMALL_COLUMNS = ["title", "title_en", "language", "kind", "number", "status", "summary", "source_url", "full_text",
                 "aspects", "country_id"]
STORAGE_MAIN = "ALTER TABLE legislation_law " + ", ".join(f"ALTER COLUMN {c} SET STORAGE MAIN" for c in SMALL_COLUMNS)
STORAGE_EXTENDED = "ALTER TABLE legislation_law " + ", ".join(
    f"ALTER COLUMN {c} SET STORAGE EXTENDED" for c in SMALL_COLUMNS
)


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("legislation", "0003_search_triggers"),
    ]

    operations = [
        migrations.CreateModel(
            name="DataStamp",
            fields=[
                ("id", models.PositiveSmallIntegerField(default=1, primary_key=True, serialize=False)),
                ("version", models.BigIntegerField(default=0)),
            ],
            options={
                "verbose_name": "legislation data stamp",
                "constraints": [models.CheckConstraint(condition=models.Q(("id", 1)), name="datastamp_single_row")],
            },
        ),
        migrations.RunSQL(STAMP, UNSTAMP),
        migrations.RunSQL(STORAGE_MAIN, STORAGE_EXTENDED),
        migrations.RunSQL("VACUUM FULL legislation_law", migrations.RunSQL.noop),
    ]
