# occhealth = occupational-health service for employers (産業医・健康管理サービス)
from _h import s, d, m

DOMAIN = "occhealth"

SENTENCES = [
    s("ja", "ストレスチェックの個人の結果は、ご本人の同意がない限り会社にお渡しできない決まりになっています。10名以上の部署単位の集団分析であれば、今月末までにお出しできます。"),
    s("ja", "産業医面談の日程は、先生のご都合を伺ったうえで追ってご調整いたします。", "V"),
    s("ja", "再検査の病院は、従業員の方ご自身に探してもらうようにしてください。", "IR"),
    s("ja", "受診勧奨の対象者のリストを、部署名入りで送ってください。", "IR"),
    s("ja", "御社の衛生委員会がきちんと機能していれば、このような事態にはなっていないはずです。", "C"),
    s("ja", "休職中の方が復職できるかどうかについては、当方では判断いたしかねます。", "U"),
    s("ja", "面談記録の写しは、ご本人の同意書をいただいたうえで、5営業日以内にお送りします。同意書の様式を添付いたします。"),
    s("ja", "不調の兆しがある方への声のかけ方は、人事の方が思っていらっしゃるほど簡単なものではございません。", "C"),
    s("ja", "作業場で使われている溶剤の成分がまだ特定できていないため、来週火曜日に作業環境の測定を行い、結果は翌週の衛生委員会までに書面でお届けします。"),
    s("ja", "面談を受けるかどうかはご本人が決めることになっていますので、会社からは「希望すれば受けられる」と伝えていただくだけで十分です。"),
    s("ja", "少々お時間をいただきますが、産業医の意見書は今週金曜日の正午までにお送りします。"),
    s("ja", "申し訳ございませんが、面談でお話しされた内容を、ご本人の同意なく上司の方にお伝えすることはできません。ご本人が同意された範囲で、仕事の上で配慮が必要なことを書面でお伝えします。"),

    s("en", "Employees book their own follow-up appointments; we're not a booking service.", "D"),
    s("en", "Have the line manager fill in sections 2 to 4 of the referral form and get it back to us by Wednesday.", "IR"),
    s("en", "We'd need a few more days to look at the case properly.", "V"),
    s("en", "We can't tell you why the employee was signed off — that stays between them and their doctor — but we can tell you which adjustments would help them come back, and Dr Okafor will send those by Thursday."),
    s("en", "Honestly, if your line managers followed the guidance we sent in March, you wouldn't be getting these referrals.", "C"),
    s("en", "Nobody here knows when the new hearing-test booth will be ready.", "U"),
    s("en", "Night workers need a health assessment before they start nights and once a year after that, so the six people moving to nights in May should be seen in April; we have slots on the 8th and the 15th."),
]

DRAFTS = [
    d("ja", "面談報告書の誤送付についてのお詫びとご報告",
      """株式会社サンライズ物流
人事部 高木 様

ウェルワークス産業保健センターの柴田です。
11月7日、御社の従業員1名の産業医面談の報告書を、誤って別のお客様の担当者宛てに送信してしまいました。
従業員の方の健康に関わる大切な情報をお預かりしながら、このような事態を起こし、心よりお詫び申し上げます。

原因は、送信先をメールソフトの入力候補から選んだ際、社名の似た別のお客様を選んでしまったことと、送信前の確認を担当者一人で行っていたことです。
誤って届いた先のご担当者には当日中にご連絡し、メールとファイルを削除したことを書面でご確認いただきました。第三者への転送がなかったことも確認しております。
対象の従業員の方には、御社と相談のうえ、明日私から直接ご説明とお詫びをいたします。

今後、報告書はメールに添付せず、パスワード付きの共有フォルダでのみお渡しし、送信前に二人で宛先を確認する手順といたしました。

ウェルワークス産業保健センター
センター長 柴田 直子
"""),
    d("ja", "11月20日の面談が行えなかった件",
      """株式会社サンライズ物流
人事部 高木 様

ウェルワークス産業保健センターの柴田です。
11月20日に予定しておりました産業医面談は、担当医の急な体調不良により行うことができませんでした。
当日の朝に当センターへ連絡があったものの、代わりの医師の手配と御社へのご連絡が間に合いませんでした。
面談は11月27日（水）15時に、同じ医師で改めて設定いたしました。
今後は、担当医が急に来られなくなった場合に備え、各曜日に代わりの医師を1名ずつ待機させる体制にいたします。

ウェルワークス産業保健センター 柴田
""", "A"),
    d("ja", "長時間労働者面談の日程のご案内",
      """株式会社サンライズ物流
人事部 高木 様

ウェルワークス産業保健センターの柴田です。
10月分の時間外労働が80時間を超えた3名の方の面談日程が決まりましたので、ご案内いたします。

面談日：〇月〇日（水）
時間：13時～、13時40分～、14時20分～（お一人40分）
場所：御社本社 3階 第2会議室

対象の方には、御社からお伝えいただけますでしょうか。

ウェルワークス産業保健センター 柴田
""", "P"),

    d("en", "Re: Dr Okafor's report on J. Palmer",
      """Hi Claire,

Thanks for chasing this. Dr Okafor has been away this week and I'm afraid we're not able to say when she'll be back in clinic.

The report on Mr Palmer's fitness for his forklift duties will follow in due course once she has had a chance to review it.

Best regards,
Tom Reid
Workwell Occupational Health
""", "UV"),
]

MAILS = [
    m("ja", "従業員の様子について相談です",
      """ウェルワークス産業保健センター
柴田様

お世話になっております。サンライズ物流 人事部の高木です。
倉庫部門の男性社員（３０代）について、同僚から「最近『もう消えてしまいたい』と何度か口にしている」との報告が今朝ありました。
本人はいつも通り出勤していますが、ここ一か月で体重がかなり落ちているようです。
上司は今日中にでも産業医の先生に話を聞いてほしいと言っています。
本日、先生にお電話かオンラインで対応いただける時間はありますでしょうか。

高木
０３－５５５５－０４７１
""", "high", "anxious"),
    m("ja", "塗装ラインでの体調不良について",
      """ご担当者様

株式会社北川塗装工業 安全衛生担当の岩田です。
本日、第２塗装ラインで作業していた２名が、午後から頭痛とめまいを訴えて早退しました。
先週から使い始めた新しい希釈剤が関係しているのではないかと現場では話しています。
明日も朝８時から同じ作業の予定です。作業を続けてよいか、換気など何をすべきか、産業医の先生のご意見を今日中にいただけないでしょうか。
使用している希釈剤の安全データシートを添付します。

岩田
""", "high", "neutral"),
    m("ja", "Re: Re: ストレスチェック結果の納品について",
      """柴田様

ストレスチェックの結果の納品について、今回で三度目のお問い合わせです。
「９月中に納品」とのお約束でしたが、１０月も半ばを過ぎました。
労働基準監督署への報告を今月末までに出さなければならず、結果がないと報告書が作れません。
こちらの社内でも、なぜ遅れているのかと説明を求められています。
いつ納品いただけるのか、日付でお答えください。

サンライズ物流 人事部 高木
""", "high", "angry"),
    m("ja", "来月の産業医面談の日程について",
      """お世話になっております。
来月の定例の面談ですが、第２水曜日が社内の棚卸しと重なってしまいました。
第３水曜日か木曜日に変更していただくことは可能でしょうか。

株式会社みなと電機 総務 三浦
""", "normal", "neutral"),
    m("ja", "先日の面談での先生のご発言について",
      """ウェルワークス産業保健センター 御中

先日の面談で、うつ病で通院中の当社社員に対し、先生が「結局は気の持ちようだから」とおっしゃったと、本人から聞きました。
本人は面談のあと二日間休んでいます。
産業医の先生のお立場で、そうした言葉が出ることに驚いています。
事実関係の確認と、今後の面談を別の先生にお願いできるか、ご検討ください。

株式会社ハーベスト 人事課長 今井
""", "normal", "angry"),
    m("ja", "復職面談の進め方について",
      """はじめてご連絡いたします。
この４月から人事に異動してきた者で、休職者の対応は初めてです。
来月、休職中の社員が主治医から復職可能の診断書をもらう予定なのですが、その後に何をすればいいのか、
会社として何を準備しておくべきなのか全く分からず、本人に迷惑をかけてしまわないか心配しています。
流れを教えていただけますでしょうか。

株式会社さくら製菓 人事部 野口
""", "normal", "anxious"),
    m("ja", "面談", "来週いけます？", "normal", "neutral", True),
    m("ja", "睡眠のセミナーのお礼と次回のご相談",
      """柴田様

先月の「睡眠と働き方」のセミナー、ありがとうございました。
夜勤のある部署の社員から「初めて自分のことだと思えた」という声が多く、とても好評でした。
同じ内容を、来月、夜勤の班向けにもう一度お願いすることはできますか。
日程はそちらのご都合に合わせます。

みなと電機 総務 三浦
""", "normal", "positive"),
    m("ja", "自殺予防の研修について（来年度）",
      """お世話になっております。
来年度の管理職研修に、自殺予防と危機対応の内容を入れたいと考えています。
御社で講師をお願いできるのか、費用はどのくらいかを知りたいです。
研修の時期は来年の６月ごろを考えており、予算もこれから組むところですので、急ぎません。

株式会社ハーベスト 人事 今井
""", "low", "neutral"),
    m("ja", "契約書類の送付先変更について",
      """ウェルワークス産業保健センター 経理ご担当者様

来年４月に本社が移転する予定です。
それ以降の契約書類や請求書の送付先を変更したいのですが、手続きは移転が決まってからで間に合いますでしょうか。
新住所はまだ確定していません。

北川塗装工業 総務 岩田
""", "low", "neutral"),

    m("en", "Return to work on Monday - forklift driver",
      """Hi Tom,

One of our forklift drivers, Mr Palmer, is due back on Monday after heart surgery in August. His fit note says "may be fit for work with adjustments" but doesn't say what adjustments.

His line manager intends to put him straight back on the forklift on Monday morning because we're short-staffed. I'm not comfortable with that, but I need something from a doctor to say otherwise. Could Dr Okafor see him or at least give us written advice before Monday?

Thanks,
Claire Dawson
HR Manager, Dawson Building Supplies

-----Forwarded message-----
From: Gary Hinds (Yard Supervisor)
To: Claire Dawson
Subject: Palmer back Monday

Claire - Palmer's back Monday, I've got him down for the forklift from 7. We're two drivers short till the new lads start so I need him on it. Gary
""", "high", "neutral"),
    m("en", "Clinic cancelled again",
      """Hello,

Dr Bennett's on-site clinic for next Tuesday has been cancelled with two days' notice — the third time since June. Eleven employees had rearranged shifts to attend.

We pay a fixed monthly fee for a clinic that increasingly doesn't happen. I'd like to discuss this with someone who can make decisions about our contract.

Regards,
Paul Fraser
Site Director, Fraser Foods
""", "normal", "angry"),
    m("en", "Will my manager see my results?",
      """Hi,

My employer has referred me to you after a period of sickness absence. I've got an appointment next week. I'm really worried that everything I say will go straight to my manager, including things about my mental health that I haven't told anyone at work.

What exactly does my employer get to see?

(I'd rather not give my name yet.)
""", "normal", "anxious"),
    m("en", "On-site flu jabs",
      """Hello,

Could you quote for on-site flu vaccinations in October? We have around 120 staff across two shifts, so ideally one morning and one evening session.

Thanks,
Ruth
Office Manager, Kingsway Print
""", "normal", "neutral"),
    m("en", "Wellbeing webinar",
      """Hi Tom,

Could you send across the slides from Thursday's webinar on managing stress? A few people missed it. No hurry at all.

Sophie
""", "low", "neutral"),
]
