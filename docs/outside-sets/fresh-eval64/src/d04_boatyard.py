from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "boatyard"
MEANING = "fishing-boat and small-craft repair yard (hauling out, engines, hull work) / 漁船・小型船の修理造船所"

SENTENCES = [
    S("ja", "エンジンの異音は、毎年きちんと点検に出していれば防げた類のものです。", C),
    S("ja", "上架の順番が回ってくるのは、もう少し先になりそうです。", V),
    S("ja", "上架は現在6隻待ちで、早ければ12月18日、遅くとも22日には船台に上げられます。", ),
    S("ja", "船検の書類は自分で揃えて持ってきてください。", I, R),
    S("ja", "船検の申請は船主さんの名義で出す決まりのため、船検証の原本と印鑑をお持ちいただけますか。", ),
    S("ja", "プロペラを直すのか新品に替えるのかは、まだ何とも言えません。", U),
    S("ja", "プロペラは曲がりを測ってから判断します。測定は明日の午前中に終わるので、夕方までに修理と交換それぞれの金額をお伝えします。", ),
    S("ja", "台風の前に係留ロープの太さと取り方を確かめておきたいので、係留している場所の写真を何枚か送っていただけますか。", ),
    S("ja", "漁期に間に合わせたいというのは、そちらのご都合ですので。", X),
    S("ja", "何度も言っていますが、浸水したら船が沈むので、ビルジポンプを切ったまま係留するのはやめてください。", C, I),
    S("ja", "エンジンの部品はメーカーで欠品しており、入荷の予定日は今のところ出ておりません。", U),
    S("ja", "お返事が少々遅くなりましたが、見積もりがまとまりましたので、添付のとおり税込286,000円でお受けできます。", ),
    S("ja", "保険会社へのご連絡は船主さんご自身でお願いすることになりますが、必要な修理見積書と損傷箇所の写真は、明日までにこちらでまとめてお渡しします。", ),

    S("en", "Antifouling will cost you more next season - the manufacturer has put its prices up again.", V),
    S("en", "Get all the loose gear off the boat before we lift her - anything that shifts in the slings can crack the hull.", I),
    S("en", "We've no idea yet what caused the crack along the keel.", U),
    S("en", "Plenty of owners run these engines past 5,000 hours, but a knock like the one you describe is worth hearing, so we'll have a listen on Thursday morning.", ),
    S("en", "We did tell you in March that the cutless bearing needed doing; this is what comes of leaving it.", C),
    S("en", "A lift-out and pressure wash for a 9-metre boat is £285, and we can fit you in on the 14th or the 21st.", ),
    S("en", "Could you leave the keys in the yard office rather than aboard? Our insurer won't cover boats left overnight with the keys in them.", ),
]

DRAFTS = [
    D("ja", "第八清栄丸の船体の傷についてのお詫び",
      "清水 清 様\n\n"
      "浜田造船所の浜田です。\n"
      "12月4日に第八清栄丸を上架した際、右舷の船首付近に長さ30cmほどの擦り傷をつけてしまいました。"
      "大切な船に傷をつけてしまい、誠に申し訳ございません。\n\n"
      "船台の盤木の位置が前に上げた船に合わせたままになっており、ウインチで引き上げる途中で、"
      "船首が盤木の角に当たったことが原因です。傷の状態は添付の写真のとおりです。\n\n"
      "今後は、上架の前に盤木の位置をその船の寸法に合わせて測り直し、船首側と船尾側に1名ずつ見張りを付けてからウインチを巻くことにいたします。\n\n"
      "このたびは本当に申し訳ございませんでした。\n\n"
      "浜田造船所 浜田 修\n",
      AP),
    D("ja", "海成丸 エンジン整備のお見積り（12月10日までにご判断をお願いします）",
      "藤井 様\n\n"
      "浜田造船所の浜田です。海成丸のエンジン整備のお見積りをお送りしますので、"
      "どちらの内容で進めるか、12月10日（水）までにお知らせいただけますか。"
      "部品の発注が年内に間に合う最終日が10日のためです。\n\n"
      "A案：インジェクター4本のオーバーホールと冷却水ポンプ交換　税込 286,000円（作業5日）\n"
      "B案：A案に加えてターボチャージャー交換　税込 498,300円（作業8日）\n\n"
      "分解したところ、ターボの軸に少しがたつきがありました。すぐに止まるものではありませんが、"
      "来年の漁期中に交換が必要になる可能性があります。\n"
      "どちらの場合も、1月の解禁日前には仕上がります。\n\n"
      "浜田造船所 浜田 修\n0895-00-3321\n"),
    D("ja", "上架日の確定のお知らせ",
      "松岡 様\n\n"
      "浜田造船所です。みなと丸の上架日が12月16日（火）の朝7時に決まりましたので、お知らせいたします。\n\n"
      "当日は満潮が7時20分のため、6時45分までに当所の岸壁へ船を回していただけますか。"
      "干潮になると船台に乗せられなくなります。\n"
      "作業は船底清掃・塗装とジンクの交換で、12月19日（金）の午後に下架の予定です。\n\n"
      "浜田造船所 浜田 修\n"),

    D("en", "Your engine - sorry for the delay",
      "Hi Mr Pearce,\n\n"
      "I'm sorry the Volvo wasn't back in Kittiwake on Friday as we'd promised. I know you'd planned to "
      "have her out this weekend.\n\n"
      "The hold-up was the injection pump: it went away to the rebuilders on the 2nd and only came back "
      "to us on Friday afternoon, too late to refit and test before the weekend.\n\n"
      "In future we'll check turnaround times with the rebuilders before we give an owner a date, rather "
      "than going on what they usually manage.\n\n"
      "Apologies again,\nRob\nQuayside Marine Engineering\n",
      AP),
    D("en", "Winter lay-up quote for Samphire",
      "Dear Mrs Ellis,\n\n"
      "Here's our quote for laying Samphire up this winter. If you'd like to go ahead, could you reply by 31 October? "
      "We'll then book her in for a lift on 8 November.\n\n"
      "Lift-out, pressure wash and chock ashore: £340\n"
      "Storage, November to March (5 months at £96): £480\n"
      "Engine winterising (Yanmar 2GM): £165\n"
      "Total: £985 incl. VAT\n\n"
      "We take a £200 deposit when we lift, and the balance when she goes back in. Relaunch dates for "
      "April open in February.\n\n"
      "Best regards,\nRob\nQuayside Marine Engineering\n"),
]

MAILS = [
    T("ja", "船が傾いています",
      "浜田さん\n\n今朝５時に港へ行ったら、第三勝丸が左に傾いて、船尾がかなり沈んでいました。\n"
      "ビルジポンプは動いているようですが、水が追いついていないみたいです。\n"
      "自分でバケツでかき出していますが、このままだと昼の満潮までもたないかもしれません。\n"
      "先月エンジンを見てもらったところなので、何か関係があるのかも分からず、どうしたらいいのか……。\n"
      "来てもらえるなら港の東側の浮き桟橋にいます。　勝田　090-0000-6614",
      "high", "anxious"),
    T("ja", "Re: Re: 修理の完了日について",
      "浜田造船所　御中\n\n"
      "先月25日、今月２日、そして昨日と、同じことを三回お尋ねしています。\n"
      "最初は「11月中」、次は「来週には」、昨日は「部品次第」とのことでした。\n"
      "ズワイの解禁が15日です。船が戻らなければ、うちは今シーズンの最初の水揚げを丸ごと失います。\n"
      "部品がないならないで、何日に仕上がるのか、他で手配できないのか、責任のある方から今日中に回答をください。\n\n"
      "有限会社　海幸水産　代表　岡部\n\n"
      "> 部品の入荷を待っております。入り次第ご連絡します。",
      "high", "angry"),
    T("ja", "渡船の修理期間について",
      "お世話になっております。大崎島渡船の中西です。\n"
      "現在修理をお願いしている「しおかぜ」の件です。\n"
      "島の住民のうち十数名が、本土の病院への通院（透析の方を含みます）にこの船を使っています。\n"
      "いま代わりに借りている船の契約が今週の日曜日で切れ、延長はできないと言われました。\n"
      "月曜日から船を戻せるかどうか、戻せない場合はいつになるのかを、今日中に教えていただけますか。"
      "住民への告知を明日の朝に出す必要があります。",
      "high", "neutral"),
    T("ja", "上架の予約をしたい",
      "はじめまして。釣り船をやっている大野です。\n"
      "年明けの１月中旬に、船底の塗装で上架をお願いしたいです。\n"
      "船は全長１１ｍのＦＲＰです。空いている日と料金を教えてもらえますか。",
      "normal", "neutral"),
    T("ja", "請求書の金額",
      "先日はどうも。請求書届きました。\n"
      "見積もりが18万、請求が26万。\n"
      "8万も増えるなら途中で一本電話くらいくれてもよかったんじゃないかと思いますが、"
      "そちらではこれが普通なんでしょうね。\n内訳を出してください。\n\n栄進丸　中島",
      "normal", "angry"),
    T("ja", "中古の船を買う前に見てもらえますか",
      "はじめてご連絡します。定年後に釣りを始めようと思い、"
      "知人から７ｍの中古の船外機艇を譲ってもらう話が進んでいます。\n"
      "ただ、船のことは全くの素人で、エンジンや船体にどこか悪いところがあっても自分では分かりません。\n"
      "あとで大きな修理代がかかったらと思うと心配で、買う前に一度見ていただくことはできますか。\n"
      "費用もあわせて教えてください。",
      "normal", "anxious"),
    T("ja", "ありがとうございました",
      "浜田さん、先日はエンジンを見てもらってありがとうございました。\n"
      "あれからエンジンのかかりが全然違って、燃費もよくなった気がします。助かりました。\n"
      "ついでに、来年３月ごろに船底の塗装もお願いしたいので、空きがある日を教えてください。",
      "normal", "positive"),
    T("ja", "（件名なし）", "船まだ？　いつになったらできるの", "normal", "angry", True),
    T("ja", "船底塗装の見積もり",
      "来年の夏前に船底の塗装を考えています。\n"
      "全長9mくらいの船で、だいたいどのくらいかかるか、目安だけ教えてもらえますか。\n"
      "まだ先の話なので、手の空いたときで大丈夫です。",
      "low", "neutral"),
    T("ja", "古い船の処分について",
      "父が使っていた小さな木造船が、もう十年以上陸に上げたままになっています。\n"
      "いずれ処分したいのですが、そちらで引き取りや解体はしていますか。\n"
      "今すぐどうこうではなく、来年以降に考えたいと思っています。",
      "low", "neutral"),

    T("en", "Can you lift Curlew today?",
      "Rob,\n\nCurlew is booked in for a lift on Thursday, but the forecast has the gale arriving "
      "tomorrow night - gusts of 55 knots straight into the harbour. She's on a swinging mooring and the "
      "riser chain hasn't been checked since spring. If the mooring goes she'll be on the rocks.\n\n"
      "Is there any way you can lift her this afternoon or first thing tomorrow? I can bring her round "
      "to the slip on the 2 o'clock tide.\n\nAlan Fraser\n07700 900754",
      "high", "anxious"),
    T("en", "Winter storage rates",
      "Hello, could you send your winter storage rates for a 28ft bilge-keel yacht? We'd want her out "
      "from November to April, and the engine winterised.\nMany thanks, J. Ogunleye",
      "normal", "neutral"),
    T("en", "Scratches on the topsides",
      "Hi,\n\nPicked Moonraker up on Saturday. The antifouling looks great, but there are two long "
      "scratches on the starboard topsides that weren't there when she came out - they line up exactly "
      "with where your cradle pads sit. I'm not impressed that nobody mentioned them.\n\nWhat are you "
      "going to do about it?\n\nSteve Knowles",
      "normal", "angry"),
    T("en", "Thanks - and next year's survey",
      "Rob, thanks to you and the lads for getting Tern back in the water so quickly. She's going "
      "beautifully. At some point I'll need an insurance survey - not until next autumn, so there's no "
      "rush at all. Just let me know whether you do those or can recommend someone.\n\nBest, Helen",
      "low", "positive"),
    T("en", "quote", "how much to antifoul mine", "normal", "neutral", True),
]
