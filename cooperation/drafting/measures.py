"""What each measure's request must contain: its essentials, checked by the steps (forms.py).

One entry per measure a request can be drafted for (the fiches' measures, but spontaneous information:
it is sent without a request, Budapest art. 26). The wording of each measure's document is in
wording.py under `title_<slug>` and `request_<slug>` (docs/requests.md).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

ALL_CATEGORIES = ("subscriber", "traffic", "content")


@dataclass(frozen=True)
class MeasureRules:
    categories: tuple[str, ...] = ALL_CATEGORIES  # the categories of data the measure can reach
    required_category: str = ""  # a category the request must name
    category_message: str = ""
    period_required: bool = False
    period_ahead: bool = False  # the period is of collection still to come (real time, interception)
    reason_message: str = ""  # set: the request must say why (the case step's reason field)
    urgent_required: bool = False
    through_network: bool = False  # usually sent through the 24/7 network (the requested 24/7 point is its addressee)
    to_provider: bool = False  # the document is addressed to the service provider itself
    checklist: str = ""  # the measure's own line in the checklist before sending


RULES = {
    "preservation": MeasureRules(
        period_required=True, through_network=True,
        reason_message=_("A preservation request says why the data must be preserved (risk of loss or "
                         "modification)."),
        checklist=_("Send the formal request for mutual assistance before the preservation period ends (at least 60 "
                    "days: Budapest Convention, art. 29(7))."),
    ),
    "traffic-data": MeasureRules(
        required_category="traffic", period_required=True, through_network=True,
        category_message=_("A request for the disclosure of preserved traffic data names traffic data among the "
                           "categories (Budapest Convention, art. 30)."),
        checklist=_("Ask for the preservation of the traffic data in the same message if it is not preserved yet."),
    ),
    "subscriber-information": MeasureRules(
        required_category="subscriber",
        category_message=_("A request for subscriber information names subscriber information among the "
                           "categories."),
        checklist=_("Check whether the provider answers direct requests (Second Additional Protocol, art. 7): it is "
                    "often faster."),
    ),
    "stored-content": MeasureRules(
        checklist=_("Have the data preserved first if it could be deleted before the request is executed."),
    ),
    "real-time-traffic": MeasureRules(
        categories=("traffic",), required_category="traffic", period_required=True, period_ahead=True,
        category_message=_("Real-time collection reaches traffic data only (Budapest Convention, art. 33)."),
        reason_message=_("A request for real-time collection says why the traffic data must be collected as the "
                         "communications happen."),
        checklist=_("Check that the requested state's law allows the measure for this offence; a judicial order may be "
                    "needed there."),
    ),
    "interception": MeasureRules(
        categories=("content", "traffic"), required_category="content", period_required=True, period_ahead=True,
        category_message=_("An interception request names content data among the categories (Budapest "
                           "Convention, art. 34)."),
        reason_message=_("An interception request says why interception is necessary: the seriousness of the "
                         "offence and why other measures are not enough."),
        checklist=_("Check that the requested state's law allows interception for this offence; a judicial order is "
                    "usually needed there."),
    ),
    "emergency-disclosure": MeasureRules(
        urgent_required=True, through_network=True,
        reason_message=_("An emergency request describes the significant and imminent risk to the life or safety "
                         "of a person (Second Additional Protocol, art. 3)."),
        checklist=_("Call the requested state's 24/7 point when you send the request."),
    ),
    "direct-provider-request": MeasureRules(
        categories=("subscriber",), required_category="subscriber", to_provider=True,
        category_message=_("A request sent directly to a provider reaches subscriber information only (Second "
                           "Additional Protocol, art. 7)."),
        checklist=_("Check whether the provider's state requires notification of orders (Second Additional Protocol, "
                    "art. 7(5)) and send its authority a copy when it does."),
    ),
}

# The measures a request can be drafted for, in the fiches' order (cooperation.Measure.position).
DRAFTABLE_MEASURES = tuple(RULES)


def rules_for(slug: str) -> MeasureRules:
    return RULES.get(slug, MeasureRules())
