# timing = chip timing and results service for races (trail runs, triathlons, school meets) (ラップタイム計測 / Laptime Timing)
from common import s, d, m

DOMAIN = "timing"

SENTENCES = [
    s("ja", "計測チップは、大会当日の朝7時から受付テントでお渡しします。"),
    s("ja", "チップを付け忘れたのはご本人の責任ですので、記録なしとさせていただきます。", ["condescending", "dismissive"]),
    s("ja", "記録の修正には少々お時間をいただきます。", ["vague"]),
    s("ja", "ゼッケン番号を書いて送ってください。", ["imperative", "request_without_reason"]),
    s("ja", "5km地点の通過タイムが表示されない原因は、まだわかっておりません。", ["unknown_without_followup"]),
    s("ja", "ネットタイムとグロスタイムの違いくらいは、出場される前にご理解いただきたいところです。", ["condescending"]),
    s("ja", "順位へのご不満は大会事務局にお願いします。当社は計測しているだけですので。", ["dismissive"]),
    s("ja", "記録証の再発行は1枚500円で、お申し込みから1週間以内に郵送いたします。"),
    s("ja", "ゴールの計測マットの位置を事前に決めておきたいので、コース図をお送りいただけますでしょうか。"),
    s("ja", "チップが反応していたかを確かめるため、ゴール付近で撮られた写真をお持ちでしたらお送りいただけますか。"),
    s("ja", "計測スタッフを1名増やす場合の費用は、1日あたり25,000円（交通費別）です。"),
    s("ja", "リザルトは大会終了後、順次公開します。", ["vague"]),
    s("ja", "中学校の記録会でしたら、先生方向けに手動計測の講習を30分行うこともできます。"),
    s("ja", "スタートの号砲とマットの時刻がずれていた理由は、現時点ではお答えできません。", ["unknown_without_followup"]),
    s("en", "Wear the chip on your left ankle so the mat antenna can read it.", ["imperative"]),
    s("en", "Perhaps next time read the athlete guide before race day.", ["condescending"]),
    s("en", "Disputes about age categories are for the organisers, not us.", ["dismissive"]),
    s("en", "We don't know why your split is missing.", ["unknown_without_followup"]),
    s("en", "Your corrected finish time of 1:42:18 is now on the results page, and we'll re-issue the certificate by Friday."),
    s("en", "So we can match your chip to the photo finish, could you send us your bib number and roughly when you crossed the line?"),
    s("en", "Results will be posted in due course.", ["vague"]),
]

DRAFTS = [
    d("ja", "【お詫び】記録表示の誤りについて",
      "第12回 湖畔トレイルラン 参加者の皆様\n\n計測を担当いたしましたラップタイム計測でございます。\n"
      "大会当日に公開したリザルトで、ロングの部の一部の方の記録が10分長く表示されておりました。ご迷惑をおかけし、誠に申し訳ございません。\n\n"
      "原因は、第2関門の計測機器の時計が10分ずれたまま稼働していたことです。\n"
      "すでに全記録を再計算し、10月21日12時に正しいリザルトに差し替えました。記録証は新しいものを10月25日までに郵送いたします。\n\n"
      "今後は、すべての計測機器の時刻をスタート前に電波時計と照合し、記録表に残す手順といたします。\n\n"
      "ラップタイム計測株式会社\n"),
    d("ja", "リザルトの修正について",
      "原田様\n\nラップタイム計測です。\nお問い合わせいただいた記録の件ですが、\n"
      "チップが反応しなかった原因は今のところわかっておりません。\n\nラップタイム計測\n",
      ["unknown_without_followup"]),
    d("ja", "計測業務のお見積もり",
      "{大会名} 実行委員会\n{担当者} 様\n\nお世話になっております。ラップタイム計測の坂本です。\n"
      "ご依頼の計測業務について、お見積もりを添付いたします。\n"
      "参加者1,200名、計測ポイント4か所（スタート・中間2か所・ゴール）で、合計583,000円（税込）です。\n\n"
      "ラップタイム計測 坂本\n",
      ["placeholder_left"]),
    d("ja", "ご案内",
      "湖畔トレイルラン実行委員会\n事務局 斎藤様\n\nいつもお世話になっております。ラップタイム計測の坂本です。\n"
      "今年も紅葉の季節が近づいてまいりました。昨年の大会では好天に恵まれ、完走率も過去最高だったと伺っております。\n"
      "弊社でも今年から新しい計測システムを導入し、中間地点の速報もスマートフォンでご覧いただけるようになりました。\n\n"
      "つきましては、今年の大会のコース図と計測地点の最終版を、9月30日までにご送付いただけますでしょうか。計測マットの配置計画に必要となります。\n\n"
      "ラップタイム計測 坂本\n",
      ["purpose_not_upfront"]),
    d("en", "Missing split at 21 km: what happened and your corrected time",
      "Hi Ms Walsh,\n\nWe're sorry your 21 km split was missing from the Ridgeway Ultra results.\n\n"
      "The mat at 21 km lost power for 14 minutes when its battery failed, so runners passing between 10:02 and 10:16 weren't recorded. "
      "We've rebuilt those splits from the backup video, and your corrected time is now online (21 km split: 2:11:40).\n\n"
      "From the next event, every mat will run on two batteries with an alarm that tells the crew when one drops below 30%.\n\n"
      "Best regards,\nKen Sakamoto\nLaptime Timing\n"),
]

MAILS = [
    m("ja", "明日の大会の計測機器が届いていません",
      "ラップタイム計測　坂本様\n\n明日朝8時スタートの市民ロードレース（参加者２，０００人）の実行委員会です。\n"
      "計測マットとチップは本日15時に会場に搬入と伺っていましたが、17時の今も届いていません。\n"
      "担当の方の携帯は留守電のままです。\n計測ができなければ大会の運営が成り立ちません。何時に着くのか教えてください。\n\n"
      "実行委員会 事務局 斎藤\n",
      "high", "angry"),
    m("ja", "記録が残っていません（大会の選考記録です）",
      "お世話になります。\n先週末の記録会に出場した高校３年生の保護者です。\n"
      "娘は5000mで県大会の参加標準記録を切ったはずなのに、リザルトに記録がありません。\n"
      "県大会のエントリー締め切りが今週金曜日で、公式の記録証明がないと申し込めないそうです。\n"
      "娘にとって最後の大会なので、どうにかならないかと気が気ではありません。\n\n中村\n",
      "high", "anxious"),
    m("ja", "チップの個人情報について",
      "ラップタイム計測 御中\n\n大会運営を委託している「湖畔トレイルラン」の事務局です。\n"
      "先ほど参加者から、リザルトページに生年月日と住所が表示されているとの指摘がありました。\n"
      "確認したところ、確かに全員分が閲覧できる状態です。\n"
      "公開を止めていただき、どの範囲の情報がいつから表示されていたのか、ご報告をお願いします。\n\n"
      "事務局 斎藤\n",
      "high", "neutral"),
    m("ja", "計測のお見積もり依頼",
      "はじめてご連絡いたします。\n来年４月に地域の駅伝大会（２０チーム、１区間約３km×５区間）を予定しています。\n"
      "タスキ渡しのたびに区間記録を取りたいのですが、費用はどのくらいになりますか。\n\n"
      "みなと町体育協会 野口\n",
      "normal", "neutral"),
    m("ja", "記録が遅すぎます",
      "リザルトを見たら、自分の記録が時計より４分も遅くなっています。\nスタートのロスタイムを差し引いていないのではないですか？\n"
      "年に一度の大会で、自己ベストだったのに台無しです。\nいいかげんな計測をされては困ります。\n\nゼッケン1187 森下\n",
      "normal", "angry"),
    m("ja", "初めてチップを使うのですが",
      "ラップタイム計測さま\n\n来月のトライアスロンに初めて出場します。\n計測チップを足首に付けて泳ぐそうですが、泳いでいる途中で外れたら記録はどうなるのでしょうか。\n"
      "失格になったりしないか心配で、練習中もそのことばかり考えてしまいます。\n\n"
      "佐々木\n",
      "normal", "anxious"),
    m("ja", "記録", "記録おかしくないですか\n", "normal", "neutral", True),
    m("ja", "記録証の再発行",
      "お世話になります。\n昨年の「湖畔トレイルラン」の記録証を紛失してしまいました。\n"
      "再発行をお願いしたいのですが、手続きを教えていただけますか。ゼッケンは2231でした。\n\n"
      "山内\n",
      "normal", "neutral"),
    m("ja", "運営へのお礼",
      "ラップタイム計測の皆さま\n\n先日の大会では、ゴールしてすぐにスマホで記録が見られて感動しました。\n"
      "去年までは翌日まで待っていたので、本当に便利になりました。ありがとうございます。\n\n"
      "一ランナーより\n",
      "low", "positive"),
    m("ja", "計測の仕組みについて",
      "はじめまして。\n中学校で陸上部の顧問をしています。\n"
      "部員に計測の仕組みを説明したいのですが、チップはどうやってマットで記録を読み取っているのでしょうか。\n"
      "授業の雑談程度なので、お時間のあるときで構いません。\n\n杉本\n",
      "low", "neutral"),
    m("en", "Results show me as DNF",
      "Hi,\n\nThe results for Sunday's half marathon list me as DNF, but I finished in 1:51 and have the Strava trace and a finisher's medal. "
      "I need an official time to submit my qualifying entry for the London ballot, which closes at midnight tomorrow. Can this be corrected today?\n\nAmira Hassan, bib 4410\n",
      "high", "anxious"),
    m("en", "Wrong age group podium",
      "Hello,\n\nYou've put me in the 40-44 category when I'm 46. Because of that someone else got the 45-49 trophy at the prize-giving. "
      "It's a bit embarrassing, frankly. Please fix the results.\n\nGraham Ellis\n",
      "normal", "angry"),
    m("en", "Timing for a school sports day",
      "Hi there,\n\nWe're a primary school organising a fun run for 300 pupils in June. Would chip timing be overkill, or do you have a simpler option for schools?\n\nMs Carter\n",
      "normal", "neutral"),
    m("en", "Splits export",
      "Hello,\n\nIs there a way to downlaod all my splits from the Ridgeway Ultra as a CSV? I'd like to analyse my pacing.\n\nCheers,\nTom\n",
      "normal", "neutral"),
    m("en", "Suggestion for next year",
      "Hi Laptime team,\n\nA small idea for next season, no reply needed: could the live tracking page show each runner's predicted finish time? Spectators at our club keep asking for it.\n\nRosa\n",
      "low", "neutral"),
]
