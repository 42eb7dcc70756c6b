from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import get_language_info

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in each language, keeping the query string.

    Always site-relative: a path such as `//evil.example/en/` would otherwise become a
    protocol-relative link to another host.
    """
    request = context.get("request")
    path = "/" + request.get_full_path().lstrip("/\\") if request is not None else "/"
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        links.append({"code": code, "name": info["name_local"], "url": translate_url(path, code)})
    return links


@register.inclusion_tag("portal/_search_examples.html", takes_context=True)
def search_examples(context, box: str, action: str = ""):
    """Links that run a search box's example queries (`portal.search_examples.EXAMPLES`)."""
    from portal.search_examples import EXAMPLES

    return {"examples": [(str(text), urlencode({"q": str(text)})) for text in EXAMPLES[box]], "action": action}


@register.simple_tag
def search_placeholder(box: str) -> str:
    """The placeholder of a search box: its first examples."""
    from django.utils.translation import gettext

    from portal.search_examples import EXAMPLES

    return gettext("e.g. %(examples)s") % {"examples": ", ".join(str(text) for text in EXAMPLES[box][:3])}


# Sections of the main navigation (templates/base.html) and, for a section whose pages live under
# another section's address, the other views that belong to it.
NAV_SECTIONS = {
    "legislation:country_list": (),
    "legislation:law_list": (),
    "legislation:matrix": ("legislation:compare",),
    "legislation:treaties": (),
    "cooperation:overview": ("cooperation:channels",),
    "contacts:unit_list": (),
    "content:guidance_list": ("contacts:how_to_report", "contacts:how_to_report_country"),
    "content:resource_list": (),
    "content:bulletin_list": (),
    "content:event_list": (),
    "contacts:contact_list": (),
    "workspaces:workspace_list": (),
}


def _section_of(request) -> str | None:
    """The main navigation's section of the current page: the view's own section, else the
    section whose address is the longest start of the page's address."""
    match = getattr(request, "resolver_match", None)
    name = match.view_name if match else None
    best, best_length = None, -1
    for section, members in NAV_SECTIONS.items():
        if name and (name == section or name in members):
            return section
        address = reverse(section)
        if request.path.startswith(address) and len(address) > best_length:
            best, best_length = section, len(address)
    return best


@register.simple_tag(takes_context=True)
def nav_current(context, section: str) -> str:
    """` aria-current="page"` on the main navigation's link to the current page, ` aria-current="true"`
    on the link to the section the current page belongs to; nothing elsewhere."""
    request = context.get("request")
    if request is None:
        return ""
    if "_nav_section" not in context.render_context:
        context.render_context["_nav_section"] = _section_of(request)
    if context.render_context["_nav_section"] != section:
        return ""
    exact = reverse(section) == request.path
    return format_html(' aria-current="{}"', "page" if exact else "true")


@register.filter
def countries_kept_current(user):
    """How many countries `user` keeps current (portal.scope's rule); the secretariat: every one (-1)."""
    from portal.scope import editable_country_codes

    codes = editable_country_codes(user)
    return -1 if codes is None else len(codes)
