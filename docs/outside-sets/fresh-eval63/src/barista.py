"""barista = barista and latte-art school (short courses, diploma exams, cafe-opening courses, staff training for cafes)."""
from _util import s, d, m

DOMAIN = "barista"

S = [
    # --- ja ---
    s("ja", "ミルクが分離してしまったのはスチームの際にノズルを深く入れたままにされていたためで、講習でも2回お見せした部分です。", "C"),
    s("ja", "修了証の再発行の方法については、先週お電話でお伝えしたとおりでございます。", "CX"),
    s("ja", "開業コースは週末8回と内容が重いので、まだ迷っておられる段階でしたら、まず1日集中コースで向き不向きを確かめていただく方法もございます。", ""),
    s("ja", "マシンの修理代は、部品によってはそれなりの金額になることもございます。", "V"),
    s("ja", "ラテアート上級クラスは、人数が集まり次第、開講日を決めてご案内いたします。", "V"),
    s("ja", "受講当日は爪を短く切ってきてください。", "IR"),
    s("ja", "スチームノズルは使った直後は100℃近くあるため、拭くときは素手ではなく布巾を使っていただくようお願いしております。", ""),
    s("ja", "恐れ入りますが、次回の実習ではご自宅でお使いのコーヒー豆を100gほどお持ちいただけますか。", "R"),
    s("ja", "ご自宅のマシンでうまくいかない理由は、実物を見ないことには私どもにも見当のつけようがございません。", "U"),
    s("ja", "開業後の集客については講座の範囲外となりますので、ご自身で工夫していただくほかございません。", "X"),
    s("ja", "申し訳ありませんが、実習のミルクを豆乳に替えることはできません。泡立つ温度が違い、ほかの受講生と同じ手順で練習できなくなるためです。乳アレルギーの方向けには、オーツミルクで行う個別実習（60分・6,600円）をご用意しています。", ""),
    s("ja", "ご購入予定のマシンが資格試験で使えるかどうかは、試験を実施する協会に問い合わせており、12月16日（火）中にお返事します。", ""),
    s("ja", "1日集中コースは10時から17時まで、昼食と実習で使う豆の代金を含めて税込24,200円です。", ""),
    s("ja", "ご予約の変更はお電話でお願いできますか、実習用のマシンの台数が限られていて、メールだと同じ時間にご予約が重なってしまうことがあるためです。", ""),
    # --- en ---
    s("en", "Latte art is really just practice, so if it still isn't coming together after six classes, that probably tells you something.", "C"),
    s("en", "The diploma exam fee has been adjusted this year in line with the awarding body's new pricing.", "V"),
    s("en", "Bring your own milk jug to the next session.", "IR"),
    s("en", "Stop tamping so hard - you're choking the shot.", "I"),
    s("en", "Why your grinder keeps clumping is one of life's little mysteries, I'm afraid.", "U"),
    s("en", "Our espresso module runs over three Saturday mornings, 9:30 to 12:30, and costs £285 including beans and the diploma fee.", ""),
    s("en", "We can't refund the missed class, as the trainer and machine were booked for you, but you're welcome to join the same lesson on the 20th or the 27th at no charge.", ""),
]

D = [
    d("ja", "開業準備コース（1月期）のご案内と料金",
      "片岡様\n\nバリスタアカデミー灯の水野です。お問い合わせありがとうございます。\n1月期の開業準備コースの内容と料金をお送りします。\n\n・日程：1月10日〜2月28日の毎週土曜　全8回（13:00〜17:00）\n・内容：エスプレッソ抽出、ミルク、メニュー原価の計算、機材選び、保健所への営業許可申請の流れ\n・料金：税込165,000円（教材・実習の豆代・修了証の発行料を含みます）\n・定員：6名（現在の残席 2）\n\n事前説明会（無料・30分）の空き状況です（○：空きあり　△：残りわずか　×：満席）。\n12月13日（土）11:00　○\n12月20日（土）11:00　△\n12月23日（火）19:00　×\n\n受講をご希望の場合は、12月26日（金）までにお申し込みフォームからお手続きいただけますでしょうか。1月期の豆と教材をこの日に発注するため、それ以降のお申し込みは2月期のご案内となります。\n\nバリスタアカデミー灯\n水野 聡子\n", ""),
    d("ja", "Re: 受講料の返金について",
      "新庄様\n\nバリスタアカデミー灯の水野です。ご連絡ありがとうございます。\nお仕事のご都合で12月13日の回に出られなくなったとのこと、承知いたしました。\n\n申し訳ございませんが、受講料の返金はいたしかねます。受講日の7日前を過ぎてからのキャンセルは、講師とマシンをすでに確保しているため、規約で返金の対象外としております。\n\nそのかわり、同じ内容の回に無料で振り替えていただけます。直近では12月20日（土）10時と、1月10日（土）14時に空きがございます。ご希望の日をお知らせいただければ、お席をお取りします。\n\nバリスタアカデミー灯\n水野 聡子\n", ""),
    d("ja", "12月6日の実習中のやけどについてのお詫び",
      "石田様\n\nバリスタアカデミー灯の水野でございます。\n12月6日（土）の実習中、スチームノズルの蒸気で石田様の右手にやけどを負わせてしまい、誠に申し訳ございませんでした。その後、痛みはいかがでしょうか。\n\n原因を確認したところ、3番のマシンのスチームバルブが劣化しており、閉めた後も少量の蒸気が漏れ続ける状態でした。朝の点検でこの点を見落としておりました。\n\n3番のマシンは当日中に使用を停止し、12月8日にメーカーによるバルブ交換を終えております。通院にかかった費用は、領収書をお送りいただければ全額お支払いいたします。また、当日受講できなかった後半の実習は、ご都合のよい日に無料でご用意いたします。\n\n今後は、毎朝の点検でバルブを閉めた状態で蒸気が漏れていないかを確認する項目を加え、点検表に記録を残すことといたしました。\n\n改めまして、心よりお詫び申し上げます。\n\nバリスタアカデミー灯\n代表 水野 聡子\n", ""),
    d("ja", "ラテアート基礎コースお申し込みの確認",
      "〇〇 様\n\nこのたびはラテアート基礎コースにお申し込みいただき、ありがとうございます。\n以下の内容で受付いたしました。\n\n・日時：12月20日（土）10:00〜13:00\n・場所：本校 2階 実習室B\n・受講料：税込13,200円（当日、受付でお支払いください）\n\nエプロンは貸し出しがありますので、お持ちいただかなくても大丈夫です。\n\nバリスタアカデミー灯\n", "P"),
    d("en", "Your staff training on Tuesday",
      "Hi Marco,\n\nThanks for booking the opening-week staff training for The Copper Kettle. Our trainer Ines will be with you on Tuesday 16 December from 9 am to 3 pm, and the session covers dialling in, milk texture and workflow on your two-group machine.\n\nHave the machine switched on and up to temperature by 8:30. Buy in 10 litres of whole milk and 3 kg of your house espresso blend beforehand.\n\nThe total is £480, invoiced after the session.\n\nBest,\nCrema Lab\n", "IR"),
]

M = [
    # --- ja ---
    m("ja", "開店が13日です（マシンの修理の件）",
      "水野様\n\n開業コース修了生の片岡です。いつもお世話になっております。\n\n12月13日（土）にカフェを開店する予定で、先生にご紹介いただいた業者さんからエスプレッソマシンを購入しました。\nところが昨日の試運転中に、ボイラーから水が漏れてエラーが出て止まってしまいました。\n業者さんの技術の方が昨日の午後に来てくださる約束でしたが、いらっしゃらず、電話もつながりません。\n\n開店まであと5日、マシンなしでは看板メニューが一つも出せません。\n先生のほうから業者さんに連絡を取っていただくことはできないでしょうか。\n\n片岡 由紀\n", "h", "anxious"),
    m("ja", "ドリップバッグにカビのようなもの",
      "先週の修了式でいただいたドリップバッグのセットについてです。\n\n今朝、5袋のうち1袋を開けたら、粉の表面に白い綿のようなものが付いていました。\n気づいたのが、お湯を注いで半分ほど飲んだ後でした。\n今のところ体調に変化はありませんが、私は妊娠5か月です。\n\n同じセットは、ほかの受講生の方も持ち帰っているはずです。\nロット番号のようなものは袋の裏に「B-1128」とあります。\n\n野々村\n", "h", "anxious"),
    m("ja", "修了証の件（二度目の催促です）",
      "11月29日に修了した平日集中コースの修了証が、まだ届いていません。\n12月1日と12月4日に受付の方へメールしましたが、どちらにも返信がありません。\n\n修了証の写しを添えてホテルのカフェ部門に応募するつもりで、応募の締切は12月12日（金）必着です。\nこのままでは応募できません。\n\nいつ発行していただけるのか、はっきりした日付を教えてください。\n\n新庄 拓海\n", "h", "angry"),
    m("ja", "来週", "来週のやつ、キャンセルで", "n", "neutral", True),
    m("ja", "本日のレッスンについて",
      "今日10時からのラテアート基礎に参加しました。\n先生がいらっしゃったのは10時25分で、説明もなく始まり、結局終わりの時間は延長されませんでした。\n3時間の講座のうち、実質2時間半です。\n\n遅れる事情があったのかもしれませんが、一言の説明もなかったのは残念です。\nこの分について、何らかの対応をお願いできますか。\n", "n", "angry"),
    m("ja", "50代からでも大丈夫でしょうか",
      "はじめまして。今年で54歳になる会社員です。\n定年を前に、いつか小さなコーヒースタンドを開きたいと思っています。\nただ、若い方ばかりの教室で、手先も器用ではない自分がついていけるのか、とても不安です。\n\n私と同じくらいの年齢の方も通っていらっしゃいますか。\n", "n", "anxious"),
    m("ja", "スタッフ研修のご相談",
      "お世話になります。ベーカリー「小麦と窯」の店主、松浦です。\n2月にイートインを始めるにあたり、スタッフ5名にエスプレッソの基本を教えていただきたいと考えています。\n店まで来ていただく出張研修は可能でしょうか。マシンは店に設置済みです。\n", "n", "neutral"),
    m("ja", "合格しました",
      "先月のバリスタ検定、おかげさまで合格しました！\n次は上級を目指したいと思っています。\n上級コースの次の開講日と料金を教えてください。\n", "n", "positive"),
    m("ja", "来年のラテアート大会",
      "来年のラテアート大会（校内大会）は、今年と同じ5月ごろの予定でしょうか。\nまだ先なので、決まっていたら教えてもらえればくらいの気持ちです。\n", "l", "neutral"),
    m("ja", "テキストについて",
      "先月の講座で配られたテキスト、誤字がだいぶ多かったです。\n「抽出」が「抽質」になっていたり、温度の単位が抜けていたり。\n受講料を考えると、もう少し丁寧に作っていただけるとありがたいですね。\n返信はいりません。\n", "l", "angry"),
    # --- en ---
    m("en", "Refurbished machine - safety valve hissing",
      "Hi,\n\nWe bought two refurbished two-group machines from your school shop in October (invoice CL-2207), one for each of our cafés. Your technician replaced the boiler safety valve on the one at our Mill Street café on Monday.\n\nThis morning that machine's pressure gauge went past the red mark and the valve started hissing and spitting hot water onto the counter. The barista switched it off at the wall and nobody was hurt. It's still off.\n\nThe other machine, same model, was serviced by the same technician on the same day and is at our station kiosk, which opens at 6:30 tomorrow morning.\n\nMarco Bellini\nThe Copper Kettle\n", "h", "angry"),
    m("en", "Dyslexia and the written exam",
      "Hello,\n\nI'm booked on your espresso module in January, which ends with the diploma exam. I'm dyslexic, and written tests are where I always fall apart, even when I know the material - I failed my food hygiene certificate twice for that reason before someone read the questions to me.\n\nIs the written part of the diploma timed? Can anyone get extra time or have the questions read out? I don't want to waste the course fee if I'm going to freeze on the day.\n\nJess\n", "n", "anxious"),
    m("en", "Re: course",
      "can I still do it", "n", "neutral", True),
    m("en", "Gift voucher for the latte art course",
      "Hi, I'd like to buy a voucher for the latte art course as a Christmas present for my brother. Is that possible, and would it need to be used by a certain date?\n\nThanks,\nRuth\n", "n", "neutral"),
    m("en", "Home grinder recommendation",
      "Hi Ines, not a pressing question at all - whenever you have a moment, which home grinder under £300 would you recommend for espresso? Mine is on its last legs but still working.\n\nThanks, Paul\n", "l", "neutral"),
]
