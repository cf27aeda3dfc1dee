# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 10: a clean whole draft has no finding; each family the changes touch is still caught.

The outside training drafts (train9, half of its domains read) flagged clean drafts for causes
that are general: a request for the very act the customer wrote about (the subject names it),
the means for what they are doing anyway (「返却は、同封の伝票をお使いください」), a defect in
what they sent stated just before the request to put it right, the next step after ours ("After
that, please restart the phone"), what to bring or wear to the visit they booked; a no that comes
after the way ("Could you bring …? We don't provide them"), what a missed deadline costs ("after
that we can't guarantee …"); an incident word inside a case the mail describes (「二重に払い込んだ
場合」); an outage update that lists the facts and promises the next report at a time; the
customer's own past or wish ("If you've lived alone for a while", "If you ever want to come
back"); a vague time whose date the next sentence gives, or a later day that is the customer's.
The drafts here are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint

CLEAN_DRAFTS = {
    "request_is_the_act_the_subject_names_ja": (
        "Re: 月極駐車場の申し込み",
        "岡田 様\n\nいつもお世話になっております。みどり台管理事務所の原です。\n\n1月分の駐車場は、12月20日（金）までにお申し込みください。申込書は管理事務所の窓口のほか、ホームページからもダウンロードできます。\n\n料金は月額8,000円です。\n\nみどり台管理事務所　原",
    ),
    "the_means_for_what_they_do_anyway_ja": (
        "Re: 試着ドレスの返送",
        "木下 様\n\nご連絡ありがとうございます。ドレスサロン・リュミエールの森です。\n\n試着期間を1日延ばし、返送期限を3月9日（土）といたしました。追加の料金はかかりません。\n\n返送は、同封の返信用伝票をお使いください。\n\nリュミエール　森",
    ),
    "defect_stated_before_the_request_ja": (
        "Re: 奨学金申請書について",
        "佐野 様\n\nみなと学園 学生課の北村です。\n\nご提出いただいた申請書のうち、保護者の署名欄が記入されておりませんでした。恐れ入りますが、署名を済ませた申請書を2月14日（金）必着でご郵送いただけますでしょうか。\n\n期日までに届かない場合は、学生課までお電話ください。\n\nみなと学園 学生課 北村\nTEL 045-111-2222",
    ),
    "next_step_after_ours_en": (
        "Re: Voicemail PIN",
        "Hello Ms Park,\n\nThank you for your message. I have reset your voicemail PIN today. You will get a text message when it is done, usually within one hour.\n\nAfter that, please call 121 from your phone and choose a new PIN.\n\nBest regards,\nDaniel\nBrightline Mobile",
    ),
    "what_to_bring_to_the_booked_class_en": (
        "Re: Beginners' climbing session",
        "Hi Priya,\n\nYou're booked on the beginners' session on Saturday 14 June at 10:00.\nPlease wear comfortable clothes and bring a bottle of water.\nShoes and harnesses are included in the price.\n\nSee you then,\nMarco\nSummit Wall",
    ),
    "what_to_bring_on_the_day_ja": (
        "Re: 陶芸体験の予約",
        "石井 様\n\nご予約ありがとうございます。つちや工房の上田です。\n\n6月8日（日）13時からの陶芸体験を承りました。\n当日は汚れてもよい服装で、タオルをお持ちください。\n\nつちや工房　上田",
    ),
    "no_after_the_way_ja": (
        "Re: 修理品の受け取り",
        "福田 様\n\n時計修理のクロノ堂です。\n\n修理が終わりましたので、店頭でお受け取りいただけます。\nご本人以外の方が受け取りに来られる場合は、預かり証をお持たせください。お客様の大切なお品物ですので、預かり証のない方にはお渡しできません。\n\nクロノ堂　吉村",
    ),
    "no_after_the_way_en": (
        "Re: Helmets for Saturday",
        "Hi Tom,\n\nYes — could you bring Leo's own helmet on Saturday? We don't lend helmets for hygiene reasons, and a helmet that fits is safer anyway.\n\nSee you at 9,\nJess\nRiverside Cycling Club",
    ),
    "what_a_missed_deadline_costs_en": (
        "Re: Conference room hold",
        "Dear Mr Hall,\n\nWe're holding the Harbour Room for your team on 12 and 13 May.\n\nCould you confirm the booking by Friday 2 May? The hotel releases unconfirmed rooms that day, and after that we can't guarantee the same room.\n\nKind regards,\nElena Ross\nEvents Desk",
    ),
    "incident_word_in_a_described_case_ja": (
        "Re: 受講料の返金",
        "新井 様\n\nすずらん英会話スクールの高田です。\n\n申し訳ございませんが、ご入会後の受講料は、受講されない場合でも原則として返金しておりません。これは入会規約の第8条に定めている規定によるものです。\n\nただし、以下の場合に限り返金いたします。\n\n・受講料を二重にお支払いいただいた場合\n・開講前に当校の都合でクラスが中止になった場合\n\n該当される場合は、受付までお電話ください。\n\nすずらん英会話スクール　高田",
    ),
    "outage_update_with_the_next_report_at_a_time_ja": (
        "Re: 【障害】予約システムにログインできない",
        "株式会社あおば歯科\n中川 様\n\nクラウドカルテ サポートの松本です。\n\n現在、当社の予約システムで障害が発生しており、全てのお客様がログインできない状態です。ご不便をおかけし申し訳ございません。\n\n・発生時刻：本日 8:15\n・原因：データベースの切り替え作業の失敗（詳細は調査中）\n・現在の対応：切り替え前の状態へ戻す作業中\n\n復旧見込みは現時点で11:00です。10:30の時点で状況を改めてメールいたします。\n\nクラウドカルテ サポート　松本\n障害窓口 03-5555-0123（24時間）",
    ),
    "the_customers_own_past_and_wish_en": (
        "Re: Pausing my membership",
        "Hi Sam,\n\nI've cancelled your membership as you asked. You won't be charged again after 30 June.\n\nIf you've trained with us for a while, your class history stays on your account. If you ever want to come back, your locker code will be kept for six months.\n\nBest,\nNina\nNorthside Gym",
    ),
    "date_given_in_the_next_sentence_ja": (
        "Re: 面接日程",
        "村上 様\n\nみらい商事 採用担当の井上です。\n\n二次面接の日程は、決まり次第ご連絡いたします。遅くとも3月6日（水）までにはお知らせします。\n\nみらい商事 採用担当　井上",
    ),
    "a_later_day_that_is_the_customers_ja": (
        "Re: 眼鏡の調整",
        "森 様\n\nめがねのヒカリ堂です。\n\nフレームの調整は無料です。後日ご来店の際に、5分ほどで調整いたします。\n\nヒカリ堂　佐藤",
    ),
    "trial_class_how_to_book_and_what_to_bring_ja": (
        "Re: 未経験でも参加できますか",
        "西村 様\n\nお問い合わせありがとうございます。ボルダリングジム・ソラの小池です。\n\n初心者向けの体験クラスは毎週水曜と日曜の14時〜15時で、料金は1,500円です。シューズは無料でお貸しします。\nご予約は https://sora-gym.example.jp/trial から、または 03-4444-1212 までお電話ください。\n\n動きやすい服装と、飲み物をお持ちください。\n\nボルダリングジム・ソラ　小池",
    ),
    "our_own_step_skipped_as_the_cause_ja": (
        "Re: 交換部品の誤発送",
        "山田 様\n\nグリーン農機 サービス課の岡です。\n続けて違う部品をお送りしてしまい、誠に申し訳ございません。\n\n原因を調べたところ、弊社の受注担当が型式を確認せずに、旧型の品番で手配しておりました。\n正しい部品は本日発送し、明日午前中に届きます。\n今後は、受注時に型式と製造年を二人で照合する手順に改めました。\n\nグリーン農機　岡",
    ),
    "a_later_step_as_the_reason_for_a_request_now_ja": (
        "Re: 雨漏り",
        "坂本 様\n\n夜間窓口の田村です。\n業者が本日22時ごろに伺います。\n濡れた家具については、後日保険のお手続きをご案内しますので、写真を撮っておいていただけると助かります。\n\nみなと住宅管理　田村",
    ),
    "undecided_date_given_a_month_elsewhere_ja": (
        "Re: 次回の販売について",
        "松田 様\n\nご意見ありがとうございます。ホビーショップ・エンの石田です。\n\n次回の限定販売（3月予定）からは、お一人様1点までとさせていただきます。\n次回の限定販売の日時は、決まり次第メールマガジンでお知らせします。\n\nホビーショップ・エン　石田",
    ),
}

FAULT_DRAFTS = {
    "request_for_another_act_than_the_subject_ja": (
        "Re: 月極駐車場の申し込み",
        "岡田 様\n\n車検証のコピーをお送りください。\n\n原",
        "request_without_reason",
    ),
    "bring_with_no_visit_en": (
        "Re: Warranty",
        "Hi Ann,\n\nPlease send us the receipt.\n\nMarco",
        "request_without_reason",
    ),
    "no_with_only_patience_asked_before_ja": (
        "Re: 返品",
        "山口 様\n\n恐れ入りますが、ご了承ください。返品はお受けできません。\n\n佐藤",
        "dismissive",
    ),
    "no_with_nothing_before_en": (
        "Re: Helmets",
        "Hi Tom,\n\nWe don't provide helmets.\n\nJess",
        "dismissive",
    ),
    "a_real_double_charge_ja": (
        "Re: 請求金額",
        "中村 様\n\n今月の受講料を二重に請求してしまい、申し訳ございません。\n\n高田",
        "apology_incomplete",
    ),
    "unknown_with_no_report_promised_ja": (
        "Re: ログインできない",
        "中川 様\n\n・発生時刻：本日 8:15\n・原因：調査中\n\n松本",
        "unknown_without_followup",
    ),
    "later_with_no_date_ja": (
        "Re: 面接日程",
        "村上 様\n\n面接の日程は、後日改めてご連絡いたします。\n\n井上",
        "vague",
    ),
    "later_followed_by_a_price_not_a_date_ja": (
        "Re: 修理",
        "森 様\n\n修理品は後日お送りいたします。送料は500円です。\n\n佐藤",
        "vague",
    ),
    "blame_of_the_customer_beside_our_own_cause_ja": (
        "Re: 設定",
        "山田 様\n\nお客様が説明書を確認せずに設定を変えられたのではないでしょうか。\n\n岡",
        "condescending",
    ),
    "a_bare_phone_number_request_ja": (
        "Re: 料金",
        "西村 様\n\n03-4444-1212までお電話ください。\n\n小池",
        "request_without_reason",
    ),
    "waiting_for_the_later_thing_ja": (
        "Re: 修理",
        "森 様\n\n修理品は後日お送りいたしますので、お待ちください。\n\n佐藤",
        "vague",
    ),
    "soon_with_no_date_en": (
        "Re: Card",
        "Hi Sam,\n\nWe will send the new card soon.\n\nNina",
        "vague",
    ),
}


@pytest.mark.parametrize("shape", sorted(CLEAN_DRAFTS))
def test_it_leaves_a_clean_draft_of_each_shape_without_a_finding(shape: str) -> None:
    subject, text = CLEAN_DRAFTS[shape]
    findings = lint(text, subject=subject)
    assert [(f.rule, text[f.start : f.end]) for f in findings] == []


@pytest.mark.parametrize("shape", sorted(FAULT_DRAFTS))
def test_it_still_finds_the_fault_beside_each_exemption(shape: str) -> None:
    subject, text, rule = FAULT_DRAFTS[shape]
    assert rule in {finding.rule for finding in lint(text, subject=subject)}


def test_it_still_asks_why_when_the_visit_needs_papers() -> None:
    text = "岩田 様\n\n当日は受付でお待ちしております。図書館カードと身分証明書、購入時のレシートをお持ちください。\n\n市立図書館"
    assert "request_without_reason" in {f.rule for f in lint(text, subject="Re: 本の汚損")}


def test_it_reads_across_a_huge_paste_once_not_once_per_sentence() -> None:
    """Bounded without a clock: the session-10 reads across the mail (the visit named earlier,
    a dated report later, a date elsewhere) look at each sentence once per document; read
    once per sentence they made a 100,000-character paste quadratic (5 s of CPU at 20,000)."""
    from unittest import mock

    from madoguchi.quality.lint.rules import request_without_reason, unknown_without_followup, vague

    class Counted:
        def __init__(self, pattern: object) -> None:
            self.pattern, self.calls = pattern, 0

        def search(self, *args: object) -> object:
            self.calls += 1
            return self.pattern.search(*args)  # type: ignore[attr-defined]

    body = (
        "Please bring water.\n原因は分かりません。\n次回の抽選日程は決まり次第お知らせします。\n"
        * 2_000
    )[:100_000]
    visit = Counted(request_without_reason._VISIT_OR_ACTIVITY)
    report = Counted(unknown_without_followup._DATED_REPORT)
    dated = Counted(vague._DATE_JA)
    with (
        mock.patch.object(request_without_reason, "_VISIT_OR_ACTIVITY", visit),
        mock.patch.object(unknown_without_followup, "_DATED_REPORT", report),
        mock.patch.object(vague, "_DATE_JA", dated),
    ):
        findings = lint(body, subject="Re: 抽選")
    sentences = 6_000
    assert len(findings) > 1_000
    assert visit.calls <= 2 * sentences and report.calls <= 2 * sentences
    assert dated.calls <= 4 * sentences
