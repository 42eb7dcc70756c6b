"""Accent-insensitive search vectors, and the vocabulary of "Did you mean …?".

- The text-search configurations `portal_<language>` and `portal_simple` (unaccent, then the
  language's stemmer; `portal.text_search_sql`).
- The trigger functions of 0003 index each text in its law's language configuration with
  `portal_tsvector` (unaccented then stemmed, and stemmed then unaccented; the English title in
  `portal_english`, numbers in `portal_simple`). The extra 'simple' copy of every text is gone:
  a query is now read in all four languages and 'simple' (`portal.search.web_query`), so the
  record's own configuration always has its reading in the query (docs/decisions.md).
- `legislation_searchword`: every word (three letters or more, lower case) of the laws' titles
  and summaries and the provisions' headings and texts, kept by statement triggers on insert
  and update; `plain` is the word without accents, trigram-indexed (pg_trgm) for suggestions.
  Words of deleted texts stay (docs/decisions.md says how to rebuild the table).
- Every existing vector is recomputed (the triggers do it when a row is written).
"""

import django.contrib.postgres.indexes
from django.db import migrations, models

from portal.text_search_sql import CREATE, NOOP


def functions(config: str, simple: str, english: str, with_simple_copy: bool) -> str:
    """The 0003 functions with the given configurations: this migration's (through
    `portal_tsvector`, no 'simple' copy), or 0003's own (to reverse)."""
    names = {"es": config.format("spanish"), "en": config.format("english"), "pt": config.format("portuguese"),
             "fr": config.format("french")}
    vector = "to_tsvector" if with_simple_copy else "portal_tsvector"
    copy = f"\n      || setweight(to_tsvector('{simple}'::regconfig, coalesce(body, '')), w)" if with_simple_copy else ""
    return f"""
CREATE OR REPLACE FUNCTION legislation_ts_config(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang
    WHEN 'es' THEN '{names["es"]}'::regconfig
    WHEN 'en' THEN '{names["en"]}'::regconfig
    WHEN 'pt' THEN '{names["pt"]}'::regconfig
    WHEN 'fr' THEN '{names["fr"]}'::regconfig
    ELSE '{simple}'::regconfig END
$$;

CREATE OR REPLACE FUNCTION legislation_weighted(cfg regconfig, body text, w "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight({vector}(cfg, coalesce(body, '')), w){copy}
$$;

CREATE OR REPLACE FUNCTION legislation_law_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := legislation_ts_config(NEW.language);
  headings text;
  texts text;
BEGIN
  SELECT string_agg(p.heading, ' ' ORDER BY p.position, p.id),
         string_agg(p.text, ' ' ORDER BY p.position, p.id)
    INTO headings, texts
    FROM legislation_provision p WHERE p.law_id = NEW.id;
  NEW.rank_vector :=
       legislation_weighted(cfg, NEW.title, 'A')
    || legislation_weighted('{english}'::regconfig, NEW.title_en, 'A')
    || setweight(to_tsvector('{simple}'::regconfig, coalesce(NEW.number, '')), 'A')
    || legislation_weighted(cfg, NEW.summary, 'B')
    || legislation_weighted(cfg, headings, 'C');
  NEW.search_vector := NEW.rank_vector || legislation_weighted(cfg, texts, 'D');
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION legislation_provision_before_write() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig;
BEGIN
  SELECT legislation_ts_config(l.language) INTO cfg FROM legislation_law l WHERE l.id = NEW.law_id;
  NEW.search_vector :=
       setweight(to_tsvector('{simple}'::regconfig, coalesce(NEW.number, '')), 'A')
    || legislation_weighted(coalesce(cfg, '{simple}'::regconfig), NEW.heading, 'B')
    || legislation_weighted(coalesce(cfg, '{simple}'::regconfig), NEW.text, 'D');
  RETURN NEW;
END $$;
"""  # noqa: S608  # nosec B608 - this module's constants, no input


VOCABULARY = r"""
-- The words of a text as a reader types them: letters only (no numbers, addresses or
-- punctuation), three or more, lower case, accents kept.
CREATE OR REPLACE FUNCTION legislation_words(body text) RETURNS SETOF text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT DISTINCT lower(t.token) FROM ts_parse('default', coalesce(body, '')) AS t
   WHERE t.tokid IN (1, 2, 7, 8) AND char_length(t.token) BETWEEN 3 AND 40
$$;

CREATE OR REPLACE FUNCTION legislation_provision_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO legislation_searchword (word, plain)
    SELECT w, unaccent(w) FROM (
      SELECT DISTINCT legislation_words(concat_ws(' ', n.heading, n.text)) AS w FROM new_rows n) words
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION legislation_law_words() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO legislation_searchword (word, plain)
    SELECT w, unaccent(w) FROM (
      SELECT DISTINCT legislation_words(concat_ws(' ', n.title, n.title_en, n.summary)) AS w FROM new_rows n) words
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER legislation_provision_words_inserted AFTER INSERT ON legislation_provision
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_provision_words();
CREATE TRIGGER legislation_provision_words_updated AFTER UPDATE ON legislation_provision
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_provision_words();
CREATE TRIGGER legislation_law_words_inserted AFTER INSERT ON legislation_law
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_law_words();
CREATE TRIGGER legislation_law_words_updated AFTER UPDATE ON legislation_law
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_law_words();

-- Country names in the four languages are words people type too.
INSERT INTO legislation_searchword (word, plain)
  SELECT w, unaccent(w) FROM (
    SELECT DISTINCT legislation_words(concat_ws(' ', name_en, name_es, name_pt, name_fr)) AS w
      FROM portal_country) words
ON CONFLICT DO NOTHING;
"""

NO_VOCABULARY = r"""
DROP TRIGGER IF EXISTS legislation_law_words_updated ON legislation_law;
DROP TRIGGER IF EXISTS legislation_law_words_inserted ON legislation_law;
DROP TRIGGER IF EXISTS legislation_provision_words_updated ON legislation_provision;
DROP TRIGGER IF EXISTS legislation_provision_words_inserted ON legislation_provision;
DROP FUNCTION IF EXISTS legislation_law_words();
DROP FUNCTION IF EXISTS legislation_provision_words();
DROP FUNCTION IF EXISTS legislation_words(text);
"""

# Rewriting every row recomputes its vector (row triggers) and adds its words (statement triggers).
REINDEX = r"""
UPDATE legislation_provision SET search_vector = NULL;
UPDATE legislation_law SET search_vector = NULL;
"""

FORWARD_FUNCTIONS = functions("portal_{}", "portal_simple", "portal_english", with_simple_copy=False)
BACKWARD_FUNCTIONS = functions("{}", "simple", "english", with_simple_copy=True)


class Migration(migrations.Migration):
    dependencies = [
        ("legislation", "0005_treaty_sources"),
        ("portal", "0002_load_countries"),
    ]

    operations = [
        migrations.RunSQL(CREATE, NOOP),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.TextField(primary_key=True, serialize=False)),
                ("plain", models.TextField()),
            ],
            options={
                "indexes": [
                    models.Index(fields=["plain"], name="searchword_plain"),
                    django.contrib.postgres.indexes.GistIndex(
                        fields=["plain"], name="searchword_plain_trgm", opclasses=["gist_trgm_ops"]
                    ),
                ],
            },
        ),
        # Reversed, the vectors are recomputed after 0003's functions are back.
        migrations.RunSQL(NOOP, REINDEX),
        migrations.RunSQL(FORWARD_FUNCTIONS, BACKWARD_FUNCTIONS),
        migrations.RunSQL(VOCABULARY, NO_VOCABULARY),
        migrations.RunSQL(REINDEX, NOOP),
    ]
