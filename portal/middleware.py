import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.shortcuts import render
from django.utils.cache import patch_cache_control

from portal.accounts.services import user_set_preferred_language

DATABASE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable_response(request):
    """The 503 page; renders without touching the database (no session, no user)."""
    response = render(request, "503.html", {"db_unavailable": True}, status=503)
    response["Retry-After"] = "30"
    return response


class DatabaseUnavailableMiddleware:
    """Answer 503, not 500, while PostgreSQL cannot be reached.

    Connections are health-checked (CONN_HEALTH_CHECKS), so the site serves again on the next
    request once the database is back, without a restart.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return database_unavailable_response(request)
        return None


def current_exception_is_database_error() -> bool:
    return isinstance(sys.exc_info()[1], DATABASE_ERRORS)


class AdminGateMiddleware:
    """Staff reach the admin only with a verified email and MFA enrolled.

    The admin's sign-in already goes through allauth (portal/urls.py); this closes the other
    half: an account without MFA cannot use the admin at all.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/") and request.user.is_authenticated and request.user.is_staff:
            from portal.gate import Step, missing_step, send_to_step

            step = missing_step(request.user)
            if step in (Step.VERIFY_EMAIL, Step.MFA, Step.SUSPENDED):
                return send_to_step(request, step)
        return self.get_response(request)


class RememberLanguageMiddleware:
    """A signed-in user's language is the last one they chose (emails and sign-in follow it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        language = getattr(request, "LANGUAGE_CODE", None)
        prefix = request.path.lstrip("/").split("/", 1)[0]
        user = getattr(request, "user", None)
        if (
            prefix == language
            and language in dict(settings.LANGUAGES)
            and response.status_code < 400
            and user is not None
            and user.is_authenticated
            and user.preferred_language != language
        ):
            user_set_preferred_language(user=user, language=language)
        return response


PRIVATE_PATH_PARTS = ("/admin/", "/accounts/", "/me/", "/contacts/", "/workspaces/")


class PrivatePagesMiddleware:
    """`Cache-Control: private, no-store` on every page of a signed-in user and on account,
    admin and restricted paths, so no shared cache or browser history keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in or any(part in request.path for part in PRIVATE_PATH_PARTS):
            patch_cache_control(response, private=True, no_store=True)
        return response
