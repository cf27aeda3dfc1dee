"""Public holidays from the maintained `holidays` package (pure: no Django).

Japan's list follows the Act on National Holidays, including 振替休日 (a holiday on a
Sunday moves to the next non-holiday) and 国民の休日 (a day between two holidays), which
is what hand-kept lists get wrong. The tests check it against the Cabinet Office's
published list for the years they use.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

import holidays

# Countries offered in the calendar form: Japan first, and the ones our teams work with.
COUNTRIES = ("JP", "DE", "US", "GB", "FR", "KR", "TW", "CN", "SG")


@lru_cache(maxsize=64)
def _holidays(country: str, subdivision: str, year: int) -> dict[date, str]:
    language = "ja" if country == "JP" else None
    table = holidays.country_holidays(
        country, subdiv=subdivision or None, years=year, language=language
    )
    return dict(table.items())


def public_holidays(country: str, years: Iterable[int], subdivision: str = "") -> dict[date, str]:
    """{date: name} for the years; an unknown country raises ValueError naming it."""
    if not country:
        return {}
    found: dict[date, str] = {}
    for year in years:
        try:
            found.update(_holidays(country.upper(), subdivision, year))
        except NotImplementedError:
            raise ValueError(f"no public holidays known for {country!r}") from None
    return found
