from urllib.parse import urlsplit

from django import template
from django.utils.html import format_html_join

from legislation.models import Aspect
from legislation.treaty_sources import format_partial_date
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


@register.filter
def treaty_date(entry, name: str) -> str:
    """`{{ entry|treaty_date:"signed" }}`: the date as far as the source gives it, in the reader's
    language ("March 2014", "2014" or the full date); "" when there is none."""
    if entry is None:
        return ""
    date_field = "source_as_of" if name == "source_as_of" else f"{name}_on"
    return format_partial_date(getattr(entry, date_field), getattr(entry, f"{name}_precision"))


@register.filter
def source_label(url: str) -> str:
    """A source link's text: the site's host name (`verdragenbank.overheid.nl`)."""
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")
