"""Database triggers that keep the derived columns of laws and provisions current.

Whatever writes the rows (admin, `import_laws`, `seed_demo`, bulk_create in a benchmark, raw SQL):
- `legislation_provision.search_vector`: number (A), heading (B) and text (D), each in the
  text-search configuration of the law's language *and* in 'simple', so a reader searching in
  another language still finds the exact words;
- `legislation_law.search_vector`: title (A), English title (A, english), number (A), summary (B),
  provision headings (C) and texts (D), for matching (GIN index);
- `legislation_law.rank_vector`: the same without the provision texts, kept inside the row
  (STORAGE MAIN), for ranking: a title match ranks above a body match, and ranking thousands of
  matches never reads the large vectors;
- `legislation_law.aspects`: the aspects of the law's provisions (facet and filter);
- `legislation_lawcoverage`: provisions per law × Convention article (matrix, profiles, facets).

Row triggers compute the vectors; statement triggers with transition tables refresh the laws a
statement touched once per statement, so a bulk insert of provisions costs one refresh.
"""

from django.db import migrations

FORWARD = r"""
CREATE OR REPLACE FUNCTION legislation_ts_config(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE lang
    WHEN 'es' THEN 'spanish'::regconfig
    WHEN 'en' THEN 'english'::regconfig
    WHEN 'pt' THEN 'portuguese'::regconfig
    WHEN 'fr' THEN 'french'::regconfig
    ELSE 'simple'::regconfig END
$$;

-- A text in its language's configuration and in 'simple', with one weight.
CREATE OR REPLACE FUNCTION legislation_weighted(cfg regconfig, body text, w "char") RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(cfg, coalesce(body, '')), w)
      || setweight(to_tsvector('simple'::regconfig, coalesce(body, '')), w)
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
    || legislation_weighted('english'::regconfig, NEW.title_en, 'A')
    || setweight(to_tsvector('simple'::regconfig, coalesce(NEW.number, '')), 'A')
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
       setweight(to_tsvector('simple'::regconfig, coalesce(NEW.number, '')), 'A')
    || legislation_weighted(coalesce(cfg, 'simple'::regconfig), NEW.heading, 'B')
    || legislation_weighted(coalesce(cfg, 'simple'::regconfig), NEW.text, 'D');
  RETURN NEW;
END $$;

-- Recompute the derived columns of some laws (their search vector through the law trigger).
CREATE OR REPLACE FUNCTION legislation_refresh_laws(law_ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF law_ids IS NULL OR cardinality(law_ids) = 0 THEN
    RETURN;
  END IF;
  UPDATE legislation_law l
     SET aspects = coalesce(
           (SELECT array_agg(DISTINCT p.aspect ORDER BY p.aspect)
              FROM legislation_provision p WHERE p.law_id = l.id), '{}')
   WHERE l.id = ANY(law_ids);
  DELETE FROM legislation_lawcoverage WHERE law_id = ANY(law_ids);
  INSERT INTO legislation_lawcoverage (law_id, article_id, provisions)
    SELECT p.law_id, pa.conventionarticle_id, count(*)
      FROM legislation_provision p
      JOIN legislation_provision_articles pa ON pa.provision_id = p.id
     WHERE p.law_id = ANY(law_ids)
     GROUP BY p.law_id, pa.conventionarticle_id;
END $$;

CREATE OR REPLACE FUNCTION legislation_provisions_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM legislation_refresh_laws(ARRAY(SELECT DISTINCT law_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM legislation_refresh_laws(ARRAY(SELECT DISTINCT law_id FROM old_rows));
  ELSE
    PERFORM legislation_refresh_laws(ARRAY(
      SELECT law_id FROM new_rows UNION SELECT law_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION legislation_provision_articles_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM legislation_refresh_laws(ARRAY(
      SELECT DISTINCT p.law_id FROM new_rows n JOIN legislation_provision p ON p.id = n.provision_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM legislation_refresh_laws(ARRAY(
      SELECT DISTINCT p.law_id FROM old_rows o JOIN legislation_provision p ON p.id = o.provision_id));
  ELSE
    PERFORM legislation_refresh_laws(ARRAY(
      SELECT p.law_id FROM new_rows n JOIN legislation_provision p ON p.id = n.provision_id
      UNION
      SELECT p.law_id FROM old_rows o JOIN legislation_provision p ON p.id = o.provision_id));
  END IF;
  RETURN NULL;
END $$;

-- A law whose language changes needs its provisions re-indexed in the new configuration.
CREATE OR REPLACE FUNCTION legislation_law_language_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE legislation_provision SET search_vector = NULL WHERE law_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER legislation_law_vector BEFORE INSERT OR UPDATE ON legislation_law
  FOR EACH ROW EXECUTE FUNCTION legislation_law_before_write();
CREATE TRIGGER legislation_law_language AFTER UPDATE ON legislation_law
  FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language)
  EXECUTE FUNCTION legislation_law_language_changed();

CREATE TRIGGER legislation_provision_vector BEFORE INSERT OR UPDATE ON legislation_provision
  FOR EACH ROW EXECUTE FUNCTION legislation_provision_before_write();
CREATE TRIGGER legislation_provision_inserted AFTER INSERT ON legislation_provision
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_provisions_changed();
CREATE TRIGGER legislation_provision_updated AFTER UPDATE ON legislation_provision
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION legislation_provisions_changed();
CREATE TRIGGER legislation_provision_deleted AFTER DELETE ON legislation_provision
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_provisions_changed();

CREATE TRIGGER legislation_provision_articles_inserted AFTER INSERT ON legislation_provision_articles
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_provision_articles_changed();
CREATE TRIGGER legislation_provision_articles_updated AFTER UPDATE ON legislation_provision_articles
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION legislation_provision_articles_changed();
CREATE TRIGGER legislation_provision_articles_deleted AFTER DELETE ON legislation_provision_articles
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION legislation_provision_articles_changed();

ALTER TABLE legislation_law ALTER COLUMN rank_vector SET STORAGE MAIN;

-- Existing rows (none on a new database).
UPDATE legislation_provision SET search_vector = NULL;
UPDATE legislation_law SET search_vector = NULL;
"""

BACKWARD = r"""
DROP TRIGGER IF EXISTS legislation_provision_articles_deleted ON legislation_provision_articles;
DROP TRIGGER IF EXISTS legislation_provision_articles_updated ON legislation_provision_articles;
DROP TRIGGER IF EXISTS legislation_provision_articles_inserted ON legislation_provision_articles;
DROP TRIGGER IF EXISTS legislation_provision_deleted ON legislation_provision;
DROP TRIGGER IF EXISTS legislation_provision_updated ON legislation_provision;
DROP TRIGGER IF EXISTS legislation_provision_inserted ON legislation_provision;
DROP TRIGGER IF EXISTS legislation_provision_vector ON legislation_provision;
DROP TRIGGER IF EXISTS legislation_law_language ON legislation_law;
DROP TRIGGER IF EXISTS legislation_law_vector ON legislation_law;
DROP FUNCTION IF EXISTS legislation_law_language_changed();
DROP FUNCTION IF EXISTS legislation_provision_articles_changed();
DROP FUNCTION IF EXISTS legislation_provisions_changed();
DROP FUNCTION IF EXISTS legislation_refresh_laws(bigint[]);
DROP FUNCTION IF EXISTS legislation_provision_before_write();
DROP FUNCTION IF EXISTS legislation_law_before_write();
DROP FUNCTION IF EXISTS legislation_weighted(regconfig, text, "char");
DROP FUNCTION IF EXISTS legislation_ts_config(text);
"""


class Migration(migrations.Migration):
    dependencies = [("legislation", "0002_load_convention_articles")]

    operations = [migrations.RunSQL(FORWARD, BACKWARD)]
