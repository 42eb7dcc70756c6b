"""The `--country AR [BR ...]` option of the commands a secretariat member may limit to some member
states (check_links, stale_contacts, send_update_requests): ISO alpha-2 codes, typed in any case."""


def add_country_option(parser) -> None:
    """Add `--country` to a parser or to a group of it (e.g. one exclusive with `--all`)."""
    parser.add_argument("--country", nargs="+", metavar="ISO2", help="ISO alpha-2 codes, e.g. AR BR")


def country_codes(values) -> list[str]:
    """The codes given after `--country`, in capitals, each once, sorted alphabetically."""
    return sorted({code.strip().upper() for code in values})
