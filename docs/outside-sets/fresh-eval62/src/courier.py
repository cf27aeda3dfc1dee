DOMAIN = "courier"
MEANING = "same-day motorcycle and bicycle courier (バイク便・即日配送)"

S = [
    ("ja", "ライダーの到着時刻は道路状況次第ですので、何とも申し上げられません。", ["unknown_without_followup"]),
    ("ja", "ライダーは現在、首都高の事故渋滞で芝公園付近におり、到着は14時40分の見込みです。15分以上ずれそうな場合は、その時点でお電話します。", []),
    ("ja", "お届け先のご担当者様がご不在で、受付の方にも受け取りの権限がないとのことでしたので、荷物は一度持ち帰っております。明日9時以降でご都合のよい時間をお知らせいただければ、追加料金なしで再配達します。", []),
    ("ja", "待機料金は最初の10分が無料で、その後は10分ごとに550円です。", []),
    ("ja", "荷物の中身は必ず申告してください。", ["imperative", "request_without_reason"]),
    ("ja", "割れ物を段ボール1枚で包んでお出しになったのですから、今回の破損は補償の対象外とさせていただきます。", ["condescending"]),
    ("ja", "配達証明の発行は、追跡番号を添えてメールでお申し込みいただけますか、社内の配達記録と照合してから発行するためです。", []),
    ("ja", "伝票の控えがない状態では、こちらとしては何もお調べできません。", ["dismissive"]),
    ("ja", "区役所の開庁8時30分ちょうどに入札書類をお届けするため、集荷には明朝7時50分に伺います。", []),
    ("ja", "荷物がどこで止まっているのか、現時点ではこちらのシステム上でも追えておりません。", ["unknown_without_followup"]),
    ("ja", "今後ご依頼の際には、もう少し余裕を持ったスケジュールを組んでいただければと存じます。", ["condescending"]),
    ("ja", "次回から、集荷先のご担当者様のお名前も一緒にお知らせいただけますか。", ["request_without_reason"]),
    ("ja", "料金の件は、ドライバー本人と直接やり取りしてください。", ["dismissive", "imperative"]),
    ("en", "Your envelope was signed for at 11:52 by K. Adeyemi at the front desk; I've attached the signature image so you can forward it to your client.", []),
    ("en", "Delivery times are estimates, and we can't be held to them.", ["dismissive", "condescending"]),
    ("en", "Label every parcel with the recipient's floor number.", ["imperative", "request_without_reason"]),
    ("en", "There may be a small surcharge for the detour.", ["vague"]),
    ("en", "The booking had SE1 9GF and the recipient is at SE1 9FG, so the rider went to the wrong street first; we've waived the waiting charge, and the booking form now asks you to confirm the pin on a map.", []),
    ("en", "Why the rider took the long way round, I couldn't tell you.", ["unknown_without_followup"]),
    ("en", "Please leave the package with reception rather than security, because the security desk closes at six and our rider gets there at twenty past.", []),
]

D = [
    ("ja", "【お詫び】10月8日の配達遅延と今後の対策について",
     """株式会社北斗設計
総務部 岡田様

いつもご利用いただきありがとうございます。スピードライン配送の石井です。
10月8日（水）にご依頼いただいた図面の配達が、お約束の13時に間に合わず13時25分の到着となりました。お客様の打ち合わせに影響が出てしまい、誠に申し訳ございません。

原因は、当社の配車担当が、先に入っていた別件の集荷時間を読み違え、同じライダーに2件を続けて割り当てたことです。本来は別のライダーを手配すべき案件でした。

当日は、遅れが判明した12時40分の時点で岡田様にお電話すべきところ、それもできておりませんでした。今回の配送料金4,400円は請求いたしません。

今後は、時間指定のあるご依頼について、配車の確定前に別の担当者が時間を再確認する手順とし、遅れが見込まれた時点でお客様に電話でお知らせすることを全ライダーと配車担当に徹底いたしました（10月10日実施）。

今後ともよろしくお願い申し上げます。

スピードライン配送株式会社
配車センター 石井 浩二
""", []),
    ("ja", "スピードライン配送より",
     """株式会社北斗設計 総務部 岡田様

いつもお世話になっております。スピードライン配送の石井でございます。
おかげさまで当社も創業15年を迎え、ライダーの数も都内で120名を超えるまでになりました。
昨年からは電動アシスト自転車による配送も始めており、環境面でもご評価をいただいております。

ところで、先月分のご請求書の送付先について、経理ご担当の方のメールアドレスに変更がございましたら、今月20日までにお知らせいただけますでしょうか。

引き続きよろしくお願いいたします。
石井
""", ["purpose_not_upfront"]),
    ("ja", "配送料金改定のお知らせ",
     """お取引先各位

スピードライン配送の石井です。
燃料費の上昇に伴い、近いうちに配送料金を一部改定させていただく予定です。
改定幅は数パーセント程度にとどめる見込みです。
詳細が決まりましたら、改めてご案内いたします。

スピードライン配送株式会社
""", ["vague"]),
    ("en", "Yesterday's missed collection",
     """Dear Mr Hughes,

I'm sorry that our rider didn't collect the samples from your lab at 4 p.m. yesterday as booked. I know they needed to reach St Thomas' before the 6 p.m. cut-off.

Yesterday's booking has been cancelled with no charge, and I've added a free collection to your account for whenever you next need it.

From Monday, every rider will phone the pickup contact as they set off, so you'll know within minutes if a collection is running late.

Kind regards,
Sophie Turner
Operations, CityDash Couriers
""", ["apology_incomplete"]),
    ("en", "Your Friday collections from 1 March: new pickup window",
     """Hi Gemma,

From 1 March we'll collect your Friday legal documents between 3:00 and 3:30 p.m. instead of at 4, so that they reach the County Court before its counter closes at 4:30.

Nothing changes for the rest of the week. If 3:00 is too early for your team on any Friday and you email me by midday that day, I'll send a rider to the court directly with a later drop-off, at the same price.

Thanks,
Sophie Turner
CityDash Couriers
""", []),
]

M = [
    ("ja", "入札書類の配送について",
     """スピードライン配送 御中

株式会社ミナト建設の山下です。
本日12時締切の市役所の入札書類を、9時半に集荷していただいたのですが、10時50分現在、まだ市役所に届いていないと現地の社員から連絡がありました。
追跡画面は「配達中」のまま変わりません。
締切を過ぎると受け付けてもらえず、この案件は今期の売上の3分の1にあたります。
ライダーの方が今どこにいるのか、何時に着くのか、電話で教えていただけますか。
03-3456-2190（山下）""", "high", "anxious", False),
    ("ja", "検体の誤配送",
     """石井様

本日お願いした検体（冷蔵、血液検体4本）が、検査センターではなく、同じビルの別の会社に届けられていたことが分かりました。
先方が親切に連絡をくださったので見つかりましたが、もう2時間以上常温に置かれています。
採血は明朝やり直しになるかもしれません。患者さんへの説明は私たちがすることになります。
どのような経緯でこうなったのか、文書でご説明ください。

さくらクリニック 事務長 大谷""", "high", "angry", False),
    ("ja", "パスポートの配達",
     """こんにちは。
明日の朝10時に大使館でのビザ面接があり、そこにパスポートの原本が必要です。
旅行会社から本日中にバイク便で届く予定だったのですが、夜9時になってもまだ届きません。
追跡番号は SL-77120-4 です。
今夜中に届く見込みがあるのか、せめてどこにあるのかだけでも分かると助かります。""", "high", "anxious", False),
    ("ja", "定期便の見積もり",
     """お世話になります。
毎週火曜と金曜の午後に、渋谷から新宿まで書類を運んでいただく定期便を検討しています。
1回あたりの料金と、月額契約がある場合はその料金を教えていただけますか。""", "normal", "neutral", False),
    ("ja", "配達完了の件",
     """届いたって出てるけど届いてない""", "normal", "angry", True),
    ("ja", "請求書の宛名について",
     """スピードライン配送 経理ご担当者様

先月分の請求書の宛名が、旧社名（株式会社北斗設計事務所）のままになっていました。
今月から正式に「株式会社北斗設計」に変わっております。
再発行をお願いできますでしょうか。支払いは月末なので、25日ごろまでにいただければ助かります。

北斗設計 経理 村田""", "normal", "neutral", False),
    ("ja", "ライダーの方の対応について",
     """いつもお世話になっております。
今日集荷に来られたライダーの方が、受付前で大きな声で電話をされていて、来客中だったため少し困りました。
大きな問題ではないのですが、今後気をつけていただけると助かります。""", "normal", "neutral", False),
    ("ja", "毎回ありがとうございます（追加のお願い）",
     """いつも無理なお願いばかりですみません。
昨日も閉店間際のご依頼でしたが、時間どおりに届けていただき、先方からも感謝されました。ライダーの坂本さんにもよろしくお伝えください。
おかげさまで取引先が増えまして、来月から毎週木曜の夕方にも1件、横浜までの配送をお願いしたいと考えています。
料金の目安を教えていただけますか。""", "normal", "positive", False),
    ("ja", "自転車便の対応エリアについて（今後の参考）",
     """こんにちは。
来年、事務所を清澄白河に移す予定があります。
自転車便で対応いただける範囲に入っているかどうか、いつか分かれば十分です。
移転はまだ先のことですので、ついでのときに教えてください。""", "low", "neutral", False),
    ("ja", "アンケートの件",
     """先日の利用者アンケートに回答しました。
書ききれなかったこととして、アプリの追跡画面の地図がもう少し大きいと見やすいと思います。
改善の参考になれば幸いです。返信は不要です。""", "low", "neutral", False),
    ("en", "Court filing — rider hasn't arrived",
     """Sophie,

Your rider was meant to collect a bundle from us at 1:30 for filing at the Royal Courts before 4. It's now 2:45 and nobody has turned up. If the bundle isn't filed today our client loses the right to appeal.

Can you tell me now whether someone is actually on the way? If not, I need to know in the next 15 minutes so I can send a trainee by taxi.

Gemma Ward
Ward & Pike Solicitors, 020 7946 0311""", "high", "anxious", False),
    ("en", "Donor heart valve delivery — tonight",
     """Dear CityDash,

We have a tissue transport booked for 9:40 tonight from Harefield to Great Ormond Street (booking CD-55219). The surgical team has now brought the operation forward and the package must arrive by 10:15. Can your rider come at 9:00 instead? Please call the transplant coordinator on 020 7946 0988 to confirm.

Dr Ruth Adeyemi""", "high", "neutral", False),
    ("en", "Recurring booking",
     """Hi,

We'd like to set up a weekly colection every Tuesday at 11 from our office in Shoreditch to a printer in Bermondsey, starting next month. What's the best way to book that, and is there a discount for regular jobs?

Thanks,
Leo""", "normal", "neutral", False),
    ("en", "Very impressed",
     """Just a quick note to say your rider (Mo, I think) was brilliant today — he waited while we finished signing and still got the contracts across town by 5. Thank you! Hannah""", "low", "positive", False),
    ("en", "Invoice 4471",
     """Hi — invoice 4471 shows a waiting-time charge of £18 for a job on the 3rd. Our reception says the rider was there for less than 5 minutes. Could you check the log? Thanks, Accounts, Pike & Ward""", "normal", "neutral", False),
]
