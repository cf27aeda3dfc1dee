# speech = paediatric speech and language therapy practice (ことばの相談室: assessments and weekly therapy for children; parents write in)
from common import S, D, M
DOMAIN = "speech"

SENTENCES = [
    S("ja", "初回の評価は60分で、ご家庭での様子を保護者の方から伺う時間も含まれております。"),
    S("ja", "検査結果の解釈については、お答えできかねます。", "u"),
    S("ja", "検査結果の詳しいご説明は、担当の言語聴覚士が次回10月3日の訓練の後に、15分ほどお時間をいただいて行います。"),
    S("ja", "宿題のプリントを毎日やらせてください。", "i r"),
    S("ja", "お子さんの発音がなかなか改善しないのは、ご家庭での練習が足りないからです。", "c"),
    S("ja", "医療費の助成が使えるかどうかは、ご自身で市役所にお問い合わせください。", "d"),
    S("ja", "訓練の様子を録画される場合は、他のお子さんが映らないよう、お子さんの正面からの撮影のみでお願いしております。"),
    S("ja", "キャンセル料は、状況によって若干いただくことがあります。", "v"),
    S("ja", "他の施設での指導方針について、当方からコメントすることはございません。", "d"),
    S("ja", "医療費の助成の申請に必要なので、申込書に診断名を記入してください。", "i"),
    S("ja", "前にもご説明したとおり、成長には個人差があるとしか申し上げられません。", "c"),
    S("ja", "来月からの担当者は調整中ですが、9月20日までに決めて、お電話でお知らせします。"),
    S("ja", "初回のご予約は現在3週間待ちで、11月18日以降でしたら火曜と木曜の午後にお取りできます。"),
    S("en", "Each session lasts 45 minutes, and you're welcome to sit in for the last ten."),
    S("en", "Keep him off screens in the evenings.", "i r"),
    S("en", "If you had done the exercises we sent home, you would be seeing more progress by now.", "c"),
    S("en", "We can't tell you how many sessions she will need.", "u"),
    S("en", "We can't say yet how many sessions she will need; after the reassessment on 14 March we'll give you an estimate in writing."),
    S("en", "The waiting list is fairly long at the moment.", "v"),
    S("en", "Our therapists don't work in schools, but we can write a short report for his teacher within a week if that would help."),
]

DRAFTS = [
    D("ja", "10月12日のご予約の重複についてのお詫び", """
斎藤 陽菜 様（ゆうと君の保護者様）

ことばの相談室 こだまの受付、森です。

10月12日（土）10時のご予約が、別のご家族のご予約と重複しており、40分以上お待たせしたうえ、訓練の時間を短くしてしまいました。
大変申し訳ございませんでした。

原因は、お電話で受けた変更を受付の者が紙の予約表にだけ記入し、予約システムに入力していなかったことです。
当日短くなった分の訓練は、10月19日（土）10時から60分で振替を確保いたしました（料金はいただきません）。
今後は、予約の変更はその場でシステムに入力し、入力後に確認メールが保護者様に届く形に統一いたします。

ご都合が合わない場合は、ほかの日時もご用意しますのでお知らせください。

ことばの相談室 こだま
受付 森 佳代
"""),
    D("ja", "初回評価のご予約について", """
吉川 美穂 様

ことばの相談室 こだまです。
初回評価のお申し込みをいただき、ありがとうございます。

初回評価の日程は〇月〇日（△）の14時からでお取りしております。
担当は言語聴覚士の△△が務めます。

当日は、母子手帳と、これまでに受けた健診の結果をお持ちいただけますと、発達の経過を確認するのに役立ちます。

ことばの相談室 こだま
""", "p"),
    D("ja", "初回評価の持ち物について", """
岩崎 亮 様

ことばの相談室 こだまの受付、森です。
来週4月18日（金）15時からの初回評価の持ち物をご案内します。

当日は母子手帳を持ってきてください。
あわせて、お子さんが普段遊んでいるおもちゃを1つお持ちいただくと、緊張がほぐれやすくなります。

駐車場は建物裏に2台分ございます。

ことばの相談室 こだま
受付 森 佳代
""", "i r"),
    D("ja", "評価結果のご報告と今後のご提案", """
大西 千夏 様

ことばの相談室 こだまの言語聴覚士、高木です。
先日の評価の結果と、今後の進め方のご提案をお送りします。

そうたくんは、言葉の理解は年齢相応ですが、「さ行」が「た行」に置き換わる傾向が見られました。
この年齢ではよくある誤りで、週1回・30分の訓練を3か月ほど続け、その時点で再評価することをご提案します。

ご家庭では、添付のプリントにある遊びを1日5分ほど取り入れていただくと、訓練の効果が定着しやすくなります。
ご質問があれば、次回の来室時でもこのメールへのご返信でも結構です。

ことばの相談室 こだま
言語聴覚士 高木 美奈
"""),
    D("en", "News from Little Voices", """
Dear Mrs Khan,

Autumn is here, and we've been busy at Little Voices! Our new sensory room opened in September, and our parent coffee mornings are back on the first Friday of every month.

We also welcomed two new therapists, Aoife and Marcus, who join us from the children's hospital.

Before Zain's first session on Monday, we need the signed consent form from his welcome pack; without it we can't begin the assessment. You can scan it or bring it along on the day.

Warm wishes,
The Little Voices team
""", "f"),
    D("en", "Zain's progress report for school", """
Dear Mrs Khan,

As you asked, I've written a one-page progress report for Zain's school; it's attached as a PDF so you can pass it on to his teacher.

It summarises his goals, what has improved since September (he now uses three-word sentences in most sessions), and two simple strategies his teacher can use in class. I'm happy to speak to the school's SENCo by phone if that would help; just let me know a day and time.

Best wishes,
Aoife Byrne
Speech and Language Therapist, Little Voices
"""),
]

MAILS = [
    M("ja", "high", "anxious", "昨日のグループ訓練のあとから発疹が出ています", """
こだまの先生方

ゆいの母です。
昨日の午後のグループ訓練から帰ったあと、口のまわりと首に赤いぶつぶつが出て、夜中に何度もかゆがって起きていました。
今朝は少し腫れぼったい顔をしています。

娘は卵のアレルギーがあり、申込書にも書いています。
昨日、おやつや、訓練で食べ物を使うことはありましたか？
これから小児科に連れて行くので、何か口にしたものがあれば先生に伝えたいです。

ゆいの母（竹内）
"""),
    M("ja", "high", "angry", "意見書の件、再度のお願いです", """
こだま ご担当者様

9月と10月にもお願いした、就学相談用の意見書の件です。
教育委員会への提出期限は今週金曜日です。このことは最初のお願いのときからお伝えしています。

前回お電話した際には「先生が書いているところです」とのことでしたが、その後何の連絡もありません。
意見書がなければ、息子の就学先の判断が来年に持ち越されると言われています。

木曜日の夕方までに受け取れるのかどうか、今日中にお返事をください。

工藤 真司
"""),
    M("ja", "high", "neutral", "来週からの訓練がなくなると聞きました", """
ことばの相談室 こだま 御中

いつもお世話になっております。はるとの父の安田です。

昨日のお迎えの際、担当の高木先生が今月いっぱいで退職されると伺いました。
その際、来週以降の訓練は「後任が決まるまでお休み」になると説明を受けました。

はるとは吃音の訓練で、主治医からは週2回の訓練を途切れさせないよう言われています。
後任の方が決まるまでの間、他の先生での振替やオンラインでの実施など、何らかの形で続けていただくことはできないでしょうか。
来週火曜日の枠がどうなるか、今週中に教えていただければ助かります。

安田 浩之
"""),
    M("ja", "normal", "anxious", "2歳の息子の言葉について相談したいです", """
はじめてご連絡します。

2歳3か月の息子がいるのですが、まだ意味のある言葉が「まんま」くらいしか出ません。
1歳半健診では様子を見ましょうと言われたのですが、同じ月齢の子がどんどん話しているのを見ると、
このまま待っていていいのか分からなくなってしまいました。

こちらで相談や評価を受けるには、どうすればよいでしょうか。
紹介状などは必要ですか。

杉山
"""),
    M("ja", "normal", "angry", "待合室での言葉について", """
先日の訓練の日、待合室で受付の方に「お母さんがもっと話しかけてあげないとね」と言われました。
ほかの保護者の方もいる前で、です。

毎日どれだけ話しかけているか、何も知らない方に言われたくありません。
あの日は帰りの車の中で泣きました。
スタッフの方の言葉づかいについて、どう考えていらっしゃるのか教えてください。

（名前は伏せます）
"""),
    M("ja", "normal", "neutral", "振替のお願い", """
こだま 受付ご担当者様

いつもお世話になっております。さくらの母の平野です。
11月8日（土）の10時の訓練ですが、保育園の発表会と重なってしまいました。
同じ週か翌週で振替の枠があれば、移していただくことはできますか。

平野
"""),
    M("ja", "normal", "neutral", "先生", """
先生、あれどうなりました？
""", terse=True),
    M("ja", "normal", "neutral", "領収書の再発行について", """
お世話になっております。
医療費控除の申告に使うため、昨年1月〜12月分の領収書をまとめて再発行していただくことはできますでしょうか。
手数料がかかる場合は、次回の来室時にお支払いします。

りくの父 丸山
"""),
    M("ja", "low", "positive", "ありがとうございます！", """
高木先生

昨日、家に帰ってから、ゆなが初めてはっきり「ママ」と呼んでくれました。
夫と二人で泣いてしまいました。
先生が毎週根気よく向き合ってくださったおかげです。本当にありがとうございます。

次回の訓練でお会いできるのを、ゆなも楽しみにしています。

ゆなの母
"""),
    M("ja", "low", "anxious", "引っ越し先での訓練について", """
こんにちは。あおいの母の石原です。

夫の転勤で、来年の秋に広島へ引っ越すことになりそうです。
あおいがやっと訓練に慣れてきたところなのに、向こうで同じように見ていただける場所が見つかるのか、
今から考えると落ち着かない気持ちになってしまいます。

まだ1年近く先の話なので、急ぎではありません。
もし広島のほうでご存じの相談先があれば、いつか教えていただけるとうれしいです。

石原
"""),
    M("en", "high", "anxious", "Coughing at every meal since the new exercises", """
Hi Aoife,

Since we started the new feeding exercises on Monday (the thicker purées), Maisie has been coughing and gagging at almost every meal. Last night she had a temperature of 38.4 and her breathing sounded a bit rattly when she was asleep.

I don't know if this is normal when moving to new textures or whether I should stop. Should I be taking her to the GP today? I don't want to get this wrong.

Thanks,
Jess (Maisie's mum)
"""),
    M("en", "high", "neutral", "Progress report for insurance pre-authorisation", """
Hello,

Our insurer's pre-authorisation for Leo's therapy ends on 31 March. To renew it they need a progress report from you, which I asked for on 3 March and again on 12 March at his session.

If the insurer doesn't have it by the 31st, his sessions will stop being covered from 1 April and we can't fund them ourselves. Could you let me know when the report will be sent?

Many thanks,
Daniel Reid
"""),
    M("en", "normal", "angry", "Charged for a session you cancelled", """
Hello,

My card was charged £55 for 7 October. That was the session your office cancelled the night before because the therapist was unwell - I have the text message.

This is the second billing mistake since the summer. I'd like the money back and I'd like someone to look at how your invoicing works.

R. Thompson
"""),
    M("en", "normal", "neutral", "Video sessions?", """
Hi,

We're moving about an hour further away in January. Do you offer any sessions by video, or a mix of video and in-person? Zain is 5 and fairly comfortable on a tablet.

Thanks,
Sana Khan
"""),
    M("en", "normal", "positive", "A small thank you - and one request", """
Dear Aoife,

At parents' evening, Zain's teacher said he put his hand up to answer a question for the first time this year. We know how much work went into that. Thank you!

One request: his school review meeting is on the 20th. Could you send me a copy of his current therapy goals before then, so I can share them with the SENCo?

Sana
"""),
]
