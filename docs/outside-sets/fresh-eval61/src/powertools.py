# powertools = power-tool maker (DIY users, tradespeople, dealers)
from _h import s, d, m

DOMAIN = "powertools"

SENTENCES = [
    s("ja", "バッテリーが膨らんでいる場合は発火のおそれがあるため、充電も使用もせず、金属以外の容器に入れて屋外に置いていただけますか。回収用の箱を明日発送します。"),
    s("ja", "保証書を同梱して送ってください。", "IR"),
    s("ja", "互換バッテリーをお使いだった場合、故障の原因が何であれ保証の対象外です。", "D"),
    s("ja", "互換バッテリーは電圧の制御が異なり本体の基板を傷めるおそれがあるため、使用後の故障は保証の対象外になります。今回の修理は有償で、13,200円のお見積りです。"),
    s("ja", "ビットの選び方が合っていないだけかと思いますので、カタログをよくご確認のうえお使いください。", "C"),
    s("ja", "旧型モデルの部品が残っているかどうかは、倉庫に問い合わせないと分かりません。", "U"),
    s("ja", "倉庫に在庫を確認しております。明日15時までに、部品の有無とお届けできる日をメールでお知らせします。"),
    s("ja", "業務でお使いになった場合の耐久性については、お答えできる立場にございません。", "D"),
    s("ja", "代わりの機械の貸し出しは、修理の状況を見て判断させていただきます。", "V"),
    s("ja", "刃の向きは、本体に刻印してある矢印に合わせていただくだけで大丈夫です。"),
    s("ja", "ご購入から1年以内ですので、修理代と往復の送料はかかりません。"),
    s("ja", "はっきりしたことは分解してみないと申し上げられませんが、お送りいただいた音からは、ギアの摩耗の可能性が高いと考えています。分解点検は無料で、結果は到着から3営業日以内にご連絡します。"),

    s("en", "A loose chuck almost always means it wasn't tightened properly to begin with.", "C"),
    s("en", "Ship the drill back in its original case.", "IR"),
    s("en", "Damaged lithium batteries have to travel by road, not air, because airlines won't carry them, so we've emailed you a prepaid courier label today."),
    s("en", "We can't determine what caused the motor to burn out.", "U"),
    s("en", "When you have a minute, would you mind recording a short video of the noise and replying with it here?", "R"),
    s("en", "The 18V batteries from the older range fit this saw, but it runs at about two-thirds speed on them, so for hardwood you'll want the 5Ah pack."),
]

DRAFTS = [
    d("ja", "修理のご返却が遅れていることについてのお詫び",
      """大工 松井 様

ミナミ電動工具 修理センターの上原です。
お預かりしている丸ノコ（型番 MC-165）のご返却が、お約束の10月18日を過ぎてしまい、誠に申し訳ございません。
お仕事に使われる道具と伺っていながら、ご不便をおかけしております。

本日、交換用の部品が届き、修理を終えました。明日の午前中に発送し、明後日にはお手元に届きます。
今後は、部品の取り寄せが必要な修理については、お預かりの時点で部品の入荷日を確認したうえで、お返しできる日をお伝えするようにいたします。

ミナミ電動工具株式会社 修理センター 上原
""", "A"),
    d("ja", "【お願い】充電器 BC-18 の無償交換について（対象製品をお持ちの方へ）",
      """森本 様

ミナミ電動工具 お客様相談室です。
ご登録いただいている充電器 BC-18（製造番号 2303 で始まるもの）を、無償で新しい充電器と交換させていただきたく、ご連絡いたしました。
この製造番号の充電器では、内部の部品の不良により、充電が終わっても電流が止まらず、バッテリーが過熱するおそれがあることが分かりました。

新しい充電器は本日発送し、2日後に届きます。届くまでの間、BC-18 は使わずに、コンセントから抜いておいていただけますでしょうか。
古い充電器は、新しい充電器の箱に入っている着払い伝票でご返送いただければ結構です。

ご不便をおかけし申し訳ございません。この部品は今年3月の製造分から別の部品に切り替え、出荷前の検査に、充電が終わった時点で電流が止まるかどうかの確認を加えております。
ご不明な点は、下記の専用窓口までお電話ください。

ミナミ電動工具株式会社 お客様相談室
充電器交換専用 0120-555-219（毎日9時～20時）
"""),
    d("ja", "Re: インパクトドライバーの修理代について",
      """河野 様

ミナミ電動工具 修理センターの上原です。
お見積りの内訳についてご質問をいただき、ありがとうございます。

今回の修理代が高くなっているのは、モーターと基板の両方を交換する必要があるためで、部品代だけで9,800円かかります。
新品の同じ機種が17,600円ですので、修理代14,300円では割高にお感じになるのはもっともです。
修理をお見送りになる場合は、お預かりした本体を送料当社負担でご返却します。また、修理センター経由で新品をお求めいただく場合は、20%引きの14,080円でお届けできます。

どちらになさるか、今週金曜日までにお知らせいただけますでしょうか。
それまでは本体を修理センターでお預かりしておきます。

ミナミ電動工具株式会社 修理センター 上原
"""),

    d("en", "Your returned hedge trimmer",
      """Dear Mr Campbell,

I'm sorry your hedge trimmer came back from repair with the blade guard missing. Our technician removed it to replace the gearbox and it was not refitted before the trimmer was packed.

A new blade guard was posted to you first class this morning, with a free pack of replacement blades, and it should arrive tomorrow.

Kind regards,
Fiona Grant
Repair Centre, Brenton Tools
""", "A"),
    d("en", "Your cordless drill repair: quote for £58",
      """Hi Priya,

We've had a look at your DX-18 drill. The clutch ring has cracked, which is why it slips under load. It's outside the two-year warranty, so the repair is chargeable: £58 including parts, labour and return postage.

If you'd like us to go ahead, a one-word "yes" in reply is enough and we'll send a payment link. If not, we'll post the drill back at no cost. We'll keep it on the shelf until 30 April either way.

Best,
Sam
Brenton Tools Repair Centre
"""),
]

MAILS = [
    m("ja", "バッテリーから煙が出ました",
      """ミナミ電動工具 御中

先ほど、インパクトドライバーのバッテリー（BL1850）を充電していたところ、焦げたようなにおいがして、バッテリーの隙間から白い煙が出てきました。
すぐにコンセントを抜き、軍手をしてベランダのコンクリートの上に出しました。
煙はもう出ていませんが、触るとまだかなり熱いです。
家の中には２歳の子どもがいます。このあとどうすればいいのか、水をかけたほうがいいのかも分かりません。

北野
０８０－５５５５－０３３９
""", "high", "anxious"),
    m("ja", "インパクトドライバーの不具合（８台）",
      """ミナミ電動工具 営業ご担当者様

いつもお世話になっております。東洋ハウジング工場の設備担当、菅原です。
組み立てラインで使っているインパクトドライバー１２台のうち８台が、今週に入って同じように、締め付けの途中で止まる症状が出ています。
いずれも今年４月に一括で購入したものです。
残りの４台では明日からのラインの作業量をこなせず、このままでは明日の出荷分を組み立てられません。
代わりの機械をお借りできるかどうかだけでも、本日中にご回答いただけますでしょうか。

東洋ハウジング株式会社 生産技術課 菅原
""", "high", "neutral"),
    m("ja", "Re: Re: Re: 修理の進み具合について",
      """丸ノコの修理を預けて、今日で５週間になります。
電話で２回、メールでこれが３回目の問い合わせです。
毎回「部品待ちです」と言われるだけで、いつ戻るのかは一度も教えてもらえていません。
大工をしていて、この丸ノコがないと現場に出られません。この５週間、知り合いに借りてしのいでいます。
部品が入らないなら、せめてそう言ってください。こちらも別の手を考えます。

松井 工務店 松井
""", "high", "angry"),
    m("ja", "替え刃の型番について",
      """こんにちは。
ジグソー（JS-600）を使っています。
木材だけでなく、アルミの板も切りたいのですが、どの替え刃を買えばいいでしょうか。
週末に棚を作る予定なので、今日中に型番を教えていただけると助かります。
""", "normal", "neutral"),
    m("ja", "修理のお見積りについて",
      """修理のお見積りをいただきました。１４，３００円とのこと。
同じ機種の新品を量販店で見たら１７，６００円でした。
修理に出すより、新品を買ったほうが「お得」ということですね。勉強になりました。
ちなみに、購入してまだ１年３か月です。保証は１年。絶妙な設計ですね。

河野
""", "normal", "angry"),
    m("ja", "父へのプレゼントについて",
      """来月、父の７０歳の誕生日に電動ドライバーを贈ろうと思っています。
父は日曜大工が好きなのですが、最近手の力が弱くなってきていて、
反動で手首を痛めたりしないか心配です。
高齢者でも扱いやすい機種はありますか。

石田 まどか
""", "normal", "anxious"),
    m("ja", "ドリル", "止まる", "normal", "neutral", True),
    m("ja", "修理ありがとうございました",
      """上原様

先日は草刈り機の修理をありがとうございました。
思っていたより早く戻ってきて、説明の紙も丁寧で分かりやすかったです。
これから冬の間は使わないのですが、バッテリーは充電したまま置いておいていいのでしょうか。
それとも空にしておくほうがいいですか。

農家 大野
""", "normal", "positive"),
    m("ja", "バッテリーの長期保管について",
      """先日、ニュースで電動工具のバッテリーが発火して火災になったという話を見ました。
うちのバッテリーは特に異常はないのですが、長く使わないときの保管の仕方で気をつけることはありますか。
春まで使う予定はないので、急ぎません。

坂口
""", "low", "neutral"),
    m("ja", "カタログ請求",
      """来年の新製品のカタログができたら、一部送っていただけますか。
住所は以前にお送りしたものから変わっていません。
よろしくお願いします。

前川 工業 前川
""", "low", "neutral"),

    m("en", "Third email - crew impact drivers",
      """This is my third email since the 2nd. None have been answered.

Six of the eight impact drivers I bought for my crew in March now cut out under load. We're fitting out a school over half-term and the contract has a penalty clause if we're not done by Friday. We're currently sharing two drivers between eight men.

I need to know today whether you can swap them or lend us replacements, or I'll buy another brand and be asking you for the money back.

Dean Walsh
Walsh Interiors Ltd
""", "high", "angry"),
    m("en", "Blade for laminate",
      """Hi, which blade should I use in the CS-190 circular saw for laminate flooring? I want to avoid chipping the top layer. Thanks, Kerry
""", "normal", "neutral"),
    m("en", "Kickback on my new saw",
      """Hello,

I bought your TS-250 table saw two weeks ago. Yesterday a piece of pine kicked back and flew past my shoulder. I wasn't hurt, but it shook me. I've been using table saws for years and have never had that happen.

Could there be something wrong with the riving knife or the fence? I'm not going to use it again until I hear from you.

Regards,
Geoff Ward
""", "normal", "anxious"),
    m("en", "Love the new drill",
      """Hi Brenton team,

Just bought the DX-18 and it's brilliant — so much lighter than my old one. Quick question: do I need to register it somewhere to get the three-year warranty, or is the receipt enough?

Thanks!
Chloe
""", "normal", "positive"),
    m("en", "Warning label on charger",
      """Hello,

The "WARNING - risk of fire, do not cover" label on my charger has started peeling off. The charger itself works perfectly. Do I need a replacement label or is it fine as it is? Not in any hurry.

Thanks,
Bill Carter
""", "low", "neutral"),
]
