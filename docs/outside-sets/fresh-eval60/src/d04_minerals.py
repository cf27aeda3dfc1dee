# minerals = dealer in mineral and fossil specimens (mail order, mineral shows, school teaching sets)
# (ja: 鉱物標本ジオラボ / en: Stratum Minerals & Fossils)
DOMAIN = "minerals"

SENTENCES = [
    ("ja", "燐灰ウラン石はごく弱い放射線を出しますが、当店でお送りする標本は、表面で毎時0.5マイクロシーベルト以下のものに限っております。", []),
    ("ja", "鉱物に詳しい方なら、写真を見ればおわかりいただけるかと思いますが、これは天然の色です。", ["condescending"]),
    ("ja", "産地証明書は、輸入元から原本が届きましたらお送りします。", ["vague"]),
    ("ja", "輸出許可が必要な化石かどうかは、こちらでは判断できかねます。", ["unknown_without_followup"]),
    ("ja", "箱を開けたときの状態がわかるよう、梱包材ごと写真を3枚ほど撮っていただけますか。運送会社に補償を請求する際に必要になります。", []),
    ("ja", "割れた標本は、元の箱に入れて返送すること。", ["imperative", "request_without_reason"]),
    ("ja", "授業でお使いになる標本セット30組は、12月3日（水）必着で発送できます。", []),
    ("ja", "そもそも化石は割れやすいものですので、届いた時点で多少欠けているのは珍しくありません。", ["condescending", "dismissive"]),
    ("ja", "お手元の標本の重さを量って、グラム単位で教えてください。", ["imperative", "request_without_reason"]),
    ("ja", "ご指摘のとおり、ラベルの産地が誤っておりました。正しくはモロッコのエルフードで、訂正したラベルを本日お送りしました。", []),
    ("ja", "ほかのお店で買われた標本の鑑定はお断りしております。", ["dismissive"]),
    ("ja", "この件は担当が不在のため、わかりません。", ["unknown_without_followup"]),
    ("en", "We'd suggest keeping the uranium-bearing pieces in their sealed box and washing your hands after handling them, as that keeps any dust off your skin.", []),
    ("en", "The invoice will include a modest handling charge.", ["vague"]),
    ("en", "I'm afraid I can't tell you whether customs will hold the parcel.", ["unknown_without_followup"]),
    ("en", "We've refunded the full £86.40 to your card today; banks usually show it within three to five working days.", []),
    ("en", "Send us the original packaging.", ["imperative", "request_without_reason"]),
]

DRAFTS = [
    ("ja", "燐灰ウラン石の保管方法について（ご質問への回答）",
     """岡田様

鉱物標本ジオラボの内藤です。
お求めいただいた燐灰ウラン石の保管について、ご質問にお答えします。

お送りした標本は、ケースの表面で毎時0.3マイクロシーベルトでした。
これは、東京からニューヨークへ飛行機で1往復したときに浴びる量を、
およそ300時間ケースのそばにいて初めて超える程度の値です。

それでも長く手元に置かれる場合は、次のようにしていただくと安心です。
・付属の密閉ケースに入れたまま、寝室や子ども部屋以外の棚に置く
・ケースから出して触ったあとは手を洗う（表面の細かな粉が手に付くことがあるため）

ほかにご不安な点があれば、このメールにそのままご返信ください。
測定値の記録票が必要でしたら、PDFでお送りします。

鉱物標本ジオラボ
内藤 誠
""", []),
    ("ja", "ラベルの産地表記の誤りについて",
     """森下様

鉱物標本ジオラボの内藤です。
11月15日にお送りした三葉虫の化石のラベルで、産地を「ボリビア」と記載しておりましたが、
正しくは「モロッコ・エルフード」でした。

原因は、同じ日に入荷した2つのロットのラベルを、登録作業の際に取り違えたことです。
本日、正しいラベルと、産地を記した証明書を郵送いたしました。
今後は、ラベルを印刷する前に、入荷時の仕入れ伝票と照合する作業を2人で行うことにいたしました。

引き続きよろしくお願いいたします。

鉱物標本ジオラボ
内藤 誠
""", ["apology_incomplete"]),
    ("ja", "ジオラボ通信　冬号",
     """ジオラボのお客様各位

いつも鉱物標本ジオラボをご愛顧いただき、ありがとうございます。
今年も残すところわずかとなりました。

この秋は、ブラジルのミナスジェライス州から良質な電気石がまとまって入荷し、
店頭でもたいへんご好評をいただいております。
また、恒例の「冬の化石フェア」を1月25日〜26日に開催いたします。

なお、フェアに出展をお申し込みいただいた皆様は、出展料のお振り込みを12月20日までにお願いしております。
期日を過ぎますと、ブースの割り当てができなくなりますのでご注意ください。

来年も皆様に素晴らしい標本をお届けできるよう努めてまいります。

鉱物標本ジオラボ
""", ["purpose_not_upfront"]),
    ("en", "Your order of 30 rock and mineral teaching sets",
     """Dear Ms Adebayo,

Thank you for your order of 30 Key Stage 3 teaching sets for Hollins Park School.

The sets will be dispatched on Monday 25 November by tracked courier and should arrive by Wednesday 27 November, well ahead of your 2 December lesson. Each set contains 12 labelled specimens, a hand lens and an identification card, all packed in a foam-lined box.

The invoice (£1,140.00, no VAT as the school is exempt on educational supplies) is attached and is payable within 30 days of delivery. If any set arrives damaged, a photo by email is enough for us to send a replacement specimen the same day.

With best wishes,
Tom Haines
Stratum Minerals & Fossils
""", []),
    ("en", "Loan agreement for the ichthyosaur specimen",
     """Dear Dr Kaur,

As discussed, please find attached the loan agreement for the ichthyosaur vertebra series (Stratum ref. F-1182) for the exhibition at [MUSEUM NAME].

The loan period runs from 3 February to 28 April, and we will deliver the specimens on 30 January. Insurance is covered under your institution's policy at the agreed value of £6,500.

Could you sign and return the agreement by 20 January, so that we can book the specialist courier in time for the 30 January delivery?

Kind regards,
Tom Haines
Stratum Minerals & Fossils
""", ["placeholder_left"]),
]

MAILS = [
    ("ja", "燐灰ウラン石を子ども部屋に置いていました",
     """ジオラボ様

先月そちらで買った燐灰ウラン石（黄緑色のもの）について教えてください。
放射線が出る石だということを知らずに、小学生の息子の部屋の机に、ケースから出して飾っていました。
息子は毎日のように手に取っていて、もしかしたらなめたこともあるかもしれません。
今日ネットで調べて青くなりました。
子どもの体に影響はないのでしょうか。病院に行ったほうがいいのか、
石はどう処分すればいいのか、教えてください。

大塚 瞳
""", "high", "anxious", False),
    ("ja", "落札品が届きません（三度目のご連絡です）",
     """ジオラボ 御中

10月のネットオークションで落札した菱マンガン鉱（出品番号A-0317、48,000円）の件です。
10月21日に入金し、振込の控えもお送りしました。
10月30日と11月8日にメールでお問い合わせしましたが、どちらもお返事がありません。

発送されたのかどうかもわからない状態です。
今週中にご連絡がなければ、返金を求めて然るべきところに相談します。

岩崎 恭平
""", "high", "angry", False),
    ("ja", "標本セットの数が足りません",
     """鉱物標本ジオラボ　ご担当者様

○○市立第二中学校　理科の山口です。
本日、標本セット30組が届く予定でしたが、箱を開けたところ20組しか入っていませんでした。
納品書は30組となっています。

明日12月3日の1時間目から、1年生3クラスで岩石の観察を行う予定です。
不足の10組が明日の朝までに揃わないと、1クラス分の授業ができません。
今日中に何らかのご連絡をいただけますでしょうか。
職員室の電話は17時まで、それ以降は下の携帯にお願いします。

山口 修（携帯 080-0000-0000）
""", "high", "neutral", False),
    ("ja", "水晶の先端が欠けていました",
     """本日届いたブラジル産水晶ですが、一番きれいな先端部分が欠けていました。
箱を開けたら、新聞紙が１枚入っているだけで、
標本が箱の中で動き回っていたようです。
１万２千円も払った標本です。こういう梱包でいいと思っているのでしょうか。
交換か返金か、どちらかでお願いします。
写真は添付のとおりです。
""", "normal", "angry", False),
    ("ja", "隕石の真贋について",
     """先日、ミネラルショーのブースでギベオン隕石を購入しました（38,000円）。
家に帰って調べると、偽物もたくさん出回っていると知り、不安になっています。
お店を疑うようで申し訳ないのですが、本物であることの証明書のようなものは
いただけないでしょうか。
自分のお小遣いを貯めて買ったもので、どうしても気になってしまいます。

高橋 涼
""", "normal", "anxious", False),
    ("ja", "コレクションの買取について",
     """突然のご連絡失礼します。
亡くなった父が集めていた鉱物標本が、段ボールで８箱ほどあります。
価値がわかる方に引き取っていただきたいと思っているのですが、
御社で買取はされていますか。
されている場合、出張で見ていただけるのか、送るべきなのか教えてください。
場所は長野県松本市です。

小林 典子
""", "normal", "neutral", False),
    ("ja", "この石",
     """これなんですか？
""", "normal", "neutral", True),
    ("ja", "蛍石、届きました！",
     """ジオラボの内藤さま

昨日、中国産の蛍石が届きました。
写真で見るよりずっと透明感があって、部屋の明かりを消してブラックライトを当てたら、
家族みんなで声を上げてしまいました。丁寧な梱包にも感謝しています。

同じ産地の緑色のものがあれば、もう一つ欲しいです。
在庫があるか教えていただけますか。

西田 昌代
""", "normal", "positive", False),
    ("ja", "来年のミネラルショーの日程",
     """いつも楽しく拝見しています。
来年の春のミネラルショーの日程はもう決まっていますか？
決まっていなければ、決まったときで大丈夫です。
有給を取って行きたいので、わかったら教えてください。
""", "low", "neutral", False),
    ("ja", "ラベルの英語表記についての提案",
     """標本ラベルについての小さな提案です。
海外の友人に標本を譲ることがあるのですが、ラベルが日本語だけなので、
産地と鉱物名だけでも英語が併記されていると助かります。
今後ラベルを作り直す機会があれば、ご検討いただければ幸いです。
特にご返信は不要です。

田島
""", "low", "neutral", False),
    ("en", "Fossil held at customs - export papers needed by Friday",
     """Hello Stratum,

The Dactylioceras ammonite plate I bought from you (invoice ST-3391, £640) has been held by US Customs since 18 November. They're asking for a copy of the export documentation and a certificate of origin, and the notice says that if they don't have it within five business days the parcel will be returned or destroyed. That's this Friday.

I emailed you on the 19th and the 21st and heard nothing. I'm not paying £640 to have it crushed in a warehouse. Please send me the paperwork or send it straight to the broker (details below) today.

Customs broker: Ridgeline Brokerage, ref. RB-88102
Dan Whitfield
""", "high", "angry", False),
    ("en", "Is my trilobite real?",
     """Hi,

I bought the Elrathia trilobite (listed as "Moroccan, natural, unrestored") for my son's 12th birthday. It cost $350, which is a lot for us. A member of his fossil club looked at it and said it might be a cast, and now my son is upset and I don't know who to believe.

Is there any way you can confirm it's genuine? Would you take it back if it isn't? I'm not trying to cause trouble, I just want to know.

Natalie Brooks
""", "normal", "anxious", False),
    ("en", "Acrylic display stands",
     """Hi there,

Do you sell the small acrylic stands you had the geodes on at the Tucson show? I'd need about ten, for specimens between 5 and 10 cm. Prices would be helpful.

Regards,
Kenji Morales
""", "normal", "neutral", False),
    ("en", "the one from the show",
     """how much was the one from the show
""", "normal", "neutral", True),
    ("en", "Pyrite arrived",
     """Parcel arrived safe and sound - the pyrite cube is gorgeous. Thanks so much! Fiona
""", "low", "positive", False),
]
