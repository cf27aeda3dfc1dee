# chimney = chimney sweeping and flue inspection for wood-stove and fireplace
# owners (and a few restaurants with wood-fired ovens).
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "chimney"

SENTENCES = [
    S("ja", "煙突掃除は1本あたり22,000円（税込）で、作業時間はおよそ2時間です。"),
    S("ja", "作業中は室内に煤が舞うことがあるため、ストーブ周りの家具を1メートルほど離しておいていただけますか。"),
    S("ja", "煤がここまで溜まったのは、毎年の点検を怠ってこられたお客様の管理の問題です。", CON),
    S("ja", "交換用の部品の取り寄せには少々お時間をいただきます。", VAG),
    S("ja", "煙突トップの交換費用は、状態次第でそれなりにかかります。", VAG),
    S("ja", "作業日までに薪を片付けておいてください。", IMP, RWR),
    S("ja", "煙が室内に逆流している間は、ストーブの扉を開けないでください。一酸化炭素が部屋に広がるおそれがあります。", IMP),
    S("ja", "なぜ煙が逆流するのか、現段階では原因が分かりません。", UNK),
    S("ja", "ストーブ本体のことはメーカーさんの管轄ですので、当社ではお答えしておりません。", DIS),
    S("ja", "点検の前日は、ストーブの使用を控えていただけますか。", RWR),
    S("ja", "生木は水分が多く煙突に煤が付きやすいため、伐ってから1年以上乾かした薪をお使いいただくと安心です。"),
    S("ja", "屋根に上がれるかどうかは現地で勾配を見て判断し、上がれない場合は室内側から作業して同じ料金でお受けします。"),
    S("ja", "点検報告書は写真付きで、作業日から5営業日以内にメールでお送りします。"),
    S("ja", "火災保険が使えるかどうかについては、当社ではお答えできかねます。", UNK),

    S("en", "A standard sweep takes about 90 minutes and costs $180, including a camera inspection of the flue."),
    S("en", "Clear the hearth before we arrive.", IMP, RWR),
    S("en", "Burning wet wood is a basic mistake, and that's why your flue is blocked.", CON),
    S("en", "We'll be in touch about a new date fairly soon.", VAG),
    S("en", "Your neighbour's smoke isn't anything to do with us.", DIS),
    S("en", "We can't tell you whether the liner is cracked.", UNK),
    S("en", "Please don't light the stove until we've checked the cap: a nest up there can push smoke and carbon monoxide back into the room."),
]

DRAFTS = [
    D("ja", "作業時間の変更をお伝えできなかったことのお詫び", """
高木様

煙突屋ほむらの岩井です。
11月8日（土）に予定していた煙突掃除の時間変更を、事前にお伝えできていなかったこと、誠に申し訳ございませんでした。
当日は高木様に午前中ずっとお待ちいただいたうえ、作業が午後にずれ込んでしまいました。

原因は、前日に作業の順番を組み替えた際、担当者が高木様へのご連絡を別の者が済ませたと思い込んでいたことです。
お詫びとして、今回の作業料金22,000円から5,000円を差し引いた請求書を作り直し、本日お送りしました。
今後は、日程変更の連絡を誰がいつ行ったかを予定表に記録し、前日17時に私が全件を確認する手順に改めました。

このたびはご迷惑をおかけし、申し訳ございませんでした。

煙突屋ほむら 岩井 拓也
TEL 0267-55-0231
"""),
    D("ja", "点検結果のご報告と、煙突トップ交換のお見積り（33,000円）", """
村上様

煙突屋ほむらの岩井です。
11月12日に実施した煙突点検の結果と、交換をおすすめする部品のお見積りをお送りします。

煙突内部の煤は厚さ約3ミリで、掃除によりすべて除去できました。
ただ、煙突トップの網が錆びて一部破れており、鳥が入り込むおそれがあります。
交換費用は、部品と作業を合わせて33,000円（税込）です。

部品の取り寄せに10日かかるため、交換をご希望の場合は11月20日までにご返信いただければ、年内に作業できます。
写真付きの点検報告書を添付しましたので、あわせてご覧ください。

煙突屋ほむら 岩井
"""),
    D("ja", "作業後の床の汚れについて", """
前田様

煙突屋ほむらの岩井です。
昨日の作業の後、リビングの床に煤の汚れが残っていたとのご連絡をいただきました。ご不快な思いをおかけし、申し訳ございません。
養生シートを外す際に、シートの上にたまっていた煤を床に落としてしまったことが原因です。
今後は、シートを外す前に掃除機で煤を吸い取ってから片付けるよう、作業手順を見直します。

煙突屋ほむら 岩井
""", APO),
    D("ja", "冬季の煙突点検のご予約を承りました", """
△△様

煙突屋ほむらの岩井です。
今シーズンの煙突点検のご予約を承りました。

作業日：12月3日（水）
到着予定：9:00〜9:30
料金：22,000円（税込）

煙突が冷えていないと掃除ができないため、作業の前日はストーブの使用をお控えいただけますか。

煙突屋ほむら 岩井
""", PH),

    D("en", "Your sweep on Tuesday 14 October: arrival 8–9am", """
Hi Gareth,

Just confirming your chimney sweep on Tuesday 14 October. Our technician, Rhys, will arrive between 8 and 9am, and the job takes about 90 minutes.

Could you let the stove go out by Monday evening? The flue needs to be cold for us to brush it safely.

The cost is £85, payable by card on the day.

Thanks,
Lowri
Ember & Flue Sweeps
"""),
    D("en", "A note from Ember & Flue", """
Hi Priya,

We hope you've had a good summer. It's been a busy few months for us: we've taken on two new sweeps and bought a second camera for flue inspections, which should mean shorter waits for everyone this winter.

We've also noticed a lot of jackdaw nests this year, so it's worth keeping an eye on your chimney pot.

One more thing: the cowl you asked us to order has arrived, but it's a different model from the one we quoted, because the old one has been discontinued. It costs £12 more. Could you reply by Friday to tell us whether you'd like us to fit it or cancel the order?

Best,
Lowri
Ember & Flue Sweeps
""", PUR),
]

MAILS = [
    M("ja", "high", "anxious", False, "一酸化炭素の警報器が鳴りました", """
煙突屋ほむら様

先月、煙突の掃除をしていただいた吉田です。
今朝ストーブに火を入れたところ、30分ほどで一酸化炭素の警報器が鳴りました。
すぐに火を消して窓を全部開け、今は家族（子ども2人）と車の中にいます。
部屋の中は少し煙たい匂いが残っています。

今夜は氷点下まで下がる予報で、ストーブが使えないと家で過ごせません。
今日見に来ていただくことはできますか。

吉田 090-5555-0487
"""),
    M("ja", "high", "angry", False, "掃除のあとから煙が逆流しています（3回目の連絡）", """
煙突屋ほむら 岩井様

11月2日に掃除をしていただいてから、焚き付けのたびに煙が部屋に逆流します。
11月4日と6日にお電話し、7日にはメールもお送りしましたが、
折り返しのお電話もお返事もいただけていません。

掃除の前にはこんなことは一度もありませんでした。
作業のときに何かを外したか、付け忘れたのではないですか。
家には高齢の母がいて、ストーブが使えないと寒さがこたえます。
いつ見に来ていただけるのか、今度こそお返事をください。

小松
"""),
    M("ja", "high", "neutral", False, "ピザ窯の煙突点検のお願い（土曜に貸切予約あり）", """
煙突屋ほむら様

イタリア料理店「トラットリア・ソーレ」の店長、高野と申します。
昨日から店のピザ窯の煙の抜けが悪くなり、
焼いている間、厨房に煙がこもるようになりました。
煙突のどこかが詰まっているのではないかと思います。

今週土曜の夜に40名様の貸切予約が入っており、
ピザ窯が使えないと料理が出せません。
金曜の営業前（15時まで）に点検していただくことは可能でしょうか。

トラットリア・ソーレ 高野
TEL 0267-55-0902
"""),
    M("ja", "normal", "neutral", False, "煙突掃除のお見積りをお願いします", """
はじめまして。軽井沢町で薪ストーブを使っている北川と申します。
煙突は屋根から出ている二重断熱煙突で、長さは約7mです。
今年の秋に掃除をお願いしたいので、おおよその費用を教えてください。
平屋で、屋根の勾配はゆるめです。
"""),
    M("ja", "normal", "angry", False, "庭の植木について", """
昨日作業に来られた方が、はしごを立てる時に
庭のツツジを2株踏んで折っていきました。
作業後に何も言われず、帰られてから気づきました。
母が長年大事にしてきた木です。
せめて一言あってもよかったのではないでしょうか。
どう対応していただけるのか、ご連絡ください。

新井
"""),
    M("ja", "normal", "anxious", False, "中古住宅の煙突について", """
先月、暖炉付きの中古住宅を購入しました。
前の持ち主の方は、ここ数年暖炉を使っていなかったそうで、
煙突の掃除もしばらくしていないようです。
このまま火を入れて大丈夫なのか、火事にならないか不安で、
まだ一度も使っていません。
使う前に点検をお願いしたいのですが、どのくらいかかりますか。
"""),
    M("ja", "normal", "neutral", True, "煙突", """
見てもらえますか
"""),
    M("ja", "normal", "neutral", False, "請求書の宛名変更のお願い", """
お世話になっております。先日点検していただいた別荘の件です。
請求書の宛名を、個人名ではなく会社名
（株式会社アオバ企画）に変えて再発行していただけますか。
会社の経費で精算するためです。
よろしくお願いします。　　　　　　　　松尾
"""),
    M("ja", "low", "neutral", False, "来年の予約について", """
岩井様

先日の点検の報告書、受け取りました。
来年も同じ時期にお願いしたいと思っているのですが、
予約はいつ頃から受け付けていますか。
まだ先のことですので、お手すきの時にお返事いただければ大丈夫です。

宮本
"""),
    M("ja", "low", "neutral", False, "薪の保管方法について", """
来シーズンの参考にしたいので教えてください。
薪棚を家の北側に作ろうと思っているのですが、
日当たりが悪い場所だと乾燥に時間がかかりますか。
今シーズンの分はもう用意してあるので、ご回答は急ぎません。
"""),

    M("en", "high", "neutral", False, "Holiday cottage – guests arrive Friday, need sweep certificate", """
Hello,

I manage a holiday cottage at 3 Mill Lane, Ashby. Our letting agency has just told us they will not allow the next guests in unless we send them a current chimney sweep certificate for the wood burner – the old one expired last month and I missed it.

The guests (a family of five) arrive on Friday at 4pm and have paid in full. If we can't produce the certificate I have to cancel and refund £1,200.

Could you fit in a sweep on Wednesday or Thursday? Any time of day works.

Regards,
Helen Marsh
"""),
    M("en", "high", "anxious", False, "Smoke coming through the bedroom wall", """
Hi,

Last night when we lit the stove we noticed a smell of smoke upstairs, and this morning there is a brown stain on the bedroom wall where the chimney breast runs through. The wall felt warm to the touch when the fire was going.

We've put the fire out and won't light it again, but the baby's room is right next to that wall, and it's forecast to be -5°C tonight with no other heating in that part of the house.

Is this something you can look at today or tomorrow? I don't know whether it's safe to sleep up there.

Chris & Amy Doyle
07700 900 412
"""),
    M("en", "normal", "angry", False, "Your sweep's comments to my mother", """
Dear Ember & Flue,

Your sweep visited my mother (82) on Tuesday. After finishing, he told her she was "lucky the house hadn't burned down" and spent ten minutes lecturing her about the wood she buys.

She was upset for the rest of the day and now says she's afraid to use the stove at all. If there was a real danger, he should have explained it calmly and written it down. If there wasn't, he shouldn't have said it.

I'd like someone to explain what he actually found.

Sarah Pryce
"""),
    M("en", "normal", "neutral", True, "(no subject)", """
how much
"""),
    M("en", "low", "positive", False, "Thanks for the tip", """
Thanks for the advice about seasoning logs for two years – I'll buy next winter's wood in spring this time. No reply needed, just wanted to say it was helpful.

Dave
"""),
]
