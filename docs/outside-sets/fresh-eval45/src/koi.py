# koi = nishikigoi (ornamental carp) breeder and dealer 丸池養鯉場 / Maruike Koi Farm
from common import s, d, m

DOMAIN = "koi"

SENTENCES = [
    s("ja", "水温差で鯉が弱るのを防ぐため、袋のまま30分ほど池に浮かべてから放してください。", ["imperative"]),
    s("ja", "白点が出た個体については、現時点で原因はわかりかねます。", ["unknown_without_followup"]),
    s("ja", "ご注文の三色2尾は、3月8日（土）の午前着で発送いたします。"),
    s("ja", "到着から48時間以内に死んでしまった場合は、お写真を確認のうえ同等の鯉と交換いたします。"),
    s("ja", "鯉を飼われて日の浅い方には、この品種はちょっと難しいかもしれませんね。", ["condescending"]),
    s("ja", "輸送費は地域によって多少変わります。", ["vague"]),
    s("ja", "エアレーションは止めないでください。", ["imperative", "request_without_reason"]),
    s("ja", "病気かどうかを見分けるため、水温と水の色がわかる写真を送っていただけますか。"),
    s("ja", "病気の相談は獣医さんの領分なので、うちでは受けていません。", ["dismissive"]),
    s("ja", "品評会への出品手続きに必要な書類の一覧を添付いたしました。"),
    s("ja", "薬浴は濃度0.5%で5日間が目安です。"),
    s("ja", "入荷しましたらご連絡しますので、しばらくお待ちください。", ["vague"]),
    s("ja", "前にも書きましたが、冬場に餌をやりすぎるから調子を崩すんですよ。", ["condescending"]),
    s("ja", "当歳魚の成長には個体差がありますが、1年で15cm前後になるのが一般的です。"),
    s("en", "If the fish arrived dead, you must send a photo within two hours of delivery or we won't do anything about it.", ["condescending"]),
    s("en", "We'll ship once night temperatures stay above 10°C, which is usually by mid-April."),
    s("en", "Float the bag for 20 minutes so the water temperatures can even out.", ["imperative"]),
    s("en", "Pond design isn't our area, so we can't help with that.", ["dismissive"]),
    s("en", "Your two Showa will arrive on Thursday morning; someone needs to be home between 8 and 12, because the courier cannot leave live fish outside."),
    s("en", "We can't yet say what caused the fin rot, but our breeder will look at your photos and reply by 5 pm on Friday."),
    s("en", "The 35 cm Kohaku you asked about is still available at ¥180,000, and we can hold it for you until Sunday."),
]

DRAFTS = [
    d("ja", "【丸池養鯉場】ご注文の鯉の発送日のお知らせ",
      "{customer_name} 様\n\nこのたびは丸池養鯉場にご注文いただき、誠にありがとうございます。\n"
      "ご注文の鯉（紅白 25cm 1尾）は、{ship_date} に発送いたします。\n"
      "到着日の午前中はご在宅いただけますよう、お願いいたします。鯉は生き物のため、再配達になると体力を消耗してしまいます。\n\n"
      "丸池養鯉場 発送係\n",
      ["placeholder_left"]),
    d("ja", "到着時に鯉が死んでいた件について",
      "高木様\n\n丸池養鯉場の丸山です。\n"
      "4月2日にお届けした昭和三色1尾が、到着時にすでに死んでいたとのこと、本当に申し訳ございませんでした。楽しみにお待ちいただいていたところ、つらい思いをさせてしまいました。\n\n"
      "運送会社の記録を確認したところ、中継センターで予定より9時間長く保管され、その間に袋の酸素が足りなくなったことが原因と考えられます。\n"
      "同等の昭和三色を選び、4月9日（水）午前着で無償にてお送りします。代金のご返金をご希望の場合は、そちらも承ります。\n\n"
      "今後は、中継を経由しない直行便のある地域以外へは、酸素を通常の2倍充填した二重袋でお送りすることにいたしました。\n\n"
      "丸池養鯉場 丸山 健一\n"),
    d("ja", "池の状態について",
      "村井様\n\n丸池養鯉場です。お写真を拝見しました。\n"
      "鯉が水面に集まって口をぱくぱくさせているのは、酸欠の典型的な症状です。\n"
      "エアポンプを2台に増やし、今夜から水量の3分の1を換水することをおすすめします。\n"
      "換水の水は、カルキ抜きをしてから池の水温との差が2度以内になるようにしてお入れください。\n\n"
      "明日の朝も同じ様子でしたら、お電話いただければ午後に伺って水質を測ります。\n\n丸池養鯉場 丸山\n"),
    d("en", "Your koi order #K-2291 — delivery Thursday 8–12",
      "Dear Mr Fairbanks,\n\nYour two Showa (28 cm and 31 cm) will leave our farm on Wednesday and arrive on Thursday between 8 am and 12 noon.\n\n"
      "Because the box can't be left outside, please make sure someone is home during that window. "
      "When they arrive, we recommend floating the sealed bag in your pond for 20 minutes so the temperatures match before releasing the fish.\n\n"
      "If anything looks wrong on arrival, please send us a photo the same day so that we can arrange a replacement.\n\n"
      "Best wishes,\nKen Maruyama\nMaruike Koi Farm\n"),
]

MAILS = [
    m("ja", "鯉が次々に浮いています",
      "丸池養鯉場さま\n\n先週お宅から買った鯉を池に入れたのですが、今朝から大きいのが2匹浮いてしまい、\n"
      "残りの5匹も水面で口をパクパクさせています。\n"
      "エアーは回っています。水は昨日半分替えました。\n"
      "このままだと今日中に全部死んでしまいそうで、どうしていいかわかりません。\n"
      "電話もかけたのですがつながらなかったので、メールしました。\n"
      "090-5555-0177 に電話をいただけないでしょうか。\n\n村井\n",
      "high", "anxious"),
    m("ja", "Re: Re: 死着の件",
      "まだ何の連絡もありませんが、どうなっているのでしょうか。\n"
      "5日前に死着の写真を送り、翌日「確認して連絡します」と言われたきりです。\n"
      "18万円の鯉です。補償していただけるのかどうか、はっきりさせてください。\n\n"
      "> 高木様\n> お写真を受け取りました。確認のうえご連絡いたします。\n> 丸池養鯉場\n\n"
      "高木\n",
      "high", "angry"),
    m("ja", "品評会の搬入について",
      "丸山様\n\n今週土曜の全日本総合品評会に、お預けしている紅白2尾を出品する予定です。\n"
      "搬入の受付が金曜の16時までと要項に書いてありますが、そちらから会場までの輸送はお願いできていますでしょうか。\n"
      "まだ確認の連絡をいただいていないので念のため。\n\n山本 健司\n",
      "high", "neutral"),
    m("ja", "メダカと一緒に飼えますか？",
      "はじめまして。庭に小さな池を作ったばかりです。\n"
      "小さめの鯉を2、3匹飼いたいのですが、もともといるメダカと一緒でも大丈夫でしょうか。\n"
      "池は深さ60cmくらい、1トンほどの広さです。\nおすすめの大きさも教えてもらえると嬉しいです。\n\n岡部\n",
      "normal", "neutral"),
    m("ja", "届いた鯉が写真と違います",
      "注文番号：K-3318\n\nホームページの写真では模様の赤がくっきりしていたのに、届いた鯉は色がぼやけていて、\n"
      "正直、同じ鯉とは思えません。\n写真を加工しているのではないですか？\n"
      "このままでは納得できないので、交換か返金の方法を教えてください。\n\n"
      "佐藤\n",
      "normal", "angry"),
    m("ja", "冬の越し方について不安です",
      "丸池養鯉場　御中\n\n去年の秋に初めて鯉を購入した者です。\n初めての冬で、最近水温が６度まで下がり、鯉が底でじっとしたまま動きません。\n"
      "餌もほとんど食べません。病気なのか、冬だからなのか、\n"
      "素人なので判断がつかず、毎日池をのぞいては心配しています。\n何か気をつけることはありますか。\n\n中西 みどり\n",
      "normal", "anxious"),
    m("ja", "こい", "この前のやつまだいますか\n", "normal", "neutral", True),
    m("ja", "池の増設で追加購入を考えています",
      "丸山さん\n\nいつもお世話になっております。\n春に池を拡張する予定で、浅黄と黄金を合わせて5尾ほど追加したいと考えています。\n"
      "予算は全部で15万円くらいです。4月の入荷予定を教えていただけますか。\n\n"
      "--\n川島 浩二\nkawashima.k@example.jp\n",
      "normal", "neutral"),
    m("ja", "ありがとうございました！",
      "丸山様\n\n先日は池まで来ていただき、水質の見方を丁寧に教えてくださってありがとうございました。\n"
      "教わったとおりにしたら鯉たちの食いつきが見違えるようです。\n"
      "来年の品評会の時期になったら、また相談させてください。\n\n中西\n",
      "low", "positive"),
    m("ja", "見学について",
      "丸池養鯉場様\n\n来年の春ごろ、家族で養鯉場を見学させていただくことは可能でしょうか。\n"
      "子どもが鯉に興味を持っていて、一度実物をたくさん見せてあげたいと思っています。\n"
      "時期はまだ決めていませんので、見学を受け付けている季節などあれば教えてください。\n\n原田\n",
      "low", "neutral"),
    m("en", "Heron attack - fish injured",
      "Hi Ken,\n\nA heron got into our pond last night. Two of the Kohaku you sold us have deep wounds on their sides and one is lying on its side near the surface. "
      "I've put them in a separate tub with an air pump. What should I put on the wounds tonight? "
      "Our local vet doesn't treat fish and I'm scared we'll lose them before morning.\n\nPhone: 07700 900512\nSandra\n",
      "high", "anxious"),
    m("en", "Re: Shipment to Dublin",
      "Ken,\n\nThe koi were supposed to be collected from Dublin airport cargo today, but the import office says your health certificate is missing. "
      "They'll hold the box until 6 pm; after that it goes back or the fish are destroyed. "
      "I've now been on the phone for three hours. Please email the certificate to cargo.dub@example.ie before then — this is your paperwork, not mine.\n\n"
      "Liam O'Connor\n",
      "high", "angry"),
    m("en", "Which food in autumn?",
      "Hello,\n\nShould I switch to a wheatgerm food now that the water is around 14°C, or keep feeding the growth food until it's colder? "
      "The pond is 8,000 litres with six fish, all about 30 cm.\n\nThanks,\nDavid\n",
      "normal", "neutral"),
    m("en", "Order question",
      "Hi there,\n\nI'd like to buy a pair of young Chagoi for my daughter's birthday next month. Do you ship to Scotland, and roughly what does shipping cost for two fish? "
      "Also, is it better to buy in spring instead?\n\nCheers,\nMorag\n",
      "normal", "neutral"),
    m("en", "Lovely fish",
      "Dear Maruike team,\n\nThe Ochiba you sent in May has doubled in size and is the star of the pond. "
      "No question, no rush — I just thought you'd like to see a picture (attached).\n\nBest,\nGeorge\n",
      "low", "positive"),
]
