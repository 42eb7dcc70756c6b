"""The filters in force on a list page, each with the query-string change that removes it."""


def filter_chips(form, values: dict) -> list[dict]:
    """A chip per filter in force: its label, the chosen option's text, and `without`, the mapping
    that drops it (and the page number) from the current query string. Templates build the link
    with Django's own tag: `{% querystring request.GET chip.without %}`."""
    chips = []
    for name, value in values.items():
        field = form.fields[name]
        choices = getattr(field, "choices", None)
        labels = {str(key): label for key, label in choices} if choices is not None else {}
        chips.append({
            "name": name,
            "label": field.label,
            "value": labels.get(str(value), value),
            "without": {name: None, "page": None},
        })
    return chips
