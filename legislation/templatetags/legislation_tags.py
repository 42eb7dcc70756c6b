from django import template
from django.utils.html import format_html_join

from legislation.models import Aspect
from portal.search import highlight_to_html

register = template.Library()


@register.filter
def highlight(headline):
    """A ts_headline snippet, HTML-escaped, with its matches in <mark>."""
    return highlight_to_html(headline)


@register.filter
def aspect_label(value: str) -> str:
    try:
        return Aspect(value).label
    except ValueError:
        return value


@register.simple_tag
def facet_options(options):
    """<option> elements with counts, built in Python: the law list has well over 100 of them."""
    return format_html_join(
        "\n",
        '<option value="{}"{}>{} ({})</option>',
        ((o.value, " selected" if o.selected else "", o.label, o.count) for o in options),
    )
