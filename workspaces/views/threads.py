"""Discussions: threads and their posts."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from portal.gate import restricted
from portal.pagination import page_of
from workspaces import services
from workspaces.access import get_workspace_for_user, may_edit_post
from workspaces.forms import PostForm, ThreadForm
from workspaces.models import Post, Thread
from workspaces.views.common import POSTS_PER_PAGE, _context, _form_page, _refusal_on_form, _require


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def thread_create(request, slug):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_post)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with _refusal_on_form(form):
            thread = services.thread_create(workspace=access.workspace, author=request.user, **form.cleaned_data)
            messages.success(request, _("Your thread is started."))
            return redirect("workspaces:thread_detail", slug, thread.pk)
    return _form_page(request, "workspaces/thread_form.html", _context(access, tab="overview", form=form))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def thread_detail(request, slug, pk):
    """A thread's posts (paginated) and the reply form."""
    access = get_workspace_for_user(request.user, slug)
    thread = get_object_or_404(Thread.objects.select_related("author"), workspace=access.workspace, pk=pk)
    form = PostForm(request.POST or None)
    if request.method == "POST":
        _require(access.can_post)
        if form.is_valid():
            with _refusal_on_form(form):
                post = services.post_create(thread=thread, author=request.user, body=form.cleaned_data["body"])
                messages.success(request, _("Your reply is posted."))
                last_page = (thread.post_count // POSTS_PER_PAGE) + 1
                return redirect(f"{thread.get_absolute_url()}?page={last_page}#post-{post.pk}")
    posts = page_of(
        request,
        Post.objects.filter(thread=thread).select_related(
            "author", "author__expert_profile", "author__expert_profile__country", "edited_by", "removed_by"
        ),
        POSTS_PER_PAGE,
    )
    now = timezone.now()
    for post in posts:
        post.may_edit = may_edit_post(access, post, request.user, now)
        post.may_remove = access.can_moderate and not post.is_removed
    return _form_page(
        request,
        "workspaces/thread_detail.html",
        _context(access, tab="overview", thread=thread, posts=posts, form=form),
    )


def _post_for(request, slug, pk):
    """The workspace as `get_workspace_for_user` answers for this user, and one of its posts (404 otherwise)."""
    access = get_workspace_for_user(request.user, slug)
    posts = Post.objects.select_related("thread", "thread__workspace")
    return access, get_object_or_404(posts, thread__workspace=access.workspace, pk=pk)


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def post_edit(request, slug, pk):
    access, post = _post_for(request, slug, pk)
    _require(may_edit_post(access, post, request.user))
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        with _refusal_on_form(form):
            services.post_edit(post=post, by=request.user, body=form.cleaned_data["body"])
            messages.success(request, _("The post is changed."))
            return redirect(f"{post.thread.get_absolute_url()}#post-{post.pk}")
    return _form_page(request, "workspaces/post_edit.html", _context(access, tab="overview", post=post, form=form))


@restricted
@require_POST
def post_remove(request, slug, pk):
    """Moderators remove a post; a tombstone says who and when."""
    access, post = _post_for(request, slug, pk)
    _require(access.can_moderate)
    services.post_remove(post=post, by=request.user)
    messages.success(request, _("The post is removed."))
    return redirect(f"{post.thread.get_absolute_url()}#post-{post.pk}")


# Good practices ---------------------------------------------------------------------------
