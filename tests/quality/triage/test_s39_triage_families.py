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
