# curtain = made-to-order curtains and blinds, measured and fitted at home (オーダーカーテン・ブラインド施工)
from common import S, D, M

DOMAIN = "curtain"

SENTENCES = [
    S("ja", "レールの長さを測って、今日中に送ってください。", "imperative", "request_without_reason"),
    S("ja", "遮光1級の生地は遮光率99.99%以上で、夜勤明けに日中お休みになる寝室にも向いています。"),
    S("ja", "プリーツの幅が図面と違うとのことですが、それは当社の責任ではございません。", "condescending", "dismissive"),
    S("ja", "ご注文時にサイズはお客様ご自身でご確認いただいたはずですので、作り直しは有償となります。", "condescending"),
    S("ja", "色味が写真と違って見える原因については、こちらでは分かりかねます。", "unknown_without_followup"),
    S("ja", "生地の在庫はメーカーでも把握できていないため、本日中に問い合わせ、明日の正午までに入荷予定日をお知らせします。"),
    S("ja", "取り付け費用は、窓の数によって多少変わります。", "vague"),
    S("ja", "取り付けには約90分かかりますので、当日は10時から正午までご在宅いただけますと助かります。"),
    S("ja", "ご注文の前に、窓の写真を3枚お送りください。", "request_without_reason"),
    S("ja", "羽根が1枚だけ動かない場合は、はしご状の糸が外れていることが多く無料で直せますので、10月3日か4日の午前に伺いたいのですが、ご都合はいかがでしょうか。"),
    S("ja", "裾上げの仕上がりは2週間ほど、料金は1窓あたり3,300円です。"),
    S("ja", "洗濯表示のとおりドライクリーニングをおすすめします。ご家庭で洗うと丈が最大5%ほど縮むことがあるためです。"),
    S("ja", "それはレールの問題なので、大家さんに言ってください。", "dismissive", "imperative"),
    S("en", "Measure the window again and send the numbers.", "imperative", "request_without_reason"),
    S("en", "We'll have the fabric samples out to you shortly.", "vague"),
    S("en", "Your blackout blinds will ship on Thursday 14 March by tracked post, and the fitter will ring the day before to agree a two-hour slot."),
    S("en", "As the order form clearly states, custom sizes can't be returned, so I'm not sure what you expected.", "condescending"),
    S("en", "Motorised tracks aren't something we get involved with.", "dismissive"),
    S("en", "Could you send a photo of the bracket, so we can check whether it takes the 28 mm or the 35 mm fitting?"),
    S("en", "I'm afraid we have no idea why the cord snapped.", "unknown_without_followup"),
]

DRAFTS = [
    D("ja", "採寸日のご案内",
      "〇〇様\n\nいつもありがとうございます。カーテン工房あおいの森です。\n"
      "リビングと寝室の採寸にお伺いする日時が決まりましたので、お知らせいたします。\n\n"
      "日時：〇月〇日（土）10:00〜11:00\n担当：森（採寸・生地見本持参）\n\n"
      "当日は窓まわりの家具を少し動かすことがございますので、ご了承ください。\n"
      "ご都合が悪い場合は、このメールにご返信いただければ別の日程をご提案します。\n\n"
      "カーテン工房あおい　森 由香\nTEL 048-555-0192",
      "placeholder_left"),
    D("ja", "【お詫び】ご注文カーテンの丈違いについて",
      "佐々木 様\n\nカーテン工房あおいの森です。\n"
      "このたびは、寝室のカーテンの丈が5cm短く仕上がっており、大変申し訳ございませんでした。\n\n"
      "原因を調べましたところ、採寸表の「205cm」を発注書に書き写す際、当社の担当者が「200cm」と誤って記入しておりました。\n\n"
      "正しい丈で作り直しを手配し、3月12日（火）の午前中にお届けと取り付けに伺います。作り直しと取り付けの費用はすべて当社で負担いたします。"
      "お手元のカーテンは、その際に回収いたします。\n\n"
      "今後は、採寸表と発注書の数値を、発注前に別の担当者が読み合わせて確認する手順に改めました。\n\n"
      "ご迷惑をおかけしましたこと、重ねてお詫び申し上げます。\n\nカーテン工房あおい　森 由香"),
    D("ja", "カーテン工房あおいより",
      "井上様\n\nこんにちは、カーテン工房あおいです。\n"
      "日差しが強くなってまいりましたね。今年は遮熱レースの新作が12柄入荷し、ショールームでも実物をご覧いただけます。\n"
      "また、6月の週末には「窓まわり相談会」を開催予定で、毎回多くのお客様にお越しいただいております。\n"
      "お手入れの方法についても、スタッフが丁寧にご説明いたしますので、お気軽にお立ち寄りください。\n\n"
      "なお、先日ご注文いただいた和室用の生地（品番KS-204）がメーカーで廃番となりました。"
      "代わりの生地を2点ご提案しておりますので、5月20日までにどちらかをお選びいただけますでしょうか。\n\n"
      "カーテン工房あおい",
      "purpose_not_upfront"),
    D("ja", "ブラインド取り付け日時のご確認（5月18日 午前）",
      "高田様\n\nカーテン工房あおいの森です。\n"
      "書斎のウッドブラインドの取り付けを、5月18日（土）午前10時からでお受けしてよろしいか、ご確認をお願いするご連絡です。\n\n"
      "作業時間は1時間ほどで、ドリルで壁に4か所ビス穴を開けます。賃貸のお住まいの場合は、穴を開けない突っ張り式に変更もできますので、あわせてお知らせください。\n\n"
      "5月15日（水）までにご返信いただければ、職人の手配を確定いたします。\n\n"
      "カーテン工房あおい　森 由香"),
    D("en", "Sorry about your blinds",
      "Dear Ms Hartley,\n\nI'm so sorry that the two Roman blinds for your kitchen arrived with the wrong lining.\n\n"
      "We've made a new pair with the thermal lining you ordered, and they went out by courier this morning; "
      "you should have them by Thursday, and the driver will collect the old ones at the same time.\n\n"
      "We've also added a lining check to our packing list so this doesn't happen again.\n\n"
      "Kind regards,\nTom Reid\nAoi Curtains",
      "apology_incomplete"),
    D("en", "Your fitting appointment: Tuesday 9 April, 8–10 am",
      "Hi Jamal,\n\nThis is to confirm that our fitter, Dev, will come on Tuesday 9 April between 8 and 10 am to fit the three venetian blinds in your office.\n\n"
      "The job takes about an hour. Dev will need to drill into the window reveals, so it would help if the desks under the windows could be cleared beforehand.\n\n"
      "If that slot no longer works, just reply to this email by Friday and I'll offer you another one.\n\n"
      "Best,\nTom Reid\nAoi Curtains"),
]

MAILS = [
    M("ja", "ロールスクリーンのひもについて",
      "昨日の夜、子ども部屋のロールスクリーンの操作ひもに、2歳の娘の首が絡まりかけました。\n"
      "すぐに気づいてほどいたので無事でしたが、今も手が震えています。\n"
      "取り付けのときに付けていただいたクリップが外れていたようです。\n"
      "今夜も娘をあの部屋で寝かせていいのか分かりません。安全のための部品を送っていただくか、今日中に見に来ていただくことはできますか。\n"
      "上田",
      "high", "anxious"),
    M("ja", "Re: Re: 寝室カーテンのサイズ違い（3回目のご連絡です）",
      "株式会社カーテン工房あおい　ご担当者様\n\n"
      "サイズ違いの件、これで3回目のご連絡になります。\n"
      "先週月曜と木曜にメールをお送りしましたが、いまだにお返事がありません。\n"
      "引っ越しは明後日の土曜日です。カーテンが無いまま新居で寝ることになります。\n"
      "作り直していただけるのか、いつ届くのか、明日の夕方までに必ずご回答ください。\n\n"
      "> 2024/03/04 野村 浩二 wrote:\n> 届いたカーテンの幅が注文と違います（注文：１００cm×２枚、届いたもの：８０cm×２枚）。\n\n"
      "野村 浩二",
      "high", "angry"),
    M("ja", "診察室ブラインドの納品日について",
      "いつもお世話になっております。\nすずかけ内科クリニック開設準備室の中野です。\n\n"
      "2月にご注文した診察室3部屋分のブラインドですが、当初3月25日納品と伺っていたものが、まだ届いておりません。\n"
      "当院は4月1日（月）に開院し、初日から予約の患者様が20名以上いらっしゃいます。\n"
      "ブラインドがないと診察室が外の歩道から見えてしまい、診療ができません。\n"
      "3月29日までに取り付けていただけるかどうか、本日中にお知らせいただけますでしょうか。\n\n"
      "すずかけ内科クリニック　開設準備室　中野",
      "high", "neutral"),
    M("ja", "見積もりのお願い",
      "はじめまして。新築の戸建てに入居予定の者です。\n下記6窓分のカーテン（ドレープ＋レース）のお見積もりをお願いします。\n\n"
      "・リビング掃き出し窓　幅１８０×高さ２００　２窓\n・ダイニング腰窓　幅１２０×高さ１１０　２窓\n・寝室　幅１６０×高さ１８０　２窓\n\n"
      "入居は6月末の予定です。よろしくお願いいたします。\n\n菅原",
      "normal", "neutral"),
    M("ja", "取り付けの方の対応について",
      "先日取り付けに来た方のことでご連絡します。\n"
      "フローリングに脚立の跡で傷が２か所付いていて、指摘したら「前からありましたよね？」と言われました。\n"
      "新築で、前日まで傷はありませんでした。\n"
      "カーテン自体は気に入っていますが、あの言い方はないと思います。\n"
      "どう対応していただけるのか、お返事ください。",
      "normal", "angry"),
    M("ja", "洗濯したら縮んでしまいました",
      "すみません、教えてください。\n"
      "昨年こちらで作っていただいたリネンのカーテンを、洗濯機のドライコースで洗ったところ、丈が4cmほど短くなってしまいました。\n"
      "洗濯表示をよく見ていなかった私が悪いのですが、高いものだったのでどうしようと落ち込んでいます。\n"
      "元に戻す方法や、裾を足すような直し方はありますでしょうか。\n"
      "今は別のカーテンを付けているので、困っているわけではありません。",
      "normal", "anxious"),
    M("ja", "Fw:",
      "この前のやつ、色違いでもう一枚",
      "normal", "neutral", True),
    M("ja", "リビングのカーテンありがとうございました",
      "カーテン工房あおい　森様\n\n"
      "先週取り付けていただいたリビングのカーテン、夫婦ともにとても気に入っています。\n"
      "生地選びで迷っていたときに、実際に窓に当てて見せてくださったのが決め手でした。\n"
      "それで、2階の子ども部屋もお願いしたいと思っています。来月のどこかで採寸に来ていただくことはできますか？\n\n"
      "川口 真理",
      "normal", "positive"),
    M("ja", "来年の生地カタログについて",
      "お世話になります。\n来春に和室を洋室にリフォームする予定があり、そのときカーテンもお願いしたいと考えています。\n"
      "来年の新しい生地カタログはいつごろ出ますか？出たら郵送していただけるとうれしいです。\n"
      "急ぎではありませんので、お手すきのときにお返事いただければ十分です。\n\n小池",
      "low", "neutral"),
    M("ja", "寝室のレースの見積もり",
      "寝室のレースカーテンも替えたいと考えていて、見積もりをお願いできますか。\n"
      "幅は１３０cm、丈は１９５cmの窓が１つです。\n"
      "ただ、実際に替えるのは来年の秋の模様替えのときなので、まったく急いでいません。年内のどこかでご連絡いただければ大丈夫です。",
      "low", "neutral"),
    M("en", "Blinds at the café — fitter visit before Thursday?",
      "Hello,\n\nWe had the four roller blinds fitted at our café on Albert Street on Monday. Two of them have jammed halfway and won't go up or down.\n"
      "The landlord's fire inspection is at 9 on Thursday, and the inspector needs the fire exit window clear. Right now one of the jammed blinds is covering it, and if we fail we can't open on Friday as planned.\n"
      "Can someone come out tomorrow or Wednesday?\n\nThanks,\nPriya\nThe Long Table Café",
      "high", "neutral"),
    M("en", "cord cleat STILL not fixed",
      "This is the third time I'm asking. The cord cleat your fitter put up in my son's room fell off the wall two weeks ago, and the cord is hanging right next to his cot.\n"
      "I called on the 2nd and on the 9th and was told someone would ring me back. Nobody has.\n"
      "I've tied the cord up with a hair band for now. I want someone here this week to fix it properly, or I'll be taking the blind down and asking for my money back.\n\n"
      "Hannah Cole",
      "high", "angry"),
    M("en", "Did I measure wrong?",
      "Hi there,\n\nI placed an order last week for a made-to-measure blind (order 55102) and I've just realised I may have measured the width from the outside of the frame instead of the inside.\n"
      "I gave 92 cm but the inside is more like 88. Will it still fit? I'm worried I've wasted the money. Is it too late to change it?\n\nSorry for the trouble,\nGreta",
      "normal", "anxious"),
    M("en", "grey",
      "price for the grey one?",
      "normal", "neutral", True),
    M("en", "Linen curtains",
      "Just wanted to say the linen curtains look lovely in the front room. No need to reply!\n"
      "If you ever do matching cushion covers, I'd be interested at some point, but there's no hurry at all.\n\nBest wishes,\nMaureen",
      "low", "positive"),
]
