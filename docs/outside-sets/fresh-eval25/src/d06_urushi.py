from common import s, d, m
DOMAIN = "urushi"
MEANING = "lacquerware and kintsugi repair workshop (mail-in repairs of bowls, trays, heirlooms)"

SENTS = [
    s("ja", "金継ぎの修理には、漆を乾かす期間を含めて2〜3か月ほどお時間をいただきます。"),
    s("ja", "仕上がりの時期は漆の乾き具合次第ですので、こちらでもはっきりとはお答えできません。", "U"),
    s("ja", "修理代は、割れの状態によってはそれなりの金額になります。", "V"),
    s("ja", "食洗機に入れたら剥がれるのは当たり前です。", "C"),
    s("ja", "割れた破片はすべて集めて、新聞紙に包んで送ってください。", "IR"),
    s("ja", "欠けた破片が見つからない場合でも、漆と錫の粉で形を作って補えますので、そのままお送りいただいて大丈夫です。"),
    s("ja", "電子レンジで温めた場合にどうなるかは、正直なところ私どもも把握しておりません。", "U"),
    s("ja", "プラスチックの器には漆が密着しないため当工房では修理ができませんが、樹脂製品の補修を扱う業者を2軒ご紹介できます。"),
    s("ja", "修理前の状態を記録しておきたいので、お送りいただく前に割れた面の写真を撮っておいていただけますか。"),
    s("ja", "お見積もりは、品物が届いてからなるべく早くお送りします。", "V"),
    s("ja", "梱包の際は、箱の中で動かないように詰め物をしていただけますか。", "R"),
    s("ja", "お預かり中の破損について、当工房は一切責任を負いかねます。", "C"),
    s("ja", "漆にかぶれやすい方は、仕上がりから2週間ほど置いてからお使いいただくと安心です。"),
    s("en", "Kintsugi repairs take about ten weeks, because each layer of lacquer has to cure in a humid cabinet."),
    s("en", "Please pack every shard, even the tiny ones, because we use them to rebuild the rim instead of filling the gap."),
    s("en", "Microwaving lacquerware was never a good idea, as most people know.", "C"),
    s("en", "The cost could be a bit higher for larger pieces.", "V"),
    s("en", "We can't tell whether the lacquer on that antique is food-safe.", "U"),
    s("en", "Could you send a photo of the bottom of the bowl? The maker's mark helps us match the lacquer colour."),
    s("en", "We only repair lacquer, so your ceramics question isn't really for us.", "D"),
]

DRAFTS = [
    d("ja", "お預かりの椀の仕上がり時期について", """
木村様

漆工房 朱舟の小池です。
お預かりしている朱塗りの椀5客ですが、現在、下地の工程まで終わっております。
仕上がりは近いうちになる見込みで、完成しましたら改めてご連絡いたします。
修理代金は、お見積もりどおり5客で44,000円（税込）です。

引き続きよろしくお願いいたします。
漆工房 朱舟　小池
""", "V"),
    d("ja", "お見積もりのご送付（織部の小皿・金継ぎ）", """
斉藤様

漆工房 朱舟の小池です。
お送りいただいた織部の小皿を拝見し、お見積もりを作りましたのでお送りします。

・割れ（3片）の接着と金継ぎ：16,500円
・欠け（1か所）の補修：5,500円
・合計：22,000円（税込、返送料込み）
・お渡し：ご承諾から約10週間

この内容で進めてよろしければ、11月30日までにご返信いただけますか。漆の乾燥に使う室（むろ）の空きを押さえるため、期日を設けさせていただいております。
金ではなく銀で仕上げることもでき、その場合は合計20,900円になります。

漆工房 朱舟　小池
"""),
    d("ja", "修理品ご返送のご案内（12月3日発送）", """
上田様

漆工房 朱舟の小池です。
お預かりしていた黒塗りの重箱の修理が仕上がりました。12月3日（火）にゆうパックで発送し、12月5日（木）午前中のお届けを指定しております。

漆は仕上がってからしばらく香りが残ります。お正月にお使いになる前に、一度ぬるま湯で洗って布で拭いていただくと、においが和らぎます。
代金33,000円は同封の振込用紙で、12月末までにお支払いいただければ結構です。

漆工房 朱舟　小池
"""),
    d("en", "Your bowl", """
Dear Ms Whitfield,

Kintsugi has a long history in Japan. The story goes that a shogun sent a broken tea bowl to China for repair and got it back stapled with metal, which prompted Japanese craftsmen to find a more beautiful method. Over the centuries, the golden seams became valued as part of an object's story rather than something to hide.

Your grandmother's bowl has now been glued and filled, and it has reached the stage where we apply the final metal powder. You mentioned you might prefer silver to gold; could you let us know which you'd like by Friday 8 March? The lacquer base has to be dusted within a few days of the last coat, so we can't hold it longer than that.

Warm regards,
Hiro Tanaka
Golden Seam Studio
""", "N"),
    d("en", "Apology: your tray was returned with a scratch", """
Dear Mr Lowell,

I'm very sorry that the lacquered tray we repaired for you arrived with a fresh scratch across the rim. After all the care you took packing it to us, that must have been upsetting.

When we checked our packing log, we found that the tray was wrapped in bubble wrap directly, without the soft paper layer we normally use; the wrap's seam pressed into the still-soft surface during shipping.

We'll refinish the rim free of charge. A prepaid return label is attached, and we'll send the tray back within three weeks of receiving it. We have also added a checklist to our packing bench so every lacquered piece gets its paper layer, and a second person now checks each parcel before it is sealed.

With apologies,
Hiro Tanaka
Golden Seam Studio
"""),
]

MAILS = [
    m("ja", "修理品の返送日について（今週土曜に使います）", """
漆工房 朱舟さま

９月に金継ぎをお願いした大野です。
「11月中旬に返送予定」と伺っていたのですが、まだ発送のご連絡がありません。
今週土曜日に祖母の三回忌があり、親戚が集まる席でその椀を使うつもりでおりました。
祖母が嫁入り道具として持ってきた椀なので、その日に並べたいのです。
金曜日までに届けていただくことはできますか。どうなっているのか気になって落ち着きません。

大野 千春
""", "h", "ax"),
    m("ja", "修理後の器でかぶれました", """
漆工房 朱舟　ご担当者様

先週修理から戻ってきた汁椀を使ったところ、翌日から口の周りが赤く腫れ、かゆみが止まりません。
皮膚科で漆かぶれと診断されました。
「仕上がってすぐでも使える」と説明を受けていたのに、どういうことでしょうか。

治療費の件も含め、明日中にお電話でご説明ください。
いまも顔が腫れていて、仕事にも出られない状態です。

丸山 香織
""", "h", "an"),
    m("ja", "会席用の椀20客の納期について", """
漆工房 朱舟　小池様

いつもお世話になっております。料亭 柳川の女将、柳川でございます。
夏にお預けした吸物椀20客の塗り直しの件でございます。
来週火曜日（12/10）の会席でこちらの椀を使う予定になっておりますが、まだお届け日のご連絡をいただいておりません。
代わりの椀が揃わないため、今週中に届かない場合は献立を組み直す必要がございます。
恐れ入りますが、明日までにお届け予定日をお知らせいただけますでしょうか。

料亭 柳川　柳川 澄江
""", "h", "ne"),
    m("ja", "金継ぎの見積もりをお願いします", """
はじめまして。
有田焼の湯のみを落として、縁が２か所欠けてしまいました。写真を３枚添付します。
金継ぎでの修理をお願いした場合、費用とお時間はどのくらいでしょうか。
""", "n", "ne"),
    m("ja", "お皿が戻ってきました", """
小池様

修理していただいた大皿、本日受け取りました。
金の線が思っていた以上に美しくて、割れる前より好きになってしまったかもしれません。
義母にも見せたらとても喜んでいました。
友人にも割れた器を持っている人がいるので、こちらを紹介してもいいでしょうか。
""", "n", "po"),
    m("ja", "送った荷物の梱包について", """
昨日、蒔絵の小箱の修理をお願いして発送した者です（坂本）。
あとから気づいたのですが、箱の中に緩衝材を入れ忘れたかもしれません。
新聞紙で包んだだけで、箱の中で動いていた気がします。
届いたときに割れていたらどうしようと、昨夜からずっと気になっています。
到着したら、状態だけでも教えていただけますか。
""", "n", "ax"),
    m("ja", "見積額について", """
先日いただいたお見積もりですが、電話で伺っていた金額の倍近くになっています。
電話では「１万円前後」とおっしゃっていたのに、届いた見積書は１９,８００円でした。
説明もなく金額だけ上がっているのは納得がいきません。
内訳をきちんと説明してください。
""", "n", "an"),
    m("ja", "修理", """
これ直せますか
""", "n", "ne", True),
    m("ja", "金継ぎ教室はありますか", """
こんにちは。
工房で金継ぎ教室のようなことはされていますか？
習ってみたいのですが、来年以降で構わないので、もし予定があれば教えてください。
""", "l", "ne"),
    m("ja", "梱包についての感想", """
修理品、無事に届きました。ありがとうございました。
ひとつだけ感想ですが、梱包がとても厳重で、開けるのに20分ほどかかりました。
もう少し簡単でも大丈夫かなと思います。今後の参考までに。
""", "l", "ne"),
    m("en", "My mother's bowl - you say it never arrived?", """
Hello,

I sent my late mother's lacquer bowl to you on 3 March by tracked post. Tracking shows it was delivered and signed for on 5 March. Your assistant told me on the phone that nothing has arrived.

The courier says a missing-parcel claim has to be filed by tomorrow, and they need you to confirm in writing whether you received it. I can't replace this bowl. Please could someone look properly today?

Margaret Hale
""", "h", "ax"),
    m("en", "30 trays needed before Saturday reopening", """
Hi Hiro,

We sent you 30 lacquered serving trays in January for refinishing. Our restaurant reopens after renovation this Saturday evening, with a full booking, and we have no other trays for the tasting menu.

Could you tell me today whether they've shipped, and if not, whether we can collect them from your studio on Friday?

Thanks,
Ken Mori
Kappa Dining
""", "h", "ne"),
    m("en", "Your quote went from $120 to $310", """
Your website says kintsugi repair for a small bowl "from $120". The quote I got says $310, with no breakdown.

I've been a customer twice before and never had this. Explain the price or send my bowl back.

- J. Ferreira
""", "n", "an"),
    m("en", "broken", """
Can you fix it?
""", "n", "ne", True),
    m("en", "Thank you for the gold seam", """
Dear Hiro,

The tea bowl arrived safely this morning. The gold line follows the crack so gracefully that it looks as if it was always meant to be there. My father would have loved it.

Thank you for your patience and care.

With gratitude,
Eleanor
""", "l", "po"),
]
