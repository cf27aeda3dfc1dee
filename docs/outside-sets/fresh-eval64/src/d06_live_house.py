from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "live_house"
MEANING = "small live-music venue (band bookings, ticket holders, neighbours) / ライブハウス"

SENTENCES = [
    S("ja", "チケットノルマの仕組みは出演前にお渡しした資料に書いてありますので、今になって知らなかったと言われましても。", C),
    S("ja", "機材の持ち込みには、内容によって多少の料金がかかる場合があります。", V),
    S("ja", "機材の持ち込み料は、アンプ1台につき1,000円、ドラムセット一式で3,000円です。", ),
    S("ja", "リハの入り時間は厳守のこと。", I, R),
    S("ja", "当日は5バンドで順番にリハを回すため、1組が遅れると後のバンドのリハが削られてしまいます。15時の入り時間を守っていただけますか。", ),
    S("ja", "物販の売上からは手数料として15%を差し引き、終演後に現金でお渡しします。", ),
    S("ja", "セットリストを前日までに送っていただけますか。", R),
    S("ja", "当日券を出せるかどうかは前売りの売れ行き次第ですので、前日の20時に公式SNSでお知らせします。", ),
    S("ja", "騒音の件については、近隣の方と直接お話しいただくしかないかと存じます。", X),
    S("ja", "出演者の体調不良で延期になった公演の振替日は、まだ決まっておりません。", U),
    S("ja", "音が小さく感じたとのことですが、どの席でも同じ音量になるよう調整しておりますので。", X),
    S("ja", "初めて出演されるバンドさんは分からないことも多いと思いますので、当日はPA担当が転換の段取りを一から説明します。", ),
    S("ja", "前回の公演で卓の設定を勝手に変えられて大変だったので、今回はPA卓には絶対に触らないでください。", I, C),

    S("en", "The door split is the same for every band on the bill: after the first 40 tickets, 70% goes to the bands, shared by set length.", ),
    S("en", "Load in through the side door, not the front - the front door alarms itself after 5 p.m.", I),
    S("en", "Don't park in the loading bay.", I, R),
    S("en", "The band's management haven't told us whether the show will be rescheduled or cancelled.", U),
    S("en", "You signed off on the ticket price yourselves, so I'm not sure what you expected.", C),
    S("en", "Doors are at 7, the first band is on at 7:45, and the curfew is 11 sharp because of our licence.", ),
    S("en", "Could you send a stage plot by Wednesday? Our engineer uses it to set the monitor mixes before you arrive, which saves about 20 minutes at soundcheck.", ),
]

DRAFTS = [
    D("ja", "【出演確定】12月20日（土）「冬至ナイト」のご案内",
      "{バンド名} 様\n\n"
      "下北ベースメントの宮内です。12月20日（土）の「冬至ナイト」へのご出演が確定しましたので、当日の流れをお送りします。\n\n"
      "・入り時間：〇〇:〇〇\n"
      "・リハーサル：逆リハ、1組20分\n"
      "・開場 18:00／開演 18:30\n"
      "・持ち時間：転換込み35分\n\n"
      "機材表と物販の有無を、12月13日までにこのメールへの返信でお知らせいただけますか。"
      "PAと照明の準備に使います。\n\n"
      "下北ベースメント ブッキング担当 宮内\n",
      PH),
    D("ja", "【公演中止】12月14日「アオイロ」ワンマン公演 払い戻しのご案内",
      "チケットをお持ちのお客様へ\n\n"
      "下北ベースメントです。12月14日（日）に予定していた「アオイロ」ワンマン公演は、"
      "ボーカルの喉の不調により中止となりました。楽しみにしてくださっていた皆様に、心よりお詫び申し上げます。\n\n"
      "チケット代金3,800円（ドリンク代600円を含む）を全額払い戻しいたします。\n"
      "・電子チケットの方：ご購入時のカードに12月26日までに自動で返金されます。お手続きは不要です。\n"
      "・当店窓口でご購入の方：チケットをお持ちのうえ、1月31日までに当店受付（17時〜22時）へお越しください。\n\n"
      "振替公演は予定しておりません。ご不明な点は info@example.jp までお問い合わせください。\n\n"
      "下北ベースメント\n"),
    D("ja", "Re: 2月の出演について",
      "ザ・ハミングス 佐野様\n\n"
      "下北ベースメントの宮内です。2月の出演のご相談、ありがとうございます。\n\n"
      "2月は週末の枠がかなり埋まってきていますが、平日であれば何日か空きがあります。"
      "チケットノルマについては、平日の場合は多少軽くできると思います。\n"
      "日程が決まりましたら、近いうちに改めてご連絡しますね。\n\n"
      "下北ベースメント 宮内\n",
      V),

    D("en", "Refunds for Saturday's cancelled show",
      "Hi,\n\n"
      "You bought tickets for Marrow at The Vault on Saturday 7 December, which was cancelled because "
      "the band's van was in a collision on the way to us (everyone is fine).\n\n"
      "Your £14 ticket and the 90p booking fee have been refunded to the card you paid with. It can take "
      "5 working days to appear. You don't need to do anything.\n\n"
      "The band hope to play a make-up show in March. If they do, everyone who had a ticket for Saturday "
      "will get a 48-hour early booking link by email.\n\n"
      "The Vault box office\n"),
    D("en", "A few things from us before the new year",
      "Hey bands,\n\n"
      "What a year. We've had 212 shows through the door, the new PA finally arrived in September, "
      "and the Friday residency has been a joy. Thanks for bringing your people down.\n\n"
      "A couple of bits: the bar has a new cider on tap, and from January we're trialling an earlier "
      "curfew on Sundays (10:30).\n\n"
      "Also, the council has changed our licence conditions, so every act booked for January onwards "
      "needs to sign the updated performance agreement (attached) and send it back before 20 December - "
      "we can't put unsigned acts on stage.\n\n"
      "Merry Christmas!\nJen and the team at The Vault\n",
      PU),
]

MAILS = [
    T("ja", "今夜の公演のエレベーターについて",
      "今夜19時開演の「ナイトフライト」のチケットを持っている者です。\n"
      "車椅子を使っていて、これまで何度か御社のエレベーターで地下に降りて観ていました。\n"
      "ところが、さっきSNSで「エレベーターが故障中」という書き込みを見かけました。\n"
      "本当だとしたら、今夜私は中に入れるのでしょうか。介助者と二人で、もうすぐ家を出るところです。\n"
      "行っても入れなかったらと思うと、どうしたらいいのか分かりません。",
      "high", "anxious"),
    T("ja", "チケットバックの未払いについて（再々送）",
      "下北ベースメント　宮内様\n\n"
      "10月と11月の出演分のチケットバック（合計48,000円）が、まだ振り込まれていません。\n"
      "11月に２回メールして、今回で３回目です。\n"
      "「経理に確認中」のまま１か月たちました。\n"
      "来週末から遠征で、そのお金をガソリン代と宿代にあてるつもりでした。\n"
      "いつ振り込まれるのか、日付で教えてください。このまま連絡がなければ、"
      "今後の出演は考えさせていただきます。\n\n"
      "ザ・ハミングス　佐野",
      "high", "angry"),
    T("ja", "非常口の前の荷物について",
      "隣のビル（第二松本ビル）の管理をしている者です。\n"
      "昨夜から、御社の裏口とうちのビルの非常階段の間の通路に、機材のケースが１０個ほど積まれています。\n"
      "この通路はうちの非常口からの避難経路になっています。\n"
      "今日の午後２時に消防の設備点検があり、このままだと指摘を受けます。"
      "それまでに移動していただけるか、ご返信をお願いします。\n\n"
      "第二松本ビル管理　松本",
      "high", "neutral"),
    T("ja", "出演のお願い",
      "はじめまして。都内で活動している３ピースのロックバンド「ヨルノハテ」です。\n"
      "来年の３月か４月に、そちらのブッキングイベントに出演させていただきたいです。\n"
      "音源のリンクを貼っておきます。ノルマや出演の条件を教えていただけますか。\n"
      "https://example.com/yorunohate",
      "normal", "neutral"),
    T("ja", "入場の順番について",
      "昨日のワンマン、整理番号A-12で並んでいましたが、\nなぜかB番号の方が先に入場していました。\n"
      "スタッフに聞いても「すみません」だけでした。\n"
      "整理番号というのは何のためにあるのか、一度お店の方で考えてみてはいかがでしょうか。\n"
      "前のほうで観るために発売開始の１０時ちょうどに買ったのですが、結局後ろの柱の横でした。",
      "normal", "angry"),
    T("ja", "高校生バンドの出演について",
      "息子が高校の軽音部の友人と組んだバンドで、来月そちらのイベントに出演させていただくことになりました。\n"
      "初めてのライブハウスで、親としては夜遅くなるのが心配です。\n"
      "高校生の出番は何時ごろまでなのか、終わった後にすぐ帰れるのか、お酒を出す場所に未成年が入っても大丈夫なのか、"
      "分からないことだらけで不安です。教えていただけると助かります。",
      "normal", "anxious"),
    T("ja", "出演", "出れますか？", "normal", "neutral", True),
    T("ja", "機材のレンタルについて",
      "お世話になります。\n来月の出演時に、ベースアンプをお借りすることはできますか？\n"
      "機種と料金が分かれば教えてください。",
      "normal", "neutral"),
    T("ja", "先日はありがとうございました",
      "先週の土曜日に出演させていただいた「さかなの骨」です。\n"
      "PAの加藤さんが、こちらの拙い説明をすぐにくみ取って音を作ってくださって、"
      "今までで一番気持ちよく演奏できました。お客さんからも音が良かったと言われました。\n"
      "来年の周年イベントも、客として伺うのを楽しみにしています。",
      "low", "positive"),
    T("ja", "貸し切りの料金について",
      "来年の秋ごろ、結婚式の二次会で貸し切りにできないかと考えています。\n"
      "日程も人数もまだ決まっていないので、だいたいの料金と、何人くらいまで入れるかだけ教えてください。\n"
      "急いでいないので、お手すきのときに。",
      "low", "neutral"),

    T("en", "Van broken down - can we swap slots tonight?",
      "Hi Jen,\n\nWe're Hollow Pines, booked on tonight's bill, due on at 9. Our van's gearbox has just "
      "gone on the M6 and we're waiting for recovery - realistically we won't be with you before 9:45. "
      "Is there any chance we could swap with the headliner or go on last? Otherwise we'll have to pull "
      "out, and we'd rather not.\n\nCall me on 07700 900188 if that's easier.\n\nAsh",
      "high", "neutral"),
    T("en", "Refund - third email",
      "To whoever reads this inbox,\n\nThe Marrow show on 7 December was cancelled. Your website says "
      "refunds are automatic. It is now 9 January and I have not been refunded. I emailed on 16 December "
      "and on 2 January and received nothing back either time.\n\nIt's £29.80 for two tickets - not a "
      "fortune, but it's mine. If I don't hear back, I'll go through my card provider and leave "
      "the reviews to speak for themselves.\n\nR. Lindgren",
      "high", "angry"),
    T("en", "Booking enquiry - April",
      "Hi there, we're a four-piece from Leeds touring in April. Would you have a Thursday or Friday "
      "free between the 10th and 25th? Happy to play with local support. Links below.\nCheers, Kit",
      "normal", "neutral"),
    T("en", "Thank you for the ramp",
      "Just wanted to say thanks for putting the ramp in at the side entrance. My brother uses a "
      "wheelchair and last Friday was the first time he's been able to get into a gig without being "
      "carried. One small idea for whenever you get round to it: a lower bit of bar would be great too.\n\nLucy",
      "low", "positive"),
    T("en", "Lost phone at last night's show",
      "Hello, I think I dropped my phone near the front of the stage last night at the Wren gig. "
      "It's a blue iPhone in a clear case with a ticket stub inside. It's got all my photos of my "
      "dad on it and I don't think they're backed up - I'm panicking a bit. Has anyone handed it in?\n\nAmira",
      "normal", "anxious"),
]
