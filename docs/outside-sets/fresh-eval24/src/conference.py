# conference = academic conference organiser (学会運営事務局: registration, abstracts, speakers)
from _common import S, D, M

DOMAIN = "conference"

SENTS = [
    S("ja", "一般演題の登録は締め切っておりますが、学生セッションは6月5日まで追加募集しておりますので、そちらでのご応募はいかがでしょうか。"),
    S("ja", "抄録が文字数超過で受け付けられなかったのは、入力画面の注意書きをお読みにならなかったためです。", "c"),
    S("ja", "参加証明書は、学会終了後しばらくしてからPDFでお送りいたします。", "v"),
    S("ja", "発表スライドは前日の17時までにこのアドレス宛てに送ってください。", "ir"),
    S("ja", "会場の音響設備の都合で動画が再生できないことがあるため、念のため静止画版のスライドも持ってきてください。", "i"),
    S("ja", "会場のWi-Fiを演者用に確保できるかどうかは、現時点ではわかりかねます。", "u"),
    S("ja", "ポスターの位置が出入口から遠いとのことですが、どの位置でも条件は同じですので特に問題はないかと思います。", "d"),
    S("ja", "ご所属の変更は、抄録集の校正が始まる5月20日までにお知らせいただければ反映できます。"),
    S("ja", "返金は振込手数料880円を差し引いた額を、6月28日までにご指定の口座へお振り込みします。"),
    S("ja", "一般演題の採否はプログラム委員会の審査を経て、7月10日までにメールでお知らせします。"),
    S("ja", "託児室は定員が12名のため、ご利用の場合はお子さまの年齢と人数を6月15日までにお知らせいただけますか。"),
    S("ja", "招聘状の発行日はまだ確定しておりませんが、大使館のご予約に間に合うよう、明日の正午までに見込みをご連絡します。"),
    S("ja", "懇親会の会場変更の有無については、事務局ではお答えできません。", "u"),

    S("en", "Your certificate of attendance will be emailed a few weeks after the congress closes.", "v"),
    S("en", "Upload your slides to the speaker portal by 5 pm the day before your session.", "ir"),
    S("en", "As the registration page makes perfectly clear, the student rate requires proof of enrolment.", "c"),
    S("en", "Cancellations received before 1 May are refunded in full, minus a ¥1,000 handling fee, within 14 days."),
    S("en", "Could you send us your name exactly as it appears in your passport? The venue's security desk checks IDs against the badge list."),
    S("en", "Lunch boxes for the satellite symposium are ordered per registration, so we'll have one ready for you at the Room B door."),
]

DRAFTS = [
    D("ja", "【ご確認のお願い】6月14日午前セッションの発表時間変更について", """
佐伯 智子 先生

第28回日本臨床栄養研究会 学術集会 運営事務局の村井です。
6月14日（土）午前のセッションで、先生のご発表の開始時刻が10:20から10:40に変更となりましたので、ご都合に差し支えがないかご確認をお願いいたします。

直前の演者の先生が海外からのオンライン発表となり、回線テストの時間を10分ずつ前後に設けることになったためです。
発表時間（12分）と質疑応答（3分）は変わりません。

ご都合が合わない場合は、6月7日（土）までにこのメールへご返信いただけますでしょうか。
座長の先生と調整のうえ、別の枠をご提案いたします。

どうぞよろしくお願いいたします。

第28回日本臨床栄養研究会 学術集会 運営事務局
村井 美穂
TEL 03-5xxx-2231（平日10時〜17時）
"""),
    D("ja", "参加登録完了のお知らせ", """
〇〇 〇〇 様

このたびは第28回日本臨床栄養研究会 学術集会にご登録いただき、ありがとうございます。
参加登録が完了しましたのでお知らせいたします。

受付番号：△△△△
参加区分：一般会員
参加費：12,000円（お支払い済み）

当日は受付にて本メールの画面をご提示いただくと、ネームカードをすぐにお渡しできます。

運営事務局
""", "P"),
    D("ja", "採択通知の誤送信についてのお詫び", """
関係者各位

第28回日本臨床栄養研究会 学術集会 運営事務局でございます。

昨日5月22日17時ごろ、一般演題にご応募いただいた一部の先生方へ、審査中であるにもかかわらず「採択」の通知を誤ってお送りしてしまいました。大変申し訳ございません。

原因は、通知システムの送信対象を抽出する際に、審査状況の列を取り違えたことでした。

誤った通知を受け取られた42名の先生方には、本日午前中に個別に訂正のご連絡を差し上げ、正式な審査結果は予定どおり6月10日までにお送りすることをお伝えしております。

ご迷惑とご心配をおかけしましたことを、重ねてお詫び申し上げます。

運営事務局 村井
""", "A"),
    D("ja", "第28回学術集会のご案内", """
会員各位

新緑の候、皆様にはますますご清祥のこととお慶び申し上げます。
日頃より本研究会の活動にご理解とご協力を賜り、厚く御礼申し上げます。

本年の学術集会は、発足から28回目を迎えます。第1回は参加者わずか60名の小さな会でしたが、現在では毎回800名を超える方にご参加いただけるまでになりました。
今回は「地域で支える栄養ケア」をテーマに、特別講演2題、シンポジウム4題を予定しており、会場も昨年より広い国際会議場に移ります。
会場周辺には飲食店も多く、懇親会後も皆様にゆっくりお過ごしいただけるものと存じます。

なお、演者の先生方におかれましては、利益相反（COI）自己申告書を5月30日までにご提出いただく必要がございます。未提出の場合は抄録集に掲載できませんので、ご注意ください。

運営事務局
""", "F"),

    D("en", "Apology: duplicate charge for your registration fee", """
Dear Dr Okafor,

I'm sorry that your card was charged twice for your registration to the Pacific Soil Science Congress. That should not have happened, and I understand it is unsettling to see a double payment.

The cause was our payment page: when the bank's confirmation took longer than 30 seconds, the page sent the payment a second time automatically.

We refunded the duplicate charge of USD 420 on 3 June (refund reference RF-88213). Depending on your bank, it should appear on your statement within 5 to 10 business days; if it has not appeared by 17 June, please reply to this email and I will chase it with our payment provider myself.

To stop this happening again, we have switched off the automatic retry and added a check that blocks a second payment for the same registration number.

With apologies again,
Hannah Lindqvist
Registration desk, PSSC 2025
"""),
    D("en", "Your poster board number", """
Dear {first_name},

Thank you for presenting at PSSC 2025. Your poster has been assigned to board [BOARD NO.] in Hall C.

Posters can be put up from 8:00 on Tuesday and must be taken down by 17:00 on Thursday; anything left after that is removed by the venue.

Best regards,
Registration desk, PSSC 2025
""", "P"),
]

MAILS = [
    M("ja", "招聘状の発行について（3回目のご連絡です）", """
運営事務局 御中

5月2日、5月12日にもお送りしておりますが、まだお返事をいただけていないため再度ご連絡いたします。

招待講演をお引き受けしたホーチミン医科大学のグエン先生の来日にあたり、ビザ申請用の招聘状が必要です。
大使館の面接予約が6月3日（月）で、その日に原本を提出できないと、学会会期に間に合うビザが下りない可能性が高いと言われています。

国際郵便の日数を考えると、今週中には発送していただかないと間に合いません。
どなたが担当されているのかだけでも教えていただけないでしょうか。

東都大学医学部 栄養学教室
秘書 北川
""", "high", "anxious"),
    M("ja", "参加費の二重引き落としについて", """
事務局ご担当者様

参加費12,000円が、同じ日にクレジットカードから2回引き落とされています。
5月20日に問い合わせフォームから連絡し、「確認します」と自動返信が来たきり、2週間何の連絡もありません。

学会の参加費は研究費から立て替えており、今月末の経理締めまでに返金の証明がないと私が自腹で処理することになります。
このまま放置されるのであれば、カード会社に不正請求として申し立てるつもりです。

今月中に返金していただけるのか、はっきりしたお答えをお願いします。

大橋
""", "high", "angry"),
    M("ja", "明日の発表者名の誤りについて", """
学会事務局 御中

いつもお世話になっております。慶林大学の田所です。

明日（6/14）のプログラムを確認したところ、第3会場 9:40〜の演題の発表者が「田所 恵」ではなく「田所 啓」になっておりました。
また同じ時間に、私が座長を務める第5会場のセッションが重なって表示されています。

どちらかの時刻が誤っているのだと思いますが、明朝の受付までに正しい時間を把握しておきたく、ご確認いただけますでしょうか。

慶林大学 看護学部
田所 恵
""", "high", "neutral"),
    M("ja", "ポスターのサイズについて", """
お世話になっております。
一般演題（ポスター）で採択いただいた者です。

ポスターはA0縦で作成する予定ですが、掲示板に収まりますでしょうか。
募集要項には「横90cm×縦210cm」とありましたので、A0縦（84.1×118.9cm）なら大丈夫かと思っていますが、念のため確認させてください。

北原 理沙
""", "normal", "neutral"),
    M("ja", "発表の件", """
変更できますか
""", "normal", "neutral", True),
    M("ja", "採択通知が届いていません", """
事務局の皆様

はじめて演題を応募した大学院生の小野と申します。
指導教員から「採択通知は5月末に届く」と聞いていたのですが、まだ何も届いておらず、迷惑メールフォルダにもありませんでした。

参加登録の早期締切が6月20日と聞いていて、採択されているなら早めに登録したいのですが、不採択だったのかどうかもわからず落ち着きません。
登録番号は P-0415 です。お手数ですが状況を教えていただけますでしょうか。

小野 遥
""", "normal", "anxious"),
    M("ja", "登録システムについて", """
参加登録はどうにか完了しました。
ただ、途中で4回ログアウトされ、そのたびに所属・住所・領収書宛名を最初から入れ直しました。
入力中にセッションが切れるシステムを採用されているのは、さぞかし参加者のことをよくお考えの結果なのでしょうね。

それはさておき、最後の画面で出るはずの領収書が出てきません。
経理に出す必要があるので、領収書だけ別途メールでお送りいただけますか。

吉村
""", "normal", "angry"),
    M("ja", "Fw: 領収書の宛名変更のお願い", """
事務局様

下記、大学の経理担当から指摘を受けましたので転送いたします。
領収書の宛名を個人名から「国立大学法人 北陸総合大学」に変更したものを再発行していただけますでしょうか。
提出期限は6月末とのことです。

---------- Forwarded message ---------
From: 経理課 西田
Date: 2025年6月2日(月) 10:14
Subject: Re: 学会参加費の精算

森先生
恐れ入りますが、大学の研究費で精算される場合、領収書の宛名は法人名でお願いしております。
個人名のものでは処理できませんので、再発行を依頼していただけますでしょうか。
経理課 西田

--
北陸総合大学 工学部 森 健太
""", "normal", "neutral"),
    M("ja", "学術集会のお礼", """
運営事務局の皆様

先日の学術集会、大変お疲れさまでした。
初めて参加した学生たちも、ポスター会場で多くの先生方から質問をいただき、とても刺激になったようです。
受付や会場案内の方々の対応も丁寧で、気持ちよく過ごすことができました。

ひとつだけ、休憩時間のコーヒーがすぐになくなってしまっていたので、来年はもう少し多めにあると嬉しいです。

本当にありがとうございました。
水野
""", "low", "positive"),
    M("ja", "来年度の開催地について", """
お世話になっております。
来年度の学術集会の開催地と日程がもう決まっていれば教えてください。
研究室の年間予定を立てる参考にしたいだけですので、急ぎません。決まっていなければ、決まった時点で会員メールで知れば十分です。

沢井
""", "low", "neutral"),

    M("en", "No hotel room - arriving tonight", """
Hello,

I'm one of your keynote speakers (Prof. Mendes, Thursday plenary). Your office booked my room at the Harbour View Hotel and sent me the confirmation in March.

I've just landed in Singapore for my connection and received an email from the hotel saying the booking was cancelled "at the request of the organiser". I arrive at 23:10 tonight and the hotel says they are full.

I'd appreciate knowing, before I board in two hours, where I am supposed to sleep. Frankly I expected better after agreeing to fly 20 hours for this.

Rui Mendes
""", "high", "angry"),
    M("en", "VAT invoice for registration", """
Hi,

Could you issue an invoice for my registration (ID 20931) that shows our institute's VAT number? Our finance team needs it before they reimburse me.

Institute: Fraunhofer-Institut für Bodenkunde
VAT: DE 812 345 678

Thanks,
Jonas Weber
""", "normal", "neutral"),
    M("en", "Did my abstract go through?", """
Dear organisers,

I submitted my abstract on Sunday night, about an hour before the deadline, but I never received the confirmation email that the guidelines mention. The portal shows "draft" next to the title, and I'm not sure whether I actually pressed submit or whether the system froze.

This is my first international conference and my supervisor is away, so I don't know who else to ask. Is there any way to check whether it was received?

Many thanks,
Priya Nair
PhD candidate, University of Pune
""", "normal", "anxious"),
    M("en", "Proceedings indexing", """
Hello,

Just out of curiosity: will the proceedings be indexed in Scopus this year, as in 2023? No need to hurry, it doesn't affect whether I attend.

Best,
Tom
""", "low", "neutral"),
    M("en", "Re: Re: Session chair", """
Hi, checking in one more time since I haven't heard back on either of my last two emails.

I'm chairing session S14 on Wednesday morning and I still don't have the final list of speakers or their talk titles. I need to send the speakers their timing rules and confirm who's presenting remotely, and the session is the day after tomorrow.

Could someone just reply with the list, even unformatted?

> On 2 Sep, Laura Becker wrote:
> Could you send me the speaker list for S14?

Laura Becker
""", "high", "neutral"),
]
