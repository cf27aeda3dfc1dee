"""cookware = home cookware brand: pots, frying pans, pressure cookers, warranty repair (調理器具メーカー)."""
from common import S, D, M

DOMAIN = "cookware"

SENTS = [
    # ja
    S("ja", "フッ素加工の剥がれは、強火での空焚きなど、取扱説明書で禁止している使い方をされた場合に起こります。", "C"),
    S("ja", "フッ素加工の剥がれは、お使いの状況によっては保証の対象になります。お手数ですが、剥がれた部分の写真を2枚お送りいただければ、3営業日以内に保証対象かどうかをお知らせします。"),
    S("ja", "圧力鍋のパッキンは消耗品ですので、劣化については当社では対応しておりません。", "D"),
    S("ja", "製品を着払いで当社の修理センターに送ってください。", "I R"),
    S("ja", "蓋の取っ手がぐらつく原因を調べるため、製品を着払いで修理センターへお送りいただけますか。到着後1週間以内に、修理内容と費用をご連絡します。"),
    S("ja", "IHで使えない理由は、製造元に確認しないと何ともいえません。", "U"),
    S("ja", "修理には少しお時間をいただきます。", "V"),
    S("ja", "修理には、到着から10日前後かかります。混み合っている場合でも、2週間を超える前にご連絡いたします。"),
    S("ja", "保証期間内かどうかを確かめるので、購入日がわかるレシートの写しを用意してください。", "I"),
    S("ja", "説明書を最後まで読んでいただければ、このようなことにはならなかったと思います。", "C"),
    S("ja", "鍋底の虹色の変色は、水道水のミネラルが熱で付着したもので、薄めたお酢を入れて5分ほど煮立てると落ちます。"),
    S("ja", "新しい蓋の入荷時期は未定で、現時点ではご案内できることがございません。", "U"),
    S("ja", "交換用の部品は、ある程度まとまった数が入荷しだい発送いたします。", "V"),
    # en
    S("en", "Warranty claims take a little while to process.", "V"),
    S("en", "Warranty claims are processed within five working days of receiving the photos, and you'll get an email either way."),
    S("en", "Send us a photo of the base so we can read the batch code.", "I"),
    S("en", "Could you send us a photo of the base of the pan? The batch code stamped there tells us which factory made it, which decides whether the recall covers it."),
    S("en", "We're unable to say whether the handle can be replaced.", "U"),
    S("en", "Discolouration is purely cosmetic, so it isn't something we would look into.", "D"),
    S("en", "You clearly put it in the dishwasher, which the care card tells you not to do.", "C"),
]

DRAFTS = [
    D("ja", "【重要】圧力鍋「プレッシャープロ 5.5L」の無償点検・部品交換のお願い",
      """
プレッシャープロ 5.5L をお使いのお客様へ

いつも当社製品をご愛用いただき、誠にありがとうございます。
株式会社ツバメ厨房器 お客様相談室です。

2022年9月から2023年3月に製造した「プレッシャープロ 5.5L」の一部で、
圧力調整弁のばねが規定より弱く、調理中に蒸気が想定より早く噴き出すおそれがあることが判明しました。
やけどの危険がありますので、該当品をお持ちの場合はご使用を中止し、無償の部品交換をお申し込みいただけますでしょうか。

■該当品の見分け方
本体底面の製造番号が「22J」から「23C」で始まるもの

■お申し込み方法
専用窓口（0120-552-310、9時～18時、土日も受付）、または当社ホームページの申込フォームからお申し込みいただけます。
交換部品をお送りし、交換方法は部品に添付の説明書と動画でご案内します。ご自身での交換が不安な場合は、製品を回収して当社で交換いたします。

なお、ばねの製造工程には2023年4月から全数の荷重検査を加えており、それ以降の製造品では同じ問題が起きないことを確認しております。

ご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

株式会社ツバメ厨房器 お客様相談室
"""),
    D("ja", "修理品返送のご連絡",
      """
新井 和子 様

ツバメ厨房器 修理センターの吉村です。
お預かりしていた片手鍋の修理が完了しましたので、本日発送いたしました。
取っ手の固定ねじを交換し、ぐらつきがないことを確認しております。
明後日の午前中にお届けの予定です。

ツバメ厨房器 修理センター 吉村
"""),
    D("ja", "お詫びとご報告",
      """
渡辺様

ツバメ厨房器 お客様相談室の森田でございます。
このたびは、ご注文いただいたフライパンセットに別の商品が入っていたとのこと、大変申し訳ございませんでした。

確認いたしましたところ、倉庫での出荷作業の際に、商品の棚番号を取り違えたことが原因でした。

正しい商品を本日発送いたしましたので、明日にはお手元に届く予定です。
誤ってお届けした商品は、配達の際に配送員が回収いたします。

ツバメ厨房器 お客様相談室 森田
""", "A"),
    D("en", "Everpan Customer Care",
      """
Hi Jenna,

Thanks for getting in touch. Our products are made from the highest quality materials and tested to rigorous standards, and we take every report seriously. Our customer care team has been recognised with an industry award for three years running.

Your replacement 28 cm pan has been approved and will ship on Monday; the old one doesn't need to come back.

Warm regards,
Everpan Customer Care
""", "N"),
]

MAILS = [
    M("ja", "圧力鍋の蓋が開かない・中に煮物が入ったまま",
      """
お客様相談室 御中

プレッシャープロ（5.5L）で煮物を作ったあと、火を止めて30分以上たつのに蓋が開きません。
圧力表示ピンは下がっているように見えます。
無理に開けると危ないのではと怖くて、キッチンから離れられずにいます。
このまま待てばいいのか、何かしてよいのか教えてください。
""", "high", "anxious"),
    M("ja", "取っ手が外れてやけどしました",
      """
昨日、御社の両手鍋でお湯を沸かしていたところ、持ち上げた瞬間に片方の取っ手が外れ、
熱湯が足にかかりました。病院で手当てを受け、全治２週間と言われました。
購入してまだ３か月です。
同じ鍋を実家の母にも贈っているので、今すぐ使うのをやめさせるべきか判断したいです。
どういうことなのか、説明してください。
""", "high", "angry"),
    M("ja", "リコール対象かどうか",
      """
リコールのお知らせを新聞で見ました。
うちの圧力鍋の底に「22K」から始まる番号がありますが、対象でしょうか。
毎日の離乳食づくりに使っていて、使い続けていいのか不安です。
今日の夕方も使う予定です。
""", "high", "anxious"),
    M("ja", "修理の進み具合",
      """
１０月１２日に修理に出した片手鍋（受付番号 R-30772）は、
今どのような状況でしょうか。
""", "normal", "neutral"),
    M("ja", "こげつく",
      """
新しいフライパン、すぐこげつく
""", "normal", "angry", True),
    M("ja", "IHで使えますか",
      """
「ツバメ亭 鉄フライパン24cm」の購入を考えています。
今度引っ越す家がIHなのですが、使えますか。
引っ越しは来月です。
""", "normal", "neutral"),
    M("ja", "Re: 交換品の発送について",
      """
ご連絡ありがとうございます。

> 交換品は11月20日に発送いたします。

とのことでしたが、25日になってもまだ届いていません。
追跡番号があれば教えていただけますか。
""", "normal", "neutral"),
    M("ja", "蓋だけ購入できますか",
      """
20年ほど前に購入した土鍋の蓋を割ってしまいました。
蓋だけの購入はできますでしょうか。本体はまだまだ使えるので、もし可能ならお願いしたいです。
冬までに手に入れば十分ですので、ゆっくりで大丈夫です。
""", "low", "neutral"),
    M("ja", "30年使っています",
      """
結婚したときに買った御社の雪平鍋を、30年たった今も毎日使っています。
取っ手を一度交換しただけで、まだ現役です。
娘が結婚するので、同じものを贈ろうと思い、思わずメールしました。
""", "low", "positive"),
    M("ja", "Fw: 社員食堂での使用について",
      """
総務の松本です。
社員食堂の委託業者から下記の問い合わせがありましたので、転送いたします。

-----Original Message-----
業務用のガスコンロ（高火力）で、御社の家庭用鍋を使っても問題ないでしょうか。
保証の扱いも含めて教えていただければと思います。
""", "normal", "neutral"),
    # en
    M("en", "Pressure cooker valve - steam everywhere",
      """
Hello,

Our PressureMax 6L started hissing and spitting steam out of the side of the lid about halfway through cooking this evening. I turned the hob off straight away and nobody was hurt, but my partner got a fright. I've read about the recall on some models - ours is from 2022. Should we stop using it altogether? I don't want to open it until I know it's safe.

Serial 22K-04417
Tom
""", "high", "anxious"),
    M("en", "My refund - fourth email",
      """
Four emails. Four. I returned the wok set on 2 October, you signed for it on the 5th, and I still don't have my £119. Each reply says "passed to the finance team". Which finance team? Do they exist?

Sarah Bright
Order EV-22871
""", "high", "angry"),
    M("en", "Induction compatibility",
      """
Hi! Does the 24 cm Everpan stainless frying pan work on induction? The website says "all hobs" but a review says otherwise. Thanks, Raj
""", "normal", "neutral"),
    M("en", "Spare lid knob",
      """
Hello, the knob on our casserole lid has cracked. Do you sell replacements? Nothing urgent, we just use an oven glove for now.

Best,
Fiona
""", "low", "neutral"),
    M("en", "Peeling",
      """
coating coming off. what now
""", "normal", "neutral", True),
]

DRAFTS += [
    D("en", "We're sorry: your refund was delayed",
      """
Dear Ms Bright,

I'm sorry that it has taken six weeks, and four emails from you, to get your £119 back. That is not how we should treat anyone.

The cause was on our side: when your returned wok set arrived on 5 October, the warehouse logged it against an old order number, so the refund system never saw it as returned. Each time you wrote, our team checked the new order number, found no return, and passed it on instead of looking further.

I have refunded the £119 to your card today; you should see it within three working days. I've also added a £20 voucher to your account as an apology.

To stop this happening again, the warehouse now scans the returns label rather than typing the order number, and any refund query that has been passed on once is now assigned to a named person who replies within two working days.

Yours sincerely,
Claire Dunmore
Customer Care Manager, Everpan
"""),
]
