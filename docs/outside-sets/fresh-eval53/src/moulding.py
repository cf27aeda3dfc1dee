# moulding = plastic injection moulding job shop (射出成形: B2B; moulds, trial shots, mass production of parts for manufacturers)
from common import S, D, M
DOMAIN = "moulding"

SENTENCES = [
    S("ja", "金型の修正費用は見積書No.2417のとおり税別18万円で、修正のご承認から10営業日で仕上がります。"),
    S("ja", "量産の開始は、来月の中旬ごろになるかと思います。", "v"),
    S("ja", "図面の公差を見直してください。", "i r"),
    S("ja", "ヒケが出るのは御社の設計に無理があるからだと、以前から申し上げております。", "c"),
    S("ja", "材料の価格改定については、当社ではどうしようもありません。", "d"),
    S("ja", "樹脂メーカーの値上げ幅がまだ確定していないため、改定後の単価は11月17日の週にご提示します。"),
    S("ja", "不良の原因はまだ分かっておりません。", "u"),
    S("ja", "不良の原因は調査中ですが、断面の観察を外部の分析機関に依頼しており、結果は今週金曜に共有いたします。"),
    S("ja", "支給材は指定の日までに必ず入れてください。そうでなければ、納期はお約束できかねます。", "c i"),
    S("ja", "色見本を再送していただけますか。", "r"),
    S("ja", "量産前に色を合わせるため、ご承認済みの色見本を1枚、再送していただけますか。"),
    S("ja", "この程度のバリは、業界では常識の範囲内です。", "c d"),
    S("ja", "先月出荷分の検査成績書は、明日中にメールでお送りします。"),
    S("ja", "金型の保管は最終生産から3年間は無料で、それ以降は1型につき年間12,000円を頂戴しております。"),
    S("en", "Confirm the resin grade.", "i r"),
    S("en", "Sink marks on this geometry are basic moulding physics; any competent designer would expect them.", "c"),
    S("en", "Tooling ownership questions are a matter for your legal team, not ours.", "d"),
    S("en", "We don't know yet when the mould will be back from repair.", "u"),
    S("en", "The mould is back from repair on 22 October, and first-off samples will reach you on the 24th."),
    S("en", "To quote accurately we need the annual volume; could you send us an estimate?"),
    S("en", "The 2 mm wall will show sink marks whichever press we use; thickening it to 2.5 mm would solve it, and we can send a marked-up drawing tomorrow."),
]

DRAFTS = [
    D("ja", "【お詫び】10月3日出荷分への不良品混入について", """
株式会社サンライズ電機
購買部 品質管理課 竹田様

いつもお世話になっております。三協モールドの品質保証課、松井です。

10月3日に出荷いたしましたスイッチカバー（品番 SC-220）に、ショートショットの不良品が混入しておりました。
御社の受入検査でお手数をおかけし、誠に申し訳ございません。

原因は、成形機の材料供給部で樹脂が一時的に詰まり、その間の成形品が検査をすり抜けたことでした。
再発防止として、材料供給の異常を検知した際に機械を自動停止させる設定を追加し、停止前後のショットは全数検査する手順に改めました。

今後とも何卒よろしくお願い申し上げます。

株式会社三協モールド 品質保証課
松井 浩
""", "a"),
    D("ja", "【お詫び】ハウジング（品番 HG-51）の納期遅延について", """
株式会社ミナミ計器
資材部 小田様

いつもお世話になっております。三協モールドの営業、村田です。

ご注文いただいておりましたハウジング（品番 HG-51）5,000個の納品が、お約束の10月20日に間に合わなくなりました。
生産計画にご迷惑をおかけし、心よりお詫び申し上げます。

10月16日の量産中に、金型の入れ子の一部が割れたことが原因です。
割れた入れ子は本日作り直しを終え、試し打ちで寸法に問題がないことを確認しました。
10月23日に3,000個、25日に残りの2,000個をお届けいたします。

今後は、この金型について5万ショットごとに入れ子を点検し、摩耗が見られた時点で予備品に交換いたします。

株式会社三協モールド 営業部
村田 聡
"""),
    D("ja", "お見積もりのご送付", """
株式会社［会社名］
ご担当者様

はじめまして。三協モールドの営業、村田です。
先日お問い合わせいただいた、ABS樹脂製カバーのお見積もりをお送りします。

金型費：1,250,000円（税別）
成形単価：42円／個（月産1万個の場合）
金型の納期：ご発注から6週間

お見積もりの有効期限は発行日から3か月です。

株式会社三協モールド 営業部
村田 聡
""", "p"),
    D("ja", "量産開始時期のご連絡", """
株式会社ミナミ計器
資材部 小田様

いつもお世話になっております。三協モールドの村田です。
新規のカバー部品（品番 CV-88）の量産開始時期についてご連絡いたします。

試作品の評価をいただき、ありがとうございました。金型の最終調整は今週中に終わる予定です。
量産の開始は、来月の中旬ごろになるかと思います。
初回ロットの数量は、先日いただいた内示のとおり2,000個で進めております。

引き続きよろしくお願いいたします。

株式会社三協モールド 営業部
村田 聡
""", "v"),
    D("en", "First-article inspection report for part 7731-B", """
Dear Mr Lindqvist,

The first-article inspection report for the battery cover (part 7731-B) is attached. All 34 dimensions are within tolerance; the tightest, the clip width, measured 4.02 mm against 4.00 ± 0.05.

If you approve the report by 14 November, we can start the production run on 17 November and ship the first 10,000 pieces on the 21st.

Regards,
Katrin Weiss
Quality Engineer, Kessler Moulding
"""),
    D("en", "Update from Kessler Moulding", """
Dear Ms Duarte,

It's been a busy quarter at Kessler. Our new 450-tonne press line is now fully commissioned, which means we can take on larger housings in-house rather than subcontracting them, and we have also completed our ISO 14001 recertification.

We are also trialling a recycled polypropylene grade that several customers have asked about, and we'd be glad to send samples.

Regarding the modification to your lid mould: to keep the toolroom slot we have reserved for the week of 2 December, we need your purchase order by this Friday. Without it the slot goes to another job and the next opening is in late January.

Best regards,
Stefan Kessler
""", "f"),
]

MAILS = [
    M("ja", "high", "angry", "ブラケット（品番 BR-14）の寸法不良について", """
三協モールド 村田様

本日入荷したブラケット（品番 BR-14）について、穴位置が図面から0.4ミリずれており、組み付けができません。
先月も同じ不良で連絡し、「対策済み」との回答をいただいていたはずです。

この部品が入らないため、今朝から当社の組立ラインが1本止まっています。
在庫は明日の午前分しかありません。

良品をいつ、何個届けていただけるのか、今日の15時までに回答をください。
あわせて、対策済みとされた内容が何だったのか、書面で説明をお願いします。

株式会社サンライズ電機 製造部
竹田 修一
"""),
    M("ja", "high", "neutral", "ロット追跡資料のご提出のお願い", """
三協モールド株式会社
品質保証課 松井様

お世話になっております。ミナミ計器 品質保証部の安藤です。

当社の納入先である自動車部品メーカーから、ハウジング（品番 HG-51）を使った製品の一部で、
ケースの割れによる市場不具合が2件報告されました。
現在、リコールに該当するかの判断が進められており、明日の朝10時の会議で対象範囲を決めることになっています。

つきましては、8月から9月に納入いただいたHG-51のロットごとの成形日、使用材料のロット番号、成形条件の記録を、
本日中にお送りいただけますでしょうか。

株式会社ミナミ計器 品質保証部
安藤 美紀
"""),
    M("ja", "high", "anxious", "材料の切り替えについての確認", """
三協モールド 村田様

お世話になっております。株式会社エコライトの大塚です。

本日、御社から届いた出荷書類の材料欄が、これまでと異なる樹脂のグレード名になっていることに気づきました。
当社はこの部品を使った照明器具を欧州へ輸出しており、明後日に船積みを控えています。

もし材料が変わっているとすると、RoHSの適合証明を取り直さなければならないのではないかと心配しています。
単なる書類上の表記の違いなのか、実際に材料を変えられたのか、分かり次第教えていただけないでしょうか。
出荷を止めるべきかどうか、判断がつかずにおります。

株式会社エコライト 資材課
大塚 隆
"""),
    M("ja", "normal", "neutral", "成形品のお見積もり依頼", """
三協モールド株式会社 営業部御中

はじめてご連絡いたします。株式会社タカノ工業の設計担当、千葉と申します。

添付の図面（PP樹脂、外形約120×80ミリのトレイ）について、金型費と成形単価のお見積もりをお願いできますでしょうか。
想定の数量は年間3万個、月ごとの納入を考えております。

株式会社タカノ工業 設計課
千葉 陽介
"""),
    M("ja", "normal", "angry", "単価改定のご通知について", """
村田様

単価改定のご通知、拝見しました。
樹脂の値上がりは理解しますが、今年に入って2回目、しかも今回は15％です。
前回の改定のときに「当面はこれで据え置く」とおっしゃったのは、どなただったでしょうか。

他社からも見積もりを取らせていただくことになると思います。

サンライズ電機 購買部 竹田
"""),
    M("ja", "normal", "anxious", "初めての金型製作について", """
はじめまして。
自宅で小さな雑貨ブランドを運営している小池と申します。

オリジナルのスマホスタンドを樹脂で量産したいと考えているのですが、金型を作るのは初めてで、
金型費がどれくらいかかるのか、途中で追加の費用がどんどん膨らんでしまわないか不安です。
手元の予算は100万円ほどしかありません。

この規模でも相談に乗っていただけるものでしょうか。
3Dデータはあります。

小池 まどか
"""),
    M("ja", "normal", "neutral", "Re: サンプル", """
サンプル、色が違う気がします。
""", terse=True),
    M("ja", "normal", "neutral", "金型の保管について", """
三協モールド 村田様

いつもお世話になっております。
2019年に製作していただいたカバーの金型（型番 K-0312）ですが、ここ2年ほど発注がありません。
御社での保管期間や、保管料がかかるかどうかを教えていただけますか。
廃棄する場合の手続きもあわせて伺えれば幸いです。

株式会社ミナミ計器 資材部 小田
"""),
    M("ja", "low", "positive", "試作品ありがとうございました", """
村田様

試作品、本日受け取りました。
表面の仕上がりが想像以上にきれいで、社内の評価会でも好評でした。
短い期間で対応していただき、ありがとうございました。

正式な評価結果は来週中にお送りします。

株式会社タカノ工業 千葉
"""),
    M("ja", "low", "neutral", "来年の展示会について", """
お世話になっております。
来年の秋に開かれるプラスチック関連の展示会に、御社は出展される予定はありますか。
まだ先の話なので、決まっていたら教えていただく程度で大丈夫です。

株式会社エコライト 大塚
"""),
    M("en", "high", "neutral", "Cracked heater housings - material certificates needed", """
Dear Katrin,

During heat-cycle testing yesterday, our QA team found hairline cracks next to the screw bosses on 6 of 40 heater housings from lot 2291 (part 4410-H). These housings sit around the heating element, so we've put every finished heater from that lot on hold.

Our first shipment to retailers is scheduled for next Tuesday. To decide whether to release or scrap, we need the material certificates and moulding records for lot 2291 by tomorrow midday.

Could you confirm you can provide these?

Regards,
Pieter Jansen
Quality Manager, Warmhaus BV
"""),
    M("en", "high", "angry", "Return of our mould - third request", """
Stefan,

This is the third time I've asked for our lid mould (tool no. K-118) to be released to our new supplier. We paid for that tool in full in 2021; the invoices are attached again.

Their first production run is booked for the 20th. If the mould isn't collected by the 15th, we will miss a retail launch and I will have no choice but to involve our lawyers.

Please give me a collection date by return.

Ana Duarte
Operations Director, Lidcraft Housewares
"""),
    M("en", "normal", "anxious", "Paying for tooling as a small startup", """
Hi,

We're a two-person startup making a plant-watering gadget. Your quote came in at about what we expected, but paying 50% of the tooling up front would use nearly all our cash until our next funding round in spring.

Is there any flexibility on the payment schedule? I'm worried that if we can't make it work we'll lose our place in your schedule altogether.

Thanks,
Jonah Meyer
"""),
    M("en", "normal", "neutral", "Quote request: ABS enclosure", """
Hello,

Could you quote for an ABS enclosure, roughly 150 x 90 x 40 mm, two-cavity tool if that makes sense? Annual volume around 20,000 pieces. STEP file and 2D drawing attached.

Best,
Rui Costa
"""),
    M("en", "low", "neutral", "Recycled resin for next year", """
Hi Katrin,

We're planning a product refresh for late next year and marketing would like to talk about recycled content. Could you send a list of the recycled grades you've run successfully? No rush at all - sometime in the next month or two is fine.

Best,
Pieter
"""),
]
