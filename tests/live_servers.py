"""Real portal processes for tests that need more than the test client: a database of their
own on the same PostgreSQL, gunicorn on a free loopback port, DEBUG off. The benchmark
(bench/run.py) uses the same environment, free port and `manage`."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(name: str) -> str:
    """A database called `name` on the server the tests use (DATABASE_URL, set for the embedded
    server by tests/database_plugin.py when the environment gives none); create it with
    `recreate_database`."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def recreate_database(url: str) -> None:
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(url)
    conn = psycopg2.connect(dbname="postgres", user=config["USER"], password=config["PASSWORD"] or None,
                            host=config["HOST"], port=config["PORT"])
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(config["NAME"])))
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    conn.close()


def loopback_env(database: str, secret_key: str, **settings: str) -> dict:
    """This process's environment plus what a portal with DEBUG off needs to serve plain HTTP on
    127.0.0.1 (no HTTPS redirect, no secure-only cookies, no HSTS), then `settings`. The servers of
    these tests use it, and so does the benchmark (bench/run.py)."""
    return {
        **os.environ,
        "DATABASE_URL": database,
        "DEBUG": "false",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        **settings,
    }


def production_env(database: str, workdir: Path, **extra: str) -> dict:
    env = loopback_env(
        database,
        "live-server-tests-" + "x" * 60,
        EMAIL_FILE_PATH=str(workdir / "mail"),
        STATIC_ROOT=str(workdir / "static"),
        CACHE_DIR=str(workdir / "cache"),
        PRIVATE_STORAGE_ROOT=str(workdir / "private"),
        # A fixed Fernet key for experts' request drafts (required with DEBUG off; docs/requests.md).
        REQUEST_DRAFT_KEY="pcYkLeHuA3o2Z1uAwbhszNT8u9jBFOUt3rBZ47hiVdc=",
        # Tasks (emails) run inside the request, as in every test: no worker beside these servers.
        TASKS_IMMEDIATE="true",
    )
    env.pop("REDIS_URL", None)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # a test-process setting (tests/conftest.py), not a server's
    env.update(extra)
    return env


def manage(env: dict, *args: str) -> str:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True,
                          capture_output=True, text=True).stdout


def start_gunicorn(env: dict, port: int, workers: int = 1) -> subprocess.Popen:
    process = subprocess.Popen(
        # The project's own production config (preloading, warm-up hooks), as `make serve` runs it.
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "-w", str(workers), "-b", f"127.0.0.1:{port}",
         "portal.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2).close()  # noqa: S310 - loopback
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise AssertionError(f"gunicorn did not start on port {port}")


def start_redis(workdir: Path) -> tuple[subprocess.Popen, str]:
    """A private Redis server on a free loopback port (nothing saved to disk), and its URL.

    The tests never use a Redis the machine may already run: their keys and FLUSHes stay theirs.
    Raises FileNotFoundError when `redis-server` is not installed (`make browser-deps` installs it).
    """
    binary = shutil.which("redis-server")
    if binary is None:
        raise FileNotFoundError("redis-server")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(workdir)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"PING\r\n")
                if sock.recv(16).startswith(b"+PONG"):
                    return process, f"redis://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise AssertionError(f"redis-server did not start on port {port}")


# The least a production configuration needs for `manage.py check --deploy` (no SITE_URL: tests add it).
PRODUCTION_CHECK_ENV = {
    "DEBUG": "false",
    "SECRET_KEY": "x" * 30 + "-production-secret-key-for-the-check-0123456789",
    "ALLOWED_HOSTS": "portal.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://portal.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def check_deploy(*args: str, **env: str) -> subprocess.CompletedProcess:
    """`manage.py check --deploy [args]` in a process of its own with production settings plus `env`."""
    environment = {**os.environ, **PRODUCTION_CHECK_ENV, **env}
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the test process only (tests/conftest.py)
    if "SITE_URL" not in env:
        environment.pop("SITE_URL", None)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", *args],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )
