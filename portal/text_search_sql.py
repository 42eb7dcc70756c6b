"""SQL that sets up the portal's accent-insensitive text search.

Run by the migrations of every app that searches (legislation 0006, contacts 0002, content 0004,
workspaces 0003), so each app's migrations stand alone; it is idempotent. Migrations import
this module: change it only by adding, never by altering what it already creates.

`portal_english`, `portal_spanish`, `portal_portuguese`, `portal_french` are copies of
PostgreSQL's configurations whose words with non-ASCII letters go through `unaccent` before the
stemmer (so "ilícito" and "ilicito" give the same lexeme); `portal_simple` is 'simple' through
`unaccent`. Words made only of ASCII letters need no unaccenting.

The Snowball stemmers know suffixes with their accents ("información" → `inform`, but
"informacion" → `informacion`), so unaccenting first alone would part "información" from
"informaciones". Hence two functions:
- `portal_tsvector(config, text)`: the text in the unaccenting configuration *and* stemmed with
  its accents then unaccented, merged at the same word positions (phrases still work);
- `portal_web_query(config, text)`: a web-search query read in every language's configuration
  both ways and in 'simple', duplicates dropped, OR-ed; the given configuration is read first.
  IMMUTABLE with text arguments, so PostgreSQL computes it once per statement, at planning.
"""

CREATE = r"""
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
DO $$
DECLARE
  item text[];
BEGIN
  FOREACH item SLICE 1 IN ARRAY ARRAY[
      ['portal_english', 'english', 'english_stem'], ['portal_spanish', 'spanish', 'spanish_stem'],
      ['portal_portuguese', 'portuguese', 'portuguese_stem'], ['portal_french', 'french', 'french_stem'],
      ['portal_simple', 'simple', 'simple']]
  LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = item[1]) THEN
      EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = %I)', item[1], item[2]);
      EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR word, hword, hword_part '
                     'WITH unaccent, %I', item[1], item[3]);
    END IF;
  END LOOP;
END $$;

-- PostgreSQL's own configuration behind a portal one (it stems words with their accents).
CREATE OR REPLACE FUNCTION portal_base_config(cfg regconfig) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE cfg
    WHEN 'portal_english'::regconfig THEN 'english'::regconfig
    WHEN 'portal_spanish'::regconfig THEN 'spanish'::regconfig
    WHEN 'portal_portuguese'::regconfig THEN 'portuguese'::regconfig
    WHEN 'portal_french'::regconfig THEN 'french'::regconfig
    ELSE NULL END
$$;

-- A tsvector's lexemes and positions as tsvector input text, each lexeme unaccented and quoted
-- (backslash and quote escaped).
CREATE OR REPLACE FUNCTION portal_unaccented_lexemes(vector tsvector) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(
           chr(39) || replace(replace(unaccent(u.lexeme), chr(92), chr(92) || chr(92)), chr(39), chr(92) || chr(39))
           || chr(39) || coalesce(':' || array_to_string(u.positions, ','), ''), ' '), '')
    FROM unnest(vector) AS u
$$;

CREATE OR REPLACE FUNCTION portal_tsvector(cfg regconfig, body text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  base regconfig := portal_base_config(cfg);
  unaccented_first tsvector := to_tsvector(cfg, coalesce(body, ''));
BEGIN
  IF base IS NULL OR body IS NULL OR body = '' THEN
    RETURN unaccented_first;
  END IF;
  -- The same word positions in both readings: the tsvector input merges each lexeme's positions.
  RETURN (portal_unaccented_lexemes(unaccented_first) || ' '
          || portal_unaccented_lexemes(to_tsvector(base, body)))::tsvector;
END $$;

CREATE OR REPLACE FUNCTION portal_web_query(first text, body text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  cfg regconfig;
  base regconfig;
  part tsquery;
  result tsquery;
  seen text[] := '{}';
BEGIN
  FOREACH cfg IN ARRAY ARRAY[first::regconfig, 'portal_english'::regconfig, 'portal_spanish'::regconfig,
                             'portal_portuguese'::regconfig, 'portal_french'::regconfig,
                             'portal_simple'::regconfig] LOOP
    base := portal_base_config(cfg);
    FOR reading IN 1..2 LOOP
      IF reading = 1 THEN
        part := websearch_to_tsquery(cfg, body);
      ELSIF base IS NULL THEN
        CONTINUE;
      ELSE
        BEGIN
          part := unaccent(websearch_to_tsquery(base, body)::text)::tsquery;
        EXCEPTION WHEN others THEN
          CONTINUE;  -- an unaccented lexeme the tsquery syntax refuses: the first reading stands
        END;
      END IF;
      IF numnode(part) > 0 AND NOT (part::text = ANY (seen)) THEN
        seen := seen || part::text;
        result := CASE WHEN result IS NULL THEN part ELSE result || part END;
      END IF;
    END LOOP;
  END LOOP;
  RETURN coalesce(result, ''::tsquery);
END $$;
"""

# Reverse of CREATE: nothing. Another app's vectors may still use these, and the extensions may
# serve other code; dropping them is a deliberate act, not a migration's.
NOOP = ""
