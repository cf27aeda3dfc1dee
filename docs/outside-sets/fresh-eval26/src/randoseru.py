# randoseru = handmade school-backpack (ランドセル) workshop, orders a year ahead, 6-year warranty
from ._h import s, d, m

DOMAIN = "randoseru"

SENTS = [
    s("ja", "お届けは、入学式に間に合うようになるべく早めにいたします。", "vague"),
    s("ja", "色は一度決めたら変えられませんので、よく考えてから注文しなさい。", "imperative", "condescending"),
    s("ja", "ベルトが切れた原因については、現段階ではお答えいたしかねます。", "unknown_without_followup"),
    s("ja", "6年間保証の修理は無料で承ります。修理の間は、代わりのランドセルを無償でお貸しします。", ),
    s("ja", "刺繍するお名前の綴りを、今月中にご確認いただけますか。", "request_without_reason"),
    s("ja", "刺繍の工程に入ると変更ができなくなるため、3月10日までにお名前の綴りをご確認いただけますか。", ),
    s("ja", "他社製のランドセルの修理はお受けしていないのですが、革製品の修理を専門にしている工房を2か所ご紹介できます。", ),
    s("ja", "背中が当たって痛いとのことですが、どのお子様もすぐに慣れますので、ご心配にはおよびません。", "dismissive"),
    s("ja", "工房の生産状況によっては、お届けが少し遅れる場合がございます。", "vague"),
    s("ja", "なぜ在庫がないのかは、私どもでもよく分かりません。", "unknown_without_followup"),
    s("ja", "お調べいたしますので、ご注文番号（Kから始まる7桁）をお知らせください。", ),
    s("ja", "展示会は2月22日（土）10時から17時まで工房の2階で開きます。ご予約は不要です。", ),
    s("ja", "キャンセルされるのであれば、今月中にご連絡いただかないと全額ご負担いただくことになってしまいます。", "condescending"),
    s("ja", "お子様の身長が115cm前後でしたら、Mサイズで肩ベルトの穴を2つ調整すれば6年生まで使えます。", ),
    s("en", "Measure your child's back and send us the figures.", "imperative", "request_without_reason"),
    s("en", "Orders placed now will be delivered in early spring.", "vague"),
    s("en", "I'm not sure it will fit your school's hooks, so I've asked the workshop to measure the handle and I'll email you the exact width tomorrow.", ),
    s("en", "Every child gets used to the weight eventually, so it's not worth worrying about.", "dismissive"),
    s("en", "We've explained the colour policy twice already, so please read our previous emails.", "condescending"),
    s("en", "Your order (No. 20417, navy with tan trim) left our workshop today and should reach Singapore by 14 March.", ),
    s("en", "Because the stitching can't be changed once it's done, could you double-check the spelling of Aiko's name by Friday?", ),
]

DRAFTS = [
    d("ja", "【お詫び】お届け日の遅れについて（ご注文番号K204331）",
      """石川様

ランドセル工房こもれびの三好です。
ご注文いただいたランドセル（キャメル）のお届けが、お約束の2月末から1週間遅れることになりました。入学準備でお忙しい時期に、大変申し訳ございません。

原因は、肩ベルトに使う革の一部に仕上がりのむらが見つかり、その分を作り直したためです。
作り直しはすでに終わり、3月7日（金）に発送いたします。お届けは3月8日（土）午前の予定で、追跡番号は発送日にメールでお知らせします。
今後は、革の入荷時に全数の色味を確認し、むらのあるものは裁断前に取り除く手順に改めました。

入学式には十分に間に合う見込みですが、ご不安な点がありましたら工房（0120-55-6620）までお電話ください。

ランドセル工房こもれび 三好
"""),
    d("ja", "工房だより 春号",
      """石川様

ランドセル工房こもれびの三好です。
工房のある町にも、ようやく春の気配が感じられるようになりました。
今年も全国のご家族から、たくさんのご注文をいただき、職人一同、一つひとつ心を込めて縫い上げております。
今年の新色「さくら」は、特にご好評をいただいております。

さて、ご注文いただいたランドセルの内側に刺繍するお名前ですが、申込書では「いしかわ　ゆうと」と「石川　悠斗」の両方にチェックが入っておりました。3月1日から刺繍の作業に入るため、それまでにどちらになさるかご返信いただけますでしょうか。

ランドセル工房こもれび 三好
""", "purpose_not_upfront"),
    d("ja", "修理品のお届けが遅れたことのお詫び",
      """河野様

ランドセル工房こもれびの三好です。
お預かりしていたランドセルの修理が、お約束の期日に間に合わず、誠に申し訳ございませんでした。

本日修理が完了し、宅配便で発送いたしました。明日の夕方にお届けの予定です。お貸ししていた代わりのランドセルは、お届けの際に配達員にお渡しいただければ結構です。
今後は、修理のお預かり時に部品の在庫を確認し、お約束する期日に余裕を持たせるようにいたします。

ランドセル工房こもれび 三好
""", "apology_incomplete"),
    d("en", "Your randoseru order",
      """Dear Mrs Holt,

Thank you for ordering a Komorebi randoseru for Emma. We're delighted to be making it.

Your bag will be finished in the coming weeks and shipped to Frankfurt shortly after. Shipping to Germany costs a little extra, which we'll add to your final invoice.

If you'd like to add a name tag, just reply to this email.

Best wishes,
Yui Miyoshi
Komorebi Randoseru
""", "vague"),
]

MAILS = [
    m("ja", "入学式まで１０日ですがランドセルが届きません",
      """ランドセル工房こもれび御中

注文番号K２０３９８７の石川です。
３月２０日までにお届けと伺っていましたが、今日２８日になっても届いていません。発送のご連絡もなく、追跡番号も分かりません。
入学式は４月７日です。
息子は毎日「ランドセルいつ来るの？」と玄関を見に行っていて、見ているのがつらいです。
本当に間に合うのか、いつ発送されるのか教えてください。

石川""", "high", "anxious"),
    m("ja", "二重に引き落とされています（再度のご連絡）",
      """こもれび　ご担当者様

ランドセル１つしか注文していないのに、クレジットカードで７２,０００円が２回決済されています。
３月５日にメールでお伝えし、３月１２日にはお電話もしましたが、「確認します」と言われたきりです。
おかげでカードの利用枠がいっぱいになり、入学準備の買い物にも支障が出ています。
今月の締め日は２５日です。それまでに１回分を取り消していただけるのか、はっきりお答えください。

河野　理恵""", "high", "angry"),
    m("ja", "届いたランドセルのお名前が違います",
      """ランドセル工房こもれび　三好様

本日ランドセルが届きました。ありがとうございます。
ただ、内側の名札の刺繍が「たかはし　さくら」となっていました。うちの娘は「たかはし　さら」です。
別の方のお名前なのかもしれず、その方のところにもうちの名前のランドセルが届いているのでは…とも思いました。
入学式が来週の月曜日（７日）で、それまでに直していただけるのかどうかを知りたいです。
このまま使わずに送り返せばよいでしょうか。

高橋""", "high", "neutral"),
    m("ja", "工房見学の予約",
      """こんにちは。
来年小学校に入学する娘と一緒に、工房の見学に伺いたいと思っています。
５月の週末で、見学できる日はありますか。
３人（大人２名、子ども１名）で伺う予定です。

前田""", "normal", "neutral"),
    m("ja", "色味がカタログと違います",
      """届いたランドセルですが、カタログや展示会で見た「ミント」と比べて、明らかに緑が濃いです。
娘は展示会で見た色が気に入って選んだので、がっかりしています。
手作りだから多少の差はあると説明されるのかもしれませんが、これは多少ではありません。
入学は来年なので時間はありますが、交換してもらえるのか、はっきりさせてください。

小野""", "normal", "angry"),
    m("ja", "背中が痛いと言っています",
      """いつもお世話になっております。
昨年こちらでランドセルを購入した２年生の娘が、最近「背中が痛い」と言うようになりました。
教科書が増えて重くなったせいかもしれませんが、背骨に負担がかかっていないかと心配です。
肩ベルトの調整などで改善できることはあるでしょうか。
一度工房で見ていただくことはできますか。

三浦""", "normal", "anxious"),
    m("ja", "修理",
      """修理お願いしたいんですが""", "normal", "neutral", True),
    m("ja", "祖父母からの注文について",
      """初めまして。孫のランドセルを贈りたいと考えている祖母です。
支払いは私が行い、届け先は娘の家にしたいのですが、そのような注文はできますか。
また、代金引換のほかに銀行振込もできるでしょうか。
パソコンが苦手なので、電話で注文できるとありがたいです。

小池　節子""", "normal", "neutral"),
    m("ja", "６年間ありがとうございました",
      """ランドセル工房こもれびの皆さま

６年前にこちらで購入したランドセルで、息子が無事に小学校を卒業しました。
一度だけ修理をお願いしましたが、それ以外は傷も少なく、最後まできれいなままでした。
いずれ、ミニランドセルへのリメイクもお願いしたいと思っています。時期はまだ決めていません。
本当にありがとうございました。

河野""", "low", "positive"),
    m("ja", "来年度のカタログ",
      """来年度のカタログはいつ頃できますか？
まだ年中の子どもなので、今すぐ決めるつもりはありません。出来上がったら送っていただければ十分です。

大野""", "low", "neutral"),
    m("en", "Randoseru stuck in customs - school starts 8 April",
      """Dear Komorebi,

Our order (No. 20511) has been held by Singapore customs since 26 March because the parcel had no commercial invoice. The courier says you, as the sender, need to email them the invoice.

I wrote to you about this on 27 March and again on 29 March and had no reply. Daniel starts at his Japanese school on 8 April and the bag is part of the uniform.

Please send the invoice to the courier today and copy me in.

Rebecca Lim""", "high", "angry"),
    m("en", "Is it too heavy for a small child?",
      """Hello,

Our daughter is quite small for her age (about 105 cm) and I'm worried the randoseru will be too heavy for her once it's full of books. Is there a lighter model, or something we can do to make it easier on her back? She starts school next April.

Thank you,
Naomi""", "normal", "anxious"),
    m("en", "Colours",
      """Hi! Do you still make the lavender colour with white stitching? I can't see it on the website any more. Thanks, Jess""", "normal", "neutral"),
    m("en", "Shipping to Germany",
      """Hello,

We'd like to order a randoseru for our son, who will start at the Japanese school in Düsseldorf. What does shipping to Germany cost, and how long does it usually take?

Best regards,
Markus Weber""", "normal", "neutral"),
    m("en", "Thank you from Vancouver",
      """Hi Yui,

Aiko wore her randoseru for the first time today and wouldn't take it off, even at dinner. The stitching of her name is perfect. Thank you for all the care you put into it.

Warmly,
Sarah""", "low", "positive"),
]
