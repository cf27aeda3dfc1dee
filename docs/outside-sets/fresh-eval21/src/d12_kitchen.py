# kitchen = shared commercial kitchen rented by the hour to small food businesses (レンタル・シェアキッチン)
from common import S, D, M

DOMAIN = "kitchen"

SENTENCES = [
    S("ja", "利用後は、シンクの中まで掃除してください。", "imperative", "request_without_reason"),
    S("ja", "次の利用者が9時から仕込みを始めるため、利用後は8時45分までにシンクと作業台の清掃を済ませていただけますか。"),
    S("ja", "冷蔵庫の故障で食材が傷んだとのことですが、保管は自己責任と規約に書いてありますので。", "condescending", "dismissive"),
    S("ja", "冷蔵庫の温度記録を確認したところ、2月3日の夜に4時間停止していました。傷んだ食材の代金は当社で補償しますので、品目と金額をお知らせください。"),
    S("ja", "保健所の営業許可の範囲については、こちらではお答えできかねます。", "unknown_without_followup"),
    S("ja", "来月分の予約枠は、毎月20日の正午に公開しています。"),
    S("ja", "オーブンの使い方も分からないようでしたら、利用はお控えいただいたほうがよろしいかと。", "condescending"),
    S("ja", "延長料金は30分ごとに1,650円で、次の予約が入っていなければ、当日その場で延長できます。"),
    S("ja", "夜間は事務所が閉まっているため、鍵は返却ボックスに入れて帰ってください。", "imperative"),
    S("ja", "深夜帯のご利用は規約で決まっておりますので、これ以上のご相談にはお応えいたしかねます。", "dismissive"),
    S("ja", "追加の清掃費が発生することがあります。", "vague"),
    S("ja", "ガスの元栓の閉め忘れによる事故を防ぐため、お帰りの前に元栓が閉まっているかご確認をお願いします。"),
    S("ja", "食品衛生責任者の資格証の写しを、事前にお送りください。", "request_without_reason"),
    S("ja", "保健所への確認が必要な点ですので、明日の午前中に当社から保健所に問い合わせ、午後5時までに回答をメールでお送りします。"),
    S("en", "Label your containers before putting them in the shared fridge.", "imperative", "request_without_reason"),
    S("en", "Please label anything you leave in the shared fridge with your name and the date, so the cleaning crew doesn't throw it out on Friday."),
    S("en", "We'll sort out the oven at some point.", "vague"),
    S("en", "The calendar shows your booking on the 14th and Ana's on the 15th; I've moved yours to the 16th, same hours, as you asked."),
    S("en", "Whether your product needs a separate licence isn't something we can answer.", "unknown_without_followup"),
    S("en", "Your deposit of $200 was refunded to your card this morning; banks usually show it within 3–5 business days."),
    S("en", "Noise complaints from the bakery next door aren't our concern.", "dismissive"),
]

DRAFTS = [
    D("ja", "【お詫び】2月3日夜の冷蔵庫停止について",
      "キッチンスタジオ・タベル　ご利用者各位\n\nキッチンスタジオ・タベルの管理担当、上野です。\n"
      "2月3日の夜、共用の業務用冷蔵庫（2号機）が約4時間停止し、保管されていた食材を傷めてしまいました。ご迷惑をおかけし、大変申し訳ございません。\n\n"
      "原因は、冷蔵庫のコンセントが差し込まれていた延長コードの焼損でした。\n\n"
      "当日中に冷蔵庫の電源を壁のコンセントに直接つなぎ直し、翌朝から正常に動いていることを確認しております。"
      "傷んだ食材の代金は当社で補償いたしますので、品目と金額を2月10日までにお知らせください。\n\n"
      "キッチンスタジオ・タベル　上野",
      "apology_incomplete"),
    D("ja", "ご利用登録の完了と初回利用日のご案内",
      "平井様\n\nキッチンスタジオ・タベルの上野です。\n"
      "ご利用登録の審査が完了しましたので、初回のご利用日と当日の流れをご案内いたします。\n\n"
      "初回利用日：3月8日（金）9:00〜13:00（ご予約済み）\n"
      "当日は最初の15分で、スタッフがガス機器と冷蔵庫の使い方をご説明します。\n\n"
      "営業許可の名義確認のため、当日は食品衛生責任者の資格証の原本をお持ちいただけますでしょうか。\n\n"
      "キッチンスタジオ・タベル　上野"),
    D("ja", "4月からの料金改定と予約方法の変更について",
      "ご利用者の皆さま\n\nキッチンスタジオ・タベルです。\n"
      "4月1日のご利用分から、基本料金を1時間2,200円から2,420円に改定し、あわせて予約をウェブのみで受け付ける形に変更することをお知らせいたします。\n\n"
      "改定の理由は、ガス・電気料金の上昇と、冷蔵庫1台の入れ替えです。\n"
      "3月31日までにいただいたご予約は、4月分でも旧料金のまま変わりません。\n\n"
      "ウェブ予約の使い方は、3月15日（金）と22日（金）の15時から、キッチンで10分ほどの説明会を行います。\n\n"
      "キッチンスタジオ・タベル"),
    D("en", "Your booking on 12 April: extra hour added",
      "Hi Marco,\n\nI've added the extra hour you asked for, so your booking on Friday 12 April now runs from 6 am to 11 am.\n\n"
      "The extra hour is $38, which brings the total to $190. It will be charged to the card on file on the morning of the booking.\n\n"
      "The proving cabinet is free for the whole slot, and I've reserved shelf B in the walk-in fridge for you overnight on the 11th.\n\n"
      "Cheers,\nDana\nCommon Table Kitchens"),
]

MAILS = [
    M("ja", "冷蔵庫が故障しています（明朝の納品分の食材が入っています）",
      "タベル　上野様\n\nいつもお世話になっております。お弁当のハナミズキの平井です。\n"
      "今日の15時にキッチンに来たところ、冷蔵庫2号機の温度表示が15度になっていて、中がぬるくなっていました。\n"
      "明日の朝9時に、病院の職員食堂に80食を納品する予定で、その食材を昨夜から入れていました。\n"
      "食材は買い直しますが、今夜使える冷蔵庫がないと仕込みができません。\n"
      "1号機の空きを使わせていただくことはできますか。今日の18時までにお返事いただけると助かります。\n\n"
      "ハナミズキ　平井",
      "high", "neutral"),
    M("ja", "キッチンでガスのにおいがします",
      "今朝7時に鍵を開けて入ったところ、キッチンの奥のほうでガスのにおいがします。\n"
      "コンロは全部閉まっていて、換気扇を回して窓も開けました。\n"
      "今日はこれから11時までの予約なのですが、火を使っていいのか分からず、外で待っています。\n"
      "どうすればいいですか。誰かに来てもらえますか。\n\n"
      "シフォンケーキのMoko　田村",
      "high", "anxious"),
    M("ja", "営業許可の更新書類の件（3度目のお願いです）",
      "上野様\n\n保健所の営業許可の更新に必要な「施設の平面図」と「給水設備の検査成績書」の写しについて、これで3度目のお願いになります。\n"
      "先月15日と25日にメールでお願いし、「すぐ送ります」とのお返事をいただいたきりです。\n"
      "保健所の立ち入り確認は今週金曜日で、書類がそろわないと許可が更新されず、来月から製造も販売もできなくなります。\n"
      "木曜日の正午までに、必ずお送りください。\n\nおやつ工房くるみ　清水",
      "high", "angry"),
    M("ja", "週末の予約について",
      "こんにちは。\n来月の土日、両日とも10時から16時まで予約したいのですが、まだ空いていますか？\n"
      "マフィンを300個ほど焼く予定で、オーブンは2台とも使いたいです。",
      "normal", "neutral"),
    M("ja", "前の利用者の片付けについて",
      "今日の朝の枠で利用した者です。\n"
      "入ったら、前の方が使った鍋とボウルがシンクに山積みで、作業台も粉だらけでした。\n"
      "片付けに40分かかり、その分、自分の仕込みの時間が削られました。\n"
      "料金は予約どおり取られています。こういうことが続くなら、利用を考え直します。",
      "normal", "angry"),
    M("ja", "シェアキッチンでの菓子製造について",
      "来月から、こちらのキッチンで焼き菓子を作ってネットで販売しようと考えています。\n"
      "ただ、他の方と同じ設備を使うことで、万が一アレルギーの事故が起きたらどうしようと心配になってきました。\n"
      "卵や小麦を使わない商品を作る場合、器具はどのように分ければいいでしょうか。",
      "normal", "anxious"),
    M("ja", "いつもありがとうございます",
      "いつも気持ちよく使わせていただいています。\n"
      "おかげさまで、こちらで作っているジャムの取り扱い店が3店舗に増えました！\n"
      "それに伴って、来月から毎週火曜日の9時〜13時を固定で押さえたいのですが、定期予約はできますか？\n\n"
      "ジャム工房つむぎ　大野",
      "normal", "positive"),
    M("ja", "Re: Re: ご利用について",
      "この前の件どうなりました？",
      "normal", "neutral", True),
    M("ja", "予約カレンダーの見え方について",
      "いつも予約カレンダーを使わせていただいています。\n"
      "自分の予約の色がほかの方と同じで、少し見分けにくいです。\n"
      "今すぐではなくても、いずれ色分けができるようになるとうれしいです。",
      "low", "neutral"),
    M("ja", "パン教室の開催について",
      "来年の夏ごろ、こちらのキッチンで小さなパン教室を開けたらと考えています。\n"
      "生徒さん6名ほどで、教室として使うことはできますか？\n"
      "まだ構想の段階なので、お手すきのときに教えていただければ大丈夫です。",
      "low", "neutral"),
    M("en", "Deposit - still not refunded (third request)",
      "Hi,\n\nI ended my membership on 31 January and was told my $500 deposit would be refunded within 14 days. It's now 13 March.\n"
      "I emailed on 20 February and 4 March and got automatic replies only. I'm a one-person business and that $500 is my ingredient budget for the market season, which starts on the 23rd.\n"
      "Please confirm by Friday when the money will be sent.\n\nLucia Romero\nRomero Tamales",
      "high", "angry"),
    M("en", "Shared fridge and my inspection next month",
      "Hello,\n\nI've got my first county food-safety inspection next month and I'm worried about the shared walk-in. Other members' raw meat is sometimes on the shelf above my baked goods.\n"
      "Will that count against me? I really can't afford to fail. Is there anything you can do about the shelving, or anything I should be doing?\n\nMin-jung",
      "normal", "anxious"),
    M("en", "Weekend hours",
      "Hi, is the kitchen open on Sundays, and what's the earliest slot I can book? I'd need about four hours for a batch of sourdough.\n\nThanks,\nOwen",
      "normal", "neutral"),
    M("en", "Thanks + more hours",
      "Hi Dana,\n\nJust wanted to say the new proving cabinet is brilliant; my croissants have never been better.\n"
      "Business is picking up, so I'd like to go from one to two mornings a week. Is Thursday 5–10 am available on a regular basis?\n\nAmelie",
      "normal", "positive"),
    M("en", "Idea for the notice board",
      "Hi, small suggestion: could the notice board by the door list which equipment is out of service? I've twice set up for the mixer and found it broken. Nothing pressing, just an idea for whenever.\n\nTariq",
      "low", "neutral"),
]
