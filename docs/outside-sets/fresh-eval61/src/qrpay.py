# qrpay = QR-code / mobile-wallet payments app (users and merchants)
from _h import s, d, m

DOMAIN = "qrpay"

SENTENCES = [
    s("ja", "不正利用の疑いがある取引の調査は、加盟店からの回答を待って進めますので、結果のご連絡まではお時間をいただきます。", "V"),
    s("ja", "補償の対象は、被害に気づいてから30日以内にご連絡いただいた取引です。今回の3件はいずれも期間内ですので、補償の手続きを進めております。"),
    s("ja", "パスワードを使い回していらっしゃらなければ、このような被害はまず起きないのですが。", "C"),
    s("ja", "本人確認書類を再提出してください。", "IR"),
    s("ja", "お送りいただいた本人確認書類の画像が暗く、生年月日が読み取れなかったため、お手数ですが明るい場所で撮り直していただけますか。"),
    s("ja", "加盟店側で返金の処理がされたかどうかは、当社では把握しておりません。", "U"),
    s("ja", "キャンペーンで付与された残高は法律上の扱いが異なるため出金できませんが、銀行口座からチャージした残高は、1回220円の手数料でご登録の口座へ出金できます。"),
    s("ja", "アカウントを停止した理由は、セキュリティ上の観点からお答えできません。", "D"),
    s("ja", "停止の理由は不正防止の仕組みに関わるため詳しくお伝えできませんが、ご本人確認が済めば解除できます。本日18時までに、確認のためのSMSをお送りします。"),
    s("ja", "利用明細は、アプリの「履歴」タブから確認してください。", "I"),
    s("ja", "ご指摘の10月12日の二重決済については、加盟店とカード会社の両方に照会をかけており、現在調査を進めているところでございます。", "U"),
    s("ja", "ご指摘の二重決済は、加盟店の端末の通信エラーが原因でした。重複した1,980円は本日付で取り消し、明日中に残高へ戻ります。"),
    s("ja", "ご不便をおかけしますが、安全のため、ご本人確認が終わるまで送金の機能は止めたままにいたします。確認は通常1時間以内に終わります。"),
    s("ja", "アプリを最新版に更新していただかないことには、こちらとしてもサポートのしようがございません。", "C"),

    s("en", "Money from a disputed payment stays on hold until the merchant responds, which card-network rules give them up to 10 business days to do; we'll message you the day it's decided."),
    s("en", "Keep your PIN to yourself next time.", "CI"),
    s("en", "Your cashback will land once the campaign has been reconciled.", "V"),
    s("en", "We've looked at the payment you tried on Saturday evening and, I'm afraid, we're unable to explain why it was declined.", "U"),
    s("en", "Disagreements about a shop's own refund policy are between you and the shop.", "D"),
    s("en", "Update the app.", "IR"),
    s("en", "The £1.50 fee on your transfer is our standard charge for sending money to a bank account within a minute; free transfers arrive the next working day."),
]

DRAFTS = [
    d("ja", "返金処理完了のお知らせ",
      """佐藤 様

ペイリンク カスタマーサポートです。
【加盟店名】でのお支払い（10月3日、3,480円）について、加盟店から返金の処理が完了したとの連絡がございました。
返金額は本日、佐藤様のペイリンク残高に戻っております。アプリの「履歴」タブでご確認いただけます。

ペイリンク カスタマーサポート
""", "P"),
    d("ja", "Re: 二重に引き落とされている件",
      """田村 様

ペイリンク カスタマーサポートです。
お問い合わせいただいた、10月12日のドラッグストアでのお支払いが二重になっている件についてお返事いたします。

確認いたしましたところ、同じ金額（2,760円）のお支払いが2件、1分違いで記録されておりました。
二重に引き落とされた原因については、現在のところ分かっておりません。
加盟店側のシステムの問題である可能性もございます。

ペイリンク カスタマーサポート
""", "U"),
    d("ja", "10月20日のシステム障害についてのお詫びとご報告",
      """ペイリンクをご利用の皆様

10月20日（日）の12時10分から13時45分まで、ペイリンクでのお支払いができない状態が続きました。
お買い物やお食事のお会計の途中で決済が止まり、多くの方に大変なご迷惑をおかけしました。深くお詫び申し上げます。

原因は、同日の午前中に行ったサーバーの設定変更に誤りがあり、昼の時間帯の利用の増加に耐えられなかったことです。
13時45分に設定を元に戻し、その後は正常に動いております。障害中にお支払いが完了せず、残高だけが減ってしまった取引（約1,200件）は、すべて10月21日中に残高へ戻しました。対象の方には個別にアプリの通知でお知らせしています。

今後は、設定の変更を利用の少ない深夜に限り、変更の前に本番と同じ量のアクセスをかけた試験を行う手順に改めます。

株式会社ペイリンク
"""),
    d("ja", "【11月15日まで】ご本人確認書類の再提出のお願い（送金の上限が変わります）",
      """小池 様

ペイリンク カスタマーサポートです。
11月16日から、ご本人確認の済んでいないアカウントでは、1回の送金の上限が10万円から5万円に下がります。
法律に基づく確認の基準が変わったためです。

小池様のアカウントは、3年前にご提出いただいた書類の写真がぼやけており、新しい基準では確認済みとして扱えません。
引き続き10万円まで送金をお使いになる場合は、11月15日までにアプリの「本人確認」から、運転免許証かマイナンバーカードを撮影してお送りいただけますでしょうか。
撮影は2分ほどで終わり、確認の結果は翌日までにアプリでお知らせします。

ペイリンク カスタマーサポート
"""),

    d("en", "Welcome to PayLink for Business",
      """Dear [Merchant Name],

Welcome aboard! Your merchant account is now active and you can start accepting QR payments today.

Your settlement account is the one ending in 4471. Payments you take before 11 pm are paid into it the next working day, minus our 1.9% fee.

Your printed QR stand will arrive within five working days. Until then, you can show the QR code from the merchant app on your phone.

The PayLink Business team
""", "P"),
    d("en", "Order numbers in your payment notifications",
      """Hi Daniel,

You asked whether PayLink can send your shop's order number back to your website when a payment succeeds. It can.

The setting is in the merchant dashboard under Settings > Notifications, where the callback URL can be set to something like:

    https://shop.example.com/paid?order={order_id}

When a payment succeeds, we replace {order_id} with the order number your checkout sent us, so your site receives, for example, .../paid?order=10482. The braces need to stay exactly as they are: if a fixed number is typed in their place, every notification will carry that same number.

If the notifications don't arrive after you've saved it, reply with a screenshot of the settings page and I'll check it the same day.

Best,
Aiko
PayLink Developer Support
"""),
]

MAILS = [
    m("ja", "身に覚えのない支払いがあります",
      """ペイリンク サポートご担当者様

先ほどアプリを開いたら、今日の午前３時から５時の間に、全く知らないネットショップへの支払いが５件、合計８万２千円ありました。
私は寝ていた時間です。
残高はほとんどなくなっていて、登録している銀行口座からオートチャージもされています。
今この瞬間も使われているのではないかと思うと気が気ではありません。
まず何をすればいいか教えてください。

山口 直美
""", "high", "anxious"),
    m("ja", "Re: Re: 売上の入金について（加盟店ID M-20417）",
      """ペイリンク 加盟店サポート 御中

売上の入金が止まっている件、これで三回目のお問い合わせです。
１０月分の売上（約４２万円）が、入金予定日の１１月５日を過ぎても振り込まれていません。
最初のお問い合わせから一週間、「確認中」のお返事のみです。
２５日に仕入れ先への支払いがあり、この入金がないと払えません。
止まっている理由と、入金される日を明記してご回答ください。

カフェ 木漏れ日 店主 新井
""", "high", "angry"),
    m("ja", "店頭の決済ができません",
      """お世話になっております。
本日、商店街の秋祭りに出店しているのですが、朝からペイリンクの読み取りがすべてエラーになります。
端末の再起動、アプリの入れ直しは試しました。
例年、祭りの日の売上の８割ほどがQR決済で、今日は１７時までの出店です。
いまは現金のお客様だけで対応しています。

みどり屋 青果 森下
０９０－５５５５－０６２４
""", "high", "neutral"),
    m("ja", "利用上限の変更方法",
      """お世話になります。
１日の利用上限を５万円から２万円に下げたいのですが、アプリのどこから設定できますか。
""", "normal", "neutral"),
    m("ja", "還元キャンペーンの条件について",
      """「２０％還元」と大きく書かれていたので、冷蔵庫をペイリンクで買いました。
ポイントが付かないので問い合わせたら、「上限は１回あたり１，０００円です」とのこと。
１２万円の買い物で１，０００円。２０％とは、ずいぶん独創的な計算ですね。
上限の記載は、どこにどのくらいの大きさで書いてあったのか教えていただけますか。

岡田
""", "normal", "angry"),
    m("ja", "母のアカウントのことで",
      """初めてご連絡します。
８０歳の母がペイリンクを使い始めたのですが、操作がよく分からないまま何度もチャージしてしまったようで、
銀行の通帳を見ると、今月だけで１０回以上引き落としがあります。
だまされたりしているわけではないと思うのですが、母本人も何に使ったのか覚えていなくて。
家族が母の利用履歴を確認する方法はありますか。

長男 高橋 誠
""", "normal", "anxious"),
    m("ja", "エラー", "昨日からずっとエラーで払えないんですけど、どうにかなりませんか", "normal", "neutral", True),
    m("ja", "家族で残高を分ける機能について",
      """質問なのですが、家族で残高を分け合える機能はありますか？
高校生の娘にお小遣いを送るのに使いたいと思っています。

小林
""", "normal", "neutral"),
    m("ja", "詐欺メールについての質問",
      """最近、決済アプリを名乗る詐欺メールが多いとニュースで見ました。
御社から「アカウントを停止しました」「不正利用を検知しました」といったメールが送られてくることはありますか。
今のところ怪しいメールは届いていませんが、家族にも教えておきたいので、分かる範囲で教えてください。
お時間のある時で構いません。
""", "low", "neutral"),
    m("ja", "加盟店の手数料について（来年の開業予定）",
      """来年の秋に、個人で小さな雑貨店を開く予定です。
ペイリンクを導入したいと考えているのですが、手数料や、入金までの日数を教えていただけますか。
まだ物件を探している段階なので、資料を送っていただくだけでも十分です。

松本 ゆかり
""", "low", "neutral"),

    m("en", "Account frozen - rent due tomorrow",
      """Hello,

My PayLink account was frozen this morning with the message "under review". There's £912 in it, which is my rent. My landlord takes it by transfer tomorrow and I've been warned before about late payment.

I haven't done anything unusual — I was paid my wages into it yesterday like every month. I've uploaded my ID again just in case.

Please tell me what I need to do to get access to my money today.

Jordan Ellis
""", "high", "anxious"),
    m("en", "Email address on my account changed",
      """Hi,

About 20 minutes ago I received a text with a PayLink verification code I didn't ask for. A few minutes later, an email to my old address said my account email had been changed to one I don't recognise. I can no longer log in.

There's about £350 in the account and my debit card is linked to it. I've already called my bank to block the card. What else needs to happen on your side?

Ben Marsh
07700 900 645
""", "high", "neutral"),
    m("en", "Fee",
      """So I sent my sister £20 and you took £1.50 for it. Nobody mentioned that when I signed up for the "free" app.

Are there any other surprises I should know about, or do I find them out the same way?

R. Patel
""", "normal", "angry"),
    m("en", "refund?", "still nothing??", "normal", "angry", True),
    m("en", "Suggestion: larger text",
      """Hi team,

A suggestion for whenever you're planning updates: my dad (83) uses PayLink and struggles with the small text on the payment screen. A larger-text mode would help him. Nothing else needed.

Emma
""", "low", "neutral"),
]
