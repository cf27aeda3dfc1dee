from common import s, d, m
DOMAIN = "patientvan"
MEANING = "non-emergency patient transport (wheelchair/stretcher vans to dialysis, hospital visits, discharges)"

SENTS = [
    s("ja", "ストレッチャーでの搬送には、看護師の同乗費として別途6,600円がかかります。"),
    s("ja", "お迎えの時間は、前の便の状況によって前後することがございます。", "V"),
    s("ja", "当日のキャンセルは、配車の都合上、料金の半額をいただいております。前日17時までのご連絡でしたら無料です。"),
    s("ja", "車いすの幅と重さを事前に教えてください。", "IR"),
    s("ja", "酸素ボンベの持ち込みについては、前例がないもので…。", "U"),
    s("ja", "病院の中での移動の介助は、うちの仕事ではありません。", "D"),
    s("ja", "お迎えは午前9時に病院の正面玄関で、乗車の際に診察券を確認させていただきます。"),
    s("ja", "待合室でお待ちいただく時間を短くするため、帰りの便は診察が終わり次第お電話いただけますか。"),
    s("ja", "2階以上からの担ぎ下ろしは、1階分ごとに2,200円を加算いたします。"),
    s("ja", "前にもお伝えしましたよね。予約は3日前までです。", "C"),
    s("ja", "介護保険が使えるかどうかは、ケアマネさんに聞いてください。", "ID"),
    s("ja", "安全な乗せ方を決めるため、乗車前にご利用者様のお体の状態を簡単に伺います。"),
    s("ja", "次回のご予約の際は、主治医の意見書のコピーをご用意いただけますか。", "R"),
    s("ja", "料金の後払いについては検討中のため、今はお答えできません。", "U"),
    s("en", "Our wheelchair vans take one wheelchair and up to two companions, and the fare from your home to City Hospital is $58 each way."),
    s("en", "Have the patient ready at the door at 8:45.", "IR"),
    s("en", "We don't know if the driver can help carry him up the stairs.", "U"),
    s("en", "Pickup times can shift depending on traffic.", "V"),
    s("en", "You should have told us about the oxygen tank when you booked; that one's on you.", "C"),
    s("en", "Could you let us know the patient's weight? Our ramp is rated to 300 kg including the chair, and we need to check the total."),
]

DRAFTS = [
    d("ja", "11月20日（水）透析送迎のご予約確認", """
松本様

ケアムーブ南の井上です。
お母様（松本 和子様）の透析送迎のご予約を、以下のとおり承りました。

往路：11月20日（水）7:40　ご自宅前　→　さくら腎クリニック
復路：同日12:30ごろ　クリニック正面玄関　→　ご自宅
車両：車いす対応車（リクライニング車いすのままご乗車いただけます）
料金：往復4,840円（介助料込み）

復路は透析の終わる時刻が前後することがあるため、終わりましたらクリニックの受付から当社へお電話いただけますでしょうか。お電話から15分以内にお迎えに上がります。

ケアムーブ南　井上
"""),
    d("ja", "お迎えの遅れについて", """
中井様

ケアムーブ南の井上です。
昨日はお迎えの時間に40分遅れてしまい、お父様を長い時間お待たせしてしまいました。誠に申し訳ございません。
当日の料金は、お詫びとして介助料の1,100円を差し引いてご請求いたします。
今後は、遅れが10分を超えそうな場合は必ず事前にお電話でお知らせし、配車にも余裕を持たせるようにいたします。

今後ともどうぞよろしくお願いいたします。
ケアムーブ南　井上
""", "A"),
    d("ja", "退院時の搬送について（ご回答）", """
坂口様

ケアムーブ南の井上です。
12月2日（月）のご退院の際の搬送について、お問い合わせいただいた件にお答えします。

ストレッチャー車でのご自宅までの搬送は可能で、料金は看護師同乗で13,200円です。お迎えは病院の救急外来口ではなく、北側の搬送用出入口になります。
在宅酸素のボンベを車内にお持ち込みいただけるかについては、分かりかねます。

車両と看護師の手配があるため、ご予約の確定は前日の17時までにお電話かメールでお知らせください。
ケアムーブ南　井上
""", "U"),
    d("ja", "ご利用料金の領収書をお送りします", """
福田様

ケアムーブ南の井上です。
10月分（通院8回分）のご利用料金の領収書をお送りします。合計は19,360円で、PDFを添付しております。

医療費控除の申告にお使いになる場合に備え、通院先の病院名と日付を一回ずつ明記しております。
紙の領収書が必要でしたら、ご返信いただければ次回のお迎えの際にドライバーからお渡しします。

ケアムーブ南　井上
"""),
    d("en", "Sorry about Tuesday", """
Dear Mrs Alvarez,

Sorry for the delay on Tuesday. We hope to see you again soon.

Kind regards,
Metro Mobility Transport
""", "A"),
    d("en", "Apology for Friday's missed pickup — what happened and what we've changed", """
Dear Mr Chen,

I'm very sorry that no one arrived to bring your father home from Riverside Dialysis on Friday. He waited over an hour, and your sister had to leave work to collect him. That should never have happened.

The cause was our booking system: when you moved his pickup from 11:30 to 12:15, the change created a new booking but didn't assign it to a driver, and the old one was cancelled. Nobody on our dispatch desk noticed the unassigned trip.

We've refunded the $46 fare for that day and credited one free round trip to your account. Since Monday, dispatch runs a check every 30 minutes for any trip without a driver, and any change to a dialysis pickup now triggers a confirmation text to you within 10 minutes.

If it would help, I'm happy to call you to go over his schedule for the rest of the month.

Sincerely,
Renée Park
Operations Manager, Metro Mobility Transport
"""),
]

MAILS = [
    m("ja", "明日の透析送迎の確認がありません", """
ケアムーブ南さま

いつもお世話になっています。松本です。
毎週月曜・水曜・金曜に母の透析の送迎をお願いしていますが、
いつもは前日の夕方にある確認のお電話が、今日はまだありません。
明日は朝7時40分のお迎えのはずです。
母は一人では通院できず、透析は一回も休むわけにはいきません。
予約が入っているかどうかだけでも、今日中に教えていただけないでしょうか。

松本 由美
""", "h", "ax"),
    m("ja", "父がロビーで待ち続けています", """
今朝10時に市立病院から父を自宅まで送っていただく予約をしていた中井です。
もう12時を過ぎましたが、迎えの車が来ません。
父は退院の手続きを終えて、車いすでロビーで2時間待っています。
事務所に何度電話してもつながりません。
いったいどうなっているのですか。いつ来るのか、すぐに連絡してください。
""", "h", "an"),
    m("ja", "転院搬送の時間変更について", """
ケアムーブ南　井上様

お世話になっております。坂口です。
来週火曜（12/10）の転院搬送の件ですが、受け入れ先の病院から、到着時刻を10時から8時に早めてほしいと連絡がありました。
出発は7時ごろになると思いますが、この時間で対応していただけますでしょうか。
病院に返事をする必要があるため、本日中にお返事をいただけると助かります。

坂口 正人
""", "h", "ne"),
    m("ja", "料金と介護保険について", """
はじめて利用を考えています。
自宅から市民病院まで、車いすのままで往復した場合の料金を教えてください。
また、介護保険は使えるのでしょうか。
""", "n", "ne"),
    m("ja", "運転手さんへのお礼と来月の予約", """
先週、母の通院でお世話になりました。
運転手の佐藤さんが、母に話しかけながらゆっくり乗せてくださって、母もすっかり安心していました。本当にありがとうございました。
来月の12日もお願いしたいのですが、また佐藤さんに来ていただくことはできますか。
""", "n", "po"),
    m("ja", "認知症の母の付き添いについて", """
来月、認知症の母を眼科に連れて行くために利用したいと思っています。
母は慣れない場所や車に乗ると落ち着かなくなり、大きな声を出してしまうことがあります。
運転手さんや他の方にご迷惑をかけないか、途中で降りたいと言い出したらどうしようかと心配です。
家族が付き添って同乗することはできますか。
""", "n", "ax"),
    m("ja", "運転について", """
昨日利用した者です。
カーブで車いすが大きく揺れるほど運転が荒く、母が「怖かった」と泣いていました。
こちらはお金を払って安全に運んでもらっているつもりです。
今後、あの運転手さんには来てほしくありません。
""", "n", "an"),
    m("ja", "来週", """
来週の件、大丈夫ですか
""", "n", "ne", True),
    m("ja", "年末年始の営業について", """
年末年始は営業していますか？
まだ父の通院の予定も決まっていないので、分かったら教えていただければ十分です。
""", "l", "ne"),
    m("ja", "領収書の宛名について", """
いつもお世話になっております。
領収書の宛名ですが、次回からは母の名前ではなく私（長男）の名前にしていただけますか。
特に急ぐものではないので、次回の分からで構いません。
""", "l", "ne"),
    m("en", "THIRD message - Dad's chemo ride Thursday", """
This is the third time I'm writing, and I've left two voicemails.

My father has chemotherapy at Mercy Cancer Center on Thursday at 7:30am. He can't drive and uses a wheelchair. Nobody has confirmed the ride. Last week your driver never showed and he missed his slot.

I need a written confirmation of Thursday's pickup time, or I need to know now so I can find someone else.

Andrea Lopez
""", "h", "an"),
    m("en", "Can your van take a heavy power chair?", """
Hello,

My wife uses a power wheelchair and together with the chair she's about 260 kg. She has a hospital appointment next month.

Can your vans handle that weight? I keep picturing the ramp giving way and I'm a nervous wreck about it. She's been through enough this year.

Thank you,
Gerald
""", "n", "ax"),
    m("en", "Invoice for insurance", """
Hi, could you send an itemised invoice for the rides in March (4 trips to Lakeside Clinic) with your provider number? Our insurer needs it to reimburse us. Thanks, Paula Grant
""", "n", "ne"),
    m("en", "Driver Carlos", """
Hello! Just wanted you to know that Carlos, who drove my mother on Monday, was wonderful - patient, kind, and he even helped her with her coat. Could we request him again for her appointment on the 14th?
Thank you so much,
Beth
""", "n", "po"),
    m("en", "Public holidays", """
Hi,
Do you run on public holidays? I'm starting to plan Mum's appointments for next year, so nothing depends on the answer right now.
Thanks,
Sue
""", "l", "ne"),
]
