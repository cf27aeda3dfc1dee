"""skate = skateboard park and skateboarding school (outdoor park with bowl, mini ramp, kids' classes)."""
from _util import s, d, m

DOMAIN = "skate"

S = [
    # --- ja ---
    s("ja", "ヘルメット着用のルールは受付の掲示と申込書の二か所に書いてありますが、どちらも目立つ位置ではなかったので、来週から入口のゲートにも大きく掲示します。", ""),
    s("ja", "お子様はスタッフが声をかけたあとも上級者用のボウルに入っていかれ、その先での転倒でしたので、当パークとしてお話しできることはございません。", "CX"),
    s("ja", "ボウルの補修は乾き具合を見ながらの作業になりますので、再開は仕上がりの状態を確認してからとなります。", "V"),
    s("ja", "次回のレッスンには膝と肘のプロテクターを持ってきてください。", "IR"),
    s("ja", "雨上がりは路面が滑りやすくて転ぶ子が増えるので、スタッフが乾いたのを確かめるまではコースに入らないでね。", "I"),
    s("ja", "恐れ入りますが、年間パスの更新の際は保護者の方の同意書を改めてご提出いただけますでしょうか。", "R"),
    s("ja", "パーク内でなくされたデッキの行方については、こちらでも見当のつけようがないのが正直なところです。", "U"),
    s("ja", "騒音のお申し出の件ですが、当パークは市の許可の範囲内で営業しておりますので、運営を何か変える予定はございません。", "X"),
    s("ja", "申し訳ございませんが、小学生だけでのナイター利用は照明の届かない死角が多いためお受けしておりません。保護者の方がご一緒の場合は19時30分までご利用いただけます。", ""),
    s("ja", "振替レッスンは12月20日（土）7時45分からの早朝枠で、定員6名のうち残りは2名です。", ""),
    s("ja", "ご来場の際は保険証のコピーをお持ちいただけますか、万一けがをされたときに提携の整形外科へそのままお連れできるようにするためです。", ""),
    s("ja", "撮影した動画の保存期間は現在確認中で、12月12日（金）の正午までにメールでお知らせします。", ""),
    s("ja", "前回の説明がわかりにくく、二度もお問い合わせいただくことになってしまい申し訳ありません。", ""),
    # --- en ---
    s("en", "Helmets are compulsory for under-18s on every part of the park, including the flat area, because that's where most of our head knocks actually happen.", ""),
    s("en", "If your son can't manage basic park etiquette, keep him at home until he can.", "CI"),
    s("en", "We'll reopen the mini ramp once the new plywood has had a chance to settle.", "V"),
    s("en", "Where those scratches on the deck came from is anyone's guess.", "U"),
    s("en", "Could you bring a printed copy of the waiver when you next come in?", "R"),
    s("en", "I'm sorry, but we can't hold a lesson slot without a deposit, because late no-shows leave our coaches unpaid; if that's a problem, the Tuesday drop-in at 4:15 pm needs no booking at all.", ""),
    s("en", "Private coaching is $45 for 50 minutes, with board and pads included.", ""),
]

D = [
    d("ja", "12月6日（土）キッズクラス中止のご連絡が遅れたことのお詫び",
      "小田切様\n\nスケートパーク港北の三浦です。\n12月6日（土）のキッズクラス中止のご連絡が開始30分前になってしまい、雨の中ご来場いただくことになりました。誠に申し訳ございません。\n\n原因は、前夜に予約システムの一斉送信を設定した際、送信日時を翌週の日付で登録していたことでした。当日朝に気づいて電話でご連絡を始めましたが、全員には間に合いませんでした。\n\n当日分の受講料2,200円は12月10日（水）までにご登録の口座へ返金いたします。あわせて、12月13日（土）と20日（土）に振替枠をご用意しましたので、ご希望の日をお知らせいただければ、その日で席をお取りします。\n\n今後は、中止の一斉送信を二人で確認し、送信後に自分たち宛ての控えメールが届いたことを確かめてから完了とする手順に改めました。\n\nこのたびはご迷惑をおかけし、申し訳ございませんでした。\n\nスケートパーク港北\n三浦 亮\n", ""),
    d("ja", "冬季スクールお申し込みの受付完了",
      "石黒 陽斗 様（保護者様）\n\nこのたびは冬季スクールにお申し込みいただき、ありがとうございます。\n受付が完了しましたのでお知らせします。\n\n・クラス：キッズ初級（小学1〜3年）\n・初回：〇月〇日（土）10:00〜11:00\n・全4回　受講料8,800円（税込）\n\nボードとプロテクターは無料で貸し出しますので、動きやすい服装でお越しください。\n\nスケートパーク港北 スクール係 神田\n", "P"),
    d("ja", "パークだより 12月号",
      "会員の皆さま\n\n今年も残りわずかとなりました。\n11月はミニランプの板を全面張り替え、夜間照明も2基増設しました。\n年末の営業は12月29日まで、年始は1月4日からです。\n1月のジャムセッションは11日（日）を予定しています。\n\nなお、未成年の会員の方は、来年1月から保険の切り替えに伴い新しい同意書が必要になります。12月26日までに保護者の方の署名入りで受付へご提出ください。ご提出がない場合は保険の対象外となるため、1月以降のご利用をお受けできなくなります。あらかじめご了承ください。\n\nスケートパーク港北\n", "F"),
    d("en", "Your son's fall on Saturday",
      "Dear Ms Okafor,\n\nI'm very sorry that Daniel was hurt during Saturday's intermediate class, and that it was a parent, not one of us, who first walked him to the first-aid kit.\n\nCoach Ren has since checked the incident log with me, and we've refunded the full class fee ($28) to your card; it should show within five working days. I've also put Daniel's name down for a free private session with Ren whenever he feels ready to get back on the board.\n\nWe hope he's feeling better, and please let us know if his doctor needs anything from us.\n\nBest wishes,\nMarta Li\nKerbside Skatepark & School\n", "A"),
    d("en", "Booking confirmed: birthday session, Sun 11 January",
      "Hi Jonah,\n\nYour birthday session is booked. Here are the details so you can forward them to the other parents:\n\n- Sunday 11 January, 2:00-3:30 pm, mini ramp area (reserved for your group)\n- Up to 10 riders aged 7-12, with two coaches\n- Boards, helmets and pads included; the party room is yours until 4:15 pm\n- Total $310, of which the $60 deposit is already paid\n\nEach rider needs a waiver signed by a parent, because our insurer won't cover anyone without one. The form is attached, and it can also be signed at the front desk on the day.\n\nSee you then,\nPriya\nKerbside Skatepark & School\n", ""),
]

M = [
    # --- ja ---
    m("ja", "ボウルの縁の金具について",
      "いつも利用している者です。\n今朝9時ごろ滑っていて気づいたのですが、ボウルの深い側のコーピング（縁のパイプ）が一か所浮いていて、固定のボルトが3センチくらい上に飛び出しています。\nちょうどウィール（車輪）が当たる高さです。\n\n掲示を見ると今日は14時から小学生のクラスがあるようなので、念のため写真を添付します。\n\n会員番号 0417　松永\n", "h", "neutral"),
    m("ja", "Re: Re: Re: 事故報告書の件",
      "三度目のご連絡になります。\n\n11月22日に息子が手首を骨折した件で、保険会社に出す「施設側の事故証明」を11月25日にお願いし、12月1日にも催促しました。\n保険会社からは、12月9日（明日です）までに届かなければ今回の請求は締め切ると言われています。\n\nこの二週間、「担当者に伝えます」以外のお返事をいただいていません。\n今日中に書面を出していただけないなら、どなたに直接伺えばよいのか教えてください。\n\n> 担当者に確認のうえ、改めてご連絡いたします。\n> スケートパーク港北 受付\n\n北沢 恵\n", "h", "angry"),
    m("ja", "昨日の転倒のあと",
      "昨日（日曜）の夕方、キッズクラスの後で娘（8歳）がフリー滑走中に後ろに転んで頭を打ちました。ヘルメットはしていて、その場では泣いただけで元気だったのでそのまま帰りました。\n\nさっき学校から電話があって、朝から2回吐いて、ぼーっとしていると言われました。\n今から迎えに行きます。\n病院で転んだときの様子を聞かれると思うのですが、見ていたコーチの方はどなたでしょうか。どのくらいの高さから落ちたのかも私は見ていなくて……\n\n吉岡\n", "h", "anxious"),
    m("ja", "ボードのことで",
      "電話ください", "n", "neutral", True),
    m("ja", "1月の振替について",
      "キッズ初級の火曜クラスに通っている高野悠真の母です。\n1月13日（火）は学校行事で休むので、どこかで振替できればと思っています。土曜の午前なら行けます。\n空きがあれば教えてください。\nよろしくお願いします。\n", "n", "neutral"),
    m("ja", "ドロップインできました！",
      "こんにちは、土曜クラスの近藤です。\n先週、息子がついにミニランプでドロップインできて、家に帰ってからもずっとその話をしています。\n根気よく付き合ってくださった桐山コーチにもよろしくお伝えください。\n\nそれで、次は中級クラスに進めるのか気になっていて、1月からの中級に空きがあれば申し込みたいです。\n必要な手続きを教えてください。\n", "n", "positive"),
    m("ja", "ナイター照明について",
      "12/4（木）の夜、20時半までの予定で入場料を払ったのに、20時すぎに照明が半分落とされました。\nスタッフの方に聞いたら「今日は早じまいです」とのこと。どこにもそんな告知はありませんでしたよね？\n1時間分の料金を払って実質40分しか滑れていません。\n差額を返してもらうか、次回使える券にしてもらえないでしょうか。\n\n宮内\n", "n", "angry"),
    m("ja", "Fwd: 誕生日会の件",
      "夫から転送します。下のとおり、1月18日（日）に息子の誕生日会で貸し切りができるか知りたいです。人数は子ども8人＋親4人くらいです。\n\n---------- 転送メッセージ ----------\n差出人: 小倉 健\n件名: 誕生日会の件\n\n> パークの貸し切りって、午後2時間くらいでいくらになるか聞いてもらえる？\n> ケーキの持ち込みができるかも。\n\n小倉 美穂\n", "n", "neutral"),
    m("ja", "来年のコンテストの年齢区分",
      "まだだいぶ先の話なので、お手すきのときで構いません。\n春のキッズコンテストは、学年と年齢どちらで区分していますか？\nうちの子は3月生まれなので、どちらになるかで出るクラスが変わりそうです。\n急ぎではありません。\n", "l", "neutral"),
    m("ja", "ご意見",
      "いつも楽しく使わせてもらっています。\n一つだけ、ミニランプの横にベンチがもう少しあると、見ている親が座れて助かります。冬場は立っていると結構冷えるので。\n検討していただけたらうれしいです。返信は不要です。\n", "l", "positive"),
    # --- en ---
    m("en", "helmet strap",
      "Hi,\n\nDuring my daughter's 10 o'clock lesson today the chin strap on the rental helmet she'd been given (blue, number 14 on the back) came apart at the buckle when she fell. She's fine, just a scraped elbow.\n\nI had a look at the rack on the way out and at least three of the other blue ones have the same cracked plastic clip. The sign says the after-school group uses that rack at 3:30 this afternoon.\n\nGrace Whitfield\n", "h", "neutral"),
    m("en", "Charged twice - again",
      "Hello again,\n\nSo the annual pass renewal has now gone through twice on my card ($240 x 2, both on 1 December). That makes it the second year in a row this has happened, which I suppose is a kind of tradition at this point.\n\nLast year it took seven weeks to get the duplicate back. I'd appreciate it if this year it didn't.\n\nTom Brennan\nMember #2291\n", "n", "angry"),
    m("en", "Question before the first lesson",
      "Hi there,\n\nMy son Eli (9) starts the beginners' class on the 17th. He has a heart condition that's well controlled and his cardiologist has said skating is fine, but I'm honestly a bit nervous about it. Is there someone on site with first-aid training during lessons, and is there a defibrillator nearby? I'd also like to tell the coach about it beforehand if that's OK.\n\nThanks,\nNadia\n", "n", "anxious"),
    m("en", "lessons?", "lessons?", "n", "neutral", True),
    m("en", "Thank you + an idea for summer",
      "Just wanted to say the holiday jam on Saturday was brilliant - my two haven't stopped talking about it. Nothing pressing here, but if you ever run a girls-only morning next summer, count us in.\n\nCheers,\nLouise\n", "l", "positive"),
]
