"""Session 36 (fresh-eval42, read after its scoring): the families its misses belonged to, and
the lookalikes that must stay clean.

- apology_incomplete: a complete apology told in the shapes outside writers use is complete —
  prevention as a rule agreed by all staff (「〜するよう、全スタッフで手順を確認しました」),
  "we've since bought …", "… are no longer kept …", "our front desk checks every …"; what
  was done as 「共有フォルダへ格納いたしました（全14枚）」 or 「取り消し手続きを行いました」.
  The event in one sentence and 「申し訳ございませんでした。」 alone in the next is an apology
  mail; "From now on we'll ship …" is prevention, not the remedy.
- dismissive: a channel we do not offer, after the way we do (「〜で更新できます。…オンライン
  での更新は行っておりません」), or before the contact (learned layer too); 「〜というご意見は
  これまで特にいただいておりません」 and "above my pay grade" are brush-offs.
- condescending: 「ご自分で〜していただくのが先かと思います」, "As I've now explained twice",
  "You really ought to know by now".
- vague: 「それほどお時間はかかりません」, "after several sessions", "once the repairs are more
  or less finished".
- request_without_reason: a risk after the request (「〜恐れがあります」) is its reason; a step of
  a request we accepted (「返品のお申し出を承りました」) needs none.
- placeholder_left: a blank in a new mail's subject ("[DATE]").
- imperative: a sentence opening with "However, the …" is no command; a hyphenated verb
  ("Power-cycle the scanner", fresh-eval41 s-en-012) and "Spread it at …" are commands.
The sentences and drafts are new, written for these tests (not in the labelled data).
"""

from __future__ import annotations

import pytest


def test_prevention_agreed_by_all_staff_completes_the_apology(rules_in) -> None:
    draft = (
        "小林様\n\n整体院ほぐし庵の院長、石井でございます。\n"
        "5月2日のご予約の際、30分もお待たせしてしまい、誠に申し訳ございませんでした。\n\n"
        "前の時間帯に急患の方が入り、受付が一人で対応していたことが原因です。\n"
        "当日の施術料は全額お返ししました。\n"
        "今後は、10分以上遅れそうな場合はその時点でお客様にお知らせするよう、全スタッフで手順を"
        "確認しました。\n\n整体院ほぐし庵　石井"
    )
    subject = "お待たせしたことのお詫び"
    assert "apology_incomplete" not in rules_in(draft, subject=subject, lang="ja")


def test_a_file_delivered_to_a_shared_folder_is_what_was_done(rules_in) -> None:
    draft = (
        "株式会社みなと工務店\n工務部　佐藤様\n\n"
        "いつもお世話になっております。設計室ソラの山口です。\n"
        "6月3日納品予定の立面図が遅れましたことを、深くお詫び申し上げます。\n\n"
        "原因は、担当者が納期を翌週と取り違えて予定表に記入していたことでした。\n"
        "遅れた図面は本日9時に共有フォルダへ格納いたしました（全8枚）。\n"
        "再発防止のため、納期は受注時に二人で読み合わせてから登録する形に改めました。\n\n"
        "設計室ソラ　山口"
    )
    assert "apology_incomplete" not in rules_in(draft, subject="立面図納品遅延のお詫び", lang="ja")


def test_an_incident_report_with_a_cancelled_charge_owes_the_apology(rules_in) -> None:
    draft = (
        "田村様\n\nカフェ・ルポの中山です。\n"
        "会員費を二重にお支払いいただいていた件、本日カード会社を通じて1回分の取り消し手続きを"
        "行いました。\n原因は決済端末の更新時の不具合でした。\n"
        "今後は端末の更新後に必ずテスト決済をしてから営業を始めます。\n\nカフェ・ルポ　中山"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Re: 会員費の二重払い", lang="ja")


def test_an_apology_alone_after_the_event_makes_an_apology_mail(rules_in) -> None:
    draft = (
        "松本様\n\nみどり農園の森です。\n"
        "8月3日のご予約が受付の一覧に載っておらず、入口でお待たせしてしまいました。"
        "申し訳ございませんでした。\n"
        "電話で受けたご予約を、担当者が一覧に書き写し忘れていたことが原因です。\n"
        "当日の入園料のうち1名分をご指定の口座にお返ししました。\n\nみどり農園　森"
    )
    assert "apology_incomplete" in rules_in(draft, subject="ご予約の件について", lang="ja")


def test_english_prevention_in_outside_shapes(rules_in) -> None:
    draft = (
        "Hi Ms Patel,\n\nI'm very sorry that your bumper was scuffed while we were fitting the "
        "tow bar on Friday.\n\nOur fitter rested a jack against it because the padded stand had "
        "been taken to the other bay.\n\nWe've ordered a new bumper cover, which arrives on "
        "Wednesday, and we'll fit it free of charge.\n\nWe've since bought a padded stand for "
        "every bay, and jacks are no longer kept beside the cars.\n\nBest,\nTom"
    )
    assert "apology_incomplete" not in rules_in(
        draft, subject="Sorry about the scuffed bumper", lang="en"
    )


def test_a_front_desk_check_is_prevention(rules_in) -> None:
    draft = (
        "Dear Mr Hughes,\n\nI'm sorry that your lesson on 9 May was cancelled at an hour's "
        "notice.\n\nThe cause was a double booking after our calendar app updated overnight. We "
        "have rebooked you for Tuesday 13 May at 10:00, free of charge.\n\nThe app maker has "
        "fixed the fault, and until it has run cleanly for a month, our front desk checks every "
        "next-day lesson against the instructor rota at 5 p.m.\n\nKind regards,\nAnna"
    )
    assert "apology_incomplete" not in rules_in(
        draft, subject="Apology for the cancelled lesson on 9 May", lang="en"
    )


def test_from_now_on_is_no_remedy(rules_in) -> None:
    draft = (
        "Hi Sam,\n\nWe're sorry the posters arrived creased. The courier has started sorting "
        "long parcels on a belt, which seems to be where it happened.\n\nFrom now on we'll send "
        "posters in hard tubes instead of flat sleeves.\n\nBest,\nPrint Corner"
    )
    assert "apology_incomplete" in rules_in(draft, subject="About your creased posters", lang="en")


def test_another_channel_closed_after_the_way_given_is_not_dismissive(rules_in) -> None:
    draft = (
        "佐々木様\n\n駐輪場の定期券は、管理事務所の窓口で現在の定期券をご提示いただくと、"
        "1,800円で更新できます。更新後は3か月有効です。\n"
        "アプリでの更新は現在行っておりません。\n\nさくら駅前駐輪場　管理事務所"
    )
    assert "dismissive" not in rules_in(draft, subject="定期券の更新について", lang="ja")


def test_a_channel_closed_before_the_contact_is_not_dismissive(rules_in) -> None:
    draft = (
        "高田様\n\n入学試験の合否は、2月20日（金）10時に受験者ページで公開いたします。\n"
        "電話での合否のお問い合わせには、お答えしておりません。\n"
        "もし当日中に受験者ページが開けない場合は、入試課（022-555-0142）までご連絡ください。\n\n"
        "東北文理大学 入試課　村上"
    )
    assert "dismissive" not in rules_in(draft, subject="合否発表について", lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("駐車場が狭いというご意見は、これまで特にいただいておりません。", "ja"),
        ("That's above my pay grade, sorry.", "en"),
    ],
)
def test_dismissive_from_fresh_eval42(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


def test_not_seen_yet_is_not_knowing_not_refusing(rules_in) -> None:
    sentence = "ひび割れの原因については、現地を確認していないためお答えできかねます。"
    found = rules_in(sentence, lang="ja")
    assert "dismissive" not in found
    assert "unknown_without_followup" in found


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("まずはご自分で配線を確かめていただくのが先かと思います。", "ja"),
        ("As I've now said twice, the deposit is kept if you cancel within a week.", "en"),
        ("You ought to know by now that the pool closes at 9 pm on Sundays.", "en"),
    ],
)
def test_condescending_from_fresh_eval42(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("交換作業はそれほどお時間はかかりません。", "ja"),
        ("Most people see a difference after several treatments.", "en"),
        ("The café will reopen once the new kitchen is more or less finished.", "en"),
    ],
)
def test_vague_from_fresh_eval42(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


def test_a_risk_after_the_request_is_its_reason(rules_in) -> None:
    text = "作業中は脚立に近づかないでください。工具が落ちてけがをする恐れがあります。"
    assert "request_without_reason" not in rules_in(text, lang="ja")


def test_a_step_of_the_request_we_accepted_needs_no_reason(rules_in) -> None:
    draft = (
        "中村様\n\n交換のお申し出を承りました。\n\n"
        "商品はお届けした袋に入れ、同封の交換票を添えてお送りください（送料は当店負担です）。\n"
        "到着後3営業日以内に新しい商品を発送いたします。\n\n雑貨の森　小池"
    )
    assert "request_without_reason" not in rules_in(
        draft, subject="交換受付のご連絡（注文番号 ZK-1204）", lang="ja"
    )


def test_a_blank_in_a_new_mails_subject_is_flagged(rules_in) -> None:
    text = "Hi Mr Reed,\n\nThanks for booking the team day. We've reserved the pavilion.\n\nJo"
    assert "placeholder_left" in rules_in(text, subject="Your team day on [DATE]", lang="en")
    # A reply's subject is the customer's own and is left alone.
    assert "placeholder_left" not in rules_in(text, subject="Re: event on [DATE]", lang="en")


def test_however_opens_no_command(rules_in) -> None:
    sentence = "However, the lockers are provided as they are, and we check them every morning."
    assert "imperative" not in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence",
    [
        "Double-check the serial number on the sticker.",
        "Hand-wash the cover at 30 degrees.",
        "Stir the paste for two minutes before you use it.",
    ],
)
def test_english_commands_in_new_shapes(rules_in, sentence: str) -> None:
    assert "imperative" in rules_in(sentence, lang="en")


@pytest.mark.parametrize(
    "sentence", ["Follow-up visits are free of charge.", "Spread the word, and thanks again!"]
)
def test_english_lookalikes_are_no_commands(rules_in, sentence: str) -> None:
    assert "imperative" not in rules_in(sentence, lang="en")


# fresh-eval43 (scored on d25c7bf, read after its scoring).


def test_a_search_and_reports_made_are_what_was_done(rules_in) -> None:
    draft = (
        "大野 様\n\nペットホテルわんわん亭の菅原です。\n"
        "昨日の朝、お預かり中のモモちゃんが、散歩の途中でリードが外れて走り去ってしまいました。\n\n"
        "原因は、首輪の金具が緩んでいたのを出発前に確かめなかったことです。\n"
        "昨日からスタッフ4名で周辺を探しており、警察と保健所にも届け出をいたしました。\n"
        "今後は、散歩の前に必ず二人で首輪とリードの金具を確かめることにいたしました。\n\n"
        "ペットホテルわんわん亭　菅原"
    )
    assert "apology_incomplete" in rules_in(draft, subject="お預かり中の事故について", lang="ja")


def test_calls_piling_up_is_a_cause(rules_in) -> None:
    draft = (
        "山本 様\n\nコールサポート北斗の今井です。\n"
        "3月2日午前のお電話がつながらなかった件について、調査の結果をご報告いたします。\n\n"
        "10時から10時20分の間、当社の窓口に着信が集中し、御社あてのお電話が5コール目で切れて"
        "おりました。本日、発信者の方へ当社から折り返し、ご用件をメールでお送りしました。\n"
        "ご迷惑をおかけし、誠に申し訳ございません。\n\n"
        "同じことが起きないよう、午前の時間帯は担当者を1名増やす体制に変更しました。\n\n"
        "コールサポート北斗　今井"
    )
    subject = "【ご報告】3月2日の不在着信について"
    assert "apology_incomplete" not in rules_in(draft, subject=subject, lang="ja")


def test_sorry_about_an_extra_charge_makes_an_apology_mail(rules_in) -> None:
    draft = (
        "Hi Mr Bell,\n\nI'm sorry about the extra charge of $42 that showed up on your card after "
        "your stay.\n\nI've refunded the full $42 today; it usually shows within 5 business "
        "days.\n\nBest,\nLee"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Your extra charge", lang="en")


def test_working_from_the_card_on_the_cage_is_no_prevention(rules_in) -> None:
    draft = (
        "Hi Mr Ross,\n\nI'm so sorry that Bella came home with her claws clipped, which you had "
        "not asked for.\n\nThat happened because her notes were put on the wrong kennel, and the "
        "groomer worked from the notes on the kennel next to hers.\n\nWe have refunded the "
        "grooming fee of $30.\n\nSincerely,\nKim"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Sorry about Bella's claws", lang="en")


def test_a_possessive_slot_is_a_blank(rules_in) -> None:
    text = "Hi,\n\n[Student's name] is booked for the spring concert on 3 May.\n\nBest,\nAmy"
    assert "placeholder_left" in rules_in(text, subject="Concert booking", lang="en")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("試合では新人も選手として見られますし、遅刻は本来あってはならないことです。", "ja"),
        ("いつも同じご質問をいただきますが、保証書は箱の中に入っております。", "ja"),
        ("夜行便で運ぶというご判断に無理があったと思います。", "ja"),
    ],
)
def test_condescending_from_fresh_eval43(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


def test_our_own_slip_that_must_not_happen_is_not_condescending(rules_in) -> None:
    sentence = "当社として本来あってはならない誤りで、申し訳ございませんでした。"
    assert "condescending" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("作業には、ご家族の立ち会いがある程度必要になります。", "ja"),
        ("修理費用は数十万円程度を見込んでおります。", "ja"),
        ("Your refund will be processed in the coming weeks.", "en"),
    ],
)
def test_vague_from_fresh_eval43(rules_in, sentence: str, lang: str) -> None:
    assert "vague" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "If anyone else has opened the case, we won't work on it.",
        "Whether she keeps up the lessons is really a personal matter.",
    ],
)
def test_dismissive_from_fresh_eval43(rules_in, sentence: str) -> None:
    assert "dismissive" in rules_in(sentence, lang="en")


def test_a_plain_kara_reason_counts(rules_in) -> None:
    sentence = "雨の予報が出ているから、傘は各自で持ってきなさい。"
    found = rules_in(sentence, lang="ja")
    assert "imperative" in found
    assert "request_without_reason" not in found


def test_a_lone_apology_line_is_not_an_apology_mail(rules_in) -> None:
    sentence = "今回は当店の発注漏れで入荷が3日遅れ、申し訳ございませんでした。"
    assert "apology_incomplete" not in rules_in(sentence, lang="ja")


# fresh-eval44 (scored on 10ca39f, read after its scoring).


def test_a_reported_problem_put_right_in_a_fragment_owes_no_cause(rules_in) -> None:
    text = (
        "お作りした網戸がサッシに合わなかったとのこと、ご迷惑をおかけし申し訳ございません。"
        "寸法を測り直して、無料でお作り直しします。"
    )
    assert "apology_incomplete" not in rules_in(text, lang="ja")


def test_a_setting_put_back_is_what_was_done(rules_in) -> None:
    draft = (
        "会員の皆様\n\nポイントクラブ事務局です。\n"
        "6月1日から3日のご購入分のポイントが、最大2日遅れて反映されました。\n"
        "ご迷惑をおかけし、誠に申し訳ございません。\n\n"
        "原因は、集計システムの設定変更に誤りがあり、付与が止まっていたことでした。\n"
        "6月4日の朝に設定を元に戻し、止まっていた分はすべて付与を終えております。\n\n"
        "今後は設定の変更を2名で確認する手順に改めました。\n\nポイントクラブ事務局"
    )
    subject = "ポイント反映の遅れについてのお詫び"
    assert "apology_incomplete" not in rules_in(draft, subject=subject, lang="ja")


def test_sorry_that_the_thing_was_cut_short_makes_an_apology_mail(rules_in) -> None:
    draft = (
        "Hi Ms Grant,\n\nI'm really sorry that the glass shelf we delivered on Monday was cut "
        "20mm short.\n\nOur saw had been reset that morning and the guide wasn't moved back, so "
        "every cut that day came out short.\n\nA new shelf will be delivered on Friday between 9 "
        "and 12.\n\nRegards,\nOwen"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Your shelf order", lang="en")


def test_an_incident_report_said_as_this_was_because_owes_the_apology(rules_in) -> None:
    draft = (
        "Dear Ms Hart,\n\nOn 2 May your delivery arrived 90 minutes late. This was because our "
        "van broke down on the ring road and a second van had to come from the depot.\n\n"
        "We've credited the delivery charge (£25) to your account.\n\nFrom next week we'll keep a "
        "spare van ready at the depot every morning.\n\nRegards,\nPaul"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Late delivery on 2 May", lang="en")


def test_an_honouring_verb_is_no_command(rules_in) -> None:
    sentence = "ご来店の際は、受付でお名前をおっしゃってください。"
    assert "imperative" not in rules_in(sentence, lang="ja")


def test_a_count_is_no_date(rules_in) -> None:
    sentence = "マグカップ500個の納期ですが、工場が混み合っておりますので、近日中の出荷となります。"
    assert "vague" in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("プリンターの設定は、説明書を見てご自分でやってください。", "ja"),
        ("申請の締め切りは、そちらで調べていただけますか。", "ja"),
        ("大雨の日は、どの家でも多少の結露はするものです。", "ja"),
    ],
)
def test_dismissive_from_fresh_eval44(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


def test_a_meeting_is_no_party_to_send_them_to(rules_in) -> None:
    sentence = "見積書の控えを次回の打ち合わせにお持ちいただけますか。"
    assert "dismissive" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("期日までにお支払いがない場合は、保証人にもご連絡せざるを得なくなります。", "ja"),
        ("剥がれは下地処理の問題ですので、当社の塗料のせいではありません。", "ja"),
        ("Stop emailing about the deposit; it won't change.", "en"),
    ],
)
def test_condescending_from_fresh_eval44(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


@pytest.mark.parametrize(
    "sentence",
    [
        "The tour lasts a couple of hours, give or take.",
        "Trade prices apply once you reach a reasonable order size.",
    ],
)
def test_vague_from_fresh_eval44(rules_in, sentence: str) -> None:
    assert "vague" in rules_in(sentence, lang="en")


def test_english_lookalikes_from_fresh_eval44(rules_in) -> None:
    assert "condescending" not in rules_in(
        "Naturally, all the credit you built up will still be honoured next year.", lang="en"
    )
    assert "unknown_without_followup" not in rules_in(
        "We've asked the courier why it was returned and will pass it on to you by Friday.",
        lang="en",
    )
    assert "imperative" in rules_in("Ring the depot before noon to change the slot.", lang="en")


# fresh-eval45 (scored on ddf2ae5, read after its scoring).


def test_english_apology_parts_in_fresh_eval45_shapes(rules_in) -> None:
    draft = (
        "Hi Ms Lane,\n\nWe're sorry your 10 km split was missing from the results.\n\nThe timing "
        "mat at 10 km lost power for 9 minutes when its battery failed. We've rebuilt those "
        "splits from the finish-line video, and your corrected time is now online.\n\nFrom the "
        "next race, every mat will carry a spare battery.\n\nBest,\nTom"
    )
    assert "apology_incomplete" not in rules_in(draft, subject="Your missing split", lang="en")


def test_sorry_about_the_thing_failing_makes_an_apology_mail(rules_in) -> None:
    draft = (
        "Hi Sam,\n\nSorry about the fridge in the site kitchen failing on Friday.\n\nOur engineer "
        "fitted a new one on Saturday, and we've credited one day's hire.\n\nRegards,\nJo"
    )
    assert "apology_incomplete" in rules_in(draft, subject="Fridge fault", lang="en")


def test_a_restore_is_what_was_done_and_the_mail_owes_its_apology(rules_in) -> None:
    draft = (
        "中川様\n\n議事録サービスの田村です。\n"
        "お預かりしていた会議の録音の一部が、システム更新の際に失われていたことが判明いたしました。\n"
        "バックアップから復元を試み、約10分を除いて復元できております。\n"
        "今後は、システム更新の前に全データを照合する手順を追加いたします。\n\n田村"
    )
    subject = "録音データの一部紛失について"
    assert "apology_incomplete" in rules_in(draft, subject=subject, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("拝見したところ、設置後に重い家具を置かれたことが原因と思われます。", "ja"),
        ("同じ教室のほかの生徒さんはもうできていますよ。", "ja"),
        ("返却が遅れたら、違約金をいただきますからね。", "ja"),
        ("Glazed tiles aren't meant for outdoor steps, which is something most people know.", "en"),
        ("Send the photo within an hour, or we won't do anything about it.", "en"),
    ],
)
def test_condescending_from_fresh_eval45(rules_in, sentence: str, lang: str) -> None:
    assert "condescending" in rules_in(sentence, lang=lang)


def test_exposure_to_sun_is_no_blame(rules_in) -> None:
    sentence = "長時間日光にさらされたことが原因と思われます。"
    assert "condescending" not in rules_in(sentence, lang="ja")


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("網戸の張り替え方は、動画サイトでも見て覚えてください。", "ja"),
        ("Draining the pond is your gardener's job, not ours.", "en"),
        ("How the printer behaves after delivery is outside what we can help with.", "en"),
    ],
)
def test_dismissive_from_fresh_eval45(rules_in, sentence: str, lang: str) -> None:
    assert "dismissive" in rules_in(sentence, lang=lang)


def test_english_vague_and_unknown_from_fresh_eval45(rules_in) -> None:
    assert "vague" in rules_in("Delivery is usually fairly quick.", lang="en")
    found = rules_in("We can't give you a repair date at this stage.", lang="en")
    assert "unknown_without_followup" in found


def test_we_are_looking_into_it_refuses_nothing(rules_in) -> None:
    """The retrained learned layer read "We are looking into it." as a policy refusal, and the
    send path held the reply (tests/transport/test_outgoing.py, session 36's first CI)."""
    text = "Hi Taro,\n\nWe are looking into it.\n\nBest regards,\nBob Smith"
    assert "dismissive" not in rules_in(text, lang="en")
    assert "dismissive" not in rules_in("現在、状況を確認しております。", lang="ja")
