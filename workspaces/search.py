"""Full-text search inside one workspace (members only; the caller has checked access).

Not a site-wide provider: nothing here is public.
"""

from django.contrib.postgres.search import SearchHeadline, SearchRank
from django.db.models import TextField, Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.search import (
    START_SEL,
    STOP_SEL,
    MultilingualVector,
    SearchHit,
    highlight_to_html,
    search_config,
    web_query,
)
from workspaces.models import Document, GoodPractice, Post, Thread, Workspace

PER_KIND = 20


def _ranked(queryset, vector, text, query, config):
    return (
        queryset.annotate(rank=SearchRank(vector, query))
        .annotate(document=vector)
        .filter(document=query)
        .annotate(
            headline=SearchHeadline(
                text,
                query,
                config=config,
                start_sel=START_SEL,
                stop_sel=STOP_SEL,
                max_words=35,
                min_words=15,
                max_fragments=2,
            )
        )
        .order_by("-rank")[:PER_KIND]
    )


def _hit(kind: str, row, title: str, url: str) -> SearchHit:
    """A search hit from a row `_ranked` annotated with its rank and headline."""
    return SearchHit(kind, title, url, highlight_to_html(row.headline), row.rank, row.created_at.date())


def workspace_search(workspace: Workspace, text: str, language: str | None) -> list[SearchHit]:
    """Threads, posts, good practices and document titles of one workspace matching `text`."""
    if not text:
        return []
    config = search_config(language)
    query = web_query(text, language)
    hits: list[SearchHit] = []

    threads = _ranked(
        Thread.objects.filter(workspace=workspace), MultilingualVector("title", config=config), "title", query, config
    )
    hits += [_hit(_("Thread"), thread, thread.title, _thread_url(workspace, thread.pk)) for thread in threads]

    posts = _ranked(
        Post.objects.filter(thread__workspace=workspace, removed_at__isnull=True).select_related("thread"),
        MultilingualVector("body", config=config),
        "body",
        query,
        config,
    )
    hits += [
        _hit(_("Reply"), post, post.thread.title, f"{_thread_url(workspace, post.thread_id)}#post-{post.pk}")
        for post in posts
    ]

    practice_text = Concat(
        "title", Value(" "), "problem", Value(" "), "practice", Value(" "), "results", output_field=TextField()
    )
    practices = _ranked(
        GoodPractice.objects.filter(workspace=workspace),
        MultilingualVector("title", weight="A", config=config)
        + MultilingualVector("problem", "practice", "results", config=config),
        practice_text,
        query,
        config,
    )
    hits += [
        _hit(_("Good practice"), practice, practice.title, _url("practice_detail", workspace, practice.pk))
        for practice in practices
    ]

    documents = _ranked(
        Document.objects.filter(workspace=workspace),
        MultilingualVector("title", weight="A", config=config) + MultilingualVector("description", config=config),
        Concat("title", Value(" "), "description", output_field=TextField()),
        query,
        config,
    )
    hits += [
        _hit(_("Document"), document, document.title, _url("document_detail", workspace, document.pk))
        for document in documents
    ]
    return sorted(hits, key=lambda hit: hit.rank, reverse=True)


def _url(name: str, workspace: Workspace, pk: int) -> str:
    return reverse(f"workspaces:{name}", args=[workspace.slug, pk])


def _thread_url(workspace: Workspace, pk: int) -> str:
    return _url("thread_detail", workspace, pk)
