DOMAIN = "soil"
MEANING = "ground investigation and foundation reinforcement for houses (地盤調査・地盤改良)"

S = [
    ("ja", "改良工事が要るかどうかは、データを見てみないことには何とも申し上げられません。", ["unknown_without_followup"]),
    ("ja", "改良工事の要否は明日の調査データを解析してから判断いたします。報告書は18日（水）の17時までにメールでお送りします。", []),
    ("ja", "調査当日は敷地内のお車を移動しておいていただけますでしょうか、試験機を据える場所として2メートル四方を5か所確保する必要があるためです。", []),
    ("ja", "柱状改良の本数が増えた分、費用はいくらか上がる見込みです。", ["vague"]),
    ("ja", "当初のお見積りは調査前の概算で、表層改良を前提にしておりました。調査の結果、柱状改良が必要となり、差額は38万円です。内訳を添付しましたので、明日の打ち合わせで一つずつご説明します。", []),
    ("ja", "追加の調査ポイントについては、施主様の同意書に署名をもらってファクスで返してください。", ["imperative", "request_without_reason"]),
    ("ja", "近隣の方からの騒音の苦情は、工務店さんの側でご対応いただく内容かと思います。", ["dismissive"]),
    ("ja", "境界杭が見当たらなかったのは前回の外構工事で撤去されていたためと思われますので、当社の責任ではございません。", ["condescending"]),
    ("ja", "報告書の数値の読み方がお分かりにならないようでしたら、一度建築の基礎から学ばれることをお勧めします。", ["condescending"]),
    ("ja", "地盤保証の審査結果は、保証会社から戻ってき次第お伝えします。", ["vague"]),
    ("ja", "残土の処分費は1立方メートルあたり8,500円（税別）で、今回の柱状改良では約12立方メートル、10万2,000円を見込んでいます。", []),
    ("ja", "地下水位がなぜ想定より高かったのかは、正直なところよく分かっておりません。", ["unknown_without_followup"]),
    ("en", "The cone penetration results came back lower than the desk study suggested, so we're recommending 14 steel piles instead of the raft; the revised quote attached is $6,300 higher.", []),
    ("en", "Get the site cleared before our crew arrives.", ["imperative", "request_without_reason"]),
    ("en", "Why the borehole collapsed at four metres is anyone's guess.", ["unknown_without_followup"]),
    ("en", "We should have the lab results back in a week or so.", ["vague"]),
    ("en", "If your builder had flagged the fill material earlier, we wouldn't be redesigning the foundation now.", ["condescending"]),
    ("en", "Please keep the water meter pit uncovered on Tuesday, as the rig needs a water supply to flush the drill.", []),
    ("en", "How long the council takes over your consent is between you and them; it doesn't really involve us.", ["dismissive"]),
]

D = [
    ("ja", "【報告書送付】大野様邸（さいたま市緑区）地盤調査結果と改良工事のご提案",
     """株式会社みらい工務店
設計部 松井様

いつもお世話になっております。東邦ジオテックの河合です。
大野様邸の地盤調査報告書をお送りします。結論から申しますと、地盤改良が必要です。

・調査方法：スクリューウエイト貫入試験（5か所）
・結果：地表から2.5mまで軟らかい粘土層があり、建物の荷重に対して支持力が不足
・ご提案：柱状改良（直径600mm、長さ3.0m、28本）
・概算費用：108万円（税別、残土処分費を含む）

基礎の着工予定が10月2日と伺っておりますので、改良工事は9月24日〜25日の2日間で組んでおります。
この日程で進めてよいか、9月16日（火）までにお返事をいただけますでしょうか。プラントの手配に1週間かかるためです。

報告書（PDF、18ページ）を添付しております。

東邦ジオテック株式会社
技術部 河合 誠
""", []),
    ("ja", "調査日程の変更について（雨天のため）",
     """小池様

東邦ジオテックの河合です。
明日6月12日（木）に予定しておりました地盤調査は、今夜から明日昼にかけての雨の予報を受けて、6月16日（月）の9時からに変更させてください。

雨で地面がぬかるむと試験機の設置が不安定になり、正しい数値が取れないためです。
16日のご都合が悪い場合は、17日・18日の午前も空けてありますので、明日の17時までにご返信いただけますでしょうか。工務店さんにも同じ内容をお伝え済みです。

東邦ジオテック 河合
""", []),
    ("ja", "改良工事のお見積りについて",
     """株式会社みらい工務店
●●様

いつもお世話になっております。東邦ジオテックの河合です。
先日調査させていただいた物件の改良工事のお見積りをお送りいたします。

・工法：表層改良（深さ1.2m）
・面積：72㎡
・金額：46万円（税別）

ご不明な点がございましたら、お気軽にお問い合わせください。

東邦ジオテック株式会社
河合 誠
""", ["placeholder_left"]),
    ("en", "Foundation design for 14 Hillcrest Road: piles recommended",
     """Hi Tom,

We recommend a piled foundation for 14 Hillcrest Road. The cone tests found soft clay down to 5.2 metres, which can't carry the slab you'd planned without settling unevenly.

The attached design uses 14 steel screw piles to 7 metres. Installation takes two days and costs $18,400 plus GST. We can start on 3 June if we have your go-ahead by 24 May, because the piles are made to order and take eight working days to arrive.

If you'd like to talk through the alternative (a deeper raft with ground improvement), I'm free on Thursday afternoon.

Regards,
Aroha Ngata
Senior Geotechnical Engineer, Kiwi Ground Engineering
""", []),
    ("en", "Site investigation booked",
     """Dear Ms Parata,

Thank you for booking a site investigation with Kiwi Ground Engineering.

Our drilling crew will attend [Site address] on Monday 9 June from 8:00 a.m. The work takes about four hours. Please make sure the driveway is clear so the rig, which is 2.4 metres wide, can reach the back of the section.

We'll email your report within seven working days of the visit.

Kind regards,
Bookings team
Kiwi Ground Engineering
""", ["placeholder_left"]),
]

M = [
    ("ja", "調査で水道管が破損しています",
     """東邦ジオテック 河合様

今朝の調査のあと、敷地の端から水が噴き出しています。
水道業者に見てもらったところ、お隣の家へつながる給水管にロッドが当たって穴が開いているとのことです。
お隣は今、家の水が一切出ない状態で、小さいお子さんもいらっしゃいます。
元栓は閉めました。補修の費用と段取りについて、今日中にご相談させてください。

施主 小池 090-6612-3378""", "high", "anxious", False),
    ("ja", "報告書がまだ届きません（明日基礎着工）",
     """河合様

みらい工務店の松井です。
大野様邸の地盤調査報告書について、先週金曜に「月曜には送る」とのお返事をいただいてから、まだ届いていません。
基礎工事は明日の朝8時から始まり、生コン車も手配済みです。
報告書の判定次第で改良が必要になるなら、今日中に止めないといけません。
夕方5時までに、結論だけでも電話でお知らせください。""", "high", "angry", False),
    ("ja", "隣家の塀にひび",
     """お世話になります。
昨日の改良工事の振動で、隣の家のブロック塀に幅2ミリほどのひびが入ったと、お隣から苦情がありました。
塀は道路に面していて、通学路です。お隣からは、今日の夕方に説明に来てほしいと言われています。
17時に現地でお待ちしていますので、どなたか来ていただけますか。

施主 大野""", "high", "neutral", False),
    ("ja", "調査の費用について",
     """はじめまして。
来年、今の家を建て替える予定で、地盤調査をお願いしたいと考えていまます。
土地は約40坪、さいたま市内です。
費用の目安と、申し込みから結果が出るまでの日数を教えていただけますか。""", "normal", "neutral", False),
    ("ja", "見積書",
     """見積もりの件どうなってますか""", "normal", "neutral", True),
    ("ja", "報告書の内容について",
     """河合様

報告書ありがとうございました。
一点だけ確認させてください。換算N値が3か所目だけ低く出ているのは、以前そこに井戸があったことと関係があるのでしょうか。
施主様に聞かれた際に説明できるようにしておきたいので、来週中にお返事いただければ助かります。

みらい工務店 松井""", "normal", "neutral", False),
    ("ja", "改良費用が高すぎます",
     """先日いただいた見積もりを見ましたが、改良費用が建物の予算を大きく超えていて、正直途方に暮れています。
ほかの工法や、費用を抑える方法はないのでしょうか。
このままだと家を建てること自体を考え直さないといけません。

小池""", "normal", "anxious", False),
    ("ja", "調査データについて",
     """東邦ジオテック 御中

みらい工務店の松井です。
先週お送りいただいた報告書ですが、2か所の貫入データがまったく同じ数値になっています。
隣り合った地点とはいえ、小数点以下まで一致するのは考えにくく、正直なところ、データの扱いに疑問を持たざるを得ません。
施主様にこのままお出しするわけにはいきませんので、生データを確認のうえ説明をいただけますか。
着工は6月の予定です。""", "normal", "angry", False),
    ("ja", "ご丁寧な説明に感謝します",
     """河合様

先日は調査結果について、素人の私にも分かるように図を使って説明してくださり、ありがとうございました。
不安だった気持ちがだいぶ楽になりました。
工事の際もどうぞよろしくお願いいたします。

大野""", "low", "positive", False),
    ("ja", "来年の依頼予定について",
     """いつもお世話になっております。
来年度、弊社で10棟ほど分譲を計画しています。
今の段階では土地の決済もまだなので、具体的なご依頼は秋以降になると思います。
年間契約のような形があるかどうか、お手すきの際に教えていただければ十分です。

みらい工務店 松井""", "low", "neutral", False),
    ("en", "Sinkhole on site after drilling",
     """Aroha,

A hole about a metre across has opened up where your rig was drilling borehole 3 yesterday. It's right next to the footpath, and the school next door lets out at 3. We've put a couple of road cones around it but that's all we have.

Can someone come and make it safe this afternoon? I'm on site until 5.

Tom Hēnare
Hēnare Builders, 021 555 0187""", "high", "neutral", False),
    ("en", "Pricing for a small extension",
     """Hi, we're planning a single-storey extension at the back of our house in Hamilton next year. Would you need to do a full investigation, or is there a cheaper option for a small footprint? Roughly what would it cost? Thanks, Mere""", "normal", "neutral", False),
    ("en", "Wrong lot number in the 22 Kauri Street report",
     """Hello,

The report you sent for 22 Kauri Street lists the wrong lot number (Lot 14 instead of Lot 41), which means the council will reject our consent application as it stands.

This is a one-line correction, and it is holding up a consent application. I'd like the corrected report, and I'd like to understand how the wrong lot number got into it in the first place.

Sarah Collins
Collins Architecture""", "normal", "angry", False),
    ("en", "Report",
     """Thanks for the report on 5 Tui Lane. Page 4 says the site is 'not suitable for a standard slab' — does that rule out a slab entirely, or just the standard design? Our designer wants to know before she starts on the plans next week. Mere""", "normal", "neutral", False),
    ("en", "Feedback on your report format",
     """Hi Aroha, just a thought for the future: a one-page summary at the front of the report would help clients like me who aren't engineers. Nothing needed from you now. Nina""", "low", "neutral", False),
]
