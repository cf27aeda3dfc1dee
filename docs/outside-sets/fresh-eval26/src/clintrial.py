# clintrial = clinical-trial volunteer recruitment agency (screening, visits, reimbursements)
from ._h import s, d, m

DOMAIN = "clintrial"

SENTS = [
    s("ja", "負担軽減費のお振込みは、最終来院が済んでからしばらくしての予定です。", "vague"),
    s("ja", "事前検診の前日は、21時以降何も食べないこと。", "imperative", "request_without_reason"),
    s("ja", "選考に通らなかった理由については、お答えしておりません。", "dismissive"),
    s("ja", "次回の説明会は1月18日（土）13時から、新宿の当社会場で約90分間行います。", ),
    s("ja", "お薬手帳の写しを、事前検診の当日にお持ちいただけますか。", "request_without_reason"),
    s("ja", "その症状が治験薬と関係があるかどうかは、今の段階では何とも申し上げられません。", "unknown_without_followup"),
    s("ja", "副作用と思われる症状が出たときは、夜間でも治験専用ダイヤルにお電話ください。担当医師が24時間対応しております。", ),
    s("ja", "同じご質問を何度もいただいておりますが、何度お聞きになっても回答は変わりません。", "condescending", "dismissive"),
    s("ja", "交通費は実費精算ではなく、1回の来院につき一律3,000円をお支払いします。", ),
    s("ja", "入院期間中は、一部の私物の持ち込みが制限されます。", "vague"),
    s("ja", "参加をやめたい場合は、担当のコーディネーターにメールしてください。", "imperative"),
    s("ja", "ご不安な点は、同意書にご署名いただく前に何度でもご質問いただけます。", ),
    s("ja", "頭痛が治験薬によるものかは現時点では判断できないため、明日10時に担当医師からお電話で症状を詳しく伺います。", ),
    s("en", "Fill in the health questionnaire and bring it with you on the day.", "imperative", "request_without_reason"),
    s("en", "Reimbursement is paid by bank transfer within 30 days of your final visit.", ),
    s("en", "We can't tell you whether your headaches are linked to the study drug.", "unknown_without_followup"),
    s("en", "The reasons the protocol was changed aren't something we discuss with volunteers.", "dismissive"),
    s("en", "Your screening visit is on Tuesday 4 March at 9:30; please don't eat after midnight the night before, because the blood test needs a fasting sample.", ),
    s("en", "So the study doctor can check for interactions, could you email us a list of the medicines you take regularly?", ),
    s("en", "We're sorry your travel expenses were late: the £240 was sent to your account this morning and should show by Friday.", ),
]

DRAFTS = [
    d("ja", "事前検診（2月6日 9時30分）のご案内",
      """中島様

ボランティアネット治験の工藤です。
先日お申し込みいただいた試験の事前検診の日時が決まりましたので、ご案内いたします。

日時：2月6日（木）9時30分〜12時ごろ
場所：新宿メディカルクリニック 4階（新宿駅西口から徒歩5分）
持ち物：健康保険証、お薬手帳（お持ちの方）

採血の数値が食事の影響を受けるため、前日の21時以降は水以外をお控えいただけますでしょうか。
ご都合が悪くなった場合は、2月4日までにこのメールへご返信いただければ別の日程をご提案いたします。

ボランティアネット治験 工藤
"""),
    d("ja", "ボランティアネット治験より",
      """中島様

ボランティアネット治験の工藤です。
寒い日が続いておりますが、いかがお過ごしでしょうか。
当社では今年、新たに3つの医療機関と提携し、首都圏で参加いただける試験の数が昨年の約2倍になりました。
また、会員ページをリニューアルし、スマートフォンからも来院履歴が見られるようになりました。

前回の試験で登録いただいた振込先口座が、金融機関の統合により使えなくなっております。2月末の負担軽減費のお振込みに間に合わせるため、2月20日までに新しい口座を会員ページからご登録いただけますでしょうか。

ボランティアネット治験 工藤
""", "purpose_not_upfront"),
    d("ja", "負担軽減費のお支払いについて",
      """中島様

ボランティアネット治験の工藤です。
先日は入院試験へのご参加、ありがとうございました。

負担軽減費につきましては、医療機関からの来院記録が届き次第、順次お振込みいたします。
金額は来院回数によって多少変わりますが、ご登録の口座にお支払いします。

ご不明な点がございましたら、このメールにご返信ください。

ボランティアネット治験 工藤
""", "vague"),
    d("ja", "【お詫び】来院日のご案内に誤りがありました",
      """石原様

ボランティアネット治験の工藤でございます。
先日お送りした来院日のご案内で、3回目の来院日を「3月12日」とお伝えしておりましたが、正しくは「3月13日（木）」でした。そのため石原様には12日に一度ご来院いただくことになり、大変申し訳ございませんでした。

原因は、医療機関から日程変更の連絡を受けた際、私が会員様向けの案内文を古い日程のまま送ってしまったことです。
12日の交通費（3,000円）と、お手間をおかけしたお詫びとして別途2,000円を、3月末の負担軽減費とあわせてお振込みいたします。13日の来院枠は医療機関に確保済みです。
今後は、来院日のご案内を送る前に、医療機関の最新の日程表と担当者2名で照合することにいたしました。

重ねてお詫び申し上げます。

ボランティアネット治験 工藤
"""),
    d("en", "Your screening appointment: Wednesday 12 March, 8:45",
      """Dear Mr Patel,

Thank you for registering for the hay fever study. Your screening appointment is booked for Wednesday 12 March at 8:45 at the Riverside Research Unit, 2 Mill Lane. It will take about two and a half hours.

Please bring photo ID and a list of any medicines you take, so the doctor can check that the study is safe for you.

You will receive £60 for attending the screening, whether or not you go on to join the study. If you need to change the time, reply to this email by Monday 10 March and we'll offer you another slot.

Best regards,
Nadia Brooks
TrialMatch Volunteers
"""),
    d("en", "TrialMatch news - spring 2025",
      """Dear Ms Kowalski,

Spring is here, and with it a new round of studies across the North West. This year we've partnered with two more research units, in Preston and Lancaster, and our volunteer app now shows your visit history and payments in one place.

Thank you, as always, for being part of our community. Volunteers like you make new treatments possible.

Your bank details on file were flagged as invalid when we tried to send your last payment of £350. We'll try again on 31 March, so if you can update them in the app before then, the money will reach you this month.

Warm wishes,
Nadia Brooks
TrialMatch Volunteers
""", "purpose_not_upfront"),
]

MAILS = [
    m("ja", "退院後に発疹と熱が出ています",
      """ボランティアネット治験　ご担当者様

先週まで入院試験に参加していた森田です（会員番号 V-20577）。
昨日の夜から腕と背中に赤い発疹が広がり、今朝は熱が38.5度ありました。
治験薬の影響なのかどうかも分からず、近所の病院に行っていいのか、その場合治験のことを話していいのかも分かりません。
一人暮らしなので、このまま様子を見ていて大丈夫なのか不安です。
どうしたらよいか教えてください。

森田 翔""", "high", "anxious"),
    m("ja", "負担軽減費が振り込まれていません（3回目のご連絡です）",
      """ボランティアネット治験　工藤様

11月に入院試験に参加した小林です。
負担軽減費（12万円）は「11月末までに振込」とのご案内でしたが、12月10日の今日になっても入金がありません。
12月2日にお電話、12月5日にメールでもお問い合わせしましたが、どちらも「確認します」というだけで、その後のご連絡はありません。

正直に申し上げて、このお金をあてにして今月の家賃を払う予定でした。
いつ振り込まれるのか、具体的な日付を教えてください。

小林 大輔
会員番号 V-19822""", "high", "angry"),
    m("ja", "明日の最終来院について",
      """工藤様

お世話になっております。通院試験に参加している山下です。
明日１０日（金）が最終来院日で、朝８時の採血が必要と伺っています。
ところが、先ほど勤務先から明日の朝に外せない会議が入ったと連絡があり、８時には行けそうにありません。
最終回の採血ができないと、試験全体の参加が無効になってしまうのでしょうか。
同じ日の午後や、翌週に変更できるかどうか、今日中に教えていただけると助かります。

山下""", "high", "neutral"),
    m("ja", "説明会の参加申し込み",
      """はじめまして。会社員の吉田と申します。
サイトで見た「花粉症の方を対象とした試験」の説明会に参加したいです。
土曜日の回があれば、そちらを希望します。
会員登録は昨日済ませました。

吉田 恵""", "normal", "neutral"),
    m("ja", "電話の対応について",
      """先ほど電話で問い合わせた者です。
日程について質問しただけなのに、担当の方に「それは前にもお伝えしましたよね」と言われ、ため息までつかれました。
こちらはボランティアで協力している立場です。
返事はいりませんが、こういう対応をされると、もう協力したいとは思えません。""", "low", "angry"),
    m("ja", "会社に知られることはありますか",
      """お世話になります。
初めて治験に応募しようと思っているのですが、一つ心配なことがあります。
参加したことが、健康保険の記録などを通じて勤務先に知られることはあるのでしょうか。
副業禁止の会社なので、負担軽減費を受け取ることが問題にならないかも気になっています。
応募の締め切りは来月なので、急ぎではありません。

（匿名希望です）""", "normal", "anxious"),
    m("ja", "参加できますか",
      """この前の件、参加できますか？""", "normal", "neutral", True),
    m("ja", "振込口座の変更",
      """会員番号V-18301の石原です。
給与口座をまとめたため、負担軽減費の振込先を変更したいです。
会員ページで変更しようとしたら「現在変更できません」と表示されました。
どのように手続きすればよいでしょうか。""", "normal", "neutral"),
    m("ja", "お世話になりました",
      """工藤様

先月の入院試験では大変お世話になりました。
初めての治験で緊張していましたが、看護師さんも工藤さんも丁寧に説明してくださり、安心して過ごせました。
また条件に合う試験があれば、ぜひ参加したいと思います。

中島""", "low", "positive"),
    m("ja", "サイトの検索機能について",
      """いつも募集情報を拝見しています。
急ぎのお願いではないのですが、試験を探すときに「年齢」で絞り込めると便利だと思いました。
今は一件ずつ開いて条件を確認しているので少し手間です。
ご検討いただけたら嬉しいです。""", "low", "neutral"),
    m("en", "My daughter has run out of her study inhaler",
      """Hello,

My daughter Emily (17) is in the asthma study at the Riverside unit. She used the last dose of her study inhaler this afternoon; the next supply was meant to be posted last week but hasn't arrived.

The unit's phone goes to voicemail until Monday. She's already wheezy this evening and I don't know whether she should go back to her old inhaler, which she was told to stop, or wait.

Please could someone tell me what to do tonight.

Karen Doyle (parent)""", "high", "anxious"),
    m("en", "Fourth request: what was 'abnormal' in my screening bloods?",
      """To whom it may concern,

On 2 April a nurse phoned to say my screening blood test was "abnormal" and that I couldn't join the study. Since then I have emailed on 3, 8 and 14 April asking what exactly was abnormal. I have had no reply at all.

I think you can imagine how it feels to be told something is wrong with your blood and then hear nothing for two weeks. I'd like the result, in writing, and the name of someone I can speak to.

Regards,
Tom Whitaker""", "high", "angry"),
    m("en", "Smokers eligible?",
      """Hi, I'm interested in the migraine study but I smoke about five a day. Does that rule me out? Thanks, Jas""", "normal", "neutral"),
    m("en", "still on?",
      """is the study still on?? got a strange text this morning and now im worried""", "normal", "anxious", True),
    m("en", "Reminder texts",
      """Hi Nadia,

For whenever you're next updating the system: a text reminder the day before each visit would be handy. I've got my last visit next week and I'm fine for that one, so this is just for the future.

Best,
Ravi""", "low", "neutral"),
]
