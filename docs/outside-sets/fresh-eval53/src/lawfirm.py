# lawfirm = general-practice law firm (法律事務所: consumer and small-business clients; inheritance, debt, tenancy, employment, disputes)
from common import S, D, M
DOMAIN = "lawfirm"

SENTENCES = [
    S("ja", "初回のご相談は30分5,500円（税込み）で、相続に関するご相談は初回無料です。"),
    S("ja", "相手方からの書面は、すべてこちらに送ってください。", "i r"),
    S("ja", "相手方からの書面は、期限の計算や反論の準備に必要ですので、届いた日付が分かるよう封筒ごと当事務所へお送りいただけますか。"),
    S("ja", "勝てるかどうかは、お答えできません。", "u"),
    S("ja", "見通しは証拠の内容次第のため、資料を拝見したうえで、次回の面談（5月14日）に書面で見込みをお伝えします。"),
    S("ja", "契約書を読まずに署名されたのですから、ある程度はご自身の責任です。", "c"),
    S("ja", "刑事事件は扱っておりません。", "d"),
    S("ja", "刑事事件は当事務所では扱っておりませんが、弁護士会の当番弁護士制度がご利用いただけますので、連絡先をお知らせします。"),
    S("ja", "解決までには、それなりに時間がかかるとお考えください。", "v"),
    S("ja", "委任状に実印を押してください。", "i r"),
    S("ja", "裁判所の判断がいつ出るかは、分かりかねます。", "u"),
    S("ja", "交渉中の発言が不利な証拠として使われるおそれがあるため、相手方に直接連絡するのはやめてください。", "i"),
    S("ja", "ご不安なお気持ちはよく分かりますので、手続きに動きがない週も、毎週金曜日に状況をメールでお知らせします。"),
    S("en", "Please sign and return the engagement letter by Friday.", "r"),
    S("en", "Our fees for this kind of matter are reasonable.", "v"),
    S("en", "You really should have come to us before replying to the landlord.", "c"),
    S("en", "We can't predict what the tribunal will decide.", "u"),
    S("en", "The tribunal usually issues its decision within six weeks of the hearing, and we'll forward it to you the day it arrives."),
    S("en", "Your neighbour's behaviour isn't a legal matter, so there is nothing for us to do.", "d"),
    S("en", "So that the court has your side before the 9 July deadline, could you send us the tenancy agreement by 2 July?"),
]

DRAFTS = [
    D("ja", "初回ご相談の日時が確定しました（12月3日 14時）", """
増田 和也 様

みなみ総合法律事務所の事務局、桑原です。
お申し込みいただいた初回のご相談の日時が、下記のとおり確定いたしました。

日時：12月3日（水）14時〜15時
場所：当事務所（福岡市中央区天神2-1-1 天神第一ビル4階）
担当：弁護士 福田 誠

当日は、お父様の遺言書の写しと、不動産の固定資産税の通知書をお持ちいただけますと、相続財産の全体像をその場で確認できます。
ご都合が悪くなった場合は、前日までにお電話（092-000-3311）でお知らせください。

みなみ総合法律事務所 事務局
桑原 綾
"""),
    D("ja", "事務所からのご連絡", """
森田 直美 様

いつもお世話になっております。みなみ総合法律事務所です。

当事務所は、来年1月6日より、同じビルの6階へ移転いたします。電話番号・FAX番号に変更はございません。
また、年末年始は12月27日から1月5日まで休業とさせていただきます。

さて、先日、相手方の代理人から和解案が届きました。
回答の期限は12月20日となっておりますので、それまでに一度打ち合わせをお願いしたく、12月12日か13日のご都合をお知らせいただけますでしょうか。

みなみ総合法律事務所
弁護士 福田 誠
""", "f"),
    D("ja", "着手金のお見積もりと、ご依頼の流れについて", """
荒木 隆 様

みなみ総合法律事務所の弁護士、福田です。
先日ご相談いただいた、元勤務先への未払い残業代の請求について、お見積もりとご依頼の流れをご説明します。

着手金は22万円（税込み）、報酬金は回収できた金額の16.5％（税込み）です。
まずは内容証明郵便で請求し、相手方が応じない場合は労働審判を申し立てます。
労働審判になった場合でも、追加の着手金はいただきません。

ご依頼いただく場合は、同封の委任契約書にご署名のうえご返送ください。
請求できる残業代は3年で時効になるため、できれば今月中にご判断いただけますと安心です。

みなみ総合法律事務所
弁護士 福田 誠
"""),
    D("en", "Apology for Tuesday's missed call", """
Dear Mr Osborne,

I'm sorry that nobody called you on Tuesday at 3 pm as arranged. You had taken time off work for that call, and it was our failure.

The call had been put in the diary of a colleague who was in court that afternoon, rather than mine.

I have rebooked the call for Friday at 3 pm with me, and I've sent you a calendar invitation for it. We won't charge for Friday's call.

Yours sincerely,
Alice Vane
Harrow & Vane Solicitors
""", "a"),
    D("en", "Your hearing on 9 July - what happens next", """
Dear Ms Adebayo,

Your deposit-dispute hearing is listed for 9 July at 10 am at Bristol Civil Justice Centre; the court's notice is attached.

Before then, we need to send the court your tenancy agreement and the check-in inventory by 2 July. If you can email us scans of both by 28 June, we'll prepare the bundle and send you a copy to review on 30 June.

On the day, please allow about two hours. I'll meet you in the waiting area at 9:30.

Kind regards,
Alice Vane
Harrow & Vane Solicitors
"""),
]

MAILS = [
    M("ja", "high", "anxious", "給料の差押えの通知が届きました", """
みなみ総合法律事務所 様

突然のメール失礼します。
今日、勤め先の総務から「裁判所から給料の差押えの書類が届いている」と言われました。
以前カードローンの支払いが滞っていたことがあり、その関係だと思います。

今月25日の給料から差し引かれると聞き、家賃や子どもの保育料が払えなくなるのではないかと、
頭が真っ白になっています。
会社にも知られてしまい、このまま働き続けられるのかも分かりません。

何をすればいいのか教えていただけないでしょうか。
一度相談に伺うことはできますか。

（名前はお会いしたときにお伝えします）
"""),
    M("ja", "high", "neutral", "元従業員による顧客データ持ち出しの疑いについて", """
みなみ総合法律事務所
福田先生

顧問契約でお世話になっております、株式会社ハヤシ住設の林です。

先月退職した営業社員が、退職の直前に顧客名簿（約2,300件、氏名・住所・電話番号）を私用のメールアドレスに送っていたことが、本日のログ調査で分かりました。
その元社員は、同業他社に転職したと聞いています。

取引先や顧客への通知、個人情報保護委員会への報告が必要になるのか、元社員にどう対応すべきか、ご相談させてください。
報告には期限があると聞いていますので、本日か明日の午前中にお時間をいただけますと助かります。

株式会社ハヤシ住設 代表取締役
林 正人
"""),
    M("ja", "high", "angry", "調停の書面の件（再三のお願い）", """
福田先生

来週水曜日の調停期日に提出する書面について、10月30日、11月5日、そして今日と、3回目のご連絡になります。

「今週中に下書きをお送りします」というお返事をいただいてから10日が経ちました。
私は内容を確認して、子どもの学校のことなど、伝えたいことを書き加えたいのです。
期日の直前に渡されて、読む時間もないまま提出されるのは困ります。

明後日の金曜日までに下書きを送っていただけるのか、今日中にお返事をください。

森田 直美
"""),
    M("ja", "normal", "neutral", "相続のご相談の予約", """
みなみ総合法律事務所 御中

先月、父が亡くなりました。
相続人は母と私と弟の3人で、自宅の土地建物と預貯金があります。
遺産の分け方でもめているわけではないのですが、手続きの進め方が分からないため、一度ご相談させていただきたいです。

平日の夕方か土曜日で、ご相談できる日時を教えていただけますでしょうか。

増田 和也
"""),
    M("ja", "normal", "angry", "ご請求書の内容について", """
福田先生

先日いただいた請求書に「記録謄写費用 48,000円」「通信費 12,000円」とありますが、
契約のときにこうした費用の説明を受けた覚えはありません。

弁護士の先生にお願いすれば、このくらいのことはきちんとしていると思っていたのですが、
どうやら私の思い違いだったようです。

各項目の内訳と、いつの何の費用なのかを書面で教えてください。

荒木 隆
"""),
    M("ja", "normal", "anxious", "保険会社から示談書が届きました", """
はじめてご相談します。

2か月前に自転車に乗っていて車にぶつけられ、手首を骨折しました。
昨日、相手の保険会社から示談書が送られてきて、「内容に問題がなければ署名して返送してください」と書いてあります。
金額が妥当なのか、私には全く分かりません。

サインしてしまったら、後から痛みが残ってもどうにもならないのでしょうか。
返送期限は特に書かれていませんが、このまま放っておいて大丈夫なのかも不安です。

宮下 亜希子
"""),
    M("ja", "normal", "neutral", "ご相談", """
相談したいことがあります。
""", terse=True),
    M("ja", "normal", "neutral", "書類の送付先について", """
福田先生

お世話になっております。荒木です。
先日お話のあった給与明細と勤怠の記録のコピーは、
事務所へ郵送すればよろしいでしょうか。それともメールにPDFで添付したほうがよいでしょうか。
枚数は全部で40枚ほどになります。

荒木
"""),
    M("ja", "low", "positive", "お世話になりました", """
福田先生、桑原さん

先日、相手方からの入金を確認しました。
1年近くかかりましたが、最後まで丁寧に説明していただき、安心してお任せすることができました。
一人で悩んでいた頃を思うと、本当に相談してよかったと思っています。

ありがとうございました。

宮下 亜希子
"""),
    M("ja", "low", "neutral", "遺言書の作成について", """
お世話になります。
今すぐというわけではないのですが、来年あたりに公正証書遺言を作っておきたいと考えています。
費用の目安と、準備しておいたほうがよい書類を教えていただけますか。
ご返事は急ぎませんので、お手すきのときにお願いします。

北原 弘
"""),
    M("en", "high", "anxious", "Landlord changed the locks - we're outside", """
Hello,

I'm writing from my phone on the pavement. I came home from work an hour ago to find teh locks changed and a note from the landlord saying we've been "evicted". We've had no court papers, nothing. I'm two weeks behind on rent because of a late wage payment, which I told him about.

My kids are 4 and 9 and all our things are inside, including my son's inhaler. I don't know if I'm allowed to break in or call the police or what.

Please can someone call me back? 07700 900418

Shanice Clarke
"""),
    M("en", "normal", "angry", "Six minutes for a one-line email", """
Dear Ms Vane,

Your latest invoice includes "0.1 hours - email to client" four times. One of those emails said, in full, "Noted, thanks."

I appreciate lawyers bill in units, but I'd like to understand how acknowledging my email took the same time as drafting a letter. Perhaps you could let me know before I pay it.

Regards,
Peter Osborne
"""),
    M("en", "normal", "neutral", "Tribunal fee", """
Hi Alice,

Quick question before our meeting next week: is there a fee to lodge the employment tribunal claim, and if so, is it included in your fixed fee or something I'll pay separately?

Thanks,
Marcus
"""),
    M("en", "normal", "neutral", "New address", """
Dear Harrow & Vane,

Please note my new address from 1 March: Flat 3, 22 Albion Road, Leeds LS6 2AB. Could you confirm whether any original documents you hold for me need to be collected in person or can be posted?

Kind regards,
Ruth Kaplan
"""),
    M("en", "low", "neutral", "Updating my will next year", """
Hello,

My wife and I made wills with you in 2016. We're expecting our first grandchild in the spring and would like to update them sometime next year. No rush - could you let me know roughly what it costs and how to book when we're ready?

Thanks,
Graham Wells
"""),
]
