from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "football_academy"
MEANING = "youth football (soccer) academy: weekly training, tournaments, camps, parents' enquiries / ジュニアサッカースクール"

SENTENCES = [
    S("ja", "試合の出場メンバーはコーチが総合的に判断して決めておりますので、保護者の方からのご意見はお受けしておりません。", X),
    S("ja", "練習についていけないのは、ご家庭での自主練習が足りていないからだと思います。", C),
    S("ja", "雨の日の練習をやるかどうかは、グラウンドの状態を見てから判断してご連絡します。", V),
    S("ja", "雨天で中止になる場合は、練習開始の2時間前までにLINEでお知らせします。", ),
    S("ja", "練習着には必ず名前を書いておくこと。", I, R),
    S("ja", "同じ練習着の子が多く、忘れ物の持ち主が分からなくなってしまうため、練習着に名前を書いていただけますか。", ),
    S("ja", "遠征の参加費は、宿泊先によって多少変わってきます。", V),
    S("ja", "夏合宿の参加費は2泊3日で38,000円で、バス代と食事代が含まれています。", ),
    S("ja", "医師の診断書を提出していただけますか。", R),
    S("ja", "怪我がどの場面で起きたのかは、コーチ全員に聞いてみましたが、誰も見ていなかったようです。", U),
    S("ja", "来年度のコーチの体制については、まだ何も決まっておりません。", U),
    S("ja", "近隣の方から苦情が来ていますので、何度もお伝えしていますが、送迎の車を正門の前に停めるのはやめてください。", C, I),
    S("ja", "上の学年の子と練習するのが不安なようでしたら、最初の1か月は同じ学年の子だけのグループで練習することもできます。", ),

    S("en", "Squad selections will be confirmed closer to the tournament.", V),
    S("en", "Could you confirm by email that she'll be at Saturday's session?", R),
    S("en", "Every parent thinks their child should be starting; the coaches pick the team, end of story.", X, C),
    S("en", "To be honest, if she'd been coming to the Tuesday sessions, she'd have been picked.", C),
    S("en", "Please pay the spring term fee of £96 by 10 January so we can confirm numbers with the leisure centre; siblings get £15 off.", ),
    S("en", "Could you email us his date of birth? The league registers players by birth year, so we need it to put him in the right age group.", ),
]

DRAFTS = [
    D("ja", "11月30日のお迎えの件についてのお詫び",
      "岡本 様\n\n"
      "みなみFCジュニアスクールの代表、大城です。\n"
      "11月30日の練習後、蓮くんを45分間、グラウンドの入口で一人で待たせてしまいました。"
      "暗くなってからの時間に心細い思いをさせてしまい、本当に申し訳ございません。\n\n"
      "当日はお母様から「お迎えが30分遅れる」とのご連絡をいただいていましたが、受け取ったコーチがほかのコーチに伝えておらず、"
      "最後に残った担当コーチは、蓮くんがお迎えを待っていることを知らないまま片付けに入っておりました。\n\n"
      "蓮くんは、18時15分に片付けから戻った担当コーチが見つけ、お母様が到着されるまでクラブハウスで一緒に待ちました。"
      "お母様には当日その場でお詫びを申し上げましたが、改めてご報告いたします。\n\n"
      "大変申し訳ございませんでした。\n\n"
      "みなみFCジュニアスクール 代表 大城\n",
      AP),
    D("ja", "【12月10日まで】冬季カップ（1月12日）の出欠のご回答のお願い",
      "U-10クラス 保護者の皆様\n\n"
      "みなみFCジュニアスクールの大城です。1月12日（日）の冬季カップについて、"
      "お子さんの出欠を12月10日（水）までにLINEの出欠フォームでお知らせいただけますか。"
      "大会へのエントリーの人数がこの日に締め切られるためです。\n\n"
      "・会場：市立中央公園グラウンド（現地集合 8:30）\n"
      "・参加費：1,500円（当日、コーチにお渡しください）\n"
      "・持ち物：ユニフォーム上下（青）、すね当て、水筒、昼食\n\n"
      "雨天の場合は1月19日（日）に延期となり、前日の18時までにお知らせします。\n\n"
      "みなみFCジュニアスクール 大城\n"),
    D("ja", "12月の練習場所の変更について",
      "保護者の皆様\n\n"
      "みなみFCジュニアスクールです。12月13日（土）と20日（土）の練習場所を変更しますので、お知らせいたします。\n\n"
      "いつもの南小学校のグラウンドが、校舎の工事車両の置き場になるためです。\n"
      "両日とも、練習は「みなみ台公園 多目的広場」で行います。時間は変わりません（9:00〜11:00）。\n"
      "公園には駐車場が20台分しかないため、できるだけ徒歩か自転車でお越しいただけると助かります。\n\n"
      "みなみFCジュニアスクール\n"),

    D("en", "U11 tournament this Sunday - kit and timings",
      "Hi U11 parents,\n\n"
      "Please reply by Thursday evening to confirm whether your child can play at the Meadowbank "
      "Tournament this Sunday (12 October) - we have to submit the squad list on Friday morning.\n\n"
      "- Meeting point: Meadowbank Sports Park, car park B, at 8:45\n"
      "- Games run from 9:30 until about 2:00\n"
      "- Home kit (blue), shin pads, water bottle, packed lunch\n"
      "- Entry is covered by this term's fees\n\n"
      "If it's raining heavily, we'll confirm by 7 p.m. on Saturday whether it's going ahead.\n\n"
      "Thanks,\nCoach Ryan\nWestfield Juniors Football Academy\n"),
]

MAILS = [
    T("ja", "練習後の息子の様子について",
      "大城コーチ\n\n"
      "今日の練習で、息子の翔太がヘディングの練習中に相手の子と頭をぶつけたと本人から聞きました。\n"
      "帰ってきたときは普通だったのですが、夕飯のあとに一度吐いて、今は頭が痛いと言って横になっています。\n"
      "これから夜間の小児科に連れて行こうと思っています。\n"
      "ぶつけたのが何時ごろで、その場で意識がはっきりしていたか、お医者さんに伝えたいので分かる範囲で教えてください。\n\n"
      "U-10　田村　翔太の母",
      "high", "anxious"),
    T("ja", "大会の登録漏れについて（２度目の問い合わせです）",
      "みなみFC　ご担当者様\n\n"
      "今週日曜日の市民大会の登録メンバー表に、息子の名前がありません。\n"
      "月曜日にLINEで、水曜日にメールでお尋ねしましたが、どちらも既読のまま返事がありません。\n"
      "息子は半年前からこの大会を楽しみにしていて、毎朝自分で走り込みをしていました。\n"
      "登録できるのかできないのか、できないなら誰のミスなのか、金曜日中にはっきり説明してください。\n\n"
      "U-12　中野　陸の父",
      "high", "angry"),
    T("ja", "合宿のバスが来ていません",
      "合宿に参加する子の保護者の吉田です。\n"
      "集合時刻の７時に市役所の駐車場に来ていますが、バスがまだ来ていません。\n"
      "子どもが30人ほど待っていて、引率のコーチも運転手さんと連絡が取れないそうです。\n"
      "代表の電話がつながらないので、こちらにも送ります。\n"
      "今日の午前中に合宿先でほかのチームとの練習試合があると聞いています。状況を教えてください。",
      "high", "neutral"),
    T("ja", "体験練習の申し込み",
      "小学２年生の息子が、友達に誘われてサッカーをやってみたいと言っています。\n"
      "体験練習に参加させたいのですが、次はいつありますか。\n"
      "持ち物も教えてください。",
      "normal", "neutral"),
    T("ja", "試合の出場時間について",
      "大城コーチ\n\n"
      "今季の公式戦８試合で、娘の出場時間は合計で12分でした。\n"
      "月謝は皆さんと同じ額を払っていますので、ベンチを温める係としてはずいぶん割高だなと思っております。\n"
      "本人の何が足りないのか、どうすれば試合に出られるのか、一度きちんとお話を伺えますか。\n\n"
      "U-12　森　あかりの母",
      "normal", "angry"),
    T("ja", "息子の様子が気になっています",
      "最近、練習から帰ってくると息子があまり話さず、「もう行きたくない」と言うことがあります。\n"
      "理由を聞いても話してくれません。\n"
      "練習中に何かあったのか、ほかの子とうまくいっていないのか、親としてどうすればいいのか分からず心配しています。\n"
      "コーチから見て、何か気づいたことはありませんか。",
      "normal", "anxious"),
    T("ja", "振替練習について",
      "来週の土曜日は家族の用事で休みます。\n"
      "別の曜日のクラスに振り替えで参加することはできますか？？　U-8　上田",
      "normal", "neutral"),
    T("ja", "明日", "明日ある？", "normal", "neutral", True),
    T("ja", "卒業にあたってのお礼",
      "６年間お世話になりました。\n"
      "入ったときはボールを蹴るのもやっとだった息子が、最後の大会でキャプテンを務められたのは、"
      "コーチの皆さんが辛抱強く見守ってくださったおかげです。\n"
      "中学でもサッカーを続けると言っています。本当にありがとうございました。",
      "low", "positive"),
    T("ja", "来年度の年長クラスについて",
      "下の娘が来年の春から年長になります。\n"
      "年長クラスがあると聞きましたが、募集はいつごろ始まる予定でしょうか。\n"
      "まだ半年近く先なので、決まってからで大丈夫です。",
      "low", "neutral"),

    T("en", "Inhaler left in the kit bag",
      "Hi Coach Ryan,\n\nJosh left his blue inhaler in the side pocket of the team kit bag at training "
      "tonight - I think you took the bag home. He's asthmatic and his spare ran out last week; the "
      "pharmacy can't refill it until Monday. He usually needs a puff before bed, and his chest is "
      "already a bit tight.\n\nIs there any way we could pick it up from you this evening? We live in "
      "Westfield and can drive anywhere.\n\nThanks,\nSarah (Josh's mum, U9)",
      "high", "anxious"),
    T("en", "Coach messaging my daughter",
      "To the Academy Director,\n\nLast night I found messages on my 12-year-old daughter's phone from "
      "one of your assistant coaches, sent through Instagram late in the evening. Nothing explicit, but "
      "he tells her not to mention their chats to the other girls. I understood your safeguarding policy "
      "said coaches don't contact players privately.\n\nShe will not be at training until I know what "
      "you're doing about this. I expect a reply today, and I'll be contacting the county FA's "
      "safeguarding officer as well.\n\nM. Hughes",
      "high", "angry"),
    T("en", "Trial session",
      "Hello, my son is 8 and has just started playing at school. Do you run trial sessions, and does "
      "he need boots or are trainers OK to start with?\nThanks, Farid",
      "normal", "neutral"),
    T("en", "Thank you to the coaches",
      "Just a quick thank you to Coach Ryan and Coach Amy. Millie was so nervous in September and now "
      "she can't wait for Saturdays. No need to reply!\n\nJo",
      "low", "positive"),
    T("en", "sat", "is it on", "normal", "neutral", True),
]
