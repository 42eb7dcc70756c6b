"""What every workspace page shares: paging sizes, the role check, a service's refusal shown on the
page, a form's page, counts and the page context."""

from contextlib import contextmanager

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Subquery, Value
from django.db.models.functions import Coalesce
from django.shortcuts import render

from workspaces import files

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 50
ITEMS_PER_PAGE = 25
MEMBERS_ON_PAGE = 12


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


@contextmanager
def _refusal_as_message(request):
    """Around a service call and what follows its success: a refusal (ValidationError) ends the block
    and is shown to the user as an error message."""
    try:
        yield
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))


@contextmanager
def _refusal_on_form(form):
    """Around a service call and what follows its success: a refusal (ValidationError) ends the block
    and its messages are shown above the form."""
    try:
        yield
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)


def _valid_or_message(request, form, message: str) -> bool:
    """Whether a posted form (of a page that redirects) is valid; when it is not, `message` says so."""
    if form.is_valid():
        return True
    messages.error(request, message)
    return False


def _form_page(request, template: str, context: dict):
    """The page of a form; after a POST (it was not valid or the service refused it), with status 400."""
    return render(request, template, context, status=400 if request.method == "POST" else 200)


def _count(queryset):
    """How many rows a correlated queryset has, as a subquery expression (0 when none)."""
    counted = queryset.order_by().values(group=Value(1)).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), 0)


def _context(access, **extra):
    return {"access": access, "workspace": access.workspace, "upload_limit": files.max_bytes(), **extra}


# Lists and the workspace page --------------------------------------------------------------
