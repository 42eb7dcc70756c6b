"""Where a form goes back to after saving: the `next` the page was opened with, when it is an
address on this site (never an open redirect to another host or scheme)."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, default: str = "") -> str:
    """The request's `next` (form field, else query string) if it stays on this host (and on
    HTTPS when the request is), else `default`."""
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
