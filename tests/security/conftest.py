from django.urls import NoReverseMatch, reverse

# Every public list or search page of the portal: the attack tests run against each.
PUBLIC_LIST_PAGES = [
    "home",
    "legislation:country_list",
    "legislation:law_list",
    "legislation:matrix",
    "legislation:compare",
    "legislation:treaties",
    "contacts:unit_list",
    "contacts:how_to_report",
    "content:guidance_list",
    "content:resource_list",
    "content:bulletin_list",
    "content:event_list",
    "content:partner_list",
    "content:search",
    "cooperation:overview",
    "cooperation:channels",
]


def public_list_urls() -> list[str]:
    urls = []
    for name in PUBLIC_LIST_PAGES:
        try:
            urls.append(reverse(name))
        except NoReverseMatch as error:  # every listed page must exist
            raise AssertionError(f"public list page {name!r} is missing") from error
    return urls
