# Sample mail sentences stay whole on one line, as an agent would write them.
# ruff: noqa: E501
"""Session 9: a clean whole draft has no finding; each family the changes touch is still caught.

fresh-eval6 (an outside set) flagged 9 of 32 clean drafts and the session-8 walker 2 of 9 good
replies. The causes, in general terms: a request that introduces the steps the customer needs,
an offer taken up only if they wish, a requirement stated just before the request; よね after
the reader's own feeling; an apology whose parts came as a step redone, a remedy while they
wait, or a cause still being found with a report promised by a time; what a kind of account
cannot do told after the steps; a signature block with no closing line; an invitation at the
customer's convenience; a fixed rhythm as a time; a diagnosis or encouragement the model read
as talking down. And the other way: a "way out" that hands the matter back (the customer
coping alone, or another party "if it bothers you") is no way out. Session 9 also: causative + てください (「ご相談させてください」) asks leave for our own
step, and a purpose clause 「〜られるよう、」 is a reason. The drafts here are written for these tests, not taken from any labelled set.
"""

from __future__ import annotations

import pytest

from madoguchi.quality.lint import lint

CLEAN_DRAFTS = {
    "apology_on_the_spot_ja": (
        "Re: 貸し出し中のボートのエンジン停止",
        "坂井 様\n\nお電話ありがとうございます。みなとマリンの小田です。\nエンジンが止まってしまい、ご不安な思いをさせてしまい、本当に申し訳ございません。\n\n救助艇が桟橋を出ており、14時20分ごろに到着予定です。\n到着まで、錨を下ろしてその場でお待ちいただけますでしょうか。\nエンジンの整備記録は、本日中に確認してご報告します。\n\nみなとマリン　小田",
    ),
    "let_us_and_purpose_ja": (
        "Re: 外壁塗装のお見積り",
        "三浦 様\n\nいつもお世話になっております。ヤマト塗装の岩田です。\n\n足場の費用はまだ確定しておりません。\n来週の現地確認のあとで、工事の日程とあわせてご相談させてください。\n当日の作業が滞りなく進められるよう、お車を前日までに敷地の外へ移していただけますでしょうか。\n\nヤマト塗装　岩田",
    ),
    "our_own_cause_ja": (
        "Re: 予約がキャンセル表示になっています",
        "小林 様\n\nいつもご利用ありがとうございます。よやくナビサポートの中島です。\n\nご予約は有効で、12月8日10時のまま変わっておりません。\nアプリで「キャンセル済み」と表示されたのは、本日午後に店舗の席替えを反映した際、当社のシステムが古い予約を取り消して新しい予約を作り直したためです。\n紛らわしい表示でご心配をおかけし、申し訳ございません。\n\nよやくナビサポート　中島",
    ),
    "our_process_change_en": (
        "Duplicate delivery fee",
        "Dear customers,\n\nOn 3 March some orders were charged the delivery fee twice. We're sorry.\nTo stop this happening again, our checkout now checks for a second fee before the payment is taken.\nThe double fee came from a checkout update on 2 March that added the fee in two places.\nEvery extra fee will be refunded by Friday 6 March, and affected customers have been emailed today.\n\nGreenBasket",
    ),
    "out_of_warranty_with_our_offer_ja": (
        "Re: 塗装",
        "林 様\n\nサイクルベースの川口です。\n塗装のはがれは保証の対象外ですが、当店で部分塗装を承ります。\n費用は3,300円、お預かりは3日間です。\n\nサイクルベース　川口",
    ),
    "steps_ja": (
        "Re: 住所変更の方法",
        "高橋 様\n\nいつもご利用いただきありがとうございます。ハナミズキ生協の小山です。\n\nお届け先の変更は、以下の手順でお願いいたします。\n1. 組合員サイトにログインする\n2. 「登録情報」から「お届け先」を選ぶ\n3. 新しいご住所を入力して「保存」を押す\n\n変更は翌週のお届け分から反映されます。\n\nハナミズキ生協　小山",
    ),
    "offer_ja": (
        "Re: 見学について",
        "松井 様\n\nグリーン保育園の東です。見学のお問い合わせありがとうございます。\n\n11月は火曜と木曜の10時から、30分ほどの見学を受け付けております。\n園庭での遊びの様子もご覧いただけます。\nご興味がございましたら、このメールにご返信ください。\n\nグリーン保育園　東",
    ),
    "requirement_ja": (
        "Re: ログインについて",
        "前田 様\n\nいつもお世話になっております。クラウド会計サポートの石原です。\n\nご案内のとおり、来月1日から、ログインには二段階認証が必須となります。\nそれまでに、設定画面から認証アプリの登録をお済ませいただけますと幸いです。\n手順は添付の資料にまとめております。\n\nどうぞよろしくお願いいたします。",
    ),
    "sympathy_ja": (
        "Re: 引っ越し当日の雨",
        "坂本 様\n\nさくら引越センターの井上です。\n当日が雨の予報とのこと、ご不安ですよね。\n\n当社では家具を専用の防水カバーで包んでお運びしますので、雨でも濡れる心配はございません。\n段ボールも、トラックまでの間は大きなシートで覆います。\n\nさくら引越センター　井上",
    ),
    "apology_redo_ja": (
        "【お詫び】会員証の発行遅れについて",
        "村田 様\n\nフィットネスクラブ・ライズの岡です。\n会員証の発行が遅れ、ご来館いただいた際にお待たせしてしまい、申し訳ございません。\n\n原因は、入会書類の写真データが当クラブで登録されていなかったことでした。\n本日写真を登録し直して会員証を再発行し、受付にご用意しております。\nそれまでの間、仮会員証で無料でご利用いただけます。\n今後は、入会手続きの最後に写真の登録を二人で確認する手順にいたしました。\n\nフィットネスクラブ・ライズ　岡",
    ),
    "apology_pending_ja": (
        "Re: 水漏れの件",
        "池田 様\n\nサンハイツ管理事務所の福田です。\nお部屋の天井から水が垂れてきたとのこと、ご迷惑をおかけしてしまい、申し訳ございません。\n\n現時点では、上の階の配管か屋上の防水か、原因を特定できておりません。\n明日10時に業者と点検し、12月3日の17時までに原因と今後の対応をご報告いたします。\nそれまでの間、濡れたお荷物は管理事務所で無料でお預かりいたします。\n\nサンハイツ管理事務所　福田",
    ),
    "describes_kind_ja": (
        "Re: 経理担当者の追加",
        "西村 様\n\nいつもお世話になっております。ケイリサポートの森です。\n\n経理担当の方は、次の手順で追加できます。\n1. 「設定」から「メンバー」を開きます。\n2. 「追加」を押し、権限で「ゲスト」を選びます。\n\nゲストのアカウントでは、請求書の削除はできません。\nご不明な点がございましたら、お気軽にお問い合わせください。",
    ),
    "signature_en": (
        "Re: Crown fitting",
        "Hi Dana,\n\nYour crown is back from the lab. We can fit it on Tuesday at 10 a.m. or Thursday at 2 p.m.; the visit takes about 40 minutes.\n\nGrant Fields\nNorthside Dental\n(555) 010-2233",
    ),
    "invitation_en": (
        "Re: Strap broke",
        "Hi Priya,\n\nSorry to hear the strap gave out. Bring the bag in whenever suits you; weekday mornings are quietest.\nThe stitching is covered by the two-year warranty, so the repair is free and takes about a week.\n\nCheers,\nOwen\nLeatherworks on 5th",
    ),
    "rhythm_en": (
        "Re: Boarding for Milo",
        "Hi Sandra,\n\nMilo is booked with us from the 12th to the 15th. Our staff walk the dogs twice a day.\nWe'll also text you a photo each evening.\n\nSee you on the 12th!\n\nRita\nPaws Inn",
    ),
    "diagnosis_en": (
        "Re: Water heater noise",
        "Hi Ken,\n\nThanks for the video. From the sound, it's most likely sediment in the tank, not a failing element. Flushing the tank takes about an hour and costs $90; I can come Friday at 9 a.m.\n\nBest,\nMo\nRiverside Plumbing",
    ),
}
FAULT_DRAFTS = {
    "apology_report_with_no_time_ja": (
        "【お詫び】ご案内の誤りについて",
        "山口 様\n\n先日のお電話で誤った料金をご案内してしまい、大変申し訳ございませんでした。\n担当者が詳細を確認のうえ、ご連絡いたします。\n\nみどり保険サービス",
        "apology_incomplete",
    ),
    "causative_order_ja": (
        "Re: 宿題",
        "野口 様\n\n個別指導アップの佐藤です。\nお子様に毎日宿題をさせてください。\n\n個別指導アップ　佐藤",
        "imperative",
    ),
    "explained_before_en": (
        "Re: Rounding",
        "Hi Carl,\n\nAs we've explained before, a difference of a few cents is within the rounding our bank applies.\nWe consider this settled.\n\nDana\nLedgerly",
        "condescending",
    ),
    "customer_left_to_cope_ja": (
        "Re: 話し声",
        "森 様\n\nコワーキング・ハブです。\n隣の席の話し声については、当社からは注意できません。\n耳栓などでご対応いただければと思います。\n\nコワーキング・ハブ",
        "dismissive",
    ),
    "elsewhere_if_it_bothers_you_ja": (
        "Re: 塗装",
        "林 様\n\nサイクルベースの川口です。\n塗装のはがれは保証の対象外ですので、気になるようでしたら近くの塗装店でご相談ください。\n\nサイクルベース　川口",
        "dismissive",
    ),
    "rwr_ja": (
        "Re: 書類",
        "小野 様\n\nアオバ不動産の中村です。\n\n身分証のコピーをお送りいただけますでしょうか。\n\nアオバ不動産　中村",
        "request_without_reason",
    ),
    "pressure_ja": (
        "Re: 予約",
        "吉田 様\n\n前回もそうお伝えしましたよね。\n予約は前日までです。\n\n山田",
        "condescending",
    ),
    "kind_refusal_ja": (
        "Re: 書き出し",
        "上田 様\n\n無料プランでは、データの書き出しはできません。\n\nよろしくお願いいたします。",
        "dismissive",
    ),
    "pending_no_promise_ja": (
        "【お詫び】配送遅延",
        "川上 様\n\nお届けが遅れ、申し訳ございません。\n原因は現在調査中です。\n\nよろしくお願いいたします。",
        "apology_incomplete",
    ),
    "command_en": (
        "Re: Refund",
        "Hi Joe,\n\nBring the receipt tomorrow.\n\nSam\nCity Hardware",
        "imperative",
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


def test_it_does_not_take_our_own_standard_for_a_brush_off() -> None:
    assert lint("That's not the experience we want.") == []
    assert "dismissive" in {f.rule for f in lint("That's not something we can help with.")}
