# carseat = child car-seat maker (parents, retailers)
from _h import s, d, m

DOMAIN = "carseat"

SENTENCES = [
    s("ja", "リコールの対象かどうかは、座面の裏のラベルの製造番号で分かります。番号が「CS21」で始まる場合は対象ですので、お使いになるのをやめて、こちらからお送りする交換品をお待ちいただけますか。"),
    s("ja", "事故に遭ったシートは、見た目に傷がなくても内部の樹脂にひびが入っていることがあるため、再使用はお控えいただいております。無償の交換プログラムの申込書を本日お送りしました。"),
    s("ja", "洗い替え用のカバーは、現在発売に向けて準備を進めているところです。", "V"),
    s("ja", "購入時のレシートを送ってください。", "IR"),
    s("ja", "中古でお求めになった製品につきましては、サポートの対象外でございます。", "D"),
    s("ja", "ISOFIXの付いていないお車では弊社で取り付けの試験をしておりませんので、取り付けられるかどうかの情報は持ち合わせておりません。", "U"),
    s("ja", "ベルトの長さは、お子様の成長に合わせてこまめに調節してください。", "I"),
    s("ja", "どのお車にも付けられる、というご認識がそもそも誤りです。", "C"),
    s("ja", "交換品の発送は、在庫が整い次第となります。", "V"),
    s("ja", "製造日を確かめたいので、座面の裏のラベルの写真を1枚お送りいただけますか。"),
    s("ja", "お問い合わせの件は、現在社内で確認しております。", "U"),
    s("ja", "取り付け方の動画を当社のサイトで公開しておりますので、そちらをご覧いただければ足りるかと存じます。", "D"),
    s("ja", "保証期間内ですので、バックルの交換費用はかかりません。明日発送し、土曜日にお届けします。"),
    s("ja", "新生児の間は、必ず後ろ向きで取り付けていただく必要があります。前向きだと首がまだ頭の重さを支えられず、急ブレーキのときに大きな負担がかかるためです。"),

    s("en", "The harness should be tight enough that you can't pinch any webbing at the shoulder; a loose harness is the most common reason a child is hurt in an otherwise survivable crash."),
    s("en", "In our experience, when a buckle comes undone like this, the belt has usually been threaded through the wrong guide.", "C"),
    s("en", "Replacement covers are on their way to our warehouse.", "V"),
    s("en", "Stop using the seat.", "IR"),
    s("en", "We aren't able to say whether our seat fits a 2009 Fiat Panda.", "U"),
    s("en", "Seats bought from third-party sellers are outside our warranty, full stop.", "D"),
    s("en", "We can't confirm the fit for a 2009 Panda because we never tested that model, but the seat needs 44 cm of flat rear-seat depth; if you measure yours and send us the figure, we'll tell you the same day whether it will work."),
]

DRAFTS = [
    d("ja", "【リコール】ベビーシート「ネストリング」の交換品をお送りします（ご返送のお願いあり）",
      """上野 彩 様

すくすく製作所 お客様相談室の平田です。
ご登録いただいているベビーシート「ネストリング」（製造番号 CS21-04418）は、今回のリコールの対象です。
肩ベルトの調節具の部品が、強く引いたときに割れるおそれがあることが分かりました。

交換品は本日発送し、明後日（金曜日）にお届けの予定です。
届くまでの間は、できる限りお使いにならないようお願いいたします。どうしても車で移動される場合は、調節具を強く引かず、肩ベルトの上から指が1本入る程度に締めてお使いください。

交換品が届きましたら、同封の着払い伝票で古いシートをご返送いただけますでしょうか。回収したシートは、ほかの方の手に渡らないよう当社で廃棄いたします。

すくすく製作所 お客様相談室
平田 朋子
0120-555-031（平日9時～18時）
"""),
    d("ja", "シートカバー交換品の発送について",
      """[お客様名] 様

いつもすくすく製作所の製品をお使いいただき、ありがとうございます。
お申し込みいただいたシートカバーの交換品を、本日発送いたしました。
お届けは3日後の予定です。

古いカバーはご返送いただく必要はございません。お住まいの地域の分別に従って処分していただいて差し支えございません。

すくすく製作所 お客様相談室
""", "P"),
    d("ja", "Re: 本体がぐらつく件",
      """石井 様

すくすく製作所 お客様相談室の平田です。
お送りいただいた写真を拝見しました。

結論から申し上げますと、製品の不具合ではございません。
取扱説明書の12ページに記載しているとおり、ISOFIXの金具を「カチッ」と音がするまで差し込んでいただいていれば、このようにぐらつくことはまずございません。
写真を見る限り、金具が奥まで入っていないようです。

もう一度、説明書をよくお読みいただいたうえで取り付け直していただければと存じます。

すくすく製作所 お客様相談室 平田
""", "C"),

    d("en", "Fitting the Nestling 360 in your 2009 Fiat Panda",
      """Hi Owen,

Thanks for asking before you bought. We've never tested the Nestling 360 in a 2009 Panda, so I can't promise it fits, but here is what decides it:

- the seat needs 44 cm of flat rear-seat depth, measured from the back rest to the front edge of the cushion;
- your Panda doesn't have ISOFIX points, so you would use the belt-fitted base, which needs a 3-point belt with at least 70 cm of free length from the buckle.

If you send me those two measurements, I'll tell you the same day whether it will work. If it doesn't, our Kestrel seat is designed for smaller cars and I can check that one for you as well.

Best,
Jo Harding
Nestling Customer Care
"""),
    d("en", "Thank you for choosing Nestling",
      """Dear Ms Barnes,

Welcome to the Nestling family! Every one of our seats is crash-tested at twice the speed the regulations require, and our designers are parents themselves. Over 200,000 families across the UK now travel with a Nestling.

We love seeing your little ones on the move, and every month one family who tags us on Instagram @nestlingseats wins a seat cover.

Our newsletter comes out on the first Sunday of each month with tips on travelling with babies and toddlers.

One more thing: the base you ordered comes in two versions, and because the wrong one won't lock into your car, we need you to tell us your car's make, model and year before we can dispatch it.

Warm wishes,
The Nestling Team
""", "F"),
]

MAILS = [
    m("ja", "事故のあとのシートについて",
      """すくすく製作所 御中

昨日の夕方、信号待ちの間に後ろから追突されました。
後部座席に御社のシート（ネストリング）を付けて２歳の息子を乗せていましたが、息子は病院で診てもらい、けがはありませんでした。
シートは見たところ傷もなく、普通に使えそうに見えます。
明日の朝から保育園の送り迎えでまた車を使うのですが、このまま使っても大丈夫でしょうか。
買い替えが必要なら、今日中に買いに行かないといけないので教えてください。

上田 香織
""", "high", "anxious"),
    m("ja", "リコールの交換品について",
      """お世話になっております。
リコールのお知らせをいただき、うちのシートも対象の番号でした。
交換品が届くまでは使わないようにと書かれていましたが、明後日から主人の実家（車で６時間）へ１歳の娘を連れて帰省する予定です。
交換品はいつ届きますか。明日中に届かない場合、代わりの方法があれば教えてください。

村田 千尋
""", "high", "neutral"),
    m("ja", "Re: Re: バックルが勝手に外れる件（３回目）",
      """１０月２日、１０月９日にもメールしています。
走行中に、３歳の娘が自分で胸のバックルを外してしまいます。
ボタンが軽すぎるように思います。
毎朝この状態で保育園まで２０分運転しています。
返品なのか部品交換なのか、それとも仕様なのか、とにかく何かしらのお返事をください。

吉川

> お問い合わせありがとうございます。担当部署に確認のうえ、ご連絡いたします。
""", "high", "angry"),
    m("ja", "取り付けできる車種について",
      """来月、新しい車（トヨタ シエンタ、２０２４年式）が納車されます。
今使っているネストリング（２０２２年購入）を、新しい車の２列目に付け替えることはできますか。
対応表に載っていなかったので、念のため確認させてください。

長谷川
""", "normal", "neutral"),
    m("ja", "カバーの洗濯について",
      """洗濯表示のとおりネットに入れて手洗いモードで洗ったところ、カバーが縮んで本体にはまらなくなりました。
「丸洗いOK」という宣伝文句は、縮んでもいいという意味だったのでしょうか。
この状態で子どもを乗せるのは不安なので、どうすればいいか教えてください。

大塚
""", "normal", "angry"),
    m("ja", "新生児のリクライニング角度について",
      """来月出産予定で、ネストリングを購入しました。
説明書どおりに後ろ向きに付けてみたのですが、角度がかなり立っているように見えます。
生まれたばかりの赤ちゃんの首がかくんとなったりしないか、心配でたまりません。
この角度で合っているのか、確かめる方法はありますか。

新井 美咲
""", "normal", "anxious"),
    m("ja", "取り付け", "付きません", "normal", "neutral", True),
    m("ja", "二人目のシートについて",
      """すくすく製作所 ご担当者様

上の子の時からネストリングを使っています。
３年間毎日使っても壊れず、本当に助かりました。ありがとうございます。
来年の春に二人目が生まれる予定で、同じシートをもう一台買うか、新しいモデルにするか迷っています。
２台並べて付ける場合、どちらが収まりがよいか教えていただけますか。

森 裕子
""", "normal", "positive"),
    m("ja", "保育園での講習会について",
      """はじめまして。ひまわり保育園で保護者会の役員をしている者です。
来年度、保護者向けに「事故のときに危険なチャイルドシートの使い方」をテーマにした講習会を企画しています。
配布できる資料や、講師を派遣していただける制度などはありますでしょうか。
来年度の話なので、急いでいません。

ひまわり保育園 保護者会 川口
""", "low", "neutral"),
    m("ja", "使わなくなったシートの処分",
      """息子が大きくなり、ジュニアシートに移りました。
使わなくなったネストリングを処分したいのですが、回収などはしていますか。
粗大ごみに出すのでも構いません。いつでも大丈夫です。

小松
""", "low", "neutral"),

    m("en", "Harness strap snapped",
      """Hi,

The harness adjuster strap on our Nestling 360 snapped this evening when I pulled it to tighten. The harness now won't stay tight.

My son (14 months) has surgery at Birmingham Children's at 8 am tomorrow and we're driving up tonight, about three hours. We don't have another seat and the shops are shut.

Is there any way to make it safe for one journey, or does anyone near Coventry stock your seats?

Tom Mercer
07700 900 218
""", "high", "anxious"),
    m("en", "Recall CS21 - stock on our shelves",
      """Hello,

I manage the baby department at Hollins & Co in Leeds. We've just seen the recall notice for batch CS21 on a parenting forum, not from you.

We have 42 Nestling seats on the shelf and sold 19 last month. A local newspaper has phoned us for comment and will publish this evening. I need to know today which batch numbers are affected and whether you're contacting the 19 customers or we should.

Regards,
Alison Dunn
Department Manager, Hollins & Co
""", "high", "neutral"),
    m("en", "Warranty repair",
      """I was told on the phone that for a warranty repair I need to pay £18 to ship the seat back to you.

So the seat breaks within the warranty period, and I'm out of pocket for the privilege of having it fixed. That's a novel idea of a warranty.

Please confirm you'll send a prepaid label.

K. Walsh
""", "normal", "angry"),
    m("en", "seat", "which one fits my car", "normal", "neutral", True),
    m("en", "Navy colour?",
      """Hi! Do you have any plans to bring out the Nestling 360 in navy? Our baby is due next spring so there's no hurry, just wondering whether to wait.

Thanks,
Mia
""", "low", "neutral"),
]
