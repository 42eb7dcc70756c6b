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


RULES = {
    "preservation": MeasureRules(
        period_required=True, through_network=True,
        reason_message=_("A preservation request says why the data must be preserved (risk of loss or "
                         "modification)."),
    ),
    "traffic-data": MeasureRules(
        required_category="traffic", period_required=True, through_network=True,
        category_message=_("A request for the disclosure of preserved traffic data names traffic data among the "
                           "categories (Budapest Convention, art. 30)."),
    ),
    "subscriber-information": MeasureRules(
        required_category="subscriber",
        category_message=_("A request for subscriber information names subscriber information among the "
                           "categories."),
    ),
    "stored-content": MeasureRules(),
    "real-time-traffic": MeasureRules(
        categories=("traffic",), required_category="traffic", period_required=True, period_ahead=True,
        category_message=_("Real-time collection reaches traffic data only (Budapest Convention, art. 33)."),
        reason_message=_("A request for real-time collection says why the traffic data must be collected as the "
                         "communications happen."),
    ),
    "interception": MeasureRules(
        categories=("content", "traffic"), required_category="content", period_required=True, period_ahead=True,
        category_message=_("An interception request names content data among the categories (Budapest "
                           "Convention, art. 34)."),
        reason_message=_("An interception request says why interception is necessary: the seriousness of the "
                         "offence and why other measures are not enough."),
    ),
    "emergency-disclosure": MeasureRules(
        urgent_required=True, through_network=True,
        reason_message=_("An emergency request describes the significant and imminent risk to the life or safety "
                         "of a person (Second Additional Protocol, art. 3)."),
    ),
    "direct-provider-request": MeasureRules(
        categories=("subscriber",), required_category="subscriber", to_provider=True,
        category_message=_("A request sent directly to a provider reaches subscriber information only (Second "
                           "Additional Protocol, art. 7)."),
    ),
}

# The measures a request can be drafted for, in the fiches' order (cooperation.Measure.position).
DRAFTABLE_MEASURES = tuple(RULES)


def rules_for(slug: str) -> MeasureRules:
    return RULES.get(slug, MeasureRules())
