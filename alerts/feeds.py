"""An Atom feed per public subject: what changed, newest first (restricted subjects have none)."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from alerts.models import AlertEvent
from alerts.services import absolute
from alerts.subjects import parse

FEED_ITEMS = 50


class SubjectFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, subject):
        parsed = parse(subject)  # no user: restricted subjects are never found here
        if parsed is None or parsed.restricted:
            raise Http404(_("Nothing to follow here."))
        return parsed

    def title(self, obj):
        return _("Changes: %(subject)s") % {"subject": obj.label}

    def subtitle(self, obj):
        return _("What changed on the Inter-American Cooperation Portal on Cyber-Crime.")

    def link(self, obj):
        return f"/{get_language()}/alerts/?subject={obj.value}"

    def items(self, obj):
        return AlertEvent.objects.filter(subject=obj.value, restricted=False).order_by("-at", "-pk")[:FEED_ITEMS]

    def item_title(self, item):
        return f"{item.get_verb_display()}: {item.label}" if item.label else item.get_verb_display()

    def item_description(self, item):
        return item.label

    def item_link(self, item):
        # Each change is its own entry: its id carries the event, the link the page.
        return absolute(item.path, get_language()) + f"#change-{item.pk}" if item.path else \
            absolute(f"alerts/?subject={item.subject}", get_language()) + f"#change-{item.pk}"

    def item_pubdate(self, item):
        return item.at

    def item_updateddate(self, item):
        return item.at
