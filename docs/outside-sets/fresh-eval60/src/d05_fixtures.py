# fixtures = supplier and installer of shop fixtures: gondola shelving, showcases, wall bays, hooks
# (ja: ミツワ什器 / en: Shopline Fixtures)
DOMAIN = "fixtures"

SENTENCES = [
    ("ja", "オープンが12月6日とのことですので、12月2日（火）に搬入と組み立てを行い、4日までに仕上げの確認を済ませる段取りでいかがでしょうか。", []),
    ("ja", "お見積もりは近々お出しします。", ["vague"]),
    ("ja", "棚板の耐荷重は1枚あたり30kgです。これを超えて商品を載せた場合の破損は、保証の対象外となります。", []),
    ("ja", "耐荷重さえ守っていただければ、棚が落ちることはまずありません。", ["condescending"]),
    ("ja", "設置場所の床の図面をお送りください。", ["request_without_reason"]),
    ("ja", "色違いの什器が届いた件は、弊社の出荷ミスでした。正しい色のものを明日11月19日に再発送し、誤ってお届けした分は配達時に引き取ります。", []),
    ("ja", "床が傾いているのは建物側の問題ですので、棚のぐらつきについてはそちらでご対応ください。", ["dismissive"]),
    ("ja", "納期については、現時点ではお約束できかねます。", ["unknown_without_followup"]),
    ("ja", "既存の什器を撤去し終わったら、連絡してください。", ["imperative", "request_without_reason"]),
    ("ja", "追加の棚板は在庫がございますので、本日15時までにご注文いただければ当日出荷いたします。", []),
    ("ja", "ご要望の寸法での特注となると、図面の確定から納品まで5週間ほどいただきます。", []),
    ("ja", "この価格は今週だけですので、迷っている余裕はないかと思いますよ。", ["condescending"]),
    ("ja", "前回の納品時、搬入口の幅が足りず作業が2時間延びたため、今回は事前に搬入口の写真を1枚お送りいただけますか。", []),
    ("en", "Our crews work after closing time, so we can fit the new gondolas between 9 pm Monday and 6 am Tuesday without you having to shut the shop.", []),
    ("en", "Email us your store manager's mobile number.", ["imperative", "request_without_reason"]),
    ("en", "Lead times on glass showcases are currently a bit longer than usual.", ["vague"]),
    ("en", "If your staff had followed the loading chart, the shelf wouldn't have come down.", ["condescending"]),
    ("en", "That's a question for your shopfitter, not us.", ["dismissive"]),
    ("en", "We can't confirm a delivery date yet because the glass supplier hasn't given us theirs; I'll chase them tomorrow and email you a firm date by Friday 6 December.", []),
    ("en", "I've attached the revised quote: £4,380 plus VAT for 12 wall bays, valid until 31 January.", []),
]

DRAFTS = [
    ("ja", "新店舗什器の搬入日程の確定について",
     """株式会社アオバ商事
店舗開発部 野村様

ミツワ什器の佐藤です。
12月6日オープンの「アオバ 北野店」の什器搬入日程が確定しましたので、ご連絡いたします。

12月2日（火）9時〜18時　ゴンドラ棚（24台）・壁面什器の搬入と組み立て
12月3日（水）9時〜15時　レジカウンター・ショーケースの設置
12月4日（木）10時〜12時　野村様立ち会いのもと、仕上がりの確認

当日は作業車2台が店舗裏の搬入口を使用します。
ビルの管理会社様への車両の届け出を、11月28日（金）までにお願いできますでしょうか。
届け出がないと搬入口に車を停められない決まりになっていると伺っております。

ミツワ什器 営業部
佐藤 健一
""", []),
    ("ja", "誤った色の什器をお届けした件について",
     """有限会社こまち雑貨
河合様

ミツワ什器の佐藤です。
11月17日にお届けした壁面什器が、ご注文のホワイトではなくグレーでした。
オープン準備のお忙しいところ、ご迷惑をおかけし申し訳ございません。

出荷の際、品番の末尾（W/G）だけが異なる2つの注文を取り違えたことが原因でした。

正しいホワイトの什器を明日11月19日の午前中に再発送し、
グレーの什器は配達時にそのまま引き取らせていただきます。
組み立て直しの作業は弊社の施工担当が行いますので、費用はかかりません。

ミツワ什器 営業部
佐藤 健一
""", ["apology_incomplete"]),
    ("ja", "お見積書送付のご案内",
     """＊＊＊＊株式会社
＊＊様

平素より大変お世話になっております。ミツワ什器の佐藤です。
先日ご依頼いただいた新店舗向け什器のお見積書を添付にてお送りいたします。

ゴンドラ棚（W900）　20台
壁面什器（H2100）　12台
合計　〇〇〇,〇〇〇円（税別）

お見積もりの有効期限は発行日から30日です。
ご不明な点がございましたら、お気軽にお問い合わせください。

ミツワ什器 営業部
佐藤 健一
""", ["placeholder_left"]),
    ("ja", "棚板落下についてのご報告とお詫び",
     """株式会社ベルマート
店舗運営部 大橋様

ミツワ什器の佐藤です。
11月25日、駅前店でゴンドラ棚の棚板が落下し、商品の破損に加え、
従業員の方が危うくけがをされるところだったと伺いました。
大変なご迷惑と危険をおかけしたことを、心よりお詫び申し上げます。

翌日に現地で調査したところ、棚板を支えるブラケットの一部に、
メッキ工程の不良でひびが入っていたことがわかりました。
同じ時期（10月製造分）のブラケットが、駅前店には計48個使われていました。

昨日11月27日の閉店後、駅前店の該当ブラケット48個をすべて新品に交換いたしました。
破損した商品の代金は、リストをいただき次第、全額を弊社でお支払いいたします。

今後は、ブラケットの受け入れ検査を抜き取りから全数検査に切り替え、
10月製造分をお納めしたほかの3店舗についても、12月5日までに交換を終えます。

ミツワ什器 営業部長
佐藤 健一
""", []),
    ("en", "Revised quote for the Harrogate store",
     """Hi Megan,

As promised on Tuesday's call, here is the revised quote for the Harrogate refit.

- 12 wall bays (1,200 mm, white): £3,120
- 4 mid-floor gondolas with end caps: £1,260
- Delivery and overnight installation: £480
Total: £4,860 plus VAT, valid until 31 January.

This is £520 less than the first version because we've swapped the glass shelves for powder-coated steel, as you suggested. If you're happy with it, a signed copy by 10 January lets us hold the 3 February install date you wanted.

Best,
Callum Reid
Shopline Fixtures
""", []),
]

MAILS = [
    ("ja", "明日オープンなのに什器が届いていません",
     """ミツワ什器 佐藤様

お世話になっております。こまち雑貨の河合です。
本日午前中に届く予定だった壁面什器が、１６時の今もまだ届きません。
配送業者に電話しても「確認中」としか言われず、どうしていいかわからない状態です。

明日１０時にオープンで、チラシも配ってしまっています。
棚がなければ商品を並べることができません。
今夜中に届く見込みがあるのかどうかだけでも教えてください。
夜遅くまで店にいます。

河合 美奈（携帯 090-0000-0000）
""", "high", "anxious", False),
    ("ja", "棚板の落下について（再度のご連絡）",
     """ミツワ什器 御中

株式会社ベルマート 駅前店 店長の細川です。
11月10日に、ゴンドラの棚板が片側だけ外れかけていると御社の営業の方にお伝えしましたが、
その後ご連絡がありませんでした。

本日、別のゴンドラの棚板が落ち、瓶の調味料がほぼ全部割れました。
そばで品出しをしていたパートさんは、ぎりぎりで足を引いて無事でした。
一歩間違えば大けがです。

前回お伝えした時点で見に来ていただいていれば防げたのではないでしょうか。
本日中に、原因と、ほかのゴンドラをどうするのかご回答ください。

駅前店 店長　細川 雅人
""", "high", "angry", False),
    ("ja", "振込先変更のご案内について（確認）",
     """ミツワ什器 経理ご担当者様

いつもお世話になっております。株式会社アオバ商事 経理部の堀です。
本日、御社のご担当者名で「振込先口座変更のお知らせ」というメールが届きました。
差出人のアドレスが、いつもの御社のドメインと一文字違うように見えます。

明日11月29日が、北野店の什器代金（3,856,000円）のお支払日です。
変更のお知らせが本物かどうか、本日中にお電話かメールでご確認いただけますでしょうか。
確認が取れるまでは、従来の口座への振込も止めております。
念のため、届いたメールを下に転送いたします。

アオバ商事 経理部　堀 典子
TEL 00-0000-0000（内線 215）

-------- 転送メッセージ --------
件名: 【重要】振込先口座変更のお知らせ
差出人: ミツワ什器 経理部 <keiri@mitsuwa-jyuki.co>
日付: 2024年11月28日 9:12

株式会社アオバ商事 御中
平素より格別のお引き立てを賜り、厚く御礼申し上げます。
このたび弊社の取引銀行の変更に伴い、お振込先を下記口座へ変更させていただきます。
11月29日お支払い分より、必ず新口座へお振込みくださいますようお願い申し上げます。
（口座情報は添付のPDFをご確認ください）
""", "high", "neutral", False),
    ("ja", "什器の色がちがいます",
     """佐藤さん

今日納品された壁面什器ですが、頼んでいたのはホワイトです。
届いたのはどう見てもグレーです。
お店の内装は全部白で揃えていて、これだと雰囲気が台無しです。
オープンは来月１５日なので、まだ時間はありますが、
正直こういうミスをされると他の注文も大丈夫なのか心配になります。
交換の段取りを教えてください。

こまち雑貨　河合
""", "normal", "angry", False),
    ("ja", "初めての出店で什器の相談です",
     """はじめまして。
来年の春に、１０坪ほどの小さな焼き菓子のお店を開く予定です。
お店を持つのは初めてで、什器を何をどれだけ揃えればいいのか、見当がつきません。
予算は什器全体で５０万円くらいしか用意できないのですが、
それで足りるのか、正直不安です。
相談に乗っていただくことはできますか？
費用がかかるようでしたら、それも教えてください。

小松 かおり
""", "normal", "anxious", False),
    ("ja", "棚板追加のお願い",
     """ミツワ什器 ご担当者様

ゴンドラ棚（W900）用の棚板を、追加で10枚お願いしたいと考えています。
色はホワイト、奥行きは450mmです。
納期とお見積もりを頂けますか。
配送先は前回と同じ「アオバ 北野店」です。

アオバ商事　店舗開発部　野村
""", "normal", "neutral", False),
    ("ja", "什器の引き取りについて",
     """お世話になります。
来年の夏頃に店内の改装を予定しています。
その際、今使っている什器（他社製のスチール棚が15台ほど）を
引き取っていただくことはできますか。
時期はまだ決まっていませんので、急ぎではありません。
概算だけでも教えていただけると助かります。

カフェ・ルポ　遠藤
""", "low", "neutral", False),
    ("ja", "棚",
     """棚、あと５本
""", "normal", "neutral", True),
    ("ja", "施工のお礼と次の店舗について",
     """佐藤様

先日は北野店の施工をありがとうございました。
夜遅くまでの作業にもかかわらず、施工チームの皆さんが最後まで丁寧に仕上げてくださり、
オープン初日は予想以上のお客様にお越しいただけました。

実は、来年の5月に南町店の出店が決まりました。
北野店と同じ構成で考えていますので、一度お打ち合わせの時間をいただけますでしょうか。

アオバ商事　店舗開発部　野村
""", "normal", "positive", False),
    ("ja", "ショールームについて",
     """来期の改装の参考に、一度ショールームを見学したいと思っています。
大阪にショールームはありますか。
見学の時期は未定で、検討段階のご相談ですので、お手すきの際にご返信ください。
""", "low", "neutral", False),
    ("en", "Installers didn't turn up - we open on Saturday",
     """Callum,

Your install team was booked for 9 pm last night at our Harrogate store. Nobody came. Our night manager waited until 1 am. I left you two voicemails this morning and emailed at 8. Nothing.

We open to the public on Saturday. We have stock on pallets in the middle of the shop floor and nowhere to put it. I need to know by 3 pm today whether a crew is coming tonight, and if not, I'm going to have to find another fitter and send you the bill.

Megan Holt
Regional Operations, Dale & Co.
""", "high", "angry", False),
    ("en", "Cracked glass showcase at our counter",
     """Hi,

One of the glass showcases you installed last month at our
jewellery shop on Bridge Street has cracked right across the top
panel. A small piece has come away and there are sharp edges.
We've covered it with a blanket and taped it off, but it's right
at the counter and we have customers in all day, including
families with children.

Is it safe to leave until someone can look at it? Can you send
someone today? I'm worried it'll shatter.

Priya Nair
Nair Jewellers
""", "high", "anxious", False),
    ("en", "Quote for wall bays",
     """Hello,

Could you quote for 8 wall bays, 1,000 mm wide, 2,100 mm tall, in black, with 5 shelves each? Delivery to Leeds LS2. We'd like them in before the shop's relaunch at the end of March.

Thanks,
Owen Carter
Carter's Outdoor
""", "normal", "neutral", False),
    ("en", "Thank you + more hooks",
     """Hi Callum,

The refit at Harrogate looks brilliant; the regional director walked round this morning and was genuinely impressed. Please pass our thanks to the night crew.

Could we order another 200 of the 250 mm prong hooks? Same account.

Megan
""", "normal", "positive", False),
    ("en", "Recycled content of your shelving",
     """Hi there,

Our company is putting together its sustainability report for next year and I'm gathering data from suppliers. Do you know the recycled steel content of your standard shelving? There's no deadline on this yet; whenever you have the information is fine.

Kind regards,
Laura Bennett
""", "low", "neutral", False),
]
