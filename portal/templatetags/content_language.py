"""Marking text shown in a language other than the page's: `lang="…"` and a visible "(in English)".

One rule for every record: a field translated with modeltranslation falls back to English when
the reader's language column is empty; a record with its own `language` (a law, in its original
language) is in that language, and so is a field with its own `<field>_language` (a search hit's
snippet). `templates/content/_fallback.html` is the one include that renders
the mark; `{% lang_attr item "field" %}` puts the attribute on a block (a detail page's body).
"""

import functools

from django import template
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation import settings as mt_settings
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname, get_language

register = template.Library()

FALLBACK_LANGUAGE = mt_settings.DEFAULT_LANGUAGE

LABELS = {
    "en": _("(in English)"),
    "es": _("(in Spanish)"),
    "pt": _("(in Portuguese)"),
    "fr": _("(in French)"),
}


@functools.cache
def _translated_fields(model) -> frozenset[str]:
    try:
        return frozenset(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return frozenset()


def shown_language(item, field: str = "title", language: str | None = None) -> str:
    """The language `item.<field>` is shown in when it is not the reader's, else ""."""
    reader = language[:2] if language else get_language()
    if item is None:
        return ""
    if field in _translated_fields(type(item)):
        if reader == FALLBACK_LANGUAGE or getattr(item, build_localized_fieldname(field, reader), None):
            return ""
        return FALLBACK_LANGUAGE
    code = getattr(item, f"{field}_language", None)  # a field in its own language (a search hit's snippet)
    if code is None:
        code = getattr(item, "language", "")
    code = (code or "")[:2]
    return code if code and code != reader else ""


@register.simple_tag
def lang_attr(item, field: str = "title"):
    """` lang="en"` when the field is shown in another language than the page's."""
    code = shown_language(item, field)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def other_language(item, field: str = "title") -> str:
    """The code of the language the field is shown in, when it is not the reader's ("" otherwise)."""
    return shown_language(item, field)


@register.filter
def language_label(code: str) -> str:
    """'(in English)' in the reader's language."""
    return str(LABELS.get(code, "")) if code else ""
