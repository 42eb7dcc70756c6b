"""A new server process compiles its templates and builds the law facet index before its first
visitor (gunicorn.conf.py calls these)."""

import pytest
from django.db import OperationalError

from legislation import facets
from portal.infra import warmup


def test_every_project_template_compiles():
    from django.conf import settings

    root = settings.TEMPLATES[0]["DIRS"][0]
    assert warmup.compile_templates() == len(list(root.rglob("*.html")))


@pytest.mark.django_db
def test_a_worker_builds_the_law_index_before_its_first_request(monkeypatch):
    monkeypatch.setattr(facets, "_current", None)
    warmup.warm_worker()
    assert facets._current is not None


def test_a_worker_starts_even_when_the_database_is_down(monkeypatch, caplog):
    def down():
        raise OperationalError("connection refused")

    monkeypatch.setattr(facets, "law_index", down)
    warmup.warm_worker()
    assert "database unavailable" in caplog.text
