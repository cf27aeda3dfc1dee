"""plaster = plastering and clay/lime wall contractor (左官・塗り壁工事)."""
from common import S, D, M

DOMAIN = "plaster"

SENTS = [
    # ja
    S("ja", "漆喰の表面に細かいひびが入るのは、乾燥の過程でよくあることですので、ご心配には及びません。", "D"),
    S("ja", "表面の細かいひびは乾燥収縮によるもので、幅0.3mm以下であれば強度に影響はありません。念のため、来週火曜日の点検の際にひびの幅を測らせていただきます。"),
    S("ja", "工事中は窓を開けないでください。", "I R"),
    S("ja", "塗った壁が急に乾くとひび割れの原因になりますので、工事中の3日間は窓を閉めたままにしていただけますか。"),
    S("ja", "現場の養生を勝手に外したから、こうなったんですよ。", "C"),
    S("ja", "珪藻土の色ムラが出た原因は、職人に聞いてみないと私にはわかりません。", "U"),
    S("ja", "仕上がりの色味は、多少見本と異なる場合がございます。", "V"),
    S("ja", "仕上がりの色は、天然の土を使っているため見本帳と比べて明るさが一段階ほど変わることがあります。ご心配でしたら、着工前に30cm角の試し塗りをご用意します。"),
    S("ja", "工期が延びるかどうかは天気次第なので、こちらでは何とも言えません。", "U"),
    S("ja", "雨の日は作業できないため、週間予報を見て、毎週金曜日に翌週の作業予定をお知らせします。"),
    S("ja", "下地の補修は見積書の別項目に記載しており、今回の範囲では2か所で合計22,000円です。"),
    S("ja", "追加の補修が必要な場合は、いくらか追加でご請求させていただくことがあります。", "V"),
    S("ja", "作業の日は駐車場を空けておきなさい。", "I R"),
    S("ja", "他の業者さんが塗られた部分は当社の保証の対象外ですが、補修のお見積りは無料でいたしますので、一度現地を見せていただけますか。"),
    # en
    S("en", "Keep the heating off until we say otherwise.", "I R"),
    S("en", "Please keep the heating at its lowest setting for the first week; if the new plaster dries too fast it can crack, and I'll come by on the 14th to check it."),
    S("en", "Hairline cracks in render are nothing worth worrying about, to be honest.", "D"),
    S("en", "If you had let the skim coat dry properly before painting, you wouldn't be seeing this.", "C"),
    S("en", "If the lath behind the plaster turns out to be rotten, replacing it adds £35 per square metre, and I'll show you before doing any of it."),
    S("en", "I can't tell you yet whether the damp patch is coming from the wall or the roof, but I'll bring a moisture meter on Thursday morning and give you an answer before I leave."),
]

DRAFTS = [
    D("ja", "お詫び：和室の壁の仕上がりについて",
      """
山口様

いつもお世話になっております。土屋左官の土屋です。
先日仕上げた和室の聚楽壁に、手のひらほどの色ムラが2か所出てしまい、誠に申し訳ございません。

原因は、同じ壁の中で材料の練り置き時間が異なる2バッチを使ってしまったことにあります。
練り置きの時間が違うと、乾いたときの色味に差が出ます。

昨日、該当の壁全面を塗り直し、色ムラがないことを山口様と一緒に確認させていただきました。

今後は、1面の壁は必ず同じバッチの材料で仕上げること、練り置きの時間を記録することを、現場ごとの手順書に加えました。
若い職人にも同じ内容を伝え、徹底いたします。

このたびはご迷惑をおかけし、申し訳ございませんでした。

土屋左官 土屋 誠
"""),
    D("ja", "外壁塗り替え工事のご案内",
      """
〇〇様

いつもお世話になっております。土屋左官でございます。
このたびは外壁の塗り替えについてお問い合わせいただき、ありがとうございます。

現地調査の日程を下記のとおりご提案いたします。
・〇月〇日（　）午前
・〇月〇日（　）午後

ご都合のよい日時をお知らせください。
調査には1時間ほどかかります。

土屋左官 土屋
""", "P"),
    D("ja", "作業日程の変更について",
      """
佐藤様

土屋左官の土屋です。
来週の作業日程ですが、雨の予報が出ていますので、予定を変更させていただきます。
新しい日程は、決まりしだいご連絡いたします。
その間、壁には触らないでください。

土屋
""", "V I R"),
    D("en", "Your render repair: booked for Monday 3 June",
      """
Dear Mr and Mrs Feeney,

Your render repair on the rear wall is booked for Monday 3 June, starting at 8 a.m. We expect to finish by Tuesday afternoon.

We will need the side gate unlocked on both days, because the mixer and scaffold tower have to go through it. If that is a problem, let me know by Friday and I will bring the smaller mixer, which fits through the front.

The price is as quoted: £1,480 including VAT, payable when the job is done.

Best regards,
Callum Reid
Reid Plastering & Rendering
"""),
]

MAILS = [
    M("ja", "天井の漆喰が落ちてきました",
      """
土屋左官 様

３週間前に塗り直していただいた居間の天井ですが、
今朝、電灯の横あたりから漆喰が手のひらくらいの大きさで剥がれ落ちてきました。
ちょうど下で子どもが遊んでいることが多い場所です。
他の部分も落ちてこないか心配で、今は部屋を閉め切っています。
今日か明日、見に来ていただくことはできますか。

中島
""", "high", "anxious"),
    M("ja", "足場が倒れかけています",
      """
今日の強風で、うちの外壁工事用の足場の一部が隣の家の車庫側に傾いています。
隣の方から「危ないから何とかしてほしい」と言われました。
夜にもっと風が強くなる予報なので、暗くなる前に来てもらえないでしょうか。
電話もしたのですが、つながりませんでした。

西区 青木
""", "high", "anxious"),
    M("ja", "Re: 工事の日程について",
      """
> 日程が決まりましたら、改めてご連絡いたします。

と９月に言われてから、もう１か月半です。
その間に２回メールをしましたが、返事がありません。
壁を剥がしたままの状態で、寒くなってきて家族が困っています。
いつ工事をしていただけるのか、はっきり教えてください。
""", "high", "angry"),
    M("ja", "見積もりのお願い",
      """
はじめまして。築３０年の木造住宅に住んでいます。
６畳の和室の壁（砂壁）がぽろぽろ落ちてくるので、塗り替えを考えています。
珪藻土にするといくらくらいかかるのか、見積もりをお願いできますか。
年内に工事ができればと思っています。
""", "normal", "neutral"),
    M("ja", "駐車場",
      """
車どうすればいいですか
""", "normal", "neutral", True),
    M("ja", "壁のひびについて",
      """
先月塗っていただいた玄関の壁に、髪の毛くらいの細いひびが２本入っています。
このままで大丈夫なのか、それとも補修が必要なのか教えていただけますか。
写真を添付します。
""", "normal", "anxious"),
    M("ja", "支払い方法について",
      """
お世話になっております。
工事代金の支払いですが、振込ではなくクレジットカードは使えますか。
工事は来月の予定です。
""", "normal", "neutral"),
    M("ja", "仕上げの材料の相談",
      """
娘の部屋の壁を塗り替えたいと考えています。
子どもがアレルギー体質なので、できるだけ自然素材のものがよいのですが、
漆喰と珪藻土ではどちらがおすすめでしょうか。
工事は来年の春休みあたりを考えていて、まだ具体的には決めていません。
""", "normal", "neutral"),
    M("ja", "ワークショップについて",
      """
ホームページで、子ども向けの泥団子づくりのワークショップをされていたと知りました。
来年もやる予定があれば、参加してみたいです。
時期が決まってからで構いませんので、教えていただければうれしいです。
""", "low", "neutral"),
    M("ja", "きれいに仕上げていただきありがとうございました",
      """
土屋さん

先日は玄関の土壁をきれいに仕上げていただき、ありがとうございました。
来客があるたびに「素敵な壁ですね」と言われます。
職人さんたちが毎日きれいに片付けて帰ってくださったのも、ありがたかったです。
また何かあればお願いします。
""", "low", "positive"),
    # en
    M("en", "Ceiling bulging after your repair",
      """
Callum,

The ceiling you replastered in our back bedroom in March has a bulge about the size of a dinner plate right above our son's bed, and there's a new crack running from it. It wasn't there last week. We've moved him into our room for now. Can you come and look before it comes down? We're in all day today and tomorrow.

Nina Feeney
""", "high", "anxious"),
    M("en", "re: render quote",
      """
Thanks for the quote for the front elevation. Before we sign, could you split the £3,400 into scaffolding, materials and labour? My wife and I want to compare it properly with the other quote we've had.

Greg Norris
""", "normal", "neutral"),
    M("en", "Lime vs cement",
      """
Hello, we've just bought a Victorian terrace and a surveyor said the walls should be lime plastered, not gypsum. Our neighbours at no. 12 had you do theirs and it looks beautiful, so you were the first people we thought of! Is it something you'd take on, and roughly what would a room cost? We're not planning to start until next year, just gathering information at this stage.

Many thanks,
Esther
""", "low", "positive"),
    M("en", "Paint",
      """
How long after the skim do I have to wait befor I can paint? The decorator is booked for the 20th.

Ta,
Shaz
""", "normal", "neutral"),
    M("en", "?",
      """
is it normal??
""", "normal", "anxious", True),
]
