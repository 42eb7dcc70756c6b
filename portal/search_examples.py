"""The example queries each search box shows (as its placeholder and as links under it).

Every example, in each of the four languages, finds something in the demo data
(`tests/portal/test_search_examples.py` runs them all): an example that finds nothing teaches a
reader that the search does not work. Terms written the same in every language ("ransomware",
"24/7") are not translated; the others are translated into the words the records of that
language use ("utilisation non autorisée" is the French Criminal Code's "illegal access").
"""

from django.utils.translation import gettext_lazy as _

EXAMPLES = {
    "site": [_("data preservation"), _("online fraud"), _("Peru"), "ransomware"],
    "laws": [_("illegal access"), _("data interception"), _("computer fraud")],
    "provisions": [_("illegal access"), _("interception"), _("computer data")],
    "resources": ["Budapest", "24/7", "REMJA"],
    "contacts": [_("central authority"), "24/7", _("Portuguese")],
    # The demo workspaces write in English, as most of their members do.
    "workspace": ["24/7", "Article 29", "preservation request"],
}
