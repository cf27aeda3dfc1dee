# kitchen_equip = sale, installation and repair of commercial kitchen equipment for restaurants
# ja: 東和厨房サービス   en: Ridgeway Commercial Kitchens
from common import S, D, M

DOMAIN = "kitchen_equip"

SENTENCES = [
    # --- ja ---
    S("ja", "製氷機の異音は、設置場所の清掃が行き届いていないことが原因と考えられますので、日頃の管理を見直していただく必要があります。", ["condescending"]),
    S("ja", "修理費用は部品代を含めて若干高めになる見込みです。", ["vague"]),
    S("ja", "技術員は近日中に伺います。", ["vague"]),
    S("ja", "明日10月8日（水）の14時から16時の間に、技術員の佐藤が伺います。", []),
    S("ja", "点検の前日までに、冷蔵庫の中身を空けておいてください。", ["imperative", "request_without_reason"]),
    S("ja", "点検当日は庫内の温度を正確に測るため、可能であれば前日までに冷蔵庫の中身を別の庫へ移していただけますと助かります。", []),
    S("ja", "フライヤーのメーカー保証が使えるかどうかは、当社ではわかりかねます。", ["unknown_without_followup"]),
    S("ja", "他社で購入された食洗機の修理は、当社とは一切関係ございません。", ["dismissive"]),
    S("ja", "何度も申し上げておりますが、フィルターは月に一度清掃するものです。", ["condescending"]),
    S("ja", "ガス機器の移設には専門業者の手配が必要なため、当社提携の業者から10月15日までにお見積もりをお送りします。", []),
    S("ja", "代替機は、なるべく早くお届けできるよう手配いたします。", ["vague"]),
    S("ja", "営業中に作業すると厨房が使えなくなりますので、閉店後の22時以降の作業でもよろしいでしょうか。", []),
    S("ja", "申し訳ございませんが、他社でご購入の食洗機は部品の入手経路がないため当社では修理できません。メーカーのサービス窓口の電話番号と受付時間を、このメールの末尾に記載しました。", []),
    # --- en ---
    S("en", "We only look after the equipment we installed, so the fryer is really your problem.", ["dismissive"]),
    S("en", "Turn off the ice machine and leave it off, or the leaking valve will flood the floor again.", ["imperative"]),
    S("en", "There may be a small call-out charge.", ["vague"]),
    S("en", "The call-out charge is $95, and it is waived if you go ahead with the repair.", []),
    S("en", "Because the compressor may overheat again, please keep the walk-in door closed as much as you can until our technician arrives at 7 a.m. tomorrow.", []),
    S("en", "The supplier hasn't given us a date for the part, so it's anyone's guess.", ["unknown_without_followup"]),
    S("en", "The replacement gasket for your reach-in fridge has arrived, and Dave can fit it on Thursday at 3 p.m., between lunch and dinner service.", []),
]

DRAFTS = [
    D("ja", "冷凍庫修理の遅れについてのお詫び", """
居酒屋まるやま 丸山様

東和厨房サービスの佐藤です。
このたびは、冷凍庫の修理にお伺いするのが大幅に遅れ、大切な食材を傷めてしまう事態となりましたこと、誠に申し訳ございません。

修理のご依頼を受けた担当者が、翌日の訪問予定表への入力を漏らしておりました。
昨日18時に技術員が伺い、コンプレッサーの起動リレーを交換して、庫内温度がマイナス20℃まで下がったことを確認いたしました。
廃棄せざるを得なかった食材の費用は当社で負担いたしますので、金額の分かる明細をお送りいただけますでしょうか。

今後ともよろしくお願い申し上げます。

東和厨房サービス 佐藤
""", ["apology_incomplete"]),
    D("ja", "食洗機の代替機を明朝8時にお届けします", """
レストラン ル・ポワン 中村様

東和厨房サービスの佐藤です。
食洗機の故障の件、明日のランチ営業に間に合うよう、代替機を明朝8時にお届けし、9時までに設置を終えます。

故障した食洗機は、洗浄ポンプのモーターが焼き付いていました。交換用のモーターはメーカーから10月17日に届く予定で、届いた日の15時から17時、営業の合間に交換に伺います。

代替機の設置では、給水と排水をつなぐために、今の食洗機の前に幅1mほどの作業場所が必要です。8時の時点で、食洗機の前を空けておいていただけますでしょうか。
代替機の貸出料はいただきません。

東和厨房サービス 佐藤
"""),
    D("ja", "新店舗の厨房機器お見積もり（12月5日までに機器のご選定をお願いします）", """
株式会社ミナト食堂 石井様

東和厨房サービスの原です。
新店舗の厨房機器一式のお見積もりができましたので、添付のPDFをご覧いただき、12月5日までに採用される機器をお知らせいただけますでしょうか。メーカーの年内の発注締切が12月8日のため、それまでに発注できれば3月の開店に間に合います。

お見積もりの概要は次のとおりです。
・冷凍冷蔵庫、製氷機、食洗機、ガスレンジ、フライヤー 計5点
・合計 税込3,245,000円（搬入・設置・試運転を含みます）
・ガス配管工事は別のお見積もり（税込286,000円）

機器の変更や、中古品を組み合わせた案をご希望でしたら、ご連絡から3日以内に別の案をお作りします。

東和厨房サービス 原
"""),
    D("en", "Sorry about Friday's visit - the right hinge is coming Monday", """
Hi Marco,

I'm sorry that our technician turned up on Friday without the correct door hinge for your reach-in fridge, so the door still won't seal and you've had to tape it shut over the weekend.

Ben will be back on Monday at 7 a.m. with the right hinge, and the job takes about 30 minutes, so you'll be sorted before lunch prep. We've waived the call-out charge for both visits.

From now on, our parts desk will text you the part number and a photo of the part before a technician sets off, so you can tell us straight away if it doesn't match what you have.

Thanks for your patience,
Dana Brooks
Ridgeway Commercial Kitchens
""", ["apology_incomplete"]),
    D("en", "Your combi oven: safe to use again from Friday", """
Hi Lena,

Short version: your combi oven will be safe to use again from Friday, once we've replaced the damaged power cable. We'll be there at 2 p.m. that day, between your lunch and dinner service.

The sparks came from the mains cable where it runs behind the oven; it had been rubbing against the back panel and the insulation wore through. Switching off the breaker was exactly the right thing to do. Until Friday, please leave that breaker off, because the bare section could still short if the oven is moved.

The repair is covered by your service contract, so there's no charge. The visit takes about an hour, and we'll also fit a cable guard so the same spot can't wear through again.

Best,
Dana Brooks
Ridgeway Commercial Kitchens
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "冷凍庫の修理はいつ来てもらえるんですか", """
東和厨房サービス 御中

一昨日の夜に電話で冷凍庫の修理をお願いした居酒屋まるやまです。
「翌日の午前中に伺います」と言われて待っていましたが、昨日は誰も来ず、連絡もありませんでした。
今朝も２回電話しましたが、担当者から折り返すと言われたきりです。

庫内はもうマイナス５度まで上がっていて、中には仕入れたばかりの魚と肉が２０万円分入っています。
今日の夕方までに来てもらえないなら、全部捨てることになります。
いつ来ていただけるのか、はっきり時間を教えてください。

居酒屋まるやま　丸山
""", "high", "angry"),
    M("ja", "フライヤーからガスの臭いがします", """
お世話になっております。カフェ・ソレイユの吉村です。

昨年購入したガスフライヤーの付近で、今朝からガスの臭いがします。
今は元栓を閉めて、窓を開けて換気しています。
今日は１７時から貸切のパーティーが入っていて、揚げ物を出す予定なのですが、
元栓を開けても大丈夫なのか、点検に来ていただくまで使わないほうがいいのか分かりません。
どうしたらよいでしょうか。
""", "high", "anxious"),
    M("ja", "食洗機が動きません（明日団体予約あり）", """
東和厨房サービス 様

いつもお世話になっております。レストラン ル・ポワンの中村です。
本日ランチのあと、食洗機が途中で止まり、「E4」のエラー表示が出て動かなくなりました。
電源を入れ直しても同じです。

明日は11時半から80名様の団体予約が入っており、手洗いでは到底間に合いません。
明日の朝10時までに修理していただくか、代わりの機械をお借りすることはできますでしょうか。

機種：DW-3000（2021年にそちらで購入）
""", "high", "neutral"),
    M("ja", "見積もりの件", """
で、どうなりました？
""", "normal", "angry", True),
    M("ja", "新店舗の厨房機器について", """
株式会社ミナト食堂の石井と申します。
来年３月に２号店（約４０席の定食屋）を開業する予定で、厨房機器一式のお見積もりをお願いしたく、ご連絡しました。

必要なものは、冷凍冷蔵庫、製氷機、食洗機、ガスレンジ、フライヤーを考えています。
図面はPDFで添付しました。中古品を組み合わせた案もあれば教えてください。

一度、現地を見ていただくことは可能でしょうか。
""", "normal", "neutral"),
    M("ja", "冷蔵庫の温度表示について", """
お世話になります。
先月納品していただいた業務用冷蔵庫ですが、温度表示がときどき設定より２度ほど高くなっていることがあります。
庫内に温度計を入れて測ってみると、３度前後で問題はなさそうなのですが、
表示と実際とどちらが正しいのか分からず、食材の管理が心配です。
このまま使っていても大丈夫なのでしょうか。

そば処 やまびこ　北村
""", "normal", "anxious"),
    M("ja", "定期点検の日程変更のお願い", """
いつもお世話になっております。
来月１１月１２日（水）に予定している定期点検ですが、当日が店の周年イベントと重なってしまったため、
１１月１９日（水）以降の平日に変更していただけないでしょうか。
時間は前回と同じく、１４時から１７時の間でお願いできると助かります。

中華料理 福龍　陳
""", "normal", "neutral"),
    M("ja", "先日の修理のお礼と追加のお願い", """
東和厨房サービス 佐藤様

先日は製氷機の修理、ありがとうございました。
閉店後の遅い時間にもかかわらず、部品の交換だけでなく、掃除の仕方まで丁寧に教えていただき、スタッフ一同とても助かりました。

つきましては、同じ時期に購入したスチームコンベクションオーブンも、一度点検していただけますでしょうか。
今のところ不具合はありませんが、長く使いたいので。
ご都合のよい日をいくつか教えてください。

ビストロ アンジュ　桜井
""", "normal", "positive"),
    M("ja", "カタログ送付のお願い", """
突然のご連絡失礼いたします。
再来年に店舗の改装を考えておりまして、その参考に、業務用冷蔵庫と製氷機のカタログを送っていただけますでしょうか。
送り先は下記のとおりです。

〒９８０－００２１　仙台市青葉区中央２－８－１５
お好み焼き ひなた　小野寺

まだ計画の段階ですので、急ぎではありません。お手すきの際で結構です。
""", "low", "neutral"),
    M("ja", "点検報告書の形式について（要望）", """
いつもありがとうございます。
毎回の点検報告書を紙でいただいていますが、本部に送る際にスキャンしているので、
次回からPDFでもいただけると助かります。
今回のものはこちらでスキャン済みですので、次の点検のときからで構いません。

焼肉 炎　経理担当 大西
""", "low", "neutral"),
    # --- en ---
    M("en", "Dishwasher rinse temp - inspector back Thursday", """
Hi,

The health inspector failed us on Monday because our dishwasher's final rinse only reaches 68°C; it's supposed to hit 82. Your tech came Tuesday, swapped a thermostat, said it was fixed and left. It still reads 68. I emailed you about it yesterday morning and heard nothing.

The inspector is back Thursday at 10 a.m. If we fail again they'll issue a closure notice. I need someone here tomorrow who actually fixes it.

Marco Rossi
Trattoria Rossi, 42 Mill Rd
""", "high", "angry"),
    M("en", "Sparks behind the combi oven", """
Hello,

About 20 minutes ago we saw sparks and smelled burning plastic behind our combi oven (the Rational you installed in March). I've switched off its breaker and nobody is touching it.

Is it safe to run the rest of the kitchen on the same circuit board? We open for dinner at 5 and I need to know whether to cancel tonight's bookings.

Lena Fischer
Head chef, Kestrel
""", "high", "anxious"),
    M("en", "quote?", """
hey can u send the quote
""", "normal", "neutral", True),
    M("en", "Financing for a new range", """
Hi there,

We're looking at replacing our six-burner range with the Garland model you showed us at the trade fair. Do you offer any financing or lease-to-own options for equipment over $8,000? If so, what documents would you need from us?

Thanks,
Priscilla Oduya
Owner, Sunny Side Diner
""", "normal", "neutral"),
    M("en", "Ice machine contract next year", """
No rush on this - could you tell me whether you service ice machines in the Northside area? We're thinking about moving our maintenance contract over to you when the current one ends next year.

Thanks,
Jo
Northside Taproom
""", "low", "neutral"),
]
