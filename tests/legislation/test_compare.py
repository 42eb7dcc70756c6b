"""Comparison: two to six states side by side, article by article; other counts explain themselves."""

import pytest

from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db
URL = "/en/laws/compare/"


@pytest.fixture
def laws():
    make_law("AR", provisions=[("Art. 153 bis", "Acceso ilegítimo a un sistema informático", "substantive", ["2"])])
    make_law("BR", language="pt", provisions=[("Art. 154-A", "Invasão de dispositivo informático", "substantive",
                                               ["2"])])
    make_law("CL", provisions=[(f"Art. {i}", f"Acceso ilícito {i}", "substantive", ["2"]) for i in range(1, 6)])


@pytest.mark.parametrize("codes", ["ar,br", "ar,br,cl", "ar,br,cl,mx,us,ca"])
def test_two_to_six_states_are_compared(client, laws, codes):
    response = client.get(URL, {"countries": codes})
    assert response.status_code == 200
    assert [c.code for c in response.context["chosen"]] == codes.split(",")


def test_the_table_shows_each_states_provision_texts(client, laws):
    response = client.get(URL, {"countries": "ar,br,cl"})
    page = response.content.decode()
    assert "Acceso ilegítimo a un sistema informático" in page
    assert "Invasão de dispositivo informático" in page
    row = next(r for r in response.context["rows"] if r["article"].number == 2)
    cells = {c["country"].code: c for c in row["cells"]}
    assert cells["cl"]["total"] == 5 and len(cells["cl"]["provisions"]) == 3
    assert "All 5 provisions" in page
    gap_row = next(r for r in response.context["rows"] if r["article"].number == 3)
    assert all(c["total"] == 0 for c in gap_row["cells"])
    assert "No provision (gap)" in page


def test_repeated_parameters_work_too(client, laws):
    response = client.get(f"{URL}?countries=ar&countries=br")
    assert response.status_code == 200
    assert len(response.context["chosen"]) == 2


@pytest.mark.parametrize(
    ("codes", "expected"),
    [("ar", "you chose 1"), ("ar,br,cl,mx,us,ca,pe", "you chose 7"), ("ar,zz", "not codes of OAS member states"),
     ("ar,ar", "you chose 1")],
)
def test_wrong_number_or_unknown_states_explain_themselves(client, laws, codes, expected):
    response = client.get(URL, {"countries": codes})
    assert response.status_code == 400
    assert expected in response.content.decode()
    assert response.context["rows"] is None


def test_without_states_the_page_offers_the_choice(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert 'name="countries"' in response.content.decode()


def test_drafts_are_not_compared(client, laws):
    make_law("BR", published=False, language="pt",
             provisions=[("Art. 9", "Rascunho secreto", "substantive", ["2"])])
    page = client.get(URL, {"countries": "ar,br"}).content.decode()
    assert "Rascunho secreto" not in page
