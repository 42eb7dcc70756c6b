"""`{{ country|in_country }}`, `{{ country|of_country }}`: see portal/country_phrases.py."""

from django import template

from portal import country_phrases

register = template.Library()


@register.filter
def in_country(country) -> str:
    return country_phrases.in_country(country) if country else ""


@register.filter
def of_country(country) -> str:
    return country_phrases.of_country(country) if country else ""
