"""Fixtures shared by the public content tests."""

from contextlib import contextmanager

import pytest

from tests.content.factories import count_queries


@pytest.fixture
def constant_queries(django_assert_max_num_queries):
    """`with constant_queries(client, url): <add rows>`: one GET of `url` costs as many queries
    after the block has added rows as before it (CONTRIBUTING: a list page's query-count test at
    two data sizes), and django_assert_max_num_queries lists them if a GET costs more."""

    @contextmanager
    def check(client, url: str):
        small = count_queries(client, url)
        yield
        assert count_queries(client, url) == small
        with django_assert_max_num_queries(small):
            client.get(url)

    return check
