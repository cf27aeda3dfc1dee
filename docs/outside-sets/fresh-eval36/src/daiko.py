from common import *

DOMAIN = "daiko"
MEANING = "運転代行 / designated-driver service (a driver takes you home in your own car)"

SENTENCES = [
    S("ja", "ご予約のお時間に10分以上遅れる場合、待機料金が発生することがあります。", V),
    S("ja", "待機料金は10分ごとに550円です。"),
    S("ja", "車内に忘れ物があったかどうかは、ドライバーに聞いても分からないと思います。", U),
    S("ja", "金曜の夜は予約が集中するため、お迎えまで40分から1時間ほどお待ちいただくことがあります。"),
    S("ja", "お車の鍵は、ドライバーに直接お渡しいただけますか。", R),
    S("ja", "飲酒されたお客様が覚えていないだけではないでしょうか。", C),
    S("ja", "ドライバーの運転が荒かったとのことですが、感じ方は人それぞれですので。", X),
    S("ja", "お迎え場所は、店名ではなく住所か近くの目印で教えてください。ナビで正確な位置を出すためです。", I),
    S("ja", "車両保険の内容は、保険会社に確認してください。当社には関係ありませんので。", I, X),
    S("ja", "ご利用いただいた4月12日の料金明細を、本日中にメールでお送りします。"),
    S("ja", "随伴車が来るまでの時間は申し上げられません。", U),
    S("ja", "ご利用の際は、お客様ご自身が必ず同乗していただく決まりになっております。運転代行は、お客様とお車を一緒に目的地までお送りするサービスのためです。"),
    S("ja", "二度も同じ説明をさせないでいただけますか。", C),

    S("en", "Your driver will be with you in 25 to 35 minutes; you'll get a text with their name when they set off."),
    S("en", "We'll need you to text us your exact pickup address again.", R),
    S("en", "Waiting time is £5 for every 10 minutes after the first 10."),
    S("en", "Customers who've been drinking often misremember the route, to be fair.", C),
    S("en", "We don't know who scratched the bumper.", U),
    S("en", "Parking tickets issued after drop-off aren't anything to do with us.", X),
    S("en", "Could you confirm the make and colour of your car? Drivers find it much faster in a busy car park if they know what to look for."),
]

DRAFTS = [
    D("ja", "12月6日（金）のお迎え遅延についてのお詫び", """
木村様

ほろよい代行サービスの森です。
12月6日（金）22時30分にご予約いただいていたお迎えが、約50分遅れてしまいました。寒い中お待たせしてしまい、誠に申し訳ございませんでした。

原因は、当日のドライバーの配車表に、木村様のご予約が23時30分と誤って転記されていたことでした。
当日の料金は全額返金とし、12月9日にご指定の口座へお振込みいたしました。
今後は、予約システムから配車表へ手で書き写す作業をやめ、システムから直接印刷した配車表を使うよう改めました。

またのご利用を心よりお待ちしております。

ほろよい代行サービス　森
"""),
    D("ja", "ご利用明細の送付", """
株式会社サンライズ　総務課　宮本様

ほろよい代行サービスの森です。
〇月〇日（〇）にご利用いただいた際の明細をお送りします。

・お迎え場所：居酒屋「はなび」駅前店
・お送り先：本社駐車場
・走行距離：8.2km
・料金：4,950円（税込）

月末締めで、翌月10日に請求書をお送りします。

ほろよい代行サービス　森
""", PH),
    D("ja", "ほろよい代行サービスです", """
株式会社アサノ工業　秘書室　浅野様

いつもご利用いただき、ありがとうございます。ほろよい代行サービスの森です。
年末が近づき、忘年会シーズンとなりました。
当社では今年からドライバーを8名増員し、金曜・土曜の夜もお待たせする時間が短くなっております。
また、新しくスマートフォンからのご予約にも対応しました。

ところで、12月20日（金）の役員会食後の送迎（3台）についてですが、お迎え場所が「料亭 松風」の本店と別館のどちらになるかで、手配するドライバーの人数が変わります。
12月13日（金）までに、どちらになるかお知らせいただけますでしょうか。

ほろよい代行サービス　森
""", PU),

    D("en", "A note from HomeSafe Drivers", """
Hi Greg,

Thanks for riding with HomeSafe this year - we now have 40 drivers on the road across the county, and we've just added card payment in the app.

With the holidays coming up, it's worth remembering that Friday and Saturday nights book out fast. Our busiest night last December was the 20th, when we did 212 trips.

Also, your standing Saturday 11 pm pickup from The Anchor is due to renew on 1 December. If we don't hear from you by 25 November, it will lapse and the slot will go to the waiting list. Could you let us know whether you'd like to keep it?

Cheers,
HomeSafe Drivers
""", PU),
]

MAILS = [
    M("ja", "車がレッカーされていました", """
昨夜23時ごろ代行をお願いした者です。
自宅の駐車場に入れてもらうはずが、200mほど先の路上に置いていかれていて、今朝見たらレッカー移動されていました。
電話を何度かけても誰も出ません。
今日中に車を取り戻さないと、明日からの仕事に行けません。
保管料と反則金はどうしてくれるんですか。連絡をください。

大西　090-7731-4420
""", "high", "angry"),
    M("ja", "鍵が戻ってきていません", """
昨晩ご利用した者です。ドライバーさんにお渡しした車の鍵が、どうも返ってきていないようです。
同じキーホルダーに家の鍵もついています。昨夜は家族が起きていたので入れましたが、今日は家族が出かけていて、夕方には誰もいません。
小学生の息子が15時に学校から帰ってくるので、それまでに何とかしたいです。
ドライバーさんが持ったままになっていないか、確認していただけますか。
""", "high", "anxious"),
    M("ja", "本日19時の予約　お迎え場所の変更", """
本日19時にお迎えを予約している佐藤です（6名、2台）。
会場が変わり、お迎え場所を「ホテル翠山」から「割烹 いずみ」（本町3-5）に変えたいです。
終わりの時間も20時30分に変わりました。
変更が受け付けられたかどうか、18時までにお返事をいただけますか。
""", "high", "neutral"),
    M("ja", "ドライバーの運転中の通話について", """
先週金曜に利用しました。
ドライバーの方が、私の車を運転しながら、片手でスマホで話していました。
人の車で、しかも夜道で、です。
どういう教育をされているんですか。
""", "normal", "angry"),
    M("ja", "法人契約について", """
株式会社タケダ設備で総務を担当しております武田と申します。
取引先との会食後の送迎に、代行サービスの利用を検討しています。
月に4〜5回程度の想定で、法人契約や請求書払いは可能でしょうか。
料金表があればお送りください。
""", "normal", "neutral"),
    M("ja", "問い合わせ", "料金いくらですか", "normal", "neutral", True),
    M("ja", "初めての利用で不安です", """
初めて代行を使おうと思っています。
正直、自分の車を知らない人に運転してもらうのが少し怖いです。
もし事故があった場合、保険はどうなるのでしょうか。
私の車の保険を使うことになるのか、そちらの保険なのか、教えてください。
""", "normal", "anxious"),
    M("ja", "先日はありがとうございました", """
先週土曜の深夜、遅い時間にもかかわらず丁寧に運転していただき、ありがとうございました。
ドライバーの方がとても感じのいい方で、安心して乗れました。
来月の忘年会でもまたお願いしたいのですが、予約は何日前からできますか？
""", "normal", "positive"),
    M("ja", "エリア外への送り", """
今のところ予定はないのですが、隣の町（川北町）まで送ってもらうことは可能ですか？
将来使うかもしれないので、参考までに。
""", "low", "neutral"),
    M("ja", "領収書の表記について", """
いつも利用しています。
領収書の発行元が「ほろよい代行」とだけ書かれていて、経理から正式な会社名を聞かれることがあります。
正式名称を入れていただけると助かります。急ぎませんので、次回以降で。
""", "low", "neutral"),

    M("en", "Wallet left in your chase car - no reply", """
Your driver took me home at about 1 am on Saturday. I left my wallet in the back of the chase car - about £300 in cash plus my cards and driving licence.
I rang twice on Saturday and emailed on Sunday. Nobody has got back to me. I've had to cancel all my cards, and I need that licence back for work on Thursday.
Who has it and where is it?
Craig Munro
""", "high", "angry"),
    M("en", "Manual car + insurance question", """
Hi, I'm thinking of booking you for a wedding next month. Two worries: my car is a manual - is that okay for your drivers? And my insurance only covers named drivers, so would your driver be covered if anything happened? I don't want to find out the hard way.
Thanks, Leanne
""", "normal", "anxious"),
    M("en", "New Year's Eve - Northfield", """
Do you cover Northfield on New Year's Eve? We'd need two cars taken home from the Crown at around 12:30, four of us in total. Happy to pre-pay.
Dev
""", "normal", "neutral"),
    M("en", "Quoted £45, charged £68", """
Quoted £45 on the phone. Charged £68 on the card. Nobody mentioned "surge pricing" until I saw the receipt. Explain, please.
""", "normal", "angry"),
    M("en", "Gift vouchers?", """
Do you do gift vouchers? Thinking ahead to Christmas for my dad, who's always the designated driver. Not in a rush.
""", "low", "neutral"),
]
