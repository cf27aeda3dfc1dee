# machining = contract metal machining job shop (金属加工の受託: 試作・量産部品, B2B)
from _common import S, D, M

DOMAIN = "machining"

SENTS = [
    S("ja", "図面に公差の指示がなかった以上、寸法のずれは御社の責任範囲となります。", "c"),
    S("ja", "この形状は旋盤だけでは加工できないため、フライス加工を組み合わせる分、単価が1個あたり420円上がります。"),
    S("ja", "量産に移れば、単価は試作よりいくらか下がる見込みです。", "v"),
    S("ja", "焼き入れを追加される場合、納期が多少延びます。", "v"),
    S("ja", "材質の指定は、SUS304などの規格名まで正確に書いてください。", "ir"),
    S("ja", "量産品の検査基準を現物を見ながら一緒に決めたいので、ご発注の前に一度弊社の工場までお越しいただけますか。"),
    S("ja", "チタン材の入荷時期については、こちらでは把握しておりません。", "u"),
    S("ja", "その表面粗さが出せるかどうかは、やってみないとわかりません。", "u"),
    S("ja", "バリが少し残っている程度でしたら、用途を考えれば気にされる必要はないかと存じます。", "d"),
    S("ja", "試作5個の納期は、材料手配に2日、加工と検査に4日いただき、6月12日の出荷となります。"),
    S("ja", "穴位置の公差が図面に記載されていなかったため、±0.05mmで加工してよいか、明日の加工開始前にお返事をいただけますか。"),
    S("ja", "寸法不良の原因は当社の治具の摩耗で、該当の20個は明後日までに作り直してお届けします。"),
    S("ja", "アルマイトの色ムラについては外注先に原因を問い合わせており、金曜日の17時までに結果をご報告します。"),

    S("en", "If the drawing had included tolerances, we wouldn't be having this conversation.", "c"),
    S("en", "Anodising will add a bit of time to the lead time.", "v"),
    S("en", "Send the STEP file, not the PDF.", "ir"),
    S("en", "Could you confirm the quantity by Thursday?", "r"),
    S("en", "Our inspector needs the mill certificate to release the batch for heat treatment, so could you forward it when you have a moment today?"),
    S("en", "The revised quote is $4.80 per part for 500 pieces, valid until 30 June."),
    S("en", "We found the cause of the undersized threads: a worn tap on machine 3, which we have replaced and logged for weekly checks."),
]

DRAFTS = [
    D("ja", "【お見積り】ブラケット（図番 BK-220）500個のご回答", """
株式会社ミナト精工
購買部 石田様

いつもお世話になっております。丸善精機の森下です。
5月28日にご依頼いただいたブラケット（図番 BK-220）500個のお見積りをお送りしますので、ご発注いただけるかどうか6月6日（金）までにご検討をお願いいたします。

単価：1,180円（税抜）
合計：590,000円（税抜）
納期：ご発注から15営業日
材質：A5052、白アルマイト処理込み

6月6日を過ぎますと、材料メーカーの価格改定により単価が変わる可能性があるため、期限を設けさせていただきました。
ご不明な点がございましたら、お電話でもお気軽にお問い合わせください。

丸善精機株式会社 営業課
森下 亮
TEL 048-2xx-5561
"""),
    D("ja", "シャフト寸法不良のお詫び", """
株式会社ミナト精工
品質保証課 大野様

いつもお世話になっております。丸善精機の森下です。

6月3日に納品いたしましたシャフト（図番 SH-14）200本のうち、外径が公差を外れたものが混入しておりました。
ご迷惑をおかけし、誠に申し訳ございません。

全数を再検査した結果、不良は37本でした。良品163本はそのままお使いいただけます。不良分37本は作り直し、6月10日（火）午前に直接お届けいたします。
今後は出荷前に外径の全数測定を行い、測定記録を納品書に添付いたします。

重ねてお詫び申し上げます。

丸善精機株式会社 森下
""", "A"),
    D("ja", "再製作品の発送日について", """
株式会社ミナト精工
購買部 石田様

いつもお世話になっております。丸善精機の森下です。
ご指摘いただいたフランジ（図番 FL-08）の再製作品について、発送のご連絡です。

再製作品30個は、近日中に発送いたします。
発送後、送り状番号をこのメールでお知らせいたします。万一数量に不足があった場合にすぐ追加でお送りできるよう、受領後に数量のご確認をお願いいたします。

丸善精機株式会社 森下
""", "v"),
    D("ja", "6月の工場休業日のお知らせ（ご発注の締切は6月20日です）", """
お取引先各位

いつもお世話になっております。丸善精機の森下です。
設備点検のため、6月27日（金）から6月30日（月）まで工場を休業いたします。7月上旬納品分のご発注は、6月20日（金）までにお願いいたします。

6月20日以降にいただいたご発注は、加工開始が7月1日からとなり、納品は通常より4営業日ほど後ろにずれます。
休業中もメールは受け付けており、7月1日に順次お返事いたします。

ご不便をおかけしますが、よろしくお願いいたします。

丸善精機株式会社 営業課 森下
"""),

    D("en", "Update from Ridgeway Precision", """
Hi Sam,

Hope you're doing well. Some news from our side: we commissioned our new five-axis machining centre last week, and it has already cut cycle times on impeller work by about a third. We're also hiring two more machinists, so capacity will open up nicely in the autumn.

On another note, our usual supplier has run out of 6061-T6 bar in the diameter for your PO 4471, and we'd like to use 6082-T6 instead, which has very similar strength. We need your written approval by Friday to keep the delivery date.

Let me know if you'd like a tour of the new machine sometime.

Best,
Ken
Ridgeway Precision
""", "F"),
    D("en", "Approval needed by Fri 13 June: material change for PO 4471", """
Hi Sam,

Could you approve a change of material for PO 4471 (40 brackets) from 6061-T6 to 6082-T6 by Friday 13 June? If we have your approval by then, the parts still ship on 20 June as planned.

Our bar supplier has run out of 6061 in 50 mm diameter and can't restock until mid-July. 6082-T6 has similar strength (yield 260 MPa vs 240 MPa) and anodises the same way; I've attached the material data sheet for your engineers.

If you'd rather wait for 6061, the ship date would move to 25 July. A one-line reply either way is all we need.

Thanks,
Ken Ashworth
Ridgeway Precision
"""),
]

MAILS = [
    M("ja", "納品されたブロックの寸法について", """
丸善精機 森下様

本日午前に納品いただいたベースブロック（図番 BB-31）60個ですが、取付穴のピッチが図面より0.4mm広く、組立ラインでボルトが入りません。
このため、今朝9時から当社の第2組立ラインが止まっております。

ライン停止が明日まで続くと、週末出荷分の納期に影響が出ます。
明日の朝一番までに正しい品を何個お届けいただけるのか、本日17時までにお返事ください。

株式会社ミナト精工
製造部 課長 片山
""", "high", "angry"),
    M("ja", "貴社からのメール添付ファイルについて", """
丸善精機株式会社
営業ご担当者様

いつもお世話になっております。三協テクノの今井です。

本日14時過ぎに森下様からいただいた見積回答のメールに、弊社のものではない図面（他社様の社名入り）が3点添付されていました。
開かずにすぐ削除いたしましたが、念のためお知らせします。

逆に、先週お送りした弊社の試作図面が他社様へ誤って送られていないか、大変心配しております。
新製品の図面で、発表前のものです。本日中に送信履歴をご確認いただき、結果を教えていただけますでしょうか。

三協テクノ株式会社
開発部 今井 千夏
""", "high", "anxious"),
    M("ja", "6/12(木)着の件", """
森下様

お世話になっております。
先日発注したカバー（CV-77）300個ですが、６月１２日（木）午前必着でお願いしていた件、予定どおりで大丈夫でしょうか。
当社からの輸出コンテナの積込みが12日午後で、これに間に合わないと次の船が来月になってしまいます。
発送予定日と送り状番号がわかりましたら教えてください。

菅原工業 資材課 野口
""", "high", "neutral"),
    M("ja", "見積依頼（スペーサー 200個）", """
丸善精機 ご担当者様

はじめてご連絡いたします。株式会社エムテックの吉川と申します。
添付図面のスペーサー（SUS303、外径12mm、長さ8mm）を200個お願いした場合の見積をいただけますでしょうか。
納期は7月中旬を希望しております。

よろしくお願いいたします。
吉川
""", "normal", "neutral"),
    M("ja", "見積", """
この前のやつ、もう一回お願いします
""", "normal", "neutral", True),
    M("ja", "請求書の単価について（再）", """
丸善精機 経理ご担当様

5月分の請求書ですが、シャフトSH-14の単価が見積の1,240円ではなく1,420円で計算されています。
3月分でも同じ間違いがあり、そのときは訂正版を出していただきました。
毎回こちらで見つけて指摘しないといけないのは、正直なところ困ります。

訂正版の発行をお願いするとともに、なぜ同じ間違いが続くのか教えてください。

ミナト精工 経理 宮内

> 宮内様
> ご指摘ありがとうございます。3月分の請求書の単価に誤りがございました。
> 訂正版をお送りいたします。今後このようなことのないよう注意いたします。
> 丸善精機 経理課 新井
""", "normal", "angry"),
    M("ja", "公差の書き方について教えてください", """
はじめまして。個人で電動自転車のパーツを設計している者です。
初めて金属加工をお願いしようと思っているのですが、図面の公差の書き方に自信がありません。
間違った指示をして、使えない部品が届いてしまったらどうしようと不安です。

たとえば「軸がベアリングにちょうど入るように」したい場合、図面にはどう書けばよいのでしょうか。
素人の質問で申し訳ありませんが、教えていただけると助かります。

藤村
""", "normal", "anxious"),
    M("ja", "次回納品先の変更", """
いつもお世話になっております。
7月以降の納品分から、納品先を新しい第2工場に変更していただけますか。

新住所：〒339-00xx 埼玉県さいたま市岩槻区笹久保2-14 ミナト精工 第2工場 受入窓口
受入時間：8:30〜16:30（12時〜13時を除く）

ミナト精工 購買部 石田
""", "normal", "neutral"),
    M("ja", "先日の試作品、ありがとうございました", """
森下様

先日納品いただいた試作品、社内の評価試験をすべて一発で通りました。
面の仕上がりもきれいで、設計担当がとても喜んでいました。
量産の話は来期（10月以降）になりそうなので、その際にあらためてご相談させてください。
ご返信は不要です。

三協テクノ 今井
""", "low", "positive"),
    M("ja", "マグネシウム加工のご相談", """
お世話になっております。
今すぐの話ではないのですが、来年度の新製品でマグネシウム合金の部品を検討しています。
御社でマグネシウムの切削加工に対応されているかどうかだけ、お手すきの際に教えていただけますか。

エムテック 吉川
""", "low", "neutral"),

    M("en", "Trade show parts - tracking?", """
Hi Ken,

The prototype housings (PO 4502) were due to ship last Wednesday and I still don't have a tracking number. Our booth crates leave for the Hannover fair on Monday morning and the housings have to be in them; there's no second shipment.

Can you tell me today whether they've left your building, and if not, when they will?

Thanks,
Dana Whitfield
Product Manager, Halcyon Robotics
""", "high", "neutral"),
    M("en", "Quote rev C", """
Ken,

Third revision of the quote and the quantity is still 50 instead of 500. I'm starting to wonder whether anyone reads my emails before replying to them.

Please send a corrected quote for 500 pcs.

Marcus
""", "normal", "angry"),
    M("en", "Anodise and tolerances", """
Hello,

We're planning a batch of aluminium enclosures with black anodise. Do you machine to the pre-anodise dimension, or should our drawing already allow for the coating thickness? I want to get the drawing right before we send it for quotation.

Regards,
Ines Carvalho
""", "normal", "neutral"),
    M("en", "parts", """
hi, are they ok?
""", "normal", "neutral", True),
    M("en", "Thank you!", """
Hi Ken,

The brackets went on the rig yesterday and fit perfectly. Attached a couple of photos of the finished frame - thought your machinists might like to see where their parts ended up.

We'll have another project in the autumn, I'll be in touch then.

Cheers,
Gareth
""", "low", "positive"),
]
