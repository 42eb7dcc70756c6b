from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from portal.infra.uploads import form_max_bytes, request_too_large
from portal.middleware import current_exception_is_database_error, database_unavailable_response


@never_cache
@require_safe
def healthz(request):
    """200 with JSON when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any failure to reach the database is an outage here
        connection.close_if_unusable_or_obsolete()
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    return render(request, "robots.txt", content_type="text/plain; charset=utf-8")


def bad_request(request, exception=None):
    if isinstance(exception, RequestDataTooBig):  # a body or file over its limit (portal/infra/uploads.py)
        return request_too_large(request, getattr(request, "upload_max_bytes", 0) or form_max_bytes())
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    """The 404 page; in English when the path's language prefix is not one of ours."""
    first = request.path.lstrip("/").split("/", 1)[0]
    language = first if first in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(language):
        response = render(request, "404.html", {"home_links": _home_links()}, status=404)
    return response


def _home_links():
    return [{"code": code, "name": translation.get_language_info(code)["name_local"], "url": f"/{code}/"}
            for code, _name in settings.LANGUAGES]


@require_safe
def ping(request):
    """A fixed answer without database or template: the benchmark's baseline."""
    return HttpResponse("pong", content_type="text/plain")


def server_error(request):
    if current_exception_is_database_error():
        return database_unavailable_response(request)
    return render(request, "500.html", {"db_unavailable": True}, status=500)
