"""gunicorn settings for production serving (`make serve`, docs/deploy.md).

Workers are sync: each request is short and the database does the work. With persistent
database connections (CONN_MAX_AGE) a worker reuses its connection across requests.
"""

import gc
import multiprocessing
import os

from portal.infra.embedded_db import use_embedded_unless_configured

# Before the preloaded app reads the settings: without DATABASE_URL, the embedded PostgreSQL.
use_embedded_unless_configured()

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = 5000
max_requests_jitter = 500
# Access lines go to stdout as JSON-ish key=value lines carrying the request id.
accesslog = "-"
errorlog = "-"
access_log_format = (
    '{"time":"%(t)s","remote":"%(h)s","method":"%(m)s","path":"%(U)s","query":"%(q)s",'
    '"status":%(s)s,"bytes":"%(B)s","duration_ms":%(M)s,"request_id":"%({x-request-id}o)s"}'
)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
preload_app = True


def when_ready(server):
    """In the master, once the app is loaded: compile every template, so workers share them."""
    from portal.infra.warmup import compile_templates

    server.log.info("compiled %d templates", compile_templates())


def pre_fork(server, worker):
    """Move everything the preloaded app created out of the collector's reach before forking:
    a worker's full garbage collections then scan only its own objects (short pauses, no
    copy-on-write of the shared pages). Python's gc documentation recommends this for fork."""
    gc.freeze()


def post_worker_init(worker):
    """In each new worker, before its first request: the law facet index; then freeze again."""
    from portal.infra.warmup import warm_worker

    warm_worker()
    gc.freeze()
