"""Anonymous public reads go to the read replica when one is configured; everything else to the primary."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory

from portal.db_router import ReadReplicaMiddleware, ReplicaRouter
from portal.models import Country


@pytest.fixture
def with_replica(monkeypatch):
    databases = {**settings.DATABASES, "replica": settings.DATABASES["default"]}
    monkeypatch.setattr(settings, "DATABASES", databases)


def _db_used(request) -> str:
    seen = {}

    def view(req):
        seen["db"] = ReplicaRouter().db_for_read(Country)
        return HttpResponse("ok")

    ReadReplicaMiddleware(view)(request)
    return seen["db"]


def test_anonymous_public_get_reads_from_replica(with_replica):
    assert _db_used(RequestFactory().get("/en/laws/")) == "replica"


@pytest.mark.parametrize("path", ["/admin/", "/en/accounts/login/", "/healthz"])
def test_admin_accounts_and_health_read_from_primary(with_replica, path):
    assert _db_used(RequestFactory().get(path)) == "default"


def test_signed_in_users_and_posts_read_from_primary(with_replica):
    factory = RequestFactory()
    signed_in = factory.get("/en/laws/")
    signed_in.COOKIES[settings.SESSION_COOKIE_NAME] = "abc"
    assert _db_used(signed_in) == "default"
    assert _db_used(factory.post("/en/search/")) == "default"


def test_without_replica_everything_reads_from_primary():
    assert _db_used(RequestFactory().get("/en/laws/")) == "default"


def test_writes_always_go_to_primary(with_replica):
    assert ReplicaRouter().db_for_write(Country) == "default"
