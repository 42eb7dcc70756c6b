"""Send read-only public traffic to a PostgreSQL read replica when one is configured.

Only anonymous GET/HEAD requests to public pages read from the replica: signed-in users,
forms and the admin always use the primary, so nobody reads their own write from a replica
that has not caught up yet.
"""

import contextvars

from django.conf import settings

_use_replica = contextvars.ContextVar("use_replica", default=False)
REPLICA = "replica"
PRIMARY_ONLY_PREFIXES = ("/admin/", "/healthz")


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _use_replica.get() and REPLICA in settings.DATABASES else "default"

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"


class ReadReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        eligible = (
            REPLICA in settings.DATABASES
            and request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(PRIMARY_ONLY_PREFIXES)
            and "/accounts/" not in request.path
        )
        token = _use_replica.set(eligible)
        try:
            return self.get_response(request)
        finally:
            _use_replica.reset(token)
