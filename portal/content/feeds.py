"""The bulletin's Atom feed and the events' iCalendar files."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from portal.content.models import BulletinIssue
from portal.infra.markdown import render_markdown

FEED_LENGTH = 20


class BulletinFeed(Feed):
    """The latest published issues of the Legal Cooperation Bulletin, in the reader's language."""

    feed_type = Atom1Feed
    title = _("Legal Cooperation Bulletin")
    subtitle = _("News on cybercrime law and international cooperation from the OAS Cyber-Crime Portal.")
    author_name = _("OAS General Secretariat")

    def link(self):
        return reverse("content:bulletin_list")

    def feed_url(self):
        return reverse("content:bulletin_feed")

    def items(self):
        return BulletinIssue.objects.published().order_by("-number")[:FEED_LENGTH]

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return render_markdown(item.introduction)

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at


def _calendar_event(event, host: str, base_url: str) -> CalendarEvent:
    entry = CalendarEvent()
    entry.add("uid", f"event-{event.pk}@{host}")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", event.starts_at)
    entry.add("dtend", event.ends_at)
    entry.add("summary", event.title)
    if event.summary:
        entry.add("description", event.summary)
    if event.location:
        entry.add("location", event.location)
    entry.add("url", base_url + event.get_absolute_url())
    entry.add("last-modified", event.updated_at)
    return entry


def events_calendar(events, *, request, name: str) -> bytes:
    """An iCalendar (RFC 5545) file with these events."""
    calendar = Calendar()
    calendar.add("prodid", "-//OAS//Inter-American Cooperation Portal on Cyber-Crime//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    host = request.get_host().split(":")[0] if request is not None else "portal"
    base_url = request.build_absolute_uri("/").rstrip("/") if request is not None else settings.SITE_URL
    for event in events:
        calendar.add_component(_calendar_event(event, host, base_url))
    return calendar.to_ical()
