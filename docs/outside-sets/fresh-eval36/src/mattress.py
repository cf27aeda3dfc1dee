from common import *

DOMAIN = "mattress"
MEANING = "マットレス製造直販（お試し期間・返品） / direct-to-consumer mattress maker with home trial"

SENTENCES = [
    S("ja", "120日間のお試し期間内であれば、返品送料は当社が負担いたします。"),
    S("ja", "寝心地が合わないのは、慣れるまでの時間が足りないせいだと思います。", C),
    S("ja", "腰痛が悪化したというご相談は、医療の問題ですので当店ではお答えできません。", X),
    S("ja", "回収の日程は、配送業者から近日中にご連絡がいくと思います。", V),
    S("ja", "マットレスのカバーを外して、タグの写真を撮って送ってください。", I, R),
    S("ja", "ウレタンのへたりが保証対象かどうかは、こちらでは分かりかねます。", U),
    S("ja", "へたりの深さを確認するため、マットレスの上に定規か棒を渡し、一番沈んでいる所の深さを測っていただけますか。"),
    S("ja", "保証の対象は深さ3cm以上のへたりで、1.5cm程度ですと対象外となりますが、ローテーションで改善することが多いので、方法をお送りします。"),
    S("ja", "配送は玄関先までとなり、2階への搬入は1点あたり3,300円で承ります。"),
    S("ja", "お届けまでにしばらくお時間を頂戴しております。", V),
    S("ja", "注文番号を教えてください。", I, R),
    S("ja", "他社製のベッドフレームとの相性は、お客様ご自身でご判断ください。", X),
    S("ja", "新しいマットレスは開封後、においが抜けるまで、窓を開けた部屋で24時間ほど広げておいてください。", I),
    S("ja", "返品のご希望は承りました。5月21日（水）午前中に回収に伺います。"),

    S("en", "Your mattress will be dispatched within 3 working days and delivered by DPD, with a one-hour window sent on the morning of delivery."),
    S("en", "Take a photo of the law label and email it to us.", I, R),
    S("en", "Most people adjust after a couple of weeks; you may just be an unusually fussy sleeper.", C),
    S("en", "We don't know why the foam smells.", U),
    S("en", "Back pain is a medical matter, not a mattress one.", X),
    S("en", "There may be a modest restocking charge.", V),
]

DRAFTS = [
    D("ja", "お届け遅延のお詫びと、新しいお届け日のご案内", """
田中様

眠り工房ハヤセの小林です。
ご注文いただいたマットレス「ハヤセ・スリープ7（シングル）」を、お約束の9月10日にお届けできず、誠に申し訳ございません。

原因は、芯材（ポケットコイル）の入荷が仕入れ先の都合で1週間遅れたにもかかわらず、当社がその時点でお届け日の見直しを行わなかったことです。
本日工場で製作を終え、9月15日（日）午前中のお届けで配送業者に手配いたしました。お詫びとして、送料2,200円を返金いたします（今月末までにご指定の口座へお振込み）。
今後は、資材の入荷が遅れた時点ですぐにお届け予定日を見直し、お客様にご連絡する手順に改めました。

ご迷惑をおかけし、重ねてお詫び申し上げます。

眠り工房ハヤセ　小林
"""),
    D("ja", "ご注文ありがとうございます（マットレスの発送予定について）", """
中村様

眠り工房ハヤセの小林です。
このたびはご注文いただき、ありがとうございます。

ご注文番号：△△△△
商品：ハヤセ・スリープ5（セミダブル）
発送予定日：10月3日（木）
お届け予定日：10月5日（土）午前中

お届けの前日に、配送業者からお電話があります。
120日間のお試し期間は、お届け日から数えて始まります。

眠り工房ハヤセ　小林
""", PH),
    D("ja", "誤ったサイズの商品を発送した件について", """
石川様

眠り工房ハヤセの小林です。
セミダブルをご注文いただいたところ、シングルサイズのマットレスをお届けしてしまい、大変申し訳ございません。

出荷の際、倉庫で隣に置かれていた別のご注文の伝票を取り違えて貼ってしまったことが原因でした。
今後は、出荷前に伝票と商品のサイズ表示を2名で読み合わせる確認を行い、同じ誤りが起きないようにいたします。

重ねてお詫び申し上げます。

眠り工房ハヤセ　小林
""", AP),
    D("ja", "お試し期間は11月30日までです（返品をご希望の場合のお手続き）", """
岡本様

眠り工房ハヤセの小林です。
8月2日にお届けしたマットレスのお試し期間が11月30日（土）で終わりますので、念のためお知らせします。

このままお使いいただく場合は、お手続きは不要です。
返品をご希望の場合は、11月30日までにこのメールへご返信ください。回収日を相談して決めさせていただき、回収後10日以内にご購入代金の全額をご返金します。回収の送料は当社が負担いたします。

眠り工房ハヤセ　小林
"""),

    D("en", "Sleep better this autumn", """
Hi Daniel,

As the nights draw in, it's a good time to think about your sleep routine. Our sleep team recommends keeping the bedroom at around 18°C and turning your mattress head-to-toe every three months for the first year, which helps the foam settle evenly.

This season we've also launched a bamboo mattress protector, which is breathable and machine-washable at 60°C.

On another note, the courier couldn't deliver your Loft Hybrid on Tuesday because the house number on the order (148) doesn't seem to exist on Bramley Road. Could you confirm the correct address by Friday so we can rebook the delivery for next week?

Best wishes,
Loft & Low
""", PU),
]

MAILS = [
    M("ja", "マットレスのにおいで娘が咳き込んでいます", """
昨日届いたマットレスを開封して、その夜から娘（6歳、ぜんそくがあります）が寝ていたのですが、夜中から咳が止まらなくなりました。
部屋に入ると薬品のようなにおいがします。
今夜からは使わないようにしますが、これは使っても大丈夫なものなのでしょうか。
今日の夕方に小児科に行くので、それまでに、使われている素材や接着剤の成分を教えていただけますか。

小松
""", "high", "anxious"),
    M("ja", "返金がまだです", """
10月2日に回収してもらったマットレスの返金（89,800円）が、まだ振り込まれていません。
10日、18日、25日とメールしましたが、毎回「確認いたします」という返事だけで、その後音沙汰なしです。
来週の月曜がカードの支払日です。
いつ振り込まれるのか、日付を教えてください。

注文番号 HY-20417
藤原
""", "high", "angry"),
    M("ja", "介護用マットレスのお届け日について", """
お世話になります。先週、介護ベッド用のマットレス（ケアモデル、幅91cm）を注文した者です。
入院中の母の退院が、明後日の金曜日に決まりました。
注文時はお届けが来週と伺っていましたが、金曜の午前中までに届けていただくことはできないでしょうか。
介護ベッドはレンタルで金曜に入る予定ですが、マットレスがないと母が寝る場所がありません。
追加料金がかかる場合は、その金額も教えてください。
""", "high", "neutral"),
    M("ja", "サイズ交換について", """
先月シングルを購入しましたが、二人で寝ることになり、セミダブルに替えたいです。
お試し期間内なので交換できると思うのですが、差額はいくらでしょうか。
手順も教えてください。

注文番号：HY-19882
""", "normal", "neutral"),
    M("ja", "最高の寝心地（笑）", """
「10年へたらない最高の寝心地」とのことでしたが、2週間で真ん中がはっきりへこみました。
大変すばらしい品質ですね。
写真を付けておきます。どう対応していただけるのか、ご説明をお願いします。
""", "normal", "angry"),
    M("ja", "お試し期間の返品について", """
お試し期間の終わりが今月末なのですが、まだ返品するかどうか決めきれていません。
腰痛がよくなったような、変わらないような…という感じです。
もし期間を過ぎてしまったら、もう一切返品できないのでしょうか。
高い買い物だったので、判断を間違えたらと思うと不安です。
""", "normal", "anxious"),
    M("ja", "マットレス", "硬さ変えられますか", "normal", "neutral", True),
    M("ja", "古いマットレスの引き取り", """
新しいマットレスを注文する予定です。
今使っているスプリングマットレス（他社製、ダブル）を、配達のときに引き取ってもらうことはできますか。
料金がかかるなら、いくらか教えてください。
""", "normal", "neutral"),
    M("ja", "カバーだけ購入できますか", """
特に急いでいませんが、ダブルサイズの替えカバーだけを購入することはできますか。
洗い替え用にもう１枚あると便利かなと思った程度です。
""", "low", "neutral"),
    M("ja", "お礼", """
購入してからちょうど１年になります。
朝起きたときの腰の重さがなくなり、本当に買ってよかったと思っています。
お礼を伝えたくてメールしました。返信は不要です。
""", "low", "positive"),

    M("en", "Tracker says delivered - nothing here", """
Order LL-30921. Delivery was booked for today, 8 to 12. At 10:14 the tracker changed to "delivered - left with customer". Nobody has delivered anything; I've been in all morning and so has my neighbour.
Our old mattress went to the tip yesterday, so as of tonight we have nothing to sleep on. I've taken the day off for this.
Can you find out where it actually went and whether it can come today?
Tom Gray
""", "high", "neutral"),
    M("en", "Refund for returned Ortho 2 - final chase", """
I returned the Ortho 2 on 3 May. Your courier collected it and I have the collection receipt.
I still haven't received my £649 refund. I emailed on the 14th, the 21st and the 28th and got nothing back beyond an automated reply.
If the money isn't back by Friday I'll be raising a chargeback with my bank.
Order LL-28840
Fiona Reid
""", "high", "angry"),
    M("en", "Mattress too soft for my dad?", """
Hi, I bought the memory foam model two weeks ago for my dad, who's 81 and has arthritis in both hips. I'm now worried it's too soft - he sinks in and struggles to get himself up in the morning.
Can we swap it for something firmer within the trial? Which one would you suggest?
Thanks, Gemma
""", "normal", "anxious"),
    M("en", "Sizing question", """
Do your 135 cm mattresses fit a standard 4ft6 bed frame, or are they a bit wider? Mine's an older frame and the inside measures 137 x 191 cm.
Cheers, Ravi
""", "normal", "neutral"),
    M("en", "Where are covers made?", """
Out of curiosity, are your mattress covers made in the UK? I'm not buying anything right now, just interested. No rush on this.
""", "low", "neutral"),
]
