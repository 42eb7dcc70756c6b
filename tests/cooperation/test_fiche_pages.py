"""The evidence pages: overview heat map, a state's fiches, one fiche; unknown shown as unknown; queries."""

import pytest

from contacts.models import ContactRole
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit
from tests.cooperation.conftest import page_text
from tests.cooperation.factories import make_fiche, make_fiches
from tests.legislation.factories import make_law


@pytest.mark.django_db
def test_overview_shows_completeness_and_freshness_per_state_and_measure(client):
    make_fiche("AR", "preservation", exists_in_law="yes", channels=["24-7"])
    page = client.get("/en/evidence/").content.decode()
    assert "Expedited preservation of stored data" in page
    assert "/en/evidence/ar/preservation/" in page
    assert "20%" in page  # two of the ten key fields are known
    assert "Fresh" in page
    assert "no fiche" in page  # every other cell


@pytest.mark.django_db
def test_overview_filters_by_subregion_and_measure(client):
    make_fiches(["AR", "JM"], ["preservation", "interception"])
    page = client.get("/en/evidence/?subregion=caribbean&measure=interception").content.decode()
    assert "/en/evidence/jm/interception/" in page
    assert "/en/evidence/ar/" not in page
    assert "/en/evidence/jm/preservation/" not in page


@pytest.mark.django_db
def test_an_unknown_filter_value_is_reported_not_a_500(client):
    assert "has no option" in page_text(client, "/en/evidence/?measure=teleportation&subregion=mars")


@pytest.mark.django_db
@pytest.mark.parametrize("states", [["AR"], ["AR", "BR", "CA", "CL", "CO", "MX", "PE", "US", "UY", "PY", "JM", "BS"]])
def test_overview_costs_the_same_queries_whatever_the_data(client, django_assert_max_num_queries, states):
    make_fiches(states)
    with django_assert_max_num_queries(5):
        assert client.get("/en/evidence/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("fiches", [1, 9])
def test_country_page_costs_the_same_queries_whatever_the_data(client, django_assert_max_num_queries, fiches):
    unit = make_unit("AR")
    for slug in ["preservation", "traffic-data", "subscriber-information", "stored-content", "real-time-traffic",
                 "interception", "emergency-disclosure", "direct-provider-request",
                 "spontaneous-information"][:fiches]:
        make_fiche("AR", slug, authority=unit)
    with django_assert_max_num_queries(5):
        page = client.get("/en/evidence/ar/").content.decode()
    assert page.count("Cybercrime unit AR") == fiches


@pytest.mark.django_db
def test_fiche_shows_every_unknown_field_as_not_known_never_as_no(client):
    make_fiche("AR", "interception")
    page = client.get("/en/evidence/ar/interception/").content.decode()
    assert page.count("Not known") >= 12
    assert ">No<" not in page


@pytest.mark.django_db
def test_a_fiche_not_yet_written_is_shown_with_everything_unknown(client):
    page = page_text(client, "/en/evidence/bs/interception/")
    assert "No fiche has been written for this state and measure yet" in page


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/evidence/zz/", "/en/evidence/ar/teleportation/", "/en/evidence/arg/"])
def test_unknown_state_or_measure_is_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.django_db
def test_upper_case_code_redirects_to_lower_case(client):
    response = client.get("/en/evidence/AR/preservation/")
    assert response.status_code == 301
    assert response["Location"] == "/en/evidence/ar/preservation/"


@pytest.mark.django_db
def test_fiche_links_the_implementing_provisions_and_the_public_unit(client):
    law = make_law("AR", provisions=[("Art. 5", "Preservation.", "procedural", ["16"])])
    provision = law.provisions.get()
    unit = make_unit("AR", "Unidad Fiscal Especializada en Ciberdelincuencia", acronym="UFECI")
    fiche = make_fiche("AR", "preservation", exists_in_law="yes", authority=unit)
    fiche.provisions.add(provision)
    page = client.get("/en/evidence/ar/preservation/").content.decode()
    assert provision.get_absolute_url() in page
    assert unit.get_absolute_url() in page
    assert "?article=16\">Art. 16<" in page and "UN art. 25" in page


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["visitor", "registered"])
def test_the_authoritys_contact_point_is_hidden_from_non_experts(client_for, request, persona):
    unit = make_unit("AR")
    make_point(unit, SECRET_NAME, email=SECRET_EMAIL, phones=[SECRET_PHONE], roles=[ContactRole.COOPERATION])
    make_fiche("AR", "preservation", authority=unit)
    user = None if persona == "visitor" else request.getfixturevalue(persona)
    page = client_for(user).get("/en/evidence/ar/preservation/").content.decode()
    assert SECRET_EMAIL not in page and SECRET_NAME not in page and SECRET_PHONE not in page


@pytest.mark.django_db
@pytest.mark.parametrize("persona", ["expert_br", "focal_ar", "expert_mx"])
def test_experts_see_the_authoritys_contact_point(client_for, request, persona):
    unit = make_unit("BR")
    make_point(unit, SECRET_NAME, email=SECRET_EMAIL, phones=[SECRET_PHONE], roles=[ContactRole.COOPERATION])
    make_fiche("BR", "preservation", authority=unit)
    page = client_for(request.getfixturevalue(persona)).get("/en/evidence/br/preservation/").content.decode()
    assert SECRET_EMAIL in page and SECRET_NAME in page


@pytest.mark.django_db
@pytest.mark.parametrize("changes", [1, 8])
def test_fiche_page_costs_the_same_queries_whatever_its_history(client, secretariat, django_assert_max_num_queries,
                                                                changes):
    fiche = make_fiche("AR", "preservation", authority=make_unit("AR"))
    for days in range(changes):
        fiche.typical_days = days + 1
        # The history names a unit in each change: the names are read at once (one query for them all).
        fiche.authority = make_unit("AR", f"Unidad {days}", is_published=days % 2 == 0)
        fiche._history_user = secretariat
        fiche.save()
    with django_assert_max_num_queries(9):
        page = client.get("/en/evidence/ar/preservation/").content.decode()
    assert page.count("OAS secretariat") == changes
    assert page.count("Competent authority: ") == changes
    assert [name for name in (f"Unidad {days}" for days in range(changes)) if name in page] == [
        f"Unidad {days}" for days in range(0, changes, 2)]  # the published ones
