"""lighting = lighting-fixtures shop with installation service (照明器具の販売・取付)."""
from common import S, D, M

DOMAIN = "lighting"

SENTS = [
    # ja
    S("ja", "ペンダントライトの取付は、12月3日（火）の13時から15時の間に伺います。作業時間は30分ほどです。"),
    S("ja", "引掛シーリングの有無も確認せずにご注文されたのは、お客様のご判断です。", "C"),
    S("ja", "天井に引掛シーリングがあるかどうかで取付方法が変わるため、天井の写真を1枚お送りいただけますか。"),
    S("ja", "天井の写真を撮って送ってください。", "I R"),
    S("ja", "ちらつきの原因は、調べてみないとわかりません。", "U"),
    S("ja", "ちらつきの原因は、調光器との相性か器具の初期不良のどちらかと考えています。明日の午前中に技術担当が器具の型番を確認し、夕方までにお電話いたします。"),
    S("ja", "電気工事が必要な場合、別途費用がかかることがあります。", "V"),
    S("ja", "壁にスイッチを増設する場合は、電気工事士による工事が必要で、1か所あたり16,500円（税込）かかります。"),
    S("ja", "お部屋が暗く感じるのは、器具の問題ではなくお好みの問題かと存じます。", "D"),
    S("ja", "電球は説明書に書いてあるワット数を守ってお使いいただくのが常識です。", "C"),
    S("ja", "取付工事の日程は、なるべく早めにご連絡します。", "V"),
    S("ja", "ご注文の際には、天井の高さを必ずお知らせいただけますでしょうか。", "R"),
    S("ja", "LEDの寿命に関するご質問は、メーカーの管轄のため、当店ではお答えしておりません。", "D U"),
    # en
    S("en", "Switch off the circuit at the fuse box before the electrician arrives.", "I R"),
    S("en", "Our electrician will be with you on Thursday between 9 and 11, and the fitting takes about an hour."),
    S("en", "The installer will call you at some point before the visit.", "V"),
    S("en", "I'm not sure why the dimmer is humming.", "U"),
    S("en", "I'm not sure yet why the dimmer is humming; I've asked the manufacturer, who answer within two working days, and I'll pass on what they say by Friday at the latest."),
    S("en", "The drop rod can be shortened on site: our electrician will cut it to whatever length you like at no extra charge."),
    S("en", "Colour temperature is a matter of taste, so there's nothing for us to look at here.", "D"),
]

DRAFTS = [
    D("ja", "【日程のご確認】ダイニング照明の取付工事について",
      """
高橋様

この度はアカリ屋をご利用いただき、ありがとうございます。
ご注文のダイニング用ペンダントライトの取付工事について、日程のご確認をお願いいたします。

候補日：
・12月7日（土）10時～12時
・12月9日（月）14時～16時

取付には、天井の補強が必要かどうかを当日確認する必要があるため、ご在宅をお願いしております。
12月4日までにご都合のよい日をお知らせいただければ、担当の電気工事士を手配いたします。

アカリ屋 工事受付 須藤
"""),
    D("ja", "Re: 照明が点かない件",
      """
岡田様

アカリ屋の須藤です。
ご連絡いただいた照明の件ですが、器具の不具合ではなく、お客様の取付方法が間違っている可能性が高いです。
説明書の4ページをよく読んで、もう一度取り付けてみてください。
それでも点かない場合は、またご連絡ください。

アカリ屋 須藤
""", "C I"),
    D("ja", "【お詫び】取付工事の日程について",
      """
松田様

アカリ屋の須藤でございます。
昨日11月20日に予定しておりました取付工事に、担当者が伺えなかったことを、心よりお詫び申し上げます。
一日ご在宅でお待ちいただいたにもかかわらず、ご連絡もせず、大変失礼いたしました。

原因は、工事担当者のスケジュールの登録を、私が誤って翌日の日付で入力していたことです。

本日、改めて11月23日（土）10時の工事を手配し、担当者と日時を二重に確認いたしました。
また、お詫びとして、取付工事費（8,800円）はいただかないことといたしました。

松田様のご予定を無駄にしてしまい、重ねてお詫び申し上げます。

アカリ屋 工事受付 須藤
""", "A"),
    D("en", "Brightwell Lighting - your enquiry",
      """
Dear Mr Collins,

Thank you for your enquiry about the {product_name}. It is one of our most popular fittings and is available in three finishes.

Delivery is currently 5 working days, and our installation service is available across Greater Manchester.

Kind regards,
Brightwell Lighting
""", "P"),
]

MAILS = [
    M("ja", "取り付けた照明から焦げたにおいがします",
      """
先週、御社で買ったシーリングライトを自分で取り付けました。
今日、点けてから１時間ほどしたら焦げたようなにおいがしてきて、カバーの一部が茶色く変色しています。
今は壁のスイッチを切っていますが、ブレーカーも落とした方がいいのでしょうか。
このまま使わない方がいいのか、どうすればいいか教えてください。
""", "high", "anxious"),
    M("ja", "店舗の照明が全部消えています",
      """
アカリ屋 工事担当様

昨日、御社に店内の照明を入れ替えていただいた美容室ルーチェです。
今朝出勤したら、入れ替えた照明がすべて点きません。ブレーカーは落ちていません。
１０時から予約のお客様が入っていて、このままでは営業ができません。
今日中に見ていただけないでしょうか。
""", "high", "anxious"),
    M("ja", "三度目のお願いです",
      """
玄関の照明の取付日について、これまで２回メールで問い合わせましたが、返事がありません。
代金はすでに支払い済みです（28,600円）。
取付日が決まらないまま、もう３週間たちます。
どなたか責任を持って対応していただける方から、連絡をください。
""", "high", "angry"),
    M("ja", "調光器について",
      """
リビング用に「アルコ」シリーズのペンダントを検討しています。
今ついている壁の調光器でも使えるでしょうか。
調光器の型番は写真のとおりです。
""", "normal", "neutral"),
    M("ja", "電球",
      """
合う電球どれ
""", "normal", "neutral", True),
    M("ja", "配送日の変更",
      """
注文番号 AK-50331 の配送日を、１２月２日から１２月５日に変えていただけますか。
仕事の都合で２日は不在になってしまいました。
""", "normal", "neutral"),
    M("ja", "取付工事の見積もりについて",
      """
新築の家に照明を５か所つけたいと考えています。
器具は御社で購入するつもりですが、取付工事だけでいくらかかりますか。
入居は来月末です。
""", "normal", "neutral"),
    M("ja", "ランプシェードに傷がありました",
      """
届いたガラスのランプシェードに、長さ２センチほどの擦り傷がありました。
使うのに支障はなさそうですが、新品でこれはちょっと残念です。
交換していただくことはできますか。
""", "normal", "angry"),
    M("ja", "ショールームの営業時間",
      """
いつか時間ができたら、ショールームに行ってみたいと思っています。
土日も開いていますか。特に予定が決まっているわけではありませんので、お時間のあるときに教えてください。
""", "low", "neutral"),
    M("ja", "Fw: 照明のお礼",
      """
須藤様

妻から以下のメッセージを預かりましたので、転送します。

> 先日はダイニングの照明を取り付けていただき、ありがとうございました。
> 夕食の時間が楽しみになりました。職人さんの説明もとても丁寧でした。

今後ともよろしくお願いします。
""", "low", "positive"),
    # en
    M("en", "Buzzing and flickering - smell of burning",
      """
Hi,

The LED downlights your electrician fitted in our kitchen on Monday have started flickering and one of them is making a buzzing noise. Tonight there was a faint burning smell near the switch plate. I've turned the kitchen circuit off at the consumer unit. We have a newborn in the house and I'm not comfortable leaving it like this overnight. Can someone come out today or first thing tomorrow?

Anna Kowalczyk
""", "high", "anxious"),
    M("en", "Re: Re: Missing parts",
      """
I have now written three times about the missing ceiling canopy for order BW-7712. Each time I'm told it's "being chased". My electrician has been back twice at £60 a visit and can't finish without it.

I'd like a date, not another apology.

R. Mensah
""", "high", "angry"),
    M("en", "Outdoor wall light",
      """
Hello, is the Harbour wall light suitable for a coastal house? We're about 200 m from the sea and the last one rusted within a year.

Thanks,
Gwen
""", "normal", "neutral"),
    M("en", "Order",
      """
hi where is it
""", "normal", "neutral", True),
    M("en", "Catalogue",
      """
Could you post me a printed copy of your new catalogue when it comes out? I prefer browsing on paper. Whenever it's ready is fine.

Mrs J. Baker
14 Hollin Lane, Stockport SK4 3QT
""", "low", "neutral"),
]

DRAFTS += [
    D("en", "Your Orbit pendant: lead time confirmed by Friday",
      """
Dear Mrs Patel,

You asked when the brass Orbit pendant will be back in stock. I don't have a firm date yet: the maker in Lisbon is waiting for a shipment of brass sheet and hasn't given us a new production date.

I'm speaking to them on Thursday and will email you by Friday 14 June with either a confirmed delivery date or, if it is still unclear, two alternatives in a similar style that we can deliver within a week.

Your deposit of £50 stays reserved against the pendant in the meantime, and you can have it back at any time if you change your mind.

Kind regards,
Sam Ortega
Brightwell Lighting
"""),
]
