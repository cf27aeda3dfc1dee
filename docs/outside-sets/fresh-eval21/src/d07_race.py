# race = organiser of an amateur city marathon and road races: entries, bibs, timing, results (市民マラソン大会事務局)
from common import S, D, M

DOMAIN = "race"

SENTENCES = [
    S("ja", "ナンバーカードは大会10日前の11月6日（水）に発送します。"),
    S("ja", "参加賞のTシャツのサイズ交換は、当日の受付で在庫があればその場でお取り替えできます。"),
    S("ja", "エントリー後の種目変更はできません。規約をよく読んでからお申し込みいただくようお願いしたはずです。", "condescending"),
    S("ja", "中止になった場合の参加費の返金については、後日ご案内します。", "vague"),
    S("ja", "記録証の再発行は1通500円で、大会後30日以内であればお申し込みいただけます。"),
    S("ja", "関門の制限時間に間に合わなかったのは、ご自身のペース配分の問題です。", "condescending"),
    S("ja", "計測タグは、レース後に回収箱に入れてください。", "imperative", "request_without_reason"),
    S("ja", "計測タグは次の大会で再利用するため、ゴール後に回収箱へお返しいただけますか。"),
    S("ja", "記録が計測されなかった原因は、現在のところ不明です。", "unknown_without_followup"),
    S("ja", "記録が計測されなかった件は、計測会社にタグのデータを照会しており、12月2日（月）までに調査結果をメールでご報告します。"),
    S("ja", "コースが分かりにくかったとのご意見ですが、ほかのランナーからは特に苦情は出ていません。", "dismissive"),
    S("ja", "大会当日は周辺で交通規制があるため、会場へは公共交通機関でお越しください。"),
    S("ja", "参加費の入金がまだ確認できておりません。11月1日を過ぎるとエントリーが取り消しになるため、それまでにお振り込みいただけますか。"),
    S("en", "Your bib will be posted once we get round to it.", "vague"),
    S("en", "Entries can't be transferred, which you'd have known if you'd read the terms you agreed to.", "condescending"),
    S("en", "The results glitch isn't really our problem; the timing company handles all that.", "dismissive"),
    S("en", "Collect your bib at the expo on Saturday between 10:00 and 18:00; we can't post it this close to race day because the last courier run left on Tuesday.", "imperative"),
    S("en", "Bag drop closes at 8:15, so please arrive by 7:45 to leave time for the queue."),
    S("en", "We don't yet know whether the course will be rerouted around the roadworks; the council decides on 3 October and we'll email all runners by 5 October."),
    S("en", "Send a photo of your medical certificate.", "imperative", "request_without_reason"),
]

DRAFTS = [
    D("ja", "【お詫び】速報記録の誤りについて",
      "ランナーの皆さま\n\n湊市民マラソン大会事務局です。\n"
      "11月17日の大会で、ハーフマラソン部門の速報記録の一部に誤りがございました。大変申し訳ございません。\n\n"
      "本日、計測データを全件確認し直し、正しい記録に差し替えました。記録証をダウンロード済みの方は、お手数ですが再度ダウンロードしていただけますでしょうか。\n\n"
      "次回大会からは、速報を公開する前に、計測会社と事務局の双方でゴール地点の通過データと照合いたします。\n\n"
      "湊市民マラソン大会事務局",
      "apology_incomplete"),
    D("ja", "ナンバーカード発送のお知らせ（11月6日発送）",
      "ランナー各位\n\n湊市民マラソン大会事務局です。\n"
      "ナンバーカードと計測タグを、本日11月6日にゆうパケットで発送しましたのでお知らせします。\n\n"
      "11月9日（土）になっても届かない場合は、事務局（0120-555-417、平日10〜17時）までご連絡ください。会場で再発行いたします。\n"
      "計測タグはナンバーカードの裏に貼り付けてありますので、はがさずにそのままお使いください。はがすと記録が計測できなくなります。\n\n"
      "湊市民マラソン大会事務局"),
    D("ja", "10km部門からハーフ部門への変更について",
      "西村様\n\n湊市民マラソン大会事務局の平野です。\n"
      "10km部門からハーフマラソン部門への変更のお申し出について、変更を承りましたのでご連絡いたします。\n\n"
      "参加費の差額1,500円は、11月1日までに下記の口座へお振り込みいただけますでしょうか。期日までに入金が確認できない場合は、10km部門のままとさせていただきます。\n\n"
      "振込先：みなと銀行 本店 普通 1234567 ミナトシミンマラソン\n\n"
      "ナンバーカードはハーフ部門のものを11月6日にお送りします。\n\n"
      "湊市民マラソン大会事務局　平野"),
    D("en", "Re: Your finish time",
      "Hi Craig,\n\nThanks for your email about your finish time.\n\n"
      "As we explain in the race instructions, which every runner is sent, your timing chip only works if it's fixed to the front of your bib. "
      "If you wore the bib on your shorts or folded it, that's why the mat didn't pick you up. We can't be expected to chase up every runner who didn't follow the instructions.\n\n"
      "We can add a manual time from the finish-line video for a £5 admin fee.\n\n"
      "Regards,\nRace Office\nRiverside 10K",
      "condescending"),
    D("en", "Your deferral to 2025 is confirmed",
      "Hi Aisha,\n\nYour deferral is confirmed: your place in this year's Riverside Half has been moved to next year's race on Sunday 6 April 2025.\n\n"
      "You won't need to pay again, and your entry details carry over. In February we'll email you to check your predicted finish time and T-shirt size, because start waves and shirt orders are fixed in early March.\n\n"
      "I hope the knee recovers well.\n\nJo Kendrick\nRace Office, Riverside Running Events"),
]

MAILS = [
    M("ja", "ナンバーカードが届いていません（今週日曜の大会）",
      "大会事務局御中\n\nフルマラソン部門にエントリーしている熊谷です（受付番号 F-20815）。\n"
      "大会は今週の日曜日ですが、ナンバーカードがまだ届いていません。\n"
      "青森から参加するため、金曜日の朝には家を出ます。それまでに届かない場合、当日会場で受け取ることはできますか。\n"
      "受け取れないと走れないので、木曜日までにご回答いただけると助かります。\n\n熊谷 誠",
      "high", "neutral"),
    M("ja", "参加費の二重請求（4回目の連絡）",
      "参加費の二重請求について、4回目の連絡です。\n\n"
      "9月1日にエントリーした際、参加費8,000円がカードに2回請求されました。\n"
      "9月3日、10日、20日とメールで連絡していますが、一度も返信がありません。\n"
      "今月末までに返金されない場合、または何の説明もない場合は、消費生活センターに相談し、カード会社にも異議申し立てをします。\n\n"
      "> 9月20日 10:14 平田 剛:\n> 前回のメールの件、確認状況を教えてください。\n\n平田 剛",
      "high", "angry"),
    M("ja", "結果ページに自宅住所が出ています",
      "突然すみません。\n昨日の大会の結果ページで自分の名前を検索したら、記録と一緒に自宅の住所と生年月日まで表示されていました。\n"
      "ほかのランナーの方の住所も見られる状態です。\n"
      "以前つきまとわれたことがあって、住所が公開されているのが本当に怖いです。\n"
      "今すぐ非表示にしていただけないでしょうか。いつ消していただけるのかだけでも教えてください。\n\n"
      "女子ハーフ　ナンバー3382",
      "high", "anxious"),
    M("ja", "手荷物預かりについて",
      "当日の手荷物預かりについて質問です。\n"
      "リュックサック１つまで、とありますが、サイズの制限はありますか？\n"
      "また、ゴール後は何時まで受け取れますか。",
      "normal", "neutral"),
    M("ja", "30km地点の給水所について",
      "日曜日のフルマラソンに参加しました。\n"
      "30km地点の給水所で水がなくなっていて、ボランティアの方に聞いても「もうないです」と言われただけでした。\n"
      "あの気温で給水なしはさすがに危ないです。実際に足をつって歩いている人が何人もいました。\n"
      "参加費を１万円以上取っているのですから、来年はきちんと準備してください。",
      "normal", "angry"),
    M("ja", "初めてのフルマラソンで不安です",
      "初めてフルマラソンに挑戦します。\n"
      "練習では30kmまでしか走れていなくて、関門の制限時間に引っかかったらどうしようと毎日考えてしまいます。\n"
      "関門で止められた場合、会場まではどうやって戻ればいいのでしょうか。\n"
      "荷物はゴール地点に預けていて、お金も持っていない予定です。",
      "normal", "anxious"),
    M("ja", "",
      "記録まちがってます",
      "normal", "neutral", True),
    M("ja", "ハーフから10kmへの変更",
      "エントリーしたハーフマラソンを、10km部門に変更することはできますか。\n"
      "夏に膝を痛めて、ハーフは厳しそうです。\n"
      "大会は12月なので、変更の締め切りがいつかも教えてください。\n\n"
      "受付番号　H-10342　大塚",
      "normal", "neutral"),
    M("ja", "すばらしい大会でした",
      "事務局の皆さま\n\n昨日は素晴らしい大会をありがとうございました。\n"
      "沿道の応援も、ボランティアの皆さんの笑顔も、本当に力になりました。自己ベストも出せました！\n"
      "来年も必ず出たいのですが、エントリーの開始はいつごろになりそうでしょうか。分かる時期で構いません。",
      "low", "positive"),
    M("ja", "来年のコースについての提案",
      "今年も楽しく走らせていただきました。\n"
      "ひとつ提案です。15km過ぎの折り返しが狭く、毎年少し渋滞します。\n"
      "来年以降のコース設定の際に、参考にしていただければ幸いです。返信はいりません。",
      "low", "neutral"),
    M("en", "My entry shows as cancelled - race is Sunday",
      "Hello,\n\nI'm entered in Sunday's half marathon (confirmation RH-44190). I just logged in to check my start wave and the page says my entry was 'cancelled on 2 October'. I never cancelled anything.\n"
      "I've flown in from Toronto for this — flights and hotel are all booked — and I land on Thursday night.\n"
      "I really don't know what to do. Can you reinstate me, or tell me who I need to speak to before the weekend?\n\nMichelle",
      "high", "anxious"),
    M("en", "Level crossing on the course - second time reporting",
      "I reported this two weeks ago and heard nothing back.\n\n"
      "Your published course for Saturday's 10K crosses the railway at Mill Lane level crossing at about 4 km. I ran the route on Sunday and there's no sign of any marshal plan for it in the race instructions.\n"
      "Trains run every 20 minutes on a Saturday morning. If a pack of 800 runners hits that crossing when the barriers come down, someone is going to get hurt.\n"
      "I want to know before Saturday what you're doing about it.\n\nPeter Walsh",
      "high", "angry"),
    M("en", "Deferral policy",
      "Hi, I'm entered for the April half but I've just found out I'm pregnant. Is it possible to defer my place to next year, and is there a fee?\n\nThanks,\nEmma",
      "normal", "neutral"),
    M("en", "time",
      "my time is wrong",
      "normal", "neutral", True),
    M("en", "Kids' race?",
      "Hello! Any plans for a kids' fun run alongside next year's event? My two would love it. Just wondering — no need to reply if it's not decided yet.\n\nLouise",
      "low", "neutral"),
]
