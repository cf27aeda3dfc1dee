# vinegar = traditional vinegar brewery: rice and fruit vinegars, drinking vinegar, gift sets, trade sales
# (ja: 丸三酢造 / en: Brightwater Vinegar Works)
DOMAIN = "vinegar"

SENTENCES = [
    ("ja", "瓶の底の沈殿物は「おり」と呼ばれる原料由来の成分で、そのままお召し上がりいただいても問題ございません。", []),
    ("ja", "おりが出るのは天然醸造のお酢では当たり前のことですので、ご理解ください。", ["condescending", "dismissive"]),
    ("ja", "お中元のご注文は、7月10日（木）までにいただければ、ご指定の7月15日までにお届けできます。", []),
    ("ja", "割れた瓶の写真を撮ってください。", ["imperative", "request_without_reason"]),
    ("ja", "送料は地域によって少し変わります。", ["vague"]),
    ("ja", "飲むお酢をお薬と一緒に飲んでよいかどうかは、お答えしかねます。", ["unknown_without_followup"]),
    ("ja", "業務用の一斗缶は、在庫が入り次第ご案内します。", ["vague"]),
    ("ja", "定期便の解約はお電話でのみ承っております。お電話の際にお客様番号をうかがいますので、お手元にご用意いただくと手続きが早く済みます。", []),
    ("ja", "配送中の破損は運送会社の問題ですので、そちらに連絡してください。", ["dismissive", "imperative"]),
    ("ja", "瓶の破損でご迷惑をおかけしました。代わりの品を本日発送いたしましたので、割れた瓶は処分していただいて構いません。", []),
    ("ja", "原料のお米の産地は、お教えできません。", ["dismissive"]),
    ("ja", "お手数ですが、ご注文時のお名前と電話番号をもう一度お知らせください。", ["request_without_reason"]),
    ("ja", "少々酸味の強い商品ですので、初めての方には水や炭酸で5倍に薄めてお飲みいただくのをおすすめしております。", []),
    ("en", "Raw cider vinegar doesn't go off; the best-before date is about flavour, and an opened bottle keeps its taste for about a year in a cool cupboard.", []),
    ("en", "A mother forming in the bottle is perfectly normal, as anyone who uses raw vinegar knows.", ["condescending"]),
    ("en", "Trade pricing depends on volume: £3.10 a bottle for 24 to 47 bottles, and £2.80 from 48 upwards.", []),
    ("en", "Tell us your postcode.", ["imperative", "request_without_reason"]),
    ("en", "We aren't able to say whether it's suitable for your diet.", ["unknown_without_followup"]),
    ("en", "Complaints about the taste aren't something we respond to.", ["dismissive"]),
]

DRAFTS = [
    ("ja", "お中元ギフトのご注文を承りました",
     """大塚様

丸三酢造 通信販売係の小池です。
お中元ギフト「蔵の三種詰め合わせ」のご注文を承りました。内容をお知らせします。

お届け先：8件（別紙一覧のとおり）
お届け日：7月15日（火）
のし：御中元（外のし）、名入れ「大塚」
お支払い：代金引換ではなく、同封の振込用紙にて（お届けから14日以内）

お届け先のうち、静岡県の2件は配送業者の都合で7月16日の到着となります。
ご了承いただけない場合は、7月8日までにご連絡いただければ、別の配送業者で15日着に手配いたします。

丸三酢造 通信販売係
小池 美和
""", []),
    ("ja", "業務用米酢のお見積もり",
     """割烹 ××様

いつもお世話になっております。丸三酢造 営業部の川島でございます。
業務用米酢（一斗缶・18L）のお見積もりをお送りいたします。

単価：XXXX円（税別）
月6缶以上のお取引で、配送料は無料となります。
ご注文は毎週水曜日締め、翌週月曜日のお届けです。

ご検討のほど、よろしくお願い申し上げます。

丸三酢造 営業部
川島 健
""", ["placeholder_left"]),
    ("ja", "蔵だより　冬",
     """丸三酢造の定期便をご利用の皆さま

寒さが日ごとに増してまいりました。
蔵では、今年収穫したお米で仕込んだ新酒の酢が、静かに発酵を続けております。
甕の上に張る酢酸菌の膜が厚くなるこの季節は、蔵人たちにとっていちばん気の抜けない時期です。

おかげさまで、当蔵の黒酢は今年、全国の品評会で金賞をいただきました。
これもひとえに、皆さまのご愛顧のおかげと感謝しております。

さて、原料のお米と瓶の価格が上がったため、1月のお届け分から定期便の価格を1本あたり120円改定させていただきます。
新しい価格でのご継続にご同意いただけない場合は、12月20日までにお知らせください。

どうぞ温かくしてお過ごしください。

丸三酢造
""", ["purpose_not_upfront"]),
    ("ja", "賞味期限の印字誤りについて",
     """竹内様

丸三酢造 品質管理課の岡本です。
このたびは、お届けした「純米酢 900ml」の賞味期限が「2023年」と印字されていたことで、
ご不安な思いをおかけし、大変申し訳ございませんでした。

調査の結果、11月12日に瓶詰めした一部の製品で、印字機の年の設定が
前年のまま戻っていなかったことが原因とわかりました。
中身は11月に瓶詰めした新しいもので、品質には問題ございません。正しい賞味期限は2026年11月です。

今後は、毎朝の印字機の始業点検で、年月日の設定を2人で読み合わせて確認することといたしました。

丸三酢造 品質管理課
岡本 修
""", ["apology_incomplete"]),
    ("en", "Your trade account is ready",
     """Hi Ellie,

Good news: your trade account for Pickle & Pantry is now open, and your first order of 48 bottles (24 Orchard Cider, 12 Malt, 12 Raspberry) is booked for delivery on Tuesday 11 March.

Your trade terms are 30 days from invoice, with free delivery on orders of 24 bottles or more. The invoice will come by email the day the order ships.

Shelf-talkers and tasting notes for each vinegar are in the box, in case they're useful for your shelves. If you'd like to run a tasting in the deli, we can send a member of our team on a Saturday; we'd just need two weeks' notice to arrange it.

Best wishes,
Tom
Brightwater Vinegar Works
""", []),
]

MAILS = [
    ("ja", "白い膜が浮いていた酢を子どもが飲みました",
     """丸三酢造さま

定期便で届いた「はちみつりんご酢」を、先ほど５歳の娘に水で割って飲ませました。
あとで瓶を見ると、口のあたりに白い膜のようなものが浮いていて、
底にもふわふわしたものが沈んでいます。カビではないかと思ってぞっとしています。
娘はコップ半分くらい飲みました。今のところ変わった様子はありません。

これはカビなのでしょうか。娘を病院に連れて行ったほうがいいのか、
どなたか今すぐ判断していただけないでしょうか。
写真を添付します。

090-0000-0000　河野
""", "high", "anxious", False),
    ("ja", "業務用米酢が届きません（再三のご連絡）",
     """丸三酢造　川島様

割烹　花かごの中井です。
今月２日に発注した業務用米酢（一斗缶４缶）が、まだ届いておりません。
５日、９日にお電話し、留守電にも入れましたが、折り返しがありません。

うちは年末におせちを３００件お受けしていて、
１３日から酢の物と南蛮漬けの仕込みに入ります。
酢がなければ仕込みが始められません。
明日１２日中に届くのかどうか、今日中にはっきりお返事をください。
無理なら他から仕入れます。

割烹 花かご　中井
""", "high", "angry", False),
    ("ja", "お歳暮の届け先を間違えました",
     """お世話になっております。
昨日注文したお歳暮（注文番号 MS-1208-331）のうち、１件の届け先住所を間違えて入力してしまいました。
「青葉区」ではなく「泉区」が正しいです。

注文確認のメールに「明日発送」と書いてあったので、
発送される前に直していただけますでしょうか。
先方はご高齢の恩師で、別の住所に届くと受け取れないと思います。

正しい住所：仙台市泉区○○2-3-4　小野寺 様
佐藤 一郎

> ご注文ありがとうございます。
> ご注文番号：MS-1208-331
> 発送予定日：12月9日（明日）
> お届け先：仙台市青葉区○○2-3-4　小野寺 様 ほか2件
""", "high", "neutral", False),
    ("ja", "定期便の値上げについて",
     """蔵だよりを読みました。
値上げの話が、蔵の話や金賞の話のあとに小さく書いてあるだけで、
しかも「同意しない場合は連絡しろ」とは、ずいぶん一方的ではないですか。
１０年近く定期便を続けてきて、こういうやり方をされるとは思いませんでした。
値上げそのものより、伝え方が納得できません。
""", "normal", "angry", False),
    ("ja", "糖尿病の母に送ってしまいました",
     """先週、母の誕生日に「黒酢はちみつドリンク」の６本セットを送りました。
あとで成分表示を見たら、糖分がかなり入っているようで、
母は糖尿病で食事制限をしているので、送ってしまったことを後悔しています。
母はまだ開けていないと言っています。

糖分の入っていない商品に交換していただくことはできますか。
また、１本飲んでしまっていた場合、どのくらいの糖分になるのか教えていただけますか。

小西
""", "normal", "anxious", False),
    ("ja", "蔵見学について",
     """蔵の見学はできますか。
来月の三連休のどこかで、家族４人で伺いたいと思っています。
予約の方法と、所要時間、料金を教えてください。
""", "normal", "neutral", False),
    ("ja", "割れてた",
     """割れてた
""", "normal", "neutral", True),
    ("ja", "飲む酢のおかげで",
     """丸三酢造さま

りんご黒酢を毎朝飲み始めて半年になります。
おかげさまで、健康診断の数値がよくなり、主治医にもほめられました。
何より、おいしく続けられるのがうれしいです。

職場の同僚にすすめたら欲しいと言われたのですが、
紹介割引のようなものはありますか？なければ、普通に注文してもらいます。

松井 里美
""", "normal", "positive", False),
    ("ja", "レシピ集の要望",
     """いつも美味しくいただいています。
お酢を使ったレシピを、ホームページかリーフレットで紹介していただけるとうれしいです。
とくに柿酢の使い道がわからず、サラダにしか使えていません。
そのうち、でかまいません。
""", "low", "neutral", False),
    ("ja", "空き瓶の回収について",
     """定期便の空き瓶がたまってきました。
以前はお酒屋さんで瓶を引き取ってもらっていたのですが、
御社で空き瓶の回収を始める予定はありますか。
今すぐというわけではなく、あればいいなと思ってお聞きしました。
""", "low", "neutral", False),
    ("en", "A bottle burst in my cupboard - are the others safe?",
     """Hello,

About an hour ago one of your Raspberry Shrub bottles burst in my kitchen cupboard. The cap blew off and the bottle cracked; there's glass and sticky liquid everywhere. Luckily nobody was standing there.

I have three more bottles from the same order and two of them have caps that look domed. My kids are home and I'm nervous about opening the cupboard again. Should I leave them, open them outside, or throw them away? And is the vinegar itself safe to drink if a bottle hasn't burst?

Sophie Lambert
Order BV-10442
""", "high", "anxious", False),
    ("en", "Box left out in the rain again",
     """Hi,

For the second month running, your courier has left my subscription box on the front step in the rain instead of with a neighbour or in the safe place I've put on my account. The labels have peeled of and the cardboard is mush. The bottles are fine, but one is a gift and now looks dreadful.

Could you please sort out the delivery instructions with your courier? I'm getting tired of it.

Hugh Reynolds
""", "normal", "angry", False),
    ("en", "Stocking your vinegars in our deli",
     """Hello Brightwater,

We're a small deli in Frome and a customer brought in your Orchard Cider vinegar for us to try. Lovely stuff. Could you send trade prices and minimum order quantities? We'd probably start with a mixed case.

Thanks,
Ellie Marsh
Pickle & Pantry
""", "normal", "neutral", False),
    ("en", "Gift message",
     """Hi, I've just placed an order (BV-10518) as a present for my sister. Could you add a note saying "Happy 40th, Jo - love, Kate x" and leave the receipt out of the box? Thank you!
""", "normal", "neutral", False),
    ("en", "Where do your apples come from?",
     """Hello,

Just curious: are the apples in your cider vinegar all from Somerset orchards, or do you buy some in from elsewhere? I'm writing a short piece for our village newsletter about local producers, but the deadline isn't until the spring, so there's no hurry.

Many thanks,
Geraldine Pope
""", "low", "neutral", False),
]
