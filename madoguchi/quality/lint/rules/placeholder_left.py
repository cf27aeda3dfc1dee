"""placeholder_left: a blank of a template that nobody filled would reach the customer.

Templates mark what the agent must fill with 〇〇, △△, ××, 〇月〇日, and our template
renderer leaves a variable it does not know as `{name}`. A reply that still carries one
is never what the agent meant, so sending stops (actions/sending.py) whatever the team's
policy for the other rules is. A 〇 inside a kanji numeral (二〇二六年) is a digit, not a
blank, and is left alone; quoted text is checked too, since it is sent all the same.

The forms template users really leave, by family (ja / en):
- marks: 〇〇, ○○ (both maru characters), ◯◯, △△, ××, ●●, ＊＊, ＿＿ and 〇月〇日 / 〇円;
- a slot named in brackets: 【お名前】, [会社名], ［日付］, 〈担当者名〉 / [date], [Customer Name],
  [insert tracking number], <insert name>, <your name> — the bracket holds what to write, not
  a word of the mail, so 【重要】, 【お詫び】, [PDF], [Attachment] are left alone;
- template variables: {name}, {{ first_name }}, {顧客名}, %NAME%, [ORDER NUMBER], <SHIP DATE>;
- an X run standing for a number: XX, XXX円, xxx (lower case as a word of its own);
- a note to oneself: TBD, TBA, （要確認）, （要修正）, (TODO).
Masked numbers are filled in, not blank: a run followed by digits (「****-1234」,
XXXX-XXXX-XXXX-4821, 「●●●●1234」, an order code XXX-123) names a real card or order, and
a line of underscores alone is a separator, not a blank.
"""

# Patterns stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re

from madoguchi.quality.lint.base import Document, Finding, Level
from madoguchi.quality.lint.rules.purpose_not_upfront import is_reply_subject

ID = "placeholder_left"

_MARK = "〇○◯△▲×✕●□■＿＊"
_KANJI_DIGITS = "一二三四五六七八九十百千万億〇零"
# A mask over a real number is filled in: the run goes on (through more marks, hyphens and
# spaces) to digits, 「****-1234」「XXXX-XXXX-XXXX-4821」「XXX-123」.
_NOT_A_MASK = r"(?![-‐－\s]*(?:[X＊*●]+[-‐－\s]*)*[0-9０-９])"
# What a bracketed slot asks for: the thing to write (名前, 日付, date, name …) or an
# instruction (insert, 記入). 【重要】 or [PDF] hold a word of the mail and are not slots.
_SLOT_JA = (
    r"(?:お|ご)?(?:名前|氏名|宛名|会社名|社名|企業名|店舗名|店名|部署名|担当者?名?|顧客名|お客様名|商品名|製品名|サービス名|"
    r"日付|日時|日程|時間|時刻|期日|期限|金額|料金|価格|住所|電話番号|連絡先|メールアドレス|URL|番号|注文番号|"
    r"予約番号|会員番号|伝票番号|追跡番号|件名|内容|理由|記入|入力|挿入|ここに[^】\]］〉>]{0,12}|要確認|未定|(?:〇|○)+|"
    # (No opening bracket inside: 「【[スタジオ名]】」 is the slot 「[スタジオ名]」, not 「【[スタジオ名]」.)
    r"[^【\[［〈<＜】\]］〉>\s]{1,8}(?:名|番号|日時|日付|金額|住所)|[^【\[［〈<＜】\]］〉>\s]{1,8}の(?:お|ご)?(?:名前|氏名))"
)
_SLOT_EN = (
    r"(?:(?:insert|enter|add|put|fill in|type|your|customer(?:'s)?|agent(?:'s)?|company|recipient(?:'s)?)\b[^\]>\n]{0,40}|"
    # ("[Child's name]", fresh-eval43 d-en-012: a possessive before the slot.)
    r"(?:exact |new |correct |expected |delivery |first |last |full |customer |company |agent |product |store |shop |[A-Za-z]{2,20}(?:'s|’s)? (?:[A-Za-z]{2,20} )?)?"
    r"(?:name|date|time|amount|price|address|"
    r"(?:order |tracking |reference |account |phone |booking )?number|link|url|email|phone|company|day|month|year|reason|details?|"
    # What a template names by its role: "Your donation to [Municipality]" (fresh-eval53
    # d-en-002), [Venue], [Product] (not [Attachment] or [External]: words of the mail).
    r"municipality|town|city|venue|location|branch|store|shop|course|event|product|item|plan|"
    r"service|property|client|customer|recipient|vehicle|model|quantity|title|position))"
)
# Several slots in one bracket, and an example after them: the checker's own English
# rewrites write "by <date and time>", "<day, time>", "<exact amount, e.g. $5.00>", so
# an applied rewrite left unfilled is caught before it reaches the customer.
_SLOTS_EN = (
    rf"{_SLOT_EN}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*{_SLOT_EN})*(?:\s*,?\s*e\.g\.[^\]>\n]{{0,40}})?"
)
_PLACEHOLDER = re.compile(
    # Marks standing for numbers before their units, as one blank: 〇月〇日, 〇時, △円
    # (not the digit of 二〇二六年).
    rf"(?<![{_KANJI_DIGITS}])(?:[{_MARK}]+(?:営業日|週間|日間|か月|ヶ月|カ月|[年月日時分秒円件個回名様点%％人枚本台号]))+"
    # A run of two or more marks: 〇〇, △△, ××株式会社, ＊＊, ＿＿ (not a masked number).
    rf"|(?<![{_MARK}])[{_MARK}]{{2,}}{_NOT_A_MASK}"
    # A template variable left unreplaced: {customer_name}, {{ name }}.
    r"|\{\{\s*[A-Za-z_][\w.]*\s*\}\}|\{[A-Za-z_][\w.]*\}"
    # The same with a Japanese name ({顧客名}, {{患者名}}), or in another template syntax:
    # %CUSTOMER_NAME%, [PET NAME], <COMPANY> (capitals only, so "[Attachment]" passes).
    r"|\{\{?\s*[\u3040-\u30ff\u4e00-\u9fff][\w\u3040-\u30ff\u4e00-\u9fff.]{0,30}\s*\}\}?"
    # Full-width braces, as a Japanese IME types them: ｛customer_name｝, ｛顧客名｝ (never filled).
    r"|｛\s*[\w.]{1,30}\s*｝"
    r"|%[A-Z][A-Z0-9_]{1,30}%|\[(?!(?:PDF|CSV|ZIP|JPE?G|PNG|GIF|HEIC|DOCX?|XLSX?|PPTX?|TXT|HTML?|MP[34]|FAQ|FYI|NEW|SALE|INFO|NOTICE|UPDATE|URGENT|IMPORTANT|EXTERNAL|SPAM|FWD?|RE|OK|NG)\])[A-Z][A-Z_]+(?: [A-Z_]+){0,3}\]|<[A-Z][A-Z_]+(?: [A-Z_]+){0,3}>"
    # A mail-merge field left as it is (session 26, fresh-eval25): <<FirstName>>, «Company».
    r"|<<\s*[A-Za-z_][\w .-]{0,30}\s*>>|«\s*[A-Za-z_][\w .-]{0,30}\s*»"
    # A slot named in brackets: 【お名前】, [会社名], ［日付］, [date], [Customer Name], <insert name>.
    rf"|[【\[［〈<＜](?:\s*{_SLOT_JA}\s*)[】\]］〉>＞]"
    # (Not a Markdown link's text: "[our shop](https://…)" is a link, not a blank.)
    rf"|[\[［<＜]\s*(?i:{_SLOTS_EN})\s*[\]］>＞](?!\()"
    # English blanks: XX, XXX (upper case, also inside Japanese: XXX円), xxx as a word of its
    # own; not a size (XXL) and not a masked number (XXXX-1234, XXX-123).
    rf"|(?<![A-Za-z0-9])(?:XX+|x{{3,}})(?![A-Za-z0-9]){_NOT_A_MASK}"
    # A date or time format left as the value of a line (fresh-eval48 d-en-005: "Date: DD/MM");
    # "write it as DD/MM/YYYY" explains a format and stays out.
    r"|(?:(?<=[:：] )|(?<=[:：]))(?:DD/MM(?:/YY(?:YY)?)?|MM/DD(?:/YY(?:YY)?)?|YYYY[-/.]MM[-/.]DD|DD[-/.]MM[-/.]YYYY|HH:MM)(?![A-Za-z])"
    # A blank line to write on inside a sentence: "Dear Mr/Ms ____," (a whole line of them
    # is a separator, see _SEPARATOR_LINE).
    r"|_{3,}"
    # A note to oneself: TBD, TBA, （要確認）, (TODO).
    r"|(?<![A-Za-z])(?:TBD|TBA)(?![A-Za-z])"
    r"|[（(]\s*(?:要確認|要修正|確認中|要変更|TODO|todo|TBC)\s*[）)]"
)
# A line of underscores or marks alone is a rule between parts of the mail, not a blank.
_SEPARATOR_LINE = re.compile(rf"^[ \t　]*[{_MARK}_\-=―ー─━]{{6,}}[ \t　]*$", re.MULTILINE)

MESSAGE = (
    "埋めていない空欄「{excerpt}」がそのまま送られます。実際の内容に置き換えてください。",
    "The blank “{excerpt}” would reach the customer as it is: fill it in.",
)
# A blank in the subject (fresh-eval42 d-en-009: "Your group visit on [DATE]") reaches the
# customer first; the finding sits on the body's first sentence, since offsets are the body's.
# A reply's subject (「Re: 〇〇の件」) is the customer's own words and is left alone.
MESSAGE_SUBJECT = (
    "件名の空欄「{excerpt}」がそのまま送られます。実際の内容に置き換えてください。",
    "The blank “{excerpt}” in the subject would reach the customer as it is: fill it in.",
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
        (
            "bracket_slot",
            "括弧の中の記入欄（「【お名前】」「[会社名]」）",
            "A slot named in brackets ([date], <insert name>)",
        ),
        (
            "note_to_self",
            "自分向けのメモ（「（要確認）」「TBD」）",
            "A note to oneself (TBD, (TODO))",
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        findings = []
        for match in _blanks(document.text):
            excerpt = match.group()
            message = (MESSAGE[0].format(excerpt=excerpt), MESSAGE[1].format(excerpt=excerpt))
            findings.append(document.finding(ID, match.start(), match.end(), message))
        if document.subject and document.sentences and not is_reply_subject(document.subject):
            first = document.sentences[0]
            for excerpt in placeholders_in(document.subject):
                message = (
                    MESSAGE_SUBJECT[0].format(excerpt=excerpt),
                    MESSAGE_SUBJECT[1].format(excerpt=excerpt),
                )
                findings.append(document.finding(ID, first.start, first.end, message))
        return findings


# 「【注文番号】123456」「【日時】12月5日 14時」: a field name at the head of a line with its
# value after it is a label of the mail, not a slot left empty (「【お名前】様」 is one).
# ("[Student's name] is booked for …" goes on as a sentence: a verb after the slot is no value.)
_LABEL_VALUE = re.compile(
    # (「【加盟店名】でのお支払い」 goes on as a sentence too: fresh-eval61 d-ja-001.)
    r"[\s　:：]*(?!様|さま|殿|御中|の|が|は|を|に|へ|と|より|から|です|まで|で)"
    r"(?!(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|and|or|to|has been)\b)"
    r"[0-9０-９A-Za-z\u3040-\u30ff\u4e00-\u9fff]"
)


def _is_label(text: str, match: re.Match[str]) -> bool:
    if match.group()[:1] not in "【[［":
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    value = _LABEL_VALUE.match(text, match.end())
    if text[line_start : match.start()].strip() or not value:
        return False
    # 「[会社名] ご担当者様」: the slot on the addressee line itself, before a generic title
    # (fresh-eval27 d-ja-005), is the company left blank; 「【お名前】山田様」 has its value.
    line_end = text.find("\n", match.end())
    rest = text[match.end() : line_end if line_end >= 0 else len(text)]
    if _GENERIC_ADDRESSEE.match(rest):
        return False
    # 「[学校名]　美術部顧問　高木先生」: an organisation's slot before a person addressed (fresh-eval36
    # d-ja-024) is the organisation left blank; 「【お名前】山田様」 names the person and has its value.
    if _ORGANISATION_SLOT.search(match.group()[1:-1]) and _ADDRESSEE_END.search(rest):
        return False
    # 「[スタジオ名]　受付」 in the signature: the sender's name left blank before a generic
    # desk (fresh-eval28 d-ja-007), not a field with its value.
    if match.group()[1:-1].endswith("名") and _GENERIC_SENDER.match(rest):
        return False
    # 「[店舗名] 買取担当の松田です。」: the sender's own shop left blank in the self-introduction
    # (fresh-eval38 d-ja-018), not a field with its value.
    if _ORGANISATION_SLOT.search(match.group()[1:-1]) and _SELF_INTRODUCTION.match(rest):
        return False
    # 「【学校名】」 alone on its line above 「ご担当　〇〇様」 is the addressee block left
    # blank (fresh-eval25), not a heading over what follows (「【ご予約内容】」 then the booking).
    following = text[match.end() : value.end()]
    if "\n" in following:
        line_end = text.find("\n", value.end())
        next_line = text[value.end() - 1 : line_end if line_end >= 0 else len(text)]
        if _ADDRESSEE_LINE.search(next_line):
            return False
    return True


_ORGANISATION_SLOT = re.compile(r"(?<!お)(?<!ご)(?<!氏)(?<!宛)(?<!担当者)(?<!担当)名$")
_SELF_INTRODUCTION = re.compile(
    r"[\s　]*[^。\n]{0,20}(の|担当)[^。\n]{1,12}(です|でございます|と申します)[。．]?[\s　]*$"
)
_ADDRESSEE_END = re.compile(r"(様|さま|殿|御中|先生)[\s　]*$")
_ADDRESSEE_LINE = re.compile(r"^(ご担当|担当|ご担当者)|(様|さま|殿|御中)\s*$")
_GENERIC_SENDER = re.compile(
    # (「[会社名] 出張修理受付」: a desk named by what it does, fresh-eval50 d-ja-008.)
    r"[\s　]*[^\s　。\n:：]{0,8}(受付|事務局|担当|窓口|スタッフ(一同)?|一同|サポート(チーム|センター|窓口)?|カスタマーセンター|お客様(係|窓口|相談室)|営業部|運営(事務局|チーム)?)[\s　]*$"
)
_GENERIC_ADDRESSEE = re.compile(
    r"[\s　]*(ご担当者?|担当者?|ご担当部署|御中|各位|様|さま|殿)(様|さま|殿|各位)?[\s　]*$"
)


# A link or an address: a run of underscores or X's inside one is part of it (a survey link's
# random token 「…/satisfaction/k3___Qx…/」 was refused as a blank, session 28); a {variable}
# inside one is still a variable nobody filled.
_LINK = re.compile(r"https?://[^\s<>「」（）]+|www\.[^\s<>「」（）]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PART_OF_A_LINK = re.compile(r"_{3,}|X{2,}|x{3,}")


def _blanks(text: str) -> list[re.Match[str]]:
    if not _PLACEHOLDER.search(text):
        return []
    separators = [(line.start(), line.end()) for line in _SEPARATOR_LINE.finditer(text)]
    links = (
        [(link.start(), link.end()) for link in _LINK.finditer(text)]
        if ("@" in text or "://" in text or "www." in text)
        else []
    )
    return [
        match
        for match in _PLACEHOLDER.finditer(text)
        if not any(start <= match.start() < end for start, end in separators)
        and not (
            _PART_OF_A_LINK.fullmatch(match.group())
            and any(start <= match.start() < end for start, end in links)
        )
        and not _is_label(text, match)
    ]


def placeholders_in(text: str) -> list[str]:
    """The distinct placeholders of a text, in order (for a message naming them)."""
    seen: dict[str, None] = {}
    for match in _blanks(text):
        seen[match.group()] = None
    return list(seen)


RULE = PlaceholderLeft()
