# scholar = scholarship and student-loan foundation (奨学金財団)
DOMAIN = "scholar"

SJ = [
    ("給付型奨学金の今年度の支給額は月額4万円で、毎月25日にご指定の口座へ振り込みます。", ""),
    ("返還が遅れた場合には、一定の延滞金が加算されることになります。", "V"),
    ("申請期限に間に合わなかったのは、募集要項をきちんと読まれていなかったからではないでしょうか。", "C"),
    ("コピーでは在籍の確認ができないため、在学証明書は原本をご郵送いただけますでしょうか。", ""),
    ("返還猶予の審査に使いますので、源泉徴収票のコピーを添付して再提出してください。", "I"),
    ("次回の面談には、保護者の方もご同席いただけますか。", "R"),
    ("来年度の採用枠が増えるかどうかは、現時点では申し上げられません。", "U"),
    ("アルバイト先とのトラブルは、奨学金とは関係のないお話ですので。", "D"),
    ("採用枠は3月10日の理事会で決まりますので、3月12日までにメールで結果をお知らせします。", ""),
    ("書類の審査結果は、追ってご連絡いたします。", "V"),
    ("口座の名義がご本人と異なっていたため振り込みができず、名義変更の届出書を本日郵送いたしましたので、ご記入のうえご返送ください。", ""),
    ("延滞金の計算方法については、窓口ではお答えいたしかねます。", "U"),
    ("家計の急変による減額返還は手続きから約1か月で適用され、月々の返還額は半分の8,000円になります。", ""),
    ("他団体の奨学金との併用については、当財団が関与する話ではございません。", "D"),
]

SE = [
    ("Your first payment of $2,500 will be sent to your student account on 15 August.", ""),
    ("It's hard to see how a student who can't meet a simple deadline expects to manage a scholarship.", "C"),
    ("Late repayments may attract a modest fee.", "V"),
    ("I couldn't tell you whether your grades will affect renewal.", "U"),
    ("The committee meets on 4 April, so I'll write to you by 7 April with their decision on your deferral.", ""),
    ("Upload your transcript again.", "IR"),
]

DJ = [
    ("奨学生継続手続きのご案内",
     """{氏名} 様

公益財団法人みらい育英会 奨学金事業課です。
[大学名]に在籍されている奨学生の皆様に、来年度の継続手続きについてご案内いたします。

継続の審査には、今年度の成績証明書と在学証明書が必要です。
両方の書類を、2月20日（金）必着で当財団までご郵送いただけますでしょうか。
期限までに届かない場合、4月分の支給が遅れることがございます。

奨学生番号：{奨学生番号}

公益財団法人みらい育英会 奨学金事業課
""", "P"),
    ("【2月20日締切】継続審査の書類ご提出のお願い",
     """西田 陽菜 様

公益財団法人みらい育英会 奨学金事業課の高木です。
来年度も奨学金の支給を続けるための継続審査がございますので、書類のご提出をお願いいたします。

ご提出いただくもの：
・今年度の成績証明書（大学発行のもの）
・在学証明書

2月20日（金）必着で、同封の返信用封筒にてご郵送ください。3月の審査会で継続が決まると、4月25日から来年度分の支給が始まります。

成績証明書の発行が間に合わない場合は、2月13日までにこのメールへご返信いただければ、提出期限の延長を個別にご相談いたします。

公益財団法人みらい育英会 奨学金事業課
高木 美咲
""", ""),
    ("【お詫び】10月分奨学金の振込遅延について",
     """奨学生の皆様

公益財団法人みらい育英会 奨学金事業課です。
10月25日にお振り込みする予定だった奨学金が、本日10月28日の振り込みとなりました。ご不便とご心配をおかけし、誠に申し訳ございません。

原因は、当財団の振込データを銀行へ送信する際に、担当者が送信の完了を確認しなかったため、データが銀行に届いていなかったことです。

本日午前に改めて送信し、銀行から受付完了の連絡を受けております。本日15時以降、皆様の口座でご確認いただけます。遅延により家賃の引き落とし等で手数料が発生した方には、その実費をお支払いしますので、ご連絡ください。

今後は、送信後に銀行の受付画面を別の職員が確認し、記録を残すことといたしました。

公益財団法人みらい育英会 奨学金事業課
""", ""),
]

DE = [
    ("A note from the Hollis Foundation",
     """Dear Marcus,

Since 1962, the Hollis Foundation has supported more than 4,000 students from rural communities in the Midwest, and we are proud to count you among our scholars this year. Our board recently welcomed two new trustees, both former scholars themselves, and our spring newsletter will feature their stories.

As we prepare the spring disbursement, our records show that the bank account on file for you was closed in January. To make sure your $3,000 payment reaches you, please confirm your new account details through the scholar portal by 1 March.

Warm regards,
Ellen Price
Scholar Services, The Hollis Foundation
""", "N"),
    ("Your deferral request - decision",
     """Dear Ms. Ortiz,

Your request to defer repayment for 12 months has been approved. Your next repayment will be due on 1 September next year instead of this coming 1 September, and no interest will be added during the deferral.

You don't need to do anything else. If your situation changes before then, reply to this email and we'll adjust the plan with you.

Best wishes,
Ellen Price
Scholar Services, The Hollis Foundation
""", ""),
]

MJ = [
    ("奨学金が振り込まれていません",
     """お世話になります。奨学生番号　Ｋ２０２４−０３１８の村田です。
今月分の奨学金がまだ口座に入っていません。
大学の後期授業料の納入期限が明後日１０月３１日で、奨学金を充てる予定でした。
期限までに納められないと除籍になると大学の案内に書いてあり、どうしたらいいのか分かりません。
大学の学生課にも相談しましたが、財団に確認してくださいと言われました。

村田 航平
""", "high", "anxious", False),
    ("返還猶予の申請について（3回目のご連絡です）",
     """みらい育英会　ご担当者様

8月と9月に、失業による返還猶予についてメールでお問い合わせしましたが、いまだに一度もご返信をいただいておりません。
その一方で、本日「督促状」が届き、11月15日までに滞納分を納めない場合は法的手続きに移ると書かれていました。
こちらは何度も相談しようとしているのに、返事はせずに督促だけ送ってくるというのは、どういうことなのでしょうか。
期限までに、猶予の手続きができるのかどうか、書面でご回答ください。

元奨学生　木下 達也
""", "high", "angry", False),
    ("財団を名乗るSMSについて",
     """突然失礼いたします。奨学生の母です。
昨夜、娘の携帯に「みらい育英会：口座情報の再登録が必要です」というSMSが届き、
娘がリンク先で銀行の口座番号と暗証番号を入力してしまいました。
今朝になって、おかしいと思い始めました。
これは本当に財団からのものでしょうか。もし違うなら、銀行にも連絡したほうがよいのでしょうか。
どうしてよいか分からず、こちらにご連絡しました。

奨学生番号 K2023-1107（小池 美月）の母
小池 恵
""", "high", "anxious", False),
    ("住所変更の手続き",
     """お世話になります。
来月引っ越すので、登録している住所を変更したいです。
手続きの方法を教えてください。

奨学生番号 K2022-0544
大野
""", "normal", "neutral", False),
    ("電話窓口の対応について",
     """昨日、返還方法の変更について電話で問い合わせた者です。
電話に出た方に「そんなこともご存じないんですか」と言われ、質問を最後まで聞いてもらえないまま「ホームページを見てください」と切られました。
ホームページを見ても分からなかったから電話したのです。
奨学金を借りている立場だからといって、あのような扱いを受けるいわれはないと思います。

上田
""", "normal", "angry", False),
    ("振込のことで",
     """振込のことで
""", "normal", "neutral", True),
    ("単位を落としそうです",
     """みらい育英会　ご担当者様

奨学生の石原と申します。
前期に体調を崩してしまい、必修科目の単位を落としてしまいそうです。
成績が基準に届かなかった場合、奨学金は打ち切られてしまうのでしょうか。
成績が出るのは来月の中旬です。
奨学金がなくなると学費を払えず、大学を続けられないので、とても不安です。
何か事前にできることがあれば教えていただけないでしょうか。
""", "normal", "anxious", False),
    ("卒業のご報告",
     """みらい育英会の皆様

4年間、奨学金でご支援いただき本当にありがとうございました。
おかげさまで無事に卒業し、4月から地元の病院で看護師として働くことになりました。
返還についてですが、開始時期や月々の金額がいつ頃通知されるのか教えていただけますか。
新生活の予算を立てたいと思っています。

片山 結衣
""", "normal", "positive", False),
    ("書類提出方法のご提案",
     """いつもお世話になっております。
毎年の継続手続きで、成績証明書を郵送していますが、
大学の証明書がPDFで発行できるようになったので、今後はオンラインでの提出も受け付けていただけると助かります。
ご検討いただければ幸いです。今年の分はすでに郵送済みです。

奨学生 青木
""", "low", "neutral", False),
    ("来年度の募集時期について",
     """はじめまして。
高校1年生の子どもがおります。
貴財団の給付型奨学金に興味があり、例年どのくらいの時期に募集が始まるのか知りたいと思いました。
応募するとしても再来年のことですので、お時間のあるときにお返事いただければ十分です。

三宅
""", "low", "neutral", False),
]

ME = [
    ("Spring disbursement not received - housing deadline Friday",
     """Hello,

My spring scholarship payment ($3,000) was supposed to reach my student account on 10 January, but the account still shows a balance of $2,840 owing. Residence Life has told me that if the balance isn't cleared by this Friday at 5 p.m., my room assignment will be cancelled and I'd have to move out.

I don't have anywhere else to stay in town. Can you tell me whether the payment was sent and when it will arrive?

Marcus Bell
Scholar ID HF-22817
""", "high", "anxious", False),
    ("Renewal decision",
     """Dear Scholar Services,

Thank you for the one-line email telling me my scholarship "will not be renewed". I'm sure there was a reason; it would have been nice to be told what it was.

I've kept a 3.4 GPA and submitted every form on time. I would like an explanation and to know whether there is an appeal process.

Regards,
Nadia Flores
""", "normal", "angry", False),
    ("Changing my major",
     """Hi,

I'm switching from Biology to Environmental Science starting next semester. Do I need to report this, and does it change anything about my scholarship?

Thanks,
Josh Whitaker
HF-23301
""", "normal", "neutral", False),
    ("application",
     """is it ok?
""", "normal", "neutral", True),
    ("Thank-you note for my donor",
     """Hello Ms. Price,

I've written a short thank-you letter to the family who funds my scholarship (attached). Could you pass it on to them when you next get the chance? There's no hurry at all.

This scholarship let me stop working nights during finals, and my grades show it. Thank you all.

Best,
Amara Okafor
""", "low", "positive", False),
]
