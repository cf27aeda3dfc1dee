# dorm = private student dormitory with meals (学生寮: residents, parents, move-in/out, meals)
from _common import S, D, M

DOMAIN = "dorm"

SENTS = [
    S("ja", "門限を過ぎたのは、ご本人の自己管理の問題かと存じます。", "c"),
    S("ja", "寮生活のルールは入寮時にご説明済みですので、改めてのご説明は控えさせていただきます。", "cd"),
    S("ja", "退寮時の清掃費は一律22,000円で、壁や床の補修が必要な場合に限り、立ち会いの場で金額をお示しします。"),
    S("ja", "故障したエアコンは、業者の手配がつき次第、なるべく早く直します。", "v"),
    S("ja", "来月から、食事の欠食届は前日の20時までに出してください。", "ir"),
    S("ja", "共用冷蔵庫は月末に中身をすべて処分しますので、残したいものは名前を書いた袋に入れておいてください。", "i"),
    S("ja", "隣室の騒音がいつ改善されるかは、こちらではわかりません。", "u"),
    S("ja", "お部屋が狭いとのご意見ですが、入寮前に間取りはお伝えしております。", "cd"),
    S("ja", "夜中の物音くらいは、集団生活ではお互いさまです。", "d"),
    S("ja", "寮費は食費込みで月額68,000円、毎月27日に指定口座から引き落としとなります。"),
    S("ja", "エアコンの修理業者が明日14時に伺いますので、その時間はお部屋に入らせていただきます。"),
    S("ja", "退寮日は鍵の返却とお部屋の確認に30分ほどかかるため、ご都合のよい時間帯を3月10日までにお知らせいただけますか。"),
    S("ja", "ご家族の面会は、1階の談話室で21時まで可能です。"),

    S("en", "The damage deposit may not be refunded in full, depending on the room.", "v"),
    S("en", "Could you fill in the overnight-absence form next time?", "r"),
    S("en", "I can't say when the heating will be fixed.", "u"),
    S("en", "Perhaps your son should have thought about the curfew before staying out.", "c"),
    S("en", "Noise between rooms is part of dorm life, so there's nothing to discuss.", "d"),
    S("en", "Could you let us know your arrival time on move-in day? We'll have a staff member at the gate with your key."),
    S("en", "The $450 deposit is returned within 30 days of move-out, minus any repair costs itemised on your checkout form."),
    S("en", "Visitors can stay in the common lounge until 10 pm."),
]

DRAFTS = [
    D("ja", "退寮手続きのご案内（3月の退寮予定の皆さまへ）", """
3月に退寮予定の寮生の皆さま、保護者の皆さま

さくら学生会館 管理事務室の野田です。
3月の退寮にあたり、退寮日と立ち会いの時間帯を、3月10日（月）までに管理事務室へお知らせください。鍵の返却とお部屋の確認に、職員が30分ほど立ち会うためです。

立ち会いの時間帯：10時〜12時、14時〜17時（30分ごと）
お知らせ方法：このメールへの返信、または管理事務室の窓口

お部屋の確認で補修が必要な箇所がなければ、敷金50,000円は4月末までに全額ご返金します。補修が必要な場合は、立ち会いの場で箇所と金額をご説明します。

さくら学生会館 管理事務室
野田 由美子
TEL 06-6xxx-3120（9時〜18時）
"""),
    D("ja", "入寮のご案内", """
保護者様

このたびは、さくら学生会館へのご入寮をお申し込みいただき、ありがとうございます。
ご子息・ご息女のお部屋は △△△号室 に決まりました。

入寮日：〇月〇日（〇）
鍵のお渡し：当日10時から、1階管理事務室にて

当日はお引っ越しの車を建物前に停められる時間が30分までとなっておりますので、あらかじめご了承ください。

さくら学生会館 管理事務室
""", "P"),
    D("ja", "4階天井からの漏水についてのお詫び", """
寮生・保護者の皆さま

さくら学生会館 管理事務室です。
6月8日（日）夜、4階の一部のお部屋で天井から水が漏れ、寮生の皆さまにご不便とご心配をおかけしました。深くお詫び申し上げます。

当日は、被害のあった3部屋の寮生に空き部屋へ一時的に移っていただき、翌9日に天井と床の乾燥作業を行いました。濡れてしまった私物については、個別にお話を伺い、補償の手続きを進めております。
今後は、屋上と配管の点検を年1回から年3回に増やし、大雨の予報が出た日には職員が夜間に見回りを行います。

ご不明な点は、管理事務室までお問い合わせください。

さくら学生会館 管理事務室
""", "A"),

    D("en", "Welcome to Carver Hall", """
Dear {parent_name},

We're delighted to welcome {student_name} to Carver Hall this autumn. Their room is on the third floor, facing the courtyard.

Move-in day is Saturday 6 September, from 9 am to 4 pm. Our staff will be at the front gate to hand over keys and help with heavy items.

Warm regards,
Residence Office, Carver Hall
""", "P"),
    D("en", "Heating repair in your room: Thursday 10 am", """
Hi Jordan,

The heating engineer will come to fix the radiator in your room (B214) on Thursday 13 November at 10 am. Could you move anything stored in front of the radiator before then? He'll need about a metre of clear space to take the valve apart.

You don't need to be in; a member of staff will let him in and stay until he leaves. Until Thursday, you can borrow an electric heater from the front desk.

Best,
Residence Office, Carver Hall
"""),
]

MAILS = [
    M("ja", "息子と連絡がとれません", """
さくら学生会館 管理事務室 御中

305号室に入寮している吉田拓海の母です。
一昨日の夜から、電話にもLINEにも息子からの返事がありません。既読もつきません。
普段は毎日短くても返事をくれる子なので、部屋で倒れているのではないかと、夫婦ともに気が気でありません。

大変お手数ですが、お部屋の様子を見ていただくことはできないでしょうか。
私どもは福岡におりますので、すぐに伺うことができません。

吉田 恵子
携帯 090-xxxx-8813
""", "high", "anxious"),
    M("ja", "暖房の修理について（3度目のお願いです）", """
管理事務室 野田様

412号室の中川美咲の父です。
娘の部屋の暖房が壊れている件、1月8日、1月14日に続いて3度目のご連絡になります。
その間、夜は室温が8度まで下がり、娘は昨日から熱を出して寝込んでいます。

毎月きちんと寮費をお支払いしているにもかかわらず、2週間以上放置されている理由がわかりません。
今日中に、いつ修理していただけるのか、修理までの間どうしていただけるのかをお知らせください。

中川 隆

-----Original Message-----
From: さくら学生会館 管理事務室
Sent: Wednesday, January 14, 2026 5:02 PM
Subject: Re: 暖房の修理について

> 中川様
> ご連絡ありがとうございます。業者に確認のうえ、折り返しご連絡いたします。
> 管理事務室 野田
""", "high", "angry"),
    M("ja", "在寮証明書の発行をお願いします", """
管理事務室の皆様

207号室のチャン・ミンです。
ビザ（在留期間）の更新のため、入国管理局に「在寮証明書」を出す必要があります。
更新の申請期限が６月１６日（月）で、申請には証明書の原本が必要です。

月曜の朝に入国管理局へ行く予定なので、金曜日までに証明書を受け取ることはできますか。

チャン・ミン
""", "high", "neutral"),
    M("ja", "食事プランの変更について", """
お世話になっております。
来月から部活の朝練が始まるため、朝食を「なし」のプランに変更したいのですが、可能でしょうか。
また、変更した場合の寮費がいくらになるかも教えてください。

210号室 佐野
""", "normal", "neutral"),
    M("ja", "部屋の件", """
前に話したやつです、どうなりました？
""", "normal", "neutral", True),
    M("ja", "隣の部屋の騒音について", """
308号室の者です。
隣の309号室から、毎晩2時、3時まで通話の声とゲームの音が聞こえてきます。
寮の規則では23時以降は静かにすることになっているはずですが、規則はあってないようなものなのでしょうか。
試験前で寝不足が続いています。管理事務室から注意していただけませんか。
""", "normal", "angry"),
    M("ja", "食物アレルギーへの対応について", """
来春入寮予定の娘の母です。
娘には卵とえびのアレルギーがあり、これまで家でも外食でも、とても気をつけてきました。
寮の食事でアレルギーの対応をどこまでしていただけるのか、もし誤って口にした場合に夜間でも対応していただける方がいるのか、心配しています。

入寮前に一度、食堂の方とお話しする機会をいただくことはできますでしょうか。

西村
""", "normal", "anxious"),
    M("ja", "自転車の駐輪登録について", """
こんにちは、115号室の長谷川です。
自転車を買ったので、寮の駐輪場に停めたいです。
登録の手続きと、ステッカーの受け取り方法を教えてください。
""", "normal", "neutral"),
    M("ja", "試験期間中のお心遣いに感謝します", """
管理事務室の皆さま、食堂の皆さま

先週まで試験期間で、毎晩遅くまで勉強していました。
夜食のおにぎりを用意してくださったり、廊下で「がんばってね」と声をかけてくださったり、本当に励みになりました。
おかげで全科目、無事に終えることができました。ありがとうございました！

302号室 森下
""", "low", "positive"),
    M("ja", "来年度の空き部屋について", """
お世話になっております。
現在入寮している兄（201号室）の弟が、再来年の春に進学予定です。
その頃の入寮の申し込み時期と、兄弟での入寮に割引などがあるかを知りたいです。
まだ先の話ですので、急ぎません。

小松
""", "low", "neutral"),

    M("en", "Arriving late tonight - flight delayed", """
Hello,

I'm an incoming exchange student (room C108). My flight from Seoul was delayed and I'll now land at 9:40 pm, so I won't reach the hall until around 11. The welcome email says the office closes at 9.

I don't know anyone in the city and I don't have anywhere else to stay. Will anyone be there to give me my key? If not, what should I do?

Thank you,
Kim Ji-woo
""", "high", "anxious"),
    M("en", "Mould in room A207 - second report", """
To the Residence Office,

I reported black mould on the wall behind my bed on 2 October and again on 9 October. Nobody has come to look at it.

I have asthma, and since last week I've been using my inhaler several times a night. I've been sleeping on a friend's floor for the last two nights. I'm paying full rent for a room I can't safely sleep in.

I need either the mould treated or a different room this week. Please tell me which.

Aisha Rahman, A207
""", "high", "angry"),
    M("en", "Parcels at the front desk", """
Hi,

I'm expecting to recieve a few parcels over the next few weeks. Does teh front desk hold them, and for how long? And do I need to show ID to pick them up?

Thanks,
Leo
""", "normal", "neutral"),
    M("en", "Re:", """
so is that a yes?
""", "normal", "neutral", True),
    M("en", "Thank you from a parent", """
Dear Residence team,

Our daughter has just finished her first year at Carver Hall. When she was homesick in the first month, your staff noticed and made a point of checking in on her. It meant a great deal to us, being so far away.

With thanks,
Paul and Linda Ferreira
""", "low", "positive"),
]
