import pytest

from contacts.models import ContactRole
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit
from tests.cooperation.factories import make_fiche
from tests.cooperation.requests_helpers import bound_pair, start


@pytest.fixture
def canada(db):
    """Canada's fiche for preservation: an authority with a restricted contact point and a 24/7 point."""
    unit = make_unit("CA", "RCMP National Cybercrime Coordination Centre", acronym="NC3")
    point = make_point(unit, SECRET_NAME, kind="person", email=SECRET_EMAIL, phones=[SECRET_PHONE],
                       roles=[ContactRole.COOPERATION, ContactRole.NETWORK_24_7])
    fiche = make_fiche("CA", "preservation", authority=unit, channels=["central-authority", "24-7"],
                       languages=["en", "fr"], dual_criminality="no", preservation_days=90,
                       urgent_procedure="Call the NC3 duty desk.")
    return {"unit": unit, "point": point, "fiche": fiche}


@pytest.fixture
def new_draft(client_for, expert_br):
    """`new_draft(measure, lang=..., **pair)`: the client signed in as `expert_br` and the draft of
    `measure` they start, from Brazil to Argentina, in the interface language `lang`, once
    `bound_pair(**pair)` has bound the two states."""

    def begin(measure="preservation", *, lang="en", **pair):
        bound_pair(**pair)
        client = client_for(expert_br)
        return client, start(client, measure=measure, lang=lang)

    return begin


def page_text(client, path: str, status: int = 200) -> str:
    """The text of the page at `path`, once its status is checked."""
    response = client.get(path)
    assert response.status_code == status
    return response.content.decode()
