"""The questionnaire emails to focal points, each in the recipient's language."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from contacts.queries import focal_points_for
from portal.emails import send_templated_email
from portal.models import Country
from recommendations.models import Questionnaire


def questionnaire_email(*, questionnaire_id: int, country: str, days_before: int) -> int:
    """Send the questionnaire (days_before 0) or a reminder to the country's focal points; returns emails sent."""
    questionnaire = Questionnaire.objects.get(pk=questionnaire_id)
    country_obj = Country.objects.get(iso2=country)
    sent = 0
    for user in focal_points_for(country_obj):
        language = user.preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            link = settings.SITE_URL + reverse(
                "recommendations:response_edit", args=[questionnaire.pk, country_obj.code]
            )
            send_templated_email(
                template="recommendations/email/questionnaire" if not days_before else "recommendations/email/reminder",
                to=[user.email],
                context={"questionnaire": questionnaire, "country": country_obj, "link": link, "user": user,
                         "days_before": days_before},
                language=language,
            )
        sent += 1
    return sent
