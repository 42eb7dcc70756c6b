"""From a workspace to the public site: a proposed good practice written in any of the four
languages becomes an anonymised draft (neutral words, no markers, a summary that is not the
"Problem" text), stays invisible until the secretariat publishes it, and the public page
carries none of the five leaks an outside test found."""

import pytest

from portal.content.models import Resource, Status
from portal.content.services import resource_good_practice_publish
from tests.conftest import make_expert
from workspaces import services
from workspaces.models import GoodPractice, Role

from .conftest import make_practice

PRACTICES = {
    "en": {
        "title": "Freezing crypto-assets within the hour, with Camila",
        "problem": "Stolen funds left the victims' accounts for crypto exchanges within minutes, and the "
                   "requests took weeks.",
        "practice": "Camila set up a desk with the exchanges that operate in the country. Fernandez drafted the "
                    "preservation requests and answered at ana.[name removed]@mpf.example. The prosecutor Juan "
                    "Pérez obtained the freezing orders.",
        "results": "Funds were frozen within the hour in most cases; the duty line is +55 61 2025-0000.",
    },
    "es": {
        "title": "Congelamiento de criptoactivos en una hora, con Camila",
        "problem": "Los fondos robados salían de las cuentas de las víctimas hacia plataformas de criptoactivos "
                   "en minutos y las solicitudes tardaban semanas.",
        "practice": "Camila organizó una mesa con las plataformas que operan en el país. Fernandez redactó las "
                    "solicitudes de conservación y respondía en ana.[name removed]@mpf.example. El fiscal Juan "
                    "Pérez obtuvo las órdenes de congelamiento.",
        "results": "Los fondos se congelaron en menos de una hora en la mayoría de los casos; la guardia "
                   "atiende en el +55 61 2025-0000.",
    },
    "pt": {
        "title": "Bloqueio de criptoativos em uma hora, com Camila",
        "problem": "Os recursos roubados saíam das contas das vítimas para as corretoras de criptoativos em "
                   "minutos e os pedidos levavam semanas.",
        "practice": "Camila montou uma mesa com as corretoras que operam no país. Fernandez redigiu os pedidos "
                    "de preservação e respondia em ana.[name removed]@mpf.example. O promotor Juan Pérez "
                    "obteve as ordens de bloqueio.",
        "results": "Os recursos foram bloqueados em menos de uma hora na maioria dos casos; o plantão atende "
                   "no +55 61 2025-0000.",
    },
    "fr": {
        "title": "Geler des cryptoactifs en une heure, avec Camila",
        "problem": "Les fonds volés quittaient les comptes des victimes vers des plateformes de cryptoactifs en "
                   "quelques minutes et les demandes prenaient des semaines.",
        "practice": "Camila a mis en place une cellule avec les plateformes qui opèrent dans le pays. Fernandez a "
                    "rédigé les demandes de conservation et répondait à ana.[name removed]@mpf.example. Le "
                    "procureur Juan Pérez a obtenu les ordres de gel.",
        "results": "Les fonds ont été gelés en moins d'une heure dans la plupart des cas ; la permanence répond "
                   "au +55 61 2025-0000.",
    },
}
LEAKS = ["Camila", "Fernandez", "Fernández", "ana.", "mpf.example", "Juan", "Pérez", "+55", "2025-0000",
         "Rocha", "[", "]", "removed", "Secret Ransomware"]
HEADINGS = {"en": "Problem", "es": "Problema", "pt": "Problema", "fr": "Problème"}


@pytest.fixture
def team(workspace, owner):
    camila = make_expert("camila.rocha@pf.example", "BR", first_name="Camila", last_name="Rocha")
    ana = make_expert("ana.fernandez@mpf.example", "BR", first_name="Ana", last_name="Fernández")
    for user in (camila, ana):
        services.membership_add(workspace=workspace, user=user, role=Role.MEMBER, by=owner, via="test")
    return camila, ana


def _proposed(workspace, author, moderator, texts):
    practice = make_practice(workspace, author, topics=["crypto", "fraud"], **texts)
    return services.good_practice_propose(practice=practice, by=moderator)


def _public_text(resource: Resource) -> str:
    return " ".join([resource.title_en, resource.summary_en, resource.body_en, resource.slug])


@pytest.mark.parametrize("language", PRACTICES)
def test_the_draft_copy_carries_none_of_the_five_leaks(language, workspace, team, moderator, secretariat):
    camila, _ana = team
    practice = _proposed(workspace, camila, moderator, PRACTICES[language])
    resource = services.good_practice_draft_copy(practice=practice, by=secretariat)
    text = _public_text(resource)
    for leak in LEAKS:
        assert leak not in text, leak
    assert resource.language == language
    assert f"## {HEADINGS[language]}" in resource.body_en
    assert resource.review.findings() == []


@pytest.mark.parametrize("language", PRACTICES)
def test_the_summary_is_written_for_the_public_not_the_problem(language, workspace, team, moderator, secretariat):
    practice = _proposed(workspace, team[0], moderator, PRACTICES[language])
    resource = services.good_practice_draft_copy(practice=practice, by=secretariat)
    problem_start = PRACTICES[language]["problem"][:30]
    assert problem_start not in resource.summary_en
    assert "Brazil" in resource.summary_en or "Brasil" in resource.summary_en or "Brésil" in resource.summary_en


@pytest.mark.parametrize("language", PRACTICES)
def test_the_copy_is_public_only_once_published_and_shows_no_names(
    language, visitor, workspace, team, moderator, secretariat
):
    practice = _proposed(workspace, team[0], moderator, PRACTICES[language])
    resource = services.good_practice_draft_copy(practice=practice, by=secretariat)
    assert resource.status == Status.DRAFT
    assert visitor.get(resource.get_absolute_url()).status_code == 404
    assert resource.title_en not in visitor.get("/en/resources/?kind=good-practice").content.decode()
    resource_good_practice_publish(resource=resource, by=secretariat)
    page = visitor.get(resource.get_absolute_url())
    assert page.status_code == 200
    body = page.content.decode()
    for leak in ("Camila", "Fernandez", "Fernández", "mpf.example", "Juan P", "2025-0000", "name removed",
                 "nombre eliminado", "nome removido", "nom supprimé"):
        assert leak not in body, leak
    practice.refresh_from_db()
    assert practice.publication == GoodPractice.Publication.PUBLISHED


def test_a_name_added_to_the_draft_blocks_publishing(workspace, team, moderator, secretariat):
    from django.core.exceptions import ValidationError

    practice = _proposed(workspace, team[0], moderator, PRACTICES["en"])
    resource = services.good_practice_draft_copy(practice=practice, by=secretariat)
    resource.body_en += "\n\nThanks to Ana Fernandez (ana.fernandez@mpf.example)."
    resource.save()
    with pytest.raises(ValidationError, match="2 suspected personal items remain"):
        resource_good_practice_publish(resource=resource, by=secretariat)


def test_a_former_member_who_posted_is_still_watched(workspace, owner, moderator, secretariat):
    from workspaces.models import Membership

    bruno = make_expert("bruno.lima@pf.example", "BR", first_name="Bruno", last_name="Lima")
    services.membership_add(workspace=workspace, user=bruno, role=Role.MEMBER, by=owner, via="test")
    services.thread_create(workspace=workspace, author=bruno, title="Exchanges", body="Who has a contact?")
    services.membership_leave(membership=Membership.objects.get(workspace=workspace, user=bruno))
    texts = dict(PRACTICES["en"], practice="Bruno Lima, then Lima alone, set up the desk.")
    resource = services.good_practice_draft_copy(practice=_proposed(workspace, owner, moderator, texts), by=secretariat)
    assert "Bruno" not in resource.body_en and "Lima" not in resource.body_en
    assert "A team member, then a team member alone, set up the desk." in resource.body_en
