"""Load benchmark of the portal's production server on this machine; writes docs/benchmarks.md.

    .venv/bin/python bench/run.py [--duration 10] [--connections 16] [--skip-generate]

1. a database of its own (`portal_bench` on the embedded PostgreSQL, or BENCH_DATABASE_URL),
   migrated and filled by bench/generate.py (5,000 laws, 100,000 provisions, 35 × 20 contact
   points, 1,000 threads, 100,000 searchable records, an evidence fiche per state × measure);
2. gunicorn with DEBUG off on 127.0.0.1 (3 sync workers, the portal's gunicorn.conf.py),
   Redis as cache when it answers on 127.0.0.1:6379;
3. wrk against each page for a bounded time, beside `/ping` (a plain view returning a fixed
   string, on the same server) as the baseline;
4. server-side latencies from the access log (the search, matrix and channel-finder targets are
   measured there, each with unique query strings);
5. memory growth of a worker while it streams a 200 MB workspace document.
Every loop is bounded in time; traffic goes only to 127.0.0.1.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
sys.path.insert(0, str(ROOT))

# The test suite's real servers (tests/live_servers.py) are started the same way: one environment
# for DEBUG off on 127.0.0.1, a free port, manage.py in a process of its own.
from tests.live_servers import free_port, loopback_env, manage  # noqa: E402


def redis_answers() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    print("wrk is missing; installing Debian's package", flush=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, capture_output=True)
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, capture_output=True)
    return shutil.which("wrk")


def bench_environment(database_url: str, access_log: Path) -> dict:
    env = loopback_env(
        database_url,
        "bench-only-" + "s" * 60,
        EMAIL_HOST="localhost",
        CONN_MAX_AGE="600",
        CACHE_DIR=str(Path(tempfile.gettempdir()) / "portal-bench-cache"),
    )
    if redis_answers():
        env["REDIS_URL"] = "redis://127.0.0.1:6379/7"
        env["CACHE_KEY_PREFIX"] = "bench"
    return env


def start_server(env: dict, port: int, access_log: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [PY, "-m", "gunicorn", "-c", "gunicorn.conf.py", "-w", "3", "-b", f"127.0.0.1:{port}",
         "--access-logfile", str(access_log), "portal.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):  # noqa: S310 - loopback
                return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise SystemExit("gunicorn did not start")


LATENCY = re.compile(r"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(wrk: str, url: str, duration: int, connections: int, cookie: str | None = None) -> dict:
    command = [wrk, "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, check=True, capture_output=True, text=True, timeout=duration + 30).stdout
    latencies = {pct: _ms(value, unit) for pct, value, unit in LATENCY.findall(output)}
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    errors = (int(non_2xx.group(1)) if non_2xx else 0) + (sum(map(int, socket_errors.groups())) if socket_errors else 0)
    return {"rps": rps, "p50": latencies.get("50"), "p99": latencies.get("99"), "errors": errors, "requests": requests}


def server_side_percentiles(access_log: Path, path: str, since_line: int) -> dict:
    durations = []
    for line in access_log.read_text().splitlines()[since_line:]:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("path") == path:
            durations.append(float(entry["duration_ms"]))
    if len(durations) < 20:
        return {}
    quantiles = statistics.quantiles(durations, n=100)
    return {"count": len(durations), "p50": quantiles[49], "p95": quantiles[94], "p99": quantiles[98]}


def machine_speed_ms() -> float:
    """A fixed pure-Python loop: how fast this (shared, virtual) machine is right now. Its speed
    was seen to vary twofold within one hour; every figure of a run scales with it."""
    start = time.perf_counter()
    total = 0
    for i in range(3_000_000):
        total += i % 7
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page (default 10)")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--skip-generate", action="store_true", help="reuse the data already generated")
    parser.add_argument("--output", default=str(ROOT / "docs" / "benchmarks.md"))
    args = parser.parse_args()

    from portal.infra import embedded_db

    database_url = os.environ.get("BENCH_DATABASE_URL") or embedded_db.database_url("portal_bench")
    workdir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    access_log = workdir / "access.log"
    env = bench_environment(database_url, access_log)
    wrk = ensure_wrk()

    print("migrating", flush=True)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    if not args.skip_generate:
        print("generating data (a few minutes)", flush=True)
        subprocess.run([PY, "bench/generate.py"], cwd=ROOT, env=env, check=True)
    targets = json.loads(subprocess.run(
        [PY, "bench/generate.py", "--targets"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout)

    speed_before = machine_speed_ms()
    port = free_port()
    server = start_server(env, port, access_log)
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        baseline = run_wrk(wrk, base + "/ping", args.duration, args.connections)
        results.append(("plain view (`/ping`)", "/ping", baseline, None))
        for label, path, cookie in targets["pages"]:
            # One warm-up second so every worker has its connection and caches.
            run_wrk(wrk, base + path, 1, args.connections, cookie)
            outcome = run_wrk(wrk, base + path, args.duration, args.connections, cookie)
            results.append((label, path, outcome, cookie is not None))
            print(f"{label}: {outcome['rps']:.0f} req/s p99 {outcome['p99']} ms errors {outcome['errors']}", flush=True)
        # Uncached search and matrix, as the server measures them (each query string unique).
        server_side = {}
        for label, page_path, paths in targets["server_side"]:
            time.sleep(1)  # let gunicorn flush the access log
            since = len(access_log.read_text().splitlines())
            for path in paths:
                with urllib.request.urlopen(base + path, timeout=30) as response:  # noqa: S310 - loopback
                    response.read()
            time.sleep(1)
            server_side[label] = server_side_percentiles(access_log, page_path, since)
        memory = subprocess.run(
            [PY, "bench/download_memory.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
        )
        if memory.returncode == 0:
            download = json.loads(memory.stdout.strip().splitlines()[-1])
        else:
            download = {"error": memory.stderr[-500:]}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(30)

    speed = (speed_before, machine_speed_ms())
    write_report(Path(args.output), results, baseline, server_side, download, args, targets, "REDIS_URL" in env, speed)
    print(f"wrote {args.output}")


def write_report(path, results, baseline, server_side, download, args, targets, redis, speed) -> None:
    lines = [
        "# Benchmarks",
        "",
        "Measured by `bench/run.py` on this machine (2 cores, 24 GiB), wrk and the server on the same "
        f"cores: gunicorn with 3 sync workers, DEBUG off, {'Redis' if redis else 'file'} cache, "
        f"{args.connections} connections, {args.duration} s per page after a 1 s warm-up. "
        f"Data: {targets['counts']}.",
        "",
        f"Machine speed during the run (`machine_speed_ms()`, a fixed pure-Python loop; lower is "
        f"faster): {speed[0]:.0f} ms before, {speed[1]:.0f} ms after.",
        "",
        "Targets: no errors; every public page at least half the plain view's throughput; "
        "99th percentile under 250 ms.",
        "",
        "| page | path | req/s | ratio to plain view | median ms | p99 ms | errors | meets targets |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for label, page_path, outcome, restricted in results:
        ratio = outcome["rps"] / baseline["rps"] if baseline["rps"] else 0
        if restricted is None:
            verdict = "baseline"
        else:
            ok = outcome["errors"] == 0 and (outcome["p99"] or 1e9) < 250 and (restricted or ratio >= 0.5)
            verdict = "yes" if ok else "**no**"
        lines.append(
            f"| {label} | `{page_path}` | {outcome['rps']:.0f} | {ratio:.2f} | {outcome['p50']:.1f} | "
            f"{outcome['p99']:.1f} | {outcome['errors']} | {verdict} |"
        )
    lines += [
        "",
        "Public pages are served to anonymous visitors from the page cache (`portal/infra/cache.py`) "
        "after the first request; the restricted workspace page is rendered for every request "
        "(signed-in expert, never cached).",
        "",
        "## Uncached work, measured at the server (access-log durations)",
        "",
        "| what | requests | median ms | p95 ms | p99 ms | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    goals = {"law search": "p95 < 50 ms", "site-wide search": "p95 < 100 ms", "coverage matrix": "< 100 ms"}
    for label, figures in server_side.items():
        if figures:
            lines.append(
                f"| {label} | {figures['count']} | {figures['p50']:.1f} | {figures['p95']:.1f} | "
                f"{figures['p99']:.1f} | {goals.get(label, '')} |"
            )
    lines += ["", "## Streaming a 200 MB document", ""]
    if "error" in download:
        lines.append(f"Not measured: {download['error']}")
    else:
        lines.append(
            f"Worker resident memory before {download['rss_before_mb']:.1f} MB, peak during the download "
            f"{download['rss_peak_mb']:.1f} MB: growth {download['growth_mb']:.1f} MB (target < 20 MB); "
            f"{download['bytes'] / 1e6:.0f} MB received in {download['seconds']:.1f} s."
        )
    lines.append("")
    path.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
