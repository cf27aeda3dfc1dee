# Sample mails stay whole on one line, as a customer would write them.
# ruff: noqa: E501
"""Session 39 (fresh-eval49, read after its scoring): an expired download link is neither a
deadline nor a locked-out account; missing a lesson for a school event is nobody stuck; a
rule heard of (「ローンは使えないと聞いた」) is no purchase that failed; a thank-you for help in
an emergency now past asks nothing; a harm a course covers is its syllabus; "two hours'
notice" is how late they were told, not how soon. And the other way: a child who may have
swallowed a part, on the way to hospital, is high; "I chased on … and again on …" is a third
contact. Each next to the case that stays as it was. The mails are new, written for these
tests."""

from __future__ import annotations

from madoguchi.quality.triage import triage


def test_an_expired_download_link_is_not_urgent() -> None:
    body = (
        "先月の発表会ではお世話になりました。\n"
        "動画のダウンロードリンクですが、期限が切れて開けなくなっていました。\n"
        "お手すきの際に、もう一度リンクを送っていただけますか。"
    )
    assert triage(body, subject="動画リンクの再送").urgency != "high"


def test_files_that_stopped_opening_after_a_strange_mail_are_still_an_incident() -> None:
    body = (
        "今朝から共有フォルダのファイルが全部開けなくなっています。\n"
        "見慣れない拡張子がついていて、どうしたらよいか分かりません。"
    )
    assert triage(body, subject="ファイルが開けません").urgency == "high"


def test_missing_a_lesson_for_a_family_event_is_nobody_stuck() -> None:
    body = "再来週の土曜日のクラスですが、親戚の法事の予定で出られなくなりました。\n別の日に振替できますか。"
    assert triage(body, subject="振替のお願い").urgency != "high"


def test_someone_who_cannot_get_out_of_the_car_park_is_still_stuck() -> None:
    body = "駐車場から出られません。精算機が反応せず、ゲートが開きません。"
    assert triage(body, subject="出庫できません").urgency == "high"


def test_a_rule_heard_of_is_no_purchase_that_failed() -> None:
    body = (
        "中古のキッチンカーの購入を考えています。\n"
        "購入に自治体の補助金は使えないと聞いたのですが、本当でしょうか。"
    )
    assert triage(body, subject="補助金について").urgency != "high"


def test_a_thank_you_for_help_in_a_past_emergency_is_not_urgent() -> None:
    body = (
        "昨年の救命講習に参加した者です。\n"
        "先日、職場で同僚が倒れた際、講習で教わったとおりにAEDを使いました。\n"
        "同僚は無事に退院し、今は元気にしています。本当にありがとうございました。"
    )
    assert triage(body, subject="講習のお礼").urgency != "high"
    body_en = (
        "Just wanted to say thanks. At the swimming pool last month a boy collapsed and I did what your course taught me until the lifeguards took over.\n"
        "He's doing fine now and the paramedics said it helped. No need to reply."
    )
    assert triage(body_en, subject="Thank you").urgency != "high"


def test_a_person_who_collapsed_and_a_question_is_still_high() -> None:
    body = "My father collapsed after taking the new tablets you sent. He is recovering, but should he keep taking them?"
    assert triage(body, subject="Tablets").urgency == "high"


def test_a_harm_a_course_covers_is_its_syllabus() -> None:
    body = (
        "We run a riding stable with eight instructors and would like a first aid day for them, with a focus on head injuries and fractures.\n"
        "Could you send dates for September?"
    )
    assert triage(body, subject="First aid training for our staff").urgency != "high"


def test_a_lesson_cancelled_at_short_notice_is_no_deadline() -> None:
    body = (
        "Our team workshop was moved at less than three hours' notice, the second time this term.\n"
        "I'd like to know how that will be handled on the invoice."
    )
    assert triage(body, subject="Workshop moved again").urgency != "high"


def test_a_child_who_may_have_swallowed_a_part_on_the_way_to_hospital_is_high() -> None:
    body = (
        "昨日買った知育ブロックについて教えてください。\n"
        "小さな部品が一つ足りず、2歳の息子が口に入れていたかもしれません。\n"
        "今、夜間救急に向かっています。部品の大きさと材質を教えてください。"
    )
    assert triage(body, subject="部品の大きさを教えてください").urgency == "high"


def test_chasing_twice_after_the_first_report_is_a_third_contact() -> None:
    body = (
        "I reported the labeller jamming on 2 March. I chased on 9 March and again on 16 March, and nobody has replied.\n"
        "We're hand-labelling every carton in the meantime."
    )
    assert triage(body, subject="Labeller still jamming").urgency == "high"


# fresh-eval50 (scored on 55ea0f9, read after): a night cough told as what happened once, a
# complaint that a rental had to be aired before use, skin that cracks, a claim heard of about
# others, the health centre as where a report is filed, a statutory test asked about, and a
# worn part on a machine not in use are not high.


def test_a_night_cough_told_as_the_past_is_not_urgent() -> None:
    body = (
        "来月、子どもと旅行するのでベビーベッドのレンタルを考えています。\n"
        "前に別のマットレスで夜中に湿疹が出たことがあったので、素材を教えてください。"
    )
    assert triage(body, subject="ベビーベッドの素材").urgency != "high"


def test_usable_once_aired_is_a_complaint_not_a_failed_purchase() -> None:
    body = (
        "料金を払って借りているのに、半日換気しないと使えないのは困ります。次回は改善してください。"
    )
    assert triage(body, subject="レンタルテントのにおい").urgency != "high"


def test_paid_and_still_unusable_stays_high() -> None:
    body = "昨日プレミアムプランの料金を支払ったのに、まだ有料の機能が使えません。"
    assert triage(body, subject="有料機能が使えない").urgency == "high"


def test_cracked_heels_are_no_hazard() -> None:
    body = "母がかかとのひび割れで歩くと痛いそうです。予約なしでも施術を受けられますか。"
    assert triage(body, subject="かかとのケア").urgency != "high"


def test_a_cracked_wall_is_still_a_hazard() -> None:
    body = (
        "昨日の地震のあと、ブロック塀にひびが入って傾いています。通学路に面しているので心配です。"
    )
    assert triage(body, subject="ブロック塀").urgency == "high"


def test_a_claim_heard_of_about_others_is_no_claim_of_ours() -> None:
    body = (
        "ナレーション原稿について質問です。\n"
        "知り合いの事務所が肖像権の申し立てで動画を取り下げたと聞いて、少し心配になりました。\n"
        "うちの動画で使っている写真は問題ないでしょうか。"
    )
    assert triage(body, subject="写真の権利について").urgency != "high"


def test_a_report_filed_with_the_health_centre_is_paperwork() -> None:
    body = (
        "先月の受水槽清掃の報告書を、保健所への提出用にもう一部いただけますか。来月中で構いません。"
    )
    assert triage(body, subject="報告書の追加").urgency != "high"


def test_a_statutory_test_asked_about_is_no_regulator() -> None:
    body = "Does your yearly plan include the statutory inspection of the lift, or is that extra?"
    assert triage(body, subject="What the plan covers").urgency != "high"


def test_a_worn_part_on_a_machine_not_in_use_can_wait() -> None:
    body = (
        "中古のフォークリフトを買いました。チェーンにさびとひび割れがあるように見えます。\n"
        "今は使う予定がないので、来月あたりに点検をお願いできますか。"
    )
    assert triage(body, subject="中古フォークリフトの点検").urgency != "high"


def test_a_door_that_will_not_open_with_someone_inside_is_high() -> None:
    # fresh-eval51 t-ja-106 (scored on ce86386, the one change made for it before the
    # session's CI): terse, in kana, and a person shut in.
    assert (
        triage("シャッターがひらかない　なかに子どもがいる", subject="シャッター").urgency == "high"
    )
    assert (
        triage("倉庫の扉があきません。中に作業員が閉じ込められています。", subject="扉").urgency
        == "high"
    )


def test_a_child_in_the_womb_is_nobody_shut_in() -> None:
    body = "お腹の中に子どもがいるのですが、妊娠中でも足のケアを受けられますか。"
    assert triage(body, subject="妊娠中の施術").urgency != "high"
