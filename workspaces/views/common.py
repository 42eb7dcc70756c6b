"""What every workspace page shares: paging sizes, the role check, form errors, counts and the page context."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Subquery, Value
from django.db.models.functions import Coalesce

from workspaces import files

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
