from common import s, d, m
DOMAIN = "rafting"
MEANING = "river rafting and canyoning tour operator (guided half-day/day trips, pickup bus, photos)"

SENTS = [
    s("ja", "水位が基準の1.2mを超えた場合は、下流の4kmコースに切り替えてご案内いたします。"),
    s("ja", "申込書にちゃんと書いてあるのに、読まずに来られる方が多くて困っています。", "C"),
    s("ja", "集合時間を過ぎるとダムの放流時刻に間に合わなくなるため、8時45分には出発いたします。遅れそうなときはお電話いただければ、午後の回へお振り替えします。"),
    s("ja", "キャンセル料は、当日の天候次第で多少変わります。", "V"),
    s("ja", "ウェットスーツのサイズを事前に教えてください。", "IR"),
    s("ja", "ツアー中に撮影した写真は、終了後3日以内に専用ページへアップロードします。"),
    s("ja", "中止の判断がいつになるかは、正直なところ分かりません。", "U"),
    s("ja", "保険の補償内容は保険会社に直接聞いてください。当社は関係ありません。", "ID"),
    s("ja", "小学生のお子様は身長130cm以上から参加できます。ライフジャケットが体に合うのがその高さからだからです。"),
    s("ja", "前日の夜に確認のお電話をいたしますので、つながりやすい番号を教えていただけますか。"),
    s("ja", "最少催行人数は4名で、集まらない場合は前日17時にツアーの中止を判断し、メールでお知らせします。"),
    s("ja", "ご自身の体力を過信されないほうがよろしいかと思いますよ。", "C"),
    s("ja", "送迎バスの時刻は、そのうちご案内します。", "V"),
    s("en", "Wear closed-toe shoes that can get wet, because flip-flops come off in the rapids.", "I"),
    s("en", "We'll decide by 6 p.m. the day before whether the river is safe to run, and text you either way."),
    s("en", "Honestly, if you can't swim, you shouldn't have booked a whitewater trip.", "C"),
    s("en", "There may be a modest fuel surcharge this summer.", "V"),
    s("en", "Lost items are the customer's responsibility; we don't search the riverbank.", "D"),
    s("en", "The park service hasn't said yet whether the gorge section will reopen this year; they review it on 1 July, and I'll email you their decision that day."),
    s("en", "Could you send the names and weights of everyone in your group? We use the weights to balance the rafts."),
]

DRAFTS = [
    d("ja", "夏のご案内", """
山口様

リバーワークス奥川の三浦です。
今年は春先の雪解けが早く、川の水量も例年より多めで、迫力のあるツアーになっています。
新しく導入したセルフベイラー付きのボートも好評で、ガイド一同張り切っております。
川沿いの紫陽花も見頃を迎え、休憩ポイントからの眺めは格別です。

なお、ご予約いただいている7月6日のファミリーコースですが、増水のため当日はお子様が参加できる区間が閉鎖となる見込みです。
7月13日か20日への変更をご希望の場合は、6月30日までにご返信いただけますでしょうか。

皆様のお越しをお待ちしております。
リバーワークス奥川　三浦
""", "N"),
    d("ja", "集合時間の遅れについてのお詫び", """
斎藤様

リバーワークス奥川の三浦です。
昨日のツアーでは、ガイドの到着が遅れ、集合場所で40分近くお待たせしてしまいました。大変申し訳ございませんでした。

当日は前の回のボートの回収に時間がかかり、出発が押してしまったことが原因です。
今後は回と回のあいだを30分以上空けて予定を組み、遅れが見込まれる場合は集合時刻の1時間前までにお電話でお知らせするようにいたします。

またのご参加を心よりお待ちしております。
リバーワークス奥川　三浦
""", "A"),
    d("ja", "7月27日キャニオニングツアー催行決定のお知らせ", """
大塚様

リバーワークス奥川の三浦です。
7月27日（日）午前のキャニオニングツアーは、参加者が最少人数に達したため、催行が決まりました。

集合：8:30　奥川ベース（駐車場あり、無料）
料金：お一人様11,000円（保険・装備・写真データ込み）
持ち物：濡れてもよい靴、タオル、着替え

ウェットスーツの準備のため、参加される3名様の身長と体重を7月24日までにお知らせいただけますでしょうか。
当日の天候で中止となる場合は、前日17時までにメールとお電話でご連絡いたします。

リバーワークス奥川　三浦
"""),
    d("en", "Saturday trip - paperwork", """
Hi Greg,

Your group's half-day trip on Saturday 9 August is confirmed for 8 people.

Print the waivers, sign them and bring them on the day. Send us everyone's shoe sizes by Wednesday.

Meet at the Riverside Base at 8:15. The trip costs $95 per person, payable on arrival.

See you there,
Kayla
Whitewater North
""", "IR"),
    d("en", "Sorry for the cancelled trip on 3 June — full refund sent", """
Hi Priscilla,

I'm sorry we had to cancel your family's trip on 3 June with less than a day's notice. I know you'd arranged time off and travelled up for it.

The cause was a dam release upstream that the water authority announced at 7 p.m. the night before; the flow rose above the level at which we can safely take children on the river. We've refunded the full $380 to your card today, and it should appear within five working days.

We've since agreed with the water authority to get release schedules 48 hours ahead, so if this happens again we can warn families at least two days before.

I'd be glad to book you on any date this season at 15% off if you'd like to try again.

Kayla
Whitewater North
"""),
]

MAILS = [
    m("ja", "明日のツアーは催行されますか（台風）", """
リバーワークス奥川さま

明日8/15のファミリーコースを予約している小野です（大人2・小学生2）。
ニュースで台風が近づいていると見て、家族で行っていいのか迷っています。
前泊のホテルのキャンセル料が今日の18時からかかるので、
それまでに催行されるかどうかだけでも分かると助かります。
子どもたちも楽しみにしていたので、どうすればいいのか…

小野
""", "h", "ax"),
    m("ja", "ツアー中のケガについて", """
リバーワークス奥川　責任者様

8月10日のキャニオニングツアーに参加した中学生の娘が、岩場から飛び込む際に足を切り、病院で3針縫いました。
飛び込む場所の説明は「大丈夫だから」の一言だけで、水中の岩について注意はありませんでした。

治療費の扱いと、当日の安全確認がどうなっていたのか、明日中に文書でご回答ください。
誠意あるご回答がいただけない場合は、弁護士に相談します。

佐々木 真理
""", "h", "an"),
    m("ja", "本日10時の回、到着が遅れます", """
本日10時集合の回を30名で予約している旭ヶ丘高校ＯＢ会の吉川です。
高速道路が事故で通行止めになっており、バスの到着が1時間ほど遅れる見込みです。
11時ごろの到着になりますが、このまま向かってよいか、
時間をずらして実施していただけるか、
分かり次第お電話（090-xxxx-xxxx）かメールでご連絡ください。
""", "h", "ne"),
    m("ja", "身長制限について", """
来月、家族4人で参加したいと考えています。
下の子が小学2年生で身長が126cmなのですが、ファミリーコースには参加できますか？
もし難しければ、下の子が参加できる別のコースはありますか。
""", "n", "ne"),
    m("ja", "写真のダウンロード", """
先週のツアー、ありがとうございました！
ガイドの健太さんがとても面白くて、家族みんな大満足でした。
写真のページを開こうとしたらパスワードを聞かれたのですが、どこに書いてありましたっけ？
""", "n", "po"),
    m("ja", "泳げなくても大丈夫でしょうか", """
はじめて問い合わせます。
友人に誘われてラフティングに申し込もうと思っているのですが、私は泳ぎがほとんどできません。
それに数年前から不整脈の薬を飲んでいます。
ボートから落ちたらどうしよう、途中で気分が悪くなったら迷惑をかけるのでは、と考えてしまって。
こういう人でも参加している方はいますか？
""", "n", "ax"),
    m("ja", "領収書の発行について", """
株式会社アオバ設計の村井です。
9/6に社員旅行で利用させていただく予定です。
領収書を会社名あてで、インボイスの登録番号入りで発行していただくことは可能でしょうか。
よろしくお願いいたします。
""", "n", "ne"),
    m("ja", "写真", """
写真まだですか？ずっと待ってるんですけど。
""", "n", "an", True),
    m("ja", "来年の春のキャニオニング", """
今年の秋に初めて参加して、すっかりはまってしまいました。
来年の春のキャニオニングはいつごろから始まりますか？
まだ予定も立てていないので、シーズンの日程が出たら教えていただければ大丈夫です。
""", "l", "ne"),
    m("ja", "アンケートの補足です", """
先日のツアー後のアンケートに書ききれなかったので、メールで失礼します。
更衣室のロッカーが小さくて、リュックが入りませんでした。
次のシーズンまでに何か工夫していただけるとうれしいです。返信は不要です。
""", "l", "ne"),
    m("en", "Booking tomorrow - just found out I'm pregnant", """
Hi,

My husband booked us on tomorrow's 9am Upper Canyon trip as a surprise (booking under Daniel Okafor). I found out this morning that I'm 11 weeks pregnant, and I don't think I should go on rapids now.

Your cancellation policy says a full refund is only possible up to 24 hours before, which is tonight. Can I get a refund or move my place to later in the year? I'm a bit overwhelmed and not sure what the right thing is.

Grace Okafor
""", "h", "ax"),
    m("en", "Refund for June 3 cancellation - still nothing", """
I have now called four times and emailed twice about the $840 refund for the trip you cancelled on June 3. Every time I'm told "it's being processed."

It has been seven weeks. I'll file a dispute with my card company on Monday if the money isn't back by then.

Rob Delaney
""", "h", "an"),
    m("en", "Company outing in September", """
Hello,

We're planning a team day for 20 people in mid-September. Do you offer group rates, and can you provide lunch afterwards? A weekday would suit us best.

Thanks,
Mei Lin
People & Culture, Orbis Software
""", "n", "ne"),
    m("en", "Re: your booking", """
can we move it?

On Tue, 2 Jul, Whitewater North wrote:
> Thanks for booking with Whitewater North! Your trip details are below.
""", "n", "ne", True),
    m("en", "Thank you + winter trips?", """
We had the best day on the river last weekend - huge thanks to our guide Mika, who kept the kids laughing even in the cold bits.
Any chance you'll run winter trips next year? No rush on this at all, just curious.
Anna & family
""", "l", "po"),
]
