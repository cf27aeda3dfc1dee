DOMAIN = "stairlift"
MEANING = "home stairlift sales, installation and maintenance (いす式階段昇降機)"

S = [
    ("ja", "エラー表示のE4は、多くの場合バッテリーの電圧低下です。いすをレールの一番下まで手動で下ろし、充電位置に置いたまま2時間お待ちいただけますか、充電端子に触れていないと充電されないためです。", []),
    ("ja", "定期点検には、来月以降、順次お伺いする予定です。", ["vague"]),
    ("ja", "取扱説明書の12ページにリセットの手順が載っていますが、文字が小さく分かりにくいので、写真つきの手順を1枚にまとめてお送りします。", []),
    ("ja", "座面が回らなくなった原因は、実際に見てみないことには分かりません。", ["unknown_without_followup"]),
    ("ja", "座面が回らなくなった原因は実機を見ないと判断できません。明日10日の午前中が空いておりますので、9時から12時の間に技術者が伺います。", []),
    ("ja", "レールの上には物を置かないでください、センサーが障害物と判断して止まってしまいます。", ["imperative"]),
    ("ja", "ご自分で分解なさったのであれば、保証の対象にはならないかもしれませんね。", ["condescending"]),
    ("ja", "いす式の昇降機は介護保険の住宅改修の対象外で補助は出ませんが、市の高齢者住宅改造費助成であれば上限30万円まで出ますので、申請書をお送りします。", []),
    ("ja", "中古品の下取りは行っておりません。", ["dismissive"]),
    ("ja", "中古品の下取りはレールが階段ごとの特注品でよそのお宅に転用できないため行っておりませんが、撤去は無料で承り、アルミ材として引き取った分の2万円を新しい機種の代金から差し引きます。", []),
    ("ja", "保守契約を更新されない場合、今後の故障には対応できかねることもございますので、よくお考えになってください。", ["condescending"]),
    ("ja", "設置工事の日までに、階段まわりの手すりを外しておいてください。", ["imperative", "request_without_reason"]),
    ("ja", "交換部品の入荷は、メーカー次第でいつになるか見えておりません。", ["unknown_without_followup"]),
    ("ja", "自治体の住宅改修助成は申請から決定まで約1か月かかり、工事は決定通知が届いてから始める決まりですので、申請書は工事をご希望の日の6週間前までに出していただくのが安全です。", []),
    ("en", "If the lift stops halfway, you can reset it by turning the key to off, waiting ten seconds and turning it back on.", []),
    ("en", "Stop using the lift until our engineer has been.", ["imperative", "request_without_reason"]),
    ("en", "A technician will be out sometime next week.", ["vague"]),
    ("en", "Our records show the seat was overloaded, which voids the warranty, so I'm afraid that's the end of the matter.", ["condescending", "dismissive"]),
    ("en", "I don't know whether the council grant covers curved rails.", ["unknown_without_followup"]),
    ("en", "We can't fit that model on the outdoor steps because it isn't weatherproof; the Ascent 300 is, and I can send a surveyor on the 19th to measure for it.", []),
]

D = [
    ("ja", "定期点検の日程のご相談（11月分）",
     """小林 様

ステアケア 保守課の吉田です。
年2回の定期点検の時期になりましたので、11月の訪問日をお選びいただきたくご連絡しました。

作業時間は約40分で、点検中は昇降機をお使いいただけません。
下記のうち、○の日時からご都合のよいものをお知らせください。

11月11日（火）　午前 ○　午後 ×
11月13日（木）　午前 ×　午後 ○
11月18日（火）　午前 ○　午後 ○

11月5日（水）までにご返信いただければ、その日のうちに確定のご連絡をいたします。それ以降ですと、ほかのお宅との調整のため、12月以降の日程になる場合がございます。

株式会社ステアケア 保守課
吉田 直樹
TEL 0120-48-2210
""", []),
    ("ja", "【お詫び】点検後の異音について",
     """小林 様

ステアケアの吉田です。
10月21日の定期点検のあとから、いすが動くたびにきしむような音がするとのこと、ご不安な思いをさせてしまい申し訳ございません。

確認しましたところ、点検の際にレールの継ぎ目に塗るグリスを、担当者が別の種類のものと取り違えていたことが分かりました。

今後は、点検で使う消耗品を機種ごとにまとめた専用のケースに入れ、取り違えが起きないようにいたします。

株式会社ステアケア 保守課
吉田
""", ["apology_incomplete"]),
    ("ja", "Re: 昇降機が止まる件",
     """小林様

ステアケアの吉田です。
お問い合わせの件ですが、昇降機が途中で止まるのは、ほとんどの場合レールの上に物が置かれているか、バッテリーの充電が足りていないかのどちらかです。
納品の際にご説明し、取扱説明書にも記載しておりますとおり、使い終わったら必ず一番下の充電位置に戻していただく必要があります。
まずはご家族の皆様で、正しい使い方をもう一度ご確認いただけますでしょうか。
それでも直らない場合は、出張点検（8,800円）を手配いたします。

吉田
""", ["condescending"]),
    ("ja", "【お詫び】設置工事日の変更について",
     """大森 様

ステアケアの吉田です。
9月8日（月）にお約束していた設置工事を、部品の遅れにより延期せざるを得なくなりました。退院されるお母様をお迎えする準備を進めていらっしゃる中、ご迷惑をおかけして誠に申し訳ございません。

原因は、メーカーから届いたレールの曲がり部分の寸法が、当社の発注書の数値と5ミリ違っていたことです。発注書は正しかったのですが、当社で受け入れの際の検品を工事の前日まで行っていなかったため、気づくのが遅れました。

メーカーが正しい部品を9月12日に出荷することを確認しており、設置工事は9月15日（月・祝）の9時から行います。祝日の作業となりますが、追加の料金はいただきません。また、工事までの間、階段の上り下りを介助する簡易の手すりを無料でお貸しし、明日9月6日の午前中に設置に伺います。

今後は、部品が届いた当日に寸法を検品する手順に改め、工事の1週間前までに問題がないことを確認できる体制にいたします。

株式会社ステアケア
吉田 直樹
""", []),
    ("en", "Stairlift survey booked: Thursday 19 June, 10:00",
     """Dear Mr Hargreaves,

Our surveyor, Ian Cole, will come to measure your staircase for a stairlift on Thursday 19 June at 10 a.m. The visit takes about 45 minutes and is free.

Ian will photograph the stairs and the landing at the top, and he'll ask where the nearest plug socket is, because the lift charges from a standard socket near the top or bottom of the rail.

You'll receive a written quote within three working days of the visit. If Thursday no longer suits, you can call us on 0800 555 0136 and we'll find another time.

Yours sincerely,
Angela Price
StairEase Mobility
""", []),
]

M = [
    ("ja", "母が階段の途中で止まっています",
     """ステアケアさん

小林です。今、母が昇降機に乗ったまま、階段の真ん中で止まって動かなくなりました。
リモコンも本体のボタンも反応しません。
母は87歳で、膝が悪く自分では降りられません。私一人では抱えて降ろせません。
どうしたらいいか、電話で教えてください。080-4420-1193""", "high", "anxious", False),
    ("ja", "バッテリーから煙",
     """昇降機の充電位置のところで、バッテリーのあたりから焦げたにおいがして、うっすら煙が出ていました。
コンセントは抜きました。
父は2階で寝ていて、昇降機がないと1階に降りられません。
今夜、誰か来ていただけますか。

大森""", "high", "anxious", False),
    ("ja", "修理の件で何度もお電話しています",
     """ステアケア 御中

先週の月曜から昇降機が動かず、これまでに4回お電話し、2回メールをお送りしました。
毎回「技術の者から折り返します」と言われますが、一度も折り返しがありません。
その間、父は1階のリビングで寝起きしています。トイレと浴室は2階です。
いつ来ていただけるのか、今日中にお返事をください。

斎藤""", "high", "angry", False),
    ("ja", "設置の相談",
     """はじめまして。
母が階段の上り下りに苦労するようになり、昇降機を検討しています。
階段は途中で曲がっている形です。
見積もりをお願いする場合、どのような流れになりますか。""", "normal", "neutral", False),
    ("ja", "リモコン",
     """リモコンが効かないです""", "normal", "neutral", True),
    ("ja", "保守契約の内容について",
     """保守契約の更新のご案内をいただきました。年間3万3千円と
ありますが、去年は2万8千円だったと思います。値上がりの理
由の説明もなく、金額だけが書かれているのは少し不親切では
ないでしょうか。内訳を教えてください。""", "normal", "angry", False),
    ("ja", "引っ越し後の移設について",
     """来年の春に、今の家から娘の家へ引っ越すことになりそうです。
今使っている昇降機を、娘の家の階段に付け替えることはできるのでしょうか。
まだ引っ越しの日も決まっていないので、できるかどうかだけ分かれば大丈夫です。""", "low", "neutral", False),
    ("ja", "点検の方の対応がとても丁寧でした",
     """先日の点検に来てくださった方、父の話にもじっくり耳を傾けてくださり、ありがとうございました。
父もすっかり安心したようで、また昇降機を使うようになりました。
お礼を申し上げたく、メールいたしました。""", "low", "positive", False),
    ("ja", "音がするようになりました",
     """いつもお世話になっております。
ここ数日、昇降機が動くときに「カタン」という音がするようになりました。
動きは問題ないのですが、このまま使って大丈夫でしょうか。
父が一人で使っているので、何かあったらと思うと心配です。""", "normal", "anxious", False),
    ("ja", "請求書の送り先",
     """保守契約の請求書を、来月から私（長男）の住所に送っていただけますか。
父は最近、郵便物の管理が難しくなってきました。
新しい住所：東京都杉並区阿佐谷北2-14-7 斎藤 浩""", "normal", "neutral", False),
    ("en", "Dad stuck upstairs",
     """Hi,

The stairlift at my father's house stopped working this morning and shows 'E7'. He's 90 and can't manage the stairs, so he's stuck on the first floor. His carer can bring him meals but his dialysis transport comes at 7 a.m. tomorrow and he has to be downstairs for it.

Is there any way to get an engineer out today? Address: 12 Linden Close, Harrogate HG2 7PB.

Karen Hargreaves
07700 900771""", "high", "anxious", False),
    ("en", "Seat belt has frayed",
     """Hello, the seat belt on my mother's stairlift has started to fray near the buckle. It still clicks shut, but I don't want it to give way while she's on the stairs. She uses the lift four or five times a day. Could someone come out this week, or could I fit a replacement belt myself if you send one? Regards, Neil Foster""", "high", "anxious", False),
    ("en", "Service contract renewal",
     """Dear StairEase,

Our service contract ends on 31 August. Before we renew, could you tell me whether the price includes parts, or only labour? The lift is now eight years old.

Many thanks,
Margaret Doyle""", "normal", "neutral", False),
    ("en", "Complaint about your engineer",
     """I'd like to complain about the engineer who came on Tuesday. He arrived two hours late without calling, tracked mud up the stairs, and told my husband the lift was 'past it' before even looking at the motor. My husband was upset for the rest of the day. We've been customers for six years.

Mrs J. Whitaker""", "normal", "angry", False),
    ("en", "Removal in the future",
     """Hi, just thinking ahead: if we ever sell the house, do you take the stairlift away, and is there a charge? No plans to move yet, so no hurry. Thanks, Paul""", "low", "neutral", False),
]
