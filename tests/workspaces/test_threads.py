from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from portal.accounts.models import AuditEvent
from workspaces import services
from workspaces.models import Post

from .conftest import url


def test_member_starts_a_thread_and_replies(client, workspace, member):
    client.force_login(member)
    response = client.post(
        url("thread_create", workspace.slug), {"title": "Crypto seizures", "body": "We **froze** it."}
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Crypto seizures" in page and "<strong>froze</strong>" in page
    thread = workspace.threads.get()
    response = client.post(url("thread_detail", workspace.slug, thread.pk), {"body": "A reply"}, follow=True)
    assert "A reply" in response.content.decode()
    thread.refresh_from_db()
    assert thread.post_count == 2


def test_empty_reply_shows_the_error(client, thread, member):
    client.force_login(member)
    response = client.post(url("thread_detail", thread.workspace.slug, thread.pk), {"body": ""})
    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert thread.posts.count() == 1


class _Elements(HTMLParser):
    """Every element and attribute a browser would build from the HTML."""

    def __init__(self):
        super().__init__()
        self.tags, self.attributes = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<svg onload=alert(1)>",
        "[x](JaVaScRiPt:alert(1))",
    ],
)
def test_markdown_with_script_renders_harmless(client, workspace, member, body):
    thread = services.thread_create(workspace=workspace, author=member, title="XSS", body=body)
    client.force_login(member)
    page = client.get(url("thread_detail", workspace.slug, thread.pk)).content.decode()
    post_html = page.split('class="ws-post-body">', 1)[1].split("</div>", 1)[0]
    parsed = _Elements()
    parsed.feed(post_html)
    assert not {"script", "img", "svg", "iframe"} & set(parsed.tags)
    assert not [name for name, _value in parsed.attributes if name.startswith("on")]
    assert not [v for name, v in parsed.attributes if name == "href" and "script:" in (v or "").lower()]


def test_links_get_noopener_nofollow(client, workspace, member):
    thread = services.thread_create(workspace=workspace, author=member, title="L", body="[site](https://oas.org)")
    client.force_login(member)
    page = client.get(url("thread_detail", workspace.slug, thread.pk)).content.decode()
    assert 'rel="noopener nofollow"' in page


def test_author_edits_within_the_window_but_not_after(client, thread, member):
    post = thread.posts.get()
    client.force_login(member)
    assert client.post(url("post_edit", thread.workspace.slug, post.pk), {"body": "Corrected"}).status_code == 302
    post.refresh_from_db()
    assert post.body == "Corrected" and post.edited_by == member
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - timedelta(hours=2))
    assert client.post(url("post_edit", thread.workspace.slug, post.pk), {"body": "Late"}).status_code == 403
    assert "Edit</a>" not in client.get(url("thread_detail", thread.workspace.slug, thread.pk)).content.decode()


def test_moderator_edits_an_old_post(client, thread, moderator):
    post = thread.posts.get()
    Post.objects.filter(pk=post.pk).update(created_at=timezone.now() - timedelta(days=30))
    client.force_login(moderator)
    assert client.post(url("post_edit", thread.workspace.slug, post.pk), {"body": "Moderated"}).status_code == 302
    post.refresh_from_db()
    assert post.body == "Moderated"


def test_moderator_removal_leaves_a_tombstone(client, thread, moderator, member):
    post = thread.posts.get()
    client.force_login(moderator)
    assert client.post(url("post_remove", thread.workspace.slug, post.pk)).status_code == 302
    post.refresh_from_db()
    assert post.body == "" and post.removed_by == moderator
    client.force_login(member)
    page = client.get(url("thread_detail", thread.workspace.slug, thread.pk)).content.decode()
    assert "removed by a moderator on" in page
    assert "wallet" not in page.split("ws-posts", 1)[1]
    assert AuditEvent.objects.filter(action="workspace.post_removed").exists()
    # A removed post cannot be edited back.
    client.force_login(moderator)
    assert client.post(url("post_edit", thread.workspace.slug, post.pk), {"body": "again"}).status_code == 403


def test_member_cannot_remove_posts(client, thread, member):
    post = thread.posts.get()
    client.force_login(member)
    assert client.post(url("post_remove", thread.workspace.slug, post.pk)).status_code == 403
    post.refresh_from_db()
    assert not post.is_removed


def test_thread_of_another_workspace_is_404(client, thread, open_workspace, owner):
    client.force_login(owner)  # owner of both workspaces
    assert client.get(url("thread_detail", open_workspace.slug, thread.pk)).status_code == 404
    post = thread.posts.get()
    assert client.post(url("post_edit", open_workspace.slug, post.pk), {"body": "x"}).status_code == 404


@pytest.mark.parametrize("posts", [3, 120])
def test_thread_page_query_count_is_fixed(client, django_assert_max_num_queries, thread, member, posts):
    Post.objects.bulk_create(Post(thread=thread, author=member, body=f"Reply {i}") for i in range(posts))
    client.force_login(member)
    client.get(url("thread_detail", thread.workspace.slug, thread.pk))
    with django_assert_max_num_queries(20):
        response = client.get(url("thread_detail", thread.workspace.slug, thread.pk))
    assert len(response.context["posts"]) == min(posts + 1, 50)


def test_a_message_over_the_limit_is_refused_in_a_new_thread_and_in_a_reply():
    from workspaces.forms import PostForm, ThreadForm

    for form in (ThreadForm({"title": "Title", "body": "x" * 20001}), PostForm({"body": "x" * 20001})):
        assert not form.is_valid() and "at most 20000 characters" in str(form.errors["body"])
    assert ThreadForm({"title": "Title", "body": "x" * 20000}).is_valid() and PostForm({"body": "x" * 20000}).is_valid()
    assert 'rows="8"' in str(ThreadForm()["body"]) and 'rows="6"' in str(PostForm()["body"])
