from common import *

DOMAIN = "fortune"
MEANING = "オンライン・電話占い / online and phone psychic, tarot and astrology readings"

SENTENCES = [
    S("ja", "鑑定の結果について、当サイトでは責任を負いかねます。", C, X),
    S("ja", "ポイントの払い戻しは、少しお時間をいただく場合がございます。", V),
    S("ja", "通話が途中で切れた分のポイントは、本日、お客様のアカウントへ戻しました。"),
    S("ja", "占い師の予約状況は変動するため、いつ空くかは分かりません。", U),
    S("ja", "先生の鑑定に納得がいかないというのは、お客様の受け止め方の問題かと存じます。", C, X),
    S("ja", "鑑定履歴の画面を開いて、該当の日時をスクリーンショットで送ってください。", I, R),
    S("ja", "次回のご予約は、マイページの「予約」からお好きな日時をお選びいただけます。"),
    S("ja", "利用規約に書いてあることですので、ご自身でお読みください。", C),
    S("ja", "決済エラーの原因を調べるため、お使いのカード会社名と、エラー画面に表示された英数字のコードを教えていただけますか。"),
    S("ja", "他社サイトで受けた鑑定については、当方の知ったことではありません。", X),
    S("ja", "キャンペーンのポイントは、近いうちに付与される予定です。", V),
    S("ja", "生年月日をもう一度入力し直していただけますか。", R),
    S("ja", "深夜帯の鑑定料は1分あたり税込330円で、通常より55円高くなります。"),
    S("ja", "鑑定中に通話が切れた場合、切れるまでの時間分だけ課金され、残りのポイントは自動で戻ります。"),

    S("en", "Your refund will be processed in due course.", V),
    S("en", "Log out and log back in.", I, R),
    S("en", "Readings are for entertainment, so how you feel about yours is not something we handle.", X),
    S("en", "We're unable to tell why the call dropped.", U),
    S("en", "I've added 20 minutes of credit to your account to cover the call that dropped at 11:42 pm."),
    S("en", "Credits bought before 1 June stay valid until 1 June next year; the expiry date is shown under 'My wallet'."),
    S("en", "Could you tell us the reader's name and the date of the session? Without them we can't find the call in our logs."),
]

DRAFTS = [
    D("ja", "領収書の発行方法のご案内", """
村上様

星読みの窓サポート窓口の長谷川です。
お問い合わせの領収書は、マイページからPDFで発行できます。

1. マイページの「購入履歴」を開く
2. 該当するポイント購入の右にある「領収書」を押す
3. 宛名欄に会社名などを入力して「発行」を押す

宛名は一度発行すると変更できませんので、発行前に入力内容をご確認いただくと安心です。
2023年以前のご購入分は画面から発行できないため、必要な場合はご購入日と金額をこのメールにご返信いただければ、こちらで作成してお送りします。

星読みの窓サポート　長谷川
"""),
    D("ja", "二重決済についてのお詫び", """
佐藤様

星読みの窓サポート窓口です。
3月14日にポイントをご購入いただいた際、同じ金額（5,500円）が二重に決済されていたことを確認いたしました。大変申し訳ございません。
重複していた1件分は、本日付で取り消しの手続きを行いました。カード会社の処理により、明細への反映まで最大で2回の締め日をまたぐ場合がございます。
今後は決済処理の監視を強化し、同様のことが起きないよう努めてまいります。

星読みの窓サポート
""", AP),
    D("ja", "【星読みの窓】春の鑑定キャンペーンのお知らせ", """
{name}様

いつも星読みの窓をご利用いただき、ありがとうございます。
4月1日（月）から4月14日（日）まで、初回鑑定が20分無料になる春のキャンペーンを行います。
すでにご利用いただいている方も、まだお話ししたことのない先生との初回鑑定であれば対象です。

対象の先生の一覧は、サイトのトップページ「春キャンペーン」からご覧いただけます。
この機会にぜひご利用ください。

星読みの窓 運営事務局
""", PH),
    D("ja", "【重要】5月1日から深夜帯の鑑定料金が変わります", """
会員各位

星読みの窓 運営事務局です。
5月1日（水）から、深夜帯（0時〜5時）の鑑定料金を1分あたり税込275円から330円に改定します。
それ以外の時間帯の料金は変わりません。

改定の理由は、深夜帯に待機する先生の人数を増やし、待ち時間を短くするためです。
4月30日までにご予約いただいた鑑定は、実施日が5月以降でも旧料金のままとなります。

ご不明な点は、このメールへの返信でお問い合わせください。

星読みの窓 運営事務局
"""),

    D("en", "Sorry - Tuesday night's dropped calls, and your credit", """
Hi Jordan,

I'm sorry that your reading with Selene was cut off twice on Tuesday night. That shouldn't have happened.

The cause was on our side: between 9:40 and 10:25 pm our call provider had an outage in their London data centre, and every live call on the site dropped.
We've added 25 minutes of credit to your account - the 18 minutes you lost plus 7 extra - and Selene has opened two extra slots this Friday if you'd like to finish the reading.

To stop a repeat, we've set up a second call provider that takes over automatically if the first one fails, and we tested the switch-over on Wednesday.

Sorry again,
Mia
Moonlit Readings support
"""),
    D("en", "Your reading with Orion is confirmed", """
Dear [Customer Name],

Your 30-minute tarot reading with Orion is confirmed for Saturday 18 May at 7:30 pm (UK time).

Orion will call you on the number saved in your account. If you'd like to switch to a video call, you can change this under 'My bookings' up to 2 hours before the reading.

Warm wishes,
Moonlit Readings
""", PH),
]

MAILS = [
    M("ja", "ポイントが反映されません（3回目）", """
3日前に50,000円分のポイントを購入しましたが、いまだに残高が0のままです。
カードからはしっかり引き落とされています。
問い合わせフォームから2回送りましたが、自動返信しか来ていません。
このまま返事がなければ消費生活センターに相談します。
返金か反映か、どちらかをお願いします。

会員ID：hoshi_0312
""", "high", "angry"),
    M("ja", "身に覚えのない決済が続いています", """
今朝カード会社から連絡があり、星読みの窓で昨夜から12回、合計で約6万円の決済があると言われました。
私は昨夜は利用していません。
アカウントが乗っ取られたのでしょうか。今もメールに「ログインがありました」という通知が届いています。
カードは止めましたが、登録している住所や電話番号も見られているのではと怖いです。
どうしたらいいですか。
""", "high", "anxious"),
    M("ja", "他の方の鑑定履歴が表示されています", """
お世話になります。
本日マイページを開いたところ、鑑定履歴に私ではない方の履歴が表示されていました。
相手の方のニックネーム、生年月日、相談内容のメモ（離婚に関するもの）まで見える状態です。
逆に、私の履歴もどなたかに見えているのではないかと思います。
スクリーンショットを添付します。確認をお願いします。

会員ID：yuki_mm
""", "high", "neutral"),
    M("ja", "先生の態度について", """
昨日、紅月先生に恋愛の相談をしました。
こちらが話している途中で何度もさえぎられ、「そんな男を選んだあなたが悪い」と説教されました。
占ってもらいに行ったのであって、怒られに行ったわけではありません。
正直、お金を払ってまで嫌な気分になるとは思いませんでした。
""", "normal", "angry"),
    M("ja", "鑑定で言われたことが気になって眠れません", """
先週、ある先生に「3か月以内に大きな病気が見つかる」と言われました。
それから毎晩そのことばかり考えてしまって、眠れません。
あれは本当にそうなるということなのでしょうか…
もう一度同じ先生に聞いたほうがいいのか、別の先生に見てもらうべきなのかも分からなくて。
""", "normal", "anxious"),
    M("ja", "領収書について", """
お世話になります。仕事の相談で利用したので、領収書を会社名で発行してもらいたいです。
１月と２月の購入分です。宛名は「株式会社ミナトデザイン」でお願いします。
方法を教えてください。
""", "normal", "neutral"),
    M("ja", "先生", "前の先生にまたお願いしたいです", "normal", "neutral", True),
    M("ja", "月森先生にお礼を伝えてください", """
半年前に月森先生に転職のことを相談した者です。
先生に言われたとおり、春まで待ってから動いたら、希望の会社に決まりました！
本当にありがとうございました。
またご相談したいのですが、先生の次の予約枠はいつ頃出ますか？
""", "normal", "positive"),
    M("ja", "文字の大きさ", """
サイトの文字をもう少し大きくできる設定はありますか。
今のままでも使えてはいるので、あれば、で大丈夫です。
""", "low", "neutral"),
    M("ja", "来年の運勢特集", """
毎年出ている来年の運勢の特集、今年はいつ頃公開される予定ですか？
公開されたら読もうと思っているだけなので、分かる範囲で教えてください。
""", "low", "neutral"),

    M("en", "Someone is using my account??", """
I've just logged in and there are three readings yesterday between 2 and 4 am that I didn't have, and about £140 of my credit has gone. I've changed my password but I'm scared because my card is saved on the account. Can you freeze it or something? Please tell me what to do, I don't know if they can still get in.
Kerry
""", "high", "anxious"),
    M("en", "Re: Your feedback matters to us", """
Oh wonderful, a survey. Since you asked: I paid £36 for "clear guidance on my career" and got twenty minutes of "the cards are a little cloudy today". Truly worth every penny.
I'd like to know what you plan to do about it.

> How would you rate your reading with Vesper?
> ☆☆☆☆☆
""", "normal", "angry"),
    M("en", "Gift a reading?", """
Hi there, my sister's birthday is in three weeks and she loves this sort of thing. Is there a way to buy her a reading as a gift, ideally with a nice email or voucher she can open on the day? She'd want a video one with Astra if possible.
Thanks! Neha
""", "normal", "neutral"),
    M("en", "help", "it won't let me", "normal", "neutral", True),
    M("en", "Thank you Astra", """
Astra's reading last month was spot on about my move. Not asking for anything, just wanted to pass on thanks to her.
Lou
""", "low", "positive"),
]
