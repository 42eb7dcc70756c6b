"""Each log event is written once: one JSON object per line in production, one plain line in
development (Django's own default handlers used to print every django.* line a second time)."""

import json
import os
import subprocess  # nosec B404: runs this project's own Python with fixed arguments
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The events a worker logs for one task, and a warning of the portal's own.
SCRIPT = """
import logging, django
django.setup()
logging.getLogger("django.tasks").info("Task id=%s path=%s state=%s", "abc", "portal.tasks.deliver_email", "RUNNING")
logging.getLogger("django.tasks").info("Task id=%s path=%s state=%s", "abc", "portal.tasks.deliver_email", "SUCCESSFUL")
logging.getLogger("django_tasks_db").info("Starting worker worker_id=%s queues=%s", "w1", "default")
logging.getLogger("portal.emails").warning("email %s attempt %s failed", 7, 1)
"""


def log_lines(**env) -> list[str]:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings",
                   "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none", **env}
    result = subprocess.run(  # nosec B603
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60,
        check=True,
    )
    return [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]


@pytest.mark.parametrize("debug", ["true", "false"])
def test_production_logs_each_task_event_once_as_one_json_line(debug):
    lines = log_lines(DEBUG=debug, LOG_FORMAT="json", SECRET_KEY="x" * 50, ALLOWED_HOSTS="localhost")
    records = [json.loads(line) for line in lines]
    assert [(r["name"], r["level"]) for r in records] == [
        ("django.tasks", "INFO"), ("django.tasks", "INFO"), ("django_tasks_db", "INFO"), ("portal.emails", "WARNING"),
    ]
    assert records[1]["message"] == "Task id=abc path=portal.tasks.deliver_email state=SUCCESSFUL"
    assert all("time" in r and "request_id" in r for r in records)


def test_development_logs_each_task_event_once_as_a_plain_line():
    lines = log_lines(DEBUG="true", LOG_FORMAT="plain")
    assert len(lines) == 4
    assert sum("state=SUCCESSFUL" in line for line in lines) == 1
    assert all(line[:4].isdigit() and (" INFO " in line or " WARNING " in line) for line in lines)


def test_log_level_quiets_djangos_own_loggers_too():
    lines = log_lines(DEBUG="false", LOG_FORMAT="json", LOG_LEVEL="WARNING", SECRET_KEY="x" * 50,
                      ALLOWED_HOSTS="localhost")
    assert [json.loads(line)["name"] for line in lines] == ["portal.emails"]
