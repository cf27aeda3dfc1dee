# prefab = modular cabin and site-office hire (ベース建機リース / Base Cabin Hire)
from common import s, d, m

DOMAIN = "prefab"

SENTENCES = [
    s("ja", "設置場所の地盤が軟らかいと傾くおそれがあるため、事前に現地を確認させていただけますでしょうか。"),
    s("ja", "搬入経路の幅を測って送ってください。", ["imperative", "request_without_reason"]),
    s("ja", "エアコンの追加は、若干の追加料金で対応可能です。", ["vague"]),
    s("ja", "図面の3ページ目にありますとおり、トイレユニットは含まれておりませんが、必要でしたら月額22,000円で追加できます。"),
    s("ja", "返却時の傷をどこまで修理費の対象にするかは、こちらでは何とも言えません。", ["unknown_without_followup"]),
    s("ja", "クレーンの手配はお客様側の問題ですので、当社は関知いたしません。", ["dismissive"]),
    s("ja", "返却が1日でも遅れたら、1か月分の賃料をいただきますからね。", ["condescending"]),
    s("ja", "2棟連結タイプは、4月15日から9月30日まで月額148,000円（税別）でご利用いただけます。"),
    s("ja", "見積書は近日中にお送りいたします。", ["vague"]),
    s("ja", "現場の写真を何枚か撮って送っていただけますか。", ["request_without_reason"]),
    s("ja", "設置工事は4月10日（木）の9時に始め、同日15時ごろに終わる見込みです。"),
    s("ja", "前回も同じご質問をいただいておりますが、電気の引き込み工事はお客様の手配です。", ["condescending"]),
    s("ja", "停電の原因が電力会社の設備か当社の分電盤かは、まだ切り分けられていませんが、本日16時に技術者が現地で確認し、18時までにお電話でご報告します。"),
    s("en", "Clear the site before our truck arrives.", ["imperative", "request_without_reason"]),
    s("en", "Ground levelling is your contractor's job, not ours.", ["dismissive"]),
    s("en", "Since you signed the hire agreement, you should already know the return terms.", ["condescending"]),
    s("en", "The cabin will be delivered on Monday 3 March between 7 and 9 am; the crane needs a clear 4 m path, so please move any skips beforehand."),
    s("en", "Can't say yet, we'll let you know in a while.", ["unknown_without_followup", "vague"]),
    s("en", "Weekly hire of the two-bay welfare unit is £310 plus VAT, including one service visit."),
]

DRAFTS = [
    d("ja", "ユニットハウス設置日のご案内",
      "株式会社大和建設\n工事部 {担当者名} 様\n\nお世話になっております。ベース建機リースの中村です。\n"
      "ご注文いただいた現場事務所（2棟連結）の設置日が決まりましたので、ご案内いたします。\n\n"
      "・設置日：4月10日（木）9時〜15時\n・場所：{現場住所}\n・搬入車両：4t ユニック車2台\n\n"
      "当日は車両が現場に入れるよう、入口付近の資材の移動をお願いできますでしょうか。\n\nベース建機リース 中村\n",
      ["placeholder_left"]),
    d("ja", "雨漏りのご連絡について",
      "大和建設　工事部　吉岡様\n\nベース建機リースの中村です。\n"
      "お貸ししている現場事務所で雨漏りが発生し、書類を濡らしてしまったとのこと、大変申し訳ございませんでした。\n\n"
      "確認したところ、屋根の継ぎ目のシーリングが劣化していたことが原因でした。\n"
      "本日、屋根の継ぎ目を全面的に打ち直し、散水試験で水が入らないことを確かめております。\n"
      "今後は、貸し出し前の点検項目にシーリングの状態を加え、築5年以上のユニットは出荷前に必ず打ち直します。\n\n"
      "濡れてしまった書類の複製費用などがございましたら、ご請求ください。\n\nベース建機リース 中村 剛\n"),
    d("ja", "ご連絡",
      "吉岡様\n\nいつもお世話になっております。ベース建機リースの中村です。\n"
      "先日は現場をご案内いただき、ありがとうございました。大きな現場で、職人さんたちの活気に圧倒されました。\n"
      "当社でも今年から新型の断熱ユニットを導入し、夏場の事務所内の温度が従来より5度ほど下がると好評をいただいております。\n"
      "また機会があればご紹介させてください。\n\n"
      "なお、現在お貸ししているユニットの契約が今月末で切れますので、延長されるかどうかを25日までにお知らせください。\n\nベース建機リース 中村\n",
      ["purpose_not_upfront"]),
    d("en", "Hire extension: please confirm by 25 June",
      "Hi Gareth,\n\nThe hire of the two site cabins at Mill Road ends on 30 June. If you'd like to keep them longer, could you let us know by 25 June? "
      "Our crane is booked for collections that week, and after the 25th we can't guarantee the units won't be allocated to another site.\n\n"
      "An extension costs the same weekly rate (£310 per unit plus VAT), with no minimum period.\n\nBest,\nTakeshi Nakamura\nBase Cabin Hire\n"),
    d("en", "Heater fault at Mill Road",
      "Hi Gareth,\n\nSorry about the heater in the welfare cabin failing on Monday — that must have been a cold morning for your crew.\n\n"
      "Our engineer swapped in a new heater on Tuesday, and we've credited two days' hire on your next invoice.\n\n"
      "Kind regards,\nTakeshi\n",
      ["apology_incomplete"]),
]

MAILS = [
    m("ja", "強風でユニットハウスが動いています",
      "ベース建機リース　中村様\n\n現在、台風の接近で風が強くなっており、お借りしている現場事務所の片側が浮き上がるように揺れています。\n"
      "アンカーの1本が外れているように見えます。\n中に作業員はいませんが、隣は住宅で、倒れたら大変なことになります。\n"
      "今夜のうちに対応していただけるかどうか、すぐにお電話ください。\n\n大和建設　現場代理人　吉岡\n090-5555-0155\n",
      "high", "anxious"),
    m("ja", "【3回目】仮設トイレ付きユニットの件",
      "ベース建機リース御中\n\n先週の月曜、水曜と2回ご連絡していますが、いまだに回答がありません。\n"
      "契約では4月1日設置となっているユニットが、現場に届いていません。\n"
      "職人が来ても休憩所もトイレもなく、元請けからも指摘を受けています。\n"
      "いったいいつ設置されるのか、書面で回答をください。\n\n"
      "有限会社森田工務店　森田\n",
      "high", "angry"),
    m("ja", "選挙事務所用のプレハブについて",
      "中村様\n\nお世話になります。後援会事務局の佐藤です。\n告示日が5月20日で、その前日までに選挙事務所を開設する必要があります。\n"
      "先日お見積もりいただいたユニット2棟ですが、設置日がまだ確定していないため、日程を今週中に確定させていただけますでしょうか。\n\n"
      "後援会事務局 佐藤\n",
      "high", "neutral"),
    m("ja", "レンタル期間の延長について",
      "ベース建機リース　ご担当者様\n\n工期が延びたため、現場事務所のレンタルを６月末から８月末まで延長したいと考えています。\n"
      "延長の手続きと、料金が変わるかどうかを教えてください。\n\n大和建設　工事部　吉岡\n",
      "normal", "neutral"),
    m("ja", "返却後の修理代について",
      "中村様\n\n返却したユニットについて、床の傷の修理代として８万円の請求が来ました。\n"
      "借りたときから傷はあったはずです。そちらで撮った搬入時の写真を見せてください。\n"
      "確認もせずに請求してくるのは納得できません。\n\n森田工務店 森田\n",
      "normal", "angry"),
    m("ja", "子ども食堂の仮設施設について",
      "はじめてご連絡します。NPO法人ひだまりの三浦と申します。\n\n公民館の改修工事中、子ども食堂の場所がなくなってしまうため、\n"
      "敷地内に小さなプレハブを置けないか検討しています。\n"
      "ただ、予算がとても限られていて、そもそも借りられるのかも分からず不安です。\n"
      "調理ができる仕様のものはありますか。\n\nNPO法人ひだまり 三浦\n",
      "normal", "anxious"),
    m("ja", "Re: お見積もり", "ユニットの件、まだ間に合いますか\n", "normal", "neutral", True),
    m("ja", "コンテナハウスの購入について",
      "ベース建機リース 御中\n\nレンタルではなく中古のユニットを買い取ることはできますか。\n"
      "畑の作業小屋として使いたいと考えています。サイズは６畳くらいで十分です。\n\n"
      "小野寺\n",
      "normal", "neutral"),
    m("ja", "断熱仕様について",
      "ベース建機リース　ご担当者様\n\n再来年の夏に予定している工事で、現場事務所を借りることになりそうです。\n"
      "夏場の暑さ対策として、断熱を強化した仕様のユニットはありますか。\nまだ計画段階ですので、資料だけ送っていただければ十分です。\n\n"
      "（株）丸山組 工務 今田\n",
      "low", "neutral"),
    m("ja", "カタログ送付依頼",
      "お世話になります。\n来年度の工事計画の参考にしたいので、ユニットハウスのカタログをお送りいただけますか。\n"
      "具体的な時期は決まっていないので、ゆっくりで大丈夫です。\n\n（株）北斗設備 設計課 宮本\n",
      "low", "neutral"),
    m("en", "Cabin leaning after rain",
      "Hi Takeshi,\n\nAfter last night's rain one corner of the canteen cabin at Mill Road has sunk about 10 cm and the door won't close. "
      "We've moved everyone out. I need someone on site today to re-level it or take it away, because 25 lads have nowhere to eat or shelter from tomorrow morning.\n\n"
      "Gareth Lewis\nSite Manager\n",
      "high", "neutral"),
    m("en", "Invoice dispute",
      "Hello,\n\nYour invoice 44812 charges us for a full month after we returned the cabin on the 3rd. Your own collection note says 3 March. "
      "Frankly, this is the second billing error this year. Please correct it.\n\nLinda Shaw\nAccounts, Shaw Groundworks\n",
      "normal", "angry"),
    m("en", "Cabin for a school project",
      "Hi there,\n\nOur primary school is running a summer reading club while the library is refurbished. Could a small cabin be put on the playground, and do you need planning permission for that? "
      "I'm a bit lost with the rules and worried we'll get something wrong.\n\nMrs Hughes\nSt Anne's Primary\n",
      "normal", "anxious"),
    m("en", "cabin", "need one\n", "normal", "neutral", True),
    m("en", "Colour options",
      "Hi,\n\nDo your cabins come in any colour other than grey? We're planning a site on a conservation-area street for late next year and the council may ask. No rush.\n\nGareth\n",
      "low", "neutral"),
]
