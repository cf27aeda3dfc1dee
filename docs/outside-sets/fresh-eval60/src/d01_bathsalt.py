# bathsalt = bath-additive maker selling bath salts, bath bombs and gift sets online
# (ja: 湯ごころ本舗 / en: Saltmarsh & Bloom)
DOMAIN = "bathsalt"

SENTENCES = [
    ("ja", "ご指摘のにごりは、配合している米ぬかエキスが沈んだもので、品質には影響ございません。", []),
    ("ja", "赤みが出た場合は、すぐにシャワーで洗い流してください。成分が肌に残ると、かゆみが長引くことがあるためです。", ["imperative"]),
    ("ja", "追い焚き機能付きの浴槽で使えるかどうかは、給湯器メーカーさんに聞いてください。", ["imperative", "dismissive"]),
    ("ja", "定期便の次回お届け分から、価格が多少上がる予定です。", ["vague"]),
    ("ja", "以前のメールでもお伝えしたとおり、香りの好みは人それぞれですので、返品の理由にはなりません。", ["condescending", "dismissive"]),
    ("ja", "お子様にお使いいただけるかどうかは、当社ではわかりかねます。", ["unknown_without_followup"]),
    ("ja", "ご注文番号と、箱の底に印字された英数字6桁の製造記号をお知らせいただけますか。対象のロットかどうかをお調べします。", []),
    ("ja", "浴槽のシミ取りにかかった費用は、当社で全額負担いたします。", []),
    ("ja", "パッケージ裏の注意書きを読んでいただいていれば、こうはならなかったと思います。", ["condescending"]),
    ("ja", "お使いになった入浴剤の袋を、捨てずに取っておいてください。", ["imperative", "request_without_reason"]),
    ("ja", "在庫が戻るのは2月5日の予定で、その翌日から、ご予約いただいた順に発送いたします。", []),
    ("ja", "ご返金は本日手続きいたしました。カード会社の処理を経て、3〜5営業日ほどで明細に反映される見込みです。", []),
    ("ja", "当社の入浴剤で浴槽が傷むことは考えられませんので、お調べする予定はございません。", ["dismissive"]),
    ("ja", "湯上がりに肌がつっぱるようでしたら、保湿成分を多めに配合した「しっとり檜」をお試しいただくのも一案です。", []),
    ("ja", "しばらくお使いにならない場合は、袋の口をクリップで留めておくと、湿気で固まるのを防げます。", []),
    ("en", "Rinse the tub straight after every bath.", ["imperative", "request_without_reason"]),
    ("en", "The magnesium flakes are safe for septic tanks; an independent lab tested them in 2023 and I'm happy to send you the summary.", []),
    ("en", "Subscription boxes are going out three days later than usual this month, on the 18th instead of the 15th, because of our warehouse move.", []),
    ("en", "If you'd read the label, you'd have seen these aren't meant for jetted tubs.", ["condescending"]),
    ("en", "We honestly couldn't tell you whether the oils are OK to use while pregnant.", ["unknown_without_followup"]),
    ("en", "Could you send a photo of the batch code on the bottom of the jar? It tells us which production run your salts came from.", []),
    ("en", "Fragrance preferences aren't something we can do anything about.", ["dismissive"]),
]

DRAFTS = [
    ("ja", "浴槽に残った青い色についてのお詫びとご対応",
     """木下様

湯ごころ本舗 お客様係の大西です。
このたびは「青の洞窟」バスソルトをお使いいただいた浴槽に色が残ってしまい、
ご迷惑とご心配をおかけして誠に申し訳ございません。

お送りいただいた写真と製造記録を確認したところ、10月出荷分から配合を変えた青色の色素が、
人工大理石の細かな傷に入り込みやすい性質をもっていたことが原因とわかりました。
従来品では同じ試験を行っておりましたが、新しい配合では人工大理石での試験が抜けておりました。

木下様の浴槽につきましては、昨日、専用のシミ取り剤をお送りしました。
それで落ちない場合は、提携のハウスクリーニング業者が伺い、費用は当社が全額負担いたします。
ご都合のよい日時を2つほどお知らせいただければ、業者と日程を調整いたします。

今後は、色素を変えるときには人工大理石・FRP・ホーローの3種類で試験を行うことを社内の手順に加え、
「青の洞窟」は色素を元の配合に戻して12月から出荷します。

重ねてお詫び申し上げます。

湯ごころ本舗 お客様係
大西 千尋
""", []),
    ("ja", "定期便のご請求について",
     """山岸様

いつも湯ごころ本舗をご利用いただき、ありがとうございます。
お客様係の津田です。

11月分の定期便のご請求が二重になっていた件、大変申し訳ございませんでした。
二重に引き落とされた2,980円は、本日カード会社を通じて取り消しの手続きを行いました。
12月のご請求分で相殺され、明細にはマイナス2,980円として表示されます。

今後は同様のことがないよう、請求処理の前に件数の照合を行う手順を追加いたしました。

今後とも湯ごころ本舗をよろしくお願いいたします。

湯ごころ本舗 お客様係
津田
""", ["apology_incomplete"]),
    ("ja", "お歳暮ギフトの発送日のご案内",
     """〇〇様

このたびは湯ごころ本舗のお歳暮ギフトをご注文いただき、ありがとうございます。
ご注文いただいた「湯めぐり詰め合わせ」5件は、〇月〇日に発送いたします。
お届け先ごとの追跡番号は、発送当日にメールでお知らせします。

のし紙は「御歳暮」、名入れは「佐伯」で承っております。
変更がございましたら、発送の前日までにご返信いただければ差し替えられます。

湯ごころ本舗 ギフト係
""", ["placeholder_left"]),
    ("ja", "客室用バスソルトのお見積もり（宿泊施設向け）",
     """旅館 翠川 仕入れご担当 林様

お問い合わせいただいた客室用バスソルトのお見積もりをお送りします。
「ゆず」「檜」の個包装（1回分25g）を月600包でご検討とのことで、
単価42円（税別）、月額25,200円（税別）、送料は無料です。

ご希望の館名入りの外袋は、版代として初回のみ16,500円（税別）がかかります。
版の作成に3週間ほどかかるため、1月からお使いになる場合は12月5日（金）までにご発注いただければ間に合います。

サンプルとして両方の香りを各20包、本日お送りしましたので、客室でお試しください。

湯ごころ本舗 法人営業
石川 亮
電話 0120-000-000（平日9時〜18時）
""", []),
    ("en", "News from Saltmarsh & Bloom",
     """Hi Dana,

Autumn is here, and at Saltmarsh & Bloom that means the first harvest of wild fennel from the marshes near our workshop. This year our team hand-picked over 40 kilos, and you'll find it in our new Fennel & Sea Kelp soak, which launches on the 1st of next month.

We've also moved to fully recyclable jars this season, and every order now ships in paper tape instead of plastic.

As part of the move to our new warehouse, we need every subscriber to confirm their delivery address by this Friday, otherwise the December box may go to the old address on file.

Warmly,
The Saltmarsh & Bloom team
""", ["purpose_not_upfront"]),
    ("en", "Your question about bath salts and eczema",
     """Hi Priya,

Thank you for asking before trying our salts on your son's skin; that was a sensible thing to do.

Our Unscented Dead Sea Soak has only two ingredients: magnesium chloride and sodium chloride. It contains no fragrance, essential oils or colourings, which are the usual triggers for eczema flare-ups. The Lavender and Rose blends do contain essential oils, so I'd leave those aside for now.

We aren't able to say how your son's skin in particular will react, so his GP or dermatologist is the best person to confirm. If it helps, I can send you a free 50 g sample of the Unscented Soak so you can do a patch test first. If you reply with your address, it will go out the same day.

Best wishes,
Hannah
Customer Care, Saltmarsh & Bloom
""", []),
]

MAILS = [
    ("ja", "子どもがバスボムをかじりました",
     """湯ごころ本舗さま

いま、3歳の娘が「ころころバスボム（いちご）」をお風呂に入れる前に一口かじってしまいました。
吐き出させて口をゆすがせましたが、少し飲み込んだかもしれません。
いまのところ元気ですが、成分に子どもが口にしてはいけないものは入っていますか？
病院に連れて行くべきか判断したいので、全成分を教えていただけないでしょうか。
電話がつながらなかったのでメールしました。

090-0000-0000　田村
""", "high", "anxious", False),
    ("ja", "浴槽の色が取れません（明日退去です）",
     """お客様係 御中

先週購入した「青の洞窟」を使ったところ、浴槽に青い色が輪になって残りました。
メールで問い合わせましたが、「時間が経つと薄くなります」という返事だけでした。
全然薄くなりません。
賃貸で、明日の１０時に退去の立ち会いがあります。このままだと原状回復費用を請求されます。
御社の商品のせいなので、その場合は御社で払っていただけるんですよね？
今日中にどうするのか回答をください。

> 時間の経過とともに色は薄くなってまいりますので、
> しばらく様子をご覧ください。

藤井
""", "high", "angry", False),
    ("ja", "【旅館 翠川】12/20納品分の件",
     """湯ごころ本舗 法人営業 石川様

いつもお世話になっております。旅館翠川の林でございます。

12月20日着でお願いしておりました館名入りバスソルト（ゆず600包）ですが、
本日12月20日17時現在、まだ届いておりません。
配送状況を調べましたところ、お問い合わせ番号が「登録なし」と表示されます。

明日21日から年末年始の予約が満室となっており、客室に置くものが
ないまま迎えることになってしまいます。
出荷されているかどうかだけでも、本日中にご確認いただけますと幸いです。

旅館 翠川　仕入れ担当　林 幸子
TEL 0000-00-0000
""", "high", "neutral", False),
    ("ja", "リニューアル後の檜の香りについて",
     """リニューアルした「檜」、これはもう檜の香りではないですよね。
何年も愛用して、定期便も3年続けてきましたが、
届いた箱を開けた瞬間に芳香剤のような甘い匂いがして、がっかりを通り越して腹が立ちました。
客の意見も聞かずに勝手に変えるなら、定期便はやめます。
元の香りに戻す予定があるのか、はっきり答えてください。
""", "normal", "angry", False),
    ("ja", "妊娠中の使用について",
     """はじめてご連絡します。
妊娠5か月で、冷え対策にと友人から「しょうが湯の素」をもらいました。
精油が入っているものは妊娠中に避けた方がいいと聞いたことがあって、
使っていいのか迷っています。
もう何回か使ってしまったのですが、お腹の赤ちゃんに影響はないでしょうか。
心配になってしまって、眠れませんでした。
よろしくお願いいたします。

佐々木
""", "normal", "anxious", False),
    ("ja", "のし紙について",
     """お世話になります。
12月10日頃に届くように、湯めぐり詰め合わせを3つ注文したいと考えています。
それぞれ別の住所に送り、のし紙は「御礼」、名前は入れずにお願いしたいのですが、
注文画面の備考欄に書けばよいでしょうか。
また、3つとも同じ日に届けていただくことはできますか。

秋山 真理子
""", "normal", "neutral", False),
    ("ja", "Re: ご注文ありがとうございます",
     """届いてないです
""", "normal", "neutral", True),
    ("ja", "定期便を2個に増やしたいです",
     """湯ごころ本舗の皆さま

毎月の「しっとり檜」、冷え性の私には本当にありがたくて、
寝つきまでよくなりました。ありがとうございます！
実家の母にも使ってほしいので、来月分から定期便を2個にしたいのですが、
1個は母の住所（静岡）に送っていただくことはできますか？
ご案内いただければ手続きします。

小島 さくら
""", "normal", "positive", False),
    ("ja", "来年の桜の香りについて（急ぎません）",
     """こんにちは。
今年の春に出ていた限定の「桜湯」がとても好きだったのですが、
来年も販売される予定はありますか？
もし出るなら、だいたいいつ頃か知りたいです。
急ぎの質問ではないので、お手すきのときにお返事いただければ大丈夫です。
""", "low", "neutral", False),
    ("ja", "パッケージの開け口について",
     """いつも使っています。ひとつだけ。
個包装の袋の切り口が固くて、濡れた手だとなかなか開けられません。
お風呂場で開けることが多いので、次に袋を作り直すときにでも
考えていただけたらうれしいです。
返信は不要です。
""", "low", "neutral", False),
    ("en", "Allergic reaction - need full ingredient list",
     """Hello,

My wife used your Rose & Oat bath bomb about an hour ago and her neck and arms have come up in raised red welts. She's also saying her lips feel a bit tingly. We're on our way to the walk-in clinic now and the nurse on the phone asked what exactly was in it. The box only lists "fragrance" and a few things.

Can you reply with the complete ingredient list, including what's in the fragrance, as quickly as you can? I'll be checking my phone.

Tom Ferreira
07700 900000
""", "high", "anxious", False),
    ("en", "200 wedding favours - wedding is Saturday",
     """Hi,

I ordered 200 mini jars of the Lavender Soak on 28 October as favours for my wedding (order SB-48213). The confirmation said dispatch within 5 working days. It's now Wednesday, the wedding is this Saturday, and the tracking page has said "label created" for eight days.

I've emailed twice and had no reply. I've paid £412 for these. If they aren't going to arrive by Friday I need to know today so I can find something else, and I'll want a full refund.

Leanne Okafor
""", "high", "angry", False),
    ("en", "Stocking your salts in our shop",
     """Good afternoon,

I run a small gift and homeware shop in Whitby and several customers have asked about your salts. Do you sell wholesale? If so, could you send me your trade price list and minimum order? I'd be looking at a mixed first order of around 60 jars ahead of the spring season.

Kind regards,
Ruth Hadley
Driftwood & Thistle
""", "normal", "neutral", False),
    ("en", "wrong one?",
     """is this the right one
""", "normal", "neutral", True),
    ("en", "Lavender soak - a suggestion",
     """Hi there,

Just wanted to say the Lavender Soak has become my Sunday evening ritual, so thank you. One small idea: a fragrance-free version of the same magnesium blend would be lovely for my partner, who gets headaches from strong scents. No rush at all, just something to think about for a future range.

Cheers,
Mo
""", "low", "positive", False),
]
