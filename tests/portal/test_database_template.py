"""The test databases' template (tests/database_template.py) is rebuilt whenever what decides the
schema or the rows migrations write changes: its fingerprint must read all of it."""

from tests.database_template import PROJECT, fingerprinted_files


def test_the_fingerprint_reads_every_migration_and_what_migrations_read():
    files = {str(path.relative_to(PROJECT)) for path in fingerprinted_files() if PROJECT in path.parents}
    assert {
        "portal/migrations/0002_load_countries.py",  # reads the member states' file
        "portal/data/oas_member_states.csv",
        "portal/content/migrations/0004_unaccent_search.py",  # imports the search configurations' SQL
        "portal/text_search_sql.py",
        "portal/content/models.py",  # imported inside that migration's function
        "portal/accounts/migrations/0001_initial.py",
        "recommendations/migrations/0002_seed_remja.py",  # seeds the REMJA texts through seed.py
        "recommendations/seed.py",
        "recommendations/data/remja-vii.json",
    } <= files
    assert any(path.name == "0001_initial.py" and "allauth" in path.parts for path in fingerprinted_files())
