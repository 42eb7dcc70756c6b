"""Helpers for the request-drafting tests: a pair of states bound by Budapest, a draft walked through."""

from cooperation.drafting.models import RequestDraft
from tests.cooperation.factories import make_fiche
from tests.legislation.factories import make_treaty_status

CASE_TEXT = "CASE-TEXT-SECRET phishing site harvesting bank credentials of three hundred victims in Recife"
REFERENCE = "BR-2026-0042"

STEP_VALUES = {
    "parties": {
        "requesting_authority": "Polícia Federal, Cybercrime Unit", "requested_authority": "Fiscalía Especializada",
        "contact_name": "Ana Souza, Prosecutor", "contact_email": "ana.souza@mpf.example.org",
        "contact_phone": "+55 61 3105 5100", "second_language": "",
    },
    "case": {"reference": REFERENCE, "offences": "Electronic fraud, Criminal Code art. 171 §2-A (Budapest art. 8)",
             "facts": CASE_TEXT, "urgent": "on", "urgency_reason": "The provider keeps its logs for 30 days only."},
    "data": {"accounts": "collector@example.net", "ip_addresses": "203.0.113.7 2026-03-01T14:05:00 America/Sao_Paulo",
             "domains": "banco-falso.example", "provider": "Example Hosting SA", "provider_location": "Buenos Aires",
             "period_from": "2026-02-01", "period_to": "2026-03-15", "categories": ["subscriber", "traffic"]},
    "basis": {"legal_basis": "budapest", "signed_by": "Ana Souza, Federal Prosecutor"},
}


def bound_pair(requested: str = "AR", *, treaties=("budapest",), languages=("es",),
               slugs=("preservation", "stored-content"), **fiche_fields):
    """BR and `requested` both parties to each of `treaties`; `requested` has fiches for `slugs`."""
    for treaty in treaties:
        make_treaty_status("BR", treaty, "party")
        make_treaty_status(requested, treaty, "party")
    fiche_fields.setdefault("legal_basis", "treaty")
    return [make_fiche(requested, slug, languages=list(languages), **fiche_fields) for slug in slugs]


def start(client, *, measure="preservation", requesting="br", requested="ar", lang="en") -> RequestDraft:
    """Start a draft through the page, in the interface language `lang`."""
    response = client.post(f"/{lang}/requests/new/", {"measure": measure, "requesting": requesting,
                                                      "requested": requested})
    assert response.status_code == 302, response.content.decode()[:2000]
    return RequestDraft.objects.order_by("-created_at").first()


def post_step(client, draft, step, lang="en", **overrides):
    values = {**STEP_VALUES[step], **overrides}
    values = {key: value for key, value in values.items() if value is not None}
    return client.post(f"/{lang}/requests/{draft.pk}/{step}/", values)


def complete(client, draft, language="es", lang="en", **overrides):
    """Post every step; `language` is the document's, `lang` the interface's."""
    for step in STEP_VALUES:
        extra = {"language": language} if step == "parties" else {}
        extra.update(overrides.get(step, {}))
        response = post_step(client, draft, step, lang=lang, **extra)
        assert response.status_code == 302, (step, response.content.decode()[:3000])
    return response
