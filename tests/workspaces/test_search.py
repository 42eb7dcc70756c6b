from django.core.files.base import ContentFile

from workspaces import services

from .conftest import make_practice, url


def _hits(client, workspace, q):
    response = client.get(url("workspace_search", workspace.slug), {"q": q})
    assert response.status_code == 200
    return response


def test_search_finds_threads_posts_practices_and_documents(client, workspace, member):
    thread = services.thread_create(workspace=workspace, author=member, title="Ransomware negotiation", body="x")
    services.post_create(thread=thread, author=member, body="The affiliates used a phishing kit.")
    make_practice(
        workspace,
        member,
        title="Blocking mule accounts",
        problem="Mules moved funds",
        practice="Banks froze phishing proceeds",
        results="Funds returned",
    )
    services.document_upload(
        workspace=workspace, by=member, file=ContentFile(b"x"), file_name="a.txt", title="Phishing kit analysis"
    )
    client.force_login(member)
    kinds = {hit.kind for hit in _hits(client, workspace, "phishing").context["hits"]}
    assert kinds == {"Reply", "Good practice", "Document"}
    assert [hit.title for hit in _hits(client, workspace, "negotiation").context["hits"]] == ["Ransomware negotiation"]


def test_search_highlights_safely(client, workspace, member):
    thread = services.thread_create(
        workspace=workspace, author=member, title="t", body="<b>bold</b> phishing <script>x</script>"
    )
    client.force_login(member)
    page = _hits(client, workspace, "phishing").content.decode()
    assert "<mark>phishing</mark>" in page
    assert "<script>x" not in page
    assert thread.title in page


def test_removed_posts_and_other_workspaces_are_not_found(client, workspace, open_workspace, member, owner, moderator):
    thread = services.thread_create(workspace=workspace, author=member, title="t", body="confidential lead")
    services.post_remove(post=thread.posts.get(), by=moderator)
    other = services.thread_create(workspace=open_workspace, author=owner, title="Elsewhere", body="confidential")
    client.force_login(owner)  # a member of both
    hits = _hits(client, workspace, "confidential").context["hits"]
    assert hits == []
    assert other.title not in _hits(client, workspace, "elsewhere").content.decode()


def test_bad_search_input_does_not_fail(client, workspace, member):
    client.force_login(member)
    for q in ['"unclosed', "a & | ! (", "x" * 2000, "\x00", "-", "OR"]:
        assert client.get(url("workspace_search", workspace.slug), {"q": q}).status_code == 200


def test_outsider_cannot_search(client, workspace, outsider):
    client.force_login(outsider)
    assert client.get(url("workspace_search", workspace.slug), {"q": "x"}).status_code == 404


def test_search_ignores_accents_and_the_page_language(client, workspace, open_workspace, member, owner):
    thread = services.thread_create(workspace=workspace, author=member, title="Intercepción de comunicaciones",
                                    body="Solicitud de conservación de datos informáticos.")
    services.thread_create(workspace=open_workspace, author=owner, title="Intercepción en otro espacio", body="x")
    client.force_login(owner)  # a member of both: only the workspace searched answers
    for lang in ("en", "es", "pt", "fr"):
        for q in ("intercepcion", "conservacion de datos informaticos", "Intercepción"):
            response = client.get(f"/{lang}/workspaces/{workspace.slug}/search/", {"q": q})
            assert response.status_code == 200
            assert [hit.title for hit in response.context["hits"]] == [thread.title], (lang, q)
    page = client.get(f"/fr/workspaces/{workspace.slug}/search/", {"q": "intercepcion"}).content.decode()
    assert "<mark>Intercepción</mark>" in page


def test_outsider_cannot_search_even_for_accented_words(client, workspace, member, outsider):
    services.thread_create(workspace=workspace, author=member, title="Intercepción", body="x")
    client.force_login(outsider)
    response = client.get(f"/en/workspaces/{workspace.slug}/search/", {"q": "intercepcion"})
    assert response.status_code == 404
    assert b"Intercepci" not in response.content


def test_search_costs_the_same_for_few_or_many_hits(client, workspace, member, constant_queries):
    def add(n):
        thread = services.thread_create(workspace=workspace, author=member, title=f"Phishing case {n}", body="x")
        services.post_create(thread=thread, author=member, body=f"Phishing kit number {n}.")
        make_practice(workspace, member, title=f"Phishing practice {n}", problem="Phishing mules")
        services.document_upload(workspace=workspace, by=member, file=ContentFile(b"x"), file_name=f"{n}.txt",
                                 title=f"Phishing kit analysis {n}")

    client.force_login(member)
    address = url("workspace_search", workspace.slug) + "?q=phishing"
    add(0)
    with constant_queries(client, address):
        for n in range(1, 5):
            add(n)
    assert len(_hits(client, workspace, "phishing").context["hits"]) >= 15
