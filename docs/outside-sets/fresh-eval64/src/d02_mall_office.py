from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "mall_office"
MEANING = "shopping-centre management office (tenant relations and shopper enquiries) / ショッピングセンター管理事務所"

SENTENCES = [
    S("ja", "搬入口の利用時間は館内規則の第4条に明記しておりますので、今後はそちらをお読みいただいてからお問い合わせいただけますと幸いです。", C),
    S("ja", "空調が効かないとのことですが、ほかのテナント様からはそのようなご指摘は特にいただいておりません。", X),
    S("ja", "ほかの区画からは同じご連絡はまだありませんが、明日9時に設備担当が伺い、店内の吹き出し口の温度を測らせていただきます。", ),
    S("ja", "年末の営業時間延長に伴う共益費の加算は、それほど大きなご負担にはならないかと存じます。", V),
    S("ja", "年末の営業時間延長に伴う共益費の加算は1㎡あたり月額120円で、1月分のご請求に含めてお送りします。", ),
    S("ja", "明日の朝までに、通路にはみ出している什器を下げてください。", I, R),
    S("ja", "明朝10時に消防の立入検査があり、通路幅が1.2mを切ると是正の指摘を受けるため、開店前までに通路側の什器を下げていただけますか。", ),
    S("ja", "改装工事の工程表は、着工の10日前までにご提出をお願いします。", R),
    S("ja", "漏水の原因が上階の配管なのか屋上の防水なのかは、現時点では何とも申し上げられません。", U),
    S("ja", "これまでにご説明した内容と重なりますが、念のため、販促物を掲示できる場所を館内図に印を付けて添付します。", ),
    S("ja", "駐輪場の件は建物オーナー側の所管ですので、当事務所からお答えすることはございません。", X),
    S("ja", "音漏れの件は、明日の閉店後に両店舗の境の壁際で音量を測り、館内の基準値を超えていれば、隣の店舗に音量の調整と防音材の追加をお願いします。", ),
    S("ja", "催事スペースは、ご利用日の2か月前までにお申し込みいただくと使用料が1割引きになります。", ),

    S("en", "This is the third reminder about the fire door; next time anything blocking it will be removed and the cost added to your service charge.", C),
    S("en", "We'll answer the signage request after the landlord's board meets on 12 February.", ),
    S("en", "Fill in the contractor permit and get it back to us by Thursday.", I, R),
    S("en", "We can't say yet whether the multi-storey will reopen before Christmas.", U),
    S("en", "East-wing footfall isn't something we go into with individual tenants.", X),
    S("en", "The sprinkler engineers need to get into every unit on Tuesday, so could someone with keys be at yours by 6:45 a.m.?", ),
    S("en", "Your January service charge is £1,840; the attached sheet breaks it down by floor area and by shared cost.", ),
]

DRAFTS = [
    D("ja", "館内のお知らせ（12月号）",
      "テナント各位\n\n"
      "いつも当センターの運営にご協力いただき、ありがとうございます。管理事務所の石原です。\n\n"
      "11月の来館者数は前年同月比104%と好調に推移いたしました。ブラックフライデー期間中の"
      "駐車場満車時間も昨年より短くなり、交通誘導の見直しが一定の効果を上げたものと考えております。\n\n"
      "12月1日からは中央吹き抜けのイルミネーションが点灯しております。点灯時間は17時から22時です。\n"
      "また、年末年始の清掃スケジュールは別紙のとおりです。\n\n"
      "なお、消防計画の更新に伴い、各店舗の緊急連絡先（夜間に連絡のつく方2名）を"
      "12月12日（金）までに事務所へご提出いただく必要があります。未提出の店舗は年末の夜間作業を許可できなくなります。\n\n"
      "引き続きよろしくお願いいたします。\n\n"
      "みなと台ショッピングセンター 管理事務所 石原\n",
      PU),
    D("ja", "【12月15日（月）締切】年末年始の営業時間届のご提出のお願い",
      "テナント各位\n\n"
      "管理事務所の石原です。年末年始の各店舗の営業時間を、添付の届出書で12月15日（月）までにご提出いただけますか。\n\n"
      "館内の照明・空調・警備の時間をこの届出に合わせて設定するため、期日を過ぎると、"
      "ご希望の時間に空調が入らない場合があります。\n\n"
      "・届出書：添付のExcelファイル（店舗名と日付ごとの開店・閉店時刻をご記入ください）\n"
      "・提出先：管理事務所 kanri@example.jp またはバックヤード受付の提出箱\n"
      "・例年と同じ時間の場合も、お手数ですが届出をお願いします\n\n"
      "ご不明な点は内線201までお電話ください。\n\n"
      "みなと台ショッピングセンター 管理事務所 石原\n"),
    D("ja", "12月2日の荷物用エレベーター停止についてのお詫び",
      "テナント各位\n\n"
      "管理事務所の石原です。\n"
      "12月2日（火）9時から11時10分まで、荷物用エレベーターが停止し、開店前の品出しや納品に大きなご迷惑をおかけしました。"
      "深くお詫び申し上げます。\n\n"
      "原因は、前夜に行った定期点検の際、作業員が扉の安全装置の設定を点検用のまま戻し忘れたことでした。"
      "そのため朝の運転開始時に扉が閉まらず、エレベーターが動かない状態になっておりました。\n\n"
      "当日は11時10分に設定を戻して運転を再開し、停止中は警備員2名が地下搬入口から売場まで台車での運搬をお手伝いしました。"
      "商品の破損や、納品を受け取れなかったことによる損害が出た店舗は、12月12日までに事務所へお知らせください。個別にご相談させていただきます。\n\n"
      "今後は、点検作業の終了時に管理事務所の当直者が立ち会い、実際に1往復運転させて確認してから作業完了とします。"
      "点検業者とも12月4日にこの手順を取り決めました。\n\n"
      "みなと台ショッピングセンター 管理事務所 石原\n"),
    D("ja", "Re: ごみの分別について",
      "ベーカリー ル・プティ 店長 様\n\n"
      "管理事務所の石原です。お問い合わせいただいた件についてお返事いたします。\n\n"
      "先月の説明会でも、その前の文書でもお伝えしたとおりですが、段ボールは畳んで紐でしばり、"
      "B1の資源ごみ置き場へお出しいただくことになっております。\n"
      "何度ご説明してもご理解いただけていないようですので、今回は改めて図入りの資料を添付いたします。"
      "スタッフの皆様にもよくお読みいただくようお願いいたします。\n\n"
      "みなと台ショッピングセンター 管理事務所 石原\n",
      C),

    D("en", "December update from the centre team",
      "Dear tenants,\n\n"
      "What a busy start to the season! Footfall for November was up 6% on last year, and the late-night "
      "opening on Black Friday brought in our biggest Friday crowd since 2019. Thank you all.\n\n"
      "The grotto opens on Saturday in the lower atrium, and the Rotary Club will be collecting by the "
      "fountain every weekend until Christmas. Car park level 3 is being resurfaced from 8 to 10 December.\n\n"
      "One more thing: we need every unit to confirm its Christmas and Boxing Day trading hours by this "
      "Friday so we can book security cover - units that don't reply will be treated as closed and the "
      "shutters will stay locked.\n\n"
      "Best wishes,\nLeanne Walsh\nCentre Manager, Kingsgate Centre\n",
      PU),
    D("en", "Apology for the water leak in unit 14 on Monday",
      "Dear Mr Hussain,\n\n"
      "I'm very sorry that water came through your ceiling on Monday morning and that you had to close "
      "until 2 p.m.\n\n"
      "The leak came from a cracked joint on the roof drain that runs above your unit. Heavy rain overnight "
      "filled the drain faster than the joint could cope with.\n\n"
      "Our contractor replaced the joint that afternoon, and we've had the ceiling tiles replaced and the "
      "carpet dried by a specialist at our cost. Please send us the value of any damaged stock with photos "
      "and we'll settle it through the centre's insurance; we expect to pay within 21 days of receiving it.\n\n"
      "To stop this happening again, all eight roof drains are being checked this week, and from January "
      "they'll be inspected every quarter instead of once a year.\n\n"
      "Again, my apologies for the disruption.\n\n"
      "Leanne Walsh\nCentre Manager, Kingsgate Centre\n"),
]

MAILS = [
    T("ja", "上の階からの漏水（昨日お電話済み）",
      "管理事務所　御中\n\n"
      "2階 テナント番号215の文具店です。\n"
      "昨日の閉店前にお電話で漏水をお伝えし、「今夜中に見に行きます」と言われましたが、"
      "今朝来てみると誰も来た形跡がなく、天井からの水が昨日より増えています。\n"
      "手帳とカレンダーの棚がほぼ全滅で、床にも水が広がっていて危ないので、今日は店を開けられません。\n"
      "年末の一番売れる時期に一日閉めることになるのがどういうことか、分かっていただけますか。\n"
      "今日の何時に、どなたが来てくださるのか、まずそれだけ返信をお願いします。\n\n"
      "文具のたかはし　高橋",
      "high", "angry"),
    T("ja", "シャッターが閉まりません",
      "1階112区画の雑貨店です。\n閉店作業をしていたところ、正面のシャッターが\n"
      "床から60cmくらいのところで止まってしまい、\n上げ下げどちらのボタンも反応しません。\n"
      "中には商品とレジの釣り銭が残っていて、このまま帰っていいのか分かりません。\n"
      "防災センターに内線しましたがつながらず、メールも送っています。スタッフ2名で店内で待っています。\n\n"
      "Zakka Hana 中川　080-0000-2231",
      "high", "anxious"),
    T("ja", "搬入口が通れません",
      "お世話になります。食品フロアの惣菜店「ひなた」の配送担当です。\n"
      "東側の搬入口が工事のコーンでふさがれていて、トラックが入れません。\n"
      "今、冷凍品を積んだまま外周道路に停めています。保冷の関係で、あと2時間ほどで積み替えが必要になります。\n"
      "西側の搬入口を使ってよいか、それとも別の場所に停めるべきか、指示をいただけますか。\n"
      "運転手の携帯 070-0000-8840 です。",
      "high", "neutral"),
    T("ja", "催事スペースの申し込みについて",
      "３階でメガネ店を営んでいる者です。\n来年の春に、中央広場の催事スペースで"
      "フレームのフェアを開きたいと考えています。\n"
      "申し込みの方法と、何か月前までに申し込めばいいのかを教えていただけますか。\n"
      "使用料の目安も分かれば助かります。",
      "normal", "neutral"),
    T("ja", "共益費の値上げについて",
      "管理事務所の皆様\n\n"
      "来年度からの共益費値上げのお知らせ、拝見しました。\n"
      "通路の照明は半分切れたまま、トイレの修理も半年待っている状況で、値上げだけは素早いのですね。\n"
      "何にいくら使われているのか、内訳を示していただかないと、さすがに納得のしようがありません。\n"
      "次のテナント会までに資料をご用意いただけますか。\n\n"
      "B1 酒のまるや",
      "normal", "angry"),
    T("ja", "売上報告の入力方法",
      "はじめまして。今月から2階でネイルサロンを開いた遠藤と申します。\n"
      "毎月の売上報告のやり方について、オープン前の説明会で伺ったのですが、"
      "正直ほとんど覚えていなくて、資料も見当たりません。\n"
      "入力を間違えると賃料の計算に影響すると聞いて、少し怖くなっています。\n"
      "締め日と入力画面の場所を、もう一度教えていただけないでしょうか。",
      "normal", "anxious"),
    T("ja", "Re: 先日の件", "例の件、その後どうなっていますか？", "normal", "neutral", True),
    T("ja", "先月の漏水の件（報告書の写し）",
      "管理事務所　石原様\n\n"
      "318区画の雑貨店です。先月の漏水の件、その後天井も乾き、売場はまったく問題ありません。\n"
      "濡れた商品の分を保険会社に請求するので、修理業者の作業報告書の写しをいただけますか。\n"
      "保険会社からは「月内に出してもらえれば」と言われています。\n\nzakka hanaco　青井",
      "normal", "neutral"),
    T("ja", "クリスマスのピアノ演奏",
      "いつも買い物で利用しています。\n"
      "先週末、吹き抜けで高校生のピアノ演奏を聴きました。子どもがとても喜んで、"
      "家でも弾きたいと言い出すほどでした。素敵な企画をありがとうございます。\n"
      "来年もあるなら、日程が決まったときにホームページで知らせてもらえたらうれしいです。\n"
      "返信は不要です。",
      "low", "positive"),
    T("ja", "来年度の販促カレンダー",
      "管理事務所　ご担当者様\n\n"
      "４階の書店です。来年度の館内の販促カレンダーは、例年どおり３月ごろに配布される予定でしょうか。\n"
      "本部への計画提出は５月なので、今すぐ必要というわけではありません。"
      "決まっていればで結構です。\n\n"
      "ブックス青空　店長　西",
      "low", "neutral"),

    T("en", "No power to unit 22 since 6am",
      "Hi,\n\nWe've had no power to the café since about 6 this morning - everything else on the "
      "corridor seems fine, so I think it's our supply. The fridges and the chiller have been off for "
      "three hours now and we've got about £3,000 of dairy and meat in them. Past four hours we have "
      "to bin it under our food safety plan.\n\nCan someone with access to the riser come and look? "
      "I'm in the unit.\n\nDan\nBean There, Unit 22\n07700 900311",
      "high", "anxious"),
    T("en", "Christmas music",
      "Dear Centre Management,\n\nI do admire your commitment to the festive spirit. I have now heard "
      "the same Mariah Carey track four times in a single forty-minute shop, at a volume that made it "
      "difficult to hear the pharmacist. Is there perhaps a second song available? Failing that, a "
      "volume knob?\n\nYours, with ringing ears,\nG. Pemberton",
      "normal", "angry"),
    T("en", "Atrium hire in March",
      "Hello,\n\nWe're the opticians on the upper mall. We'd like to hire the central atrium for a "
      "frames launch on a Saturday in March. Could you send the rates and what the booking involves "
      "(insurance, power, staffing)? Any Saturday from the 7th works for us.\n\nThanks,\nRuth Adeyemi",
      "normal", "neutral"),
    T("en", "More seating near the lifts?",
      "Hi, just a suggestion from a regular: the benches by the ground-floor lifts are always full, and "
      "a lot of older shoppers end up standing. Maybe one or two more? Not expecting anything soon - "
      "it's a thought for whenever you next refit.\n\nKaren",
      "low", "neutral"),
    T("en", "Unit 9", "Can someone give me a ring about Tuesday. Sam", "normal", "neutral", True),
]
