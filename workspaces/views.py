"""Workspace pages. Every view is behind the expert gate, then `get_workspace_for_user`
(404 to outsiders); responses are never cached. Views stay thin: forms validate, services write."""


from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST, require_safe

from portal.gate import restricted
from portal.infra.uploads import accepts_documents
from portal.pagination import page_of
from workspaces import files, services
from workspaces.access import (
    get_workspace_for_user,
    may_edit_post,
    may_edit_practice,
    may_withdraw_document,
    may_withdraw_version,
)
from workspaces.forms import (
    DocumentUploadForm,
    DocumentVersionForm,
    GoodPracticeForm,
    InvitationForm,
    JoinDecisionForm,
    JoinRequestForm,
    NotificationForm,
    PostForm,
    RoleForm,
    SearchForm,
    ThreadForm,
)
from workspaces.models import (
    Activity,
    Document,
    DocumentVersion,
    GoodPractice,
    Invitation,
    JoinRequest,
    Membership,
    Post,
    Role,
    Thread,
    Workspace,
)
from workspaces.search import workspace_search

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 50
ITEMS_PER_PAGE = 25
MEMBERS_ON_PAGE = 12


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def _form_errors(form, error: ValidationError) -> None:
    for message in error.messages:
        form.add_error(None, message)


def _count(queryset):
    """How many rows a correlated queryset has, as a subquery expression (0 when none)."""
    counted = queryset.order_by().values(group=Value(1)).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def _context(access, **extra):
    return {"access": access, "workspace": access.workspace, "upload_limit": files.max_bytes(), **extra}


# Lists and the workspace page --------------------------------------------------------------


@restricted
@require_safe
def workspace_list(request):
    """My workspaces with what is new since my last visit; open workspaces I may ask to join."""
    user = request.user
    memberships = (
        Membership.objects.filter(user=user, workspace__in=Workspace.objects.for_user(user))
        .select_related("workspace")
        .annotate(
            new_count=Count(
                "workspace__activities",
                filter=Q(workspace__activities__created_at__gt=F("last_visit_at"))
                & ~Q(workspace__activities__actor=user),
            )
        )
        .order_by("workspace__archived_at", "workspace__name")
    )
    joinable = (
        Workspace.objects.joinable_by(user)
        .annotate(
            requested=Exists(
                JoinRequest.objects.filter(workspace=OuterRef("pk"), user=user, status=JoinRequest.Status.PENDING)
            )
        )
        .order_by("name")
    )
    return render(request, "workspaces/workspace_list.html", {"memberships": memberships, "joinable": joinable})


@restricted
@require_safe
def workspace_detail(request, slug):
    """Recent activity, threads (paginated), good practices, documents and members."""
    access = get_workspace_for_user(request.user, slug)
    workspace = access.workspace
    last_visit = access.membership.last_visit_at
    counts = Workspace.objects.filter(pk=workspace.pk).annotate(
        thread_count=_count(Thread.objects.filter(workspace=OuterRef("pk"))),
        member_count=_count(Membership.objects.filter(workspace=OuterRef("pk"))),
        pending_requests=_count(
            JoinRequest.objects.filter(workspace=OuterRef("pk"), status=JoinRequest.Status.PENDING)
        ),
    ).values("thread_count", "member_count", "pending_requests").get()
    activity = list(Activity.objects.filter(workspace=workspace).select_related("actor")[:8])
    threads = page_of(request, Thread.objects.filter(workspace=workspace).for_listing(), THREADS_PER_PAGE,
                    count=counts["thread_count"])
    practices = list(GoodPractice.objects.filter(workspace=workspace).select_related("country")[:5])
    documents = list(Document.objects.filter(workspace=workspace).select_related("current_version")[:5])
    members = list(Membership.objects.filter(workspace=workspace).with_people().by_rank()[:MEMBERS_ON_PAGE])
    threads.object_list = list(threads.object_list)
    member_count = counts["member_count"]
    pending_requests = counts["pending_requests"] if access.can_moderate else 0
    services.membership_record_visit(membership=access.membership,
                                     newest_activity=activity[0].created_at if activity else None)
    return render(
        request,
        "workspaces/workspace_detail.html",
        _context(
            access,
            tab="overview",
            activity=activity,
            last_visit=last_visit,
            threads=threads,
            practices=practices,
            documents=documents,
            members=members,
            member_count=member_count,
            pending_requests=pending_requests,
            notification_form=NotificationForm(initial={"notify": access.membership.notify}),
        ),
    )


# Discussions ------------------------------------------------------------------------------


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def thread_create(request, slug):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_post)
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.thread_create(workspace=access.workspace, author=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Your thread is started."))
            return redirect("workspaces:thread_detail", slug, thread.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "workspaces/thread_form.html", _context(access, tab="overview", form=form), status=status)


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
            try:
                post = services.post_create(thread=thread, author=request.user, body=form.cleaned_data["body"])
            except ValidationError as error:
                _form_errors(form, error)
            else:
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
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "workspaces/thread_detail.html",
        _context(access, tab="overview", thread=thread, posts=posts, form=form),
        status=status,
    )


def _post_for(access, pk):
    return get_object_or_404(
        Post.objects.select_related("thread", "thread__workspace"), thread__workspace=access.workspace, pk=pk
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def post_edit(request, slug, pk):
    access = get_workspace_for_user(request.user, slug)
    post = _post_for(access, pk)
    _require(may_edit_post(access, post, request.user))
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.post_edit(post=post, by=request.user, body=form.cleaned_data["body"])
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("The post is changed."))
            return redirect(f"{post.thread.get_absolute_url()}#post-{post.pk}")
    status = 400 if request.method == "POST" else 200
    return render(
        request, "workspaces/post_edit.html", _context(access, tab="overview", post=post, form=form), status=status
    )


@restricted
@require_POST
def post_remove(request, slug, pk):
    """Moderators remove a post; a tombstone says who and when."""
    access = get_workspace_for_user(request.user, slug)
    post = _post_for(access, pk)
    _require(access.can_moderate)
    services.post_remove(post=post, by=request.user)
    messages.success(request, _("The post is removed."))
    return redirect(f"{post.thread.get_absolute_url()}#post-{post.pk}")


# Good practices ---------------------------------------------------------------------------


@restricted
@require_safe
def practice_list(request, slug):
    access = get_workspace_for_user(request.user, slug)
    practices = page_of(
        request,
        GoodPractice.objects.filter(workspace=access.workspace).select_related("country", "contact"),
        ITEMS_PER_PAGE,
    )
    return render(request, "workspaces/practice_list.html", _context(access, tab="practices", practices=practices))


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def practice_create(request, slug):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_post)
    form = GoodPracticeForm(request.POST or None, workspace=access.workspace)
    if request.method == "POST" and form.is_valid():
        try:
            practice = services.good_practice_create(
                workspace=access.workspace, author=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("The good practice is recorded."))
            return redirect(practice.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(request, "workspaces/practice_form.html", _context(access, tab="practices", form=form), status=status)


def _practice_for(access, pk):
    return get_object_or_404(
        GoodPractice.objects.select_related("workspace", "country", "contact", "contact__expert_profile", "author"),
        workspace=access.workspace,
        pk=pk,
    )


@restricted
@require_safe
def practice_detail(request, slug, pk):
    access = get_workspace_for_user(request.user, slug)
    practice = _practice_for(access, pk)
    return render(
        request,
        "workspaces/practice_detail.html",
        _context(
            access,
            tab="practices",
            practice=practice,
            may_edit=may_edit_practice(access, practice, request.user),
        ),
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def practice_edit(request, slug, pk):
    access = get_workspace_for_user(request.user, slug)
    practice = _practice_for(access, pk)
    _require(may_edit_practice(access, practice, request.user))
    form = GoodPracticeForm(request.POST or None, instance=practice, workspace=access.workspace)
    if request.method == "POST" and form.is_valid():
        try:
            services.good_practice_update(practice=practice, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("The good practice is changed."))
            return redirect(practice.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "workspaces/practice_form.html",
        _context(access, tab="practices", form=form, practice=practice),
        status=status,
    )


@restricted
@require_POST
def practice_propose(request, slug, pk):
    """A moderator proposes a good practice for publication by the secretariat."""
    access = get_workspace_for_user(request.user, slug)
    practice = _practice_for(access, pk)
    _require(access.can_moderate)
    try:
        services.good_practice_propose(practice=practice, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Proposed for publication. The secretariat will publish an anonymised copy."))
    return redirect(practice.get_absolute_url())


# Documents --------------------------------------------------------------------------------


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
@accepts_documents
def document_list(request, slug):
    """The workspace's documents and, for members, the upload form."""
    access = get_workspace_for_user(request.user, slug)
    form = DocumentUploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        _require(access.can_post)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                document = services.document_upload(
                    workspace=access.workspace,
                    by=request.user,
                    file=upload,
                    file_name=upload.name,
                    title=form.cleaned_data["title"],
                    description=form.cleaned_data["description"],
                )
            except ValidationError as error:
                form.add_error("file", error)
            else:
                messages.success(request, _("The document is uploaded."))
                return redirect(document.get_absolute_url())
        status = 400
    documents = page_of(
        request,
        Document.objects.filter(workspace=access.workspace).select_related("current_version", "created_by"),
        ITEMS_PER_PAGE,
    )
    return render(
        request,
        "workspaces/document_list.html",
        _context(access, tab="documents", documents=documents, form=form),
        status=status,
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
@accepts_documents
def document_detail(request, slug, pk):
    """A document's versions and, for members, the form for a new version."""
    access = get_workspace_for_user(request.user, slug)
    document = get_object_or_404(
        Document.objects.select_related("workspace", "current_version"), workspace=access.workspace, pk=pk
    )
    form = DocumentVersionForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        _require(access.can_post)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                services.document_add_version(
                    document=document,
                    by=request.user,
                    file=upload,
                    file_name=upload.name,
                    note=form.cleaned_data["note"],
                )
            except ValidationError as error:
                form.add_error("file", error)
            else:
                messages.success(request, _("The new version is uploaded."))
                return redirect(document.get_absolute_url())
        status = 400
    versions = list(document.versions.select_related("uploaded_by"))
    for version in versions:
        version.may_withdraw = len(versions) > 1 and may_withdraw_version(access, version, request.user)
    return render(
        request,
        "workspaces/document_detail.html",
        _context(
            access, tab="documents", document=document, versions=versions, form=form,
            may_withdraw=may_withdraw_document(access, document, request.user),
            retention_days=services.document_retention_days(),
        ),
        status=status,
    )


@restricted
@require_POST
def document_withdraw(request, slug, pk):
    """Its uploader or a moderator withdraws a document: hidden at once, purged after the retention period."""
    access = get_workspace_for_user(request.user, slug)
    document = get_object_or_404(Document.objects.select_related("workspace"), workspace=access.workspace, pk=pk)
    _require(may_withdraw_document(access, document, request.user))
    services.document_withdraw(document=document, by=request.user)
    messages.success(request, _("The document is withdrawn. Members no longer see it; it will be deleted for good "
                                "after %(days)s days.") % {"days": services.document_retention_days()})
    return redirect("workspaces:document_list", access.workspace.slug)


@restricted
@require_POST
def version_withdraw(request, slug, pk, number):
    """Its uploader or a moderator withdraws one version of a document."""
    access = get_workspace_for_user(request.user, slug)
    version = get_object_or_404(
        DocumentVersion.objects.select_related("document"), document__workspace=access.workspace,
        document__pk=pk, number=number,
    )
    _require(may_withdraw_version(access, version, request.user))
    try:
        services.document_version_withdraw(version=version, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(version.document.get_absolute_url())
    messages.success(request, _("Version %(number)s is withdrawn. Members no longer see it; it will be deleted for "
                                "good after %(days)s days.") % {"number": version.number,
                                                                 "days": services.document_retention_days()})
    return redirect(version.document.get_absolute_url())


def _download(request, access, version: DocumentVersion):
    storage = services.private_storage()
    try:
        handle = storage.open(version.storage_name, "rb")
    except FileNotFoundError:
        raise Http404 from None
    services.document_record_download(version=version, user=request.user)
    # Streamed in blocks: memory stays flat whatever the file's size.
    response = FileResponse(
        handle, as_attachment=True, filename=version.original_name, content_type=version.content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@restricted
@require_GET
def document_download(request, slug, pk):
    """The current version of a document, as an attachment."""
    access = get_workspace_for_user(request.user, slug)
    document = get_object_or_404(
        Document.objects.select_related("current_version", "workspace"), workspace=access.workspace, pk=pk
    )
    if document.current_version is None:
        raise Http404
    version = document.current_version
    version.document = document
    return _download(request, access, version)


@restricted
@require_GET
def version_download(request, slug, pk, number):
    """One earlier (or the current) version of a document, as an attachment."""
    access = get_workspace_for_user(request.user, slug)
    version = get_object_or_404(
        DocumentVersion.objects.select_related("document", "document__workspace"),
        document__workspace=access.workspace,
        document__pk=pk,
        number=number,
    )
    return _download(request, access, version)


# Members, invitations, join requests ---------------------------------------------------------


@restricted
@require_safe
def member_list(request, slug):
    """Members with their countries, institutions and roles; invitations and requests for moderators."""
    access = get_workspace_for_user(request.user, slug)
    workspace = access.workspace
    members = page_of(
        request,
        Membership.objects.filter(workspace=workspace).with_people().by_rank(),
        50,
    )
    context = _context(
        access,
        tab="members",
        members=members,
        notification_form=NotificationForm(initial={"notify": access.membership.notify}),
    )
    if access.can_moderate:
        context["invitations"] = Invitation.objects.pending().filter(workspace=workspace).select_related("invited_by")
        context["join_requests"] = JoinRequest.objects.filter(
            workspace=workspace, status=JoinRequest.Status.PENDING
        ).select_related("user", "user__expert_profile", "user__expert_profile__country")
        context["invitation_form"] = InvitationForm(roles=access.can_invite_roles)
    if access.can_manage:
        context["roles"] = Role.choices
    return render(request, "workspaces/member_list.html", context)


@restricted
@require_POST
def invitation_create(request, slug):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_moderate)
    form = InvitationForm(request.POST, roles=access.can_invite_roles)
    if form.is_valid():
        try:
            services.invitation_create(
                workspace=access.workspace, by=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The invitation is sent to %(email)s.") % {"email": form.cleaned_data["email"]})
    else:
        messages.error(request, _("Please give a valid email address and role."))
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def invitation_revoke(request, slug, pk):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_moderate)
    invitation = get_object_or_404(Invitation, workspace=access.workspace, pk=pk)
    services.invitation_revoke(invitation=invitation, by=request.user)
    messages.success(request, _("The invitation is withdrawn."))
    return redirect("workspaces:member_list", slug)


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def invitation_accept(request, token):
    """An invitation link: explains itself when used, expired, withdrawn or for another account."""
    try:
        invitation = services.invitation_for_token(token)
    except services.InvitationProblem:
        raise Http404 from None
    problem = None
    try:
        services.invitation_check(invitation=invitation, user=request.user)
    except services.InvitationProblem as error:
        problem = error.code
    already_member = Membership.objects.filter(workspace=invitation.workspace, user=request.user).exists()
    if request.method == "POST" and problem is None:
        try:
            services.invitation_accept(token=token, user=request.user)
        except services.InvitationProblem as error:
            problem = error.code
        else:
            messages.success(request, _("Welcome to the workspace."))
            return redirect(invitation.workspace.get_absolute_url())
    status = 200 if problem is None else 410
    if problem == "other_account":
        status = 403
    # Someone else's invitation does not reveal the workspace's name.
    return render(
        request,
        "workspaces/invitation.html",
        {
            "invitation": invitation,
            "problem": problem,
            "already_member": already_member,
            "show_workspace": problem != "other_account",
        },
        status=status,
    )


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def join_request_create(request, slug):
    """Ask to join an open workspace (the only page of it a non-member can open)."""
    access = get_workspace_for_user(request.user, slug, allow_request=True)
    if access.is_member:
        return redirect(access.workspace.get_absolute_url())
    pending = JoinRequest.objects.filter(
        workspace=access.workspace, user=request.user, status=JoinRequest.Status.PENDING
    ).first()
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.join_request_create(
                workspace=access.workspace, user=request.user, message=form.cleaned_data["message"]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your request is sent; a moderator will answer by email."))
        return redirect("workspaces:workspace_list")
    return render(request, "workspaces/join_request.html", _context(access, form=form, pending=pending))


@restricted
@require_POST
def join_request_decide(request, slug, pk):
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_moderate)
    join_request = get_object_or_404(JoinRequest, workspace=access.workspace, pk=pk)
    form = JoinDecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Please choose to accept or decline."))
        return redirect("workspaces:member_list", slug)
    accept = form.cleaned_data["decision"] == "accept"
    try:
        services.join_request_decide(
            join_request=join_request,
            accept=accept,
            by=request.user,
            role=form.cleaned_data["role"] or Role.MEMBER,
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The request is accepted.") if accept else _("The request is declined."))
    return redirect("workspaces:member_list", slug)


def _membership_for(access, pk):
    return get_object_or_404(Membership.objects.select_related("user", "workspace"), workspace=access.workspace, pk=pk)


@restricted
@require_POST
def member_role(request, slug, pk):
    """Owners change a member's role."""
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_manage)
    membership = _membership_for(access, pk)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            services.membership_change_role(
                membership=membership, role=form.cleaned_data["role"], by=request.user
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("The role of %(name)s is changed.") % {"name": membership.user})
    else:
        messages.error(request, _("Please choose a role."))
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def member_remove(request, slug, pk):
    """Owners remove a member."""
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_manage)
    membership = _membership_for(access, pk)
    try:
        services.membership_remove(membership=membership, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(name)s is no longer a member.") % {"name": membership.user})
    return redirect("workspaces:member_list", slug)


@restricted
@require_POST
def membership_leave(request, slug):
    access = get_workspace_for_user(request.user, slug)
    try:
        services.membership_leave(membership=access.membership)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("workspaces:member_list", slug)
    messages.success(request, _("You have left the workspace."))
    return redirect("workspaces:workspace_list")


@restricted
@require_POST
def membership_notifications(request, slug):
    """Each member chooses immediate emails, a daily digest or none."""
    access = get_workspace_for_user(request.user, slug)
    form = NotificationForm(request.POST)
    if form.is_valid():
        services.membership_set_notifications(membership=access.membership, notify=form.cleaned_data["notify"])
        messages.success(request, _("Your email notifications are saved."))
    else:
        messages.error(request, _("Please choose how to be told about new items."))
    return redirect("workspaces:workspace_detail", slug)


@restricted
@require_POST
def workspace_archive(request, slug):
    """Owners archive the workspace: read-only from then on."""
    access = get_workspace_for_user(request.user, slug)
    _require(access.can_manage)
    services.workspace_archive(workspace=access.workspace, by=request.user)
    messages.success(request, _("The workspace is archived; it is now read-only."))
    return redirect("workspaces:workspace_detail", slug)


# Search -----------------------------------------------------------------------------------


@restricted
@require_safe
def workspace_search_view(request, slug):
    """Full-text search over this workspace's threads, posts, good practices and documents."""
    access = get_workspace_for_user(request.user, slug)
    form = SearchForm(request.GET or None)
    hits = []
    query = ""
    if form.is_valid():
        query = form.cleaned_data["q"]
        hits = workspace_search(access.workspace, query, get_language())
    return render(request, "workspaces/search.html", _context(access, tab="search", form=form, hits=hits, query=query))
