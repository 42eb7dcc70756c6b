"""Full-text search over published laws and provisions.

The stored vectors (kept by database triggers, migrations 0003 and 0006) hold each text in the
accent-insensitive configuration of the record's language (`portal_spanish`...). A query is the
reader's text read in all four languages' configurations and in 'simple', OR-ed
(`portal.search.web_query`): whatever the page's language, the record's own configuration reads
the query as it read the record, so "acceso ilicito" on /en/ finds "acceso ilícito", and
"accesos ilícitos" matches the Spanish stems. Snippets are made in each record's configuration,
so the matched words are highlighted, accents or not.
"""

import heapq
import re
from contextlib import contextmanager

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connections, router, transaction
from django.db.models import F, Func, Subquery, TextField, Value
from django.db.models.functions import Coalesce, Concat
from django.utils.translation import gettext as _

from portal.search import HEADLINE_OPTIONS, SearchHit, clean_query, highlight_to_html, web_query


class RecordConfig(Func):
    """The text-search configuration of a record's language (SQL function, migrations 0003 and 0006)."""

    function = "legislation_ts_config"
    output_field = TextField()


class Headline(SearchHeadline):
    """ts_headline with the portal's shared options string (`portal.search.HEADLINE_OPTIONS`)."""

    def __init__(self, expression, query, *, config):
        super().__init__(expression, query, config=config)

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        # The base class renders no options when none are given: append ours as one parameter.
        return sql[:-1] + ", %s)", (*params, HEADLINE_OPTIONS)


def search_query(text: str, language: str | None) -> SearchQuery:
    """What a reader's search text matches: its words in any of the four languages, accents or not."""
    return web_query(text, language)


def headline_query(text: str, language: str | None, language_field: str) -> SearchQuery:
    """The query the snippets mark: the search query, which already holds each record's own
    language's reading (`language_field` is kept for the callers)."""
    return search_query(text, language)


def rank(query: SearchQuery) -> SearchRank:
    """Relevance of a provision (its own small vector)."""
    return SearchRank(F("search_vector"), query)


def law_rank(query: SearchQuery) -> SearchRank:
    """Relevance of a law from its titles, summary and provision headings (`rank_vector`): a title
    match ranks above a match in the text, and the large vectors are never read to rank."""
    return SearchRank(F("rank_vector"), query)


@contextmanager
def index_search_plan(active: bool = True, model=None):
    """Make PostgreSQL answer text searches from the GIN indexes.

    Laws' vectors hold their provisions' texts and are stored out of line (TOAST). The planner
    does not count the cost of reading them back, so for a common word it picks a sequential
    scan that checks every row, ten times slower than the index. Inside this block (one
    transaction) it prefers index scans; outside, nothing changes.
    """
    if not active:
        yield
        return
    from legislation.models import Law

    alias = router.db_for_read(model or Law)
    with transaction.atomic(using=alias):
        with connections[alias].cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def law_headline(text: str, language: str | None, prefix: str = ""):
    """Snippet of a law's titles and summary."""
    body = Concat(
        F(f"{prefix}title"), Value(" · "), F(f"{prefix}title_en"), Value(" · "), F(f"{prefix}summary"),
        output_field=TextField(),
    )
    return Headline(body, headline_query(text, language, f"{prefix}language"), config=RecordConfig(F(f"{prefix}language")))


def provision_headline(text: str, language: str | None):
    """Snippet of a provision's heading and text."""
    body = Concat(Coalesce(F("heading"), Value("")), Value(" · "), F("text"), output_field=TextField())
    return Headline(body, headline_query(text, language, "law__language"), config=RecordConfig(F("law__language")))


def best_provisions(law_ids, text: str, language: str | None):
    """For each law, its best-matching provision with a highlighted snippet (one query)."""
    from legislation.models import Provision

    query = search_query(text, language)
    # DISTINCT ON picks each law's best provision in one pass over the laws' provisions; the
    # snippets (the costly part) are then made for those few rows only.
    best = (
        Provision.objects.filter(law_id__in=law_ids, search_vector=query)
        .annotate(score=rank(query))
        .order_by("law_id", "-score", "position", "id")
        .distinct("law_id")
        .values("id")
    )
    return {
        provision.law_id: provision
        for provision in Provision.objects.filter(id__in=Subquery(best))
        .annotate(headline=provision_headline(text, language))
        .only("id", "law_id", "number", "heading")
    }


def _hit(kind: str, title: str, record, law) -> SearchHit:
    """A ranked law or provision (annotated `score` and `headline`) as a hit, in its law's language."""
    return SearchHit(
        kind=kind, title=title, url=record.get_absolute_url(), snippet=highlight_to_html(record.headline),
        rank=float(record.score), date=law.enacted_on, language=law.language,
    )


def site_search(query: str, language: str, limit: int) -> list[SearchHit]:
    """Published laws and provisions matching `query`, best first (four queries: the index's
    version, the match, the best laws, their best provisions)."""
    from legislation.facets import law_index

    text = clean_query(query)
    if not text:
        return []
    index = law_index()  # outside the index-only plan: a rebuild reads every published law
    with index_search_plan():
        return _site_search(text, language, limit, index)


def _site_search(text: str, language: str, limit: int, index) -> list[SearchHit]:
    from legislation.models import Law, Provision

    ts_query = search_query(text, language)
    # As on the law list: match from the GIN index alone (no other condition the planner could
    # prefer), keep the published laws (the in-memory index lists them), and read only the best.
    matches = Law.objects.filter(search_vector=ts_query).annotate(score=law_rank(ts_query)).order_by()
    best = heapq.nsmallest(
        limit,
        ((-score, -(index.enacted_ordinal(pk) or 0), pk)
         for pk, score in matches.values_list("pk", "score") if pk in index),
    )
    by_id = {
        law.pk: law
        for law in Law.objects.published().filter(pk__in=[pk for _s, _e, pk in best]).select_related("country")
        .annotate(score=law_rank(ts_query), headline=law_headline(text, language))
    }
    laws = [by_id[pk] for _s, _e, pk in best if pk in by_id]
    hits = [_hit(_("Law"), f"{law.title} ({law.country.name})", law, law) for law in laws]
    # Provisions are looked for inside the best laws only: the law vector already holds every
    # provision's text, so this keeps the ranking work bounded however large the table grows.
    provisions = (
        Provision.objects.filter(law__in=[law.pk for law in laws], search_vector=ts_query).defer("search_vector")
        .with_law()
        .annotate(score=rank(ts_query), headline=provision_headline(text, language))
        .order_by("-score", "id")[:limit]
    )
    for provision in provisions:
        law = provision.law
        label = " ".join(filter(None, [provision.number, provision.heading]))
        hits.append(_hit(_("Provision"), f"{label} · {law.number} ({law.country.name})", provision, law))
    hits.sort(key=lambda hit: hit.rank, reverse=True)
    return hits[:limit]


# --- "Did you mean …?" -------------------------------------------------------------------------

# Words of the query looked up in the vocabulary: letters, three or more (as the vocabulary keeps).
_WORD = re.compile(r"[^\W\d_]{3,}")
# Web-search syntax that is not a word to correct.
_OPERATORS = {"or", "and", "not"}
MAX_WORDS = 8

SUGGEST_SQL = """
SELECT q.word,
       EXISTS (SELECT 1 FROM legislation_searchword s WHERE s.plain = unaccent(q.word)),
       (SELECT s.word FROM legislation_searchword s
         WHERE s.plain %% unaccent(q.word)
         ORDER BY s.plain <-> unaccent(q.word), s.word LIMIT 1)
  FROM unnest(%s::text[]) AS q(word)
"""


def suggest(text: str) -> str | None:
    """The search text with each word the indexed texts never use replaced by the closest word
    they do use (trigram similarity, accents ignored), or None when there is nothing to correct.
    One query, over `SearchWord` (kept by the database triggers)."""
    from legislation.models import SearchWord

    text = clean_query(text)
    words = list(dict.fromkeys(
        word.lower() for word in _WORD.findall(text) if word.lower() not in _OPERATORS
    ))[:MAX_WORDS]
    if not words:
        return None
    with connections[router.db_for_read(SearchWord)].cursor() as cursor:
        cursor.execute(SUGGEST_SQL, [words])
        replacements = {word: nearest for word, known, nearest in cursor.fetchall() if not known and nearest}
    if not replacements:
        return None
    return _WORD.sub(lambda match: replacements.get(match.group(0).lower(), match.group(0)), text)
