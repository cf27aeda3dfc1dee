"""Session 27 (fresh-eval25 and fresh-eval26, read after their scoring): the families their
misses belonged to, and the lookalikes that must stay clean.

- condescending: the fault put on the reader as the one who acted (「〜のはお客様です」,
  「〜していただけなかったためです」), an ultimatum that gives their place away, homework
  before asking (「ご自身で調べてから」), a teacher's command ending (「〜なさい」「〜ように。」),
  a report answered only with our own record, and "as most people know".
- dismissive: comparison declared pointless, a breakdown withheld, nobody else complained,
  not ours to have a view on, they will get used to it, 「無理なものは無理」.
- vague: an amount left to the reader (「お気持ちで結構です」, "whatever you feel is
  appropriate"), stock said to be "not much"; unknown: "up in the air", 「前例がないもので…」.
- English commands by verbs that are often nouns ("Clean the filter", "Top up the oil") only
  with their object or particle next; reasons said as "For safety," or ", as …".
The sentences are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "申込書の提出が締切後だったのはお客様ですので、今回は受付いたしかねます。",
        "ネジが外れたのは、そちらで締め付けを確認していただけなかったためと思われます。",
        "エンジンがかからないのは、取扱説明書どおりに暖機していただけなかったことが原因です。",
        "本日中にご入金いただけないなら、別の候補の方に回します。",
        "保証の範囲は、ご自身でよく読んでから問い合わせなさい。",
        "明日までに書類を揃えておくように。",
        "部品が欠けていたとのことですが、当社では確実に検品して発送しております。",
    ],
)
def test_condescending_moves_from_outside_sets(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "ごめんなさい、添付を忘れておりました。",
        "皆様にとって実り多い一年になりますように。",
        "部品が欠けていたとのことですが、当社で検品して発送しておりますが、念のため代品をお送りします。",
        "発送が遅れたのは、当社の在庫管理の誤りによるものです。",
    ],
)
def test_their_lookalikes_stay_polite(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="ja")


def test_as_most_people_know_is_condescending(rules_in) -> None:
    found = rules_in("Leaving suede in the rain ruins it, as most people know.", lang="en")
    assert "condescending" in found


@pytest.mark.parametrize(
    "sentence",
    [
        "工賃は業界の標準どおりですので、ほかのお店とお比べになっても同じだと思います。",
        "選考の基準を開示する予定はございません。",
        "他の利用者からはそのようなご意見は寄せられておりませんので、このままの運用とします。",
        "どの程度の音量で流すかは店舗様がお決めになることで、当社が口を出す話ではありません。",
        "椅子が硬いとのことですが、皆さんそのうち慣れますよ。",
        "締切を過ぎた以上、無理なものは無理です。",
    ],
)
def test_dismissive_shapes_from_outside_sets(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="ja")


def test_a_referral_with_hours_is_a_handover(rules_in) -> None:
    sentence = (
        "薬の飲み合わせは、提携薬局の無料相談（平日9時〜17時）で薬剤師に直接ご相談いただけます。"
    )
    assert "dismissive" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang", "rule"),
    [
        ("ご祈祷の初穂料は、お気持ちで構いません。", "ja", "vague"),
        ("限定色の在庫は、それほどございません。", "ja", "vague"),
        ("The donation for the tree planting is whatever you think is fair.", "en", "vague"),
        (
            "The date of the second tasting is still up in the air.",
            "en",
            "unknown_without_followup",
        ),
        ("夜間の搬入については、前例がないもので…。", "ja", "unknown_without_followup"),
    ],
)
def test_left_open_and_not_known(rules_in, sentence: str, lang: str, rule: str) -> None:
    assert rule in rules_in(sentence, lang=lang)


def test_the_vague_rewrites_keep_the_sentence_whole() -> None:
    from madoguchi.quality.lint import lint

    for text, lang, rewritten in (
        ("限定色の在庫は、それほどございません。", "ja", "限定色の在庫は残り〇点でございます。"),
        (
            "The donation is whatever you think is fair.",
            "en",
            "The donation is <exact amount, e.g. $5.00>.",
        ),
    ):
        [finding] = [f for f in lint(text, lang=lang) if f.rule == "vague"]
        assert finding.suggestion is not None
        assert text[: finding.start] + finding.suggestion + text[finding.end :] == rewritten


@pytest.mark.parametrize(
    "sentence",
    [
        "Hand in your locker key at reception on the last day.",
        "Top up the water tank before each session.",
        "Clean the nozzle with the brush provided.",
    ],
)
def test_commands_by_verbs_that_are_often_nouns(rules_in, sentence: str) -> None:
    assert "imperative" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Clean sheets are changed every Tuesday.",
        "Top floors have the best view of the harbour.",
        "Lock boxes are available at the front desk.",
    ],
)
def test_the_same_words_as_nouns_are_no_command(rules_in, sentence: str) -> None:
    assert "imperative" not in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("For hygiene reasons, please bring your own towel to the sauna.", "en"),
        ("Please store the resin in the fridge, as heat shortens its shelf life.", "en"),
        ("停電になった場合に備えて、懐中電灯をご用意いただけますか。", "ja"),
        ("教室を見学したい場合は、前日までにお電話ください。", "ja"),
    ],
)
def test_reasons_said_as_purpose_or_wish(rules_in, sentence: str, lang: str) -> None:
    assert "request_without_reason" not in rules_in(sentence, lang=lang)


def test_an_incident_report_with_a_prevention_heading_is_complete(rules_in) -> None:
    draft = (
        "Dear Lee,\n\nI'm sorry for the power cut to your rack on 3 May.\n\n"
        "Cause: a breaker tripped during a load test because it had been set to the wrong "
        "rating.\n"
        "What we did: the breaker was replaced and power was restored within 12 minutes.\n"
        "Prevention: every load test now starts with a second engineer checking the "
        "breaker ratings.\n\nRegards,\nAmir"
    )
    assert "apology_incomplete" not in rules_in(draft, subject="Power cut on 3 May", lang="en")


def test_a_part_sent_separately_is_what_we_did(rules_in) -> None:
    draft = (
        "森田様\n\n手芸便りの北村でございます。\n"
        "お届けした12月号に、刺しゅう糸が同封されていなかったとのこと、大変申し訳ございません。\n"
        "確認したところ、梱包の際に糸を入れる工程が抜けておりました。\n"
        "刺しゅう糸は本日、別送いたしました。\n"
        "今後は、付録のある号は発送前に一冊ずつ中身を確かめてからお送りいたします。\n\n"
        "手芸便り 北村"
    )
    assert "apology_incomplete" not in rules_in(draft, subject="12月号の付録について", lang="ja")


@pytest.mark.parametrize(
    ("subject", "draft", "lang"),
    [
        (
            "みどり書房 冬のご案内",
            "中野様\n\nいつもみどり書房をご利用いただき、ありがとうございます。\n"
            "今年も残りわずかとなりました。\n"
            "店内では年末恒例の古書市を開いており、絵本の棚も広げました。\n"
            "また、一月からは毎週土曜に読み聞かせの会を始めます。\n\n"
            "ご予約いただいている全集の最終巻が入荷しました。"
            "お受け取りの日時を、12月20日までにお知らせいただけますでしょうか。\n\n"
            "みどり書房 店主 大森",
            "ja",
        ),
        (
            "Harbour Kayaks news - summer",
            "Dear Mr Okafor,\n\nSummer is finally here and the bay has never looked better. "
            "We've added two new sea routes this year, and our guides finished their rescue "
            "training in May. The café on the jetty now opens at 8 am.\n\n"
            "One more thing: your annual storage fee for the rack was due last week. Could you "
            "let us know whether you're keeping the space?\n\nBest,\nIngrid\nHarbour Kayaks",
            "en",
        ),
    ],
)
def test_a_request_after_a_newsletters_news_is_not_upfront(
    rules_in, subject: str, draft: str, lang: str
) -> None:
    assert "purpose_not_upfront" in rules_in(draft, subject=subject, lang=lang)


def test_a_newsletter_that_only_invites_asks_nothing(rules_in) -> None:
    draft = (
        "中野様\n\nいつもみどり書房をご利用いただき、ありがとうございます。\n"
        "今年も残りわずかとなりました。\n"
        "店内では年末恒例の古書市を開いており、絵本の棚も広げました。\n"
        "一月からは毎週土曜に読み聞かせの会を始めます。\n"
        "お近くにお越しの際は、ぜひお立ち寄りください。\n\nみどり書房 店主 大森"
    )
    assert "purpose_not_upfront" not in rules_in(draft, subject="みどり書房 冬のご案内", lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "音が外れるのは、調弦の回数が足りないからだと思います。",
        "芝が枯れたのは、肥料のやり方が間違っていたからだと考えられます。",
        "ボタンが取れたのは、乾燥機にかけられたことによるものと思われます。",
    ],
)
def test_the_fault_found_in_how_the_reader_did_it(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "部品が足りないため、組み立ては来週になります。",
        "発送が遅れたのは、当社の梱包の人手が足りなかったためです。申し訳ございません。",
    ],
)
def test_a_shortfall_of_ours_or_of_stock_is_no_blame(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    "sentence",
    [
        "Roses need feeding in spring, which you'd know if you'd read the care card.",
        "Sensible tenants read the inventory before signing it.",
        "Perhaps a sourdough class isn't for you.",
        "The mould is simply the result of drying washing indoors.",
        "One more late payment and your membership will be cancelled.",
        "The damp patch is exactly what we warned you about in March.",
    ],
)
def test_english_moves_from_the_hand_datas_misses(rules_in, sentence: str) -> None:
    assert "condescending" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "That was a basic mistake on our part, and the invoice has been corrected.",
        "This mattress suits most people who sleep on their side.",
        "Maybe the lighter frame is the better choice for you.",
    ],
)
def test_their_english_lookalikes_stay_clean(rules_in, sentence: str) -> None:
    assert "condescending" not in rules_in(sentence, lang="en")
