from django import template
from django.conf import settings
from django.urls import translate_url
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


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes one)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def urlencode_dict(value: dict) -> str:
    return urlencode(value, doseq=True)


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
