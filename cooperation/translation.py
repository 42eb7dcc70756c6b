"""Measures and the free-text parts of fiches in four languages (django-modeltranslation)."""

from modeltranslation.translator import translator
from simple_history import register as register_history

from cooperation.models import Fiche, Measure

translator.register(Measure, fields=("name", "description", "first_step"))
translator.register(Fiche, fields=("urgent_procedure", "notes"))

# After the translated columns exist, so the history keeps every language (as contacts does).
register_history(Fiche, m2m_fields=["provisions"])
