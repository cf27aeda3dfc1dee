DOMAIN = "fuel"
MEANING = "petrol station chain: fuel, oil changes, membership card (ガソリンスタンド)"

S = [
    ("ja", "セルフ給油機の仮売上の金額が口座から引かれたままになっている件は、カード会社側の処理ですので当店では関知しておりません。", ["dismissive"]),
    ("ja", "油種を取り違えた場合の抜き取り費用はお客様のご負担となりますが、本日中にレッカーを手配でき、ご自宅までの代車も無料でお出しできます。", []),
    ("ja", "抜き取り作業の費用は、誤って入れた量が20リットル未満なら16,500円、それ以上なら22,000円（いずれも税込）です。", []),
    ("ja", "オイル交換のご予約は、車検証をお手元に置いてお電話いただけますか、年式によってオイルの規格が変わるためです。", []),
    ("ja", "次回ご来店の際は、前回のレシートを持ってきてください。", ["imperative", "request_without_reason"]),
    ("ja", "タイヤの溝は残り2.1ミリで、1.6ミリを切ると車検に通りませんが、冬用に履き替える12月までは今のままでも走れます。", []),
    ("ja", "ポイントが付かなかった原因は本部のシステムの話ですので、店舗では分かりかねます。", ["unknown_without_followup", "dismissive"]),
    ("ja", "洗車機でミラーに傷がついたとのことですが、「ミラーは畳んでください」の看板は入口に大きく出しておりますので。", ["condescending"]),
    ("ja", "ポイントが付かなかった原因はまだ分かっていません。本部のシステム担当に照会しており、回答予定の21日（金）の夕方に、こちらからお電話します。", []),
    ("ja", "スタッフの態度の件は、店長が次に出勤した際に、ひとことご連絡させます。", ["vague"]),
    ("ja", "給油口の閉め忘れは何度もお伝えしていることですが、最後にご自身で確かめる習慣をつけていただくしかありません。", ["condescending"]),
    ("ja", "灯油をお求めの際は、ポリタンクのキャップをしっかり閉めて持ってくること。", ["imperative", "request_without_reason"]),
    ("ja", "この価格が年内いっぱい続くかどうかは、ちょっと読めないところです。", ["unknown_without_followup"]),
    ("en", "The £100 pre-authorisation on your card is released by your bank, usually within three working days; if it's still showing on Thursday and you send me the last four digits of the card, I'll ask our card processor for a release reference.", []),
    ("en", "Pump 4 has been out of action for a while and will be fixed when the engineer can get to it.", ["vague"]),
    ("en", "If you pay at the kiosk, please give the cashier your pump number before you start filling, because the pumps at this site switch to prepay after 10 p.m.", []),
    ("en", "Honestly, the AdBlue warning is something your dealer should have explained to you.", ["dismissive"]),
    ("en", "What made the screen on pump 2 freeze mid-transaction, I honestly have no idea.", ["unknown_without_followup"]),
    ("en", "Most drivers know to check which nozzle they've picked up.", ["condescending"]),
    ("en", "We don't refund car-wash tokens once they're bought, but they never expire and work at all 14 of our sites.", []),
]

D = [
    ("ja", "【お詫び】9月3日の給油代金の二重請求と返金について",
     """中島 様

エネオ石油 南町サービスステーション 店長の宮本です。
9月3日（水）にセルフ給油機でご給油いただいた際、代金5,832円が2回請求されていたことを確認いたしました。ご心配とお手間をおかけし、誠に申し訳ございません。

原因は、3番給油機の通信が途中で途切れ、給油機が決済をやり直した際に、1回目の取引が取り消されずに残ってしまったことです。

2回目の請求分5,832円は、9月5日にカード会社経由で取り消しの手続きを済ませました。カードのご請求明細には、9月分または10月分で「取消」として反映されます。

3番給油機は9月4日に通信機器を交換し、同じことが起きないよう、全ての給油機で決済が二重になっていないかを毎朝照合する手順を加えました。

エネオ石油 南町SS
宮本 健
TEL 045-812-3390
""", []),
    ("ja", "南町SSからのお知らせ",
     """会員の皆さま

いつも南町サービスステーションをご利用いただき、ありがとうございます。
朝晩の冷え込みが厳しくなり、いよいよ冬本番ですね。
当店では今年も、灯油の配達と、スタッドレスタイヤの交換を承っております。
また、洗車機を最新型に入れ替え、拭き上げスペースも広くなりました。

なお、12月1日から会員カードがアプリに切り替わり、現在のプラスチックカードは12月末で使えなくなりますので、お手数ですが11月中にアプリへの移行をお済ませください。残っているポイントは移行時にそのまま引き継がれます。

今後ともよろしくお願いいたします。
""", ["purpose_not_upfront"]),
    ("ja", "オイル交換のご予約日時のご確認",
     """高野 様

南町SSの宮本です。
ご予約いただいたオイル交換の日時を確定しましたので、ご連絡します。

日時：10月18日（土）14時〜14時30分
内容：エンジンオイル交換（0W-20、4.0リットル）、オイルフィルター交換
料金：7,480円（税込）

当日は、前回の交換記録が書かれたステッカーかメンテナンスノートをお持ちいただけますでしょうか。走行距離から、次回の交換時期をご案内するためです。
変更がある場合は、前日の18時までにお電話（045-812-3390）をいただければ、別の日時にお取りします。

宮本
""", []),
    ("en", "Re: Misfuelling charge",
     """Dear Mr Lewis,

Thank you for your email about the £245 charge for draining your tank.

As you'll be aware, the diesel and unleaded nozzles are clearly colour-coded and labelled at every pump, and responsibility for selecting the correct fuel lies with the driver. Our terms, which are displayed at the kiosk, state that misfuelling costs are not refundable.

We therefore won't be taking this any further.

Regards,
Customer Relations
Fairway Fuels
""", ["dismissive", "condescending"]),
    ("en", "Your EV charging session at Fairway Thornbury: refund of £8.40",
     """Hi Priya,

We've refunded £8.40 to your card for the charging session on 14 October that stopped after 6 minutes. You should see it within five working days.

The charger (bay 2) cut out because a power module had overheated; it was replaced on 16 October, and the site team now checks the module temperatures every morning.

If the refund hasn't appeared by 23 October, a reply to this email is enough: I'll send you the bank reference so your card issuer can trace it.

Best,
Sam Whitfield
Fairway Fuels Customer Care
""", []),
]

M = [
    ("ja", "給油機で軽油を入れてしまいました",
     """今、南町のお店のセルフで、ガソリン車に軽油を入れてしまいました。20リットルほどです。
エンジンはかけていません。給油機の横に止めたままです。
子どもを保育園に迎えに行かないといけないのですが、車を動かしていいのか分かりません。
店員さんは夜間で一人しかいないみたいで、忙しそうです。どうしたらいいでしょうか。""", "high", "anxious", False),
    ("ja", "カードの不正利用について",
     """先週の日曜に御社の北口店で給油したカードで、その後、身に覚えのない海外のネットショッピングの請求が12万円ほど来ました。
カード会社からは、給油機にスキマー（読み取り装置）が付けられていた可能性があると言われています。
ほかにも被害に遭った人がいるのではないですか。
カード会社に提出する書類に、お店の確認が必要だそうです。今週中に出さないと補償が受けられないとのことです。""", "high", "angry", False),
    ("ja", "オイル交換の後からオイルが漏れています",
     """昨日オイル交換をしてもらった者です。
今朝、駐車場の地面に黒い油のしみが広がっていて、ボンネットを開けるとエンジンの下がオイルでびっしょり濡れていました。
今日の午後、高速で名古屋まで行く予定です。
このまま走って大丈夫なのか、今日の昼までに見てもらえるのか教えてください。

高野""", "high", "anxious", False),
    ("ja", "会員アプリの登録について",
     """こんにちは。
会員カードからアプリへの切り替えをしようとしたのですが、カード番号を入れると「登録できません」と出ます。
カードは去年作ったものです。
月末までに切り替えればいいと聞いていますが、何か手続きが必要でしょうか。""", "normal", "neutral", False),
    ("ja", "タイヤ交換の予約",
     """タイヤ交換って予約いりますか""", "normal", "neutral", True),
    ("ja", "洗車機での傷について",
     """先日、そちらの洗車機を使ったら、リアのワイパーが曲がってしまいました。
説明書きどおり、ミラーも畳んでいました。
今まで何年も使っていて初めてのことです。
修理代の扱いについて、お店のお考えを伺えますでしょうか。
写真を添付します。""", "normal", "neutral", False),
    ("ja", "スタッフの方の対応について",
     """以前から思っていたことですが、夜の時間帯の男性スタッフの方は、こちらが話しかけても返事もせず、釣り銭を放るように渡されます。
一度や二度ではありません。
店長さんからご本人に伝えていただけますか。
今のところ他の店に行くほどではありませんが、近くに新しいスタンドもできましたので。""", "normal", "angry", False),
    ("ja", "灯油の配達について",
     """今シーズンも灯油の配達をお願いしたいと思います。
去年と同じく、月に２回、１８リットル缶を２つずつでお願いできますか。
配達は１１月からで結構です。

大川（緑町3丁目）""", "normal", "neutral", False),
    ("ja", "いつもありがとうございます",
     """先日、タイヤの空気圧が下がっていることに気づいて声をかけてくださったスタッフの方、ありがとうございました。
おかげで釘が刺さっていたのが分かり、パンクする前に直せました。
お礼を伝えたくてメールしました。""", "low", "positive", False),
    ("ja", "ポイントの有効期限について（確認だけです）",
     """会員ポイントの有効期限はいつまででしょうか。
今すぐ使う予定はなく、年末にまとめて使えればと思っているので、そのころまでにお返事いただければ大丈夫です。""", "low", "neutral", False),
    ("en", "Charged £97 twice at pump 6",
     """Hello,

I filled up at your Thornbury station on Saturday and paid £97.40 at pump 6. My banking app shows two payments of £97.40. I'm a student and that has left me £12 for the rest of the week, with my rent coming out on Wednesday.

Can you confirm the second one will be reversed, and how long it will take? Receipt photo attached.

Ellie Morgan""", "high", "anxious", False),
    ("en", "Fleet account invoices",
     """Hi,

We run six vans on a Fairway fleet account. From next month our finance team would like the monthly invoice split by vehicle registration rather than as one total. Is that something you can set up?

Regards,
Gary Booth
Booth Electrical Ltd""", "normal", "neutral", False),
    ("en", "Your 'customer care'",
     """Well, I've now spent forty minutes on hold and been cut off twice trying to report that pump 3 at Marsh Lane charged me for 40 litres when my tank only holds 35. Marvellous service. I'd like the £8 back and I'd like someone to actually check that pump.

D. Lewis""", "normal", "angry", False),
    ("en", "ev",
     """Hi, the rapid charger at Marsh Lane (the one nearest the road) has shown 'out of order' on my last three visits. Is it being repaired, or should I use your Thornbury site for now? Thanks, Priya""", "normal", "neutral", False),
    ("en", "Coffee machine",
     """Hi — any chance of oat milk for the coffee machine at the Marsh Lane shop at some point? Not fussed about when, just a suggestion. Rob""", "low", "neutral", False),
]
