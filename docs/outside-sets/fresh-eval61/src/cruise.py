# cruise = ocean cruise line (passengers, travel agents)
from _h import s, d, m

DOMAIN = "cruise"

SENTENCES = [
    s("ja", "乗船券のお名前がパスポートの表記と一字でも違うと乗船をお断りすることになるため、出発の14日前までに変更のお手続きをお願いいたします。"),
    s("ja", "寄港地のツアーは毎回すぐに埋まってしまいますので、お申し込みはお早めがよろしいかと存じます。", "V"),
    s("ja", "船の揺れがそこまでご心配でしたら、そもそも船旅は向いていらっしゃらないのかもしれません。", "CD"),
    s("ja", "寄港地の変更については約款に記載したとおりですので、それ以上のご説明は差し控えさせていただきます。", "D"),
    s("ja", "寄港地の変更は約款上返金の対象外となりますが、今回は代わりの終日航海日に船内でお使いいただける5,000円分のクレジットを、お二人それぞれにお付けしました。"),
    s("ja", "客室のアップグレードは、当日の空き状況次第ではお安くご案内できることもございます。", "V"),
    s("ja", "お預けになったスーツケースが今どこにあるのかは、現在のところ把握できておりません。", "U"),
    s("ja", "車椅子をお使いの方は、乗船手続きの際に必ず係員に申し出ること。", "IR"),
    s("ja", "オンラインチェックインは出航の72時間前から可能で、済ませておくと港でのお手続きが15分ほどで終わります。"),
    s("ja", "アレルギーの詳細を記入したシートを、出航の10日前までにご返送いただけますか。厨房で専用の調理器具と食材を手配するのに、それだけの日数が必要なためです。"),
    s("ja", "運休に伴う振替のご案内は、本社で方針が固まり次第、順次お送りいたします。", "V"),
    s("ja", "何度もご案内しておりますとおり、喫煙はデッキ7の指定エリアのみでございます。", "C"),
    s("ja", "ご夕食は2回制で、お客様のお席は18時からの回にご用意しております。"),
    s("ja", "台風の進路次第で、那覇に寄港できるかどうかはまだ分かりません。出航前日の15時に船長が判断し、同じ日の17時までに皆様へメールでお知らせします。"),

    s("en", "Guests who aren't back by the all-aboard time are left behind; that's made very clear at every port.", "C"),
    s("en", "Upload a scan of every passenger's passport to the guest portal before you check in online, and make sure the whole photo page is visible.", "IR"),
    s("en", "We honestly don't know yet whether the ship will call at Santorini on the 14th; the port authority decides on Tuesday, and we'll email every guest by Wednesday noon either way."),
    s("en", "If a tour you booked with an outside company runs late, the ship can't wait for you, whereas if one of our own excursions runs late we hold the ship or get you to the next port at our cost."),
    s("en", "I'm not in a position to comment on what a crew member may or may not have said to you.", "D"),
    s("en", "Your cabin, 8142, is on the starboard side, two doors from the forward lifts."),
]

DRAFTS = [
    d("ja", "乗船券のお名前の誤りについてのお詫びと再発行のご案内",
      """松本 隆之 様

オーシャンブリーズ・クルーズ予約センターの宮本でございます。
先日お送りした乗船券で、奥様のお名前のローマ字が「YOSHIKO」ではなく「YOSIKO」となっておりました。ご不安な思いをおかけし、誠に申し訳ございません。

お申込書の手書きの文字を、担当者がパスポートの写しと照合せずに入力したことが原因です。
正しいお名前で乗船券を再発行し、本日付でメールに添付してお送りいたしました。以前の乗船券は破棄していただいて差し支えございません。

今後は、お名前の入力後にパスポートの写しと別の担当者が一字ずつ読み合わせてから発券する手順に改めました。

ご出発まで、何かございましたら私宛てにご連絡ください。

オーシャンブリーズ・クルーズ 予約センター
宮本 さやか
"""),
    d("ja", "ご夕食のお席についてのお詫び",
      """藤田 様

このたびはオーシャンブリーズ号にご乗船いただき、ありがとうございました。
航海二日目のご夕食で、ご予約いただいていた窓側のお席にご案内できず、誠に申し訳ございませんでした。

お詫びとして、次回ご乗船の際にお使いいただける1万円分の船内クレジットをお付けいたしました。
今後は、お席のご予約内容をレストランと前日までに必ず照合いたします。

オーシャンブリーズ・クルーズ お客様窓口
石川
""", "A"),
    d("ja", "「春の瀬戸内と釜山 7日間」ご出発に向けて",
      """佐々木 様

このたびは「春の瀬戸内と釜山 7日間」にお申し込みいただき、誠にありがとうございます。
今回の航海では、出航翌朝に瀬戸内海の島々を眺めながら朝食をお楽しみいただけるほか、
二日目の夜には船上から花火をご覧いただけます。船内ではマジックショーやダンス教室など、
毎日さまざまな催しをご用意しております。
釜山では、市場の散策や温泉へのツアーもございます。

なお、ご提出いただいたパスポートの写しを拝見したところ、有効期限が帰国日の3か月後までとなっておりました。
韓国入国には原則として滞在日数以上の残存期間が必要ですが、当社では念のため6か月以上をお願いしておりますので、
ご出発の3週間前までに更新のお手続きをお願いいたします。

オーシャンブリーズ・クルーズ 予約センター
""", "F"),
    d("ja", "客室へのペット同伴はお受けできません（代わりのご提案）",
      """中島 様

お問い合わせいただいた、愛犬との同伴乗船についてのお返事です。
申し訳ございませんが、当社の船では盲導犬・介助犬を除き、客室へのペットの同伴はお受けしておりません。
寄港する国ごとに動物の検疫の規則が異なり、船内で受け入れる設備もないためです。

代わりに、横浜港から車で10分のペットホテル「ハーバーわんわん」では、当社のご乗船のお客様は出航の前日から下船日まで15%引きでお預かりいたします。
ご希望でしたら、お名前とご乗船日を先方に伝えて空きを確認いたしますので、このメールにご返信ください。

オーシャンブリーズ・クルーズ 予約センター
宮本
"""),

    d("en", "Your cabin on the Aurora Star",
      """Dear Mr and Mrs Lindqvist,

On the second night of your voyage, a pipe above cabin 6021 began to leak into the bathroom ceiling. Our maintenance team found that a joint had been fitted without the correct seal during the ship's refit in March.

You were moved to cabin 7110 the same evening, your belongings were transferred by our stewards, and the cabin difference has been credited as $640 to the card on file.

Every joint replaced in that refit is now being inspected, deck by deck, before the next sailing.

Warm regards,
Elena Ruiz
Guest Relations, Aurora Star
""", "A"),
    d("en", "Change to your Norway sailing: Geiranger replaced by Ålesund on 12 June",
      """Dear Ms Hartley,

Geiranger fjord is closed to large ships on 12 June because of a landslide risk the Norwegian authorities identified last week, so the Aurora Star will call at Ålesund that day instead, arriving at 8:00 and leaving at 17:00.

Your Geiranger excursion has been refunded in full ($189), and you can book an Ålesund tour from today in the guest portal. If you'd rather cancel the whole cruise, you can do so without a penalty until 20 May.

Kind regards,
Elena Ruiz
Guest Relations
"""),
]

MAILS = [
    m("ja", "パスポートの有効期限について",
      """オーシャンブリーズ・クルーズ 御中

来週土曜日（３日）に横浜を出航する「台湾・沖縄周遊 6日間」に夫婦で申し込んでいる藤井です。
今夜、荷造りをしていて気づいたのですが、夫のパスポートの有効期限が来年の２月までで、残りが５か月ほどしかありません。
ご案内には「６か月以上」とあったように思います。
このままでは乗れないのでしょうか。旅券事務所は月曜まで開いていないので、どうすればよいか教えてください。

藤井 明美
""", "high", "neutral"),
    m("ja", "Re: Re: Re: 返金について（予約番号 OB-58821）",
      """宮本様

９月の航海が運休になった分の返金について、これで４回目のご連絡になります。
８月２５日に「２週間以内に返金する」とのお返事をいただいてから、もう１か月以上たちました。
金額は夫婦二人分で１８６万円です。
カードの引き落としは今月２７日で、返金がなければそのまま口座から落ちます。
いつ、どのような形で返金されるのか、日付を明記してお返事ください。

石原 修

> 返金の手続きを進めております。２週間以内にご返金いたしますので、今しばらくお待ちください。
""", "high", "angry"),
    m("ja", "乗船中の母のことで",
      """お世話になっております。
現在「アジア周遊 12日間」に乗船中の岡田 シズ（82歳）の娘です。
先ほど母から電話があり、昨夜船内で転んで手首を痛め、船医の先生から明日の朝釜山に着いたら下船して病院で診てもらうよう勧められたそうです。
母は一人で乗っていて、韓国語も英語もできません。
家族としては何をすればいいのでしょうか。保険の手続きや、帰りの飛行機のことも分からず、どこに連絡すればいいのかも分かりません。

岡田 真由美
携帯 080-5555-0148
""", "high", "anxious"),
    m("ja", "「プレミアムスイート」について",
      """先週の沖縄クルーズで、プレミアムスイートに泊まった者です。
「船内で最も静かな客室」とパンフレットにありましたが、真上がディスコで、毎晩二時まで床が震えていました。
フロントに三回申し出て、三回とも「確認します」で終わりました。
一泊あたり普通の客室の三倍の料金を払って、耳栓をもらった旅行でした。
差額についてどうお考えか、お聞かせいただけますか。

坂本
""", "normal", "angry"),
    m("ja", "食事についての相談",
      """来年１月の「南国ミクロネシア」に申し込んでいる田中です。
主人が糖尿病で、食事のカロリーと糖質を気にしています。
船内のレストランで、量を減らしたり、ご飯を少なめにしてもらったりすることはできますか。
事前に何か申請が必要でしたら教えてください。
""", "normal", "neutral"),
    m("ja", "初めてのクルーズで不安です",
      """はじめまして。
６週間後の「日本一周クルーズ」に、退職の記念で初めて申し込みました。
ところが最近になって、船酔いがひどかったらどうしよう、ドレスコードの日に着ていく服がない、と心配ばかりしています。
皆さんどうされているのでしょうか。持っていったほうがよいものがあれば教えてください。
変な質問ですみません。

北村 洋子
""", "normal", "anxious"),
    m("ja", "キャンセル", "できますか？", "normal", "neutral", True),
    m("ja", "素敵な旅をありがとうございました＋写真のこと",
      """先日の「瀬戸内・九州クルーズ」に母と二人で乗船しました。
母の米寿のお祝いでしたが、レストランの方がケーキを用意してくださり、母は何度もその話をしています。
本当にありがとうございました。

一つお伺いしたいのですが、船内でカメラマンの方に撮っていただいた写真を、
下船のときに買いそびれてしまいました。今から購入することはできますか？

中山 恵
""", "normal", "positive"),
    m("ja", "避難訓練について（来年の予定です）",
      """来年の４月ごろ、夫婦で乗船を考えている者です。
出航の日に避難訓練があり、救命胴衣を着て集合場所に行くと聞きました。
私は膝が悪く階段がつらいのですが、エレベーターを使うことはできますか。
まだ申し込みもしていない段階ですので、お手すきの時で結構です。
""", "low", "neutral"),
    m("ja", "パンフレット送付のお願い",
      """来年秋の航海のパンフレットができましたら、下記の住所に送っていただけますか。
特に急いでおりません。

〒９８０－０８１１ 仙台市青葉区一番町１－２－３
小野寺 敏夫
""", "low", "neutral"),

    m("en", "Left behind in Kotor",
      """Hello,

I'm a passenger on the Aurora Star (cabin 9033). I was on a private walking tour in Kotor and got back to the pier 40 minutes after all-aboard; the ship has gone.

I have my phone and wallet, but my passport and my heart medication are in the cabin safe. The next port is Corfu tomorrow at 8 am. The port agent's office here is closed.

What do I do now?

Daniel Fletcher
+44 7700 900 771
""", "high", "anxious"),
    m("en", "Group booking 4471 – deposit deadline tonight",
      """Hi there,

First, thank you — your group desk has been a pleasure to work with, and my clients are thrilled with the itinerary.

I'm booking a group of 24 for the Mediterranean sailing on 18 May. The group rate is held until 23:59 tonight (UK time) provided the deposit of £4,800 is paid. Your payment page has rejected my company card three times with "transaction not permitted"; my bank says nothing is being blocked on their side.

Could you hold the rate or take the deposit another way today? Happy to do a bank transfer if that helps.

Many thanks,
Mark Patel
Patel & Daughters Travel
""", "high", "positive"),
    m("en", "Embarkation in Southampton",
      """We boarded on Saturday after three and a half hours in a queue with no seating, no water, and one staff member who told my 79-year-old mother to "stand to one side if she couldn't manage".

The cruise itself has been fine. But I'd like to know whether anyone reviews how embarkation is run, because that is not how I expected to start a holiday we saved two years for.

Carol Hughes
""", "normal", "angry"),
    m("en", "Bringing wine on board",
      """Hello,

We're sailing on the Canaries cruise in March. Are we allowed to bring a couple of bottels of our own wine for dinner, and is there a corkage charge?

Thanks,
Priya and Sam
""", "normal", "neutral"),
    m("en", "Not urgent - muster drill question for next summer",
      """Hi, this isn't urgent at all, we're only thinking about the Baltic sailing for next July.

My son is deaf. How does the emergency drill work for someone who won't hear the alarm, and is there anything we'd need to arrange before booking?

Many thanks,
Ruth Adler
""", "low", "neutral"),
]
