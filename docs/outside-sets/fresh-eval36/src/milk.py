from common import *

DOMAIN = "milk"
MEANING = "牛乳・乳製品の宅配 / dairy doorstep delivery"

SENTENCES = [
    S("ja", "配達ボックスの鍵は玄関脇に置いてください。", I, R),
    S("ja", "休配のご連絡を前日の正午までにいただければ、翌朝の分から止められます。"),
    S("ja", "瓶の回収が遅れている理由については、こちらでは何とも申し上げられません。", U),
    S("ja", "料金改定の詳細は近日中にお知らせします。", V),
    S("ja", "毎月のお便りにも大きく載せておりますので、お読みいただければお分かりになったかと存じます。", C),
    S("ja", "ヨーグルトの味についてのご意見はメーカーに伝え、返答が届き次第、遅くとも来週金曜までにご連絡します。"),
    S("ja", "空き瓶は軽くすすいでから翌朝の配達までにボックスへ戻していただけますか。洗浄工程で落としきれない汚れが残るのを防ぐためです。"),
    S("ja", "お届けの時刻は多少前後することがございます。", V),
    S("ja", "アレルギー成分の一覧は、本日17時までにPDFでメールにてお送りします。"),
    S("ja", "印鑑を押した変更届を郵送していただけますか。", R),
    S("ja", "同じことを何度もお問い合わせいただいても、回答は変わりません。", C, X),
    S("ja", "配達員が伺った時刻は記録が残っていないため分かりかねますが、明日から1週間、配達時刻を記録してお知らせします。"),
    S("ja", "夏場は牛乳が傷まないよう、保冷ボックスを直射日光の当たらない軒下に置いていただくようお願いしております。"),

    S("en", "Your milk will arrive between 5 and 7 a.m. on Tuesdays and Fridays."),
    S("en", "Leave the empties out by 6 p.m.", I, R),
    S("en", "There may be a slight surcharge for the glass bottles.", V),
    S("en", "We can't say why the cream was sour.", U),
    S("en", "Could you rinse the bottles before putting them out? Milk residue attracts wasps to the crates in summer."),
    S("en", "If you'd read the welcome leaflet, you'd know we don't deliver on bank holidays.", C),
    S("en", "If you're going away, we can pause deliveries and your direct debit for exactly the dates you give us."),
]

DRAFTS = [
    D("ja", "【お詫び】11月18日の配達漏れについて", """
佐伯様

みなみ野ミルク宅配センターの岡田です。
11月18日（月）の朝、佐伯様宅へ牛乳2本とヨーグルト1個をお届けできず、大変申し訳ございませんでした。

原因は、配達ルートの組み替えの際に、佐伯様のお宅が新しい配達表から抜け落ちていたことでした。
当日分は同日の午後3時に担当の村井がお届けし、代金は今月分から差し引いております。
再発防止のため、ルートを変更する際は、旧配達表と新配達表を二人で突き合わせて確認する手順を加えました。

ご不便をおかけしたことを、重ねてお詫び申し上げます。

みなみ野ミルク宅配センター　岡田
"""),
    D("ja", "牛乳瓶の破損について", """
高畑様

みなみ野ミルク宅配センターの岡田でございます。
昨日（10日）の朝、お届けした牛乳の瓶が保冷ボックスの中で割れており、ご迷惑をおかけして大変申し訳ございませんでした。

配達員に確認したところ、門扉を閉める際にボックスのふたに当たり、その衝撃で瓶同士がぶつかって割れたものと分かりました。
割れた瓶と破片は昨日の午後に回収し、代わりの牛乳2本を本日の朝にお届けしております。ボックスの中の拭き取りも済ませました。

何かお気づきの点がございましたら、お知らせください。

みなみ野ミルク宅配センター　岡田
""", AP),
    D("ja", "年末年始の配達お休みのお知らせ", """
〇〇様

いつもみなみ野ミルク宅配センターをご利用いただき、ありがとうございます。
年末年始は、12月30日（月）から1月3日（金）まで配達をお休みします。
お休み前の最終配達は12月28日（土）、年明けの配達開始は1月〇日（〇）です。
お休み中の分をまとめてお届けすることもできますので、ご希望の方は12月20日までにお電話かメールでお知らせください。

みなみ野ミルク宅配センター
""", PH),

    D("en", "Your trial week starts Monday 3 March", """
Hi Priya,

Thanks for signing up for a trial week with Hillside Dairy. Your first delivery is on Monday 3 March, between 5 and 7 am: two pints of semi-skimmed in glass bottles and a 500 g pot of natural yoghurt, as you chose.

We'll leave it in the insulated crate by your front door. If you'd rather we used the side gate, a reply to this email before Sunday evening is all we need.

You don't need to do anything to stop at the end of the week - the trial simply ends. If you'd like to carry on, a quick "keep going" reply is enough and we'll set up the regular order.

Best,
Tom
Hillside Dairy
"""),
]

MAILS = [
    M("ja", "母の家の牛乳が取り込まれていません", """
みなみ野ミルク宅配センター御中

いつもお世話になっております。三丁目の松本トシ（84歳）の娘の佐々木と申します。
母は一人暮らしで、見守りを兼ねて毎朝牛乳をお願いしております。
先ほど近所の方から、昨日と今朝の牛乳がボックスに入ったままだと電話がありました。
母の携帯にかけても出ません。私は大阪に住んでいて、今日中には行けません。
配達員の方は何か気づかれたでしょうか。見守りの連絡先として、私の番号を登録してあるはずなのですが。

佐々木 恵
090-4821-7730
""", "high", "anxious"),
    M("ja", "Re: Re: 引き落とし金額について（3回目）", """
3回目のご連絡です。
先月分（4,320円）が口座から2回引き落とされています。
10日にメール、14日にお電話でお伝えし、「確認して折り返す」とのことでしたが、いまだに何の連絡もありません。
返金の方法と日程を教えてください。

> 10日のメール
> 通帳を見たら4,320円が2回引かれていました。確認をお願いします。

中川
""", "high", "angry"),
    M("ja", "明日の追加注文（30本）の確認", """
カフェ・ソラの堀です。
先週お願いした、明日土曜のマルシェ用の追加分（牛乳1リットル瓶×30本）について、まだ確定のご連絡をいただいていません。
明朝8時の開店に使う予定で、届かない場合は今日中に別の仕入れ先を探す必要があります。
明朝何時ごろ届くか、お返事いただけますか。

カフェ・ソラ　堀 拓也
TEL 0422-11-2345
""", "high", "neutral"),
    M("ja", "門扉", """
今朝の配達の方、門扉を開けたまま帰りましたね。
うちは庭で犬を放しているので、出てしまったらどうするんですか。本当に困ります。
今後はきちんと閉めるよう、配達員の方に伝えてください。
""", "normal", "angry"),
    M("ja", "配達本数の変更", """
いつもありがとうございます。
来月から、低脂肪乳を週３本から週２本（火・金）に減らしたいです。
ヨーグルトはそのままで結構です。
手続きはこのメールで大丈夫でしょうか。

北村
""", "normal", "neutral"),
    M("ja", "配達", "止めたいです", "normal", "neutral", True),
    M("ja", "引っ越し後も続けたいです", """
いつもおいしい牛乳をありがとうございます。子どもたちも毎朝楽しみにしています。
来月末に隣の東山市へ引っ越すのですが、そちらも配達エリアに入っていますか？
続けられたらとても嬉しいです。新しい住所は東山市桜台2-14-6です。
""", "normal", "positive"),
    M("ja", "引き落とし不能のお知らせが届きました", """
口座の残高不足で今月分が引き落とせなかったというハガキが届きました。
こういうことは初めてで、どうしたらいいのか分からず…
延滞金がかかったり、配達が止まったりするのでしょうか。
振込で払えばいいなら、振込先を教えていただけますか。
すみません、よろしくお願いします。
""", "normal", "anxious"),
    M("ja", "飲むヨーグルトの新しい味について", """
急ぎではないのですが、以前チラシで見たブルーベリー味の飲むヨーグルトは、今後また出る予定はありますか？
もし出るなら注文したいと思っています。
分かる時で大丈夫です。
""", "low", "neutral"),
    M("ja", "牧場見学について", """
子ども会の役員をしている者です。
来年の春ごろ、子どもたち（小学生15人くらい）と牧場見学ができないかと考えています。
時期も人数もまだ決まっておらず、今は受け入れをされているかどうかだけ知りたいです。
ご都合のよい時にお返事いただければ幸いです。

東町子ども会　宮田
""", "low", "neutral"),

    M("en", "Dad's milk hasn't been taken in", """
Hello,

My father, Ron Ellis, is on your round at 14 Mill Lane. He's 89 and lives alone - the milk is partly how the neighbours know he's up and about.
Mrs Cole next door just rang me to say yesterday's and today's bottles are still on the step. He isn't picking up his phone and I'm four hours away.
Did your driver notice anything this morning? Is there any way he could knock on his way back?

Julie Ellis
07700 900461
""", "high", "anxious"),
    M("en", "Wrong milk AGAIN", """
Third week in a row I've been sent whole milk instead of semi-skimmed. I have not changed my order. I'm paying for semi-skimmed and I'd like semi-skimmed, it's really not complicated.
Can someone sort this out propelry please.
D. Marsh, 7 Orchard Close
""", "normal", "angry"),
    M("en", "Holiday pause 12-26 August", """
Hi, we're away from Tuesday 12 August and back on the 26th. Could you pause the milk and eggs for those two weeks and restart on Wednesday the 27th? Thanks, Sam (22 Hawthorn Road)
""", "normal", "neutral"),
    M("en", "order", "can you change it", "normal", "neutral", True),
    M("en", "Oat milk!", """
Just a quick note to say the new oat milk is lovely, my partner has switched over from the supermarket stuff. No need to reply really — but if you ever do it in litre bottles, count us in. Not fussed either way.
Ali
""", "low", "positive"),
]
