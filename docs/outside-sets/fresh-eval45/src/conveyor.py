# conveyor = conveyor maintenance and spare parts for factories and warehouses (東和コンベヤサービス / Towa Conveyor Service)
from common import s, d, m

DOMAIN = "conveyor"

SENTENCES = [
    s("ja", "ベルトの蛇行は、設置時に水平が出ていなかったことによるもので、当社の保守範囲外です。", ["dismissive"]),
    s("ja", "ローラーの交換部品は取り寄せになるので、ちょっと日数がかかります。", ["vague"]),
    s("ja", "異音がするときの動画を撮って送ってください。", ["imperative", "request_without_reason"]),
    s("ja", "点検報告書にも書いてあるとおり、定期的に給油していれば防げた故障です。", ["condescending"]),
    s("ja", "モーターが焼けた原因は、メーカーの解析結果が出るまでわかりません。", ["unknown_without_followup"]),
    s("ja", "明日5月21日の8時に技術者2名が伺い、減速機を交換します。作業時間は約4時間です。"),
    s("ja", "ラインを止める時間を短くするため、交換作業は日曜日の稼働停止中に行うことをご提案いたします。"),
    s("ja", "安全カバーを外したまま運転しないこと。", ["imperative", "request_without_reason"]),
    s("ja", "設備の型式と製造番号を教えていただけますか。", ["request_without_reason"]),
    s("ja", "修理費はおおよそ数十万円程度になるかと思います。", ["vague"]),
    s("ja", "古い型式なので、部品が残っているかどうかはわかりません。", ["unknown_without_followup"]),
    s("ja", "先月お送りした部品の納品書を再発行し、本日付で郵送いたしました。"),
    s("ja", "他社製の制御盤がからむ不具合については、当社ではお答えしかねます。", ["dismissive"]),
    s("ja", "現場の方が自己判断で分解されると保証が効かなくなりますので、技術者が着くまでそのままにしておいていただけますか。"),
    s("en", "A replacement gearbox should arrive fairly soon.", ["vague"]),
    s("en", "We don't support conveyors installed by other companies.", ["dismissive"]),
    s("en", "So we can order the right bearings, can you send us a photo of the serial plate?"),
    s("en", "The belt tracking issue is most likely a worn snub pulley; our engineer can replace it on Saturday at 10 am while the line is down, which takes about three hours."),
    s("en", "We can't give you a cost estimate at this stage.", ["unknown_without_followup"]),
    s("en", "Shut the line down and wait for our engineer.", ["imperative", "request_without_reason"]),
]

DRAFTS = [
    d("ja", "定期点検日程のご案内（6月14日）",
      "株式会社北陸フーズ\n工務課 竹内様\n\nいつもお世話になっております。東和コンベヤサービスの岩田です。\n"
      "第2工場の定期点検を、6月14日（土）8時〜17時に実施させていただきます。\n\n"
      "点検中は搬送ライン3本をすべて停止いたします。当日の生産計画に影響がある場合は、6月6日までにお知らせいただけますでしょうか。日程を振り替えます。\n\n"
      "東和コンベヤサービス 岩田\n"),
    d("ja", "復旧作業の遅れについてのお詫び",
      "北陸フーズ　竹内様\n\n東和コンベヤサービスの岩田です。\n"
      "9月3日の搬送ライン停止の際、当社技術者の到着が予定より3時間遅れ、生産に大きな影響を与えてしまいました。深くお詫び申し上げます。\n\n"
      "当日、出動できる技術者が別の現場に出ており、手配に時間がかかったことが原因です。\n"
      "今後は、御社を含む24時間保守契約のお客様には、出動専用の技術者を常に1名待機させる体制にいたします。\n\n"
      "東和コンベヤサービス 岩田\n",
      ["apology_incomplete"]),
    d("ja", "お見積もりについて",
      "竹内様\n\n東和コンベヤサービスです。\nお問い合わせの仕分けコンベヤの更新工事ですが、\n"
      "費用はかなりかかると思います。工期もある程度いただくことになります。\n\n東和コンベヤサービス\n",
      ["vague"]),
    d("ja", "【東和コンベヤサービス】保守契約更新のご案内",
      "株式会社北陸フーズ\n第2工場　竹内様\n\n平素は格別のお引き立てを賜り、誠にありがとうございます。\n"
      "現在ご契約中の保守契約が、2026年3月31日で満了となります。\n"
      "引き続きご契約いただける場合は、同封の更新申込書をご返送ください。\n\n東和コンベヤサービス 営業部\n",
      []),
    d("en", "Gearbox failure on line 2: our apology and the fix",
      "Dear Mr Novak,\n\nWe're sorry that line 2 was down for most of Tuesday's shift.\n\n"
      "The gearbox failed because the oil we used at the March service was the wrong grade for your operating temperature. "
      "On Wednesday we replaced the gearbox at no charge, refilled all four gearboxes on the site with the correct oil, and credited the March service fee.\n\n"
      "To stop this happening again, our service sheets now list the oil grade for each gearbox, and the engineer has to tick it off before leaving.\n\n"
      "Regards,\nHiro Iwata\nTowa Conveyor Service\n"),
    d("en", "Inspection report",
      "Hi Petra,\n\nThanks for having us on site last week. Your team was very welcoming and the new canteen looks great.\n\n"
      "Overall the system is in good condition. We checked all 42 motors and most bearings are within tolerance. "
      "The sorter was also recalibrated.\n\n"
      "One thing: the emergency stop on conveyor C4 did not trip during the test, so that conveyor should not be run until it's repaired. "
      "We can fix it on Thursday if you give us the go-ahead.\n\nHiro\n",
      ["purpose_not_upfront"]),
]

MAILS = [
    m("ja", "作業員の手がコンベヤに巻き込まれました",
      "東和コンベヤサービス　岩田様\n\n本日10時ごろ、第2工場の搬送コンベヤで作業員の袖が巻き込まれ、手首を負傷しました。\n"
      "幸い骨には異常がないとのことですが、非常停止ボタンを押してもすぐに止まらなかったと本人が話しています。\n"
      "労働基準監督署への報告も必要になるため、本日中に技術者の方に原因を調べに来ていただけないでしょうか。\n"
      "ラインは止めたままにしてあります。\n\n北陸フーズ　工務課　竹内\n",
      "high", "anxious"),
    m("ja", "出荷ラインが止まっています（2回目の連絡）",
      "東和コンベヤサービス御中\n\n朝６時に連絡した件、まだ折り返しがありません。\n物流センターの仕分けコンベヤが停止していて、本日出荷分の８０００件が手作業になっています。\n"
      "夕方の集荷トラックは１８時に来ます。\n保守契約を結んでいる意味がまったくありません。\n\n"
      "ロジパーク東 センター長 加藤\n",
      "high", "angry"),
    m("ja", "ベルトの交換部品について",
      "岩田様\n\nお世話になっております。\n昨日の点検でご指摘いただいたベルトの亀裂ですが、今朝になって亀裂が広がり、\nこのままだと週末の連続運転中に切れる可能性があると現場から報告がありました。\n"
      "金曜の夜から日曜まで止められない生産が入っているので、それまでに交換していただけるかご確認いただけますか。\n\n"
      "北陸フーズ 竹内\n",
      "high", "neutral"),
    m("ja", "新ライン増設のご相談",
      "東和コンベヤサービス　ご担当者様\n\n当社の倉庫で、来年度に出荷ラインを１本増やす計画があります。\n"
      "既存のコンベヤと同じメーカーのもので揃えたいのですが、設計から設置までお願いすることは可能でしょうか。\n"
      "一度打ち合わせの機会をいただければと思います。\n\n（株）中部ロジテック 施設課 鈴木\n",
      "normal", "neutral"),
    m("ja", "Re: 点検報告書",
      "岩田さん\n\n報告書、拝見しました。\n「給油不足による摩耗」とありますが、給油は御社の点検項目に入っているはずです。\n"
      "毎回点検に来ていて、今になって「給油不足」と書かれても困ります。\nどういうことなのか説明をお願いします。\n\n"
      "> ・No.3コンベヤ：ローラー軸受の摩耗（給油不足によるもの）\n\n北陸フーズ 竹内\n",
      "normal", "angry"),
    m("ja", "異音について",
      "東和コンベヤサービス様\n\n先週から、包装ラインのコンベヤから「キーキー」という音がするようになりました。\n"
      "今のところ動きに問題はないのですが、このまま使い続けてよいのか、止めたほうがいいのか判断がつかず困っています。\n"
      "何か大きな故障の前触れではないかと心配です。\n\n（有）山口製菓 製造部 今村\n",
      "normal", "anxious"),
    m("ja", "ベルト", "ベルトまた切れた\n", "normal", "angry", True),
    m("ja", "部品の在庫確認",
      "お世話になっております。\n予備品として、キャリアローラー（φ48、長さ400mm）を10本在庫しておきたいと考えています。\n"
      "在庫と価格を教えていただけますか。\n\n（株）中部ロジテック 施設課 鈴木\n",
      "normal", "neutral"),
    m("ja", "先日の対応のお礼",
      "岩田様\n\n先日は夜遅くまで復旧作業にあたっていただき、本当にありがとうございました。\n"
      "おかげで翌朝の出荷に間に合いました。現場の皆も感謝しています。\n\nロジパーク東 加藤\n",
      "low", "positive"),
    m("ja", "省エネ型モーターについて",
      "東和コンベヤサービス 御中\n\n再来年度の設備更新の参考に、省エネ型モーターに替えた場合の電気代の削減効果を知りたいと考えています。\n"
      "資料があれば送っていただけますか。時期は未定なので、ついでのときで結構です。\n\n（有）山口製菓 今村\n",
      "low", "neutral"),
    m("en", "Line 3 stopped - still waiting for a callback",
      "Hi Hiro,\n\nOur line 3 drive motor tripped at 7 am and won't reset. I called your service line at 7:20 and 9:00 and was told an engineer would ring back. Nothing yet, and it's nearly noon. "
      "We're a bakery; today's dough is proving and will be wasted if the line isn't running by 3 pm.\n\nPetra Novak\nProduction Manager, Novak Bakeries\n",
      "high", "angry"),
    m("en", "Guard question",
      "Hello,\n\nAfter your engineer's visit, one of the side guards on conveyor B2 has a gap of about 5 cm at the bottom. "
      "Is that within spec? Our safety officer is off this week and I'm not sure whether we should keep running it.\n\nThanks,\nJakub\n",
      "high", "anxious"),
    m("en", "Spare belts",
      "Hi,\n\nCould you quote for two spare belts for the sorter (same spec as the one fitted in January)? We'd like to keep them on the shelf.\n\nRegards,\nMaria\n",
      "normal", "neutral"),
    m("en", "Service visit date",
      "Hello Towa team,\n\nCan we move next month's service visit from the 12th to the 19th? The 12th clashes with an audit.\n\nBest,\nPetra\n",
      "normal", "neutral"),
    m("en", "Training for new staff",
      "Hi,\n\nSometime next year we'd like a short course for new maintenance staff on belt tracking. Nothing pressing — just wondering whether you offer that.\n\nCheers,\nJakub\n",
      "low", "neutral"),
]
