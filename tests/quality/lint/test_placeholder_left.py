from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in


@pytest.mark.parametrize(
    ("draft", "blank"),
    [
        ("〇〇様\n\nお問い合わせありがとうございます。", "〇〇様"),
        ("〇月〇日の午後に担当者が伺う予定でございます。", "〇月〇日"),
        ("△△の件について、確認いたしました。", "△△"),
        ("担当の××より改めてご連絡いたします。", "××"),
        ("{customer_name}様、お待たせいたしました。", "{customer_name}"),
        ("Dear {{ name }}, thank you for writing.", "{{ name }}"),
        ("Your refund of XX will arrive by Friday.", "XX"),
    ],
)
def test_it_flags_an_unfilled_blank_and_names_it(rules_in, draft: str, blank: str) -> None:
    findings = [f for f in lint(draft) if f.rule == "placeholder_left"]
    assert [f.excerpt for f in findings] == [blank]
    assert blank in findings[0].message
    assert findings[0].suggestion is None  # nobody but the agent knows what goes there


@pytest.mark.parametrize(
    "draft",
    [
        "二〇二六年四月一日より新料金となります。",
        "ご注文番号 A-1029 の件、本日発送いたしました。",
        "The XL size ships next week; xx-large is sold out.",
        "JSON の {} は空のオブジェクトです。",
    ],
)
def test_it_leaves_filled_text_alone(rules_in, draft: str) -> None:
    assert "placeholder_left" not in rules_in(draft)


def test_it_lists_each_blank_once_in_order() -> None:
    text = "〇〇様\n〇月〇日に〇〇様へ{agent_name}よりご連絡します。"
    assert placeholders_in(text) == ["〇〇様", "〇月〇日", "{agent_name}"]


def test_template_variables_in_other_syntaxes_and_japanese_names_are_found() -> None:
    text = (
        "{店舗名}の%STAFF_NAME%です。"
        + "[ORDER NUMBER]のご注文は<SHIP DATE>に{{配送業者}}でお届けします。"
    )
    found = [f.excerpt for f in lint(text, learned=False) if f.rule == "placeholder_left"]
    assert found == ["{店舗名}", "%STAFF_NAME%", "[ORDER NUMBER]", "<SHIP DATE>", "{{配送業者}}"]


def test_bracketed_words_that_are_not_variables_pass() -> None:
    for text in (
        "Please see [Attachment] below.",
        "Your plan is the [A] tier.",
        "【お詫び】配送遅延について",
    ):
        assert [f for f in lint(text, learned=False) if f.rule == "placeholder_left"] == []


@pytest.mark.parametrize(
    ("draft", "blank"),
    [
        ("【お名前】様\n\n出願書類を受け取りました。", "【お名前】"),
        ("いつもお世話になっております。[会社名]の佐藤です。", "[会社名]"),
        ("ご予約を＿＿月＿＿日の10時で承りました。", "＿＿月＿＿日"),
        ("カラオケひびき●●店です。", "●●"),
        ("○○小学校 ご担当者様", "○○"),
        ("団体見学は＊＊名様まで同じ回でご覧いただけます。", "＊＊名"),
        ("貸切プランは1時間25,000円（要確認）です。", "（要確認）"),
        ("基礎コースの受講料はXXX円（税込）です。", "XXX"),
        ("発送予定日はTBDです。", "TBD"),
        ("Your van is booked from [date] to 18 December.", "[date]"),
        ("Hi <insert name>,\n\nYour membership is active.", "<insert name>"),
        ("Dear [Customer Name], thank you.", "[Customer Name]"),
        ("The tracking number is [insert tracking number].", "[insert tracking number]"),
        ("Hello %NAME%, a reminder for Saturday.", "%NAME%"),
        ("The gift box costs xxx, including delivery.", "xxx"),
        ("The technician will visit on TBD.", "TBD"),
        # Session 26 (fresh-eval25's drafts): a mail-merge field, a slot named by any noun.
        ("Dear <<FirstName>>,\n\nYour workshop is booked.", "<<FirstName>>"),
        ("Dear «FirstName», your kit ships today.", "«FirstName»"),
        ("The kit will be sent to [Hospital Name] before 4 May.", "[Hospital Name]"),
        ("ご担当　【先生のお名前】様\n\nお見積もりをお送りします。", "【先生のお名前】"),
        # Session 27 (fresh-eval27 d-ja-005): the slot on the addressee line itself.
        ("［店舗名］ ご担当者様\n\n見積書をお送りします。", "［店舗名］"),
    ],
)
def test_it_flags_the_blanks_template_users_really_leave(rules_in, draft: str, blank: str) -> None:
    found = [f.excerpt for f in lint(draft, learned=False) if f.rule == "placeholder_left"]
    assert found == [blank]


@pytest.mark.parametrize(
    "draft",
    [
        "【重要】受験票を本日発送しました。",
        "領収書は添付の［PDF］をご覧ください。",
        "Please find attached the invoice [PDF].",
        "お支払いのカード（末尾 ****-1234）で決済しました。",
        "It was paid with the card ending XXXX-XXXX-XXXX-4821.",
        "The order code XXX-123 is on the label; the XXL size is in stock.",
        "●●●●1234 のカードは有効期限が切れています。",
        "よろしくお願いいたします。\n＿＿＿＿＿＿＿＿＿＿\n株式会社あおば 田中",
        "Regards,\n__________________\nLena, Print Co.",
        "【お名前】佐々木 花子 様\n【ご来店日】11月3日（日）",
    ],
)
def test_legit_brackets_masks_and_separators_are_not_blanks(rules_in, draft: str) -> None:
    assert "placeholder_left" not in rules_in(draft)


def test_a_slot_alone_on_its_line_above_the_addressee_is_a_blank_not_a_heading() -> None:
    # The addressee block of a template left blank: 【学校名】 is no heading over what follows.
    blank = "【学校名】\nご担当　山田様\n\nお見積もりをお送りします。"
    assert [f.excerpt for f in lint(blank, learned=False) if f.rule == "placeholder_left"] == [
        "【学校名】"
    ]
    heading = "【ご予約内容】\n日時：12月5日 14時\n人数：4名"
    assert [f for f in lint(heading, learned=False) if f.rule == "placeholder_left"] == []


def test_an_applied_english_rewrite_left_unfilled_is_a_blank() -> None:
    # Found by a new user: "Apply" on "soon" gave "by <date and time>" and the check then
    # said there was nothing to point out, so the slot could reach the customer.
    vague = next(f for f in lint("We will fix this soon.") if f.rule == "vague")
    assert vague.suggestion is not None
    applied = "We will fix this " + vague.suggestion + "."
    assert [f.rule for f in lint(applied) if f.rule == "placeholder_left"] == ["placeholder_left"]
    for draft, blank in [
        ("We will call you back on <day, time>.", "<day, time>"),
        ("The fee is <exact amount, e.g. $5.00>.", "<exact amount, e.g. $5.00>"),
        ("Please send [name or order number] so we can look it up.", "[name or order number]"),
    ]:
        assert [f.excerpt for f in lint(draft) if f.rule == "placeholder_left"] == [blank]


def test_full_width_braces_typed_with_the_ime_are_a_blank_too() -> None:
    # s10 walk F15: ｛customer_name｝ is never filled and passed the check.
    draft = "｛customer_name｝様\n\nお世話になっております。"
    assert placeholders_in(draft) == ["｛customer_name｝"]
    assert placeholders_in("｛顧客名｝様") == ["｛顧客名｝"]
    assert placeholders_in("全角の括弧（｛｝）は使えません。") == []
