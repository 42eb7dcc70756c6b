"""The test databases are copies of one migrated template database (tests/conftest.py).

Running every migration costs about 13 seconds of CPU, once per xdist worker. Instead the first
session to need it migrates a template database, `test_template_<fingerprint>`, and each test
database is created from it (PostgreSQL's `CREATE DATABASE ... TEMPLATE`, which Django does when
`DATABASES[...]["TEST"]["TEMPLATE"]` is set), a small fraction of that cost. Django still runs
`migrate` on the copy, which finds nothing to apply, and its post-migrate steps.

The template is kept between runs. Its name carries a fingerprint of everything that decides the
schema and the rows migrations write: Django's version, the source of every migration of every
installed app, the project modules those migrations import and the data files they read
(the `data/` folders of the project's packages). Change any of them and the name changes, so a new template is built and the old
ones are dropped: tests never run against a stale schema. `--create-db` builds it again anyway.
A session-level advisory lock lets two workers (or two sessions) start together: one builds,
the other waits, then both copy.
"""

import ast
import contextlib
import hashlib
import importlib
import os
import sys
import uuid
from pathlib import Path

import django
from django.db import DatabaseError

PROJECT = Path(__file__).resolve().parents[1]
# The project's own packages (portal, legislation, contacts, ...): what a migration imports from them counts.
PACKAGES = frozenset(path.parent.name for path in PROJECT.glob("*/__init__.py"))
PREFIX = "test_template_"
LOCK = 7_140_021  # pg_advisory_lock key: any number no other code of the project uses


def _project_files_imported_by(path: Path) -> set[Path]:
    """The project's source files that a migration imports (at the top or inside a function)."""
    files = set()
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [f"{node.module}.{alias.name}" for alias in node.names] + [node.module]
        else:
            continue
        for name in names:
            if name.split(".")[0] not in PACKAGES:
                continue
            module = sys.modules.get(name)
            if module is None:
                try:
                    module = importlib.import_module(name)
                except ImportError:  # `from portal.x import function`: the module is portal.x
                    continue
            if getattr(module, "__file__", None):
                files.add(Path(module.__file__))
    return files


def data_files() -> set[Path]:
    """Files data migrations read: everything in a `data/` folder of the project's packages (the
    member states in portal/data, the REMJA texts in recommendations/data, ...)."""
    return {
        path for package in PACKAGES for folder in (PROJECT / package).rglob("data")
        if folder.is_dir() for path in folder.rglob("*") if path.is_file()
    }


def fingerprinted_files() -> set[Path]:
    """Every migration of every installed app, the project modules they import, the data files."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    migrations = {Path(sys.modules[migration.__module__].__file__) for migration in loader.disk_migrations.values()}
    imported = set().union(*(_project_files_imported_by(path) for path in migrations if PROJECT in path.parents))
    return migrations | imported | data_files()


def fingerprint() -> str:
    digest = hashlib.sha256(django.get_version().encode())
    for path in sorted(fingerprinted_files()):
        digest.update(str(path.relative_to(PROJECT) if PROJECT in path.parents else path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def use_template(rebuild: bool = False, alias: str = "default") -> None:
    """Make sure the template for the current migrations exists (`rebuild`: pytest's
    --create-db, a new one once per test run), and have Django create this session's test
    database from it."""
    from django.db import connections

    # The xdist workers of one run share its id; without xdist the session is the run.
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or uuid.uuid4().hex
    connection = connections[alias]
    template = PREFIX + fingerprint()
    with connection._nodb_cursor() as cursor:
        cursor.execute("SELECT pg_advisory_lock(%s)", [LOCK])
        try:
            cursor.execute(
                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [template]
            )
            built = cursor.fetchone()
            if built is None or (rebuild and built[0] != run):
                _build(connection, template, run)
                _drop_other_templates(cursor, template)
        finally:
            cursor.execute("SELECT pg_advisory_unlock(%s)", [LOCK])
    connection.settings_dict["TEST"]["TEMPLATE"] = template


def _build(connection, template: str, run: str) -> None:
    """Migrate a database exactly as Django creates a test database, under a temporary name;
    it replaces the template only when complete (an interrupted build leaves none behind)."""
    from django.conf import settings

    building = template + "_building"
    settings_dict = connection.settings_dict
    saved = settings_dict["NAME"], dict(settings_dict["TEST"])
    settings_dict["TEST"] = {**settings_dict["TEST"], "NAME": building, "TEMPLATE": None}
    try:
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    finally:
        connection.close()
        settings_dict["NAME"], settings_dict["TEST"] = saved
        settings.DATABASES[connection.alias]["NAME"] = saved[0]
    quote = connection.ops.quote_name
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(template)}")
        cursor.execute(f"ALTER DATABASE {quote(building)} RENAME TO {quote(template)}")
        cursor.execute(f"COMMENT ON DATABASE {quote(template)} IS %s", [run])  # which run built it


def _drop_other_templates(cursor, keep: str) -> None:
    cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s AND datname <> %s", [PREFIX + "%", keep])
    for (name,) in cursor.fetchall():
        with contextlib.suppress(DatabaseError):  # in use by another session: the next build drops it
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
