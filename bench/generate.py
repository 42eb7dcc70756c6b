"""The benchmark's data: 5,000 laws with 100,000 provisions, 35 countries × 20 contact points,
1,000 threads (5,000 posts), 5,000 resources: over 100,000 searchable records in all.

    python bench/generate.py            # fill the database of DATABASE_URL (idempotent)
    python bench/generate.py --targets  # print the pages bench/run.py loads, as JSON

Runs the demo data first (users, workspaces, treaty status), then bulk inserts; the database
triggers and the apps' own refresh functions keep the search vectors current.
"""

import json
import os
import random
import sys
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
from portal.infra.embedded_db import use_embedded_unless_configured  # noqa: E402  (after the path above)

use_embedded_unless_configured()  # without DATABASE_URL: the embedded PostgreSQL's `portal` database

LAWS = 5_000
PROVISIONS_PER_LAW = 20
CONTACTS_PER_COUNTRY = 20
THREADS = 1_000
POSTS_PER_THREAD = 5
RESOURCES = 5_000
MARK = "BENCH"
ASPECTS = ["substantive", "procedural", "cooperation"]

WORDS = {
    "es": ["acceso", "ilícito", "sistema", "informático", "datos", "interceptación", "fraude", "falsificación",
           "pornografía", "infantil", "conservación", "tráfico", "orden", "registro", "incautación", "cooperación",
           "extradición", "asistencia", "mutua", "red", "dispositivos", "contraseña", "daño", "pena", "prisión"],
    "en": ["unauthorised", "access", "computer", "system", "data", "interception", "fraud", "forgery", "child",
           "abuse", "material", "preservation", "traffic", "production", "order", "search", "seizure",
           "cooperation", "extradition", "mutual", "assistance", "network", "device", "password", "penalty"],
    "pt": ["acesso", "indevido", "sistema", "informático", "dados", "interceptação", "fraude", "falsificação",
           "criança", "preservação", "tráfego", "ordem", "busca", "apreensão", "cooperação", "extradição",
           "assistência", "mútua", "rede", "dispositivo", "senha", "dano", "pena", "reclusão", "invasão"],
    "fr": ["accès", "frauduleux", "système", "informatique", "données", "interception", "fraude", "faux",
           "enfant", "conservation", "trafic", "injonction", "perquisition", "saisie", "coopération",
           "extradition", "entraide", "réseau", "dispositif", "mot", "passe", "atteinte", "peine", "prison", "délit"],
}
LANGUAGE_BY_SUBREGION = {"caribbean": "en", "north-america": "en"}


def language_for(country) -> str:
    if country.iso2 == "BR":
        return "pt"
    if country.iso2 == "HT":
        return "fr"
    return LANGUAGE_BY_SUBREGION.get(country.subregion, "es")


# Text with a realistic spread of word frequencies: about one word in eight is a domain term
# (so each term appears in a fair share of provisions, as "acceso" does in real codes), the
# rest comes from a 3,000-word filler vocabulary with Zipf-like frequencies.
DOMAIN_SHARE = 0.12
SYLLABLES = ["ca", "de", "li", "mo", "ra", "to", "ne", "si", "pa", "lu", "ve", "ri", "no", "ta", "me", "co",
             "tri", "bu", "fe", "gi", "sa", "po", "len", "mar", "dis", "con", "pre", "tra", "cion", "ment"]
_filler_rng = random.Random(11)
FILLER = ["".join(_filler_rng.choice(SYLLABLES) for _ in range(_filler_rng.randint(2, 4))) for _ in range(3000)]
FILLER_WEIGHTS = [1 / (rank + 1) for rank in range(len(FILLER))]


def sentence(rng: random.Random, language: str, words: int) -> str:
    domain = WORDS[language]
    fillers = iter(rng.choices(FILLER, weights=FILLER_WEIGHTS, k=words))
    tokens = [rng.choice(domain) if rng.random() < DOMAIN_SHARE else next(fillers) for _ in range(words)]
    return " ".join(tokens).capitalize() + "."


def generate() -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from contacts.models import ContactPoint, NationalUnit
    from legislation.models import ConventionArticle, Law, Provision
    from portal.content.models import Resource
    from portal.infra.cache import bump_public_data_version
    from portal.models import Country

    if Law.objects.filter(number__startswith=MARK).count() >= LAWS:
        print("benchmark data already present")
        generate_fiches()
        return
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115 - discarded output
    rng = random.Random(2026)
    countries = list(Country.objects.all())
    articles = list(ConventionArticle.objects.values_list("id", flat=True))

    with transaction.atomic():
        laws = []
        for index in range(LAWS):
            country = countries[index % len(countries)]
            language = language_for(country)
            enacted = date(1995, 1, 1) + timedelta(days=rng.randrange(0, 30 * 365))
            laws.append(Law(
                country=country, title=sentence(rng, language, 8), title_en=sentence(rng, "en", 8),
                language=language, kind=rng.choice(["code", "statute", "decree", "regulation"]),
                number=f"{MARK}-{index:05d}", enacted_on=enacted, in_force_on=enacted + timedelta(days=30),
                status=rng.choice(["in_force", "amended", "repealed"]), summary=sentence(rng, language, 30),
                is_published=True, is_sample=True,
            ))
        laws = Law.objects.bulk_create(laws, batch_size=1000)
        print(f"{len(laws)} laws", flush=True)
        through = Provision.articles.through
        for start in range(0, len(laws), 250):
            provisions = []
            for law in laws[start:start + 250]:
                for number in range(1, PROVISIONS_PER_LAW + 1):
                    provisions.append(Provision(
                        law=law, number=f"Art. {number}", heading=sentence(rng, law.language, 4),
                        text=sentence(rng, law.language, 60), aspect=rng.choice(ASPECTS),
                        position=number,
                    ))
            provisions = Provision.objects.bulk_create(provisions, batch_size=2000)
            links = [through(provision_id=p.pk, conventionarticle_id=rng.choice(articles)) for p in provisions]
            through.objects.bulk_create(links, batch_size=5000, ignore_conflicts=True)
            print(f"{start + 250} laws' provisions", flush=True)

    with transaction.atomic():
        points = []
        for country in countries:
            unit = NationalUnit.objects.filter(country=country).first()
            if unit is None:
                unit = NationalUnit.objects.create(country=country, name=f"{MARK} unit {country.iso2}",
                                                   kind="cybercrime-unit", is_published=True)
            for index in range(CONTACTS_PER_COUNTRY):
                points.append(ContactPoint(
                    unit=unit, name=f"{MARK} contact {country.iso2}-{index}", position="Duty officer",
                    roles=["cooperation", "24-7"], email=f"bench-{country.iso2.lower()}-{index}@example.org",
                    phones=["+1-555-0100"], languages=["en"], hours="24/7",
                ))
        ContactPoint.objects.bulk_create(points, batch_size=1000)
        print(f"{len(points)} contact points", flush=True)

    with transaction.atomic():
        resources = []
        for index in range(RESOURCES):
            language = rng.choice(["en", "es", "pt", "fr"])
            resources.append(Resource(
                slug=f"bench-{index}", kind="report", title=sentence(rng, language, 6),
                summary=sentence(rng, language, 40), language=language, year=2000 + index % 26,
                status="published", url="https://example.org/", country=rng.choice(countries),
            ))
        Resource.objects.bulk_create(resources, batch_size=1000)
        Resource.objects.filter(slug__startswith="bench-").refresh_search_vector()
        print(f"{len(resources)} resources", flush=True)

    generate_workspace(rng)
    generate_fiches()
    bump_public_data_version()
    # Fresh statistics, as a production database has after autovacuum: the planner needs them.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print("vacuumed and analysed", flush=True)


def generate_fiches() -> None:
    """An evidence fiche for every state × measure (35 × 9), pre-filled from the generated laws and units."""
    from cooperation.models import Fiche
    from cooperation.services import fiches_prefill
    from portal.infra.cache import bump_public_data_version
    from portal.models import Country

    if Fiche.objects.values("country_id").distinct().count() >= Country.objects.count():
        return
    fiches = fiches_prefill(countries=Country.objects.all(), is_sample=True)
    bump_public_data_version()
    print(f"{len(fiches)} evidence fiches", flush=True)


def generate_workspace(rng: random.Random) -> None:
    from django.db import transaction

    from portal.accounts.models import User
    from workspaces.models import Post, Role, Thread, Workspace
    from workspaces.services import membership_add, workspace_create

    expert = User.objects.get(email="expert-br@example.org")
    workspace = Workspace.objects.filter(slug="bench").first() or workspace_create(
        name="Benchmark workspace", slug="bench", owners=[expert], by=None
    )
    membership_add(workspace=workspace, user=expert, role=Role.OWNER, by=None, via="bench")
    if workspace.threads.count() >= THREADS:
        return
    with transaction.atomic():
        threads = Thread.objects.bulk_create(
            [Thread(workspace=workspace, title=sentence(rng, "en", 6), author=expert, post_count=POSTS_PER_THREAD)
             for _ in range(THREADS)], batch_size=1000,
        )
        Post.objects.bulk_create(
            [Post(thread=thread, author=expert, body=sentence(rng, "en", 40)) for thread in threads
             for _ in range(POSTS_PER_THREAD)], batch_size=2000,
        )
    print(f"{THREADS} threads, {THREADS * POSTS_PER_THREAD} posts", flush=True)


def expert_cookie() -> str:
    """A signed-in session of the demo expert (TOTP enrolled here), for the restricted page."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from portal.accounts.models import User

    user = User.objects.get(email="expert-br@example.org")
    if not Authenticator.objects.filter(user=user).exists():
        TOTP.activate(user, generate_totp_secret())
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


def targets() -> dict:
    import django

    django.setup()
    from contacts.models import ContactPoint
    from cooperation.models import Fiche, Measure
    from legislation.models import Law, Provision
    from portal.content.models import Resource
    from portal.models import Country
    from workspaces.models import Post, Thread

    law = Law.objects.filter(number__startswith=MARK).order_by("pk").first()
    rng = random.Random(7)
    def two_words(language: str) -> str:
        return quote_plus(f"{rng.choice(WORDS[language])} {rng.choice(WORDS[language])}")

    law_queries = [f"/en/laws/?q={two_words('es')}&n={i}" for i in range(200)]
    site_queries = [f"/en/search/?q={two_words('en')}&n={i}" for i in range(200)]
    matrix_queries = [f"/en/laws/matrix/?n={i}" for i in range(60)]
    codes = [code.lower() for code in Country.objects.order_by("iso2").values_list("iso2", flat=True)]
    slugs = list(Measure.objects.values_list("slug", flat=True))
    finder_queries = [
        f"/en/channels/?from={codes[i % len(codes)]}&to={codes[(i * 7 + 3) % len(codes)]}&measure={slugs[i % len(slugs)]}"
        f"&n={i}" for i in range(200) if codes[i % len(codes)] != codes[(i * 7 + 3) % len(codes)]
    ]
    return {
        "counts": (
            f"{Law.objects.count():,} laws, {Provision.objects.count():,} provisions, "
            f"{ContactPoint.objects.count():,} contact points, {Thread.objects.count():,} threads, "
            f"{Post.objects.count():,} posts, {Resource.objects.count():,} resources, "
            f"{Fiche.objects.count():,} evidence fiches"
        ),
        "pages": [
            ["home", "/en/", None],
            ["law list", "/en/laws/", None],
            ["law page", f"/en/laws/{law.pk}/", None],
            ["country profile", "/en/countries/br/", None],
            ["coverage matrix", "/en/laws/matrix/", None],
            ["law search", "/en/laws/?q=acceso+il%C3%ADcito", None],
            ["site-wide search", "/en/search/?q=fraud", None],
            ["evidence fiches overview", "/en/evidence/", None],
            ["channel finder", "/en/channels/?from=ar&to=ca&measure=preservation", None],
            ["workspace page (restricted)", "/en/workspaces/bench/", expert_cookie()],
        ],
        "server_side": [
            ["law search", "/en/laws/", law_queries],
            ["site-wide search", "/en/search/", site_queries],
            ["coverage matrix", "/en/laws/matrix/", matrix_queries],
            ["channel finder", "/en/channels/", finder_queries],
        ],
    }


if __name__ == "__main__":
    if "--targets" in sys.argv:
        print(json.dumps(targets()))
    else:
        generate()
