# petsearch = lost-pet search service: field searches, night watches with traps and cameras, posters, sighting hotline
# (ja: まいごペット探偵社 / en: Homeward Pet Search)
DOMAIN = "petsearch"

SENTENCES = [
    ("ja", "捜索は明日の朝7時から始め、初日はご自宅から半径300mの範囲を重点的に回ります。", []),
    ("ja", "普段使っている猫砂を、玄関の外に置いてください。", ["imperative", "request_without_reason"]),
    ("ja", "見つかる見込みについては、正直なところ何とも言えません。", ["unknown_without_followup"]),
    ("ja", "脱走防止をしていなかったのですから、こうなるのも無理はありません。", ["condescending"]),
    ("ja", "捜索費用は1日25,000円で、4日目からは1日20,000円になります。", []),
    ("ja", "チラシに載せる電話番号は、当社の受付番号にすることもできます。ご自宅の番号を知られたくない場合はお申し付けください。", []),
    ("ja", "ほかの探偵社で見つからなかった案件は、お受けしておりません。", ["dismissive"]),
    ("ja", "目撃情報が入りましたら、折を見てお知らせします。", ["vague"]),
    ("ja", "夜間の張り込みをご近所の方に不審に思われないよう、事前に自治会長さんへひと声かけていただけますか。", []),
    ("ja", "持病のお薬が切れる前に見つけられるかどうかは、わかりません。", ["unknown_without_followup"]),
    ("ja", "保健所と警察への届け出は、今日中にご自身で済ませてください。", ["imperative", "request_without_reason"]),
    ("ja", "見つからなくても費用はお返しできませんので、そのつもりでいてください。", ["condescending", "imperative"]),
    ("ja", "ご家族がご心配なのはもっともですので、毎晩21時に、その日回った範囲と手がかりを写真付きでご報告します。", []),
    ("ja", "保護された猫は、脱水を防ぐため、今夜は少量の水だけを与えて様子を見ていただけますか。明朝9時に提携の動物病院の予約を取ってあります。", []),
    ("en", "Leaving his bed and an unwashed T-shirt of yours by the back door tonight can help, because familiar smells are what most often draw a hiding dog home.", []),
    ("en", "We'll be in touch at some stage with an update.", ["vague"]),
    ("en", "With respect, a dog that was properly trained wouldn't have bolted at the fireworks.", ["condescending"]),
    ("en", "We can't say whether the sighting on Elm Road was your cat.", ["unknown_without_followup"]),
    ("en", "Our search fee is £180 per day, which includes printing 200 posters, and we only invoice for days actually worked.", []),
    ("en", "Whether the council pays for microchip checks isn't our concern.", ["dismissive"]),
    ("en", "If you can, please leave the garage door open a crack overnight: frightened cats often hide in garages and will slip back into one they know.", []),
]

DRAFTS = [
    ("ja", "捜索開始のご案内（ミケちゃん）",
     """川村様

まいごペット探偵社の小田です。
ミケちゃんの捜索を、明日11月14日（木）朝7時から開始いたします。
初日の予定と、ご自宅でお願いしたいことをお知らせします。

【初日の予定】
7:00〜12:00　ご自宅から半径300mの聞き込みと、物陰・床下の確認
13:00〜16:00　チラシ300枚の配布とポスター掲示（掲示の許可は当社で取ります）
19:00〜翌2:00　暗視カメラと捕獲器を2か所に設置し、張り込み

【ご自宅でお願いしたいこと】
・ミケちゃんが普段使っている猫砂を、ひとつかみ玄関の外に置いていただけますか。自分のにおいを頼りに戻ってくる猫が多いためです。
・夜は、家の明かりをひとつ点けたままにしていただけますか。暗い中でも家の位置がわかり、戻りやすくなります。

その日の結果は、毎晩21時にメールで写真付きでご報告します。

まいごペット探偵社
小田 拓海
090-0000-0000（捜索中はこちらへ）
""", []),
    ("ja", "ご依頼の件について",
     """森様

まいごペット探偵社です。
ご依頼のチワワ（ココちゃん）の件、承知いたしました。

正直に申し上げると、リードを付けずにお散歩されていたのであれば、
逃げてしまうのはある意味当然のことです。
捜索は準備ができしだい開始いたします。
費用は状況によって変わりますので、終わった段階でご請求いたします。

まいごペット探偵社
""", ["condescending", "vague"]),
    ("ja", "ミケちゃん発見のご報告と精算について",
     """川村様

まいごペット探偵社の小田です。
昨夜は本当によかったです。ミケちゃんを無事にお返しでき、私たちもほっとしています。

発見の経緯を改めてご報告します。
11月16日の午前1時10分ごろ、ご自宅から北に120mの空き家の物置に設置した捕獲器に入りました。
けがはありませんでしたが、体重が400gほど減っていたため、本日、提携の動物病院で診ていただく予約を取っています（費用は病院に直接お支払いください）。

精算は以下のとおりです。
捜索 3日間 × 25,000円 = 75,000円
チラシ印刷・配布 300枚 = 12,000円
合計 87,000円（税込）

請求書を添付しました。11月30日までに、記載の口座へお振り込みいただけますでしょうか。
電柱などに貼ったポスターは、明日中に当社ですべて回収いたします。

まいごペット探偵社
小田 拓海
""", []),
    ("en", "Missed night watch on Tuesday",
     """Dear Mr Patel,

I'm very sorry that nobody from our team came for the night watch on Tuesday, as we had agreed. You and your family stayed up waiting, and Biscuit may well have come by the garden that night.

The reason was a scheduling error on our side: Tuesday's watch was entered in our system for the following week, so no searcher was assigned.

We have already done two extra nights at no charge, on Wednesday and Thursday, and last night's camera picked Biscuit up at 2:40 am by the shed two gardens down. We'll put the humane trap there from tonight.

Kind regards,
Rachel Dunn
Search Coordinator, Homeward Pet Search
""", ["apology_incomplete"]),
]

MAILS = [
    ("ja", "糖尿病の猫が脱走しました",
     """まいごペット探偵社さま

今朝6時ごろ、網戸を破って猫（オス、13歳、キジトラ）が外に出てしまいました。
糖尿病で、朝晩インスリンを打っています。今朝の分はまだです。
獣医さんからは「丸一日打たないと危ない」と言われています。

近所を3時間探しましたが見つかりません。
今日から捜索をお願いできますか。料金はいくらかかっても構いません。
写真はたくさんあります。電話が混み合っていたのでメールしました。

世田谷区○○　山下 千夏（090-0000-0000）
""", "high", "anxious", False),
    ("ja", "昨夜の張り込みについて（二度目の連絡です）",
     """まいごペット探偵社　小田様

昨夜19時から張り込みをしていただく約束でしたが、どなたもいらっしゃいませんでした。
22時と今朝7時に携帯に電話しましたが、つながらず、折り返しもありません。

猫がいなくなって今日で５日目です。
夜の張り込みがいちばん大事だと言ったのは、そちらですよね。
今夜は本当に来ていただけるのか、来られないなら昨日の分の料金はどうなるのか、
今日の昼までにお返事ください。

川村
""", "high", "angry", False),
    ("ja", "チラシの掲示について市役所から連絡がありました",
     """まいごペット探偵社　ご担当者様

お世話になっております。捜索をお願いしている原田です。
本日、市の道路管理課から電話があり、電柱やガードレールに貼られている迷子犬のポスターが
無許可の掲示にあたるため、明日11月22日の17時までに撤去するよう言われました。
撤去しない場合は、屋外広告物条例違反として手続きを進めると言われています。

御社から「掲示の許可は当社で取ります」と伺っていたのですが、どうなっているでしょうか。
期限までに撤去していただくか、許可が取れているのであれば、市役所にご説明いただけますでしょうか。

原田 俊
""", "high", "neutral", False),
    ("ja", "請求額について",
     """小田様

先日は猫を見つけていただき、ありがとうございました。
ただ、届いた請求書を見て驚きました。
最初にいただいた見積もりは「３日間で６万円前後」でしたが、請求は９万７千円になっています。
夜間の延長料金が入っているようですが、延長するという話は聞いていません。
勝手に延長して請求するのはおかしくないですか。
内訳を説明してください。

三好
""", "normal", "angry", False),
    ("ja", "捜索終了後のことについて",
     """お世話になりました。
５日間探していただきましたが、ナナは見つからないまま、捜索期間が終わりました。
自分でも探し続けたいのですが、何をすればいいのかわかりません。
夜に名前を呼びながら歩くのは意味があるのでしょうか。
もう戻ってこないのではと思うと、夜も眠れません。
何か、できることを教えていただけないでしょうか。

藤原 美咲
""", "normal", "anxious", False),
    ("ja", "料金について",
     """こんにちは。
実家の母から、外飼いの猫が昨日の夕方から戻らないと連絡がありました。
これまでも２、３日ふらっといなくなることがあった子なので、
母はもう少し様子を見るつもりのようです。
もし週末になっても戻らなければお願いしたいと思っているので、
猫の捜索の料金と、どんなことをしていただけるのかを教えてください。
実家は埼玉県の川越市です。

井上 亜紀
""", "normal", "neutral", False),
    ("ja", "見つかりますか",
     """見つかりますか？
""", "normal", "anxious", True),
    ("ja", "見つかりました！！",
     """小田さん、見つかりました！！
今朝、庭の物置の前でちょこんと座っていました。
教えていただいたとおり、毎晩ごはんと猫砂を外に置いておいたのがよかったんだと思います。
本当に、本当にありがとうございました。
今日の捜索はもう大丈夫です。請求書を送っていただければ、すぐにお振り込みします。

田口 真紀
""", "normal", "positive", False),
    ("ja", "迷子予防の講座について",
     """自治会で、ペットの迷子予防についての勉強会を開きたいという話が出ています。
講師として来ていただくことはできますか。
時期は来年度のどこかで、まだ何も決まっていません。
概要と謝礼の目安を、お時間のあるときに教えていただければ幸いです。

若葉台自治会　宮崎
""", "low", "neutral", False),
    ("ja", "お礼",
     """チロ、無事に家に戻って元気にしています。本当にありがとうございました！
""", "low", "positive", False),
    ("en", "Old dog missing since last night's storm",
     """Hello,

Our 14-year-old collie, Bramble, got out of the garden during last night's thunderstorm and hasn't come back. She's partially deaf, has a heart condition and is on tablets twice a day; she's already missed this morning's dose. It's supposed to drop below freezing tonight.

We've walked the fields and lanes since 5 am with no sign. Can you get a team out to us today? We're near Ludlow. Price isn't the issue, we just want her home.

Mark and Helen Rowe
07700 900123
""", "high", "anxious", False),
    ("en", "Paid for three days, you came for one",
     """Rachel,

We paid £540 upfront for a three-day search starting Friday. Your searcher came on Friday, said he'd be back Saturday morning, and that's the last we've seen of anyone. I rang on Saturday and Sunday and emailed twice. No reply.

Our cat has now been missing nine days. I'd like either the two days we paid for to happen starting tomorrow, or £360 back by Wednesday. And an explanation.

Dev Patel
""", "high", "angry", False),
    ("en", "Do you use thermal drones?",
     """Hi,

We live right next to a big stretch of woodland and our cat is a bit of an escape artist. If she ever does go missing, do you use thermal imaging drones, and is that included in the day rate or extra? Trying to work out what we'd do before it happens.

Thanks,
Ana
""", "normal", "neutral", False),
    ("en", "Question about the invoice",
     """Hello,

Thank you again for finding Pepper. The invoice has a line for "trap hire - 4 nights", but I think the trap was only out for three. Could you check? Happy to pay whatever's correct.

Best,
Lorna Fitch
""", "normal", "neutral", False),
    ("en", "Talk for our village pet club",
     """Hi there,

Our village pet club meets monthly and members would love a short talk on keeping cats from getting lost. Is that something you do? We're planning next year's programme, so any time in the spring or summer would work.

Thanks,
June Marsh
""", "low", "neutral", False),
]
