"""Who is acting, and from which address: the context the audit trail reads.

A request sets it in `CurrentActorMiddleware` (placed after AuthenticationMiddleware), so a
service records the acting user and the client's address without a `request` argument:
`portal.accounts.services.audit_record` reads `current_actor()`. Outside a request (management
commands, tasks, the shell) there is no actor unless the code says who acts:

    with acting_as(user):
        expert_approve(profile=profile, by=user)

The context lives in a `contextvars.ContextVar`, as the request id does (portal/infra/request_id.py),
so it belongs to one request (thread or asyncio task) and is reset when the response leaves,
also when the view raised.
"""

import contextvars
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from portal.infra.client_ip import client_ip


@dataclass(frozen=True)
class Actor:
    """Someone acting from somewhere; either may be unknown (None)."""

    user: Any = None
    ip: str | None = None


NOBODY = Actor()


class _RequestActor:
    """The request's user as it is when asked (a sign-in or sign-out during the request counts)."""

    __slots__ = ("_request", "_ip")

    def __init__(self, request):
        self._request = request
        self._ip = client_ip(request)

    @property
    def user(self):
        user = getattr(self._request, "user", None)
        return user if user is not None and user.is_authenticated else None

    @property
    def ip(self) -> str | None:
        return self._ip


_current = contextvars.ContextVar("current_actor", default=NOBODY)


def current_actor() -> Actor | _RequestActor:
    """The acting user (`.user`, None when anonymous or outside a request) and address (`.ip`)."""
    return _current.get()


@contextmanager
def acting_as(user, *, ip: str | None = None):
    """Act as `user` (and from `ip`) inside the block: for commands, tasks and tests."""
    token = _current.set(Actor(user=user, ip=ip))
    try:
        yield
    finally:
        _current.reset(token)


class CurrentActorMiddleware:
    """Sets the current actor for the request and resets it after the response, whatever happened."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current.set(_RequestActor(request))
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)
