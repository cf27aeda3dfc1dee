# restoration = water- and fire-damage restoration contractor (homeowners, shops, property managers)
from _h import s, d, m

DOMAIN = "restoration"

SENTENCES = [
    s("ja", "床下の乾燥には、状況によってそれなりの日数がかかります。", "V"),
    s("ja", "保険会社への請求は、お客様ご自身でしていただくものですので。", "D"),
    s("ja", "水が引いた後も、壁の中の湿気を測らずに内装を戻すとカビが出るため、含水率が15%を下回るまでは工事を始めないことをおすすめしています。"),
    s("ja", "濡れた書類は捨てずに、冷凍庫に入れておいてください。", "IR"),
    s("ja", "濡れた書類は、捨てずに冷凍庫に入れておいていただけますか。凍らせておけばカビの進行が止まり、後から真空乾燥で読める状態に戻せる可能性があります。"),
    s("ja", "臭いが完全に取れるかどうかは、やってみないと何とも言えません。", "U"),
    s("ja", "臭いが完全に取れるかはまだ判断できません。オゾン処理を1回行い、来週水曜日に再測定した結果でご相談させてください。"),
    s("ja", "ご近所への説明は当社の業務ではございませんので、そちらでお願いいたします。", "D"),
    s("ja", "お見積りのうち保険でどこまで認められるかは鑑定人次第ですので、当社では分かりかねます。", "U"),
    s("ja", "作業中は家の中に入らないでください。", "IR"),
    s("ja", "床をはがしてみて根太まで濡れていた場合は、追加で数万円ほどかかるかもしれません。", "V"),
    s("ja", "素人判断で掃除を始められると、かえって費用がかさむことになりますよ。", "C"),
    s("ja", "乾燥機は明日の朝9時に3台搬入し、72時間動かし続けます。電気代は1日あたり約800円で、お客様のご負担になります。"),
    s("ja", "鑑定人の方の立ち会いは、木曜日の13時で確定しました。"),

    s("en", "Your adjuster will probably approve most of it.", "V"),
    s("en", "Don't touch anything in the kitchen.", "IR"),
    s("en", "As we went over with you twice on site, the drywall has to come out, and we'd rather not reopen that.", "C"),
    s("en", "Mould in the crawlspace is outside what we were hired to do.", "D"),
    s("en", "Drying time depends on too many things for us to put a number on it.", "U"),
    s("en", "I can't promise the hardwood can be saved — cupping that deep sometimes flattens as it dries and sometimes doesn't — so we'll take moisture readings on Monday and Thursday and decide with you on Friday."),
    s("en", "Could you send us the claim number and your adjuster's email? The insurer won't release the first payment until they've seen our scope of work."),
    s("en", "The fans need to run day and night for three days, so please leave them on even though they're loud; switching them off at night adds about a day to the drying."),
]

DRAFTS = [
    d("ja", "ご自宅の床材の傷についてのお詫び",
      """西田 様

ホームリペア東和の工事担当、菅野です。
10月15日の乾燥機の撤去作業の際、廊下のフローリングに長さ30センチほどの傷をつけてしまいました。せっかく乾燥が終わったところに、申し訳ございませんでした。

乾燥機を運び出すとき、車輪の付いた台車を使わずに二人で持ち上げて運んだところ、機械の脚が床に当たったことが原因です。
傷をつけた部分の床材は、10月22日に当社の費用で張り替えることになっており、同じ品番の床材を手配済みです。

ホームリペア東和 菅野
""", "A"),
    d("ja", "浸水被害の復旧工事のお見積り",
      """喫茶 みちくさ
店主 宮田 様

ホームリペア東和の菅野です。
先日の現地調査にもとづき、店舗の浸水被害の復旧工事のお見積りをお送りします。

・床下の乾燥（乾燥機3台、5日間）　148,000円
・床材の撤去と張り替え（約24㎡）　△△△,000円
・壁の下部の石膏ボードの交換と消毒　96,000円

合計金額は、床材の品番が決まり次第、改めてお知らせいたします。
工事期間は約10日で、営業の再開は11月上旬を見込んでおります。

ホームリペア東和 菅野
""", "P"),
    d("ja", "【明日9時から】乾燥作業の開始と、ご準備いただきたいこと",
      """西田 様

ホームリペア東和の菅野です。
明日（10月9日）の朝9時から、1階の床下と壁の乾燥作業を始めます。作業員2名で伺い、乾燥機3台の設置は11時ごろに終わる予定です。

お手数ですが、明日の朝までに、1階の和室と廊下に置いてある家具や段ボールを、できる範囲で2階へ移していただけますでしょうか。
乾燥機の風が床下と壁の全体に回るようにするためです。重い家具は当日、作業員がお手伝いします。

乾燥機は72時間動かし続けるため、運転音が続きます。夜間も止めずにおいていただければ、予定どおり12日（土）の夕方に含水率を測り、次の工程をご相談できます。

ホームリペア東和 菅野
080-5555-0193
"""),
    d("ja", "11月2日の作業日の変更について",
      """宮田 様

ホームリペア東和の菅野です。
11月2日（土）に予定していた床材の張り替えを、11月5日（火）に変更させていただけないでしょうか。

ご注文の床材が、メーカーの工場の出荷の遅れで11月4日の入荷となりました。
5日の朝8時から作業を始めれば、当初の予定どおり11月9日には営業を再開していただけます。
5日のご都合が悪い場合は、このメールにご返信いただければ、別の日をご提案いたします。

ご予定の変更をお願いすることになり、恐れ入ります。

ホームリペア東和 菅野
"""),

    d("en", "About your living-room ceiling",
      """Dear Mrs Alvarez,

I'm very sorry that the stain has come back on your living-room ceiling only two weeks after we painted it.

We've booked a crew for Thursday at 8 am to cut out and replace that section of plasterboard, and the repaint is included at no charge. We will also take moisture readings in the ceiling cavity before we close it up, and we won't repaint until they are in the normal range.

Kind regards,
Mike Donnelly
Project Manager, ClearDry Restoration
""", "A"),
    d("en", "Drying equipment arriving tomorrow at 9 am",
      """Hi Mr Chen,

Our crew will arrive at 9 am tomorrow to set up four air movers and two dehumidifiers in your basement. Set-up takes about an hour.

The equipment has to run around the clock for three days, so please leave it on even though it's noisy; switching it off at night adds roughly a day to the drying. It draws about the same power as a tumble dryer, around $6 a day on your bill.

We'll come back on Friday to take moisture readings and tell you whether the drywall can stay.

Best,
Mike Donnelly
ClearDry Restoration
"""),
]

MAILS = [
    m("ja", "天井から水が落ちてきています",
      """ホームリペア東和 様

マンションの３階に住んでいる者です。
一時間ほど前から、リビングの天井から水がぽたぽた落ちてきて、今は照明器具のカバーの中にも水がたまっています。
上の階の方は留守のようで、管理会社は夜間で電話がつながりません。
照明のスイッチは切りましたが、ブレーカーも落としたほうがいいのでしょうか。
床には毛布を敷いていますが、どんどん濡れていきます。今夜来ていただくことはできますか。

小西 理恵
０８０－５５５５－０９２１
""", "high", "anxious"),
    m("ja", "店舗の浸水後の営業再開について",
      """ホームリペア東和
菅野様

喫茶みちくさの宮田です。先日はありがとうございました。
保健所に相談したところ、浸水した厨房で営業を再開するには、床下の乾燥と消毒が済んだことを示す書類が必要と言われました。
保健所の確認は明後日（金曜日）の１０時に来てもらうことになっています。
それまでに、作業の内容と日付が分かる書類を作っていただくことはできますでしょうか。
これが間に合わないと、再開がさらに二週間先になってしまいます。

宮田
""", "high", "neutral"),
    m("ja", "Re: Re: 壁のカビについて（三度目です）",
      """菅野様

壁のクロスの裏にカビが出ている件、先月２８日と今月３日にもお電話し、今日で三度目のご連絡になります。
「確認して折り返します」と言われたまま、どなたからも連絡がありません。
小学生の息子に喘息があり、この一週間、夜中に咳き込むことが増えています。
仮住まいのウィークリーマンションは今週の日曜日までしか借りておらず、自宅に戻れる状態なのかどうかも分かりません。
いつ確認に来ていただけるのか、お返事ください。

西田
""", "high", "angry"),
    m("ja", "お見積りの内訳について",
      """お世話になっております。
いただいたお見積りの「養生費」とは、具体的にどのような作業でしょうか。
保険会社に説明を求められたので、教えていただけると助かります。

坂井
""", "normal", "neutral"),
    m("ja", "作業の際のことで",
      """先日、乾燥機の設置に来られた作業員の方々ですが、
玄関で靴を脱がずにそのまま上がられ、和室の畳にも土足の跡が残っていました。
また、水に濡れていなかった仏壇を「邪魔なので」と動かされ、扉の金具が外れています。
被害に遭った家をさらに傷めるのが、御社の「復旧」なのでしょうか。
今後の作業に同じ方が来られるなら、一度お話をさせてください。

大木
""", "normal", "angry"),
    m("ja", "火事のあとの臭いについて",
      """先月、隣家の火事で我が家も煙が入り、御社に清掃をお願いしました。
きれいにしていただいたのですが、子ども部屋だけ、まだ少し焦げたような臭いが残っている気がします。
２歳と５歳の子がその部屋で寝ているので、体に悪いものが残っていないか心配です。
測ったり調べたりしていただくことはできますか。

川村
""", "normal", "anxious"),
    m("ja", "見積", "保険おりる？", "normal", "neutral", True),
    m("ja", "工事完了のお礼",
      """菅野様

おかげさまで、昨日から自宅に戻って暮らしています。
最初にお電話した夜、落ち着いて一つずつやることを教えてくださったことで、本当に救われました。
一つ質問なのですが、今回の工事に保証期間のようなものはありますか。
念のため、書類を保管しておきたいと思います。

西田
""", "normal", "positive"),
    m("ja", "梅雨前の浸水対策の相談",
      """昨年の大雨のとき、うちの前の道路が冠水して、あと少しで床下浸水するところでした。
今年は幸い何もありませんでしたが、来年の梅雨の前に、水害に備えて何ができるか相談したいです。
止水板の設置なども扱っていますか。
まだ先の話なので、冬の間にでもご連絡いただければ結構です。

高畑
""", "low", "neutral"),
    m("ja", "自治会の防災だよりへの写真掲載について",
      """ホームリペア東和 御中

ひばりが丘自治会で防災だよりを作っている者です。
先日、近所のお宅で作業されていた乾燥機の写真を、「水害のあとの乾燥の大切さ」を伝える記事に使わせていただけないかと考えています。
お宅の方の了承は得ています。発行は来年３月なので、ゆっくりご検討ください。

ひばりが丘自治会 広報 石原
""", "low", "neutral"),

    m("en", "Basement flooded - mother lives down there",
      """Hello,

Our basement flooded in last night's storm. There's about four inches of water across the floor, and it's up to the bottom of the furnace and near the electrical panel. My mother (78) lives in the basement suite; she's upstairs with us for now.

I've turned off the breakers for the basement but not the main. The furnace is off, so the house is getting cold. Can someone come today? We don't know whether it's safe to go down there.

Angela Ruiz
(555) 014-2290
""", "high", "anxious"),
    m("en", "Unit 3B fire - mitigation needed by tomorrow",
      """Hi,

I manage Maple Court apartments. There was a kitchen fire in unit 3B yesterday afternoon; the fire department has released the building. Units 3B and 2B (below, water from the hoses) are uninhabitable and both tenants are in a hotel.

Our insurer requires mitigation work to start within 48 hours of the loss, i.e. by 3 pm tomorrow, or they may reduce the claim. Can you get a crew out to board up, extract water and start drying by then?

Thanks,
Derek Osei
Property Manager, Maple Court
""", "high", "neutral"),
    m("en", "Your crew",
      """Your crew finished in our basement on Friday. They left used plastic sheeting in the yard, a bucket of dirty water on the stairs, and a dehumidifier running with nobody telling us when it would be collected.

I'm sure they were busy. So were we, cleaning up after them.

Paula Grant
""", "normal", "angry"),
    m("en", "Water-damaged photos",
      """Hello,

Do you restore water-damaged photo albums, or can you recommend someone? We have three albums from my grandmother that got wet in the flood. They're in the freezer at the moment, as a friend suggested.

Thanks,
Jacob
""", "normal", "neutral"),
    m("en", "Asbestos question for next year",
      """Hi,

We're planning to renovate our 1960s bungalow next summer. A neighbour mentioned that old ceiling texture might contain asbestos and that it's dangerous to disturb. Is asbestos testing something you do, and roughly what does it cost? Nothing is damaged at the moment, so no rush.

Regards,
Helen Cho
""", "low", "neutral"),
]
