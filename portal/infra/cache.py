"""Caching of anonymous public pages, invalidated whenever public data changes.

Django's own cache middleware does the work; this module adds two things it lacks:
- only anonymous requests (no session cookie) to public paths are served from or stored in
  the cache, so nothing a signed-in user sees is ever shared;
- the cache key carries a data version that every save or delete of public data bumps (signals
  below, and `bump_public_data_version()` after bulk writes), so an edit in the admin is visible
  on the next request. Browsers are told not to keep pages (max-age=0).
"""

import contextvars

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
from django.utils import translation

VERSION_KEY = "portal:public-data-version"
# Apps whose data appears on public pages; a change to any of their rows invalidates the pages.
PUBLIC_APP_LABELS = {"portal", "legislation", "contacts", "content", "cooperation", "recommendations"}
# Models of those apps that no public page shows: writing them (every email queued, every
# scheduled run, every bulletin delivery) must not empty the page cache.
NOT_PUBLIC_MODELS = {"portal.outgoingemail", "portal.scheduledrun", "content.delivery"}
UNCACHED_PATH_PARTS = ("/admin/", "/accounts/", "/me/", "/contacts/", "/workspaces/", "/questionnaires/", "/requests/", "/healthz", "/ping", "/static/",
                       "/media/")

_key_prefix = contextvars.ContextVar("page_cache_key_prefix", default="")


def public_data_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, 1, timeout=None)
        version = cache.get(VERSION_KEY) or 1
    return version


def bump_public_data_version() -> None:
    """Invalidate every cached public page (call after bulk writes that send no signals)."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.add(VERSION_KEY, 2, timeout=None)


def request_language(request) -> str:
    """The language LocaleMiddleware will choose: the path's prefix, else cookie, Accept-Language."""
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    i18n_patterns_used, prefixed_default_language = is_language_prefix_patterns_used(urlconf)
    language = translation.get_language_from_request(request, check_path=i18n_patterns_used)
    if i18n_patterns_used and not prefixed_default_language and not translation.get_language_from_path(
        request.path_info
    ):
        language = settings.LANGUAGE_CODE
    return language


def _cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not any(part in request.path for part in UNCACHED_PATH_PARTS)
    )


def _tell_browsers_not_to_keep(response):
    response["Cache-Control"] = "max-age=0, must-revalidate"
    if "Expires" in response:
        del response["Expires"]
    return response


class _VersionedPrefix:
    @property
    def key_prefix(self):
        return _key_prefix.get()

    @key_prefix.setter
    def key_prefix(self, value):
        pass  # the base class assigns the settings' prefix; ours comes from the data version


class UpdatePublicPageCache(_VersionedPrefix, UpdateCacheMiddleware):
    def process_response(self, request, response):
        if not _cacheable_request(request):
            return response
        return _tell_browsers_not_to_keep(super().process_response(request, response))


class FetchPublicPageCache(_VersionedPrefix, FetchFromCacheMiddleware):
    def process_request(self, request):
        if not _cacheable_request(request):
            request._cache_update_cache = False
            return None
        _key_prefix.set(f"{settings.CACHE_MIDDLEWARE_KEY_PREFIX}v{public_data_version()}")
        # Django's key carries the language: request.LANGUAGE_CODE when storing (set by
        # LocaleMiddleware), but whatever language the worker thread last activated when reading,
        # since LocaleMiddleware has not run yet. Decide it now, as LocaleMiddleware will, so a
        # French answer (cookie or Accept-Language; the API has no language prefix) is only ever
        # read for a request that would get French.
        request.LANGUAGE_CODE = request_language(request)
        response = super().process_request(request)
        return _tell_browsers_not_to_keep(response) if response is not None else None


@receiver(post_save)
@receiver(post_delete)
def _public_data_changed(sender, **kwargs):
    if sender._meta.app_label in PUBLIC_APP_LABELS and sender._meta.label_lower not in NOT_PUBLIC_MODELS:
        bump_public_data_version()


@receiver(m2m_changed)
def _public_relation_changed(sender, action, **kwargs):
    if action.startswith("post_") and sender._meta.app_label in PUBLIC_APP_LABELS:
        bump_public_data_version()
