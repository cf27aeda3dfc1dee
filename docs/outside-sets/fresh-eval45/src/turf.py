# turf = artificial-turf installation for gardens, nursery yards, rooftops (グリーンライン / Greenline Turf)
from common import s, d, m

DOMAIN = "turf"

SENTENCES = [
    s("ja", "水はけの状態を確認するため、雨の翌日の庭の写真をお送りいただけますか。"),
    s("ja", "継ぎ目の浮きは、下地の締め固めが足りなかった当社の施工が原因と考えられます。"),
    s("ja", "施工日は天候次第ですので、決まりましたらなるべく早くご連絡します。", ["vague"]),
    s("ja", "保証書は大切に保管すること。", ["imperative", "request_without_reason"]),
    s("ja", "防草シートの耐用年数については、メーカーからも回答がなく、わかりかねます。", ["unknown_without_followup"]),
    s("ja", "ペットのおしっこのにおいは人工芝の性質上どうしようもありませんので、ご了承ください。", ["dismissive"]),
    s("ja", "お見積もりには、既存の土の処分費として別途いくらか加算されます。", ["vague"]),
    s("ja", "園庭の工事は夏休み中の8月1日から5日で終わり、6日からお使いいただけます。"),
    s("ja", "専門の業者でない方がご自分で張り替えると、たいてい失敗されますよ。", ["condescending"]),
    s("ja", "芝の色見本から、どれにするか選んでください。", ["imperative", "request_without_reason"]),
    s("ja", "お庭の面積を教えていただけますか。", ["request_without_reason"]),
    s("ja", "1㎡あたり9,800円（施工費込み・税別）で、40㎡の場合は392,000円です。"),
    s("ja", "ご指摘の浮きは当社の施工不良と考えられますので、来週火曜の10時に無償で補修に伺います。"),
    s("en", "Brush the turf against the grain once a week so the fibres stay upright.", ["imperative"]),
    s("en", "Fading is just what turf does, so we won't be looking into it.", ["dismissive"]),
    s("en", "Installation should be possible sometime next month.", ["vague"]),
    s("en", "Could you measure the garden and send us the dimensions?", ["request_without_reason"]),
    s("en", "As we've already explained twice, the warranty does not cover fire damage.", ["condescending"]),
    s("en", "We'll start on Tuesday if Monday stays dry, because the base needs to drain first, and we'll text you by 6 pm on Monday to confirm."),
    s("en", "The 35 mm pile comes with an eight-year UV warranty."),
]

DRAFTS = [
    d("ja", "園庭の人工芝の施工日程について（ご確認のお願い）",
      "さくら保育園\n園長 田中様\n\nグリーンラインの小松です。\n"
      "園庭の人工芝工事を、夏休み中の8月1日（金）から5日（火）に行う予定で進めてよろしいでしょうか。7月18日までにお返事をいただければ、資材を手配いたします。\n\n"
      "工事中は園庭全体が使えなくなりますが、6日（水）の朝からはお子さんが遊べる状態でお引き渡しします。\n"
      "砂場の位置は図面どおり残し、周りに転倒時の衝撃を和らげるクッション材を入れます。\n\n"
      "グリーンライン 小松\n"),
    d("ja", "施工不良のご指摘について",
      "岡本様\n\nグリーンラインの小松です。\n"
      "先月施工したお庭の人工芝の継ぎ目が浮いてきているとのこと、お知らせいただきありがとうございます。\n"
      "写真を拝見しましたが、施工後に重い物を置かれたことが原因と思われます。\n"
      "補修をご希望でしたら、有償にて対応いたします。\n\nグリーンライン 小松\n",
      ["condescending"]),
    d("ja", "人工芝の剥がれについてのお詫び",
      "南町マンション管理組合\n理事長 ×× 様\n\nグリーンラインでございます。\n"
      "屋上庭園の人工芝が一部剥がれ、住民の方がつまずかれたとのこと、誠に申し訳ございません。\n"
      "接着剤の量が端部で足りていなかったことが原因でした。\n"
      "××月××日に、剥がれた箇所を含む端部全体を貼り直しました。\n"
      "今後は、端部の接着剤を規定量の1.5倍とし、施工後1週間の点検を追加いたします。\n\nグリーンライン 施工管理部\n",
      ["placeholder_left"]),
    d("en", "Your garden quote: 38 m² for £3,420",
      "Hi Mrs Greene,\n\nThanks for having us round on Thursday. Here's the quote for your back garden:\n\n"
      "- 38 m² of 35 mm turf, including sub-base and weed membrane: £3,420 inc. VAT\n- Removal of the old lawn and soil: included\n- Duration: 3 days\n\n"
      "We could start on 14 April. If you'd like to go ahead, a quick reply to this email is enough, and we'll send a deposit link (20%).\n\n"
      "Best,\nDaniel Komatsu\nGreenline Turf\n"),
]

MAILS = [
    m("ja", "園庭の人工芝がめくれています",
      "グリーンライン　小松様\n\nさくら保育園の田中です。\n今朝、園庭の人工芝の端が大きくめくれ上がっているのを見つけました。\n"
      "昨日、園児が１人そこでつまずいて膝をすりむいています。\n"
      "今はコーンで囲っていますが、明日は運動会の予行練習で園庭を全面使う予定です。\n"
      "今日中に見ていただくことは可能でしょうか。\n\nさくら保育園 園長 田中\n",
      "high", "anxious"),
    m("ja", "返金の件（４回目のご連絡です）",
      "グリーンラインさま\n\n着工前にキャンセルした工事の前金（12万円）の返金について、\n２月からこれで４回目の連絡です。\n"
      "毎回「担当に確認します」で終わり、その後の連絡がありません。\n"
      "このままなら消費生活センターに相談するつもりです。\n\n岡本 直子\n",
      "high", "angry"),
    m("ja", "屋上の人工芝の排水について",
      "小松様\n\n南町マンション管理組合の長尾です。\n先日施工いただいた屋上の人工芝ですが、昨夜の大雨で排水口の周りに水がたまり、\n"
      "最上階の２戸で天井から水が染みてきたと連絡がありました。\n"
      "今夜も雨の予報です。どのように対応していただけるか、本日中にお知らせください。\n\n長尾\n",
      "high", "neutral"),
    m("ja", "ベランダへの施工について",
      "はじめまして。\nマンションのベランダ（約８㎡）に人工芝を敷きたいのですが、\n管理規約で排水口をふさいではいけないことになっています。\n"
      "そういった場所でも施行していただけますか？\n\n鈴木\n",
      "normal", "neutral"),
    m("ja", "見積もりの内容について",
      "グリーンライン様\n\n先日の見積もりですが、現地調査のときに言われた金額より６万円高くなっています。\n"
      "「残土処分費」とありますが、調査のときには一言もなかったと思います。\n後から項目を足すやり方は、正直どうかと思います。\n"
      "説明してください。\n\n岡本\n",
      "normal", "angry"),
    m("ja", "犬がいるのですが",
      "お世話になります。\n人工芝の施工をお願いしたいのですが、うちの犬が何でもかじる子で、\n芝をかじって飲み込んでしまわないか心配です。\n"
      "もし飲み込んでも体に害はない素材でしょうか。\nそれが心配でなかなか決められずにいます。\n\n"
      "藤井\n",
      "normal", "anxious"),
    m("ja", "人工芝", "芝が変です\n", "normal", "neutral", True),
    m("ja", "メンテナンスについて",
      "小松様\n\n昨年お庭に施工していただいた大野です。\n落ち葉がたまりやすいのですが、ブロワーを使っても問題ないでしょうか。\n"
      "また、年に一度くらい点検をお願いすることはできますか。\n\n大野\n",
      "normal", "neutral"),
    m("ja", "快適です",
      "グリーンラインさん\n\n施工していただいてから１年、子どもたちが毎日裸足で遊んでいます。\n雑草取りから解放されて本当に楽になりました。ありがとうございます。\n\n"
      "大野\n",
      "low", "positive"),
    m("ja", "次のシーズンの予約について",
      "いつもお世話になっております。\n来年の春に、裏庭の残り半分も人工芝にしたいと考えています。\n"
      "今すぐでなくて大丈夫ですので、冬ごろに見積もりの相談をさせてください。\n\n大野\n",
      "low", "neutral"),
    m("en", "Melted patch by the barbecue",
      "Hello,\n\nA spark from our barbecue melted a patch of the new turf you laid in June, about the size of a dinner plate. "
      "Is this something you can patch, and roughly what would it cost? It's only been two months and I'm gutted.\n\nBen Thompson\n",
      "normal", "anxious"),
    m("en", "Still no answer about the drainage",
      "Hi,\n\nI've now written three times since May about water pooling on the turf after rain. The first reply said someone would come out, and then nothing. "
      "My kids can't use the garden half the week. I'm done being patient — I expect a date for the visit, not another 'we'll look into it'.\n\nRuth Adeyemi\n",
      "high", "angry"),
    m("en", "Quote for a putting green",
      "Hi Greenline,\n\nWould you be able to put in a small putting green (about 4 × 6 m) in our back garden? Ideally with two holes. What would that roughly cost?\n\nThanks,\nAlan\n",
      "normal", "neutral"),
    m("en", "turf", "the turf from before, any news?\n", "normal", "neutral", True),
    m("en", "Brilliant job",
      "Hi Daniel,\n\nJust a note to say the garden looks fantastic and the neighbours keep asking who did it. I've passed on your number. Thanks to the whole crew!\n\nSue Greene\n",
      "low", "positive"),
]
