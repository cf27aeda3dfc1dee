from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "chamber"
MEANING = "chamber of commerce (member services, certificates of origin, seminars, business advice) / 商工会議所"

SENTENCES = [
    S("ja", "原産地証明の申請方法はホームページに詳しく掲載しておりますので、まずはご自身でお目通しいただけますでしょうか。", C),
    S("ja", "証明書は、審査の順番が回ってきた段階で発給いたします。", V),
    S("ja", "原産地証明は、書類に不備がなければ、申請の翌営業日の15時以降に窓口でお渡しできます。", ),
    S("ja", "社印のない申請書は受理できない決まりですので、控えに社印を押して再提出してください。", I),
    S("ja", "補助金の採択結果の発表時期は、国の事務局が決めることになっております。", U),
    S("ja", "採択結果の公表日は事務局からまだ示されていませんが、公表され次第、申請された会員の皆様にその日のうちにメールでお知らせします。", ),
    S("ja", "会費の口座振替依頼書のご返送を、どうぞよろしくお願いいたします。", R),
    S("ja", "会費は年1回の口座振替で、引き落とし日は毎年5月27日です。", ),
    S("ja", "セミナーの内容がご期待と違ったとのことですが、講師の選定は適切に行っておりますので。", X),
    S("ja", "経営相談の予約が取りにくくなっているため、1月からは毎週木曜日の18時〜20時にも相談枠を設けます。", ),
    S("ja", "こちらからは何度もご案内を差し上げておりますので、締切を過ぎてしまったのは貴社の確認不足かと存じます。", C),
    S("ja", "会員証の再発行には、手数料550円と、ご本人確認のための身分証の写しが必要です。", ),
    S("ja", "その件は当所の所管外です。", X),

    S("en", "Your certificate will be processed as soon as possible.", V),
    S("en", "Could you attach the commercial invoice to the application as well?", R),
    S("en", "We don't have any information on when the grant round will reopen.", U),
    S("en", "As we mentioned in our email of 3 March, membership fees aren't refundable, but we can transfer the rest of your year to a colleague at no cost.", ),
    S("en", "That's really a matter between you and the other member; the Chamber doesn't get involved.", X),
    S("en", "Certificates of origin submitted by noon are signed the same day, and the member fee is $35 per certificate.", ),
    S("en", "Could you send the invoice again with the shipper's signature on it? Egyptian customs won't accept a certificate unless the invoice is signed, and we don't want your shipment held at the port.", ),
]

DRAFTS = [
    D("ja", "会報1月号をお届けします",
      "会員各位\n\n"
      "新年あけましておめでとうございます。本年もどうぞよろしくお願い申し上げます。\n"
      "会報1月号をお届けいたします。今号では、市内の若手経営者3名による座談会「事業承継のリアル」と、"
      "インボイス制度導入から1年を振り返る特集を掲載しております。\n\n"
      "2月には恒例の新春講演会を、3月には創業塾の第12期を開講いたします。"
      "詳しくは同封のチラシをご覧ください。\n\n"
      "なお、通常総会の出欠のご回答を、同封のはがきで1月20日までにいただく必要がございます。"
      "定足数の確認に使うため、ご欠席の場合は委任状欄へのご記入もお願いいたします。\n\n"
      "さくら市商工会議所 総務課\n",
      PU),
    D("ja", "原産地証明の申請書類の不備について（本日16時までにご確認ください）",
      "株式会社タカギ精工 輸出管理ご担当 栗原 様\n\n"
      "さくら市商工会議所 証明担当の横山です。\n"
      "本日お預かりした原産地証明の申請書類に不備が1点ありましたので、16時までに差し替えの書類をお送りいただけますか。"
      "16時までに届けば、本日中に発給できます。\n\n"
      "不備の内容：申請書第6欄の品名が「精密部品」となっていますが、添付のインボイスでは"
      "「ボールねじ（HSコード 8483.40）」となっております。証明書の品名はインボイスと一致している必要があります。\n\n"
      "差し替えの申請書は、PDFでこのメールに返信いただければ結構です。原本は次回ご来所の際にお持ちください。\n\n"
      "さくら市商工会議所 証明担当 横山\nTEL 028-000-5521\n"),
    D("ja", "「はじめての労務管理セミナー」受講のご案内",
      "〇〇 様\n\n"
      "さくら市商工会議所です。「はじめての労務管理セミナー」にお申し込みいただき、ありがとうございます。"
      "受講のご案内をお送りします。\n\n"
      "日時：2月6日（金）14:00〜16:30\n"
      "会場：[会場名]\n"
      "講師：社会保険労務士 本田 真理子 氏\n"
      "受講料：会員無料\n\n"
      "当日は、このメールを印刷したものか、スマートフォンの画面を受付でお見せください。\n\n"
      "さくら市商工会議所 中小企業相談所\n",
      PH),
    D("ja", "【ご返信のお願い】2月の経営相談日の日程",
      "有限会社みどり商店 代表 緑川 様\n\n"
      "さくら市商工会議所 中小企業相談所の今井です。\n"
      "ご依頼のあった事業計画の相談について、2月の専門家相談日のうちご都合のよい日を1月24日までにお知らせいただけますか。\n\n"
      "・2月4日（水）13:00〜\n"
      "・2月12日（木）10:00〜　※中小企業診断士が同席できます\n"
      "・2月18日（水）15:00〜　※現在キャンセル待ち\n\n"
      "相談時間は1回60分、会員の方は無料です。相談票の「　年度売上高」の欄は、直近の決算期の数字で結構です。\n"
      "直近2期分の決算書をお持ちいただくと、資金計画まで具体的にお話しできます。\n\n"
      "さくら市商工会議所 中小企業相談所 今井\n"),

    D("en", "Your 2025 membership renewal",
      "Dear [Member Name],\n\n"
      "Thank you for being part of the Greater Milford Chamber of Commerce. Your membership renews on "
      "[renewal date], and we'd love to have you with us for another year.\n\n"
      "Your renewal keeps your listing in the business directory, your member rate on certificates of "
      "origin, and free entry to our monthly Business After Hours.\n\n"
      "You can renew online at milfordchamber.example.org/renew or by calling the office on "
      "(203) 555-0147.\n\n"
      "Warm regards,\nDenise Porter\nMembership Director\n",
      PH),
]

MAILS = [
    T("ja", "原産地証明の不備について",
      "さくら市商工会議所　証明担当　横山様\n\n"
      "先ほどお電話で、申請書の品名がインボイスと違うとご指摘いただいた栗原です。\n"
      "インボイスは先方（タイの輸入者）が作ったもので、こちらで書き換えてよいものかどうか分かりません。\n"
      "コンテナは明後日の朝に横浜港を出る予定で、証明書がないと現地の通関で関税の減免が受けられず、"
      "先方から損害を請求されるかもしれません。\n"
      "どうすれば今日か明日のうちに発給していただけるのか、教えていただけないでしょうか。\n\n"
      "株式会社タカギ精工　輸出管理　栗原",
      "high", "anxious"),
    T("ja", "補助金の申請書類について（再度のご連絡です）",
      "中小企業相談所　ご担当者様\n\n"
      "持続化補助金の申請に必要な「事業支援計画書」の件で、先週の木曜日と昨日の二回、お電話しました。\n"
      "どちらも担当の方が不在で、折り返しのお電話もいただけていません。\n"
      "申請の締切は明日の17時です。書類がそろわなければ、半年かけて準備してきた申請が無駄になります。\n"
      "会費を払っている会員として、この対応には正直失望しています。\n"
      "今日中に、どなたが対応してくださるのかだけでもご連絡ください。\n\n"
      "カフェ・ソラ　代表　吉岡",
      "high", "angry"),
    T("ja", "会員名簿の情報を使った詐欺メールについて",
      "お世話になっております。会員の丸山工業で経理を担当している佐伯です。\n"
      "当社の取引先のベトナムの会社から、「丸山工業の振込先が変わったというメールが届いたが本当か」と問い合わせがありました。\n"
      "送信元は当社に似せたアドレスで、署名には会員名簿に載っている役職と電話番号がそのまま使われていました。\n"
      "取引先は今週金曜日に約800万円を送金する予定です。\n"
      "名簿の情報がどこから漏れたのか、ほかの会員にも同じようなメールが届いていないか、確認していただけますか。\n"
      "当社からは取引先に送金を止めるよう伝えてあります。",
      "high", "neutral"),
    T("ja", "入会について",
      "今年の４月に市内で設計事務所を開業しました。\n"
      "商工会議所に入会すると、どのようなサービスが受けられるのでしょうか。\n"
      "年会費と、入会の手続きについても教えてください。",
      "normal", "neutral"),
    T("ja", "先日のセミナーについて",
      "先日の「ＳＮＳ集客セミナー」に参加しました。\n"
      "二時間のうち一時間半が講師の会社の宣伝で、残り三十分で「とにかく毎日投稿しましょう」。\n"
      "大変勉強になりました、と言いたいところですが、\n仕事を休んで参加した身としては、"
      "講師の方をどういう基準で選んでいるのか伺いたいです。\n\n"
      "会員　近藤",
      "normal", "angry"),
    T("ja", "経営の相談をしたいのですが",
      "父から印刷会社を継いで3年になります。\n"
      "主要な取引先の発注が年々減っていて、このままだと来年の春以降、資金繰りが回らなくなるかもしれません。\n"
      "従業員も6人いて、誰にも相談できずに夜も眠れないことがあります。\n"
      "こういう相談でも乗っていただけるのでしょうか。何から話せばいいのかも分かりませんが、一度お話を聞いていただきたいです。",
      "normal", "anxious"),
    T("ja", "会報の送付先の変更",
      "会報の送付先を、本社から工場の住所に変更してください。\n"
      "〒329-0000　さくら市氏家１２３４　株式会社ミナト化成　総務部　宛\n"
      "よろしくお願いします。",
      "normal", "neutral"),
    T("ja", "証明書の件", "明日取りに行けますか", "normal", "neutral", True),
    T("ja", "創業塾のお礼",
      "昨年の創業塾でお世話になった者です。\n"
      "おかげさまで、先月無事に自分の店を開くことができました。\n"
      "塾で作った事業計画書は、銀行の融資の面談でもとても役に立ちました。\n"
      "今井さんをはじめ、相談所の皆様に本当に感謝しています。お礼だけお伝えしたくてメールしました。",
      "low", "positive"),
    T("ja", "会報への広告掲載",
      "来年度のどこかで、会報に当社の広告を載せることを検討しています。\n"
      "掲載料とサイズの種類を教えていただけますか。\n"
      "時期はまだ決めていないので、資料を送っていただくのはいつでも構いません。",
      "low", "neutral"),

    T("en", "Certificate of origin needed by Thursday",
      "Hi Denise,\n\nWe have a container of machine parts sailing from Newark on Friday for a customer in "
      "Egypt. Their letter of credit requires a chamber-certified certificate of origin, and our bank "
      "needs the documents by Thursday at 3 p.m. to release payment - it's a $212,000 order.\n\n"
      "Our usual contact is on leave. If I submit through the online portal tonight, can it be signed "
      "by Thursday morning? Anything I should double-check? Our bank's note is below.\n\nRegards,\nAnil Mehta\nMehta Precision Inc.\n\n-----Original Message-----\nFrom: Trade Finance Desk, First Harbor Bank\nSubject: LC 7734-EG documents\n\n> Documents must be presented at our counter no later than 3:00 p.m. Thursday.\n> Missing or late certificates will be treated as a discrepancy and payment will be withheld.",
      "high", "neutral"),
    T("en", "Invoice I wasn't expecting",
      "Hello,\n\nI joined the Chamber in September and paid the annual fee then. Today I got an invoice "
      "for another $475 labelled 'Tier adjustment'. I run a two-person bakery and I honestly can't tell "
      "if this is real or a scam. I don't want to ignore it and get dropped, but I don't want to pay "
      "something I don't owe either. Could someone explain it?\n\nThanks,\nRosa Delgado",
      "normal", "anxious"),
    T("en", "Business After Hours",
      "So the December Business After Hours was 'postponed' by email at 4:15 p.m. on the day, after I'd "
      "closed my shop early and arranged a babysitter. I'm sure there was a good reason. It would have "
      "been nice to hear it.\n\nWill the January one actually happen?\n\nGreg Tanaka",
      "normal", "angry"),
    T("en", "Idea for next year's awards",
      "Hi, a thought for next year's business awards: a category for family businesses that have "
      "been handed down a generation. Plenty of us around here. No need to reply - just an idea for the "
      "committee whenever they meet.\n\nJune",
      "low", "neutral"),
    T("en", "Meeting room",
      "Could we book the small meeting room at the Chamber offices for a two-hour board meeting on "
      "Tuesday 14 January, 10 a.m. to noon? Six people. What's the member rate?\nThanks, Owen",
      "normal", "neutral"),
]
