# allot = a rental allotment garden: small vegetable plots rented by the season to
# families, pensioners and schools; shared tools, water, events, neighbour disputes.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "allot"

SENTENCES = [
    S("ja", "1区画（10㎡）の年間利用料は24,000円で、農具と水道は無料でお使いいただけます。"),
    S("ja", "隣の区画の方の種まきと重なることがあるため、耕運機をお使いになる日を前日までに管理棟へお知らせいただけますか。"),
    S("ja", "野菜が育たないのは水やりが足りていないからで、区画の土のせいではありません。", CON),
    S("ja", "利用規約にはっきり書いてありますので、読んでいただければ済む話です。", CON),
    S("ja", "現在キャンセル待ちの方が5名いらっしゃるため、区画をお渡しできるのは早くても来年4月になります。"),
    S("ja", "堆肥の追加は、量によっては多少の費用がかかります。", VAG),
    S("ja", "収穫した後の茎や葉は自分で持ち帰ってください。", IMP, RWR),
    S("ja", "共用の鍬は次の方も使うのだから、使ったら洗って戻しなさい。", IMP, CON),
    S("ja", "来年度も同じ区画を使えるかどうかは、分かりません。", UNK),
    S("ja", "区画どうしのトラブルは、利用者同士で解決していただく決まりになっております。", DIS),
    S("ja", "区画の看板に、お名前と電話番号を書いていただけますか。", RWR),
    S("ja", "盗難の件は防犯カメラの映像を確認しており、5月28日（水）までに結果をご報告します。"),
    S("ja", "雨の日は土が固まってしまうため、区画に入るのを控えていただけると助かります。"),

    S("en", "Plots are 5m by 10m, cost $120 a season, and include water from March to October."),
    S("en", "Remove your netting by the end of the month.", IMP, RWR),
    S("en", "Tomatoes need sun, which you'd know if you'd done a bit of reading.", CON),
    S("en", "There's a short waiting list for the raised beds.", VAG),
    S("en", "I'll speak to the holder of plot 12 about the shared path this week and tell you what we agree by Friday."),
    S("en", "We don't know who took your pumpkins.", UNK),
    S("en", "Could you send us a photo of your plot, so we can see how far the bindweed has spread before we quote for clearing it?"),
]

DRAFTS = [
    D("ja", "区画の継続手続きのお願い（締切：2月28日）", """
中村様

ひだまり貸し農園の管理人、栗原です。
現在ご利用の区画（B-12）を来年度も続けてお使いになるかどうか、2月28日（金）までにお知らせいただけますか。
3月から空き区画の抽選を行うため、それまでに継続される方の区画を確定させる必要があります。

継続される場合の年間利用料は24,000円で、3月31日までにお振り込みいただくと、4月1日からそのままお使いいただけます。
ご返信は、このメールへの返信で「継続」か「終了」とだけお書きいただければ結構です。

ひだまり貸し農園 管理人 栗原 誠
090-5555-0163
"""),
    D("ja", "ひだまり通信 春号", """
利用者の皆様

桜のつぼみがふくらみ始めました。今年は暖冬で、ジャガイモの植え付けも例年より早くできそうです。
先月の収穫祭には48名の方にご参加いただき、豚汁は開始30分でなくなってしまいました。
管理棟の横には、新しくベンチを2台置きました。

なお、3月15日に区画の境界杭を打ち直す工事を行います。区画の端に置いている私物（プランター、支柱など）は、3月14日までに区画の内側へ移動していただけますでしょうか。工事の際に撤去の対象になってしまうためです。

ひだまり貸し農園 管理人 栗原
""", PUR),
    D("ja", "区画の写真のご提出について", """
大西様

ひだまり貸し農園の栗原です。
お使いの区画（A-03）の現在の様子を写した写真を、4月20日までにメールでお送りいただけますでしょうか。
区画の全体が写るように、通路側から1枚撮っていただければ十分です。

ひだまり貸し農園 栗原
""", RWR),

    D("en", "Plot 14 is confirmed for the 2025 season", """
Hi Deepa,

Good news: plot 14 is yours for the 2025 season, from 1 March to 30 November. The fee is $120; I've attached the invoice, which is due by 28 February.

The gate code is 4471. It changes every season, so please don't share it outside your household. Water is turned on at the standpipes on 1 March.

Welcome aboard!
Marcus
Sunny Acre Community Plots
"""),
]

MAILS = [
    M("ja", "high", "anxious", False, "水道の近くに蜂の巣があります", """
ひだまり貸し農園 管理人様

C区画を借りている遠藤です。
今日の午後、共用の水道の蛇口の裏に、大きな蜂の巣があるのに気づきました。
スズメバチかどうかは分かりませんが、かなりの数が出入りしています。
水を汲もうとした5歳の娘のすぐ横を飛び回って、本当に怖かったです。

週末は子ども連れの方がたくさん来られますし、
土曜の午前中には親子の収穫体験もあると掲示板で見ました。
それまでに何とかしていただけないでしょうか。
とりあえず蛇口に「近づかないで」と紙を貼っておきました。

遠藤
"""),
    M("ja", "high", "angry", False, "除草剤について", """
管理人さん

D-07の中田です。
昨日、管理の方が通路に除草剤を撒いているのを見ましたが、
今朝見たら、うちの区画の通路側のイチゴの葉が茶色く枯れ始めていました。
区画の中には撒かないという約束だったはずです。

明日の朝、孫と一緒にイチゴを摘む約束をしていて、孫も楽しみにしています。
このイチゴは食べても大丈夫なんですか？
何の薬を撒いたのか、今日中に教えてください。
"""),
    M("ja", "high", "neutral", False, "駐車場の防犯カメラ映像の提出について", """
ひだまり貸し農園 管理人様

B-05を利用している川村です。
一昨日（11日）の午前中、農園の駐車場に停めていた車が当て逃げされました。
警察に届けたところ、駐車場の防犯カメラの映像があれば提出してほしいと言われています。

管理棟の方に伺ったところ、映像は7日間で自動的に消えるとのことで、
11日の映像は明後日の18日には消えてしまう計算になります。
警察への提出の手続きをしていただけますでしょうか。
担当は南警察署交通課の石井さんです（電話 045-555-0110）。

川村
"""),
    M("ja", "normal", "neutral", False, "区画の広さの変更について", """
現在10㎡の区画を借りていますが、
来シーズンから20㎡の区画に変えることはできますか。
家族が増えて、もう少したくさん作りたくなりました。
"""),
    M("ja", "normal", "angry", False, "隣の区画のつるについて", """
管理人さん

A-11の佐藤です。
隣のA-12の方のカボチャのつるが、うちの区画に大きくはみ出してきています。
ご本人には２回お願いしましたが、「そのうち片付ける」と言ったきり、
もう３週間そのままです。
うちのナスが日陰になって、実がつきません。
利用者同士で話しても埒が明かないので、
管理人さんから一度注意していただけませんか。
"""),
    M("ja", "normal", "anxious", False, "初めての家庭菜園です", """
定年退職を機に、初めて区画をお借りしました。
土の作り方も、何をいつ植えればいいのかもまったく分からず、
周りの方は皆さん慣れていらっしゃるようで、
自分一人で続けられるか不安になっています。
初心者向けの講習会や、相談できる日などはありますか。
"""),
    M("ja", "normal", "neutral", True, "無題", """
昨日の話のやつ、お願いします
"""),
    M("ja", "normal", "neutral", False, "利用料の支払い方法について", """
来年度の利用料ですが、口座振替にすることはできますか。
毎年振り込みに行くのを忘れそうになるので、
自動で引き落とされるようにできたら助かります。
"""),
    M("ja", "low", "positive", False, "大根がたくさん採れました", """
管理人さん

今年は大根がたくさん採れました！
秋に教えていただいた間引きのやり方を試したら、
去年よりずっと太いのができました。
ありがとうございました。来年もよろしくお願いします。

E-02 小島
"""),
    M("ja", "low", "neutral", False, "来年の募集について", """
今年は空きがないと伺いましたので、
来年、区画に空きが出たら借りるか検討したいと思っています。
募集の時期になったら教えていただけますか。
特に急いではいません。
"""),

    M("en", "high", "neutral", False, "Burst pipe by the tool shed", """
Hi Marcus,

There's water pouring out of the ground next to the tool shed – it looks like the main pipe has burst. It's running across the path and into the pump house, and the electrics for the pump are in there at floor level.

I've shut the gate on the standpipe but the water is still coming from underground, so I think it needs to be turned off at the main valve, which I can't find. I'll stay here and keep people away from the pump house until someone comes.

Jo (plot 22)
07700 900 118
"""),
    M("en", "normal", "angry", False, "My plot was given away", """
I was in hospital for six weeks this summer. When I came back, my plot had been given to someone else and my tools were in a pile by the gate.

Nobody phoned me. Nobody wrote. I've had that plot for eleven years and paid this year's fee in full.

I'd like an explanation, and I'd like to know what you intend to do about it.

Bill Hargreaves
"""),
    M("en", "normal", "anxious", False, "Letter about my plot being untidy", """
Hello,

I've received a letter saying that my plot (9) is "untidy" and may be withdrawn. I've been caring for my husband since his stroke in the spring and I'm afraid I've fallen behind. I really don't want to lose it – it's the only time I get outside.

What do I need to do to keep it?

Margaret Ellis
"""),
    M("en", "normal", "neutral", False, "Small shed", """
Hi, am I allowed to put a small shed (about 1.5m x 1m) on my plot? If so, are there any rules about where it goes or what it's made of?

Thanks,
Nikhil (plot 31)
"""),
    M("en", "low", "neutral", False, "School growing club", """
Hello,

We're a primary school thinking about starting a growing club next spring. Do you ever let plots to schools? Nothing needs deciding this term – I'm just gathering information for now.

Kind regards,
Ms Fenwick
Year 4 teacher, Holmfield Primary
"""),
]
