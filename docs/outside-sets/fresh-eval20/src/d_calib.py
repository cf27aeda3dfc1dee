# calib = a calibration laboratory for measuring instruments (callipers, torque
# wrenches, gauges, thermometers, balances); B2B customers in manufacturing, food, pharma.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "calib"

SENTENCES = [
    S("ja", "デジタルノギスの校正は1台4,400円で、JCSS校正の場合は1台12,100円です。"),
    S("ja", "校正証明書に記載する社名の表記を確定させたいので、正式な社名を英語表記も含めてお知らせいただけますか。"),
    S("ja", "トルクレンチを落とせば精度が狂うことくらい、現場の方ならご存じのはずです。", CON),
    S("ja", "校正期限の管理は本来お客様側でなさるべきことですので、期限切れについて当社に言われましても困ります。", CON, DIS),
    S("ja", "3月は繁忙期のため、返却までの日数が通常の7営業日から10営業日になります。"),
    S("ja", "修理が必要な場合は、若干の追加費用をご負担いただきます。", VAG),
    S("ja", "送付前に電池を抜いておくこと。", IMP, RWR),
    S("ja", "機器番号の一覧表をExcelで作ってください。", IMP, RWR),
    S("ja", "御社の圧力計が調整で規格内に戻るかどうかは、当社では判断いたしかねます。", UNK),
    S("ja", "ケースや専用の治具がないと測定できない機器もあるため、付属品もすべて同梱していただけますでしょうか。"),
    S("ja", "不合格となった温度計2台は、調整すれば規格内に入る見込みで、調整費は1台3,300円です。"),
    S("ja", "メーカーに部品の在庫を確認しておりますので、4月11日（金）までに修理できるかどうかをお知らせします。"),
    S("ja", "返却日については、今のところはっきりしたことは申し上げられません。", UNK),

    S("en", "Standard turnaround for pressure gauges is 7 working days from receipt, or 2 working days with the express service at a 50% surcharge."),
    S("en", "Had your technicians followed basic handling procedures, the probe wouldn't be damaged.", CON),
    S("en", "Express calibration costs a little extra.", VAG),
    S("en", "How your auditor reads the certificate is not our business.", DIS),
    S("en", "We have no way of knowing whether the drift started before or after the last calibration.", UNK),
    S("en", "Because the certificate has to match your asset register exactly, could you confirm the serial number on the label of the second balance?"),
]

DRAFTS = [
    D("ja", "校正証明書の記載誤りについてのお詫びと再発行のご案内", """
株式会社北斗工業 品質保証課 長谷部様

東和計測サービスの三浦です。
3月28日にお送りしたマイクロメータ5台の校正証明書のうち、2台分で機器番号が入れ替わって記載されておりました。監査を控えたお忙しい時期にご迷惑をおかけし、誠に申し訳ございません。

原因は、証明書を作成する際に、受付票の順番と実際の機器の並び順を照合せずに番号を書き写したことです。
正しい機器番号で証明書を作り直し、本日PDFをお送りするとともに、原本を速達で発送しました。明日4月3日にお届けの予定です。

今後は証明書を発行する前に、機器の銘板の写真と証明書の番号を別の担当者が照合する手順を加えました。

東和計測サービス 校正課 三浦 直樹
"""),
    D("ja", "ノギス12台のご返却の遅れについてのご報告", """
株式会社サンワ製作所 購買部 岡本様

東和計測サービスの三浦です。
ご依頼いただいたノギス12台のご返却が、お約束の5月9日から5月14日にずれ込みました。
基準器の定期点検が重なり、校正作業が3日間止まったことが原因です。
本日すべての校正を終えて発送いたしました。明日5月15日の午前中に到着する予定です。
今後は基準器の点検日を受付時の納期の計算に反映させ、重なる場合は事前にお知らせいたします。

東和計測サービス 三浦
""", APO),
    D("ja", "東和計測サービスからのご連絡", """
株式会社大栄化学 設備課 石橋様

いつも大変お世話になっております。東和計測サービスの三浦です。
当社は今年で創業30周年を迎え、4月から新しい恒温室が稼働しております。
これにより、温度計や湿度計の校正の受付枠を、これまでの1.5倍に増やすことができました。
引き続き皆様のお役に立てるよう努めてまいります。

さて、御社からお預かりしている圧力計3台のうち1台（No.P-118）が、ブルドン管の変形のため校正できない状態でした。
修理（22,000円）に進めるか、校正不能のままご返却するか、6月6日までにご指示をいただけますでしょうか。

東和計測サービス 三浦
""", PUR),

    D("en", "Calibration certificates for your balances", """
Dear <Customer>,

The three analytical balances you sent on 4 March have been calibrated and all passed within tolerance. The certificates are attached, and our courier will return the balances to you on Monday 11 March.

The next calibration is due on 11 March next year, and we'll send you a reminder a month before.

Regards,
Daniel Okoro
Towa Measurement Services
""", PH),
]

MAILS = [
    M("ja", "high", "neutral", False, "校正証明書の送付状況について（4月10日ISO審査）", """
東和計測サービス 御中

いつもお世話になっております。丸山工業 品質管理課の西です。
3月15日に校正をお願いしたノギス・マイクロメータ計20台について、
機器は3月29日に返却されたのですが、校正証明書がまだ届いておりません。

4月10日（木）にISO9001の定期審査があり、
計測機器の校正記録は必ず確認される項目です。
証明書がない場合、不適合の指摘を受けることになります。
いつ頃お送りいただけるか、ご確認いただけますでしょうか。

丸山工業株式会社 品質管理課 西 雅彦
"""),
    M("ja", "high", "angry", False, "返却された温度計の表示ずれについて", """
東和計測サービス ご担当者様

株式会社ひまわり食品 工場長の松田です。
先週校正済みとして返却された芯温計3台のうち1台が、
基準の温度計と比べて15℃近く低く表示されることが、今朝わかりました。

この温度計は、惣菜の加熱殺菌の温度を確認するために使っているものです。
返却後の3日間、この温度計で確認した製品をすでに出荷しています。
校正済みという証明書を信じて使っていたのに、一体どういうことでしょうか。

出荷した製品の回収を判断しなければならないため、
校正時のデータを本日中に提出していただきたい。

ひまわり食品 松田
"""),
    M("ja", "high", "anxious", False, "トルクレンチの返却予定について", """
東和計測サービス 三浦様

お世話になっております。サンワ製作所の岡本です。
5月7日にお預けしたトルクレンチ全18本の返却予定日が昨日でしたが、まだ届いておりません。
組立ラインのレンチを全数お預けしてしまったため、
今朝から第2ラインの締め付け工程が止まっています。
このままだと明後日の出荷に間に合いません。

今どういう状況なのか、何時ごろ発送していただけるのか、
分かる範囲で教えていただけないでしょうか。
上司からも確認を求められていて、どう説明してよいか困っています。

岡本
"""),
    M("ja", "normal", "neutral", False, "年間契約のお見積り依頼", """
お世話になっております。
当社で使用している計測器（約120台）の校正を、来年度から年間契約でお願いできないかと考えています。
機器の一覧は添付のとおりです。
お見積りをいただけますでしょうか。

株式会社ケイワ 品質保証部 吉岡
"""),
    M("ja", "normal", "angry", False, "証明書の社名の誤りについて（再発）", """
東和計測サービス様

今回届いた校正証明書の社名が、また「大栄化工」になっています。
正しくは「大栄化学」です。
前回の校正の時も同じ間違いがあり、お電話で訂正をお願いしたはずです。
何度同じことをお伝えすればよいのでしょうか。
訂正版の再発行をお願いします。

大栄化学 設備課 石橋
"""),
    M("ja", "normal", "anxious", False, "校正で不合格が出た場合について", """
初めて御社に校正をお願いする予定の者です。
社内で長年校正をしていなかったノギスが何本かあり、
不合格が出るのではないかと心配しています。
不合格の場合、それまでに測った製品はどうなるのか、
取引先の監査で問題にされるのか、考えると不安です。
そうなった場合の一般的な対応を教えていただけますか。
"""),
    M("ja", "normal", "neutral", True, "Re:", """
届きました？
"""),
    M("ja", "normal", "neutral", False, "出張校正について", """
弊社工場内の大型の電子天びん（ひょう量600kg）の校正をお願いしたいのですが、
出張での校正には対応していただけますか。
場所は群馬県太田市です。
"""),
    M("ja", "low", "neutral", False, "来年の校正の申し込みについて", """
三浦様

お世話になっております。北斗工業の長谷部です。
来年も２月頃に、マイクロメータ等をまとめて校正に出す予定です。
申込書の様式が変わっているようでしたら、
その頃までに新しいものをお送りいただければ結構です。

北斗工業 長谷部
"""),
    M("ja", "low", "neutral", False, "まとめて依頼する場合の割引について", """
次回の校正時期は半年後でまだ先なのですが、
9月にまとめて30台ほどお出しした場合、割引などはありますか。
ご回答はいつでも結構です。
"""),

    M("en", "high", "neutral", False, "Particle counter failed calibration – loan unit?", """
Hello,

The particle counter from our cleanroom (Lighthouse 3016, serial LH-22871) came back from you yesterday marked as failed, with a note that it needs a replacement sensor.

We can't release product from that cleanroom without a valid particle count, and our next batch release is on Thursday morning. Do you have a calibrated loan unit we could use until ours is repaired? We can collect it ourselves today or tomorrow.

Regards,
Dr Fiona Gallagher
QA Manager, Brightwell Pharma
"""),
    M("en", "high", "angry", False, "PO 55812 certificates – fourth email", """
This is my fourth email about the calibration certificates for PO 55812.

The instruments came back three weeks ago. The certificates did not. I was told twice that they would be "sent today".

Our customer's auditor is on site next Tuesday and will ask for them. If we can't show them, it's our supplier approval at risk, not yours.

Send them, or tell me honestly when you will.

Mark Davies
Quality Engineer, Tideway Components
"""),
    M("en", "normal", "anxious", False, "Reading our first certificate", """
Hi,

We're a small lab and this is the first calibration certificate we've received from you. I'm worried we're reading the uncertainty column wrong – if we are, some of our results may be outside our own tolerances. Could someone walk us through what the figures mean?

Thanks,
Rosa Lindgren
"""),
    M("en", "normal", "neutral", False, "Fluke 87V", """
Hello, can you calibrate a Fluke 87V multimeter, and what's your current turnaround time? We'd send it by courier.

Thanks,
Ben
"""),
    M("en", "low", "neutral", False, "Price list for next year's budget", """
Hi,

We're planning next year's budget. Could you send your current price list when convenient? Nothing urgent on our side.

Kind regards,
Aisha Khan
Facilities, Meridian Labs
"""),
]
