# feed = livestock feed supplier, B2B to farms (配合飼料の販売・配送)
DOMAIN = "feed"

SJ = [
    ("次回の配合飼料は、11月18日の午前中に10トンをバルクタンクへ直接お届けします。", ""),
    ("原料価格の高騰により、来月から多少の値上げをお願いすることになります。", "V"),
    ("給与量を守っていただいていれば、このような下痢は起きないはずです。", "C"),
    ("納品の立ち会いには、必ず責任者が出ること。", "IR"),
    ("カビの原因になるので、開封した袋は必ず口を縛って保管してください。", "I"),
    ("配送ルートを木曜日に組むため、次回から、ご発注は前週の水曜日17時までにいただけますでしょうか。", ""),
    ("乳量が落ちた原因が飼料にあるのかどうかは、弊社では判断できません。", "U"),
    ("牛舎の換気の問題は、飼料メーカーが口を挟むことではございません。", "D"),
    ("サンプルを分析機関に出しましたので、カビ毒の検査結果は11月22日（金）に届き次第、その日のうちにお伝えします。", ""),
    ("配送トラックの到着は、午後の早い時間帯になる見込みです。", "V"),
    ("今回は私どもの配送計画の誤りでお届けが2日遅れ、申し訳ございませんでした。", ""),
    ("毎回同じご質問をいただきますが、成分表は袋の裏に印刷してございます。", "C"),
    ("トウモロコシの配合割合を5%下げた代わりに大豆かすを増やし、粗たんぱく質は従来と同じ16%に保っています。", ""),
]

SE = [
    ("Your next load, 24 tonnes of layer pellets, is scheduled for Tuesday between 7 and 9 a.m.", ""),
    ("Deliveries on unpaved roads carry a $35 surcharge per load, which covers the smaller truck we have to send.", ""),
    ("Since the new ration doesn't blend well with the old one, it would help if the silo were run down to empty before Tuesday's delivery.", ""),
    ("Don't feed the medicated batch to laying hens, because the withdrawal period would make their eggs unsaleable.", "I"),
    ("We can't say whether the feed had anything to do with the drop in egg production.", "U"),
    ("How you mix our pellets with other brands is your business.", "D"),
    ("If you'd stored the bags off the floor like we told you, the mould wouldn't be there.", "C"),
]

DJ = [
    ("【お詫び】11月15日の配送遅れについて",
     """大和牧場
大和 様

北央飼料の配送担当、小松です。
11月15日にお届けする予定だった肥育牛用の配合飼料が、翌16日の到着となりました。餌やりの時間を変えていただくなど、大変なご迷惑をおかけし、申し訳ございません。

原因は、当社の配送計画表に大和牧場様の便が入力されておらず、トラックが手配されていなかったことです。

16日の午前6時に臨時便で10トンをお届けし、タンクの残量も確認いたしました。臨時便の運賃はいただきません。

今後は、計画表を作成した翌朝に、受注一覧と突き合わせる確認を配送課の2名で行います。

北央飼料株式会社 配送課
小松 大輔
""", ""),
    ("誤配送のお詫び",
     """鈴木養豚場
鈴木 様

北央飼料の小松です。
昨日、肥育豚用の飼料をご注文いただいていたところ、子豚用の飼料をお届けしてしまいました。誠に申し訳ございません。

原因は、同じ日に近隣の農場へ子豚用を配送する予定があり、積み込みの際に伝票を取り違えたことです。
本日午前中に正しい飼料をお届けし、誤ってお届けした分は同じトラックで回収いたしました。

北央飼料株式会社 配送課
小松 大輔
""", "A"),
    ("来期の価格についてのご案内",
     """{農場名} 御中

北央飼料株式会社の営業部です。
来期（4月〜9月）の配合飼料の価格についてご案内いたします。

乳牛用配合飼料（18%）：XX円／トン
肥育牛用配合飼料：XX円／トン

価格は、トウモロコシの先物相場と為替をもとに、3月10日に確定いたします。

北央飼料株式会社 営業部
""", "P"),
    ("【ご確認のお願い】4月からの配合飼料の価格改定（3月10日まで）",
     """有限会社みどり酪農
代表取締役 佐々木 様

北央飼料営業部の森田です。
4月出荷分から乳牛用配合飼料の価格を改定いたしますので、新しい価格のご確認をお願いいたします。

乳牛用配合飼料（18%）：1トンあたり 78,400円（現行 75,200円、3,200円の値上げ）

トウモロコシの輸入価格が前年より12%上がったことが理由です。値上げ幅を抑えるため、当社の物流費の一部は価格に反映しておりません。

この価格でご継続いただけるかどうか、4月の配送計画を組むため、3月10日（月）までにご返信いただけますでしょうか。数量の見直しや、価格を抑えた配合へのご変更もご相談に応じます。

北央飼料株式会社 営業部
森田 恵
""", ""),
]

DE = [
    ("Autumn update from Prairie Mill",
     """Hi Tom,

What a harvest it's been! Corn yields across the county were up almost 9% on last year, and our new pellet line has now been running for three full months. We've also welcomed two new drivers to the team, so many of you will be seeing new faces at the farm gate this winter.

Before the cold sets in, we'd like to schedule your winter delivery dates. Please reply with the weeks that suit you by 30 October so we can plan the trucks.

All the best,
Karen
Prairie Mill Feeds
""", "N"),
]

MJ = [
    ("飼料が届いていません",
     """北央飼料　小松様

今日の午前中に届く予定だった肥育豚用の飼料が、15時を過ぎてもまだ届きません。
タンクの残りは今夜の給餌分でほぼなくなります。
400頭いるので、明日の朝の分がないと大変なことになります。
トラックが今どこにいるのか、今日中に届くのか、教えてください。
携帯　090-1172-4490

鈴木養豚場　鈴木
""", "high", "anxious", False),
    ("先週納品分の飼料について（3度目の連絡）",
     """北央飼料　ご担当者様

先週木曜日に納品された乳牛用飼料に切り替えてから、牛が次々に食欲を落とし、3頭が下痢をしています。
獣医からはカビ毒の可能性があると言われました。
この件で月曜と火曜にお電話し、ロット番号と検査記録をお願いしましたが、まだ何も届いていません。
毎日牛の具合が悪くなっていく中で、返事すらないのはどういうことでしょうか。
本日中に検査記録を送ってください。残りの飼料も使ってよいのか判断がつきません。

みどり酪農　佐々木
""", "high", "angry", False),
    ("雪による通行止めについて",
     """小松様

お世話になっております。高原ファームの西村です。
昨夜からの大雪で、農場に続く町道が今朝から通行止めになっています。
町の除雪は早くて明後日になる見込みだそうです。
明日配送予定の飼料ですが、手元の在庫は明日の夕方の分までしかありません。
国道沿いの倉庫までなら軽トラで取りに行けますので、そちらで受け取る形に変更できないでしょうか。
今日の夕方までにご相談できれば助かります。

高原ファーム　西村
""", "high", "neutral", False),
    ("有機飼料の見積もり依頼",
     """お世話になります。
来年から採卵鶏の一部（2,000羽）を有機飼育に切り替えることを検討しています。
有機JAS対応の飼料を扱っていれば、見積もりをいただけますか。
月の使用量は6トン前後を想定しています。

ひなた養鶏場　岡
""", "normal", "neutral", False),
    ("請求金額が見積もりと違います",
     """北央飼料　営業部御中

10月分の請求書ですが、トンあたりの単価が、9月にいただいた見積書より2,000円高くなっています。
値上げの連絡は一切受けていません。
毎月20トン使っているので、4万円の差です。
こちらが確認しないと思って黙って上げたのだとしたら、今後の取引も考え直さざるを得ません。
説明をお願いします。

大和牧場　大和
""", "normal", "angry", False),
    ("先週のやつ",
     """先週のやつ、どうなった？
""", "normal", "neutral", True),
    ("父の牧場を継ぐことになりました",
     """北央飼料　森田様

突然のご連絡失礼いたします。佐藤牧場の佐藤健一の息子の佐藤翔です。
父が体調を崩し、来月から私が牧場の管理をすることになりました。
これまで飼料のことはすべて父がやっていたので、何をどれだけ頼んでいるのかも把握できていません。
乳量を落とさずに引き継げるのか正直不安です。
一度、今の配合や発注の流れを教えていただく時間をいただけないでしょうか。

佐藤 翔
""", "normal", "anxious", False),
    ("配送曜日の変更",
     """お世話になっております。
来月から、配送日を火曜から木曜に変えてもらうことはできますか。
従業員の休みの都合です。

ひなた養鶏場　岡
""", "normal", "neutral", False),
    ("袋について",
     """いつもお世話になっております。
最近変わった新しい袋ですが、口の縫い目がほどきにくく、毎回ハサミを使っています。
前の袋のほうが開けやすかったので、次に袋を変えることがあれば参考にしてください。
特にお返事は不要です。

高原ファーム　西村
""", "low", "neutral", False),
    ("勉強会のお礼",
     """森田様

先日の乳牛栄養の勉強会、大変勉強になりました。ありがとうございました。
特に乾乳期の飼い方の話は、さっそくうちでも取り入れています。
来年も同じような会があれば、ぜひ参加させてください。日程が決まってからのご案内で十分です。

みどり酪農　佐々木
""", "low", "positive", False),
]

ME = [
    ("Medicated feed delivered to our organic unit",
     """Karen,

This morning's delivery to our organic broiler shed was your medicated starter (the ticket says MS-20), not the certified organic starter we ordered. Our staff didn't check the ticket and about 300 kg has already gone into the feeders.

Our organic certification audit is on Thursday. If medicated feed is found in the system we could lose certification for this flock, which is our whole contract with the co-op. I need the rest of the bin emptied and collected today, and written confirmation of what was in that load.

Please ring me on 0412 555 019.

Tom Hadley
Hadley Farms
""", "high", "anxious", False),
    ("Your driver and my gate",
     """Your driver reversed into my front gate yesterday afternoon, bent the post, and drove off without a word. I only know because my neighbour saw it. It's now held shut with baling twine.

I've been buying from you for eleven years. I'd like to know how you plan to fix this.

Bill Morrow
""", "normal", "angry", False),
    ("Quote for calf starter",
     """Hello,

Could you quote for 4 tonnes a month of calf starter pellets, delivered to Glenbrook Road, starting in February? We'd prefer bulk rather than bags if the price works out.

Thanks,
Jess Cavanagh
""", "normal", "neutral", False),
    ("Order",
     """same as last time but different
""", "normal", "neutral", True),
    ("Nutrition day next year?",
     """Hi Karen,

Are you planning another dairy nutrition day next year? A couple of the younger farmers in our discussion group would like to come. Nothing urgent - just let us know once there's a date.

Sue
""", "low", "neutral", False),
]
