"""depart = department store (百貨店): gift orders, alterations, deliveries, store events."""
from common import S, D, M

DOMAIN = "depart"

SENTS = [
    # ja
    S("ja", "お中元のお届け日は、産地からの直送のため7月8日から12日の間となります。"),
    S("ja", "お直しの仕上がりには多少お時間を頂戴しますので、あらかじめご了承ください。", "V"),
    S("ja", "のし紙の表書きは、ご注文時にお客様ご自身で選択いただいたものです。", "C"),
    S("ja", "配送伝票の控えを、こちらまでお送りいただけますでしょうか。", "R"),
    S("ja", "控えの番号がわかれば配送業者に所在を照会できますので、お手元の伝票の写真をお送りいただけますか。"),
    S("ja", "外商のご担当者が不在のため、ご質問の件については当方ではわかりかねます。", "U"),
    S("ja", "レシートを持って、もう一度売場に来てください。", "I R"),
    S("ja", "返品の受付期間はお買い上げから8日以内と、レシートの裏面にも記載がございます。", "C"),
    S("ja", "ポイントの再付与には、明細の確認後5営業日ほどかかります。"),
    S("ja", "誠に申し訳ございませんが、当該の催事は終了しており、同じ商品のご用意はできかねます。代わりに、出店していた窯元の連絡先をお伝えすることは可能です。"),
    S("ja", "包装の仕方がお気に召さないとのことですが、当店の標準的な包装ですので問題はございません。", "D"),
    S("ja", "ご注文の贈答品は、追加のご連絡がない限り、12月20日の午前中にお届け先へお届けいたします。"),
    S("ja", "在庫状況によっては、お取り寄せに若干の追加料金がかかる場合がございます。", "V"),
    # en
    S("en", "Your tailored trousers will be ready for collection from the third-floor alterations desk on Saturday after 11 a.m."),
    S("en", "We checked with the gift-wrapping team, and the ribbon colour you chose is no longer stocked, so we have held your order until you tell us which of the two remaining colours you prefer."),
    S("en", "Bring the receipt next time.", "I R"),
    S("en", "A member of staff will be in touch about the missing hamper in due course.", "V"),
    S("en", "The courier's system shows the parcel at their Leicester depot; they have promised us an update by noon tomorrow, and I'll forward it to you the same afternoon."),
    S("en", "Store parking is run by the city council, so we can't refund the charge ourselves, but our customer desk can stamp your ticket for two free hours on your next visit."),
]

DRAFTS = [
    D("ja", "【ご確認のお願い】お歳暮の配送先住所について",
      """
森本様

いつも当店をご利用いただき、ありがとうございます。
丸栄百貨店 ギフトサロンの江口でございます。

11月28日にご注文いただいたお歳暮のうち、1件のお届け先住所に部屋番号が見当たりませんでした。
配送業者からは、集合住宅で部屋番号がないとお届けできない場合があると聞いておりますので、
12月6日（金）までに部屋番号をお知らせいただけますでしょうか。

該当のお届け先：東京都府中市宮町2丁目（佐々木様宛）

ご返信をいただきしだい伝票を修正し、12月10日にお届けいたします。
どうぞよろしくお願いいたします。

丸栄百貨店 ギフトサロン 江口
"""),
    D("ja", "お詫び：ご注文品の配送遅延について",
      """
大野様

丸栄百貨店 通信販売係の松井でございます。
このたびは、ご注文いただいた婦人用コートのお届けが遅れ、大変申し訳ございません。

ご注文品は本日、改めて発送いたしました。明日12日の午前中にお届けの予定です。
お問い合わせ番号は 4471-2290-5531 です。

今後ともよろしくお願いいたします。

丸栄百貨店 通信販売係 松井
""", "A"),
    D("ja", "久保田様　ご来店予約の確認",
      """
久保田様

丸栄百貨店 外商部の水野でございます。
先日はお電話をいただき、ありがとうございました。

ご予約いただいた宝飾品の個別相談会について、下記のとおり承りました。
日時：12月14日（土）14時から
場所：本館6階 特別サロン

当日はお車でお越しとのことでしたので、地下駐車場の無料券をご用意しております。
ご都合が悪くなった場合は、前日までにこのメールへご返信いただければ日時を変更いたします。

丸栄百貨店 外商部 水野
"""),
    D("en", "Your wedding list: two gifts still unassigned",
      """
Dear Ms Holloway,

Two items on your wedding list were bought by guests who did not leave a name, and we need to know whether you would like us to contact the buyers through their card details or simply mark them as anonymous gifts.

The items are the Dartington decanter and the set of six linen napkins. If we hear from you by 20 May, we can include the buyers' names on the thank-you card list we send you on 25 May.

Kind regards,
Priya Nandakumar
Wedding Gift Service, Harcourt & Lyle
"""),
    D("en", "Harcourt & Lyle: a note from our beauty hall",
      """
Dear Mr Adeyemi,

Thank you for visiting our beauty hall last month. Our ground floor has been completely refurbished over the summer, and we are very proud of the new layout, which now includes a fragrance bar and four private consultation rooms.

Many customers have told us how much calmer the space feels. Our skincare team has also grown, and two of our advisers have recently completed advanced training with the brands we stock.

The moisturiser you ordered is back in stock and is being held for you at the counter until 12 October.

Best wishes,
Harcourt & Lyle Beauty Hall
""", "N"),
]

MAILS = [
    M("ja", "お歳暮が届いていないと先方から連絡がありました",
      """
丸栄百貨店 ご担当者様

11月30日にギフトサロンで注文したお歳暮（ハム詰め合わせ）が、
取引先にまだ届いていないと先方から連絡がありました。
指定日は12月5日で、今日はもう9日です。
年内に先方の会社が休みに入ってしまうので、それまでに届かないと意味がありません。
先方は13日が最終営業日だそうです。

注文控え番号：GS-2291-0087
株式会社ハヤシ工業 総務部 林田
""", "high", "anxious"),
    M("ja", "Re: Re: 商品券の払い戻しについて",
      """
三度目のご連絡になります。
11月2日と11月16日にメールし、どちらも「担当より折り返します」とのお返事のまま、
今日まで何の連絡もありません。

> 担当部署に確認のうえ、改めてご連絡いたします。

払い戻しの手続きが進んでいるのかどうかだけでも教えてください。
こちらは52,000円分を預けたままの状態です。
""", "high", "angry"),
    M("ja", "ギフトの中身が腐っていました",
      """
本日届いたフルーツの詰め合わせですが、開けたところ桃が２つ傷んでいて、汁が箱の底にまで染みていました。
明日、親戚が集まる法事があり、そこでお供えにするつもりでした。
代わりの品を明日の朝までに用意していただくことはできますか。
写真は添付しました。
""", "high", "angry"),
    M("ja", "裾上げの仕上がり日",
      """
先週の土曜日に紳士服売場でスラックスの裾上げをお願いした者です。
仕上がり日を聞き忘れてしまいました。
受付番号は A-1187 です。わかれば教えてください。
""", "normal", "neutral"),
    M("ja", "外商カードの住所変更",
      """
お世話になっております。
来月、引っ越しをすることになりましたので、外商カードに登録している住所の変更をお願いしたく連絡いたしまた。
手続きに必要な書類があれば教えていただけますか。

新住所：埼玉県川越市新富町１－１２－５
会員番号：G0046713
田中 恵美子
""", "normal", "neutral"),
    M("ja", "ポイント",
      """
ポイントついてない
""", "normal", "angry", True),
    M("ja", "先日の催事のお礼",
      """
先週の北海道物産展で、売場の方にとても親切にしていただきました。
足の悪い母のために椅子を出してくださり、会計まで付き添ってくださった女性の店員さん（お名前を伺い忘れました）に、よろしくお伝えください。
母もまた行きたいと申しております。
""", "low", "positive"),
    M("ja", "来年の福袋の予約について",
      """
来年の福袋の予約はいつごろから始まりますか。
特に急いでいるわけではなく、始まる時期がわかればカレンダーに入れておきたいだけです。
お手すきのときにご回答いただければ結構です。
""", "low", "neutral"),
    M("ja", "母へのプレゼントが間に合うか心配です",
      """
はじめてメールします。
通販サイトで母の誕生日プレゼントにバッグを注文しました（注文番号 W-77621）。
注文から6日たちますが、「3～5日でお届け」と書いてあったのに
まだ発送のメールが来ません。誕生日は再来週なので日にちはまだあるのですが、
注文がちゃんと通っているのか不安になってきました。
見込みだけでも教えていただけると助かります。
""", "normal", "anxious"),
    M("ja", "Fw: 請求書の金額について",
      """
経理から以下の問い合わせが来ているので転送します。
確認のうえ、わたし宛てにご回答ください。

---------- Forwarded message ---------
From: 経理部 小池
件名: 請求書の金額について

10月分の御社請求書ですが、発注書の金額（148,500円）と請求額（158,400円）が一致しません。
差額の内訳がわかる資料をいただけますでしょうか。
月末締めのため、25日までにご回答いただけると助かります。
""", "normal", "neutral"),
    # en
    M("en", "Christening gown - collection tomorrow",
      """
Hello,

I left my daughter's christening gown with your alterations desk on 2 March to have the hem taken up. The ticket says it would be ready on the 9th but when I rang this morning nobody could find it. The christening is on Sunday at 10 and we are travelling up on Saturday morning, so tomorrow (Friday) is the last day I can collect it.

The gown was my grandmother's. I really need to know it hasn't been lost.

Ticket no. 5530
Hannah Okafor
""", "high", "anxious"),
    M("en", "Charged twice for the same coat",
      """
My card statement shows two charges of £389.00 from Harcourt & Lyle on 14 Nov for one coat. I paid once, at the till on the second floor. That's £389 I don't have this month and rent goes out on the 1st. Please refund the duplicate.

Receipt attached.
D. Marsh
""", "high", "angry"),
    M("en", "Gift card balance",
      """
Hi, could you tell me how to check the ballance on a gift card I was given? There's no receipt with it. Thanks, Lou
""", "normal", "neutral"),
    M("en", "Lovely afternoon tea",
      """
Just wanted to say the afternoon tea in your rooftop restaurant last Sunday was wonderful - the staff made a real fuss of my mum for her 80th. No need to reply, just pass it on!

Gill
""", "low", "positive"),
    M("en", "Re: your order has been dispatched",
      """
> Your order 88213 has been dispatched and should arrive within 2 working days.

That was eight days ago, and the tracking hasn't moved since "received at depot". Could you check with the courier what has happened to it? It's a present, but there's no fixed date for it.

Tom Reddy
""", "normal", "neutral"),
]
