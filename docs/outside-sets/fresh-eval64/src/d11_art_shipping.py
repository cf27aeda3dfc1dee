from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "art_shipping"
MEANING = "fine-art logistics: crating, climate-controlled transport, exhibition loans, customs / 美術品輸送"

SENTENCES = [
    S("ja", "梱包前の状態確認にはお客様の立ち会いが原則だと、ご依頼の際にご説明しておりますので、その点はご理解いただいていたものと思っておりました。", C),
    S("ja", "木箱は職人が一つずつ手作りしますので、通常の梱包よりは日数をいただいております。", V),
    S("ja", "木箱は採寸から5営業日で製作し、6日目に作品のお引き取りに伺います。", ),
    S("ja", "木箱の大きさを決めるのに必要なので、作品の寸法と重さを測って送ってください。", I),
    S("ja", "木箱の大きさとトラックの手配を決めたいので、額を含めた作品の寸法と、おおよその重さを教えていただけますか。", ),
    S("ja", "作品の保険評価額が分かる書類を、ご用意いただけますか。", R),
    S("ja", "税関の検査は税関側の都合で進みますので、終了の時期をこちらから申し上げることはできかねます。", U),
    S("ja", "税関の検査がいつ終わるかはまだ分かりませんが、毎日午後に通関業者から状況を聞き、その日のうちにご報告します。", ),
    S("ja", "額縁の角の小さな擦れですので、作品の価値には影響ないかと存じます。", X),
    S("ja", "ご自宅の階段の幅については、本来は事前にお知らせいただくべき情報でした。", C),
    S("ja", "ほかの運送会社さんのお見積りと比べられましても、当社は美術品専門ですので。", X),
    S("ja", "現地への到着は船の運航次第ですが、今の予定では3月4日に現地の港に着き、通関に2〜3日かかる見込みです。", ),
    S("ja", "輸送の前後で作品の状態が変わっていないことを確かめるため、お引き取りの前にご一緒にコンディションチェックをさせていただけますか。", ),

    S("en", "Crates are built to order, so there's a wait before we can collect.", V),
    S("en", "We can't tell you at this stage when the shipment will clear customs in Singapore.", U),
    S("en", "The scuff is on the back of the stretcher bar, so it's hardly anything to worry about.", X),
    S("en", "As we've already explained twice, we don't collect from any address without a condition report on file.", C),
    S("en", "Both paintings will travel in one climate-controlled crate at 50% relative humidity, with a courier riding in the truck from Basel to London.", ),
    S("en", "Could you tell us whether the building has a goods lift? The crate for the larger canvas is 2.1 m tall, and if it won't fit we'll need to bring a stair crew.", ),
]

DRAFTS = [
    D("ja", "お預かりした作品の額縁の破損についてのお詫び",
      "藤原 俊介 様\n\n"
      "株式会社アートキャリー 輸送部の谷口です。\n"
      "11月29日にご自宅から画廊へお運びした油彩画（須田 明「海辺の午後」）の額縁の右下角に、"
      "長さ約3cmの欠けが生じておりました。大切なお作品をお預かりしながら、このような事態を招き、誠に申し訳ございません。\n\n"
      "欠けは額縁のみで、画面には影響がないことを、提携している修復士が12月2日に確認いたしました。"
      "額縁は同じ修復士が当社の費用で修復し、12月16日までに画廊へお届けします。\n\n"
      "今後は、額縁の角すべてに専用のコーナー保護材を取り付けてから梱包し、"
      "搬出・搬入の際には必ず2名で作品を持つことを徹底してまいります。\n\n"
      "あらためて、深くお詫び申し上げます。\n\n"
      "株式会社アートキャリー 輸送部 谷口\n",
      AP),
    D("ja", "【お見積り】日本画2点の輸送（1月10日までにご返答をお願いします）",
      "鎌倉市立白浜美術館 学芸課 松井 様\n\n"
      "株式会社アートキャリーの谷口です。ご依頼の日本画2点の輸送について、お見積りをお送りします。"
      "1月10日（金）までにご発注の可否をお知らせいただけますか。"
      "2月の搬入日に合わせて空調車を押さえるため、この日が期限となります。\n\n"
      "・作品：掛軸2幅（所蔵者：京都府内の個人）\n"
      "・内容：専用箱への収納、空調車（温度20℃／湿度55%設定）での輸送、クーリエ1名同乗\n"
      "・金額：税込 418,000円（往復）\n\n"
      "所蔵者様のご自宅の搬出経路について、事前に下見をさせていただければ、当日の作業時間を1時間ほど短縮できます。\n\n"
      "株式会社アートキャリー 輸送部 谷口\n"),
    D("ja", "搬出日時のご確認",
      "ギャラリー葵 川口 様\n\n"
      "アートキャリーの谷口です。個展終了後の作品の搬出日時が決まりましたので、ご確認いただけますでしょうか。\n\n"
      "・日時：12月22日（月）10:00〜13:00\n"
      "・作品数：油彩12点、版画8点\n"
      "・作業員：4名（2tの空調車1台）\n\n"
      "当日は作品のコンディションチェックを先に行い、その記録に作家様と川口様のサインをいただいてから梱包に入ります。"
      "日時に問題がなければ、ご返信は不要です。\n\n"
      "株式会社アートキャリー 谷口\n"),

    D("en", "Your Elizabeth Frink drawings - all delivered",
      "Dear Mrs Carver,\n\n"
      "Just to let you know that the three drawings arrived safely at the Holburne Museum at 11:20 this "
      "morning. Our courier went through the condition reports with the registrar, Ms Amis, and no "
      "changes were found. Signed copies are attached.\n\n"
      "We'll collect them again on 14 April at the close of the exhibition. You'll have a reminder from us "
      "on 1 April with the time.\n\n"
      "Kind regards,\nMartin Hale\nHale Fine Art Logistics\n"),
    D("en", "The damaged frame on your Hockney print",
      "Dear Mr Fielding,\n\n"
      "I was sorry to hear that the frame on your Hockney print arrived at the auction house with a "
      "split in the lower moulding. Please accept our apologies.\n\n"
      "Our investigation found that the print travelled in a soft-wrap rather than a crate because the "
      "booking was made as a standard rather than a fine-art consignment.\n\n"
      "We've arranged for Harper & Lowe, the frame restorers the auction house recommended, to repair the "
      "moulding at our cost; they'll collect it on Monday and expect to return it to the saleroom by 9 "
      "December, before the catalogue photography.\n\n"
      "Yours sincerely,\nMartin Hale\nHale Fine Art Logistics\n",
      AP),
]

MAILS = [
    T("ja", "貸出作品の通関について",
      "アートキャリー　谷口様\n\n"
      "白浜美術館の松井です。\n"
      "ロンドンから借りる水彩画4点が、まだ成田の保税倉庫に留め置かれていると、先ほど通関業者さんから聞きました。\n"
      "展覧会の初日は今週の土曜日で、前日の金曜日には知事も出席する内覧会があります。\n"
      "作品が届かなければ、目玉の展示室が空っぽのまま開幕することになります。\n"
      "どの書類が足りないのか、こちらで何か用意すれば間に合うのか、教えていただけないでしょうか。本当に困っています。",
      "high", "anxious"),
    T("ja", "Re: Re: 到着時の破損について（３回目です）",
      "谷口様\n\n"
      "11月29日に届いた版画の額のガラスが割れていた件で、12月1日と4日にメールしています。\n"
      "破片で作品の表面にも線状の傷が入っています。写真はすでに二度お送りしました。\n"
      "保険の約款では、損害の申し立ては到着から14日以内とされていて、期限は13日です。\n"
      "御社からの事故報告書がなければ、申し立てもできません。\n"
      "これ以上お待ちするつもりはありませんので、明日中に報告書を送っていただくか、"
      "できないならその理由を書面でお知らせください。\n\n"
      "藤原",
      "high", "angry"),
    T("ja", "輸送中の温湿度記録について",
      "アートキャリー　ご担当者様\n\n"
      "ギャラリー葵の川口です。\n"
      "昨日お届けいただいた板絵（17世紀、個人蔵）の輸送記録を確認したところ、"
      "途中で湿度が85%まで上がり、その状態が約3時間続いていました。\n"
      "貸し主の方が明日の10時に作品の状態を確認しに来られます。\n"
      "それまでに、湿度が上がった時刻と場所、原因について分かる範囲で文書をいただけますか。\n"
      "今のところ、作品に目に見える変化はありません。",
      "high", "neutral"),
    T("ja", "引っ越しに伴う絵の輸送",
      "来年の３月に、東京から金沢へ引っ越す予定です。\n"
      "手元にある油絵（Ｆ２０号が２点、Ｆ８号が３点）を運んでいただくことはできますか。\n"
      "引っ越し業者とは別に運んだほうがいいと言われたので、お見積もりをお願いしたいです。",
      "normal", "neutral"),
    T("ja", "見積もりの金額について",
      "先日のお見積もり、拝見しました。\n"
      "小さな版画１枚、都内の移動で５万５千円。\n"
      "御社の木箱はよほど上等な木でできているのでしょうね。\n"
      "引っ越し業者なら数千円だと言われましたが、何がこれほど違うのか、内訳を見せていただけますか。",
      "normal", "angry"),
    T("ja", "父の絵画コレクションについて",
      "先月亡くなった父が、自宅に絵を30点ほど残していきました。\n"
      "家を来年の夏までに売ることになり、絵をどうにかしなければならないのですが、"
      "どれにどのくらいの価値があるのかも、どう運び出せば傷めずに済むのかも分かりません。\n"
      "相続の手続きもあって頭がいっぱいで、何から手をつけたらよいのか……。\n"
      "こういう場合、御社ではどういうお手伝いをしていただけるのでしょうか。",
      "normal", "anxious"),
    T("ja", "作品の一時保管について",
      "自宅の改装工事のあいだ、日本画の屏風を一双、２か月ほど預かっていただくことはできますか。\n"
      "工事は２月からの予定です。保管料と、引き取りに来ていただく費用を教えてください。",
      "normal", "neutral"),
    T("ja", "見積もり", "絵を一枚運びたい", "normal", "neutral", True),
    T("ja", "個展の搬出ありがとうございました",
      "先日は個展の搬出で大変お世話になりました。\n"
      "作業の方々がとても丁寧で、作品を一点ずつ確認しながら梱包してくださる様子に安心しました。\n"
      "再来年あたりに次の個展を考えているので、その際もお願いできればと思っています。日程はまだ全く決まっていません。",
      "low", "positive"),
    T("ja", "木箱の再利用について",
      "以前に作っていただいた木箱が、自宅の倉庫にそのまま残っています。\n"
      "次にまた作品を運ぶことがあれば、この箱を再利用できるのでしょうか。\n"
      "特に予定があるわけではないので、参考までに教えていただければ結構です。",
      "low", "neutral"),

    T("en", "Sculpture held at Venice customs",
      "Martin,\n\nThe bronze for the Biennale is still sitting at customs at Marco Polo - our agent there "
      "says the ATA carnet has the wrong weight on it, 85 kg instead of 58. The pavilion opens to press "
      "on Tuesday, four days from now, and installation needs at least two days with the plinth.\n\n"
      "I'm the artist, not a shipping person, and I don't know whether this is something I can fix from "
      "here or whether it needs you. I can hardly sleep. Please tell me what happens next.\n\nNia Roberts",
      "high", "anxious"),
    T("en", "Where is my painting? (third request)",
      "Mr Hale,\n\nYour firm collected a crated oil painting from my flat on 18 November for delivery to a "
      "buyer in Edinburgh. The tracking page has said 'In transit - depot' for three weeks. I emailed on "
      "the 25th and the 2nd, and phoned on Monday and was promised a call back. Nothing.\n\nThe buyer "
      "pays on delivery. That's £14,000 I'm waiting on, and he's now asking whether the painting exists. "
      "I need to know today where it physically is.\n\nCatherine Doyle",
      "high", "angry"),
    T("en", "Loading dock closed tomorrow",
      "Hi, your truck is due at our loading dock tomorrow at 9 with the Riley canvases. We've just been "
      "told the street will be closed from 7 until 2 for the half marathon, so the dock will be "
      "unreachable. Could you come this afternoon instead, or after 2 tomorrow? The hang starts Thursday "
      "morning either way.\n\nTom Bell, Registrar, Quayside Gallery",
      "high", "neutral"),
    T("en", "Quote for a single sculpture",
      "Hello, could you quote for moving one marble bust (about 40 kg, 60 cm tall) from my house in "
      "Bath to a gallery in Cheltenham? Any date in February would suit.\nRegards, Alan Pryce",
      "normal", "neutral"),
    T("en", "Storage next year",
      "Hi Martin, we may need short-term storage for about ten canvases next autumn while the gallery "
      "is refurbished. Nothing is confirmed, so there's no need to quote yet - just tell me whether you "
      "offer it.\nThanks, Beth",
      "low", "neutral"),
]
