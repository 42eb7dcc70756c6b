"""The law page: metadata, provisions by aspect with their articles, source, last change, history."""

import pytest

from legislation.models import Law, Provision
from tests.conftest import make_user
from tests.legislation.factories import article, make_law

pytestmark = pytest.mark.django_db


@pytest.fixture
def law():
    return make_law(
        "AR", title="Ley 26.388", number="Ley 26.388", source_url="https://www.argentina.gob.ar/normativa",
        provisions=[("Art. 153 bis", "Acceso ilegítimo", "substantive", ["2"]),
                    ("Art. 77", "Conservación de datos", "procedural", ["16"])],
    )


def test_visitor_reads_a_published_law(client, law):
    response = client.get(law.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ley 26.388" in page
    assert "https://www.argentina.gob.ar/normativa" in page
    groups = [group["aspect"] for group in response.context["groups"]]
    assert groups == ["substantive", "procedural"]
    assert "Art. 2 Illegal access" in page
    assert "Art. 16 Expedited preservation of stored computer data" in page
    assert [a.number for a in response.context["implemented"]] == [2, 16]


def test_unpublished_law_is_a_404(client):
    draft = make_law("AR", published=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get("/en/laws/999999/").status_code == 404


def test_history_says_who_when_and_what_changed(client, law):
    editor = make_user("editor@example.org", roles=("Secretariat",), is_staff=True)
    law.status = "amended"
    law._history_user = editor
    law.save()
    provision = law.provisions.get(number="Art. 153 bis")
    provision._history_user = editor
    provision.articles.set([article("2"), article("3")])
    history = client.get(law.get_absolute_url()).context["history"]
    law_change = next(e for e in history if e.subject.startswith("Law") and e.changes)
    assert law_change.who == "OAS secretariat"
    assert ("Status", "In force", "In force, amended") in law_change.changes
    mapping = next(e for e in history if e.subject == "Provision Art. 153 bis" and e.changes)
    assert mapping.changes == [("Convention articles implemented", "Art. 2", "Art. 2, Art. 3")]
    # People are named by role only on the public page.
    page = client.get(law.get_absolute_url()).content.decode()
    assert "editor@example.org" not in page


def test_deleted_provision_shows_in_history(client, law):
    Provision.objects.get(law=law, number="Art. 77").delete()
    history = client.get(law.get_absolute_url()).context["history"]
    assert any(e.subject == "Provision Art. 77" and e.action == "deleted" for e in history)


def test_last_changed_follows_provisions(client, law):
    provision = law.provisions.first()
    provision.text = "nuevo texto"
    provision.save()
    response = client.get(law.get_absolute_url())
    assert response.context["last_changed"] >= provision.updated_at


def test_law_page_costs_the_same_for_few_or_many_provisions(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.legislation.factories import make_many_laws

    def queries(url) -> int:
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context)

    few = make_many_laws(1, provisions_each=2)[0]
    many = make_many_laws(1, provisions_each=30)[0]
    for provision in many.provisions.all()[:10]:
        provision.text += " (modificado)"
        provision.save()
    assert queries(few.get_absolute_url()) == queries(many.get_absolute_url())
    assert Law.objects.count() == 2
