"""Which topic and country pages show a page: the tokens a change to it fires for the stored
documents of /topics/…, /countries/… and their indexes (headless/documents.py)."""


def filing_tokens(page, country_lookups):
    """Read from the database, not the page in hand: when the page is saved its topics and
    countries are still the ones it had (they are written after it), and once it is published
    the new ones; both are fired. `country_lookups` name where the page's countries are
    (``"country__code"``, ``"countries__code"``)."""
    rows = type(page).objects.filter(pk=page.pk)
    tokens = {"filing"}
    tokens |= {f"topic:{slug}" for slug in rows.values_list("topics__slug", flat=True) if slug}
    for lookup in country_lookups:
        tokens |= {f"country:{code}" for code in rows.values_list(lookup, flat=True) if code}
    return tokens
