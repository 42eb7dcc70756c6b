"""The open-data API keeps to its own OpenAPI schema: schemathesis, in process, over every operation.

Every operation of /api/v1/schema/ is fuzzed with valid and invalid input against the demo data.
Any 5xx, undocumented status code or content type, or response body that does not match the
schema fails the test. Bounded by the number of examples (not by the clock: no timed assertions
on a shared machine), derandomised so a failure reproduces.
"""

import contextlib
import io

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup

import contacts.demo
import legislation.demo
import portal.demo

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

EXAMPLES_PER_OPERATION = 25


@pytest.fixture
def api_schema(settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "localhost"]
    # The demo data the API publishes (users, laws, provisions, treaty status, units).
    for module in (portal.demo, legislation.demo, contacts.demo):
        module.seed(io.StringIO())
    # As Django's test client does: a request must not close the test's connection (and its
    # transaction holding the demo data).
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/", get_wsgi_application())
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def _fuzz(operation, mode: GenerationMode) -> tuple[int, list[str]]:
    """(requests sent, failures) for one operation in one generation mode."""
    failures: list[str] = []
    sent = []

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        sent.append(case)
        try:
            # The in-process WSGI transport does not decompress; a real client does (GZipMiddleware).
            case.call_and_validate(headers={"Accept-Encoding": "identity"})
        except FailureGroup as group:
            titles = ", ".join(sorted({f"{failure.code} {failure.title}" for failure in group.exceptions}))
            failures.append(f"{operation.label} [{mode.value}] {titles}\n    {case.as_curl_command()}\n"
                            f"    {str(group)[:1500]}")

    if mode is GenerationMode.NEGATIVE:
        # Nothing invalid to send (a string path parameter, no query parameters): not a failure.
        with contextlib.suppress(Unsatisfiable):
            run()
    else:
        run()
    return len(sent), failures


def test_every_api_operation_keeps_to_its_schema(api_schema):
    failures: list[str] = []
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10  # every list and detail endpoint is in the schema
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            sent, found = _fuzz(operation, mode)
            if mode is GenerationMode.POSITIVE:
                assert sent > 0, f"no valid request generated for {operation.label}"
            failures += found
    assert failures == [], f"{len(failures)} failures:\n\n" + "\n\n".join(failures[:30])
