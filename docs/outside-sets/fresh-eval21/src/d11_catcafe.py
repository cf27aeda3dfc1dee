# catcafe = rescue-cat café with cat adoption (保護猫カフェ・譲渡)
from common import S, D, M

DOMAIN = "catcafe"

SENTENCES = [
    S("ja", "譲渡の審査には、少しお時間をいただいております。", "vague"),
    S("ja", "譲渡の審査は、申込書の受付から10日以内に結果をご連絡しています。"),
    S("ja", "猫に触るときは、先に手を消毒してください。", "imperative", "request_without_reason"),
    S("ja", "猫同士の感染症を防ぐため、入店時に手指の消毒をお願いしております。"),
    S("ja", "引っかかれたのは、猫を無理に抱っこしようとされたからだと思います。", "condescending"),
    S("ja", "引っかき傷が腫れてきた場合は猫ひっかき病の可能性がありますので、病院を受診していただけますか。治療費は当店が加入している保険でお支払いします。"),
    S("ja", "あの子がいつ譲渡できるようになるかは、分かりません。", "unknown_without_followup"),
    S("ja", "入店時に、年齢確認ができる物をお持ちください。", "request_without_reason"),
    S("ja", "店内の猫の写真をSNSに載せるのはご遠慮ください。", "request_without_reason"),
    S("ja", "猫アレルギーのことは、来店前にご自身で判断していただくべきことです。", "condescending"),
    S("ja", "譲渡後の飼い方の相談に乗るのは、当店の仕事ではありません。", "dismissive"),
    S("ja", "当日の混み具合によっては、お待ちいただくことがあります。", "vague"),
    S("ja", "平日の15時以降は比較的空いており、待ち時間なくご案内できることがほとんどです。"),
    S("ja", "ミルクはまだ体調を崩しやすいため、獣医師の診察が12月5日にあり、その結果を見て譲渡開始日を12月7日までにお知らせします。"),
    S("en", "Adoption fees vary a bit depending on the cat.", "vague"),
    S("en", "Don't pick the cats up.", "imperative", "request_without_reason"),
    S("en", "We ask guests not to pick the cats up, because several of them are still nervous after being rescued and may scratch."),
    S("en", "If you can't handle a few scratches, maybe a cat café isn't for you.", "condescending"),
    S("en", "We've no idea when Biscuit will be ready for adoption.", "unknown_without_followup"),
    S("en", "Your booking for two is confirmed for Sunday at 14:00; sessions last 60 minutes and cost £12 per person."),
]

DRAFTS = [
    D("ja", "ねこのいえ　通信",
      "渡辺様\n\nいつも保護猫カフェ「ねこのいえ」を応援していただき、ありがとうございます。\n"
      "今月は新しく4匹の子猫が仲間入りしました。みんな元気いっぱいで、お客様のひざの上で眠ってしまう子もいます。\n"
      "12月には譲渡会も予定しており、ボランティアさんも募集中です。\n\n"
      "さて、渡辺様からお申し込みいただいた「こむぎ」の譲渡審査ですが、ご自宅の確認のため、スタッフが一度お伺いする必要がございます。"
      "11月23日（土）か24日（日）の午後で、ご都合のよい日時をお知らせいただけますでしょうか。\n\n"
      "保護猫カフェ　ねこのいえ",
      "purpose_not_upfront"),
    D("ja", "譲渡後のご相談について",
      "加藤様\n\n保護猫カフェ「ねこのいえ」の森田です。\n"
      "ご連絡ありがとうございます。\n\n"
      "譲渡後の猫の体調については、当店ではお答えしかねます。\n"
      "また、夜鳴きなどのしつけのご相談も、当店では受け付けておりません。\n\n"
      "どうぞよろしくお願いいたします。\n\n保護猫カフェ　ねこのいえ　森田",
      "unknown_without_followup", "dismissive"),
    D("ja", "トライアル開始日のご連絡（12月2日 10時）",
      "田中様\n\n保護猫カフェ「ねこのいえ」の森田です。\n"
      "「ミルク」のトライアル（お試し飼育）を、12月2日（土）の午前10時から始めることが決まりましたので、ご連絡いたします。\n\n"
      "当日はスタッフがミルクをご自宅までお連れし、30分ほどで環境を確認させていただきます。\n"
      "トイレと爪とぎは、ミルクが今使っているものと同じ種類をご用意いただけると、新しいおうちに早く慣れることができます（品名は添付のリストにございます）。\n\n"
      "トライアル期間は2週間で、その間はいつでもお電話かLINEでご相談ください。\n\n"
      "保護猫カフェ　ねこのいえ　森田"),
    D("en", "Re: Question about Pepper",
      "Hi Olivia,\n\nThanks for your message about Pepper.\n\n"
      "We don't know why she's been sneezing since she came home with you, and we can't say whether it's something she had before the adoption.\n\n"
      "Best wishes,\nThe team at Whiskers & Co.",
      "unknown_without_followup"),
]

MAILS = [
    M("ja", "譲渡していただいた猫がごはんを食べません",
      "ねこのいえ様\n\n先月譲渡していただいた「あずき」のことで相談させてください。\n"
      "3日前からごはんをほとんど食べず、今朝は2回吐きました。水もあまり飲んでいません。\n"
      "いつもの動物病院が今日は休診で、どこに連れて行けばいいのか分かりません。\n"
      "前にいたときに同じようなことはありましたか。持病のことなど、何か聞いておくべきことがあれば教えてください。\n"
      "ぐったりしていて、本当に心配です。\n\n佐々木",
      "high", "anxious"),
    M("ja", "昨日店内でかまれた件",
      "昨日、店内で猫に手をかまれた者です。\n"
      "そのときスタッフの方は「猫は悪くないので」と言っただけで、消毒もしてもらえませんでした。\n"
      "夜になって手の甲がパンパンに腫れて、熱が38度まで出たので、今朝病院に行きました。\n"
      "医者から、その猫のワクチンの記録を確認するように言われています。\n"
      "今日中にワクチンの記録を送ってください。それと、店としてどう責任を取るのか説明してください。\n\n中山",
      "high", "angry"),
    M("ja", "子猫を保護しました",
      "突然のご連絡失礼いたします。\n"
      "今日の夕方、自宅の物置で生まれたばかりと思われる子猫を5匹見つけました。母猫は半日戻ってきていません。\n"
      "体がかなり冷たくなっていて、タオルでくるんで段ボールに入れていますが、ミルクのあげ方も分かりません。\n"
      "今夜をどう乗り切ればいいのか、教えていただけないでしょうか。近くで預かっていただける先があれば、すぐに連れて行けます。\n\n"
      "桜井（南区在住）",
      "high", "neutral"),
    M("ja", "土曜日の予約",
      "今度の土曜日の14時から、大人4人で予約したいです。\n"
      "1人は小学5年生の子どもですが、大丈夫でしょうか。",
      "normal", "neutral"),
    M("ja", "スタッフの方の注意の仕方について",
      "先日お店に伺った者です。\n"
      "フラッシュを切った状態で写真を撮っていたのに、スタッフの方に大きな声で「撮影禁止って書いてありますよね！」と怒鳴られました。\n"
      "撮影禁止はフラッシュのことだと思っていましたし、周りのお客さんにもじろじろ見られて、とても恥ずかしかったです。\n"
      "ルールなら最初に説明してほしいですし、あの言い方はないと思います。",
      "normal", "angry"),
    M("ja", "トライアル中の猫がベッドの下から出てきません",
      "トライアルでお迎えした「ソラ」ですが、家に来てから2日間、ずっとベッドの下に隠れています。\n"
      "夜中にごはんは少し食べているようで、トイレも使っています。\n"
      "でも、私のことが嫌いなのかなと思うと不安で、このままトライアルを続けていいのか迷っています。\n"
      "無理に出さないほうがいいのでしょうか。",
      "normal", "anxious"),
    M("ja", "きなこの近況です",
      "ねこのいえの皆さま\n\n去年の春に譲渡していただいた「きなこ」が、今日で家族になって1年になりました！\n"
      "すっかり甘えん坊になって、毎朝5時に起こしに来ます（笑）。写真を添付しますね。\n"
      "それと、ワクチンの接種記録をなくしてしまったので、そちらに控えがあればコピーをいただけますか？\n\n"
      "石川 まどか",
      "normal", "positive"),
    M("ja", "",
      "あの子まだいますか",
      "normal", "neutral", True),
    M("ja", "ドリンクメニューのご提案",
      "いつも癒やされに通っています。\n"
      "ドリンクにノンカフェインのものが増えると、夜の時間帯でも頼みやすいなと思いました。\n"
      "ちょっとした提案ですので、お気になさらず。",
      "low", "neutral"),
    M("ja", "来年の譲渡について",
      "来年の春にペット可のマンションに引っ越す予定で、そのあと保護猫を迎えたいと考えています。\n"
      "一人暮らしでも譲渡の対象になりますか？条件を教えてください。\n"
      "引っ越しが決まってからの話なので、急ぎません。",
      "low", "neutral"),
    M("en", "My son was bitten yesterday - vaccination records?",
      "Hello,\n\nMy son Theo (6) was bitten on the cheek by the ginger cat, Rusty, during our visit yesterday afternoon. The staff cleaned it at the time.\n"
      "This morning the bite is red, hot and swollen, and the GP wants to know Rusty's vaccination history before deciding on treatment. We're seeing her again at 4 pm.\n"
      "Could you send me his records before then? I'm frightened about infection, especially so close to his eye.\n\nHolly",
      "high", "anxious"),
    M("en", "Booked and turned away",
      "We booked the 3 pm session on Saturday two weeks in advance, paid online, and when we got there we were told the session was 'overbooked' and we'd have to come back another day.\n"
      "My daughter had been looking forward to it for weeks. Nobody offered a refund or even an apology.\n"
      "I'm honestly shocked at how we were treated.\n\nNatalie",
      "normal", "angry"),
    M("en", "How does adoption work?",
      "Hi, we're thinking about adopting one of your cats. Could you explain the process — is there a home visit, and how long does it usually take from applying to taking the cat home?\n\nThanks,\nPriya and Ben",
      "normal", "neutral"),
    M("en", "tmrw",
      "hi can i come tmrw",
      "normal", "neutral", True),
    M("en", "A suggestion",
      "Lovely café! One small idea: a little sign next to each cat's bed with its name and age would help visitors. Just a thought, nothing pressing.\n\nAlice",
      "low", "neutral"),
]
