"""Session 18: high urgency said without urgent words (quality/triage/stakes.py) — a hazard
next to people or property, the health of a vulnerable person, personal data open to
anyone, a law the business may be breaking, something needed for an event close at hand,
a large disputed charge, a delivery late for a dated step — with their calm lookalikes.
The mails are new wordings in other kinds of business, not fresh-eval15's."""

from __future__ import annotations

import pytest

from madoguchi.quality.triage import triage


def _codes(body: str, subject: str | None = None) -> list[str]:
    return [name for name, _ in triage(body, subject=subject).codes]


# One quote serves one reason (walk 13 F22): where an older family quotes the same words
# first (「円が請求されて」 money lost, "allergy" safety), that one names the mail.
_SAME_WORDS = {
    "hazard_near": {"safety"},
    "large_charge": {"money_lost", "billing"},
    "vulnerable_health": {"safety"},
    "needed_for_event": {"cannot_wait", "time_soon"},
}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # a hazard beside what it could reach (a bakery, a campsite, a landlord, a farm)
        (
            "パン工房の裏の排気口から火の粉が飛んでいて、隣の物置のすぐそばに落ちています。",
            "hazard_near",
        ),
        (
            "キャンプ場の炊事場で、消したはずの炭から煙が出ていて、テントの近くまで流れています。"
            "まだ子どもたちが寝ている時間です。",
            "hazard_near",
        ),
        (
            "Embers from the pizza oven keep landing on the wooden deck behind the restaurant.",
            "hazard_near",
        ),
        (
            "The old oak in the car park has a split trunk and is leaning towards the school gate.",
            "hazard_near",
        ),
        # the health of a vulnerable person (a nursery, a caterer, a pool, a cooking class)
        (
            "生後6か月の娘の離乳食に、お届けいただいたお米を使っていますが、袋の中に黒い虫がいました。"
            "明日の朝の分から使えるお米がありません。",
            "vulnerable_health",
        ),
        (
            "明日の料理教室に、卵アレルギーのある息子が参加予定です。メニューに卵は入りますか。",
            "vulnerable_health",
        ),
        (
            "Our tap water has turned brown since the mains work, and my 3-month-old has her "
            "formula made with it. We have one bottle of water left for tonight.",
            "vulnerable_health",
        ),
        (
            "One of the children booked on Saturday's pottery workshop has a severe nut allergy "
            "and uses an EpiPen; is the snack table nut-free?",
            "vulnerable_health",
        ),
        # personal data open to anyone, other people's data sent to us
        (
            "送っていただいた会員名簿のリンクが、パスワードなしで誰でも開ける状態になっています。",
            "incident",
        ),
        (
            "ジムから届いたメールに、他の会員の氏名と電話番号が一覧で載っていました。",
            "incident",
        ),
        (
            "The invoice portal link you emailed is publicly accessible: it lists every client's "
            "address.",
            "incident",
        ),
        (
            "The PDF the clinic sent me shows other patients' names and appointment times.",
            "incident",
        ),
        # a law or a regulation the business may be breaking
        (
            "明日から店頭に並ぶ商品のラベルの表記が、食品表示法に違反しているのではと指摘を受けました。",
            "law_breach",
        ),
        (
            "The menu you printed for us leaves out the allergens, which I'm told breaks the "
            "food labelling law. It goes on the tables tonight.",
            "law_breach",
        ),
        # something needed for an event close at hand, not in hand
        (
            "お預けしていたパスポートを返してもらうのを忘れてしまいました。明日の朝の便で出国します。",
            "needed_for_event",
        ),
        (
            "My son left his driving licence at your rental desk, and his road test is tomorrow "
            "at 10.",
            "needed_for_event",
        ),
        # a large charge, disputed
        (
            "カードの明細に、解約したはずのサーバー代として240,000円が請求されていました。身に覚えがありません。",
            "large_charge",
        ),
        (
            "You charged my card £2,300 for the wedding car, but we cancelled in March and "
            "have your email confirming it.",
            "large_charge",
        ),
        # a delivery late for a dated step that depends on it
        (
            "注文した賞状の印刷物がまだ届いていません。授与式は今週金曜の午後です。",
            "cannot_wait",
        ),
        (
            "The banners we ordered haven't arrived, and the trade show opens this Friday.",
            "cannot_wait",
        ),
    ],
)
def test_a_consequence_said_as_a_fact_is_high(body: str, code: str) -> None:
    result = triage(body)
    assert result.urgency == "high"
    names = set(_codes(body))
    assert code in names or names & _SAME_WORDS.get(code, set())


@pytest.mark.parametrize(
    "body",
    [
        "生後4か月の子のミルクに使っているお水の味が、少し変わった気がします。見ていただけますか。",
        "My toddler drinks the filtered water from your jug; could you tell me how often to "
        "change the cartridge?",
    ],
)
def test_a_vulnerable_person_without_a_date_close_waits_its_turn(body: str) -> None:
    # Alone, an infant's water is normal in our labels (hja-30-025) and high in an outside
    # set's (fresh-eval15 t-ja-007): with no date close at hand it is not put first.
    assert triage(body).urgency == "normal"


def test_the_thank_you_sign_off_does_not_settle_a_missing_ticket() -> None:
    body = (
        "Hi, sorry to trouble you - I think I left my concert ticket on the counter when I "
        "picked up my glasses. The concert is tonight at 7.\n\nThanks so much!"
    )
    assert triage(body).urgency == "high"


@pytest.mark.parametrize(
    "body",
    [
        # the same words with nothing at stake
        "薪ストーブの煙突掃除を、来月のどこかでお願いできますか。",
        "We'd like a quote for removing an old tree stump from the back garden.",
        "子ども向けの料理教室はありますか。年齢制限を教えてください。",
        "Do your workshops have options for people with allergies? Just planning ahead.",
        "共有リンクのパスワードを変更する方法を教えてください。",
        "Can you send me a link to the public timetable?",
        "食品表示のルールに沿ったラベルの例があれば、参考までに見せていただけますか。",
        "解約したのにまだ届くメールマガジンは、法律に違反していませんか。配信を止めてください。",
        "Thanks for the passport photos, they came out great.",
        "Could you send a copy of last year's $1,200 invoice for our records?",
        "先月分の請求書（120,000円）の再発行をお願いします。",
        "注文した名刺はいつごろ届きますか。",
        "Has the parcel been posted yet? No rush.",
    ],
)
def test_the_same_words_with_nothing_at_stake_are_not_high(body: str) -> None:
    assert triage(body).urgency != "high"


def test_a_reason_names_the_family_in_the_readers_language() -> None:
    body = "Embers from the chimney landed on the thatch last night; we have put them out."
    result = triage(body)
    names = [name for name, _ in result.codes]
    assert "hazard_near" in names
    from madoguchi.quality.triage import render_reasons

    japanese = render_reasons(result.codes, "ja")
    assert any("火・煙・倒木などの危険" in reason for reason in japanese)
