"""stylist = personal stylist and wardrobe consulting (colour analysis, closet audits, shopping trips, outfit sourcing, alterations)."""
from _util import s, d, m

DOMAIN = "stylist"

S = [
    # --- ja ---
    s("ja", "組み合わせをご自分で考えられるのは難しいと思いますので、次回からは私のほうで頭から足元まで全部お決めしますね。", "C"),
    s("ja", "体型を隠そうとして大きめのサイズを選ばれる方は多いのですが、肩の合ったサイズのほうがかえって細く見えますので、次回は一つ小さいサイズも一緒に試してみませんか。", ""),
    s("ja", "カラー診断の結果シートにも書いてあるとおり、黒は顔色を暗く見せる色ですので、その点はもうご存じかと思っておりました。", "C"),
    s("ja", "同行ショッピングの延長料金は、延長した時間に応じて加算されます。", "V"),
    s("ja", "コーディネート写真がいつ揃うかは、ブランドから貸し出し品が届くかどうかにかかっているので、正直こちらでも何とも。", "U"),
    s("ja", "当日は、普段いちばんよく履いている靴を履いてきてください。", "IR"),
    s("ja", "お店によっては一度に試着できる点数に上限があるため、候補を3点ほどに絞っておいていただけると、当日がスムーズです。", ""),
    s("ja", "お手数ですが、クローゼット全体の写真を3方向から撮ってお送りいただけますか。", "R"),
    s("ja", "そのブランドの来季の展開については、私どもでも読み切れないところです。", "U"),
    s("ja", "ご家族のご意見もいろいろおありかと思いますが、私どもは専門家としてご提案しておりますので。", "X"),
    s("ja", "申し訳ありませんが、当日のキャンセルは店舗の個室をその時間で押さえているため、料金をお返しすることができません。代わりに、同じ内容で2週間以内のオンライン診断（45分）を無料でご用意します。", ""),
    s("ja", "面接のスーツに合う靴がお近くの店舗にあるかどうかは、いま在庫を問い合わせておりますので、本日18時までにご連絡します。", ""),
    s("ja", "クローゼット診断は９０分で税込１９，８００円、手放す服を買取店へお持ちするサービスは別途５，５００円です。", ""),
    s("ja", "肩幅がしっかりしていらっしゃるので、ジャケットはむしろ肩に合わせて選んでいただくと、全体がすっきり見えます。", ""),
    # --- en ---
    s("en", "With respect, most clients find it easier once they stop second-guessing every suggestion.", "C"),
    s("en", "Alterations are extra and can vary quite a bit.", "V"),
    s("en", "Whether the suit will arrive before the wedding is out of our hands.", "U"),
    s("en", "If your partner doesn't like the colours, that's really a conversation for the two of you.", "X"),
    s("en", "I can't recommend the blazer in the size you asked for, because it pulls across the back when you lift your arms; the next size up, taken in at the waist, is £35 to alter and ready in five days.", ""),
    s("en", "Could you send me two or three photos of outfits you felt great in, so I can see what you already love before our session?", ""),
]

D = [
    d("ja", "12月13日（土）同行ショッピングのご案内",
      "西田様\n\nアトリエ・ノエの小松です。\n12月13日（土）の同行ショッピングの詳細をお送りします。\n\n・集合：13時、新宿駅東口の改札を出た正面（私は緑のコートを着ております）\n・時間：13時〜16時（3時間）\n・回るお店：百貨店2店舗とセレクトショップ1店舗（個室での試着を予約済み）\n・料金：税込33,000円（当日、カードまたは現金で）\n\n当日までに、今回いちばん合わせたいお手持ちのボトムを1本決めておいていただけますか。そのボトムに合わせてトップスを選ぶと、買ったものを翌日からすぐに着回せるからです。当日お持ちいただくか、写真でも構いません。\n\n当日お会いできるのを楽しみにしております。\n\nアトリエ・ノエ\n小松 奈央\n", ""),
    d("ja", "先日のセッションでの担当者の発言についてのお詫び",
      "浅野様\n\nアトリエ・ノエ代表の小松でございます。\n12月2日のクローゼット診断で、担当の村上が「この年齢でこの丈はもう難しい」と申し上げ、浅野様を深く傷つけてしまいました。誠に申し訳ございません。\n\n村上に確認したところ、丈の長さについてご提案するつもりで、年齢を理由にする必要のない言葉を選んでしまったとのことでした。お客様の体や年齢についてどう言葉にするかを、私が十分に指導できていなかったことが原因です。\n\n当日の料金19,800円は全額お返しし、12月5日にご登録の口座へ振り込みました。もう一度診断を受けていただけるお気持ちがあれば、私が担当して無料で伺います。\n\n今後は、スタッフ全員で体型や年齢に触れる言い方を見直し、セッションの録音を月に一度私が聞き、言葉の選び方を一緒に確認していくことにいたしました。\n\n改めまして、心よりお詫び申し上げます。\n\nアトリエ・ノエ\n小松 奈央\n", ""),
    d("ja", "12月6日の同行ショッピングに遅れたことのお詫び",
      "西田様\n\nアトリエ・ノエの小松です。\n12月6日（土）の同行ショッピングで、お約束の13時に25分遅れてしまい、寒い中お待たせして申し訳ございませんでした。\n\n前の予約のお客様のお見送りが長引き、乗る予定だった電車に間に合わなかったことが原因です。\n\n今後は、予約と予約の間を最低90分空け、遅れそうなときは出発の時点でお客様にお電話するようにいたします。\n\n次回もどうぞよろしくお願いいたします。\n\nアトリエ・ノエ\n小松 奈央\n", "A"),
    d("en", "Your wardrobe edit - what we found and what to buy",
      "Hi Priya,\n\nThank you for letting me loose on your wardrobe on Saturday! Here's a summary, so you have it all in one place.\n\nWhat you already have that works: the navy wool coat, both pairs of straight-leg trousers, and the cream silk shirt. These go with almost everything else we kept.\n\nWhat we set aside: 23 items, now bagged in the spare room. The charity shop on Elm Street collects on Tuesdays if you'd like to book a pick-up.\n\nWhat's missing: a mid-grey knit, a pair of low block-heel boots, and one jacket that isn't black. I've put links to three options for each in the attached sheet, all under £120.\n\nYour session fee was £180, which you've already paid. If you'd like me to come shopping with you for the missing pieces, I have Saturday 10 January free from 11 am.\n\nBest,\nHelen\nThreadwise Personal Styling\n", ""),
]

M = [
    # --- ja ---
    m("ja", "お直しのスーツについて（明日面接です）",
      "小松様\n\nお世話になっております。斎藤です。\n先週選んでいただいたスーツのお直しが、先ほどお店から届きました。\n\n着てみたところ、パンツの裾が試着のときより5センチほど短く、靴下が見えてしまいます。袖も左右で長さが違っています。\n\n明日12月9日（火）の10時から、転職の最終面接があります。\nお店に電話しましたが、今日はお直しの担当の方がお休みとのことでした。\nもうどうしたらいいのか分かりません。\n\n斎藤 涼子\n", "h", "anxious"),
    m("ja", "パッケージの件（3回目）",
      "9月に「3か月トータルプロデュース」（88,000円）を一括で支払いました。\nそれ以来、最初のカウンセリングの日程すら決まっていません。\n\n10月20日、11月10日、12月1日とメールしましたが、返事は一度もありません。\nInstagramは毎日更新されているので、お店が営業していることは分かっています。\n\n今月中に日程の連絡がなければ、全額の返金を求めます。\n\n森下\n", "h", "angry"),
    m("ja", "私の写真がストーリーに出ています",
      "アトリエ・ノエ 様\n\n先週の採寸とカラー診断でお世話になった桜井です。\n\n今日のお昼ごろからアトリエのInstagramのストーリーに、診断中の私の写真（顔が写っています）と、ウエストやヒップのサイズを書いたメモが載っています。\n掲載してよいとは一度も言っていません。\n\n会社の同僚もこのアカウントをフォローしていて、もう何人かに見られているかもしれません。\nストーリーは24時間残ると聞きました。消していただけますか。手が震えています。\n\n桜井\n", "h", "anxious"),
    m("ja", "返品", "この前のあれ、返品できますか", "n", "neutral", True),
    m("ja", "先日の診断で言われたこと",
      "先日のクローゼット診断で、担当の方に「この年齢でこの丈はもう難しい」と言われました。\n\nアドバイスとして必要なことなら受け止めますが、年齢を持ち出す必要があったのでしょうか。\nその後、鏡を見るたびにその言葉を思い出してしまいます。\nお金を払って、わざわざ嫌な気持ちになりに行ったのかと思うと悔しいです。\n\n浅野\n", "n", "angry"),
    m("ja", "ギフト券はありますか",
      "こんにちは。\n母の70歳の誕生日（2月）に、カラー診断をプレゼントしたいと考えています。\nギフト券のような形で贈ることはできますか。\n母は横浜に住んでいるのですが、出張でも伺っていただけますか。\n", "n", "neutral"),
    m("ja", "予約の変更をお願いします",
      "小松様\n\n12月20日（土）14時からのクローゼット診断を予約している西田です。\n子どもの行事が入ってしまったので、12月27日（土）か28日（日）に変更できますか。\n時間はいつでも合わせられます。\n", "n", "neutral"),
    m("ja", "夫の服について",
      "夫（48歳）の服選びをお願いすることはできますか。\n本人は乗り気ではないのですが、仕事で人前に出ることが増えてきたので、一度プロに見てもらいたいと思っています。\n男性向けのメニューがあれば教えてください。\n", "n", "neutral"),
    m("ja", "春のコーディネートについて",
      "まだ先の話ですが、春になったら、診断していただいた色で春物をそろえたいと思っています。\n3月ごろにまた同行をお願いすることはできますか。予約はそのころで構いません。\n", "l", "neutral"),
    m("ja", "採寸データの保管について",
      "特に問題があるわけではないのですが、参考までに。\n採寸で測っていただいたサイズのデータは、どのくらいの期間保管されるのでしょうか。\nお手すきのときに教えてください。\n", "l", "neutral"),
    # --- en ---
    m("en", "Keys in the coat you took for alterations",
      "Hi Helen,\n\nOn Saturday you took my grey wool coat away to have the sleeves shortened. I've just realised my mother's house keys were in the inside pocket - a brass Yale and a small silver one on a red fob.\n\nMum has dementia and lives alone. Her carer lets herself in with those keys at 7 tomorrow morning to get her up and give her medication, and the key safe outside has been broken since October. I have the only other set, and I'm in Edinburgh until Thursday.\n\nIs the coat still with you, or has it already gone to the tailor?\n\nMaureen\n07700 900 582\n", "h", "anxious"),
    m("en", "Late again",
      "Helen,\n\nThat's the third session in a row your assistant has turned up 20+ minutes late. Today it was 35. I'm paying £60 an hour, so I'm starting to feel like I'm paying for her commute.\n\nI'd like those minutes credited, and I'd like to know it won't happen again.\n\nAlison\n", "n", "angry"),
    m("en", "next week",
      "Hi can we do it next week instead", "n", "neutral", True),
    m("en", "Styling for men?",
      "Hello,\n\nDo you style men too? My husband has a new job that's more client-facing, and I think he'd take it better coming from a professional than from me.\n\nKate\n", "n", "neutral"),
    m("en", "Spring capsule",
      "Hi Helen, no rush on this - I'd like to book a spring capsule session some time in March, once the new collections are in. Could you let me know when you open your diary for March?\n\nThanks, Priya\n", "l", "neutral"),
]
