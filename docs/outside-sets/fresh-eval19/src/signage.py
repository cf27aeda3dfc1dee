# signage = shop sign design, manufacture and installation (看板製作・設置)
DOMAIN = "signage"

SENTENCES = [
    ("ja", "看板の取り付け工事は、11月18日（火）の9時から12時の間に行います。", []),
    ("ja", "デザインの修正は何回でもできるわけではございませんので、そのおつもりでご依頼いただければと思います。", ["condescending"]),
    ("ja", "デザインの修正は2回まで無料で、3回目からは1回につき5,500円（税込み）を頂戴しております。", []),
    ("ja", "許可申請の書類を役所からもらってきてください。", ["imperative", "request_without_reason"]),
    ("ja", "屋外広告物の許可申請に必要なため、建物の所有者様の同意書を11月8日までにご用意いただけますでしょうか。", []),
    ("ja", "LEDの一部が点灯しない原因は、今のところ分かっておりません。", ["unknown_without_followup"]),
    ("ja", "画面で見た色と違うとのことですが、モニターの色は機種によって違いますので、当社の責任ではございません。", ["condescending", "dismissive"]),
    ("ja", "設置場所の寸法を測って、写真と一緒に送っていただけますか。", ["request_without_reason"]),
    ("ja", "納期は通常より若干遅れる見込みです。", ["vague"]),
    ("ja", "台風で看板が飛ばされたとしても、自然災害ですのでこちらでは対応しておりません。", ["dismissive"]),
    ("ja", "電気工事の費用は、現場を見てみないと分からないので何とも言えません。", ["unknown_without_followup"]),
    ("ja", "電気工事の費用は現地の配線によって決まるため、11月12日（水）の現地調査の当日中にお見積もりをお渡しします。", []),
    ("ja", "ご存じないかもしれませんが、看板を出すには普通、許可が要るものです。", ["condescending"]),
    ("ja", "SNSに載せている施工写真は、当社の決まりで削除できません。", ["dismissive"]),
    ("en", "The vinyl lettering for your shopfront will be cut on Wednesday and fitted on Thursday between 8 and 10 am, before you open.", []),
    ("en", "As I said in my last two emails, the proof has to be approved before we print anything.", ["condescending"]),
    ("en", "We need the landlord's written consent before fitting, because the fixings go into the building's facade; could you ask them for a short email saying so?", []),
    ("en", "Installation will take a bit longer than planned.", ["vague"]),
    ("en", "Council permits aren't really our department.", ["dismissive"]),
    ("en", "I'm afraid I don't know why the light box is flickering.", ["unknown_without_followup"]),
    ('ja', '原因が分からないまま修理費をいただくことはできませんので、点検の結果が出るまで費用は発生しません。', []),
    ('en', "We can't fit a sign on a listed building without consent, but we can prepare the drawings the council needs and submit them for you within a week.", []),
]

DRAFTS = [
    dict(lang="ja", subject="看板の電話番号の誤りについてのお詫び",
         text="""カフェ・ミモザ
長谷川 様

サインワークス北斗の石田です。
10月30日に取り付けました店頭看板の電話番号が一桁誤っており、大変申し訳ございません。

ご承認いただいた校正データでは正しい番号でしたが、製作の際に、修正前の古いデータを出力機に送ってしまったことが原因です。

今後は、出力の直前に、ご承認いただいた校正データと出力データを担当者2名で照らし合わせてから製作に入るよう、社内の手順を改めました。

このたびはご迷惑をおかけし、重ねてお詫び申し上げます。

サインワークス北斗　石田 誠
""", labels=["apology_incomplete"]),
    dict(lang="ja", subject="看板の件",
         text="""株式会社リード不動産
桑原 様

いつもお世話になっております。サインワークス北斗の石田です。
朝晩はだいぶ冷え込むようになりましたが、いかがお過ごしでしょうか。

さて、先月ご依頼いただいた袖看板ですが、デザインは10月21日にご承認いただき、その後、製作のほうも順調に進んでおります。アルミの箱は11月6日に溶接が終わり、現在は塗装の乾燥待ちです。
また、市への屋外広告物の許可申請につきましては、10月28日に提出し、本日許可が下りたとの連絡がございました。

つきましては、取り付けの日程を、11月15日（土）か11月18日（火）のどちらかでお選びいただけますでしょうか。足場業者の手配のため、11月10日（月）までにお返事をいただけますと助かります。

サインワークス北斗　石田 誠
""", labels=["purpose_not_upfront"]),
    dict(lang="ja", subject="看板デザイン案（2案）のご確認とご選択のお願い",
         text="""やまね歯科
山根 院長

サインワークス北斗の石田です。
医院の看板のデザイン案を2案お送りしますので、11月5日（水）までにどちらかお選びいただけますでしょうか。11月下旬の開院に設置を間に合わせるには、この日に製作を始める必要があるためです。

・A案：白地に緑の文字。遠くからでも医院名が読みやすい案です。
・B案：木目調の地に白い文字。周りの住宅街になじむ落ち着いた案です。

どちらの案も、大きさは幅180cm×高さ45cm、費用は設置工事込みで税込み264,000円で変わりません。文字の大きさや色の修正は、2回まで無料で承ります。

サインワークス北斗　石田 誠
""", labels=[]),
    dict(lang="ja", subject="取り付け工事の延期についてのお詫びと新しい日程",
         text="""中華料理 福来
周 様

サインワークス北斗の石田です。
11月11日（火）に予定しておりました看板の取り付けを、当日になって延期してしまい、誠に申し訳ございません。

当日の朝、高所作業車の手配を確認したところ、当社の担当者が予約日を11月21日と誤って登録していたことが分かり、車両を用意できませんでした。

別の会社から車両を手配し、新しい日程を11月13日（木）の9時からで確保いたしました。作業は約2時間で、お店の開店前に終わる予定です。延期によるご迷惑のお詫びとして、取り付け工事費22,000円は頂戴いたしません。

今後は、車両や足場などの予約を2名で確認し、工事の3日前に予約先へ電話で再確認することにいたしました。

このたびは誠に申し訳ございませんでした。

サインワークス北斗　石田 誠
""", labels=[]),
    dict(lang="en", subject="Update from Brightline Signs",
         text="""Hi Rachel,

Hope all's well at the studio! Big news on our side: we've finally moved into the new workshop on Dock Road, which means we can now build light boxes up to 4 metres in-house instead of sending them out.

Your illuminated sign is part of the first batch made there. The frame and face are finished, the LEDs have been tested, and it looks great; I've attached a couple of photos from this morning.

One thing before we fit it on the 14th: our electrician needs a fused spur within 1 metre of the sign position, and we can't connect without it. Could you confirm by Friday that your electrician has put one in? If not, we can add it for £140 on the day.

Cheers,
Owen
Brightline Signs
""", labels=["purpose_not_upfront"]),
]

MAILS = [
    dict(lang="ja", subject="袖看板が傾いています",
         body="""サインワークス北斗 御中

ビル管理を担当している太田です。
先週、1階のテナント（カフェ・ミモザ）の袖看板を取り付けていただいたと思いますが、
今朝見回ったところ、看板が歩道側に5度ほど傾いていて、上側のボルトが２本浮いているのを確認しました。

看板の真下は小学校の通学路で、夕方にも子どもたちが通ります。
今夜は強風の予報も出ています。
テナントさんには店の前に三角コーンを置いてもらいましたが、夕方までに一度見ていただけますか。

㈱太田ビル管理 太田 光
携帯 080-xxxx-xxxx""",
         urgency="high", emotion="neutral", terse=False),
    dict(lang="ja", subject="オープンは明後日です",
         body="""石田さん

明後日の土曜がオープンだとあれだけお伝えしていましたよね。
看板、まだ届いていないんですが。

チラシも3,000枚配ってしまいましたし、地図に「青い看板が目印」と書いてあります。
昨日お電話したときは「今日中に発送します」とおっしゃっていましたが、追跡番号も来ていません。
いったいいつ付くんですか。今日中に正確な時間を教えてください。

ベーカリー麦の穂 杉山""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="市役所から看板について通知が届きました",
         body="""お世話になっております。
整骨院の野口です。

本日、市の都市計画課から「屋外広告物の許可がない」という通知が届きました。
11月20日までに許可を取るか、看板を撤去しなければ、条例に基づいて過料の対象になると書いてあります。

看板を作っていただいたときに、許可の手続きもそちらでしていただけると伺っていたので、
私のほうでは何もしておりませんでした。何か行き違いがあったのでしょうか。
あと10日しかなく、どうすればいいのか分からなくて困っています。
通知の写真を添付します。

野口整骨院 野口""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="チャンネル文字のお見積もり依頼",
         body="""はじめてご連絡いたします。
美容室の外壁に、店名のチャンネル文字（立体の切り文字、内照式）を付けたいと考えています。

・店名：Lumière（8文字）
・1文字の高さ：40cm程度
・取り付け先：2階部分の外壁（タイル）

おおよその費用と、ご依頼から取り付けまでの期間を教えていただけますか。
現地調査が必要であれば、日程を調整いたします。

Lumière 代表 久保田""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="看板",
         body="看板のライトがつきません。見てもらえますか",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="承認後の色の変更について",
         body="""石田様

先週デザインを承認したばかりで申し訳ないのですが、
ロゴの緑をもう少し濃い色（DIC-xxx）に変更することはできますでしょうか。
社内で見直したところ、名刺の色と合わせたいという話になりました。

製作がすでに始まっている場合は、追加の費用がいくらになるかも教えてください。

株式会社リード不動産 桑原""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="1年で色あせた看板について",
         body="""昨年の１０月に作っていただいた看板ですが、
赤い部分がすでにピンク色になるほど色あせています。

見積もりの時には「屋外用のインクなので5年は持ちます」と説明を受けました。
1年でこの状態というのは、正直なところ納得できません。
作り直していただけるのか、費用はどうなるのか、お考えを聞かせてください。

写真を3枚添付します。

焼き鳥 とり正 店主""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="お支払い条件について",
         body="""ご担当者様

お世話になっております。
先日お見積もりいただいた看板の件、社内で決裁が下りましたので正式に発注いたします。

弊社の経理の都合上、お支払いは月末締め翌月末払いとさせていただきたいのですが、
御社の条件として問題ございませんでしょうか。
前払いが必要な場合は、その旨お知らせください。

株式会社アオバ薬局 総務 中島""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="看板のおかげです",
         body="""石田さん

春に作っていただいた看板、お客様から「かわいい看板ですね」とよく言われます。
看板を見て入ってきたという方も何人もいて、本当にお願いしてよかったです！

実は来年の春ごろ、入口の横に小さなメニュー看板も置きたいなと考えています。
まだぼんやりとした構想なので、落ち着いたときにでも、どんな感じのものができるか教えてください。

雑貨と喫茶 こもれび 河合""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="2号店の看板のご相談（まだ先の話です）",
         body="""お世話になっております。
来年の夏ごろに2号店を出す予定で、そのときの看板も御社にお願いしたいと考えています。

物件もまだ決まっておらず、具体的な話はこれからです。
とりあえず、前回と同じ仕様で作る場合のおおまかな金額だけ分かればと思っています。
お手すきの際で構いませんので、よろしくお願いいたします。

ベーカリー麦の穂 杉山""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Letter fell off the fascia sign",
         body="""Hi,

The "R" from our fascia sign (the cut-aluminium letters you fitted in June) came off last night and landed on a customer's parked car. Luckily nobody was standing there, and the damage to the car is a scratch, but two more letters are clearly loose and moving in the wind.

The landlord has told us that if it isn't made safe by Friday, he'll have the whole sign taken down and bill us for it. Can someone come out before then? I'm honestly worried another one drops on someone.

Karen Doyle
Doyle's Opticians""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="sign",
         body="How much for a sign like the bakery next door has",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="en", subject="Invoice BL-2231 charges installation twice",
         body="""Hello,

Invoice BL-2231 lists "Installation - 2 fitters, half day" twice, £380 each. There was one installation visit and it took about two hours. I'd appreciate a corrected invoice; I'm not paying for a visit that never happened, and frankly I'm surprised this got past whoever checks these.

Martin Hale
Hale & Co Solicitors""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="en", subject="Proof v2 - font size",
         body="""Hi Owen,

Thanks for proof v2. Could the phone number be about 20% bigger? From the car park it would be hard to read at the current size. Everything else is fine by us.

Best,
Rachel""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Window frosting",
         body="""Hello, do you also do frosted window film with a logo cut out? We're thinking about it for the meeting room sometime next year, nothing planned yet. Just wondering if it's something you offer.

Thanks,
Amir""",
         urgency="low", emotion="neutral", terse=False),
]
