"""The list of one's workspaces, a workspace's page, its search and archiving."""

from django.contrib import messages
from django.db.models import Count, Exists, F, OuterRef, Q
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from portal.gate import restricted
from portal.pagination import page_of
from workspaces import services
from workspaces.access import (
    get_workspace_for_user,
)
from workspaces.forms import (
    NotificationForm,
    SearchForm,
)
from workspaces.models import (
    Activity,
    Document,
    GoodPractice,
    JoinRequest,
    Membership,
    Thread,
    Workspace,
)
from workspaces.search import workspace_search
from workspaces.views.common import (
    MEMBERS_ON_PAGE,
    THREADS_PER_PAGE,
    _context,
    _count,
    _require,
)


@restricted
@require_safe
def workspace_list(request):
    """My workspaces with what is new since my last visit; open workspaces I may ask to join."""
    user = request.user
    memberships = (
        Membership.objects.for_user(user)
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
