"""CSV that is safe to open in a spreadsheet; every CSV madoguchi writes goes through here.

Excel, LibreOffice and Google Sheets run a cell that starts with =, +, -, @, a tab or a CR as a
formula (OWASP "CSV injection"): a topic name or a customer's subject could then fetch a URL
or run a command on the machine of whoever opens the export. Such a text cell gets a leading
apostrophe, which spreadsheets show as text. Numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A CSV document: the header, then each row with every text cell made formula-safe."""
    out = io.StringIO()
    # RFC 4180's CRLF: the writer quotes a cell holding any character of the line terminator,
    # so with a bare "\n" a CR inside a name would be written unquoted and break the rows.
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([safe_cell(name) for name in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return out.getvalue()
