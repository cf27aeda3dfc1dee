# ndt = non-destructive testing contractor: ultrasonic/radiographic weld inspection, thickness surveys, reports
# (ja: 東邦非破壊検査 / en: Keystone NDT Services)
DOMAIN = "ndt"

SENTENCES = [
    ("ja", "放射線透過試験の当日は、作業区域から半径20m以内への立ち入りを制限させていただきます。作業員以外の方の被ばくを防ぐためです。", []),
    ("ja", "報告書は、社内の審査が終わったところでお送りいたします。", ["vague"]),
    ("ja", "検査日の変更は、前日の17時までにご連絡ください。技術者と機材の手配を組み直す必要があるためです。", []),
    ("ja", "判定基準についてご質問をいただきましたが、JISをお読みいただければ書いてあることです。", ["condescending"]),
    ("ja", "足場があるかどうか確認して、今日中に返事をしてください。", ["imperative", "request_without_reason"]),
    ("ja", "不合格となった溶接部の補修方法については、当社ではお答えできません。", ["dismissive"]),
    ("ja", "エコーの指示が割れによるものかどうかは、現段階ではわかりません。", ["unknown_without_followup"]),
    ("ja", "測定点が10点増えるごとに、追加費用として8,800円（税別）がかかります。", []),
    ("ja", "超音波探傷の結果、12か所中2か所で基準を超える欠陥指示がありました。詳しくは添付の報告書3ページにまとめております。", []),
    ("ja", "検査に立ち会う方の氏名と所属を、前日までにお知らせください。", ["request_without_reason"]),
    ("ja", "前回も同じことをお尋ねでしたが、検査範囲は契約書の別紙に明記してあります。", ["condescending"]),
    ("ja", "再検査は、補修完了のご連絡をいただいてから2営業日以内に日程を組みます。", []),
    ("ja", "ご担当者様が現場をご存じないようでしたら、わかる方に代わっていただけますか。", ["condescending"]),
    ("ja", "監督署への提出期限が迫っているとのことですが、それは御社のご都合ですので。", ["dismissive"]),
    ("en", "Our technician will need a site induction before starting; could you book one for Thursday morning? Without it he isn't allowed past the gatehouse.", []),
    ("en", "Results will be ready in due course.", ["vague"]),
    ("en", "We don't know yet whether the indications are cracks or laminations.", ["unknown_without_followup"]),
    ("en", "Could you send the weld map? Our technician uses it to number each joint in the report the same way your drawings do.", []),
    ("en", "Repair procedures are outside our remit.", ["dismissive"]),
    ("en", "Your team should really know by now that the welds must be cleaned before we arrive.", ["condescending"]),
    ("en", "The thickness survey came back within tolerance at all 48 points; the lowest reading was 9.2 mm against an 8.0 mm minimum.", []),
]

DRAFTS = [
    ("ja", "配管溶接部の超音波探傷試験の結果と再検査日程について",
     """株式会社北辰プラント
工務課 石田様

東邦非破壊検査の吉村です。
11月20日に実施した配管溶接部の超音波探傷試験の結果をお送りします。
あわせて、再検査の日程をご相談させてください。

結果：検査対象36継手のうち、34継手が合格、2継手（No.12、No.27）が不合格でした。
不合格の2継手は、いずれもルート部に長さ8mm前後の溶け込み不良と思われる指示があります。
詳細は添付の報告書（PDF、全14ページ）の5〜7ページをご覧ください。

補修後の再検査は、12月4日（木）または5日（金）の午前中で技術者を確保しております。
補修の完了予定日が決まりましたら、どちらの日がよいかお知らせいただけますでしょうか。
12月1日（月）までにご連絡をいただければ、その日で確定いたします。

東邦非破壊検査株式会社 技術営業部
吉村 晃
""", []),
    ("ja", "厚さ測定の追加について",
     """株式会社みなと化成
設備保全課 今村様

東邦非破壊検査の吉村です。
お問い合わせいただいたタンク底板の厚さ測定の追加について、ご回答いたします。

追加の測定は可能です。ただし、測定点が増えるため、若干の追加費用をいただくことになります。
日程については、技術者の予定を確認のうえ、近日中にご連絡いたします。

引き続きよろしくお願いいたします。

東邦非破壊検査株式会社 技術営業部
吉村 晃
""", ["vague"]),
    ("ja", "検査計画書の送付について",
     """〇〇工業株式会社
〇〇様

いつもお世話になっております。東邦非破壊検査の吉村です。
ご依頼いただいた鉄骨柱の溶接部検査について、検査計画書を添付いたします。

検査日：XX月XX日（X）8時30分〜
検査方法：超音波探傷試験（JIS Z 3060）
検査箇所：柱梁接合部 計64か所
技術者：2名（レベル2資格者）

内容をご確認のうえ、修正点があれば検査日の3営業日前までにお知らせください。
現場への入場手続きを、それまでに終える必要があるためです。

東邦非破壊検査株式会社 技術営業部
吉村 晃
""", ["placeholder_left"]),
    ("en", "Corrected inspection report for Tank T-4",
     """Dear Mr Osei,

I apologise for the errors in the ultrasonic thickness report for Tank T-4 that we sent on 12 March. As you pointed out, the readings for grid rows F and G were shown against the wrong plate numbers, which made two plates appear below minimum thickness when they are not.

A corrected report (revision B) is attached. All plates are within tolerance; the lowest reading is 6.8 mm on plate G3 against a 6.0 mm minimum. The original report has been withdrawn from our client portal.

From now on, every thickness report will be checked against the site grid drawing by a second technician before it is issued.

Yours sincerely,
Helen Marsh
Technical Manager, Keystone NDT Services
""", ["apology_incomplete"]),
    ("en", "Radiography on 14 May - exclusion zone and timings",
     """Dear Ms Fraser,

Thank you for confirming the radiography of the eight pipe spools at your Grangemouth yard. Here is what will happen on the day, so your site team can plan around it.

- 06:00: our two radiographers arrive, sign in, and set up barriers and warning lights.
- 06:30 to 11:00: exposures. Nobody other than our crew may be inside the 25-metre barrier during this time, because the source gives off radiation that can harm anyone standing close.
- By 11:30: barriers down and the yard back to normal use.

Could your site manager let the yard crews know by 13 May that the north bay will be closed during those hours? We'll walk the area with him at 06:15 before the first exposure.

Kind regards,
Robert Innes
Operations Coordinator, Keystone NDT Services
""", []),
]

MAILS = [
    ("ja", "ボイラー溶接部検査の報告書について",
     """東邦非破壊検査株式会社
吉村様

いつもお世話になっております。三陽紙業 工務課の柴田です。
11月12日に実施いただいたボイラー溶接部の検査報告書ですが、まだ受領しておりません。

性能検査の受検日が12月2日（火）で、その1週間前（11月25日）までに
報告書を添えて登録性能検査機関に書類を提出する必要があります。
提出できない場合、ボイラーの運転を止めなければならず、工場全体が稼働できなくなります。

11月21日（金）までに報告書をいただけるか、本日中にご回答いただけますと幸いです。

三陽紙業株式会社 工務課
柴田 浩二
""", "high", "neutral", False),
    ("ja", "Re: Re: 検査員の手配について",
     """吉村様

先週から三度お電話し、メールも二度お送りしていますが、まだ回答をいただけていません。
11月18日に来ていただく予定だった検査員が来なかった件です。

おかげで定修の工程が丸一日延び、プラントの立ち上げが遅れています。
1日止まるごとにどれだけの損失が出るか、おわかりですよね。
明日の朝8時に再検査ができないなら、別の検査会社に切り替えます。
今日の17時までに、誰が来るのか、何時に来るのかを連絡してください。

> 11月18日（火）8時より、技術者2名にて伺います。

北辰プラント　工務課　石田
""", "high", "angry", False),
    ("ja", "RT作業中の立入りについて",
     """東邦非破壊検査　ご担当者様

本日、弊社工場でX線透過試験をしていただいていた際、
弊社の若い作業員が、ロープの内側に入ってしまっていたことが後からわかりました。
入っていたのは５分ほどだと言っています。

本人は「体調は何ともない」と言っていますが、顔色が悪く、私も心配しています。
どのくらい被ばくした可能性があるのか、病院に行かせるべきなのか、
今日中にご判断をいただけませんでしょうか。

みなと化成　製造課　森
""", "high", "anxious", False),
    ("ja", "報告書の誤記について",
     """東邦非破壊検査　吉村様

今回いただいた報告書も、継手番号の誤記が３か所ありました。
前回も同じような誤りがあり、元請けに提出する前に私が気づいて直してもらいました。
毎回こちらでチェックしないといけないなら、検査をお願いする意味がありません。
訂正版をお送りいただくとともに、どうしてこういうことが続くのか説明してください。

新栄鉄工　品質管理　松田
""", "normal", "angry", False),
    ("ja", "不合格の継手について",
     """吉村様

先日はありがとうございました。
不合格となった2継手ですが、元請けから「補修と再検査の費用はそちらで持つように」と言われました。
うちは職人５人の小さな会社で、正直、これが続くと経営的に厳しいです。
再検査の費用がどのくらいになるのか、
また補修する際に気をつけたほうがいい点があれば教えていただけないでしょうか。

有限会社 大谷溶接
大谷 誠
""", "normal", "anxious", False),
    ("ja", "橋梁補修工事に伴う超音波探傷試験のお見積もり依頼",
     """東邦非破壊検査株式会社 御中

いつもお世話になっております。
下記の工事で、現場溶接部の超音波探傷試験をお願いしたく、お見積もりをお願いいたします。

工事名：市道２号線　○○橋補修工事
検査対象：主桁現場溶接部　約４０ｍ
検査時期：令和７年２月中旬の予定
資格：レベル２以上

お見積もりは１月１０日頃までにいただけると助かります。

株式会社 丸和建設　工事部　安藤
""", "normal", "neutral", False),
    ("ja", "検査日の変更のお願い",
     """吉村様

12月15日にお願いしている鉄骨検査ですが、建て方の遅れにより、
12月22日（月）に変更していただくことは可能でしょうか。
時間帯は同じく8時30分からを希望します。

北斗建設　工務　平野
""", "normal", "neutral", False),
    ("ja", "明日",
     """明日来れますか
""", "normal", "neutral", True),
    ("ja", "先日の検査のお礼",
     """東邦非破壊検査　吉村様

先日の配管検査では、雨の中、予定どおり作業を終えていただきありがとうございました。
担当の川口さんが、不合格箇所について若い作業員にもわかるように説明してくださり、
皆とても勉強になったと言っています。
取り急ぎお礼まで。

北辰プラント　工務課　石田
""", "low", "positive", False),
    ("ja", "来年度の年間契約について",
     """吉村様

来年度（4月〜）の定期検査の年間契約について、そろそろご相談を始めたいと思っています。
内容は今年度とほぼ同じ予定です。
年明けにでも、一度打ち合わせの日程をいただければ結構です。
お急ぎいただく必要はありません。

みなと化成　設備保全課　今村
""", "low", "neutral", False),
    ("en", "Bridge weld report needed for council sign-off on Monday",
     """Dear Helen,

We need the signed UT report for the Carr Lane footbridge welds (inspected by your team on 6 March) for the council's structural sign-off meeting at 10 am on Monday. Without the report, the council won't re-open the bridge, and it's the only pedestrian route to the primary school on that side of the river.

Could you confirm by end of day tomorrow that the signed report will be with us before Monday? If there's anything still outstanding on our side, please tell me now so we can sort it.

Regards,
Andrew Pike
Project Engineer, Pike & Lowry Civils

---------- Forwarded message ---------
From: Structures Team <structures@northvale.gov.example>
Date: Wed, 12 Mar, 16:02
Subject: Carr Lane footbridge - sign-off meeting Monday 17 March

Andrew,
Please ensure the NDT report for the repaired deck welds, signed by the inspector, is submitted before the meeting. The bridge will remain closed until we have reviewed it.
Regards, J. Sutton
""", "high", "neutral", False),
    ("en", "Heat tracing cut during your inspection - line 7 frozen",
     """To whoever is in charge at Keystone,

During Tuesday's thickness survey on line 7, your technician removed insulation and cut through the electrical heat tracing underneath without telling anyone. We found out this morning when the line froze solid overnight. Production on that unit has been down since 5 am.

I need someone from your company who can make decisions to call me today. We'll be looking to you for the repair and the lost production.

Martin Doyle
Maintenance Manager, Northfield Chemicals
""", "high", "angry", False),
    ("en", "Failed welds - what happens now?",
     """Hi,

Your report came back with three of our welds failing. This is our
first contract with this client and I'm worried they'll drop us.
Is it normal for welds to fail on a first inspection? What do we
need to do to get them re-tested, and how quickly can you come
back? Sorry for all the questions, I'm new to this.

Kind regards,
Jess Turnbull
Turnbull Fabrication Ltd
""", "normal", "anxious", False),
    ("en", "Copy of technician certificate",
     """Hello,

For our client's quality file, could you send a copy of the PCN Level 2 certificate for the technician who carried out the UT on our job at Bolton last week (your ref. KN-2291)? Their request is below.

Thanks,
Sarah Holt
QA Administrator

-----Original Message-----
From: Document Control, Hartley Engineering
Sent: 19 November 09:40
To: Sarah Holt
Subject: RE: Bolton pipe rack - QA dossier

Hi Sarah, the dossier is nearly complete. We're just missing the operator certificate for the UT. Can you chase when you get a moment? Thanks.
""", "normal", "neutral", False),
    ("en", "Training courses next year",
     """Hi Keystone team,

Do you run any introductory NDT awareness courses for non-inspectors? A few of our supervisors would like to understand what your reports mean. Sometime next year would be fine; there's no rush.

Best,
Graham
""", "low", "neutral", False),
]
