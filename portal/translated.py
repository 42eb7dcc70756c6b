"""The columns of text kept in the four languages (django-modeltranslation): one home for
"which column in which language", built on modeltranslation's own helpers.

For the reader's column in Python use `modeltranslation.utils.build_localized_fieldname(field,
get_language())` (modeltranslation's `get_language`) directly.
"""

from django.db.models import F, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, resolution_order


def in_language(field: str, language: str | None):
    """A translated text column as SQL: the reader's language, then the fallback languages, ""
    when all are empty; a language the portal does not have counts as the default."""
    code = language if language in mt_settings.AVAILABLE_LANGUAGES else mt_settings.DEFAULT_LANGUAGE
    columns = [NullIf(F(build_localized_fieldname(field, lang)), Value("")) for lang in resolution_order(code)]
    return Coalesce(*columns, Value(""), output_field=TextField())


def translations(record, field: str, *, empty=None, fallback: bool = False) -> dict:
    """`field` in each of the portal's languages, e.g. `{"en": ..., "es": ..., "pt": ..., "fr": ...}`
    for the open data: `empty` where a language has no text or, with `fallback`, the text of
    modeltranslation's fallback language (English)."""
    values = {}
    for language in mt_settings.AVAILABLE_LANGUAGES:
        order = resolution_order(language) if fallback else (language,)
        texts = (getattr(record, build_localized_fieldname(field, code)) for code in order)
        values[language] = next((text for text in texts if text), empty)
    return values
