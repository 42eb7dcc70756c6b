"""The one page helper of the restricted and legislation lists."""

from django.core.paginator import Paginator


def page_of(request, object_list, per_page: int, count: int | None = None):
    """The requested page; a missing, invalid or too-high page number gives the nearest page.
    A caller that already knows how many rows there are passes `count` (no COUNT query)."""
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # Paginator.count is a cached_property
    return paginator.get_page(request.GET.get("page"))
