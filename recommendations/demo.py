"""Demo data for the tracker (sample, labelled on screen): a few national cybersecurity
strategies, statuses set by the secretariat, and a questionnaire built but not yet sent, so
that the whole cycle (send, remind, answer, return, answer again, accept) can be walked.
Called by `manage.py seed_demo`; idempotent."""

from datetime import timedelta

from django.utils import timezone

from portal.accounts.models import User
from portal.models import Country
from recommendations.models import (
    CybersecurityStrategy,
    ImplementationStatus,
    Question,
    Questionnaire,
    Recommendation,
    Section,
    Source,
    Status,
)
from recommendations.services import implementation_set

STRATEGIES = {
    "AR": ("Estrategia Nacional de Ciberseguridad (sample)", 2019, "https://www.argentina.gob.ar/"),
    "BR": ("Estratégia Nacional de Segurança Cibernética – E-Ciber (sample)", 2020, "https://www.gov.br/"),
    "CL": ("Política Nacional de Ciberseguridad (sample)", 2017, "https://www.ciberseguridad.gob.cl/"),
    "CO": ("Política Nacional de Confianza y Seguridad Digital (sample)", 2020, ""),
    "MX": ("Estrategia Nacional de Ciberseguridad (sample)", 2017, "https://www.gob.mx/"),
    "CA": ("National Cyber Security Strategy (sample)", 2018, "https://www.publicsafety.gc.ca/"),
}

# (recommendation number in CIBER-VII, country, status, note)
STATUSES = [
    ("15", "AR", Status.IN_PROGRESS, "Sample: agreements with service providers under discussion."),
    ("15", "BR", Status.IMPLEMENTED, "Sample: cooperation agreements with major providers."),
    ("12", "MX", Status.IMPLEMENTED, "Sample: answered the UN expert group's questionnaire."),
    ("18", "CL", Status.NOT_STARTED, "Sample."),
]

Q = "Questionnaire on the CIBER-VII recommendations (sample)"


def _t(en, es, pt, fr) -> dict:
    return {"en": en, "es": es, "pt": pt, "fr": fr}


def _translated(field, texts) -> dict:
    return {f"{field}_{lang}": text for lang, text in texts.items()} | {field: texts["en"]}


def seed(stdout) -> None:
    for code, (title, year, url) in STRATEGIES.items():
        CybersecurityStrategy.objects.get_or_create(
            country_id=code, defaults={"title": title, "year": year, "url": url, "is_sample": True}
        )
    secretariat = User.objects.filter(email="secretariat@example.org").first()
    ciber = {rec.number: rec for rec in Recommendation.objects.filter(document__symbol="CIBER-VII/doc.6/12 rev. 1")}
    for number, code, status, note in STATUSES:
        if not ImplementationStatus.objects.filter(recommendation=ciber[number], country_id=code).exists():
            implementation_set(recommendation=ciber[number], country=Country.objects.get(iso2=code), status=status,
                               evidence=note, by=secretariat, source=Source.SECRETARIAT)
    questionnaire = Questionnaire.objects.filter(title_en=Q).first()
    if questionnaire is None:
        questionnaire = Questionnaire.objects.create(
            **_translated("title", _t(Q, "Cuestionario sobre las recomendaciones de CIBER-VII (muestra)",
                                      "Questionário sobre as recomendações do CIBER-VII (amostra)",
                                      "Questionnaire sur les recommandations de CIBER-VII (exemple)")),
            **_translated("introduction", _t(
                "Please answer for your country before the deadline. Sample questionnaire.",
                "Responda por su país antes de la fecha límite. Cuestionario de muestra.",
                "Responda pelo seu país antes do prazo. Questionário de amostra.",
                "Veuillez répondre pour votre pays avant la date limite. Questionnaire d'exemple.")),
            deadline=timezone.localdate() + timedelta(days=30), reminder_days=[14, 3],
            comparison_audience=Questionnaire.Audience.EXPERTS,
        )
        questionnaire.countries.set(Country.objects.filter(iso2__in=["AR", "BR", "CL", "CO", "MX", "PE"]))
        section = Section.objects.create(questionnaire=questionnaire, position=1, **_translated("title", _t(
            "Private sector and strategy", "Sector privado y estrategia", "Setor privado e estratégia",
            "Secteur privé et stratégie")))
        Question.objects.create(
            section=section, position=1, kind=Question.Kind.STATUS, recommendation=ciber["15"],
            **_translated("text", _t(
                "How far has your country come in developing partnerships with Internet service providers (recommendation 15)?",
                "¿Cuánto ha avanzado su país en las alianzas con los proveedores de servicios de Internet (recomendación 15)?",
                "Quanto avançou o seu país nas parcerias com os provedores de serviços de Internet (recomendação 15)?",
                "Où en est votre pays dans les partenariats avec les fournisseurs d'accès à Internet (recommandation 15) ?")),
        )
        Question.objects.create(
            section=section, position=2, kind=Question.Kind.YES_NO, recommendation=ciber["12"],
            **_translated("text", _t(
                "Has your country answered the UN expert group's questionnaire on cybercrime (recommendation 12)?",
                "¿Ha respondido su país al cuestionario del grupo de expertos de la ONU (recomendación 12)?",
                "O seu país respondeu ao questionário do grupo de peritos da ONU (recomendação 12)?",
                "Votre pays a-t-il répondu au questionnaire du groupe d'experts de l'ONU (recommandation 12) ?")),
        )
        Question.objects.create(
            section=section, position=3, kind=Question.Kind.TEXT, profile_field="strategy.title",
            **_translated("text", _t(
                "Title of your national cybersecurity strategy",
                "Título de su estrategia nacional de ciberseguridad",
                "Título da sua estratégia nacional de segurança cibernética",
                "Titre de votre stratégie nationale de cybersécurité")),
        )
        Question.objects.create(
            section=section, position=4, kind=Question.Kind.NUMBER, profile_field="strategy.year",
            **_translated("text", _t("Year the strategy was adopted", "Año de adopción de la estrategia",
                                     "Ano de adoção da estratégia", "Année d'adoption de la stratégie")),
        )
        Question.objects.create(
            section=section, position=5, kind=Question.Kind.FILE, required=False,
            **_translated("text", _t("The strategy document (optional)", "El documento de la estrategia (opcional)",
                                     "O documento da estratégia (opcional)", "Le document de la stratégie (facultatif)")),
        )
    stdout.write(f"REMJA tracker: {CybersecurityStrategy.objects.count()} strategies, questionnaire “{questionnaire}”.")
