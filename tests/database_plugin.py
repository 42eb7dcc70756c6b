"""pytest plugin (`-p tests.database_plugin` in pyproject.toml): the test session's database.

pytest-django loads the settings while pytest reads its first conftest files, and the settings
only read DATABASE_URL. Without one in the environment, this starts the embedded PostgreSQL
under var/ and sets DATABASE_URL first (xdist workers inherit it).
"""

import pytest


@pytest.hookimpl(wrapper=True)
def pytest_load_initial_conftests(early_config, parser, args):
    from portal.infra.embedded_db import use_embedded_unless_configured

    use_embedded_unless_configured()
    return (yield)
