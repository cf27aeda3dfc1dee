# coffee = coffee-bean subscription from a small roastery (焙煎所の定期便)
DOMAIN = "coffee"

SENTENCES = [
    ("ja", "次回のお届けは、ご指定どおり11月14日（金）に発送いたします。", []),
    ("ja", "挽き目は次回分から変更できますので、「中細挽き」など、ご希望の挽き方を教えていただければ反映いたします。", []),
    ("ja", "解約の手順はマイページにちゃんと書いてありますので、よく読んでいただければ普通は迷わないと思います。", ["condescending"]),
    ("ja", "来月から送料が少し上がる見込みです。", ["vague"]),
    ("ja", "焙煎日のシールが貼られていなかった理由については、こちらでも把握しておりません。", ["unknown_without_followup"]),
    ("ja", "味の感じ方は人それぞれですので、苦いと思われてもこちらとしてはどうしようもございません。", ["dismissive"]),
    ("ja", "届いた袋の写真を撮って送ってください。", ["imperative", "request_without_reason"]),
    ("ja", "お手数ですが、ご登録のご住所をもう一度ご入力いただけますでしょうか。", ["request_without_reason"]),
    ("ja", "袋がふくらんでいるのは焙煎後の豆から出る炭酸ガスのためで、弁が付いているので破裂のおそれはなく、風味にも影響はございません。", []),
    ("ja", "お休み月の設定方法については、近日中に改めてご案内いたします。", ["vague"]),
    ("ja", "二重に計上された1,980円は当方の決済処理の不具合によるもので、本日中に返金の手続きをいたします。", []),
    ("ja", "前回も同じことをお答えしておりますが、締切日を過ぎたお届け日の変更はできません。", ["condescending"]),
    ("ja", "デカフェ豆の残留カフェイン量は、輸入元から数値をもらっていないので分かりかねます。", ["unknown_without_followup"]),
    ("ja", "デカフェ豆の残留カフェイン量は現在輸入元に確認しており、11月20日（木）までに数値をお知らせします。", []),
    ("en", "Your next bag ships on the 3rd; if you'd like to skip that month, reply by the 28th and we'll pause it for you.", []),
    ("en", "We can offer a partial refund for the stale bag, and it should reach your card shortly.", ["vague"]),
    ("en", "Send a photo of the roast date label.", ["imperative", "request_without_reason"]),
    ("en", "We're not sure why the tracking stopped updating.", ["unknown_without_followup"]),
    ("en", "Taste is subjective, so that's not really something we can act on.", ["dismissive"]),
    ("en", "Because the courier needs a signature for boxes over 2 kg, could you tell us a weekday when someone will be home?", []),
    ('ja', '豆の鮮度を確かめるため、袋の裏の焙煎日を見て教えてください。', ['imperative']),
    ('en', 'Thanks for flagging this, and sorry for the hassle with the wrong bag.', []),
]

DRAFTS = [
    dict(lang="ja", subject="お届けした豆の種類の誤りについてのお詫び",
         text="""井上 由紀子様

焙煎所まめ日和の佐野です。
このたびはご注文と異なる豆をお届けしてしまい、誠に申し訳ございません。

11月8日にお届けした袋には「グアテマラ 深煎り」のラベルが貼られておりましたが、中身は同じ日に焙煎した「ブラジル 中煎り」でした。袋詰めの際に、隣の作業台に置いていたラベルを取り違えたことが原因です。

正しい「グアテマラ 深煎り」200gは本日11月10日に発送いたしました。明日11月11日の午前中にお届けの予定です。誤ってお届けした袋はご返送いただく必要はございませんので、よろしければそのままお召し上がりください。

ご迷惑をおかけしましたことを重ねてお詫び申し上げます。

焙煎所まめ日和　佐野 健
""", labels=["apology_incomplete"]),
    dict(lang="ja", subject="定期便代金の二重請求について（お詫びとご返金のご案内）",
         text="""小松 亮太様

焙煎所まめ日和の佐野です。
10月分の定期便代金を二重にご請求してしまい、大変申し訳ございません。

原因は、10月25日の夜に決済代行会社との通信が途切れた際、当方のシステムが決済を自動で再送したことです。その結果、小松様を含む14名のお客様に同じ金額が2回請求されていました。

二重になった3,240円は、10月27日に決済代行会社経由で取り消しの手続きを済ませております。カード会社の処理により、ご利用明細に反映されるまで最大で5営業日かかります。11月5日を過ぎても明細に返金が表示されない場合は、このメールにご返信いただければ、こちらでカード会社への照会をいたします。

再発防止のため、同じ注文番号で2回目の決済が発生した場合には自動で止まる仕組みを10月28日に追加し、あわせて毎朝、前日分の決済件数を担当者が照合することにいたしました。

ご不便をおかけしましたことを改めてお詫びいたします。

焙煎所まめ日和　佐野 健
""", labels=[]),
    dict(lang="ja", subject="12月お届け分からの定期便価格改定のお知らせ",
         text="""定期便をご利用の皆様

焙煎所まめ日和です。
12月お届け分から、定期便の価格を1袋（200g）1,620円から1,780円（税込み）に改定いたします。

生豆の仕入れ価格が昨年から約3割上がったことによるものです。送料と豆の量はこれまでと変わりません。

価格改定にともなって定期便の内容を変更・お休み・解約される場合は、11月25日（火）までにマイページの「定期便の設定」から手続きをお願いいたします。12月分の発送準備がこの日から始まるためです。何もなさらない場合は、新しい価格で12月5日に発送いたします。

今後ともどうぞよろしくお願いいたします。

焙煎所まめ日和
""", labels=[]),
    dict(lang="en", subject="Your December coffee subscription",
         text="""Hi {first_name},

Thanks for sticking with us through another season! Your December bag of Kenya Kiambu (250 g, whole bean) will be roasted on Monday the 8th and leave the roastery the same afternoon.

If you'd rather have it ground for a French press, reply by Friday the 5th and we'll grind it on roast day.

Cheers,
Maya at Hillside Roasters
""", labels=["placeholder_left"]),
    dict(lang="en", subject="Pausing your subscription for January",
         text="""Hi Tom,

Yes, you can pause January. I've already done it on our side: no bag will ship and you won't be charged in January, and your February delivery goes out as normal on 6 February.

If you'd like to pause February as well, just reply before 30 January, which is when we order the green beans for that roast.

Best,
Maya at Hillside Roasters
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="3回も引き落とされています",
         body="""まめ日和 ご担当者様

定期便で登録しているカードの明細を見たら、11月分の3,240円が同じ日に3回引き落とされていました。
合計9,720円です。

このカードは家族の生活費用で、利用枠がぎりぎりのため、今日支払うはずだった電気代の引き落としが通りませんでした。
どういうことなのか説明してください。余分の2回分、いつ戻ってくるんですか。

小林""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="ギフトセットが差出人に戻っているようです",
         body="""お世話になっております。
11月2日にギフトセット（ドリップバッグ30個）を注文した堀です。

明日の午後、父の退職祝いの集まりで手渡すつもりなのですが、追跡番号で確認すると「差出人へ返送中」になっていて、
どうしたらいいのか分からずご連絡しました。住所を間違えたのでしょうか・・・

明日の正午までに受け取れる方法があれば教えていただきたいです。お店まで取りに伺うこともできます。

堀 真理子
090-xxxx-xxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="Re: Re: カビの生えた豆について（3回目のご連絡です）",
         body="""まめ日和様

10月18日、10月25日と2回ご連絡しておりますが、いまだにお返事をいただけておりません。
届いた豆の表面に白いカビのようなものが付いていた件です。写真も2回お送りしています。

返金していただけるのか、交換なのか、それすら分からない状態で2週間が経ちました。
このまま何のお返事もないようでしたら、定期便は解約させていただきますし、
購入したサイトのレビューにも経緯をそのまま書かせていただきます。

> 2024/10/25 14:02 宮本 浩二 のメッセージ:
> 先日お問い合わせした件、その後いかがでしょうか。
> 写真を再度添付します。

宮本""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="引っ越しに伴う届け先変更",
         body="""いつもおいしい豆をありがとうございます。
12月に引っ越すことになったので、12月分から届け先を下記に変えたいです。

〒530-00xx 大阪府大阪市北区中崎西2-4-11 メゾン梅田 502

マイページから変えようとしたのですが、住所欄が灰色になっていて編集できませんでした。
そちらで変更していただけますか。

佐々木""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="定期",
         body="定期のやつ、変えたいんですけど",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="今月のブレンドの味について",
         body="""こんにちは。
今月届いた「まめ日和ブレンド」ですが、先月までと比べて酸味が強く感じられました。
淹れ方は変えていません（ハンドドリップ、93℃、15g）。

豆の配合や焙煎度を変えられたのでしょうか？それとも個体差の範囲でしょうか。
もし配合が変わったのであれば、以前の味に近い豆があれば教えてください。

田村""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="領収書の発行について",
         body="""ご担当者様

株式会社ミナトデザインの総務、岡田と申します。
事務所用にコーヒー豆の定期便を利用しておりますが、経理処理のため
7月〜10月分の領収書（宛名：株式会社ミナトデザイン）をPDFでいただくことは可能でしょうか。

今月末の締めに間に合えば助かります。

--
株式会社ミナトデザイン 総務部 岡田 さやか
TEL 03-xxxx-xxxx""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="解約したはずなのですが",
         body="""先月の20日にマイページから定期便を解約しました。
画面に「解約手続きが完了しました」と出たのも確認しています。

ところが今朝「次回お届けのお知らせ（12月5日発送予定）」というメールが届きました。
このままだとまた代金が引き落とされてしまうのでしょうか。
解約できていなかったのか、メールだけの間違いなのか分からず不安です。
確認していただけますか。

中川 ゆうこ""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="エチオピア、最高でした",
         body="""先月の限定のエチオピア・ゲイシャ、香りが本当にすばらしくて、
家族みんなで感動しました！ありがとうございました。

来年もまた入荷する予定はありますか？
もし分かれば、くらいの気持ちなので、お返事はお手すきのときで大丈夫です。

桜井""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="冬季限定ブレンドの予約について",
         body="""お世話になっております。
去年いただいた冬季限定ブレンドがおいしかったので、今年も買いたいと思っています。

予約が始まったらメールでお知らせいただくことはできますか？
まだ先の話だと思いますので、今すぐのお返事でなくてかまいません。

よろしくお願いします。
三浦""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="No delivery. Again.",
         body="""Hi,

Our standing wholesale order (10 kg house espresso, every Tuesday) didn't arrive today. That's the second time this month. Great.

We open at 7am tomorrow and I have about half a kilo left, which gets us through maybe an hour of service. I need to know tonight whether the beans are coming first thing or whether I should be driving to a supermarket to buy whatever they have.

Dan Whitfield
Owner, The Corner Cup""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="I didn't place this order",
         body="""Hello,

I just got an order confirmation for 4 bags of your Colombia sent to an address in a city I've never lived in. I didn't place this order. When I logged in, my shipping address had been changed and my saved card was used.

I've changed my password but I'm really worried about what else they can see. Can you stop the shipment and tell me whether my card details are exposed? The order says it will be packed tomorrow morning.

Thanks,
Priya Raman""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="subscription",
         body="hi can i change it",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="en", subject="Switching to every two weeks",
         body="""Hi there,

We're getting through the beans faster than expected (new espresso machine, oops). Could I switch my subscription from monthly to every two weeks, same coffee?

Also, is there a discount if I go up to 500 g bags?

Cheers,
Lou""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Tasting notes card",
         body="""Just a note to say I love the little tasting-notes card you put in each box. My partner and I have started actually trying to taste the "stone fruit" and arguing about it over breakfast.

No need to reply, just wanted you to know it's appreciated.

Hannah""",
         urgency="low", emotion="positive", terse=False),
]
