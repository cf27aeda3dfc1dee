from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "craft_market"
MEANING = "organiser of outdoor handmade/craft markets (stallholders and visitors) / 手作り市・クラフトマーケットの主催事務局"

SENTENCES = [
    S("ja", "テントの設営は初めての方には少し難しいかもしれませんので、無理そうでしたら今回は出店を見送られてもよいかと思います。", C),
    S("ja", "中止になった場合でも、出店料はその一部のみのご返金となります。", V),
    S("ja", "雨天で中止になった場合は、出店料6,000円のうち4,500円を、翌月末までにご指定の口座へお返しします。", ),
    S("ja", "搬入は8時までに終わらせてください。", I, R),
    S("ja", "9時に公園が一般開放されると車両が入れなくなるため、搬入は8時までに終えていただけますか。", ),
    S("ja", "出店ブースの配置は、当日の朝になるまで分かりません。", U),
    S("ja", "ブースの配置は天気を見て前日に決めるので、前日の18時までにメールでお知らせします。", ),
    S("ja", "作品の写真を3点、お送りいただけますか。", R),
    S("ja", "隣のブースとの間でお困りのことがあれば、当日は本部テントのスタッフがすぐに伺いますので、遠慮なくお声がけください。", ),
    S("ja", "選考に漏れた理由については、お答えしておりません。", X),
    S("ja", "ほかの出店者さんは皆さん、ご自分でテントを用意して来られていますよ。", C),
    S("ja", "会場から最寄りの駐車場までは、少し歩いていただくことになります。", V),
    S("ja", "キャッシュレス決済の導入支援については、今のところ何も決まっていません。", U),
    S("ja", "初めて出店される方向けに、前日の17時から会場でテント設営の練習ができる枠を用意しています。", ),

    S("en", "Pitch allocations will be sent out nearer the time.", V),
    S("en", "Would you bring your public liability certificate with you on the day?", R),
    S("en", "We don't know yet whether the council will let us use the lower car park; they've promised a decision by 1 May, and we'll email all traders that day.", ),
    S("en", "Other traders set their own prices, and that really is their business.", X),
    S("en", "Putting a gazebo up single-handed can be tricky, so if it's beyond you, you might be better off sharing a pitch.", C),
    S("en", "If the market is called off for weather, we'll text every trader by 6 a.m. and refund 75% of the pitch fee within 14 days.", ),
    S("en", "Could you bring your own extension lead? The power points are spread out, and a 10 m lead reaches from any pitch.", ),
]

DRAFTS = [
    D("ja", "「秋の手しごと市」出店決定のお知らせ",
      "青木 千夏 様\n\n"
      "手しごと市実行委員会です。10月19日（日）の「秋の手しごと市」への出店が決まりましたので、お知らせいたします。\n\n"
      "・ブース番号：△△\n"
      "・ブースの広さ：間口2.7m×奥行2.7m\n"
      "・出店料：6,000円（9月30日までにお振り込みください）\n"
      "・搬入：7時〜8時（北口ゲートから入場）\n\n"
      "当日は受付でお名前とブース番号をお伝えください。出店者用の名札をお渡しします。\n\n"
      "手しごと市実行委員会 事務局 中村\n",
      PH),
    D("ja", "【9月30日まで】出店料のお振り込みのお願い",
      "出店者の皆様\n\n"
      "手しごと市実行委員会 事務局の中村です。\n"
      "「秋の手しごと市」の出店料6,000円を、9月30日（火）までに下記の口座へお振り込みいただけますか。"
      "期日までにお振り込みが確認できない場合、キャンセル待ちの方にブースをお譲りすることになります。\n\n"
      "振込先：みどり信用金庫 本店 普通 1234567 テシゴトイチジッコウイインカイ\n"
      "お振り込みの際は、お名前の前にブース番号（例：B12 アオキチナツ）を入れていただけると助かります。\n\n"
      "領収書が必要な方は、当日の受付でお渡しします。\n\n"
      "手しごと市実行委員会 事務局 中村\n"),
    D("ja", "春のクラフト市2025について",
      "出店者の皆様\n\n"
      "いつも手しごと市を盛り上げていただき、ありがとうございます。\n"
      "2025年の春のクラフト市は、「暮らしの道具」をテーマに、4月20日（日）に川べり公園で開催します。"
      "今回は初めての試みとして、ワークショップのブースを10区画設けるほか、地元のパン屋さん5店によるフード出店も予定しています。\n\n"
      "ポスターは3月上旬にお送りしますので、お店やSNSでの告知にご協力いただけるとうれしいです。\n\n"
      "それから、今回から会場の駐車場が事前申請制になりました。車で搬入される方は、"
      "3月10日までに申請フォームから車両ナンバーを登録しないと、当日駐車場に入れません。\n\n"
      "今年もどうぞよろしくお願いいたします。\n\n"
      "手しごと市実行委員会\n",
      PU),

    D("en", "Your pitch at the Riverside Makers' Market",
      "Hi <trader name>,\n\n"
      "Great news - you've got a pitch at the Riverside Makers' Market on Sunday 6 April.\n\n"
      "Your pitch is 3 m x 3 m on the riverside path. Set-up is from 7:30 to 9:15; vehicles must be off "
      "the site by 9:30, when the market opens.\n\n"
      "The pitch fee of £45 is due by 21 March - payment details are on the attached sheet.\n\n"
      "See you there,\nMaggie\nRiverside Makers' Market\n",
      PH),
    D("en", "Sunday's market is cancelled - refunds on the way",
      "Hi everyone,\n\n"
      "We've had to cancel this Sunday's market (16 March). The Met Office has issued an amber wind "
      "warning with gusts of 60 mph, and gazebos on the riverside just aren't safe in that.\n\n"
      "Because we're calling it off more than 48 hours ahead, you'll get your full £45 pitch fee back. "
      "Refunds go out on Tuesday to the account you paid from.\n\n"
      "You can keep the same pitch at the April market if you want it: if you reply 'keep' by 23 March, "
      "we'll hold it for you.\n\n"
      "See you in April.\nMaggie\n"),
]

MAILS = [
    T("ja", "購入したアクセサリーについて",
      "今日の手しごと市で、ビーズのブレスレットを買った者です。\n"
      "家に帰ってから、３歳の息子がそれを口に入れて遊んでいて、"
      "気づいたら小さなガラス玉がいくつか取れていました。\n"
      "飲み込んでしまったかどうか分かりません。今は普通にしていますが、これから夜間診療に連れて行くつもりです。\n"
      "お医者さんに聞かれたときのために、どの出店者さんの物か、ビーズの材質が何か分かれば教えてほしいです。"
      "ブースは入口から右側の、白いテントのお店でした。",
      "high", "anxious"),
    T("ja", "Re: 出店取り消しのお知らせ",
      "事務局　中村様\n\n"
      "「出店料の入金が確認できないため出店を取り消します」というメールを受け取りました。\n"
      "出店料は９月２６日に振り込んでいます。明細の写真を添付します。\n"
      "このことは２７日と２９日にメールでお伝えしていますが、どちらにも返事がありません。\n"
      "市は明後日です。作品はもう全部用意してあり、この日のために仕事も休みを取っています。\n"
      "明日の夕方までに、出店できるのかどうか必ずご回答ください。\n\n"
      "陶房こはる　小林",
      "high", "angry"),
    T("ja", "搬入車両の許可証について",
      "明日の手しごと市に出店する「木工ささき」です。\n"
      "搬入車両の許可証が、まだ手元に届いていません。\n"
      "要項には「許可証のない車両は会場内に入れません」とありますが、明日の朝はどうすればよいでしょうか。\n"
      "家具を何点か運ぶので、車が入れないと出店自体が難しくなります。\n"
      "明日は６時半に家を出ます。",
      "high", "neutral"),
    T("ja", "出店の申し込みについて",
      "はじめまして。革小物を作っています。\n"
      "来年の春の市に出店したいのですが、申し込みはいつから受け付けていますか。\n"
      "選考があるなら、何を送ればよいかも教えてください。",
      "normal", "neutral"),
    T("ja", "選考結果について",
      "今年も選考に漏れたというお知らせをいただきました。\n"
      "これで３年連続です。毎回、作品の写真も説明文も書き直して応募していますが、"
      "何がいけないのかは一度も教えていただけません。\n"
      "理由を言えない選考というのは、きっと私のような者には理解できない深いお考えがあるのでしょうね。\n"
      "応募料の1,000円は、毎回何に使われているのでしょうか。",
      "normal", "angry"),
    T("ja", "初めての出店で不安です",
      "来月の市に初めて出店させていただく、布小物の松田です。\n"
      "これまでネットでしか売ったことがなく、対面での販売は初めてです。\n"
      "お釣りはどのくらい用意すればいいのか、テントを一人で立てられるのか、"
      "売れ残ったらどうしよう……と考え出すと、申し込んだことを少し後悔し始めています。\n"
      "先輩の出店者さんがどうしているのか、何かアドバイスをいただけたらうれしいです。",
      "normal", "anxious"),
    T("ja", "犬を連れて行ってもいいですか",
      "今度の日曜日の手しごと市に行こうと思っています。\n"
      "小型犬を連れて行っても大丈夫でしょうか。リードは付けます。",
      "normal", "neutral"),
    T("ja", "（件名なし）", "キャンセルで", "normal", "neutral", True),
    T("ja", "お礼", "昨日はありがとうございました！家族みんなで楽しませてもらいました。", "low", "positive"),
    T("ja", "来年の秋の市について",
      "今年の秋の市には予定が合わず出られなかったのですが、来年の秋はぜひ出店したいと思っています。\n"
      "募集が始まる時期だけ、だいたいで教えていただけますか。\n"
      "まだ一年近く先の話なので、急ぎません。",
      "low", "neutral"),

    T("en", "Gazebo incident on Sunday",
      "Hi Maggie,\n\nI'm the jewellery trader from pitch 14. On Sunday afternoon a gust lifted the corner of "
      "our gazebo and one of the legs caught a lady walking past. She had a cut above her eye and "
      "first aid patched her up. Her husband emailed me last night asking for our insurance details "
      "and the market's, and saying they're 'taking advice'.\n\nWe had weights on all four legs, as the "
      "rules say. We've never had anything like this happen and honestly we're both shaken. What do we "
      "do now? Do we send him our policy, or does it go through you?\n\nPriya & Dan, Silverthread",
      "high", "anxious"),
    T("en", "Access road closed tomorrow?",
      "Hi, we're trading at the market tomorrow (pitch 22, food). There's a council notice on the lamp "
      "post saying Mill Lane is closed 6-10 a.m. for resurfacing - that's our only way in with the van "
      "and the trailer. Is there another route on to the site, or a different time we should arrive? "
      "We'd normally leave at 5:45.\n\nThanks, Callum (Smokehouse Co.)",
      "high", "neutral"),
    T("en", "Applying for a pitch",
      "Hello! I make hand-thrown mugs and bowls and would love to trade at one of your markets this "
      "summer. How do applications work, and do you need photos of the work?\nBest, Ellie",
      "normal", "neutral"),
    T("en", "Entry fee",
      "So the market that used to be a free Sunday stroll for local families now costs £3 a head to "
      "get in. Four of us, £12, before we've bought a single thing from the makers you say you're "
      "supporting. Marvellous. Is this staying?\n\nTom Reilly",
      "normal", "angry"),
    T("en", "Christmas market next year",
      "Hi Maggie, are you planning a Christmas market again next year? If so I'd like to apply, but "
      "there's no rush - I just want to pencil it in.\nBest, Rhiannon",
      "low", "neutral"),
]
