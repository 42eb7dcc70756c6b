"""Every restricted view goes through one decorator, `portal.gate.restricted`: the same gate and
the same `Cache-Control` on its pages and on the 404s it answers, whichever app the view is in."""

import uuid

import pytest
from django.urls import reverse

from portal import gate

pytestmark = pytest.mark.django_db

# A made-up record in each app's restricted pages: each answers 404 to an approved expert.
MISSING = [
    ("contacts:manage_country", ["zz"]),
    ("contacts:unit_edit", [999999]),
    ("workspaces:workspace_detail", ["no-such-workspace"]),
    ("recommendations:questionnaire_detail", [999999]),
    ("cooperation:fiche_correct", ["zz", "no-such-measure"]),
    ("cooperation:request_review", [uuid.UUID(int=1)]),
]


@pytest.mark.parametrize(("name", "args"), MISSING)
def test_a_restricted_404_is_the_sites_404_and_never_cached(client_for, expert_br, name, args):
    response = client_for(expert_br).get(reverse(name, args=args))
    assert response.status_code == 404
    cache_control = response["Cache-Control"]
    # never_cache's own directives: the 404 is marked exactly as the restricted page it stands for.
    assert "no-store" in cache_control and "max-age=0" in cache_control and "private" in cache_control
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(("name", "args"), MISSING)
def test_the_same_gate_sends_visitors_to_sign_in(client_for, name, args):
    response = client_for(None).get(reverse(name, args=args))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert "max-age=0" in response["Cache-Control"]


def test_there_is_one_decorator_and_no_class_based_variant():
    assert not hasattr(gate, "expert_required")
    assert not hasattr(gate, "ExpertRequiredMixin")
