"""The public site's pages. Every view here is public (tests/security/test_gate_walk.py)."""

from itertools import groupby
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.postgres.search import SearchRank
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import F, Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html
from django.utils.module_loading import import_string
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from contacts.models import NationalUnit
from contacts.queries import reporting_channels
from legislation.queries.laws import recent_laws
from legislation.queries.treaties import treaty_summary
from legislation.search import suggest
from portal.content.feeds import BulletinFeed, events_calendar
from portal.content.forms import CountryChoiceForm, ResourceFilterForm, SubscribeForm
from portal.content.models import BulletinIssue, BulletinItem, Event, GuidanceTopic, Partner, Resource
from portal.content.search import multilingual_query
from portal.content.services import (
    SubscriptionLinkError,
    subscriber_from_token,
    subscription_confirm,
    subscription_request,
    subscription_unsubscribe,
)
from portal.models import Country
from portal.search import clean_query

REPORT_COUNTRY_KEY = "report_country"
SEARCH_PER_KIND = 10
UPCOMING_LIMIT = 50


def _page(request, object_list, per_page: int):
    """The requested page of a list; a page number that does not exist is a 404."""
    paginator = Paginator(object_list, per_page)
    try:
        return paginator.page(request.GET.get("page") or 1)
    except (EmptyPage, PageNotAnInteger):
        raise Http404(_("There is no such page in this list.")) from None


# Home ---------------------------------------------------------------------------------------

@require_safe
def home(request):
    """The front page: search, what changed lately, treaty totals, and the way in for experts."""
    countries = list(Country.objects.all())
    summary = treaty_summary(countries)
    context = {
        "countries": countries,
        "latest_issues": BulletinIssue.objects.published().order_by("-number")[:2],
        "recent_resources": Resource.objects.published().with_related().order_by("-publish_at", "-pk")[:4],
        "upcoming_events": Event.objects.published().upcoming()[:3],
        "guidance_topics": GuidanceTopic.objects.published().only("slug", "title", "summary", "order")[:8],
        "recent_laws": list(recent_laws(5)),
        "treaty_summary": summary,
        "summary": summary,
    }
    return render(request, "portal/home.html", context)


# Citizen guidance ---------------------------------------------------------------------------

@require_safe
def guidance_list(request):
    topics = GuidanceTopic.objects.published().only("slug", "title", "summary", "order", "is_sample")
    return render(request, "content/guidance_list.html", {"topics": topics})


def _reader_country(request, countries):
    """The country whose reporting channels the reader wants: ?country=, else the session's.

    Only a signed-in reader's choice is kept in the session: for a visitor it would create a
    session row (and a cookie that turns off the page cache) per visitor; their links to other
    topics carry ?country= instead.
    """
    codes = {country.code: country for country in countries}
    form = CountryChoiceForm(request.GET or None, countries=countries)
    remember = request.user.is_authenticated
    if "country" in request.GET:
        if form.is_valid():
            code = form.cleaned_data["country"]
            if code and remember:
                request.session[REPORT_COUNTRY_KEY] = code
            elif remember:
                request.session.pop(REPORT_COUNTRY_KEY, None)
            return codes.get(code), form
        messages.warning(request, _("We do not know that country; please choose one from the list."))
        form = CountryChoiceForm(countries=countries)
    code = request.session.get(REPORT_COUNTRY_KEY) if remember else None
    if code in codes:
        form = CountryChoiceForm(initial={"country": code}, countries=countries)
        return codes[code], form
    return None, form


@require_safe
def guidance_detail(request, slug):
    topic = get_object_or_404(GuidanceTopic.objects.visible_to(request.user), slug=slug)
    countries = list(Country.objects.all())
    country, form = _reader_country(request, countries)
    units = list(reporting_channels(country)) if country else None
    context = {
        "topic": topic,
        "country": country,
        "country_form": form,
        "units": units,
        "other_topics": GuidanceTopic.objects.published().exclude(pk=topic.pk).only("slug", "title", "order"),
    }
    return render(request, "content/guidance_detail.html", context)


# Resources ----------------------------------------------------------------------------------

@require_safe
def resource_list(request):
    countries = list(Country.objects.all())
    published = Resource.objects.published()
    years = list(published.order_by("-year").values_list("year", flat=True).distinct())
    form = ResourceFilterForm(request.GET or None, countries=countries, years=years)
    resources = published.with_related()
    filters = {}
    if form.is_bound:
        form.is_valid()
        if form.errors:
            messages.warning(request, _("Some filters were not understood and were left out: %(names)s.") % {
                "names": ", ".join(str(form.fields[name].label) for name in form.errors)
            })
        filters = {name: value for name, value in form.cleaned_data.items() if value not in (None, "")}
    if "kind" in filters:
        resources = resources.filter(kind=filters["kind"])
    if "country" in filters:
        resources = resources.filter(country_id=filters["country"].upper())
    if "language" in filters:
        resources = resources.filter(language=filters["language"])
    if "year" in filters:
        resources = resources.filter(year=filters["year"])
    query = clean_query(filters.get("q"))
    if query:
        tsquery = multilingual_query(query, get_language())
        resources = (
            resources.filter(search_vector=tsquery)
            .annotate(rank=SearchRank(F("search_vector"), tsquery))
            .order_by("-rank", "-year", "pk")
        )
    page = _page(request, resources, 20)
    return render(request, "content/resource_list.html", {
        "form": form, "page": page, "resources": page.object_list, "filtered": bool(filters), "query": query,
    })


@require_safe
def resource_detail(request, slug):
    resource = get_object_or_404(Resource.objects.visible_to(request.user).with_related(), slug=slug)
    return render(request, "content/resource_detail.html", {"resource": resource})


# Bulletin -----------------------------------------------------------------------------------

@require_safe
def bulletin_list(request):
    page = _page(request, BulletinIssue.objects.published().order_by("-number"), 24)
    return render(request, "content/bulletin_list.html", {"page": page, "issues": page.object_list,
                                                          "form": SubscribeForm()})


@require_safe
def bulletin_detail(request, number):
    issue = get_object_or_404(
        BulletinIssue.objects.visible_to(request.user).prefetch_related(
            "sections", Prefetch("sections__items", queryset=BulletinItem.objects.order_by("order", "pk"))
        ),
        number=number,
    )
    return render(request, "content/bulletin_detail.html", {"issue": issue, "sections": issue.sections.all(),
                                                            "form": SubscribeForm()})


@require_safe
def bulletin_feed(request):
    """Atom feed of the latest issues (a function, so the gate walk sees a public view)."""
    return BulletinFeed()(request)


@require_http_methods(["GET", "HEAD", "POST"])
def bulletin_subscribe(request):
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        subscription_request(email=form.cleaned_data["email"], language=get_language())
        return render(request, "content/bulletin_subscribe_sent.html", {"email": form.cleaned_data["email"]})
    return render(request, "content/bulletin_subscribe.html", {"form": form})


def _subscription_link(request, token: str, purpose: str, action):
    """GET shows the subscriber a button (mail scanners follow links); POST carries out `action`."""
    try:
        if request.method == "POST":
            subscriber, changed = action(token=token)
            return render(request, "content/bulletin_link.html",
                          {"done": True, "changed": changed, "purpose": purpose, "subscriber": subscriber})
        subscriber = subscriber_from_token(token, purpose=purpose)
    except SubscriptionLinkError as error:
        return render(request, "content/bulletin_link.html", {"problem": error.reason, "purpose": purpose},
                      status=400)
    return render(request, "content/bulletin_link.html", {"purpose": purpose, "subscriber": subscriber})


@require_http_methods(["GET", "HEAD", "POST"])
def bulletin_confirm(request, token):
    """GET shows a button (mail scanners follow links); POST confirms."""
    return _subscription_link(request, token, "confirm", subscription_confirm)


# RFC 8058 one-click unsubscribe: mail providers POST "List-Unsubscribe=One-Click" to this URL
# with no cookie or CSRF token. Its signed, expiring token is the proof, and the only change it
# can make is to stop sending mail to that address, so CSRF protection adds nothing here.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def bulletin_unsubscribe(request, token):
    """GET shows a button; POST (the page's button or a mail client's one-click) unsubscribes."""
    return _subscription_link(request, token, "unsubscribe", subscription_unsubscribe)


# Events -------------------------------------------------------------------------------------

@require_safe
def event_list(request):
    events = Event.objects.published().select_related("country")
    page = _page(request, events.past(), 20)
    upcoming = events.upcoming()[:UPCOMING_LIMIT] if page.number == 1 else []
    return render(request, "content/event_list.html", {"upcoming": upcoming, "page": page, "past": page.object_list})


@require_safe
def event_detail(request, slug):
    event = get_object_or_404(
        Event.objects.visible_to(request.user).select_related("country").prefetch_related("documents"), slug=slug
    )
    return render(request, "content/event_detail.html", {"event": event, "documents": event.documents.all()})


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_safe
def event_ics(request, slug):
    event = get_object_or_404(Event.objects.published(), slug=slug)
    return _ics_response(events_calendar([event], request=request, name=event.title), f"{event.slug}.ics")


@require_safe
def events_ics(request):
    events = Event.objects.published().upcoming()
    return _ics_response(events_calendar(events, request=request, name=_("OAS Cyber-Crime Portal: events")),
                         "oas-cybercrime-events.ics")


# Partners -----------------------------------------------------------------------------------

@require_safe
def partner_list(request):
    partners = Partner.objects.published()
    units = (
        NationalUnit.objects.published().exclude(website="").select_related("country")
        .order_by("country__name", "name")
    )
    return render(request, "content/partner_list.html", {
        "partners": partners,
        "unit_groups": [(country, list(group)) for country, group in groupby(units, key=lambda u: u.country)],
    })


# Site-wide search ---------------------------------------------------------------------------

@require_safe
def search(request):
    """One ranked list over every public kind of record, grouped by kind."""
    query = clean_query(request.GET.get("q"))
    language = get_language()
    groups = []
    if query:
        hits = []
        for module_name in settings.PORTAL["SEARCH_PROVIDERS"]:
            site_search = import_string(f"{module_name}.site_search")
            hits.extend(site_search(query, language, SEARCH_PER_KIND))
        by_kind: dict[str, list] = {}
        for hit in sorted(hits, key=lambda hit: hit.rank, reverse=True):
            by_kind.setdefault(str(hit.kind), []).append(hit)
        groups = list(by_kind.items())
    context = {"query": query, "groups": groups, "total": sum(len(hits) for _kind, hits in groups)}
    suggestion = suggest(query) if query and not groups else None
    if suggestion and suggestion.lower() != query.lower():
        context["suggestion_link"] = format_html(
            '<a href="?{}" rel="nofollow">{}</a>', urlencode({"q": suggestion}), suggestion
        )
    return render(request, "content/search.html", context)
