"""Cells for CSV files that people open in a spreadsheet.

A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip
before reading one of those) is run as a formula when the file is opened (CSV injection,
OWASP). Any text that came from a person (a user name tried at sign-in, a label) is
prefixed with an apostrophe, which spreadsheets show as text and do not display.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
