# studydesk = maker of children's study desks and kids'-room furniture, sold online with home delivery
# (ja: こもれび家具 / en: Brightwood Kids' Desks)
DOMAIN = "studydesk"

SENTENCES = [
    ("ja", "4月1日のご入学に間に合うよう、3月22日（土）の午前中にお届けいたします。", []),
    ("ja", "上棚がぐらつくのは固定金具の付け忘れだと思いますので、もう一度組立図をよく見てください。", ["imperative", "condescending"]),
    ("ja", "においが気になるとのこと、ご心配をおかけしております。使用している合板はF☆☆☆☆等級で、ホルムアルデヒドの放散量が国の基準で最も少ない区分です。", []),
    ("ja", "組み立てサービスには別途料金がかかります。", ["vague"]),
    ("ja", "お名前の刻印は、ご入金を確認してからしばらくして作業に入ります。", ["vague"]),
    ("ja", "お手数ですが、お子様の身長もあわせてお知らせください。", ["request_without_reason"]),
    ("ja", "説明書どおりに組み立てていれば、このような傷はつかないはずです。", ["condescending"]),
    ("ja", "LEDライトがちらつく理由は、こちらで同じ机を点灯させても再現しないため、正直なところ見当がつきません。", ["unknown_without_followup"]),
    ("ja", "お子様が机を気に入っていないとのことですが、使ううちに慣れると思いますので、しばらく様子を見ていただければと存じます。", ["dismissive"]),
    ("ja", "キャンセルは発送前であれば無料です。3月10日の発送準備開始後は、返送料として2,200円をご負担いただきます。", []),
    ("ja", "ご注文が集中していますので、早めに決めていただかないと入学式に間に合わなくなりますよ。", ["condescending", "vague"]),
    ("ja", "写真を拝見し、右脚の付け根の割れは輸送中の破損と判断しました。新しい脚を本日発送し、明後日11月14日にお届けします。", []),
    ("ja", "刻印の作業は3月5日に始まりますので、それまでに書体を3つの中から選んで返信してください。", ["imperative"]),
    ("en", "Assembly takes about 90 minutes with two people, and the only tool you'll need is the hex key in the parts bag.", []),
    ("en", "It's worth tightening the bolts again after the first week, since the wood settles slightly once the desk is in use.", []),
    ("en", "I can't say when the walnut finish will be back in stock.", ["unknown_without_followup"]),
    ("en", "Our desks are built to last, so a wobble usually comes down to how they were put together.", ["condescending"]),
    ("en", "A small surcharge applies to deliveries above the second floor.", ["vague"]),
    ("en", "Could you send us your order number? We'll need it to book the courier collection.", []),
    ("en", "Chair compatibility isn't something we deal with.", ["dismissive"]),
]

DRAFTS = [
    ("ja", "ご注文の学習机のお届け日について",
     """松永様

こもれび家具 お客様センターの谷口です。
ご注文いただいた学習机「ひだまり」（ナチュラル）のお届け日が決まりましたので、お知らせします。

お届け日：3月15日（土）
時間帯：午前中（9時〜12時）
配送業者：こもれび配送（2名で伺い、組み立てまで行います）

組み立てには40分ほどかかります。設置される場所の近くに、机の幅（105cm）と同じくらいの作業スペースを空けておいていただけると、作業が早く済みます。

日時の変更をご希望の場合は、3月12日（水）までにこのメールへご返信ください。

こもれび家具 お客様センター
谷口 奈央
""", []),
    ("ja", "刻印内容のご確認",
     """このたびは、こもれび家具の学習机をご注文いただき、ありがとうございます。
刻印の作業に入る前に、内容のご確認をお願いいたします。

刻印する文字：△△△△
書体：丸ゴシック
位置：天板右奥

上記で間違いがなければ、3月5日（水）までにその旨をご返信ください。
ご返信をいただいてから作業に入るため、誤字のまま刻印されることはありません。

こもれび家具 刻印担当
""", ["placeholder_left"]),
    ("ja", "部品の不足についてのお詫び",
     """宮内様

こもれび家具 お客様センターの谷口です。
お届けした学習机に、引き出しのレール（部品番号C-4）が1本入っていなかったとのこと、
組み立てを途中で止めることになってしまい、申し訳ございません。

工場で確認したところ、3月8日に梱包した一部の箱で、部品の袋詰めの際に
C-4の棚の補充が遅れ、1本しか入らないまま封をしていたことがわかりました。

不足分のレールは本日宅配便で発送し、明日3月12日の午前中に届きます。
組み立てのお手伝いが必要でしたら、配送担当が伺いますので、お知らせください。

今後は、梱包ラインの最後に重さを量って部品の入れ忘れを検出する工程を追加し、
同じ日に梱包した他のお客様にも、本日こちらから確認のご連絡をしております。

こもれび家具 お客様センター
谷口 奈央
""", []),
    ("en", "Your delayed Brightwood order",
     """Dear Mrs Hughes,

I'm very sorry that your daughter's desk didn't arrive on 4 September as promised. I know you had planned it for the start of term, and I understand how disappointing this is.

We've now rebooked the delivery for Saturday 14 September, between 8 am and 12 noon, and upgraded you to our two-person assembly service free of charge. We've also refunded the £29 delivery fee to your card today.

Kind regards,
Oliver Grant
Customer Service, Brightwood Kids' Desks
""", ["apology_incomplete"]),
    ("en", "Assembly service - price and availability",
     """Hi Mr Castillo,

Thanks for asking about our assembly service for the two Harbour desks you ordered.

Assembly costs £45 per desk, so £90 for both, and is done on the same visit as delivery. Your delivery is booked for Wednesday 19 March, and adding assembly means the crew will stay about an extra hour.

If you'd like us to add it, a reply saying "yes" before 5 pm on Monday 17 March is all we need; that gives us time to tell the crew, and we'll take the payment from the card you used for the order.

Best regards,
Nadia
Brightwood Kids' Desks
""", []),
]

MAILS = [
    ("ja", "上棚が倒れてきました",
     """こもれび家具 御中

昨日届いた学習机「ひだまり」ですが、今朝、娘が上棚の引き出しを開けたところ、
上棚ごと手前に傾いてきて、私が横にいたので支えられました。
説明書には「壁に固定」とありますが、固定用の金具が箱に入っていませんでした。
小学１年の娘が毎日使う予定で、ぞっとしています。
今日から上棚は外して床に置いていますが、金具をすぐ送っていただけますか。
また、ほかに入っていない部品がないかも確認したいです。

注文番号 KM-2403-1187
長谷部
""", "high", "anxious", False),
    ("ja", "入学式に間に合わないと言われました",
     """注文時に「3月中旬のお届け」と言われ、それで決めました。
今日になって、4月中旬になるとメールが来ました。
入学式は4月7日です。両親がお祝いに買ってくれたもので、
机が届くのを子どもが毎日楽しみにしています。

今から他で探すにしても時間がありません。
間に合わせる方法がないのか、ないなら全額返金してください。
明日までにお返事をください。

木村 早苗
""", "high", "angry", False),
    ("ja", "配送先の変更（3/28転居）",
     """お世話になっております。
3月29日配送予定の学習机（注文番号KM-2402-0912）の配送先を変更させてください。

急な転勤で、3月28日に以下へ転居することになりました。
旧住所には29日以降は誰もおらず、鍵も返却しています。

新住所：〒000-0000 福岡市中央区○○町1-2-3 グランコート203
電話：変更なし

配送日はそのまま29日で構いません。手続きが間に合うかどうか、
明日中にご確認いただけますでしょうか。

村上 拓也
""", "high", "neutral", False),
    ("ja", "天板の傷について",
     """届いた机の天板に、長さ５ｃｍくらいの引っかき傷がありました。
写真を添付します。
新品を買ったのに、最初から傷があるのは納得できません。
補修ではなく、天板の交換をお願いします。
「木の風合い」などと言わないでください。どう見ても傷です。
""", "normal", "angry", False),
    ("ja", "においについて",
     """先日、学習机を購入しました。
組み立てたところ、接着剤のようなにおいがかなりします。
息子が軽いアトピーで、化学物質に弱いのではと心配しています。
まだ使わせてはいません。
においはどのくらいで抜けるものでしょうか。
また、使われている塗料や接着剤について教えていただけますか。

野口
""", "normal", "anxious", False),
    ("ja", "机の高さ調整について",
     """こんにちは。
２年前に購入した学習机の高さを一段上げたいのですが、
説明書をなくしてしまいました。
ネジを外す順番などを教えていただけますか。
型番は天板の裏に「HD-105N」と書いてあります。

吉岡
""", "normal", "neutral", False),
    ("ja", "部品",
     """部品が足りないんですけど
""", "normal", "neutral", True),
    ("ja", "名入れの追加をお願いしたいです",
     """こもれび家具さま

昨年、長男の机でお世話になりました。
天板の木目がとてもきれいで、本人も大切に使っています。
今年は次男が入学するので、同じ「ひだまり」をもう一台注文しました。
こちらにも名入れをお願いしたいのですが、注文後でも追加できますか？
名前は「そうた」でお願いしたいです。

藤本 由香里
""", "normal", "positive", False),
    ("ja", "カタログについて",
     """再来年の春に上の子が小学校に入るので、そろそろ検討を始めようかと思っています。
紙のカタログがあれば送っていただけますか。
来年の秋ごろに出る新しいカタログでも構いませんので、急ぎません。

〒000-0000 仙台市青葉区○○3-4-5
今井 実
""", "low", "neutral", False),
    ("ja", "組立説明書の図について",
     """組み立ては無事に終わりました。
ひとつだけ感想です。説明書の手順６の図が小さくて、
ネジの向きがわかりにくかったです。
次に印刷するときにでも、拡大図を入れていただけると助かる人が多いと思います。
お返事はいりません。
""", "low", "neutral", False),
    ("en", "Hutch fell forward - is the other desk safe?",
     """Hi,

This morning the top hutch on my son's Harbour desk tipped forward while he was pulling out the drawer, and it caught his hand. He's okay, some bruising, but it could easily have hit his head.

We bought two of these (his twin sister has the other one) and we used the wall brackets on neither because the instructions only mention them on the last page. Is the hutch supposed to be secured? Should we stop using both desks until someone tells us what to do? I've taken the hutches off for now but the kids need their desks for homework tonight.

Rebecca Lowe
Order BW-66120
""", "high", "anxious", False),
    ("en", "Missing bolts - again",
     """Second order from you, second time the bag of bolts is short. Recieved it yesterday. This time it's four of the M6 x 40 ones, so the side panel can't go on. Last time it took a week to get them.

Can you just post them first class today please. Order BW-66398.

Gavin
""", "normal", "angry", False),
    ("en", "Colour samples",
     """Hello,

We're trying to decide between the Oak and the Ash finish for our daughter's room and it's hard to tell from the photos. Do you send out sample swatches? Happy to pay postage.

Thanks,
Elena Petrova
""", "normal", "neutral", False),
    ("en", "Desks for a classroom",
     """Dear Brightwood,

I'm the business manager at St Aidan's Primary. We're refitting our Year 3 reading corner and would like a quote for 12 Harbour desks in Ash, delivered and assembled. Our budget closes at the end of March, so a quote by mid-February would be ideal. Do you offer an education discount?

Yours,
Philip Ward
Business Manager, St Aidan's Primary School
""", "normal", "neutral", False),
    ("en", "Instructions feedback",
     """Hello,

Desk is up and looks great. One bit of feedback for whenever you next revise the manual: step 9 shows the cam locks the wrong way round, which had us stuck for a while. Not a big deal, just thought you'd want to know.

Sam
""", "low", "neutral", False),
]
