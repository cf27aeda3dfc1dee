"""domains = domain-name registrar (registration, renewal, transfers, DNS hosting, WHOIS privacy, registrant changes)."""
from _util import s, d, m

DOMAIN = "domains"

S = [
    # --- ja ---
    s("ja", "更新のお知らせは、期限の60日前、30日前、7日前の3回、ご登録のメールアドレスにお送りしております。", "C"),
    s("ja", "DNSの設定は相応の知識が求められる作業ですので、ご不安でしたら詳しい方に代わっていただくのがよいかと存じます。", "C"),
    s("ja", "移管の手続きには、通常それなりの日数をいただいております。", "V"),
    s("ja", "期限切れ後の復旧には、通常の更新料に加えて所定の費用がかかります。", "V"),
    s("ja", "認証コードは誰にも教えないでください。", "IR"),
    s("ja", "当社を名乗るメールのリンクからカード番号を入力させる手口が増えているため、お支払いは必ずマイページから行ってください。", "I"),
    s("ja", "恐れ入りますが、登録者名の変更にあたり、新しい登録者の方の身分証の写しをお送りいただけますでしょうか。第三者による名義の書き換えを防ぐため、ご本人の確認をお願いしております。", ""),
    s("ja", "前の登録者がどなたなのかは、当社の側からはたどりようがございません。", "U"),
    s("ja", "ほかの事業者でご登録されたドメインについては、当社は関知いたしかねます。", "X"),
    s("ja", "似た名前のドメインを他社が取得したとのことですが、そもそも早い者勝ちの仕組みですので。", "X"),
    s("ja", "申し訳ございませんが、登録者ご本人の確認が取れないままドメインの管理権限を移すことはできません。乗っ取りの被害を防ぐためです。登記事項証明書をお送りいただければ、届いた日のうちに手続きいたします。", ""),
    s("ja", "メールが届かなくなった原因はまだ特定できていませんが、DNSの変更履歴を確認し、本日15時までに途中経過をお知らせします。", ""),
    s("ja", ".jpドメインの更新料は年額税込3,960円で、自動更新の引き落としは期限の14日前の午前4時に行われます。", ""),
    # --- en ---
    s("en", "Renewal reminders went to the address on your account, which I can see belonged to a former employee, so I've added your own address as a second contact for future notices.", ""),
    s("en", "The change will go live once it has propagated through the DNS system.", "V"),
    s("en", "Unlock the domain and send us the EPP code.", "IR"),
    s("en", "Who registered the look-alike domain isn't something we're in a position to find out.", "U"),
    s("en", "Spam sent from a domain registered elsewhere isn't something we can comment on.", "X"),
    s("en", "Could you also confirm the date of birth on the account? It's the security check the account was opened with, and we can't make changes without it.", ""),
    s("en", "I'm afraid we can't release the domain to your new agency without the owner's written approval, because that's our main protection against hijacking; if Ms Ellis replies from the account email, we'll process it the same day.", ""),
    s("en", "Your domain expired at 00:00 UTC on 4 December and is in its 30-day grace period, so it can still be renewed at the normal price of $18.99 until 3 January.", ""),
]

D = [
    d("ja", "自動更新が行われずドメインが失効した件についてのお詫び",
      "株式会社ヒロセ工業\n総務部　広瀬様\n\nネームポートの中川でございます。\nご登録の「hirose-kogyo.co.jp」が、自動更新の設定をいただいていたにもかかわらず更新されず、12月1日（月）0時に失効いたしました。これにより、御社のウェブサイトとメールが約9時間にわたってご利用いただけない状態となりました。多大なご迷惑をおかけし、誠に申し訳ございません。\n\n原因は、11月に行った当社の決済システムの切り替えの際、クレジットカードの有効期限を翌月に更新されたお客様について、新しい有効期限が自動更新の処理に引き継がれていなかったことです。御社を含む214件のドメインが同じ状態でした。\n\n12月1日9時に当社の費用負担で更新の処理を行い、同日9時12分にウェブサイトとメールの復旧を確認いたしました。今年度の更新料（税込5,280円）は請求いたしません。\n\n再発防止として、自動更新の処理が失敗した場合は、期限の14日前の時点でお客様と当社の担当部署の両方に通知が届き、期限の3日前までに当社が電話でご連絡する仕組みを加えました。\n\n重ねて深くお詫び申し上げます。\n\nネームポート株式会社\nお客様サポート部　中川 亮介\n", ""),
    d("ja", "【ご注意】ネームポートを装った偽メールが送られています",
      "ネームポートをご利用のお客様へ\n\nネームポートお客様サポート部です。\n12月5日（金）から、当社を装って「ドメインが削除されます」「お支払い情報を更新してください」と書かれた偽のメールが送られていることを確認しました。\n\n偽メールの見分け方\n・送信元が「nameport-renew.com」「nameport-support.net」など、当社のアドレス（@nameport.co.jp）と異なる\n・本文のリンク先が当社のマイページではない\n\n当社がメールでカード番号の入力をお願いすることはありません。お支払いはマイページにログインしてから行っていただけますでしょうか。メールのリンクから入力されると、カード番号が第三者に渡ってしまうためです。\n\nすでに偽のページでカード番号を入力してしまった場合は、カード会社に利用停止を依頼されたうえで、当社（0120-448-210、平日9時〜18時）までご連絡ください。ドメインの設定に変更がないかを、その場で一緒に確認いたします。\n\nネームポート株式会社\nお客様サポート部\n", ""),
    d("ja", "ネームポートからのお知らせ",
      "お客様各位\n\nいつもネームポートをご利用いただき、誠にありがとうございます。\nおかげさまで、当社のドメイン登録数は今年50万件を突破いたしました。\n年末年始は .com と .net の新規登録が初年度550円になるキャンペーンを実施しております。この機会にぜひご利用ください。\n\nまた、ドメインの登録者情報の確認をお願いしております。登録されているメールアドレスが正しいかどうかを、12月19日（金）までにマイページの「登録者情報」からご確認ください。期限までに確認が取れない場合、規則によりドメインが一時的に停止され、ウェブサイトとメールがご利用いただけなくなります。\n\n今後ともネームポートをよろしくお願いいたします。\n\nネームポート株式会社\n", "F"),
    d("en", "Your domain renewal",
      "Dear {{customer.first_name}},\n\nThanks for being a Nameharbor customer.\n\nYour domain [DOMAIN] is due to renew on 15 January. Because auto-renew is switched on, we'll charge the card ending 4417 for $18.99 on 1 January, and you don't need to do anything.\n\nIf you'd rather let the domain lapse, you can switch off auto-renew in your dashboard any time before 1 January.\n\nBest,\nThe Nameharbor team\n", "P"),
    d("en", "How your transfer to Nameharbor will work",
      "Hi Daniel,\n\nThanks for choosing to move northfieldpottery.com to us. Here's how the transfer will go, and what we need from you.\n\n1. At your current registrar, the domain needs to be unlocked and the authorisation (EPP) code requested. We need this code because it's how the registry confirms that the domain owner has agreed to the move.\n2. Once you have the code, it goes into the transfer form in your Nameharbor dashboard. The $18.99 fee includes a year's renewal, added to your current expiry date of 20 March.\n3. Your current registrar will email you to confirm. If you approve it, the transfer completes within a few hours; if you do nothing, it completes automatically after 5 days.\n\nYour website and email won't go down during the transfer, because we copy your existing DNS records before the switch. I've already checked them against your live records and they match.\n\nBest,\nAiko\nNameharbor Support\n", ""),
]

M = [
    # --- ja ---
    m("ja", "ドメイン失効でメールもサイトも止まっています",
      "ネームポート サポート御中\n\n株式会社ヒロセ工業の広瀬です。\n今朝から会社のホームページが表示されず、メールも送受信できなくなりました。\nマイページを見ると、「hirose-kogyo.co.jp」のステータスが「期限切れ（12月1日）」になっています。自動更新に設定していたはずです。\n\n当社は部品の受注をほぼすべてメールで受けており、今日は年末の大口案件の発注書が取引先から届く予定の日です。\n取引先からは電話で「メールが返ってくる」と言われています。\n\nどうすれば今日中に戻せるのか、教えていただけますでしょうか。\n\n広瀬 誠\n03-3751-6624\n", "h", "neutral"),
    m("ja", "ログイン用のメールアドレスが勝手に変わっています",
      "ネームポート様\n\n小さなオンラインショップを運営している横山と申します。\n昨夜、「登録メールアドレスが変更されました」という通知が届きました。変更した覚えはありません。\n\n今朝、お店のサイトを開いたところ、見た目はうちのサイトそっくりなのに、支払い画面が別のページに飛ぶようになっていました。\nマイページには、もうログインできません。\n\nお客様がカード番号を入れてしまっているかもしれないと思うと、どうしていいか分かりません。\n\n横山 千春\nドメイン：hanamizuki-zakka.jp\n", "h", "anxious"),
    m("ja", "移管が進みません（3度目のご連絡）",
      "ネームポート サポート御中\n\n11月21日に他社から御社へのドメイン移管を申し込みましたが、2週間以上「手続き中」のままです。\n11月27日と12月2日に問い合わせましたが、「確認します」とのお返事のあと、何の連絡もありません。\n\n今のサーバー会社との契約が12月15日で終わり、それまでに移管が終わらないとサイトが止まると言われています。\n\nいったいどこで止まっているのですか。\n\n有限会社マルタ建設　丸田\n", "h", "angry"),
    m("ja", "ログイン", "ログインできません！！　何回やってもダメです", "n", "angry", True),
    m("ja", "更新料について",
      "先ほど.comドメインの更新料の請求が来ましたが、去年は1,500円ほどだったのに、今年は4,980円になっていました。\n値上げのお知らせがあったのかもしれませんが、少なくとも私は気づきませんでした。\n\n3倍以上になるなら、もっと分かりやすく知らせてほしかったです。\n他社への移管も考えています。\n", "n", "angry"),
    m("ja", "このメールは本物でしょうか",
      "突然すみません。\n「あなたのドメインは72時間以内に削除されます。今すぐ支払いを完了してください」というメールが届きました。\n送信者名はネームポートになっています。\n\nリンクはまだ押していません。\nでも、もし本物だったら、お店のサイトが消えてしまうのではないかと心配で、ずっと落ち着きません。\n本物かどうか確かめる方法を教えてください。\n", "n", "anxious"),
    m("ja", "Google WorkspaceのDNS設定",
      "お世話になっております。\n会社のメールをGoogle Workspaceに移そうとしています。\nGoogleの画面でMXレコードとTXTレコードの追加を求められましたが、御社の管理画面のどこで設定すればよいでしょうか。\nドメインは satomi-dental.jp です。\n", "n", "neutral"),
    m("ja", "社名変更に伴う登録者情報の変更",
      "いつもお世話になっております。\n12月1日付で社名を「株式会社アオバ」から「株式会社アオバホールディングス」に変更しました。\nドメインの登録者名も変更したいのですが、必要な書類を教えてください。\n", "n", "neutral"),
    m("ja", ".shopドメインについて",
      "来年、ネットショップを始める予定です。\n.shop のドメインは御社で取れますか。価格も分かれば教えてください。\nまだ先のことなので、急ぎではありません。\n", "l", "neutral"),
    m("ja", "管理画面の表示について",
      "ちょっとした要望です。\n管理画面のドメイン一覧で、期限が近い順に並べ替えられると便利だなと思いました。\n今は登録順にしか並ばないので。\nご検討いただければ幸いです。\n", "l", "neutral"),
    # --- en ---
    m("en", "Domain suspended - guests arriving Saturday",
      "Hi,\n\nThis morning our domain, alpinenest-chalets.co.uk, stopped working: website down, and all email to and from it bouncing. Your dashboard shows the status 'Suspended - registrant data validation failed'. Looking back, the validation emails went to a spam folder in October; I honestly didn't see them.\n\nWe run six ski chalets. 38 guests fly out on Saturday, and on Thursday we send them their transfer times and door codes by email. Several have already written to the old address and got bounces.\n\nI've now filled in the validation form in the dashboard. Is there anything else I have to do for the suspension to be lifted, and how long does it normally take?\n\nRobert Fennick\nAlpine Nest Chalets\n07700 900 316\n", "h", "neutral"),
    m("en", "Transfer I never asked for",
      "Hello,\n\nI just got an email from you saying 'Transfer out of northbay-ceramics.com completed'. I never requested a transfer. I haven't logged in for months.\n\nMy online shop runs on that domain and I've got about 40 Christmas orders coming in a day at the moment. The site still loads for now, but I don't know for how long, or who now controls it.\n\nPlease tell me what I can do. I feel a bit sick, to be honest.\n\nHana Brooks\n", "h", "anxious"),
    m("en", "Premium privacy charge",
      "I've just noticed an $89 charge on my card for 'Premium Privacy Plus'. I didn't order it. I'm fairly sure I unticked every box at checkout, which took some doing.\n\nPlease refund it and remove whatever it is from my account.\n\nL. Moreau\n", "n", "angry"),
    m("en", "dns", "dns STILL not working??", "n", "angry", True),
    m("en", "Holding a domain for next year",
      "Hi there,\n\nWe're planning a rebrand some time next year, nothing fixed yet. If I register the new domain now, can I just leave it parked with no website until we're ready? Nothing urgent, just planning.\n\nThanks,\nSunil\n", "l", "neutral"),
]
