"""The personal data detector and anonymiser (portal/content/personal_data.py): what the public
copy of a good practice must not carry, found with its position, in the four languages."""

import pytest

from portal.content.personal_data import Kind, Person, anonymise, find_personal_data

PEOPLE = [
    Person(first_name="Camila", last_name="Rocha"),
    Person(first_name="Ana", last_name="Fernández"),
    Person(first_name="Luis", last_name="Martínez Soto"),
]

# The five leaks the outside test found, written as members write in each language.
TEXTS = {
    "en": (
        "Camila coordinated the desk with the exchanges. Fernandez drafted the preservation requests and "
        "answered at ana.[name removed]@mpf.example. The prosecutor Juan Pérez obtained the freezing order; "
        "the duty line is +55 61 2025-0000."
    ),
    "es": (
        "Camila coordinó la mesa con las plataformas. Fernandez redactó las solicitudes de conservación y "
        "respondía en ana.[name removed]@mpf.example. El fiscal Juan Pérez obtuvo la orden de congelamiento; "
        "la guardia atiende en el +55 61 2025-0000."
    ),
    "pt": (
        "Camila coordenou a mesa com as corretoras. Fernandez redigiu os pedidos de preservação e respondia "
        "em ana.[name removed]@mpf.example. O promotor Juan Pérez obteve a ordem de bloqueio; o plantão "
        "atende no +55 61 2025-0000."
    ),
    "fr": (
        "Camila a coordonné la cellule avec les plateformes. Fernandez a rédigé les demandes de conservation "
        "et répondait à ana.[name removed]@mpf.example. Le procureur Juan Pérez a obtenu le gel des avoirs ; "
        "la permanence répond au +55 61 2025-0000."
    ),
}


def found(text, **kwargs):
    return [(f.kind, f.text) for f in find_personal_data(text, people=PEOPLE, **kwargs)]


@pytest.mark.parametrize("language", TEXTS)
def test_finds_each_of_the_five_leaks_with_its_position(language):
    text = TEXTS[language]
    findings = find_personal_data(text, field=f"body_{language}", people=PEOPLE)
    by_text = {f.text: f for f in findings}
    assert by_text["Camila"].kind == Kind.NAME
    assert by_text["Fernandez"].kind == Kind.NAME
    assert by_text["ana.[name removed]@mpf.example"].kind == Kind.EMAIL
    assert by_text["Juan Pérez"].kind == Kind.TITLED_NAME
    assert by_text["+55 61 2025-0000"].kind == Kind.PHONE
    for finding in findings:
        assert text[finding.start:finding.end] == finding.text
        assert finding.field == f"body_{language}"


def test_names_match_without_accents_or_case_and_inside_addresses_and_handles():
    assert found("ANA FERNÁNDEZ and luis martinez soto met.") == [
        (Kind.NAME, "ANA FERNÁNDEZ"), (Kind.NAME, "luis martinez soto")
    ]
    assert found("Contact fernández or Martinez.") == [(Kind.NAME, "fernández"), (Kind.NAME, "Martinez")]
    assert found("Follow @acamila_r or see rocha2021.pdf") == [(Kind.NAME, "@acamila_r"), (Kind.NAME, "rocha2021.pdf")]


def test_a_known_name_inside_a_longer_word_is_not_a_name():
    assert found("The analysis of the banana trade and Rochambeau's plan.") == []


@pytest.mark.parametrize(
    "text",
    [
        "write to ana.fernandez@mpf.example today",
        "write to someone.else@unit.gob.example today",
        "write to soporte [at] policia [dot] example today",
    ],
)
def test_any_email_address_is_found(text):
    assert [kind for kind, _text in found(text)] == [Kind.EMAIL]


@pytest.mark.parametrize(
    "number",
    ["+55 61 2025-0000", "+52 (55) 5555 1234", "(61) 2025-0000", "2025-0000", "01 45 67 89 10", "555-1234",
     "+33 1 45 67 89 10", "0800 123 4567", "+5561920250000", "+1-202-555-0143", "(55) 5555-1234"],
)
def test_phone_numbers_in_international_and_local_formats(number):
    assert found(f"Call {number} at night.") == [(Kind.PHONE, number)]


@pytest.mark.parametrize(
    "text",
    ["Between 2019-2020 and 2023 we saw 1 200 cases.", "On 12/03/2024 the unit had 35 analysts.",
     "Losses fell by 12 500 000 reais in 2024-01-15.", "Se recuperaron US$ 2.500.000 y R$ 1.200.000.",
     "Foram 1.250.000 vítimas e 3.400.000 contas; la Ley 27.411 y la Lei 12.965/2014."],
)
def test_years_dates_figures_and_law_numbers_are_not_personal(text):
    assert found(text) == []


@pytest.mark.parametrize("number", ["123.456.789-09", "12.345.678", "12345678Z", "AB1234567",
                                    "0001234-56.2019.8.26.0100", "987654321012"])
def test_id_like_numbers(number):
    assert found(f"Suspect ID {number} was listed.") == [(Kind.ID_NUMBER, number)]


def test_web_addresses_with_a_persons_name_but_not_others():
    assert found("See https://www.linkedin.com/in/someone-else and https://pf.example/team/camila-rocha.") == [
        (Kind.URL, "https://www.linkedin.com/in/someone-else"), (Kind.URL, "https://pf.example/team/camila-rocha")
    ]
    assert found("The guide is at https://www.oas.org/juridico/cybercrime.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the prosecutor Juan Pérez asked", "Juan Pérez"),
        ("the prosecutor Juan P. Pérez asked", "Juan P. Pérez"),
        ("la fiscal Ana María de la Torre pidió", "Ana María de la Torre"),
        ("el comisario Luis Gómez Ruiz", "Luis Gómez Ruiz"),
        ("o delegado Pedro Alves explicou", "Pedro Alves"),
        ("a juíza Maria Costa decidiu", "Maria Costa"),
        ("le procureur Jean Dupont a demandé", "Jean Dupont"),
        ("l'inspectrice Claire Martin", "Claire Martin"),
        ("Inspector Tom Baker of the unit", "Tom Baker"),
        ("Detective John Smith said", "John Smith"),
        ("el agente Carlos Ruiz", "Carlos Ruiz"),
    ],
)
def test_capitalised_names_after_titles_in_four_languages(text, name):
    assert found(text) == [(Kind.TITLED_NAME, name)]


def test_a_title_followed_by_ordinary_words_is_not_a_name():
    assert found("The prosecutor asked the Public Prosecutor's Office; el fiscal de turno; año fiscal.") == []


def test_the_workspace_name_is_found():
    assert found("As the Secret Ransomware Taskforce agreed", extra_terms=["Secret Ransomware Taskforce"]) == [
        (Kind.WORKSPACE, "Secret Ransomware Taskforce")
    ]


@pytest.mark.parametrize("marker", ["[name removed]", "[nombre eliminado]", "[nome removido]", "[nom supprimé]"])
def test_removal_markers_left_in_a_text_are_found(marker):
    assert found(f"It was {marker} who called.") == [(Kind.MARKER, marker)]


@pytest.mark.parametrize(
    ("language", "member_word", "phone_word"),
    [
        ("en", "A team member", "the unit's telephone number"),
        ("es", "Una persona del equipo", "teléfono de la unidad"),
        ("pt", "Uma pessoa da equipe", "telefone da unidade"),
        ("fr", "Une personne de l'équipe", "numéro de l'unité"),
    ],
)
def test_anonymise_leaves_neutral_words_and_nothing_the_detector_finds(language, member_word, phone_word):
    text = anonymise(TEXTS[language], people=PEOPLE, language=language)
    assert find_personal_data(text, people=PEOPLE) == []
    assert text.startswith(member_word)
    assert phone_word in text
    for leak in ("Camila", "Fernandez", "ana.", "mpf.example", "Juan", "Pérez", "2025-0000", "removed", "[", "]"):
        assert leak not in text, leak


def test_anonymise_replaces_addresses_before_names():
    """A name inside an address goes with the whole address, never leaving "ana.<word>@mpf.example"."""
    text = anonymise("Write to ana.fernandez@mpf.example or camila.rocha@pf.example.", people=PEOPLE)
    assert text == "Write to the unit's contact address or the unit's contact address."


def test_anonymise_keeps_the_title_and_drops_the_name():
    assert anonymise("The prosecutor Juan Pérez froze the funds.") == "The prosecutor froze the funds."
