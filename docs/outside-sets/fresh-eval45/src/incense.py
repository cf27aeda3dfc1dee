# incense = incense and senko maker with shop and mail order (香林堂 / Korindo)
from common import s, d, m

DOMAIN = "incense"

SENTENCES = [
    s("ja", "ご注文の白檀の線香10箱は、本日ゆうパックで発送いたしました。"),
    s("ja", "香りのお好みについては、当店ではどうにもできかねます。", ["dismissive"]),
    s("ja", "煙が多いと感じられるのは、火のつけ方が間違っているからだと思われます。", ["condescending"]),
    s("ja", "法要用の大量注文は、通常より少し早めにご連絡ください。", ["vague"]),
    s("ja", "お届け先の住所を、番地まで正確に書いてください。", ["imperative", "request_without_reason"]),
    s("ja", "のし紙に印字いたしますので、表書き（御供、御仏前など）をご指定いただけますでしょうか。"),
    s("ja", "沈香の産地については仕入れ先に確認中で、11月20日までにご連絡いたします。"),
    s("ja", "成分については、わかりかねます。", ["unknown_without_followup"]),
    s("ja", "閉め切った部屋で何本も焚けば気分が悪くなるのは当たり前ですので、その程度のことはご自身で気をつけていただかないと。", ["condescending"]),
    s("ja", "定期便は毎月15日に発送し、送料は全国一律550円です。"),
    s("ja", "破損していた場合は、箱ごと写真を撮っておいてください。", ["imperative", "request_without_reason"]),
    s("ja", "在庫は近日中に補充される見込みです。", ["vague"]),
    s("ja", "煙の少ない線香をお探しでしたら、「微煙 白梅」が従来品に比べて煙の量がおよそ3分の1です。"),
    s("ja", "外箱の製造番号から原料のロットを調べられますので、ご購入時の外箱がお手元にあるかどうか教えていただけますか。"),
    s("en", "Scent is subjective, so there's really nothing for us to look into here.", ["dismissive"]),
    s("en", "We'd need you to tell us which box it came in.", ["request_without_reason"]),
    s("en", "Refills will be back in stock on 18 March, and we can email you that morning."),
    s("en", "Your temple order of 40 boxes will be delivered on 12 August between 9 and 12."),
    s("en", "We aren't able to answer questions about ingredients.", ["unknown_without_followup"]),
    s("en", "We've added a free sample of the low-smoke blend so you can compare the two before your next order."),
]

DRAFTS = [
    d("ja", "定期便の香りが変わったとのご指摘について",
      "松下様\n\n香林堂の青木でございます。\n"
      "10月の定期便の「伽羅 千年」について、以前と香りが違うとのご指摘をいただき、誠に申し訳ございません。\n\n"
      "確認いたしましたところ、9月製造分から原料の伽羅の仕入れ先が変わり、香りの配合を調整しきれていなかったことがわかりました。\n"
      "従来の配合で作り直した品を、11月8日（土）にお届けいたします。お手元の品はお使いいただいても、着払いでご返送いただいても結構です。\n\n"
      "今後、原料の仕入れ先を変える際には、調香師による比較試験を行い、香りの差がないことを確かめてから出荷いたします。\n\n"
      "香林堂 青木 千里\n"),
    d("ja", "商品の破損について",
      "小川様\n\n香林堂でございます。\nお届けした香炉が割れていたとのこと、ご連絡ありがとうございます。\n"
      "配送中の衝撃によるものと思われます。\n"
      "新しい香炉を本日発送いたしましたので、明後日にはお届けできる見込みです。\n"
      "今後は緩衝材を増やして梱包いたします。\n\n香林堂\n",
      ["apology_incomplete"]),
    d("ja", "【香林堂】年末年始の営業と発送のご案内",
      "いつも香林堂をご利用いただき、ありがとうございます。\n年末年始の営業日と発送についてお知らせいたします。\n\n"
      "・店舗：12月29日〜1月3日はお休みをいただきます\n・通信販売：12月26日14時までのご注文は年内に発送いたします\n"
      "・1月4日より通常どおり営業いたします\n\n"
      "お正月用の香をご希望の方は、12月26日までのご注文をおすすめいたします。\n\n香林堂 通信販売係\n"),
    d("en", "[Korindo] Thank you for your order, {{first_name}}",
      "Hi {{first_name}},\n\nThank you for ordering from Korindo! Your order {{order_number}} is being hand-packed and will ship within 2 business days.\n\n"
      "We'll email you the tracking number as soon as it leaves our workshop in Kyoto.\n\nWarmly,\nThe Korindo team\n",
      ["placeholder_left"]),
    d("en", "Order 5521: sandalwood sticks back in stock on 3 March",
      "Dear Ms Patel,\n\nThe 20 boxes of sandalwood sticks you ordered for the temple will be back in stock on 3 March, and we'll ship them the same day by EMS, arriving around 8 March.\n\n"
      "If that's too late for your ceremony, we can send 12 boxes from current stock today and the remaining 8 on 3 March at no extra shipping cost. If you'd like that, a reply saying \"split\" is all we need.\n\n"
      "Best regards,\nChisato Aoki\nKorindo\n"),
]

MAILS = [
    m("ja", "通夜に使う線香が届きません",
      "香林堂様\n\n母の通夜が今夜18時からで、昨日注文した「白檀 やすらぎ」を本日午前着の指定でお願いしていました。\n"
      "まだ届かず、配送状況も「発送準備中」のままです。\n葬儀社さんにも香林堂さんのお線香を使うと伝えてあります。\n"
      "17時までに届く方法はありますでしょうか。店舗に取りに伺うこともできます。\n\n高橋 美和\n080-5555-0122\n",
      "high", "anxious"),
    m("ja", "香炉の灰から火が出ました",
      "香林堂 御中\n\n昨晩、御社で購入した電子香炉ではない普通の香炉で、付属の灰を使って線香を焚いていたところ、\n"
      "消したはずの灰から再び煙が上がり、下に敷いていた敷物が焦げました。\n"
      "幸い家族が気づいて大事には至りませんでしたが、説明書どおりに使っていました。\n"
      "同じ灰を使っている方が他にもいるなら危険だと思います。本日中に原因について回答をいただきたいです。\n\n"
      "大野 正樹\n",
      "high", "angry"),
    m("ja", "お寺での法要用のお線香について（ご相談）",
      "香林堂　ご担当様\n\n慈光寺の寺務所でございます。\n今月２３日の秋彼岸の合同法要で使う線香２００束を注文しておりましたが、\n"
      "本日届いた箱を開けたところ、半分ほどが湿気で曲がっており、火がつきにくい状態でした。\n"
      "法要まであと５日です。差し替えのご対応が可能か、お知らせいただけますか。\n\n"
      "慈光寺 寺務所 小松\n",
      "high", "neutral"),
    m("ja", "香りの強さについて",
      "お世話になります。\n贈り物用に「桜かさね」を考えているのですが、相手がマンション住まいで、\n"
      "香りが強すぎると困るかもしれません。隣の部屋まで香る程度でしょうか。\n"
      "もう少し控えめなものがあれば教えてください。\n\n木下\n",
      "normal", "neutral"),
    m("ja", "Re: 定期便の香りについて",
      "ご返信ありがとうございます。\nですが、「香りの感じ方には個人差があります」という一文だけで終わらせるのはどうかと思います。\n"
      "三年間毎月同じ線香を使ってきて、明らかに違うから問い合わせたのです。\n"
      "きちんと調べる気がないのであれば、定期便は解約します。\n\n> 香りの感じ方には個人差がございますので、ご了承ください。\n\n松下\n",
      "normal", "angry"),
    m("ja", "小さい子どもがいる家での使用について",
      "香林堂様\n\n先日いただいたお香を焚いていたら、１歳の子どもが何度か咳をしていて、\n"
      "煙が体に悪いのではないかと心配になりました。\n今は咳も止まって元気にしていますが、このまま使い続けて大丈夫でしょうか。\n"
      "成分などわかれば教えていただきたいです。\n\n佐野\n",
      "normal", "anxious"),
    m("ja", "（件名なし）", "まだですか\n", "normal", "angry", True),
    m("ja", "領収書の発行について",
      "香林堂 御中\n\n先日ネットショップで注文した分（注文番号 KR-20931）の領収書を発行していただきたいです。\n"
      "宛名は「株式会社みどり葬祭」、但し書きは「お線香代として」でお願いします。\nPDFで大丈夫です。\n\n"
      "みどり葬祭 経理 藤本\n",
      "normal", "neutral"),
    m("ja", "香りの感想です",
      "いつも「伽羅 千年」を愛用しています。\n今月のものは特に香りが柔らかく、朝のお勤めの時間がいっそう楽しみになりました。\n"
      "お礼が言いたくてメールしました。お返事は不要です。\n\n京都市 吉村\n",
      "low", "positive"),
    m("ja", "お香づくり体験について",
      "香林堂さん\n\n来年の夏休みに、子どもと一緒にお香づくりの体験をしてみたいと思っています。\n"
      "来年も体験教室を開く予定はありますか？日程が決まったら教えてもらえると嬉しいです。\n\n"
      "篠原\n",
      "low", "neutral"),
    m("en", "Incense for Saturday's memorial",
      "Hello,\n\nI ordered 10 boxes of the plum-blossom incense for my father's memorial this Saturday. The parcel was marked delivered yesterday but it is not here, and my neighbours haven't got it either.\n\n"
      "There's no other shop near us that sells it. Could you check with the courier, or send another set so it arrives by Friday?\n\nThank you,\nKaren Ito\n",
      "high", "anxious"),
    m("en", "Coil incense burned through my table",
      "Hi,\n\nOne of your coil incense holders cracked while in use last night and the burning coil fell onto my wooden table, leaving a scorch mark. "
      "If I hadn't been in the room it could have caught fire. I want to know whether this is a known fault before anyone else gets hurt, and what you're going to do about my table.\n\n"
      "Dan Whitfield\n",
      "high", "angry"),
    m("en", "Question about stick length",
      "Hi there,\n\nDo the long sticks (the 21 cm ones) fit in the small ceramic holder you sell, or do I need the larger one? I'd rather order both at once.\n\nThanks!\nLily\n",
      "normal", "neutral"),
    m("en", "Sample pack",
      "Hello Korindo,\n\nWould it be possible to buy a sample pack with three or four different scents? I'm trying to find one for meditation.\n\nBest,\nRavi\n",
      "normal", "neutral"),
    m("en", "Just a thank you",
      "Hi,\n\nThe cherry incense arrived beautifully wrapped, and my mother loved it. Thank you for the handwritten card too — that was a lovely touch.\n\nSarah\n",
      "low", "positive"),
]
