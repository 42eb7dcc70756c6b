"""The admin for a focal point of two countries (guardian permission on each): both countries' laws
and treaty entries, nothing of a third; a deputy edits the country they deputise for."""

import pytest

from legislation.models import Law
from portal.accounts.models import Role
from portal.accounts.services import focal_countries_set
from portal.models import Country
from tests.conftest import make_expert
from tests.legislation.factories import make_law, make_treaty_status
from tests.legislation.test_admin import law_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def laws():
    return {code: make_law(code.upper(), title=f"Law of {code}", number=f"No. {code}") for code in ("ar", "br", "mx")}


def _focal(email, profile_country, countries, by):
    user = make_expert(email, profile_country, roles=(Role.EXPERT, Role.FOCAL_POINT), is_staff=True)
    focal_countries_set(user=user, countries=Country.objects.filter(iso2__in=countries), by=by)
    return user


def test_focal_point_of_two_countries_sees_both_and_no_third(client, secretariat, laws):
    client.force_login(_focal("two@example.org", "AR", ["AR", "BR"], secretariat))
    page = client.get("/admin/legislation/law/").content.decode()
    assert "Law of ar" in page and "Law of br" in page and "Law of mx" not in page
    add = client.get("/admin/legislation/law/add/").content.decode()
    assert 'value="AR"' in add and 'value="BR"' in add and 'value="MX"' not in add
    response = client.post(f"/admin/legislation/law/{laws['br'].pk}/change/", law_form(laws["br"], title="Lei nova"))
    assert response.status_code == 302
    assert Law.objects.get(pk=laws["br"].pk).title == "Lei nova"
    # The public history names the role and the changed law's country, never the person.
    client.logout()
    history = client.get(laws["br"].get_absolute_url()).content.decode()
    assert "Focal point, Brazil" in history and "two@example.org" not in history
    third = client.get(f"/admin/legislation/law/{laws['mx'].pk}/change/")
    assert third.status_code in (302, 403, 404) and "Law of mx" not in third.content.decode()
    client.post(f"/admin/legislation/law/{laws['mx'].pk}/change/", law_form(laws["mx"], title="Hijacked"))
    assert Law.objects.get(pk=laws["mx"].pk).title == "Law of mx"


def test_treaty_entries_follow_the_same_rule(client, secretariat):
    for code in ("AR", "BR", "MX"):
        make_treaty_status(code)
    client.force_login(_focal("two-treaty@example.org", "AR", ["AR", "BR"], secretariat))
    page = client.get("/admin/legislation/treatystatus/").content.decode()
    assert "Argentina" in page and "Brazil" in page and "Mexico" not in page


def test_deputy_edits_the_country_they_deputise_for(client, secretariat, laws):
    client.force_login(_focal("deputy-mx@example.org", "CL", ["MX"], secretariat))
    page = client.get("/admin/legislation/law/").content.decode()
    assert "Law of mx" in page and "Law of ar" not in page
    response = client.post(f"/admin/legislation/law/{laws['mx'].pk}/change/", law_form(laws["mx"], title="Ley nueva"))
    assert response.status_code == 302
    assert Law.objects.get(pk=laws["mx"].pk).title == "Ley nueva"
