"""Two amounts of money an order of magnitude apart where a charge is told.

「表示は600円でしたが、カード会社のアプリでは30,600円の利用となっています」, "the meter said
$6 and I was charged $60": money taken far over what it should be, said with no urgent
word. A charge must be told (charged, billed, debited, 請求され, 引き落とされ, …), so a
larger order on purpose (「いつもの10倍、5万円分注文したい」) is no mismatch.
"""

from __future__ import annotations

import re

# On the lower-cased NFKC text (triage.text.prepare): ￥ is ¥, １２ is 12.
_AMOUNT = re.compile(
    r"[¥$£€] ?([0-9][0-9,]*(?:\.[0-9]{1,2})?)"
    r"|([0-9][0-9,]*(?:\.[0-9]{1,2})?) ?(?:円|yen\b|dollars?\b|pounds?\b|euros?\b)"
)
_CHARGE = re.compile(
    r"請求(?:され|が(?:来|き|あ)|額|金額)|引き落と(?:され|し(?:額|金額|が))|利用(?:と|に)なって|利用額|"
    r"決済(?:され|額)|精算(?:額|金額|され)|(?:カード|明細)[^。\n]{0,20}(?:円|利用)|"
    r"\b(?:charged|billed|debited|overcharged)\b|taken from (?:my|our)|"
    r"(?:statement|bill|invoice|receipt) (?:shows|says|came to|came)"
)
_CURRENCY_HINT = ("円", "$", "£", "€", "¥", "yen", "dollar", "pound", "euro")
_RATIO = 10.0


def far_apart_amounts(lowered: str) -> str | None:
    """The two amounts, quoted ("600円 … 30,600円"), when a charge is told and the larger
    is at least ten times the smaller; None otherwise. Cheap on mails without money."""
    if not any(hint in lowered for hint in _CURRENCY_HINT):
        return None
    amounts: list[tuple[float, str]] = []
    for match in _AMOUNT.finditer(lowered):
        digits = (match.group(1) or match.group(2)).replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            continue
        if value > 0:
            amounts.append((value, match.group(0)))
        if len(amounts) > 12:
            break  # a price list, not a charge
    if len(amounts) < 2 or len(amounts) > 12:
        return None
    low = min(amounts)
    high = max(amounts)
    if high[0] < _RATIO * low[0] or _CHARGE.search(lowered) is None:
        return None
    return f"{low[1]} … {high[1]}"
