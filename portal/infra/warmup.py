"""Work a new server process does once, before its first visitor.

gunicorn calls `compile_templates()` in the master, so the forked workers share the compiled
templates, and `warm_worker()` in each worker when it starts (workers are replaced every few
thousand requests, see gunicorn.conf.py). Without it, the first visitors of every new worker
wait for template compilation, translation catalogues, URL tables and what PORTAL["WORKER_WARMUP"]
names (the law facet index).
"""

import logging
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.urls import reverse
from django.utils import translation
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


def compile_templates() -> int:
    """Load every template of the project's template directory (no database needed)."""
    count = 0
    for directory in settings.TEMPLATES[0]["DIRS"]:
        root = Path(directory)
        for path in sorted(root.rglob("*.html")):
            try:
                get_template(path.relative_to(root).as_posix())
            except (TemplateDoesNotExist, TemplateSyntaxError) as error:  # pragma: no cover - a broken template fails its tests
                logger.warning("Template not compiled: %s", error)
                continue
            count += 1
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            reverse("home")  # each language's URL table and catalogue
    return count


def warm_worker() -> None:
    """Per worker: each callable of PORTAL["WORKER_WARMUP"] (the law facet index, one query). A
    database that is down is not an error here."""
    try:
        for name in settings.PORTAL["WORKER_WARMUP"]:
            import_string(name)()
    except DatabaseError as error:
        logger.warning("Worker warm-up skipped, database unavailable: %s", error)
        connections.close_all()
