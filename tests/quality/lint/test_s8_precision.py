# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 8: a draft-level finding needs more evidence than a sentence-level one.

The outside set of session 7 flagged 6 of 29 clean whole drafts. These tests hold what was
changed for it: a complete or a courteous reply stays clean, and each family the rules
exist for is still caught in a whole draft (dismissive by family, incomplete apologies).
The drafts are written for these tests, not taken from the labelled data.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint


def _rules(text: str, subject: str | None = None) -> set[str]:
    return {finding.rule for finding in lint(text, subject=subject)}


# A whole answer that only points away, refuses or cites a rule: one per family.
DISMISSIVE_DRAFTS = [
    (
        "manual as the whole answer",
        "Re: 設定方法がわかりません",
        "川口様\n\nお問い合わせありがとうございます。\n\nマニュアルに書いてありますので、そちらをご確認ください。\n\nよろしくお願いいたします。\n",
    ),
    (
        "homepage as the whole answer",
        "Re: 駐車場",
        "岡本様\n\n駐車場のご利用については、ホームページに詳しく記載しておりますので、ご覧ください。\n\n何卒よろしくお願いいたします。\n",
    ),
    (
        "policy as the whole answer",
        "Re: 返品したい",
        "森田様\n\nお問い合わせの件ですが、当店の規約により、開封済みの商品は返品をお受けしておりません。\n\nよろしくお願いいたします。\n",
    ),
    (
        "not supported, nothing offered",
        "Re: 連携について",
        "中野様\n\nご質問いただいた外部カレンダーとの連携は、現在サポートしておりません。\n\n以上、よろしくお願いいたします。\n",
    ),
    (
        "not done here, closing formula after it",
        "Re: 特注サイズ",
        "村上様\n\n特注サイズの製作は、当社では行っておりません。\n\nご理解のほどよろしくお願いいたします。\n",
    ),
    (
        "another party, no hand-over",
        "Re: 保険の適用",
        "金子様\n\n保険の適用範囲につきましては、ご加入の保険会社様にご確認ください。\n\nよろしくお願いいたします。\n",
    ),
    (
        "help center as the whole answer",
        "Re: Slow sync",
        "Hi Tom,\n\nThis is covered in our help center. Please check there.\n\nBest,\nSupport\n",
    ),
    (
        "not a feature we offer",
        "Re: Export to PDF",
        "Hi Raj,\n\nExporting to PDF isn't a feature we offer.\n\nThanks,\nSupport\n",
    ),
    (
        "the bank, no hand-over",
        "Re: Card declined",
        "Hi Leo,\n\nDeclined payments are handled by your bank, so you'll need to contact them about this.\n\nBest,\nBilling\n",
    ),
    (
        "out of our control, nothing offered",
        "Re: Late car",
        "Hi,\n\nThe previous driver kept the van an hour longer, and that isn't something we can control.\n\nRegards,\nFleet desk\n",
    ),
]


@pytest.mark.parametrize(
    ("family", "subject", "text"), DISMISSIVE_DRAFTS, ids=[d[0] for d in DISMISSIVE_DRAFTS]
)
def test_it_finds_a_dismissive_whole_answer_by_family(family: str, subject: str, text: str) -> None:
    assert "dismissive" in _rules(text, subject)


def test_it_takes_a_refusal_followed_by_a_way_out_a_few_sentences_later_as_an_answer() -> None:
    text = (
        "桜井様\n\nご相談いただきありがとうございます。\n\n"
        "削除から30日を過ぎたデータは、サーバーからも完全に消去されるため、当社でも復元することができません。\n"
        "お力になれず申し訳ございません。\n"
        "なお、パソコン側の自動バックアップが有効になっていれば、そちらから戻せる可能性があります。\n\nフォトボックス サポート\n"
    )
    assert _rules(text, "Re: データ復旧") == set()


def test_it_reads_a_pointer_for_more_after_the_answer_as_part_of_the_answer() -> None:
    text = "予約枠は「設定」→「予約枠」で変更できます。詳しくはマニュアルに記載しておりますので、ご覧ください。"
    assert _rules(text) == set()


# Incomplete apologies as outside writers wrote them: the apology names an event of ours.
INCOMPLETE_APOLOGIES = [
    (
        "Re: 予約が取れていない",
        "木下様\n\nご予約が登録されていなかった件、誠に申し訳ございません。\n担当者によく言っておきます。\n\nホテル海風\n",
    ),
    (
        "Re: アプリ",
        "藤井様\n\n昨日はサービスをご利用いただけない状態となり、ご迷惑をおかけしました。\n現在は復旧しております。\n\nサポートチーム\n",
    ),
    (
        "Re: Charged twice",
        "Hi Paul,\n\nApologies for the double charge on your account. We've refunded the extra $25.\n\nThanks,\nBilling\n",
    ),
    (
        "Re: Missed visit",
        "Dear Ms. Chen,\n\nWe are very sorry that our technician did not arrive yesterday. We have rebooked your visit for Friday at 10am.\n\nRegards,\nService Desk\n",
    ),
    (
        "Re: Staff",
        "Hi Mark,\n\nI'm sorry about how you were treated at our store.\n\nBest,\nCustomer Care\n",
    ),
    (
        "Re: 荷物の破損",
        "原様\n\nこのたびは、お届けした荷物が破損しており、大変申し訳ございません。\n配送中の積み付けが不十分だったことが原因と考えております。\n新しい商品を本日発送いたしました。\n\nまるやま運輸\n",
    ),
]


@pytest.mark.parametrize(
    ("subject", "text"), INCOMPLETE_APOLOGIES, ids=[s for s, _ in INCOMPLETE_APOLOGIES]
)
def test_it_finds_an_incomplete_apology_when_the_apology_names_our_event(
    subject: str, text: str
) -> None:
    assert "apology_incomplete" in _rules(text, subject)


def test_it_reads_a_complete_apology_in_the_shapes_outside_writers_give_its_parts() -> None:
    ja = (
        "小川様\n\nご不安な思いをさせてしまい申し訳ございません。\n"
        "調べたところ、決済処理の不具合により11月分の料金が二重に請求されていました。\n"
        "重複した3,980円は、12月3日にご登録口座へ返金いたしました。\n"
        "同じ不具合が起きないよう、決済処理の修正を11月30日に完了しております。\n\nスマートジム\n"
    )
    en = (
        "Hi Daniel,\n\nI'm sorry for the worry this caused. A billing bug charged your November fee twice.\n"
        "We refunded the duplicate $39.80 today.\nPayments are now also checked by our billing team every morning, in case it happens again.\n\nSofia\n"
    )
    assert _rules(ja, "Re: 二重請求") == set()
    assert _rules(en, "Re: Duplicate charge") == set()


def test_it_does_not_take_sorry_for_the_trouble_in_a_how_to_reply_for_an_apology_mail() -> None:
    text = (
        "Hi Jordan,\n\nThanks for reaching out, and sorry for the trouble.\n\n"
        "Your account was locked after five failed attempts, which is a security measure. I've unlocked it just now.\n"
        'Use the "Forgot password" link on the sign-in page to choose a new password.\n\nBest,\nPriya\n'
    )
    assert "apology_incomplete" not in _rules(text, "Re: Can't log in")


def test_it_does_not_read_our_own_account_of_a_fault_as_blame() -> None:
    ours = "出荷作業の際に住所ラベルの貼り間違いがあり、別の配送センターへ送られてしまったことが原因です。"
    theirs = (
        "ご入力いただいた住所に誤りがあったため、別の配送センターへ送られてしまったことが原因です。"
    )
    assert "condescending" not in _rules(ours)
    assert "condescending" in _rules(theirs)


def test_it_reads_steps_the_customer_asked_for_as_help_not_orders() -> None:
    text = "本日ロックを解除しましたので、以下の手順でパスワードを再設定してください。"
    assert _rules(text) == set()
    assert "imperative" in _rules("今日中に書類を返送してください。")


def test_it_reads_a_closing_wish_as_a_wish() -> None:
    assert _rules("楽しいご旅行になりますように。") == set()


def test_it_keeps_a_reason_two_sentences_back() -> None:
    text = (
        "修理の受付はメーカーの窓口で行っておりますので、お手数ですが下記へご連絡いただけますか。"
        "当店からもメーカーに経緯を伝えておきました。"
        "メーカー修理受付：0120-333-444（受付番号 A-55821 をお伝えください）"
    )
    assert "request_without_reason" not in _rules(text)
