"""placeholder_left: a blank of a template that nobody filled would reach the customer.

Templates mark what the agent must fill with 〇〇, △△, ××, 〇月〇日, and our template
renderer leaves a variable it does not know as `{name}`. A reply that still carries one
is never what the agent meant, so sending stops (actions/sending.py) whatever the team's
policy for the other rules is. A 〇 inside a kanji numeral (二〇二六年) is a digit, not a
blank, and is left alone; quoted text is checked too, since it is sent all the same.
"""

from __future__ import annotations

import re

from madoguchi.quality.lint.base import Document, Finding, Level

ID = "placeholder_left"

_MARK = "〇○◯△▲×✕●□■＿"
_KANJI_DIGITS = "一二三四五六七八九十百千万億〇零"
_PLACEHOLDER = re.compile(
    # Marks standing for numbers before their units, as one blank: 〇月〇日, 〇時, △円
    # (not the digit of 二〇二六年).
    rf"(?<![{_KANJI_DIGITS}])(?:[{_MARK}]+[年月日時分秒円件個回名様点%％])+"
    # A run of two or more marks: 〇〇, △△, ××株式会社.
    rf"|[{_MARK}]{{2,}}"
    # A template variable left unreplaced: {customer_name}, {{ name }}.
    r"|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\{[A-Za-z_][\w.]*\}"
    # The same with a Japanese name ({顧客名}, {{患者名}}), or in another template syntax:
    # %CUSTOMER_NAME%, [PET NAME], <COMPANY> (capitals only, so "[Attachment]" passes).
    r"|\{\{?\s*[\u3040-\u30ff\u4e00-\u9fff][\w\u3040-\u30ff\u4e00-\u9fff.]{0,30}\s*\}\}?"
    r"|%[A-Z][A-Z0-9_]{1,30}%|\[[A-Z][A-Z_]+(?: [A-Z_]+){0,3}\]|<[A-Z][A-Z_]+(?: [A-Z_]+){0,3}>"
    # English blanks: XX, XXX (upper case only, so words like "xx-large" pass).
    r"|\b(?:XX+|\[(?:NAME|DATE|NUMBER|name|date|number)\])(?![A-Za-z0-9])"
)

MESSAGE = (
    "埋めていない空欄「{excerpt}」がそのまま送られます。実際の内容に置き換えてください。",
    "The blank “{excerpt}” would reach the customer as it is: fill it in.",
)


class PlaceholderLeft:
    id = ID
    description_ja = "埋め忘れの空欄（〇〇、△△、〇月〇日、{変数}）"
    description_en = "An unfilled placeholder or template variable (〇〇, 〇月〇日, {name})"
    level: Level = "draft"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        ("maru_blank", "記号の空欄（「〇〇様」「△△の件」）", "A run of blank marks (〇〇, △△)"),
        (
            "date_blank",
            "数字の空欄（「〇月〇日」「〇円」）",
            "A blank number before a unit (〇月〇日, 〇円)",
        ),
        (
            "template_var",
            "置き換えられていないテンプレート変数（「{name}」）",
            "A template variable left as it is ({name}, {{ order }})",
        ),
        ("en_blank", "英語の空欄（XX、[NAME]）", "An English blank (XX, [NAME])"),
    )

    def check(self, document: Document) -> list[Finding]:
        findings = []
        for match in _PLACEHOLDER.finditer(document.text):
            excerpt = match.group()
            message = (MESSAGE[0].format(excerpt=excerpt), MESSAGE[1].format(excerpt=excerpt))
            findings.append(document.finding(ID, match.start(), match.end(), message))
        return findings


def placeholders_in(text: str) -> list[str]:
    """The distinct placeholders of a text, in order (for a message naming them)."""
    seen: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(text):
        seen[match.group()] = None
    return list(seen)


RULE = PlaceholderLeft()
