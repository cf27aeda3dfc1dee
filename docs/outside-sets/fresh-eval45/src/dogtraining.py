# dogtraining = dog obedience classes and private training (わんステップ / Pawstep)
from common import s, d, m

DOMAIN = "dogtraining"

SENTENCES = [
    s("ja", "噛み癖は、飼い主さんの接し方に問題があるケースがほとんどです。", ["condescending"]),
    s("ja", "次回のグループレッスンは6月7日（土）10時から、河川敷の広場で行います。"),
    s("ja", "ほかのワンちゃんへの感染を防ぐため、ワクチン接種証明書のコピーを初回レッスンの前日までにご提出いただけますでしょうか。"),
    s("ja", "リードは短く持ちなさい。", ["imperative", "request_without_reason"]),
    s("ja", "効果が出るまでには、それなりの期間がかかります。", ["vague"]),
    s("ja", "吠え癖がいつ治るかは、こちらでは答えようがありません。", ["unknown_without_followup"]),
    s("ja", "レッスン中のケガについて、当教室は一切責任を負いかねますので、そのおつもりで。", ["condescending"]),
    s("ja", "お散歩中の様子を1分ほどの動画で送っていただけますか。", ["request_without_reason"]),
    s("ja", "同じクラスのほかの子たちはもうできていますよ。", ["condescending"]),
    s("ja", "振替レッスンの空きを確認し、本日18時までにメールでお知らせします。"),
    s("ja", "キャンセル料は、前日が料金の50%、当日が全額です。"),
    s("ja", "ほかの教室でついた癖のご相談は受け付けておりません。", ["dismissive"]),
    s("ja", "毎日10分、練習するように。", ["imperative", "request_without_reason"]),
    s("ja", "怖がりな子は無理に近づけると悪化しやすいので、最初の2回は見学だけでも大丈夫です。"),
    s("en", "If he keeps pulling, it's because you let him.", ["condescending"]),
    s("en", "Bring treats and a 2 m lead to every class.", ["imperative", "request_without_reason"]),
    s("en", "You should see some progress after a few more weeks.", ["vague"]),
    s("en", "I can't say whether he'll ever be fine around children.", ["unknown_without_followup"]),
    s("en", "Private sessions are £45 for 60 minutes, and the first one includes a home visit."),
    s("en", "Separation anxiety is really a vet thing, not something we deal with.", ["dismissive"]),
    s("en", "To keep the group calm, dogs in season sit out classes until the cycle ends, and we'll credit every missed session to your account."),
]

DRAFTS = [
    d("ja", "レッスン中の事故についてのお詫び",
      "中川様\n\nわんステップの代表、石井です。\n"
      "6月14日のグループレッスン中に、他の参加犬がモカちゃんに飛びかかり、前脚にけがをさせてしまいました。大変申し訳ございません。\n\n"
      "当日は参加犬の間隔が十分に取れておらず、興奮した犬を引き離すのが遅れたことが原因です。\n"
      "動物病院の治療費（6,820円）は当教室で全額負担いたします。領収書の写しをお送りいただければ、3営業日以内にお振り込みします。\n\n"
      "再発防止のため、グループレッスンの定員を8頭から6頭に減らし、犬同士の間隔を3m以上あける配置に変更しました。\n\n"
      "モカちゃんの一日も早い回復をお祈りしております。\n\nわんステップ 石井 由紀\n"),
    d("ja", "レッスン料金改定のお知らせ",
      "会員の皆様\n\nいつもわんステップをご利用いただき、ありがとうございます。\n"
      "来月より、レッスン料金を改定させていただくことになりました。\n"
      "値上げ幅は少しだけで、詳細は近日中にお知らせします。\n\nわんステップ\n",
      ["vague"]),
    d("ja", "日曜日のレッスン中止について",
      "中川様\n\nわんステップの石井です。\n日曜日のレッスンが中止になったことについて、ご迷惑をおかけし申し訳ございません。\n"
      "当日はトレーナーが体調を崩したため、急きょ中止とさせていただきました。\n"
      "今後は、トレーナーが急に休む場合でも代わりの者がレッスンを行えるよう、2名体制に改めます。\n\nわんステップ 石井\n",
      ["apology_incomplete"]),
    d("en", "Puppy class starts Saturday 10 am — what to bring",
      "Hi Chloe,\n\nWelcome to Pawstep! Bella's puppy class starts this Saturday at 10 am at the Riverside field (gate B).\n\n"
      "Please bring:\n- her vaccination card, as we check every puppy on the first day to keep the group safe\n"
      "- small soft treats (she'll get a lot of them)\n- a flat collar or harness and a 2 m lead\n\n"
      "If it rains, we move to the barn next to the car park; we'll text you by 8 am if that happens.\n\nSee you soon,\nYuki\n"),
    d("en", "Your refund",
      "Dear [CLIENT NAME],\n\nWe have processed a refund of [AMOUNT] for the cancelled course. It should reach your card within 5 business days.\n\n"
      "Thank you for your patience.\nPawstep\n",
      ["placeholder_left"]),
]

MAILS = [
    m("ja", "散歩中に子どもを噛んでしまいました",
      "わんステップ　石井先生\n\nレッスンでお世話になっている中川です。\n今日の夕方、散歩中にうちのモカが近所の小学生の手を噛んでしまいました。\n"
      "幸い血が少し出た程度で、お母さんには謝って病院にも一緒に行きました。\n"
      "でも、明日からどうやって散歩させればいいのか、また同じことが起きたらと思うと怖くて眠れません。\n"
      "明日の朝の散歩の前に、気をつけることだけでも教えていただけないでしょうか。\n\n中川\n",
      "high", "anxious"),
    m("ja", "脱走した犬について",
      "石井様\n\n本日の預かりトレーニング中に、うちの犬が逃げ出したとお電話をいただきました。\n"
      "それから４時間たちますが、まだ見つかったという連絡がありません。\n"
      "こちらも探し回っていますが、そちらはいったい何人で探しているのですか？\n"
      "国道が近いので、日が暮れる前に見つけないと本当に危ないです。状況を今すぐ教えてください。\n\n"
      "松井\n",
      "high", "angry"),
    m("ja", "Re: 振替の件",
      "石井様\n\nお返事ありがとうございます。\nただ、来月から夫の転勤で引っ越すことになり、今月中に残り4回分を受けないと消化できません。\n"
      "返金もできないと伺っているので、今月末までに4回入れていただけるかどうか、今週中にご回答をお願いできますか。\n\n"
      "> 振替は翌月末まで可能です。\n\n西田\n",
      "high", "neutral"),
    m("ja", "トイレのしつけについて",
      "はじめまして。生後４か月のトイプードルを飼い始めました。\nトイレの場所がなかなか覚えられず、部屋のあちこちでしてしまいます。\n"
      "個人レッスンでトイレトレーニングもお願いできますか？料金も教えてください。\n\n"
      "田村\n",
      "normal", "neutral"),
    m("ja", "先日のレッスンについて",
      "先日の個人レッスンで、トレーナーの方に「甘やかしすぎです」と何度も言われました。\n"
      "うちの子は保護犬で、人に慣れるまで時間がかかることは事前にお伝えしていたはずです。\n"
      "高い料金を払っているのに、説教されに行ったようなものです。正直、続けるか迷っています。\n\n"
      "小林\n",
      "normal", "angry"),
    m("ja", "レッスンに参加できるか心配です",
      "わんステップ様\n\n保護犬を迎えて１か月になります。\nほかの犬を見ると震えて動けなくなってしまうのですが、\n"
      "グループレッスンに参加しても大丈夫でしょうか。\nかえって怖がらせてしまわないか、不安です。\n\n"
      "森\n",
      "normal", "anxious"),
    m("ja", "", "来週行けないかも\n", "normal", "neutral", True),
    m("ja", "お預かりトレーニングの空き状況",
      "石井様\n\nいつもお世話になっております。\n5月の連休中（３日〜６日）に、お預かりトレーニングをお願いしたいと考えています。\n"
      "空きがあるか教えていただけますか。犬は前回と同じ柴犬の「こてつ」です。\n\n"
      "西田\n",
      "normal", "neutral"),
    m("ja", "おかげさまで",
      "石井先生\n\n卒業してから半年たちましたが、こてつは今でも「待て」がしっかりできています。\n"
      "先日は公園でほかの飼い主さんに褒められました。本当にありがとうございました。\n\n"
      "西田\n",
      "low", "positive"),
    m("ja", "ドッグスポーツの教室はありますか",
      "はじめまして。\nアジリティに興味があるのですが、御教室で教えていただくことはできますか。\n"
      "今すぐではなく、来年あたりに始められたらと思っています。\n\n大西\n",
      "low", "neutral"),
    m("en", "Dog bit the trainer — what now?",
      "Hi Yuki,\n\nAfter yesterday's incident, when Rex bit your assistant, the council dog warden phoned me this morning. "
      "They want a statement from your school by Thursday, and they mentioned a possible control order. I have no idea what to say or whether he'll be taken away. "
      "Can you please call me today? 07700 900344.\n\nMark\n",
      "high", "anxious"),
    m("en", "Refund - third request",
      "Hello,\n\nThis is the third time I'm asking. You cancelled the last four sessions of our course in March and promised a refund of £180. "
      "I emailed on 2 April and 16 April and got nothing back. I'm not asking again politely.\n\nChris Baker\n",
      "high", "angry"),
    m("en", "Which class for a 7-month-old?",
      "Hi there,\n\nMy spaniel is 7 months old. Should she join the puppy class or the adolescent class? She knows sit and down but forgets everything around other dogs.\n\nThanks,\nPriya\n",
      "normal", "neutral"),
    m("en", "quick one", "can i change\n", "normal", "neutral", True),
    m("en", "Thanks!",
      "Hi team,\n\nJust wanted to say Bella passed her Good Citizen test on Saturday. We couldn't have done it without you. Nothing needed, just happy news!\n\nChloe\n",
      "low", "positive"),
]
