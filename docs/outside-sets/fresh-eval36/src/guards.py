from common import *

DOMAIN = "guards"
MEANING = "警備会社（施設警備・交通誘導・イベント警備） / security guard and event stewarding company"

SENTENCES = [
    S("ja", "交通誘導員の配置は、1名あたり日額税込19,800円、8時間を超える場合は1時間ごとに2,750円です。"),
    S("ja", "現場の状況によっては、人員を少し増やす場合がございます。", V),
    S("ja", "警備員の配置を決めるため、会場の図面をお送りいただけますか。"),
    S("ja", "警備員の休憩中に起きた件は、当社の責任範囲外です。", X, C),
    S("ja", "当日の配置人数は、直前にならないと分かりません。", U),
    S("ja", "警備計画書を今週中に提出してください。", I, R),
    S("ja", "前にもお伝えしましたが、警備員に私的な用事を頼むのはやめてください。", C, I),
    S("ja", "見積もりは、ご依頼内容を確認後、2営業日以内にお送りします。"),
    S("ja", "イベント中止時のキャンセル料は、7日前まで無料、6〜2日前は30%、前日と当日は50%です。"),
    S("ja", "警備員が何を見たかは、本人に聞いてみないと分かりません。", U),
    S("ja", "現地の下見は11月6日（木）14時に伺い、所要時間は1時間ほどです。"),
    S("ja", "駐車場の誘導について住民から苦情があったとのことですが、それは主催者様側で対応していただく話です。", X),
    S("ja", "人員を2名減らした場合、北側出入口が無人になる時間帯が生じるため、当社としてはおすすめできません。減員される場合の配置案も併せてお送りします。"),

    S("en", "Send the site plan.", I, R),
    S("en", "For an event that size we'd add 3 stewards to the 12 in your plan, mainly to cover the second entrance between 6 and 8 pm."),
    S("en", "Crowd safety isn't something you can improvise, as I'm sure you now realise.", C),
    S("en", "Incidents in the car park are the venue's problem, not ours.", X),
    S("en", "For a 2,000-capacity gig we recommend 18 SIA-licensed stewards, with 4 on the front barrier from doors at 7 pm until the headliner finishes."),
    S("en", "Could you share the artist's rider? Some acts require a dedicated stage-door team, which changes the headcount."),
]

DRAFTS = [
    D("ja", "11月23日（日）秋祭りの警備計画案の送付", """
東町商店会　会長　伊藤様

北辰警備保障の石原です。
11月23日（日）の秋祭りについて、警備計画案をお送りします（PDF添付）。

・配置人数：8名（交通誘導4名、会場内巡回2名、本部・迷子対応2名）
・時間：9:00〜17:00（休憩は交代制）
・料金：8名×19,800円＝158,400円（税込）

昨年は迷子の問い合わせが午後に集中したため、今年は本部の人員を1名増やしています。
この内容でよろしければ、11月14日（金）までにご返信ください。警察署への届出に使う最終版を作成します。

北辰警備保障　石原
"""),
    D("ja", "交通誘導員のお見積もり（道路工事・12月2日〜6日）", """
株式会社中央舗道　工事課　佐々木様

北辰警備保障の石原です。
ご依頼の交通誘導員について、お見積もりをお送りします。

・期間：12月2日（月）〜12月6日（金）の5日間
・人数：1日2名（うち1名は交通誘導警備業務2級の資格者）
・料金：2名×19,800円×5日＝198,000円（税込）
・残業：8時間を超えた場合、1名1時間あたり2,750円

配置予定の隊員名は、11月28日（木）までにお知らせします。

北辰警備保障　石原
"""),
    D("ja", "巡回記録についてのご質問への回答", """
株式会社ミドリ倉庫　管理課　吉野様

北辰警備保障の石原です。
10月15日夜の巡回記録について、お問い合わせをいただきました。

巡回は契約どおり実施しておりますので、記録に空白がある理由について、当社からご説明することはございません。
倉庫裏口の破損については当社の警備の範囲外のことですので、警察にご相談ください。

北辰警備保障　石原
""", X, C),

    D("en", "Stewarding plan for Riverside Market, 14 December", """
Hi Aisha,

Attached is our stewarding plan for the Riverside Christmas Market on Saturday 14 December.

We've allocated 10 SIA-licensed stewards from 9 am to 7 pm: 4 on the two entrances, 4 patrolling the stalls, and 2 at the welfare point, which also handles lost children. That's one more than last year, because footfall peaked at around 3,000 between 4 and 6 pm.

The cost is £2,640 including VAT. If the plan works for you, a reply by Friday 6 December would let us submit it with the council's event notification.

Best regards,
Tom Reeve
Sentinel Event Security
"""),
]

MAILS = [
    M("ja", "明日の交通誘導員の配置について", """
株式会社中央舗道の佐々木です。
明日8時から本町通りの舗装工事で、交通誘導員2名の手配をお願いしておりました。
配置予定の方のお名前を今日の正午までにいただく約束でしたが、まだ届いていません。
誘導員がいないと工事が始められず、道路使用許可の期間も今週金曜までです。
明日予定どおり来ていただけるのか、本日中にご連絡ください。
""", "high", "neutral"),
    M("ja", "巡回記録の空白と裏口の破損について", """
株式会社ミドリ倉庫の吉野です。
昨夜の巡回記録、2時から5時までが空白になっていました。
その時間帯に倉庫の裏口がこじ開けられていたことが、今朝分かりました。
8月にも同じように記録が抜けていた件でご連絡し、改善すると聞いていたはずです。
本日中に、責任者の方が説明に来てください。警察にはすでに届けています。
""", "high", "angry"),
    M("ja", "花火大会の警備計画について警察から指摘を受けました", """
今週土曜の湖畔花火大会の実行委員の者です。
御社に作っていただいた警備計画を警察署に提出したところ、「河川敷の誘導員の人数が足りない」と指摘を受けました。
金曜の午前中までに修正版を出さないと、許可が下りない可能性があると言われています。
私たちは素人で、どこをどう直せばいいのか分かりません。どうしたらいいでしょうか。

湖畔花火大会実行委員会　事務局　小川
""", "high", "anxious"),
    M("ja", "マンション排水管清掃日の駐車場誘導", """
サンハイツ管理組合の理事をしております岡です。
来月15日（土）に排水管の一斉清掃があり、作業車が駐車場に入るため、誘導員を1名お願いしたいと考えています。
時間は9時から16時です。見積もりをお願いできますか。
""", "normal", "neutral"),
    M("ja", "誘導員の方の態度について", """
先週、マンション前の工事で配置されていた誘導員の方について、住民から苦情が複数来ています。
ベビーカーを押している方に「早く行って」と怒鳴ったり、高齢の方を手で押しのけたりしていたそうです。
管理組合としても大変困っています。どういう指導をされているのでしょうか。
""", "normal", "angry"),
    M("ja", "初めてのイベントで警備が必要か分かりません", """
来春、地域の子ども向けのマルシェを初めて主催します。
来場は200人くらいを見込んでいますが、警備を頼むべき規模なのかどうかも分かりません。
何かあったときに責任を問われるのではないかと、今から不安です。
相談だけでも乗っていただけますか。
""", "normal", "anxious"),
    M("ja", "依頼", "来週いけますか", "normal", "neutral", True),
    M("ja", "夏祭りのお礼と秋祭りのご依頼", """
西町商店街振興組合の田村です。
先日の夏祭りでは、迷子になったお子さんを10分ほどで保護者のもとに戻していただき、本当に助かりました。
皆さんの落ち着いた対応に、役員一同感謝しています。
秋祭り（10月12日）も、ぜひ同じ体制でお願いしたいです。
""", "normal", "positive"),
    M("ja", "会報用の写真について", """
警備員の皆さんの制服が新しくなったと聞きました。
マンションの会報で紹介したいので、写真を1枚ご提供いただけますか。
来月号に載せる予定なので、急ぎません。

サンハイツ管理組合　広報担当　岡
""", "low", "neutral"),
    M("ja", "実績報告書のお願い", """
来年度の契約更新の検討資料として、今年度の警備実績の報告書（出動件数など）をいただけますか。
理事会は来年3月なので、時期はいつでも構いません。

株式会社アオイ物産　総務部　平田
""", "low", "neutral"),

    M("en", "Overnight stewards for festival load-in - confirmation shows 4, we need 8", """
Hi,
Load-in for Meadowfest starts tomorrow at 6 am. We agreed 8 stewards overnight from tomorrow night to guard the main stage and the hired sound and lighting (roughly £180k of kit, insured on condition it's guarded). Your confirmation email only lists 4.
Can you confirm 8 names by 6 pm today? If not, I need to find extra cover elsewhere tonight.
Rob Kinsella
Production Manager, Meadowfest
""", "high", "neutral"),
    M("en", "Guard posted a photo showing our alarm code", """
One of your guards at our Unit 4 warehouse has posted a photo on Instagram of himself at the reception desk. Behind him you can clearly see the alarm panel and the door code written on the whiteboard.
The post is public and has been up since Sunday. I'm worried someone has already seen it. What can you do right now to get it taken down, and should we change the codes tonight?
Priya Nair
Operations, Kestrel Logistics
""", "high", "anxious"),
    M("en", "Quote - charity fun run, September", """
Hello,
We're organising a 5k charity fun run in Westbrook Park on Sunday 21 September, expecting around 600 runners plus spectators. Could you quote for marshals/stewards? We'll need cover from 8 am to 1 pm.
Thanks,
Harriet Cole
Westbrook Hospice Events
""", "normal", "neutral"),
    M("en", "Thank you - and Christmas market booking", """
Just wanted to say your team at the Riverside market on Saturday were brilliant when that little boy went missing - calm, quick, and kind to his mum. Everyone noticed.
Could we book the same supervisor (I think his name was Marcus) for the Christmas market on 14 December?
Aisha Khan
Riverside Markets
""", "normal", "positive"),
    M("en", "Supplier review - documents", """
Hi, we're reviewing our security suppliers for next year. No decision needed now - when you get a chance, could you send your public liability insurance certificate and a company brochure?
Many thanks,
Jon Edwards, Facilities, Harlow College
""", "low", "neutral"),
]
