# boatlic = a small-boat licence school: classroom and on-water courses for the
# national small-craft licence, exam booking, re-tests, refunds.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "boatlic"

SENTENCES = [
    S("ja", "学科講習は7月5日（土）9:00〜17:30、実技講習は翌6日の午前中で、合計2日間です。"),
    S("ja", "身体検査で視力を確認しますので、眼鏡やコンタクトレンズをお使いの方は当日お持ちください。"),
    S("ja", "ロープの結び方はテキストに図解がありますので、普通はお一人でも覚えられるはずです。", CON),
    S("ja", "天候によっては、実技講習の開始が少し遅れる場合があります。", VAG),
    S("ja", "申込書と証明写真を今週中に郵送してください。", IMP, RWR),
    S("ja", "試験の合格発表がいつになるかは、こちらでは分かりかねます。", UNK),
    S("ja", "船酔いは個人差の問題ですので、当スクールでは対応いたしかねます。", DIS),
    S("ja", "受講前に住民票の写しをご用意いただけますでしょうか。", RWR),
    S("ja", "何度お問い合わせいただいても、講習の日程は変わりません。", CON, DIS),
    S("ja", "実技試験に不合格だった場合、再試験は1回11,000円で、直近の空きは7月19日です。"),
    S("ja", "お振込みの確認が遅れており申し訳ありません。経理に確認のうえ、明日15時までにご連絡します。"),
    S("ja", "夏の繁忙期は、講習料がやや高めになります。", VAG),
    S("ja", "救命胴衣は必ず自分で点検してください。落水したときに膨らまないと命に関わります。", IMP),

    S("en", "The practical lesson is on a five-metre outboard boat, with no more than three students per instructor."),
    S("en", "Upload a passport photo by Friday.", IMP, RWR),
    S("en", "Frankly, if you had read the handbook you wouldn't need to ask.", CON),
    S("en", "Your refund of ¥38,500 will reach your account by 14 June."),
    S("en", "Whether you get seasick or not is really not something we can help with.", DIS),
    S("en", "Could you send us a copy of your driving licence? The maritime bureau accepts it as proof of identity for the exam."),
    S("en", "We can't confirm the exam venue until the maritime bureau publishes it on 3 June, and I'll email you that afternoon."),
]

DRAFTS = [
    D("ja", "7月5日・6日の講習のお申し込みを受け付けました", """
石田様

ブルーウェーブ船舶免許スクールの松本です。
2級小型船舶免許講習（7月5日・6日）のお申し込みを受け付けました。
受講料38,500円のお振込みも、本日確認いたしました。

9時から受付と身体検査を行いますので、当日は8時45分までに、横浜マリーナ2階の教室へお越しください。
身体検査で視力を測りますので、普段お使いの眼鏡をお持ちいただけますか。

ご不明な点は、このメールへのご返信でお知らせください。

ブルーウェーブ船舶免許スクール 松本 恵
045-555-0198
"""),
    D("ja", "講習日程のご案内の誤りについてのお詫び", """
中川様

ブルーウェーブ船舶免許スクールの松本です。
先日お送りした講習日程のご案内で、実技講習の集合場所を誤って記載しておりました。大変申し訳ございません。
正しい集合場所は「横浜マリーナ」ではなく「本牧マリーナ 第2桟橋」です。
昨年の案内文の雛形をそのまま使い、場所の欄を書き換え忘れたことが原因でした。
正しい内容の案内状を、本日あらためて郵送いたしました。

ブルーウェーブ船舶免許スクール 松本
""", APO),
    D("ja", "6月14日（土）実技講習の延期について", """
西田様

ブルーウェーブ船舶免許スクールの松本です。
明日6月14日（土）の実技講習は、強風注意報が出ているため延期とさせていただきます。
振替日は近日中に決めてご連絡いたします。
延期による追加の費用はかかりません。

ブルーウェーブ船舶免許スクール 松本
""", VAG),

    D("en", "Your exam result: passed", """
Dear Mr Hartley,

Good news: you passed both the written and the practical exam on 28 May. Congratulations!

Your licence card will be posted by the Maritime Bureau to the address on your application. They tell us this takes about three weeks, so it should arrive by 20 June. If it hasn't come by then, let me know and I'll chase it for you.

Best regards,
Ken Matsumoto
Blue Wave Boat Licence School
"""),
    D("en", "Apology: double charge on your card", """
Dear Ms Okafor,

I'm sorry that your card was charged twice for the Level 2 course fee on 2 June.

We refunded the duplicate ¥38,500 today. Depending on your card issuer, it will appear on your statement within 5–10 business days.

We will also review our payment process so that this doesn't happen again.

Kind regards,
Ken Matsumoto
Blue Wave Boat Licence School
""", APO),
]

MAILS = [
    M("ja", "high", "anxious", False, "明日の国家試験の受験票が届いていません", """
ブルーウェーブ船舶免許スクール御中

明日（6月8日）の2級の国家試験を受ける予定の河合と申します。
受験票は試験の1週間前までに届くと説明を受けたのですが、
今日になってもまだ届いていません。
受験票がないと受験できないのではないかと思い、
どうしたらいいのか分からなくなっています。
明日は朝8時に会場に行く予定です。

河合 健太
090-5555-0311
"""),
    M("ja", "high", "angry", False, "実技講習の船の整備について", """
ご担当者様

先週日曜の実技講習に参加した吉村です。
講習の途中でエンジンが止まり、沖で30分以上漂流しました。
教官の方は「よくあること」とおっしゃっていましたが、
無線もなかなかつながらず、受講生は全員かなり怖い思いをしています。

来週の日曜にも同じ船で2回目の講習があると聞きました。
あの船はきちんと整備されたのでしょうか。
整備の結果が確認できないのであれば、私は乗るつもりはありません。

吉村 隆
"""),
    M("ja", "high", "neutral", False, "中止になった講習の返金について", """
お世話になっております。
5月18日の講習がスクール側のご都合で中止になった件で、
受講料38,500円を5月末までに返金するとのご連絡をいただいていました。
本日６月５日時点で、まだ口座に入金がありません。
来週、この口座から家賃の引き落としがあるため、
入金の予定日を教えていただけますでしょうか。

杉山 亜紀
"""),
    M("ja", "normal", "neutral", False, "8月の講習の空き状況", """
8月の土日で、2級の講習に空きはありますか。
夫婦2人で受講したいと考えています。
できればお盆の前だとありがたいです。
"""),
    M("ja", "normal", "angry", False, "電話がつながりません", """
受付時間内（平日10時〜17時）に何度も電話しているのですが、
毎回話し中か、留守番電話になります。
電話番をする人はいないのでしょうか。

用件ですが、7月の講習をキャンセルした場合の
キャンセル料がいくらになるかを知りたいです。

森本
"""),
    M("ja", "normal", "anxious", False, "色覚について（身体検査）", """
はじめまして。免許の取得を考えている者です。
子どもの頃に色覚に少し異常があると言われたことがあり、
身体検査で落ちてしまわないか心配しています。
申し込む前に確かめておきたいのですが、
色の見分けはどの程度できれば大丈夫なのでしょうか。
"""),
    M("ja", "normal", "neutral", True, "（無題）", """
昨日の件ですが、やっぱり無理そうです。
"""),
    M("ja", "normal", "positive", False, "合格しました！1級の講習について", """
松本さん

先日の試験、おかげさまで合格しました！
実技の前に離岸のコツを何度も教えていただいたおかげです。本当にありがとうございました。

調子に乗って、次は1級にも挑戦したいと思っています。
2級からのステップアップの講習は、いつ頃どこで開催されますか。
日程を教えていただけるとうれしいです。

井口
"""),
    M("ja", "low", "neutral", False, "パンフレット送付のお願い", """
来年の春ごろ、家族で免許を取れたらいいねと話しています。
まだ先の話なので、パンフレットを郵送していただく程度で結構です。
送り先：〒231-0000 横浜市中区本町1-2-3 浅野 方
"""),
    M("ja", "low", "neutral", False, "ホームページの地図について", """
ホームページのアクセス案内の地図で、最寄り駅の名前が
古いままになっています（「港北口」は今年の春から「港北中央」です）。
お手すきのときに直していただければと思い、ご連絡しました。
"""),

    M("en", "high", "anxious", False, "Practical exam Saturday – portal says unpaid", """
Hello,

My practical exam is this Saturday (15 June) and when I logged in to the student portal today my booking shows as "unpaid – seat not reserved". The course fee left my bank account on 1 May; I've attached the statement.

I've been offered a crew job on a charter boat starting on the 20th and the offer depends on me having the licence. If I can't sit the exam this weekend I lose it.

Can someone check this and tell me my seat is safe?

Luis Romero
"""),
    M("en", "normal", "angry", False, "Sunday's lesson", """
Your instructor turned up 40 minutes late on Sunday and then rushed through the docking practice so we'd finish on time. I paid for a full session and got half of one.

What are you going to do about it?

R. Singh
"""),
    M("en", "normal", "neutral", False, "English course?", """
Hi, do you run the course in English? If not, would I be allowed to bring an interpreter to the classroom part? My Japanese is OK for daily life but not for technical stuff.

Thanks,
Anna
"""),
    M("en", "normal", "neutral", True, "Re: booking", """
Still not working.
"""),
    M("en", "low", "neutral", False, "Jet ski add-on", """
No rush on this at all. I'm thinking about doing the personal watercraft add-on at some point next year. Whenever you have a moment, could you tell me roughly what it involves and how long it takes?

Best,
Mark
"""),
]
