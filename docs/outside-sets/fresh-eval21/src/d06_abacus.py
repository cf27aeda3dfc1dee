# abacus = soroban (abacus) and mental-arithmetic school for children (そろばん教室)
from common import S, D, M

DOMAIN = "abacus"

SENTENCES = [
    S("ja", "検定の申込締切は5月10日（金）で、受験料は3級が1,400円です。"),
    S("ja", "練習についていくのが大変なようでしたら、来月から1つ下のクラスで復習する方法もありますので、一度ご相談させてください。"),
    S("ja", "次の進級テストは近いうちに行う予定です。", "vague"),
    S("ja", "振替授業の空き状況は、教室の都合もあるので何とも言えません。", "unknown_without_followup"),
    S("ja", "月謝の引き落とし日は毎月27日です。残高不足の場合は、翌月10日に2か月分まとめて引き落とされます。"),
    S("ja", "お迎えの時間は守ってください。", "imperative", "request_without_reason"),
    S("ja", "教室の前の道は車通りが多いため、お迎えは18時10分までに教室の中まで来ていただけますか。"),
    S("ja", "ほかの子と比べて遅れているかどうかは、こちらからお答えすることではありません。", "dismissive"),
    S("ja", "そろばんは教室でも販売しておりますが、値段はいろいろです。", "vague"),
    S("ja", "何回も同じことを聞かれても、決まりは決まりですので。", "condescending", "dismissive"),
    S("ja", "検定結果の届く日は、協会から連絡がないのでわかりません。", "unknown_without_followup"),
    S("ja", "宿題のプリントは毎回やってきてください。", "imperative", "request_without_reason"),
    S("ja", "暗算の上達には個人差がありますが、週3回・15分の練習を続けると、3か月ほどで2桁の足し算が目に見えて速くなるお子さまが多いです。"),
    S("ja", "教室で使うそろばんは23桁のものが指定です。桁数が少ないと、4級以上の問題が盤に収まらないためです。"),
    S("en", "Fees for the spring term will be confirmed in due course.", "vague"),
    S("en", "Please make sure you're here for pick-up at 5:30.", "request_without_reason"),
    S("en", "If she's struggling this much, perhaps abacus just isn't for her.", "condescending"),
    S("en", "The grading exam is on Sunday 16 June at 10:00; please arrive by 9:40 so the children can settle before the first paper."),
    S("en", "How she compares with the others isn't really something we get into.", "dismissive"),
    S("en", "I'm not sure which book she should move on to, but I'll ask her teacher after Thursday's class and message you that evening."),
]

DRAFTS = [
    D("ja", "珠算検定（3級）受験のご案内",
      "〇〇ちゃんの保護者様\n\n珠算教室いろはの藤田です。\n"
      "次回の珠算検定で、〇〇ちゃんに3級を受けていただきたいと考えており、お申し込みのご案内をお送りします。\n\n"
      "検定日：〇月〇日（日）10時〜\n会場：市民センター2階\n受験料：1,400円（月謝と一緒に引き落とします）\n\n"
      "受験を見送る場合は、今月20日までにお知らせください。申込書を協会に提出する締切が21日のためです。\n\n"
      "珠算教室いろは　藤田",
      "placeholder_left"),
    D("ja", "【お詫び】検定の申込級の誤りについて",
      "山下様\n\n珠算教室いろはの藤田です。\n"
      "6月の検定で、陽太くんを4級で申し込むところ、5級で申し込んでしまっておりました。誠に申し訳ございません。\n\n"
      "申込書を作る際、先月までの名簿を見ながら入力したため、5月に進級した分が反映されていなかったのが原因です。\n\n"
      "本日、協会に連絡して4級への変更を受け付けていただきました。受験票は6月5日ごろ教室に届きますので、届き次第お渡しします。差額の受験料200円は教室で負担します。\n\n"
      "今後は、申込書を提出する前に、最新の進級表と照らし合わせて講師2名で確認いたします。\n\n"
      "ご心配をおかけし、申し訳ございませんでした。\n\n珠算教室いろは　藤田"),
    D("ja", "4月からの月謝改定のお知らせ",
      "保護者の皆さま\n\n珠算教室いろはの藤田です。\n"
      "4月分から、月謝を6,000円から6,500円に改定させていただくことになりましたので、お知らせいたします。\n\n"
      "教室の賃料と教材費の値上がりが理由です。\n"
      "引き落とし日（毎月27日）や兄弟割引（2人目以降500円引き）は変わりません。\n\n"
      "ご不明な点は、教室でも、このメールへのご返信でもお気軽にお尋ねください。\n\n珠算教室いろは　藤田"),
    D("en", "Reminder: grading exam this Sunday, 9:40 arrival",
      "Dear parents,\n\nThis is a reminder that the abacus grading exam is this Sunday, 16 June, at the Town Hall, with children arriving by 9:40.\n\n"
      "Please send your child with their own abacus, two sharp pencils and an eraser; calculators and phones aren't allowed in the room, so it's easiest to leave them at home.\n\n"
      "The exam finishes at 11:30, and parents can wait in the café on the ground floor.\n\n"
      "Best wishes,\nMs Tanaka\nBead & Count Abacus School"),
]

MAILS = [
    M("ja", "娘がまだ帰ってきません",
      "いろは教室　藤田先生\n\n"
      "4年生の山本さくらの母です。\n"
      "今日は17時半に教室が終わったはずですが、18時40分になってもさくらが帰ってきません。\n"
      "いつもは15分で帰ってくる道です。携帯も持たせていないので連絡がつきません。\n"
      "まだ教室に残っていませんか。今日は何時に教室を出たのか分かれば教えてください。\n"
      "今から教室のほうへ探しに出ます。\n\n山本",
      "high", "anxious"),
    M("ja", "検定の申込フォームが送信できません",
      "いつもお世話になっております。\n2年生の木村悠真の父です。\n\n"
      "7月の検定の申し込みを教室のフォームからしようとしているのですが、「送信」を押すとエラーになってしまいます。\n"
      "締め切りが今日の23時59分と書かれていたので、間に合わないと次は11月になってしまいます。\n"
      "本人は今回の合格を目標に毎日練習していたので、何とか受けさせてやりたいです。\n"
      "メールでの申し込みでもよいでしょうか。受験級は6級です。",
      "high", "neutral"),
    M("ja", "保護者全員のアドレスと子どもの成績が送られてきています",
      "先ほど教室から届いたメールについてです。\n"
      "宛先に保護者全員のメールアドレスが見える状態で送られていて、しかも添付ファイルに子どもたち全員の名前と検定の点数が載っています。\n"
      "うちの子の点数も、ほかの家庭に全部知られてしまったということですよね。\n"
      "個人情報の扱いとして、ありえないと思います。\n"
      "送ったメールを取り消すなど、今すぐできることはしてください。どう対応するのか、今日中に説明をお願いします。",
      "high", "angry"),
    M("ja", "振替のお願い",
      "藤田先生\n\n来週の火曜日は学校の行事があるため、お休みさせていただきます。\n"
      "木曜日か金曜日に振替をお願いすることはできますか？\n\n3年　小林結衣の母",
      "normal", "neutral"),
    M("ja", "昨日の授業でのことです",
      "昨日、息子が泣きながら帰ってきました。\n"
      "話を聞くと、答えを間違えたときに先生に「何回言ったら分かるの」と大きな声で言われたそうです。\n"
      "小学1年生です。そろばんが好きで通っていたのに、もう行きたくないと言っています。\n"
      "指導の方針として、あれが普通なのでしょうか。",
      "normal", "angry"),
    M("ja", "練習を嫌がるようになりました",
      "いつもありがとうございます。2年生の娘のことでご相談です。\n"
      "最近、家で練習を嫌がるようになり、教室に行く前にお腹が痛いと言うことが増えました。\n"
      "ほかのお友達に追い抜かれたのを気にしているのかもしれません。\n"
      "このまま続けさせていいのか、親としてどう声をかければいいのか分からなくなっています。\n"
      "一度、先生とお話しする時間をいただけないでしょうか。",
      "normal", "anxious"),
    M("ja", "3級合格しました！",
      "藤田先生\n\n昨日、合格通知が届きました！3級合格です！\n"
      "2回落ちて、本人も半分あきらめかけていたのに、先生が最後まで見てくださったおかげです。\n"
      "家族みんなで喜んでいます。\n"
      "次は2級を目指したいと言っているのですが、クラスは変わりますか？\n\n大西",
      "normal", "positive"),
    M("ja", "月謝の件",
      "月謝の件",
      "normal", "neutral", True),
    M("ja", "夏のイベントのアイデア",
      "いつもお世話になっております。\n"
      "来年の夏休みに、保護者も参加できる「親子暗算大会」のようなイベントがあったら楽しそうだなと思いました。\n"
      "ただの思いつきですので、お返事はお気になさらず。",
      "low", "neutral"),
    M("ja", "兄弟割引について",
      "下の子が再来年に小学生になったら、入会させたいと考えています。\n"
      "兄弟で通う場合の割引はありますか？\n"
      "まだ先の話なので、次に教室に伺ったときに教えていただくのでも大丈夫です。",
      "low", "neutral"),
    M("en", "Snack party tomorrow - Oliver's nut allergy",
      "Hi Ms Tanaka,\n\nOliver came home saying there's an end-of-term snack party in class tomorrow and that the other children are bringing cookies and cakes.\n"
      "He has a severe peanut and tree-nut allergy (he carries an EpiPen in the front pocket of his bag). Even crumbs on a shared abacus could set him off.\n"
      "Could you make sure there are no nut products in the room, or let me know tonight so I can keep him home? I'm really nervous about it.\n\nKaren (Oliver's mum)",
      "high", "anxious"),
    M("en", "Class time changed AGAIN",
      "This is the third time this term the Wednesday class has been moved by text message with one day's notice.\n"
      "Both of us work, and we can't keep rearranging pick-ups at the last minute. It's not fair on the kids either.\n"
      "Please could you tell me whether this is going to keep happening, because if so we'll look for another school.\n\nMark",
      "normal", "angry"),
    M("en", "Grade levels",
      "Hello, my daughter has just joined and is doing grade 10 sheets. Roughly how long does it usually take to go from grade 10 to grade 8? Just trying to understand how the levels work.\n\nThanks,\nYuki",
      "normal", "neutral"),
    M("en", "Thank you + summer camp?",
      "Dear Ms Tanaka,\n\nJust a quick note to say thank you: Sam passed his grade 7 and he is so proud of himself. He's even started doing mental sums at the supermarket!\n"
      "Are you running the summer camp again this year? If so, could you send the dates and the fee?\n\nBest,\nLaura",
      "normal", "positive"),
    M("en", "Online classes next year?",
      "Hi, just out of curiosity — are you planning to offer online classes from next September? We might be moving further away next year. No rush at all on an answer.\n\nRavi",
      "low", "neutral"),
]
