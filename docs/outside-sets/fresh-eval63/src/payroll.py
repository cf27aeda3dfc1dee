"""payroll = payroll outsourcing bureau (monthly payroll, bank transfer files, year-end adjustment, payslip portal)."""
from _util import s, d, m

DOMAIN = "payroll"

S = [
    # --- ja ---
    s("ja", "今月分の勤怠データは締め日の翌日15時を過ぎてからのご提出でしたので、振込データの作成もその分後ろにずれたという経緯でございます。", "C"),
    s("ja", "前回は扶養の欄でお手数をおかけしましたので、今回は記入例に赤字で注意書きを入れた版をお送りします。", ""),
    s("ja", "住民税の更新作業は、例年どおりのスケジュールで進めてまいります。", "V"),
    s("ja", "従業員の方が1名増えるごとに、月額料金に1,100円（税込）が加わります。", ""),
    s("ja", "新しく入社した方の住所と基礎年金番号を、今週中にこのアドレスへ送ってください。", "IR"),
    s("ja", "マイナンバーはメールの経路で漏えいするおそれがあるので、本文には書かず、必ず専用のアップロード画面から登録してください。", "I"),
    s("ja", "その手当が社会保険料の算定に含まれるかどうかは、判断材料が足りず、はっきりとはお答えいたしかねます。", "U"),
    s("ja", "銀行側で振込が止まった理由までは、こちらからは見えない仕組みになっております。", "U"),
    s("ja", "給与額についての従業員の方のご不満は、御社の中でご対応いただく範囲のお話かと存じます。", "X"),
    s("ja", "振込日前日の金額変更は、銀行への送信が前々日の17時で締め切られるためお受けできません。差額は翌月の給与で精算するか、御社から直接お振込みいただく形でご対応いただけます。", ""),
    s("ja", "この通勤手当が非課税の範囲に収まるかどうかは、いまの時点では断言できないため、所轄の税務署に確認したうえで12月18日（木）にお電話いたします。", ""),
    s("ja", "１２月分の振込データは１２月２３日（火）１０時４０分に銀行へ送信済みで、受付番号は００４７－２２８１です。", ""),
    # --- en ---
    s("en", "Had the timesheets reached us by the cut-off, none of this would have happened.", "C"),
    s("en", "The year-end forms will go out in due course.", "V"),
    s("en", "Resend the spreadsheet as a CSV.", "IR"),
    s("en", "We can't change a salary once the BACS file has gone, because the bank has already accepted it, but we can pay the difference the same day by Faster Payment for a £12 fee.", ""),
    s("en", "Whether HMRC will accept a late correction is really a matter for them.", "U"),
    s("en", "Questions from your staff about their own pay belong with your HR team rather than with us.", "X"),
    s("en", "Your staff can see their payslips from 6 am on the 25th, and the transfer reaches their accounts the same morning.", ""),
    s("en", "If you could send the new starter's P45 by Wednesday, we can put her on the right tax code from her first payslip instead of an emergency one.", ""),
]

D = [
    d("ja", "11月分給与の社会保険料控除の誤りについて（お詫び）",
      "株式会社ミナトデザイン\n総務ご担当　片山様\n\nペイロール・サポート北斗の鈴木です。\n11月25日支給分の給与計算で、従業員3名の方の健康保険料を誤った等級で控除しておりました。片山様と従業員の皆さまにご迷惑をおかけし、大変申し訳ございません。\n\n原因は、10月に標準報酬月額が変わった3名について、当方のシステムへの新しい等級の反映を担当者が登録し忘れていたことでした。\n\n再発防止として、等級の変更通知を受け取った時点でチェックリストに記録し、給与計算の前日に別の担当者が反映状況を照合する手順を加えました。\n\n改めてお詫び申し上げます。\n\nペイロール・サポート北斗\n鈴木 理恵\n", "A"),
    d("ja", "年末調整書類のご提出のお願い",
      "[会社名]\n△△様\n\nいつもお世話になっております。ペイロール・サポート北斗の鈴木です。\n今年も年末調整の時期となりました。\n\n下記の書類を従業員の皆さまから回収いただき、12月12日（金）までに当社のアップロード画面からご提出いただけますでしょうか。12月分の給与で精算するには、この日までにいただく必要がございます。\n\n・扶養控除等（異動）申告書\n・保険料控除申告書\n・基礎控除申告書 兼 配偶者控除等申告書 兼 所得金額調整控除申告書\n\nご不明な点はお気軽にお問い合わせください。\n\nペイロール・サポート北斗\n鈴木 理恵\n", "P"),
    d("ja", "年末年始の給与振込スケジュール（12月25日支給分・1月23日支給分）",
      "有限会社アサギ精工\n経理ご担当　小島様\n\nペイロール・サポート北斗の鈴木です。\n年末年始は銀行と当社の休業が重なるため、12月と1月の振込スケジュールをお知らせします。\n\n■ 12月25日（木）支給分\n・勤怠データのご提出期限：12月17日（水）18時\n・金額のご確認（当社からお送りする一覧への承認）：12月19日（金）12時まで\n・銀行への送信：12月22日（月）\n\n■ 1月23日（金）支給分\n・勤怠データのご提出期限：1月14日（水）18時（通常より1日早くなります）\n\n12月は通常より提出期限が3日早くなります。12月29日から1月4日まで当社が休業となり、その間に誤りが見つかっても振込前に直せないためです。\n期限に間に合わない事情がある場合は、12月15日（月）までにお知らせいただければ、個別に日程を調整いたします。\n\nペイロール・サポート北斗\n鈴木 理恵\n03-5812-4470\n", ""),
    d("ja", "Re: 食事手当の課税について",
      "小島様\n\nお問い合わせいただいた食事手当の件です。\n\n食事手当は、会社が負担する金額や従業員の方の負担割合などによって、課税になる場合とならない場合がございます。\n御社の支給方法（月額5,000円を現金で一律支給）の場合については、税務署によっても見解が分かれることがあるようで、当方としてはこれ以上のことは申し上げにくいのが実情です。\n\n以上、よろしくお願いいたします。\n\nペイロール・サポート北斗\n鈴木 理恵\n", "U"),
    d("en", "Your staff were paid a day late - what happened and what we've done",
      "Dear Ms Ward,\n\nYour staff's November salaries, due on Friday 28 November, reached their accounts on Monday 1 December instead. I am very sorry. I know several of your team had rent and loan payments leaving on the 28th, and that you spent part of your weekend answering their messages.\n\nHow it happened: when we submitted the BACS file on 25 November, the processing date was entered as 1 December, the default for the following month, instead of being changed to 28 November. Our pre-submission check looks at amounts and account numbers, but not at the processing date.\n\nWhat we have done:\n- We have written to each of your 14 employees explaining that the delay was our error, with a letter they can show a landlord or lender.\n- We will reimburse any bank charges or late fees your staff incurred because of the delay. Employees can send the statement or letter to payroll@ledgerline.example and we'll pay within five working days.\n- This month's bureau fee (£210) has been credited to your account.\n\nTo prevent a repeat, the processing date is now a required field with no default, and a second person checks it against the agreed pay-date calendar before any file is released. Pay dates that fall on or next to a bank holiday are flagged two weeks ahead.\n\nIf you or any of your staff would like to talk this through, I can be reached on 0161 555 0192 at any time this week.\n\nYours sincerely,\nAlan Reeves\nClient Services Manager, Ledgerline Payroll\n", ""),
    d("en", "Ledgerline update",
      "Hi Chris,\n\nWe've been busy this autumn! The new employee portal launched in October, and we're seeing lots of staff use the mobile app to download payslips and update their bank details. We've also added a dark mode, which has been surprisingly popular.\n\nA quick reminder that our office is closed from 24 December to 2 January. Because of that, we'll need you to approve the December payroll in the portal by 12 noon on Friday 19 December; if we don't have approval by then, the payment won't reach your staff before Christmas.\n\nBest wishes,\nThe Ledgerline team\n", "F"),
]

M = [
    # --- ja ---
    m("ja", "本日の給与振込について",
      "ペイロール・サポート北斗 ご担当者様\n\n株式会社ナガセ工務店の永瀬です。\n本日12月10日が給与支給日ですが、従業員から「まだ入っていない」と連絡が相次いでいます。\n取引銀行の法人窓口に確認したところ、当社口座から今月の総合振込は出ていないとのことです。\n\n従業員は職人を中心に31名で、家賃や引き落としが今日に集中している者もいます。\n午後3時までに銀行へ振込を依頼できれば当日着にできると言われています。\n\nどの段階で止まっているのか、確認していただけますでしょうか。\n\n永瀬 修\n052-771-3309\n", "h", "neutral"),
    m("ja", "ポータルに他社の明細が表示されています",
      "お世話になっております。リバーサイド歯科の事務の者です。\n\n先ほど給与明細ポータルにログインしたところ、「明細一覧」に当院のスタッフではない方の名前が12名分表示されていて、開くと氏名、支給額、口座の下4桁まで見えてしまいました。会社名は別の法人です。\n\nということは、当院のスタッフの明細も、どこかの会社の方から見えてしまっているのでしょうか。\n院長にもまだ伝えられていません。これ以上は開かないようにしています。\n\nリバーサイド歯科　受付・事務　藤田\n", "h", "anxious"),
    m("ja", "年末調整の還付額の誤り（再送）",
      "鈴木様\n\n12月3日と12月5日にもお送りしましたが、お返事をいただけていないので再度ご連絡します。\n\n昨年、年末調整で計算された還付額が、従業員4名について生命保険料控除が反映されていない金額になっていました。\n従業員からは「去年の分はどうなったのか」と毎日のように聞かれており、私から答えられることがありません。\n\n訂正が可能なのか、どのように進めるのか、まずはお返事をください。\n\n有限会社ハマダ商会　総務　浜田\n", "h", "angry"),
    m("ja", "明細", "明細が見れません", "n", "neutral", True),
    m("ja", "1月入社の社員について",
      "いつもありがとうございます。\n1月5日付で正社員が1名入社します。\n登録に必要な書類を教えてくだい。マイナンバーは本人から回収済みです。\nまた、前職の源泉徴収票がまだ届いていないそうなのですが、後からでも大丈夫でしょうか。\n\n株式会社ミナトデザイン　片山\n", "n", "neutral"),
    m("ja", "12月請求書の金額について",
      "12月分の請求書を拝見しましたが、先月より月額が8,800円上がっています。\n料金改定のお知らせなど、受け取った記憶はありません。\n\n事前に一言あってしかるべきではないでしょうか。\n内訳と根拠を示してください。\n\n経理　岸\n", "n", "angry"),
    m("ja", "はじめての年末調整で不安です",
      "お世話になります。\n10月に前任者が退職し、総務を引き継いだ宮田と申します。\n年末調整を担当するのは初めてで、従業員から集めた書類のうち、3人分が空欄だらけのまま出てきています。\n\nこのまま御社に提出してよいのか、私が従業員に聞いて埋めるべきなのか、どこまでが私の役割なのかも分からなくなってしまいました。\n提出期限の12月12日までに何をすればいいか、教えていただけると助かります。\n\n株式会社ソノダ　総務　宮田\n", "n", "anxious"),
    m("ja", "賞与の追加について",
      "鈴木様\n\n年末調整のときは丁寧にご説明いただき、本当に助かりました。社内でも好評でした。\n\nさて、今年は業績が良かったので、12月26日に決算賞与を出すことになりました（対象18名）。\n急な話で申し訳ないのですが、今からでも計算をお願いできますでしょうか。\n必要なものと締め切りを教えてください。\n\nアサギ精工　小島\n", "n", "positive"),
    m("ja", "算定基礎届の電子申請について",
      "来年の夏の話で恐縮です。\n算定基礎届を電子申請で出していただくことは可能でしょうか。\n今は紙で郵送していると聞いたので、気になって問い合わせました。\n急ぎませんので、お手すきのときにお返事ください。\n", "l", "neutral"),
    m("ja", "ポータルの見た目について",
      "ちょっとした感想です。\n新しいポータルは、承認ボタンと差し戻しボタンが同じ色で並んでいて、うっかり押し間違えそうになります。\n今のところ実害はありませんが、次の改修のときにでもご検討ください。\n", "l", "neutral"),
    # --- en ---
    m("en", "November salaries paid twice",
      "Hi Ledgerline,\n\nOur bank statement this morning shows the November salaries for two of our staff, Ms Cole and Mr Petrov, went out twice on 28 November - an extra £6,812.40 in total.\n\nThat has taken our business account £2,300 overdrawn, and the rent direct debit for our shop (£4,150) is due to leave on Monday. Our bank says it will be returned unpaid if the balance isn't there.\n\nI don't know whether to ask the two employees for the money back myself or whether you can recall the payments. I've never had to do this before.\n\nSandra Mills\nMills & Daughter Bakery\n", "h", "anxious"),
    m("en", "Student loan deductions - fourth request",
      "This is the fourth time I've written about this (14 Oct, 29 Oct, 18 Nov).\n\nOur employee Jamie Ross has had student loan deductions taken under the wrong plan since August. Each time I'm told it will be 'looked into'. Nothing has changed on the November payslip.\n\nJamie has now been overcharged for four months and asks me about it every week. I would like a named person and an actual answer.\n\nChris Obi\nOffice Manager, Pennant Architects\n", "h", "angry"),
    m("en", "New starter in January",
      "Hello,\n\nWe've got a new starter on 12 January, part-time, 20 hours a week. What do you need from us, and by when, so she gets paid correctly on the 25th?\n\nThanks,\nPriya Shah\n", "n", "neutral"),
    m("en", "Thanks for year-end + a pension question",
      "Hi Alan,\n\nThanks so much for walking me through the year-end checklist last week - it was the first time it's made sense to me!\n\nOne question: our Saturday part-timer has just turned 22. Does that mean she now needs to be auto-enrolled into the pension, and if so, do you handle that or do we?\n\nBest,\nGemma\n", "n", "positive"),
    m("en", "Payroll in Ireland?",
      "No rush on this at all - we're only at the thinking stage. Do you run payroll for employees based in Ireland? We may open a small office in Cork in 2027.\n\nDan\n", "l", "neutral"),
]
