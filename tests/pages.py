"""Reading the HTML pages tests fetch: what a page lacks of what it should show, and one part of it."""


def missing(page: str, *snippets: str) -> list[str]:
    """The snippets `page` does not contain, in order. `assert missing(page, a, b, c) == []` names
    every absent one at once, where an assert per snippet stops at the first."""
    return [snippet for snippet in snippets if snippet not in page]


def between(page: str, start: str, end: str) -> str:
    """The part of `page` from the first `start` up to the first `end` after it (e.g. a table row:
    `between(page, '<a href="/en/countries/pa/">', "</tr>")`); ValueError when either is absent."""
    part = page[page.index(start):]
    return part[:part.index(end)]


def text_of(response) -> str:
    """A response's body as text, streamed (downloads) or not, without the byte-order mark CSV
    downloads start with."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode("utf-8-sig")
