"""adhesive = industrial adhesives and sealants maker (工業用接着剤・シーリング材メーカー), B2B."""
from common import S, D, M

DOMAIN = "adhesive"

SENTS = [
    # ja
    S("ja", "硬化不良の原因については、現時点では何とも申し上げられません。", "U"),
    S("ja", "硬化不良の原因はまだ特定できておりませんが、お送りいただいたサンプルを分析に回しており、11月18日までに結果をご報告いたします。"),
    S("ja", "使用期限を過ぎた製品をお使いになれば、接着力が落ちるのは当然のことです。", "C"),
    S("ja", "ロット番号を確認して、すぐに返信してください。", "I R"),
    S("ja", "同じロットの製品が他のお客様にも出荷されているかを調べるため、缶のラベルにあるロット番号をお知らせいただけますか。"),
    S("ja", "塗布量の目安は1平方メートルあたり250gで、技術資料の5ページに温度別の表も載せております。"),
    S("ja", "試験成績書の発行には、通常より少し長めのお時間をいただく見込みです。", "V"),
    S("ja", "他社製プライマーとの組み合わせについては、弊社では一切関知しておりません。", "D"),
    S("ja", "他社製プライマーとの相性は弊社でも試験データがございませんが、試験片を10枚お送りいただければ、2週間で引張せん断試験の結果をお出しできます。"),
    S("ja", "作業現場の温度と湿度を記録したものを、ご提出いただけますでしょうか。", "R"),
    S("ja", "今回のご注文20ケースのうち、12ケースを11月8日に先行出荷し、残りの8ケースは11月15日に出荷いたします。"),
    S("ja", "ご指摘の臭気については、製品の特性ですのでこれ以上の対応はいたしかねます。", "D"),
    S("ja", "工場の出荷記録は月曜日に確認できますので、12日（月）の正午までにお電話でお知らせします。"),
    # en
    S("en", "The datasheet for PU-40 is attached; the cure times at 5 °C and 23 °C are on page 2."),
    S("en", "Ship the failed samples back to our lab.", "I R"),
    S("en", "To find out whether the bond failed at the adhesive or at the substrate, could you send us two of the failed parts? A prepaid courier label is attached."),
    S("en", "The yellowing is most likely UV exposure; our lab will check your photos and send you a written answer by Wednesday."),
    S("en", "Lead times for the two-component epoxy are currently running a bit longer than usual.", "V"),
    S("en", "Your 200 kg of PU-40 left our Leeds warehouse this morning and is booked for delivery on Thursday between 8 a.m. and noon."),
    S("en", "Whether the primer suits your aluminium grade is a question for your own engineers, not for us.", "D"),
]

DRAFTS = [
    D("ja", "【ご報告とお詫び】ウレタン系シーリング材 SX-300 の硬化遅延について",
      """
株式会社北斗建装
資材課 竹内様

平素より弊社製品をご利用いただき、誠にありがとうございます。
東洋ボンド化学 品質保証部の石原でございます。

10月15日出荷のSX-300（ロット 24K15-03）において、硬化に通常の3倍以上の時間がかかる事象が発生し、
竹内様の現場の工程に大きなご迷惑をおかけしましたことを、心よりお詫び申し上げます。

■原因
製造時に硬化触媒の計量装置の設定値が誤って入力されており、触媒の量が規定の7割にとどまっていたことが判明しました。

■実施した対応
・同ロットの在庫と出荷済み品（計46ケース）をすべて回収し、正規品に交換いたしました。
・御社現場での再施工にかかった費用は、弊社にて全額負担いたします。請求書は11月29日までにお送りください。

■再発防止策
計量装置の設定値は、2名による読み合わせと記録を義務づけ、11月1日から運用を開始しております。
また、出荷前の硬化時間試験を全ロットで実施する手順に改めました。

このたびは誠に申し訳ございませんでした。
ご不明な点がございましたら、石原（直通 045-331-2087）までご連絡ください。

東洋ボンド化学株式会社 品質保証部 石原
"""),
    D("ja", "東洋ボンド化学 野口です",
      """
有限会社三和電装
製造部 中川様

お世話になっております。東洋ボンド化学 営業部の野口です。
先日は工場見学にお越しいただき、ありがとうございました。
当日ご覧いただいた新しい充填ラインは、今年の春に稼働したもので、年間の生産能力が従来の1.5倍になっております。
また、研究所では低温硬化タイプの開発も進めており、来年には新製品としてご紹介できる見込みです。

ところで、EP-12の来年度の価格改定について、ご了承の可否を12月6日までにご回答いただく必要がございます。
改定内容は添付の資料のとおりです。

東洋ボンド化学株式会社 営業部 野口
""", "N"),
    D("ja", "安全データシート（SDS）送付のご案内",
      """
株式会社{company_name}
{contact_name}様

お世話になっております。東洋ボンド化学 営業部の野口です。
ご依頼いただきました「ボンドエース HM-7」の安全データシート（SDS）最新版を添付にてお送りいたします。
今回の改訂では、GHS分類の変更に伴い、2項と8項の記載を更新しております。

ご不明な点がございましたら、お気軽にお問い合わせください。

東洋ボンド化学株式会社 営業部 野口
""", "P"),
    D("en", "Apology: wrong cartridge size in order 55120",
      """
Dear Mr Kowalski,

I am very sorry that your order 55120 arrived with 310 ml cartridges instead of the 600 ml sausages you ordered. I know your crew lost most of Monday morning because their guns would not take them.

The replacement 600 ml packs left our warehouse today and will reach your site on Wednesday before 10 a.m. The driver will collect the wrong cartridges at the same time, so you do not need to do anything with them.

Please accept our apologies once again.

Regards,
Sian Pritchard
Customer Service, Halden Adhesives
""", "A"),
]

MAILS = [
    M("ja", "シーリング材の硬化不良について（現場が止まっています）",
      """
東洋ボンド化学 ご担当者様

株式会社北斗建装の竹内です。
10月15日に納品いただいたSX-300ですが、打設から48時間たっても表面がべたついたままで、
次の工程（塗装）に進めず、現場全体が止まっています。
外壁の足場は今月20日に解体の予定で、それまでに塗装を終えないと足場の延長費用が発生します。

・ロット：24K15-03
・施工日：10月21日、気温14℃前後

原因の見込みと、代替品の手配が可能かどうか、本日中にお返事をいただけないでしょうか。
""", "high", "anxious"),
    M("ja", "作業者が皮膚のかぶれを訴えています",
      """
いつもお世話になっております。三和電装 製造部の中川です。

今週からEP-12の使用量が増えたラインで、作業者3名が手首から腕にかけてのかぶれを訴えております。
1名は本日、皮膚科を受診しました。手袋は着用しております。
SDSに記載の保護具以外に注意すべき点があれば教えてください。
明日の朝からも同じ作業が続く予定ですので、作業を続けてよいか判断したいと思っています。
""", "high", "anxious"),
    M("ja", "Re: 見積書の再送のお願い",
      """
先月から3回、見積書をお願いしておりますが、まだいただけておりません。

> 担当者より追ってご連絡いたします。（10/2）
> 確認してご連絡いたします。（10/16）

弊社では見積書がないと発注の稟議が通らず、ラインの立ち上げ自体が止まっております。
どなたが担当なのかも分からない状態です。

大和精機 購買部 坂口
""", "high", "angry"),
    M("ja", "サンプル請求",
      """
お世話になります。
ホームページで拝見したアクリル系の構造用接着剤「AC-55」のサンプルを１本いただくことは可能でしょうか。
金属と樹脂の接合に使えるか、社内で試してみたいと考えています。

送付先：
〒399-0033 長野県松本市笹賀５６５２
株式会社アルプ精工 開発課 宮下
""", "normal", "neutral"),
    M("ja", "使えない",
      """
HM-7 使えないんだけど
""", "normal", "angry", True),
    M("ja", "請求書の送付先変更のお願い",
      """
いつもお世話になっております。
弊社の経理業務を本社に集約することになりましたので、
来月請求分から請求書の送付先を下記に変更していただけますでしょうか。

〒530-0001 大阪市北区梅田3-4-5
株式会社ナカタ工業 本社経理部 宛

よろしくお願いいたします。
""", "normal", "neutral"),
    M("ja", "EP-12の保管温度について",
      """
お世話になっております。
EP-12を倉庫で保管しておりますが、夏場は倉庫内が３５℃近くまで上がります。
この環境での保管に問題がないか、もし問題があるなら推奨の保管方法を教えていただけますか。
今の在庫は来月中に使い切る予定です。
""", "normal", "neutral"),
    M("ja", "技術資料の誤記について",
      """
お世話になっております。
HM-7の技術資料（2023年版）の３ページ目、
オープンタイムの単位が「秒」になっていますが、
文脈からすると「分」ではないかと思います。
業務に支障はありませんので、次回改訂の際にでもご確認いただければ幸いです。
""", "low", "neutral"),
    M("ja", "先日の技術サポートのお礼",
      """
中川です。先日は急な相談にもかかわらず、研究所の方に現場まで来ていただき、ありがとうございました。
ご提案いただいた前処理に変えてから、剥離の不良はゼロになりました。
社内でも大変好評です。今後ともよろしくお願いいたします。
""", "low", "positive"),
    M("ja", "納期の確認",
      """
お世話になっております。
先週発注したSX-300（20ケース）の納期を確認させてください。
発注番号は PO-88412 です。
来月上旬の現場で使う予定です。
""", "normal", "neutral"),
    # en
    M("en", "Bond failure on trailer panels - vehicles on the road",
      """
Hi,

We use your MS-90 to bond the aluminium side panels on our curtain-side trailers. This morning one of our customers reported a panel that has partly come away at 60 mph on the M6. We have pulled that trailer, but we have 14 more built with the same batch (B2207) that are out on the road today.

I need to know by the end of today whether anything is known to be wrong with B2207, so we can decide whether to recall the rest.

Mark Ellison
Production Manager, Ellison Trailers Ltd
07700 900412
""", "high", "anxious"),
    M("en", "Third request: certificate of conformity",
      """
This is the third time I am asking for the CoC for PO 4471. Our customer will not accept the shipment without it and is holding payment of roughly £38,000 until it arrives. I was told "tomorrow" on the 3rd and again on the 10th.

Frankly I am running out of ways to explain this to our customer.

Regards,
Anita Sharma
Quality, Brightline Components
""", "high", "angry"),
    M("en", "Shelf life question",
      """
Hello, what's the shelf life of the grey MS-90 once the cartridge has been opened and resealed? We use about half a cartridge a week. Thanks, Joe
""", "normal", "neutral"),
    M("en", "Samples for a new project",
      """
Dear Halden team,

We are starting to evaluate adhesives for a small outdoor lighting product (polycarbonate to powder-coated steel) and would like to try two or three of your products. Could someone suggest which ones to test and whether you supply sample quantities?

Best regards,
Laura Bianchi
Design Engineer, Luce Design
""", "normal", "neutral"),
    M("en", "Typo on your website",
      """
Not urgent at all - just noticed the product page for PU-40 lists the tack-free time as 45 hours. I think you mean 45 minutes. Thought you'd want to know.

Cheers,
Rob
""", "low", "neutral"),
]

DRAFTS += [
    D("en", "Re: MS-90 on powder-coated steel - our recommendation",
      """
Hi Laura,

For bonding polycarbonate to powder-coated steel outdoors, we'd suggest testing MS-90 (our hybrid polymer) and AC-55 (a toughened acrylic). MS-90 is more forgiving of the different expansion rates of the two materials; AC-55 is stronger but needs a primer on polycarbonate.

I've arranged 2 cartridges of each, plus a 250 ml bottle of primer, to be sent free of charge this week.

One thing that would help: could you tell us which powder coat you use (supplier and product name)? Some polyester coatings contain release agents that stop anything from sticking, and if we know the product, our lab can check it against the ones we have already tested.

Best regards,
Tom Whitaker
Technical Sales, Halden Adhesives
"""),
]
