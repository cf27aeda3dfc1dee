# Sample mails stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 24: purpose_not_upfront's request_after_report family (fresh-eval19: six Japanese
drafts and one English, all missed before).

A subject naming only the matter (「工事の件」, "From the lab"), a body reporting on it sentence
after sentence, and the decision wanted of the reader, with its deadline, only at the end. Before,
any subject with a topic passed. The same report opening with 「お知らせいたします」, under a
subject that asks, or answering the customer's question, stays clean.

The drafts are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

from madoguchi.quality.lint import lint


def _families(text: str, subject: str) -> set[str]:
    return {
        finding.family
        for finding in lint(text, subject=subject, learned=False)
        if finding.rule == "purpose_not_upfront"
    }


PIANO_JA = "小川様\n\nお世話になっております。ひびき調律の三浦です。\n11月20日にご自宅のアップライトピアノを拝見しました。\n弦の張力は全体に下がっており、標準のピッチまで上げるには2回に分けた調律が必要です。\nまた、ハンマーのフェルトが硬くなっており、一部の鍵盤で音がこもっています。\n湿度計は冬場に30%を下回っていたようです。\nつきましては、フェルトの整音を今回あわせて行うかどうか、12月3日（水）までにお決めいただけますでしょうか。\n\nひびき調律　三浦\n"


def test_a_report_then_a_decision_with_a_deadline_at_the_end_is_the_point_put_off() -> None:
    assert "request_after_report" in _families(PIANO_JA, "ピアノの件")


def test_the_same_report_under_a_subject_that_asks_is_clean() -> None:
    assert _families(PIANO_JA, "整音作業を行うかどうかのご判断のお願い") == set()


def test_a_report_that_opens_by_announcing_itself_is_clean() -> None:
    announced = PIANO_JA.replace(
        "11月20日にご自宅のアップライトピアノを拝見しました。",
        "11月20日の点検結果がまとまりましたので、ご報告いたします。",
    )
    assert _families(announced, "ピアノの件") == set()


def test_an_answer_to_the_customers_question_then_a_deadline_is_clean() -> None:
    answer = "村井様\n\nお問い合わせありがとうございます。\nご来館時の傘は、受付でお預かりしております。\n受付は毎日9時から17時まで開いております。\n郵送も承りますが、送料はご負担いただくことになります。\nお預かりは1月15日までとなりますので、それまでにお受け取りの方法をお知らせいただけますか。\n\nみどり美術館　受付\n"
    assert _families(answer, "お忘れ物について") == set()


def test_english_a_bench_report_then_a_choice_by_friday_is_the_point_put_off() -> None:
    lab = "Dear Ms Ortega,\n\nYour camera reached our bench on Monday.\nThe shutter was sticking because the old lubricant had dried out, so we cleaned and relubricated it.\nThe light meter reads about one stop low, which is common for this model.\nWe can recalibrate it for £45 or leave it as it is.\nCould you tell us which you would like by Friday?\n\nKind regards,\nTom\nAperture Repairs\n"
    assert "request_after_report" in _families(lab, "From the lab")
    assert _families(lab, "Your camera: light meter, recalibrate or not? Reply by Friday") == set()
