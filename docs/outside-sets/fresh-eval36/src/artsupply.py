from common import *

DOMAIN = "artsupply"
MEANING = "画材店・画材通販、額装 / art supplies shop and framing"

SENTENCES = [
    S("ja", "テレピンなどの溶剤は航空輸送ができないため、沖縄・離島へは船便でのお届けとなり、到着まで10日前後かかります。"),
    S("ja", "在庫の入荷時期は未定です。", U),
    S("ja", "色味がイメージと違うのはモニターの設定によるものですので、返品の理由にはなりません。", X),
    S("ja", "額装の仕上がりまでにはしばらくかかります。", V),
    S("ja", "ご注文の確定前に、カート画面で号数（サイズ）をご確認いただけると、取り違えによる返品の手間を防げます。"),
    S("ja", "絵具のチューブが割れていた件、お手数ですが、同梱物と箱の写真を撮って返信していただけますか。運送会社への補償請求に必要なためです。"),
    S("ja", "キャンバスの張り替えは、F10号で税込3,850円、お預かりから1週間で仕上がります。"),
    S("ja", "初心者の方にはまだ早い画材ですので、もっと安いものから始められたほうがよいと思います。", C),
    S("ja", "送料無料の条件はトップページにずっと大きく書いてあるのですが、見落とされたのでしょうか。", C),
    S("ja", "筆の毛抜けについてはメーカーに直接言ってください。", I, X),
    S("ja", "取り寄せ品は、場合によっては追加料金がかかることがございます。", V),
    S("ja", "学校名と担当の先生のお名前を教えてください。", I, R),
    S("ja", "なぜ発送が止まっているのか、担当部署でも把握できておりません。", U),

    S("en", "Restock dates on the Sennelier pastels are unknown.", U),
    S("en", "It's worth checking your spam folder, as our dispatch emails sometimes land there."),
    S("en", "Custom frames take a little while.", V),
    S("en", "Our 24-colour gouache set is back in stock and ships tomorrow by Royal Mail Tracked 48."),
    S("en", "Students usually manage to read the product page before ordering.", C),
    S("en", "If you let us know the canvas size, we'll check whether the stretcher bars need to be cross-braced, which matters for anything over 90 cm."),
    S("en", "Colour looks different on every screen; that's just how it is.", X),
]

DRAFTS = [
    D("ja", "お取り寄せの油絵具（カドミウムレッド）が入荷しました", """
松井様

画材のアトリエ青樹堂の遠藤です。
お取り寄せでご注文いただいていた油絵具「カドミウムレッド・ディープ（50ml）」2本が、本日入荷しました。

店頭でのお受け取りでしたら、11月30日（土）までお取り置きしております。
配送をご希望の場合は、送料660円で明日発送できますので、このメールにご返信ください。

画材のアトリエ青樹堂　遠藤
"""),
    D("ja", "美術部用画材のお見積もり", """
[学校名]　美術部顧問　高木先生

画材のアトリエ青樹堂の遠藤です。
先日ご相談いただいた美術部用の画材について、お見積もりをお送りします。

・アクリル絵具12色セット×20：各2,640円
・水彩紙F6（20枚綴り）×10：各1,980円
・平筆・丸筆セット×20：各1,100円
合計：94,600円（税込・送料込み）

学校宛ての請求書払いに対応しております。ご注文の際は、納品先のご住所と、ご希望の納品日をお知らせください。

画材のアトリエ青樹堂　遠藤
""", PH),
    D("ja", "ご注文の木製イーゼルの入荷について", """
川原様

画材のアトリエ青樹堂の遠藤です。
ご注文いただいた木製イーゼル（H型・大）は、現在メーカーで欠品しております。
入荷は少し先になる見込みです。
キャンセルをご希望の場合はご返信いただければ、全額をご返金いたします。

画材のアトリエ青樹堂　遠藤
""", V),

    D("en", "Sorry - wrong gouache in your order #38215", """
Hi Lena,

I'm sorry we sent you Prussian Blue instead of the Ultramarine you ordered. I know you needed it for your commission.

It was our mistake: the two tubes sit next to each other on the shelf and have very similar labels, and the picker grabbed the wrong one.
A tube of Ultramarine went out by first-class post this morning and should reach you tomorrow. You're welcome to keep the Prussian Blue - there's no need to send it back.
We've now moved the two colours to separate shelves and added a painted swatch to each bin so they're easy to tell apart.

Apologies again,
Nadia
Inkwell & Easel
"""),
    D("en", "Your order has shipped", """
Hi Marcus,

Good news - your order {order_id} left our studio this morning with Royal Mail Tracked 48, so it should be with you on Thursday.

You ordered:
- 1 x Arches cold-press watercolour block, 31 x 41 cm
- 2 x Daniel Smith watercolour, 15 ml (Quinacridone Gold, Indanthrone Blue)

Happy painting,
Inkwell & Easel
""", PH),
]

MAILS = [
    M("ja", "本日着のはずの額縁が届きません", """
明日の午前10時が卒業制作の提出締め切りで、作品を入れるF50の額縁を注文していました。
「本日着」のはずなのですが、まだ届いていません。
追跡番号で調べると、昨日の夜から「中継センター」で止まったままです。
額に入れていないと受け付けてもらえない決まりなので、どうしたらいいでしょうか。
店頭に同じものがあれば、今から取りに行きます。

注文番号 A-77103
上原
""", "high", "anxious"),
    M("ja", "美術部合宿用画材の発送状況", """
市立東中学校美術部顧問の高木です。
10月28日に請求書払いで注文した合宿用の画材一式（ご注文番号 A-76540）について、
発送予定日の11月1日を過ぎましたが、出荷のご連絡がありません。
合宿は11月6日（水）の朝に出発します。
11月5日までに学校に届くかどうか、教えていただけますか。間に合わない場合は、店頭受け取りに切り替えたいと考えています。
""", "high", "neutral"),
    M("ja", "決済エラーなのに3回請求されています", """
注文の最後でカード決済がエラーになり、3回やり直しました。
結局注文は完了していないのに、カード会社の明細には15,400円が3回、合計46,200円の請求が上がっています。
問い合わせフォームから2回送りましたが、返事がありません。
いったいどうなっているんですか。今週中に返金の手続きをしてもらわないと困ります。
""", "high", "angry"),
    M("ja", "水彩紙のまとめ買い見積もり", """
絵画教室を運営している者です。
来月から始まる講座用に、水彩紙（F4、中目）を200枚ほどまとめて購入したいと考えています。
まとめ買いの割引があれば、見積もりをお願いできますか。

アトリエ・ミモザ　平野
""", "normal", "neutral"),
    M("ja", "届いた絵具について", """
今日届いた油絵具のうち２本が、使いかけのようにチューブがへこんでいて、キャップのまわりに絵具がついていました。
中古品を送ったのですか？
新品だと思って買っているので、正直かなり不愉快です。
""", "normal", "angry"),
    M("ja", "色", "前と同じのがほしい", "normal", "neutral", True),
    M("ja", "Re: 額装のお見積もり", """
お返事ありがとうございます。
マットの色は、いただいた見本のうちアイボリーでお願いします。
額はナチュラルの木製で大丈夫です。
仕上がりは来月中旬ごろで問題ありません。

> 額装のお見積もりをお送りします。
> ・木製額（ナチュラル／ブラック）：8,800円
> ・マット（アイボリー／グレー／白）：1,650円
> ご希望の組み合わせをお知らせください。

河野
""", "normal", "neutral"),
    M("ja", "においの少ない溶剤はありますか", """
油絵を始めたばかりです。
マンションの小さな部屋で描いているのですが、溶き油のにおいが家じゅうに広がってしまい、
家族に申し訳なく、このまま続けていいのか不安になっています。
においの少ない溶剤や、代わりになるものがあれば教えてください。
初心者なので、選び方もよく分かっていません。
""", "normal", "anxious"),
    M("ja", "秋の講座用の絵具について", """
秋の子ども絵画教室の準備で、まだだいぶ先の話ですが、アクリル絵具12色セットを20セットほど購入するかもしれません。
その場合、取り寄せにどのくらいかかるかだけ、分かれば教えてください。
""", "low", "neutral"),
    M("ja", "包装紙の柄について", """
いつも丁寧に包んでいただき、ありがとうございます。
ちょっと気になったのですが、包装紙の柄は季節ごとに変わっているのですか？
ただの好奇心なので、お手すきの時で大丈夫です。
""", "low", "positive"),

    M("en", "Frames for exhibition - order #44821", """
Hello,
Our group exhibition opens on Saturday at 11 am and the 12 black box frames we ordered on the 2nd (order #44821) are still showing "awaiting dispatch". We hang the show on Friday afternoon.
Can they reach us by Friday noon? If not, could we collect them from the shop on Thursday instead?
Many thanks,
Judith Allen
Harbourside Art Society
""", "high", "neutral"),
    M("en", "Substituted brand without asking", """
I ordered Winsor & Newton Artists' Oil and recieved a student-grade brand instead, with a note saying "substituted due to stock". Nobody asked me. I wouldn't have agreed. Not OK. I'd like the right paint or a refund.
""", "normal", "angry"),
    M("en", "White spirit down the sink?", """
Hi, I'm very new to oil painting and I think I may have done something stupid - I poured used white spirit down the kitchen sink last night. Is that dangerous? Should I do something now? And what should I be doing with it in future? Sorry if this is a silly question.
Amy
""", "normal", "anxious"),
    M("en", "Question", "do you have the blue one", "normal", "neutral", True),
    M("en", "Refillable brush pens", """
Any plans to stock refillable brush pens at some point? Just curious, happy to wait and see.
""", "low", "neutral"),
]
