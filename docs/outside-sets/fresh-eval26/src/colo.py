# colo = data-centre colocation (racks, power, cross-connects, remote hands, site access)
from ._h import s, d, m

DOMAIN = "colo"

SENTS = [
    s("ja", "入館申請は、作業日の3営業日前までに提出してください。", "imperative", "request_without_reason"),
    s("ja", "電源工事の日程は、近いうちに改めてご案内します。", "vague"),
    s("ja", "お客様のラック内の配線が乱雑だったことが原因ですので、当社の設備には問題はございません。", "condescending"),
    s("ja", "空調停止の原因は、現在調査中です。", "unknown_without_followup"),
    s("ja", "入館の際は、写真付きの身分証を受付でご提示いただけますか。", "request_without_reason"),
    s("ja", "受付では、なりすましによる入館を防ぐため、運転免許証など顔写真のある身分証を拝見しております。", ),
    s("ja", "本日2時14分から2時41分まで、B棟3階の一部ラックで瞬断が発生しました。UPSの切替不良が原因で、該当ユニットはすでに交換済みです。", ),
    s("ja", "回線の帯域を増やすには、それなりの費用がかかります。", "vague"),
    s("ja", "お客様のサーバーのOSについては、当社の関知するところではございません。", "dismissive"),
    s("ja", "障害の影響範囲は確認中で、本日18時までに第2報をお送りします。", ),
    s("ja", "日中は他のお客様の搬入が集中するため、作業は20時以降にお願いできますでしょうか。", ),
    s("ja", "機器の搬入は、できるだけ早めに済ませていただけますか。", "vague", "request_without_reason"),
    s("ja", "ラック増設のご希望については、空き状況を確認し、11月8日（金）までにお見積りとあわせてご回答します。", ),
    s("en", "Ship the replacement drives to the loading dock.", "imperative", "request_without_reason"),
    s("en", "Cross-connect orders are usually completed shortly after approval.", "vague"),
    s("en", "We do not know what caused the power event in Hall 2.", "unknown_without_followup"),
    s("en", "Your engineer should have been trained on our access procedures before turning up.", "condescending"),
    s("en", "Cooling in Suite 4 was restored at 03:20 UTC, and we'll send the full incident report by 18:00 UTC on Thursday.", ),
    s("en", "Firewall rules on your own servers are outside our managed service, but our remote-hands team can console in for you at the standard £75 an hour if that helps.", ),
    s("en", "For the security audit, please send us the names of everyone who needs badge access by Monday.", ),
]

DRAFTS = [
    d("ja", "【障害報告・お詫び】10月14日 B棟3階 電源瞬断について",
      """株式会社ネクストリンク インフラ部 松本様

東湾データセンター運用部の佐野です。
10月14日（月）2時14分から2時41分にかけて、B棟3階の貴社ラック（B3-17、B3-18）を含む一部エリアで電源の瞬断が発生しました。ご迷惑をおかけし、誠に申し訳ございません。

原因：無停電電源装置（UPS）3号機の切替回路の部品劣化により、商用電源からの切替時に約20ミリ秒の瞬断が生じました。
対応：同日6時までに3号機の切替ユニットを交換し、負荷試験で正常動作を確認しております。貴社ラックへの給電は現在正常です。
再発防止：同型ユニットを使う1号機・2号機も10月末までに予防交換し、今後は切替試験を年2回から4回に増やします。

詳細な報告書（PDF）を添付いたしました。SLAに基づく返金の対象となりますので、今月分のご請求から差し引かせていただきます。

東湾データセンター 運用部 佐野
"""),
    d("ja", "定期メンテナンスに伴う入館制限のお知らせ（11月23日）",
      """お客様各位

東湾データセンター運用部です。
受変電設備の法定点検のため、下記の時間帯は全館で入館を制限させていただきます。

日時：11月23日（土）〇〇時〜〇〇時
対象：A棟・B棟の全フロア
給電：点検中も非常用発電機により継続いたします

この時間帯に作業のご予定がある場合は、11月16日までに運用部までご連絡いただければ、日程の調整をご相談いたします。

東湾データセンター 運用部
""", "placeholder_left"),
    d("ja", "東湾データセンター 秋のご案内",
      """株式会社ネクストリンク 松本様

いつも東湾データセンターをご利用いただき、ありがとうございます。
この秋、C棟の新設工事が予定どおり完了し、来年1月から新たに200ラック分の提供を開始いたします。
C棟では1ラックあたり最大15kVAまでの高負荷にも対応しております。
また、お客様ポータルに電力使用量のグラフ表示機能を追加いたしました。

貴社の入館者登録リストに、来月で有効期限が切れる方が3名いらっしゃいます。11月30日以降も入館が必要な方がいらっしゃいましたら、11月25日までにポータルから更新していただけますでしょうか。

東湾データセンター 営業部 大西
""", "purpose_not_upfront"),
    d("en", "Incident report and apology: cooling failure in Suite 4, 11 June",
      """Dear Priya,

I'm sorry for the cooling failure in Suite 4 on 11 June. Inlet temperatures at your racks (S4-09 to S4-12) reached 31°C for about 40 minutes, above the 27°C in your SLA.

Cause: a control board failed in CRAH unit 4B, and the standby unit did not start because its automatic changeover had been left in manual mode after maintenance on 6 June.
What we did: engineers started the standby unit by hand at 03:05 UTC, temperatures were back within range at 03:20, and the failed board was replaced the same morning.
Prevention: every maintenance job now ends with a changeover test signed off by a second engineer, and the building management system raises an alarm if a standby unit is left in manual for more than 30 minutes.

Under the SLA, a service credit of £1,150 will appear on your July invoice. The full report is attached.

Regards,
Gareth Lloyd
Operations Manager, Northgate Colocation
"""),
    d("en", "Apology for the access delay on Saturday",
      """Dear Mr Tan,

I'm sorry that your engineer, Wei, had to wait almost two hours at reception on Saturday before he could reach your cage.

Our weekend security contractor did not have his access request on the list because the request, which you submitted on Thursday, was stuck in our approval queue.

We have since checked that every pending request for the next two weeks has been approved and sent to the security desk.

Regards,
Gareth Lloyd
Operations Manager, Northgate Colocation
""", "apology_incomplete"),
]

MAILS = [
    m("ja", "A系電源断・現在片系運転中です",
      """東湾データセンター 運用部 御中

株式会社ネクストリンクの松本です。
本日10時05分頃から、弊社ラックB3-17のA系電源が落ちており、現在はB系のみで稼働しています。
PDUの表示も消えているため、ラック側ではなく上流の問題ではないかと考えています。
このラックには弊社ECサイトの本番DBが入っていて、今夜20時から年末セールの開始を予定しています。
B系まで落ちるとサイトが止まるため、状況の確認と復旧見込みを教えてください。

株式会社ネクストリンク インフラ部 松本
TEL 03-5521-8890""", "high", "neutral"),
    m("ja", "Re: Re: Re: 障害報告書のご提出について",
      """東湾データセンター 佐野様

ネクストリンクの松本です。
10月14日の瞬断について、障害報告書の提出を10月15日、18日、22日と3回お願いしておりますが、まだいただけておりません。
弊社のお客様である金融機関から、今週金曜（25日）までに原因と再発防止策を書面で出すよう求められており、出せなければ契約の見直しもあり得ると言われています。
御社の報告書がなければ、弊社としては何も説明できません。

> 松本様
> 現在取りまとめ中です。まとまり次第お送りします。

金曜に間に合うのかどうか、まずはそれだけでもお答えください。

松本""", "high", "angry"),
    m("ja", "身に覚えのない入館記録について",
      """東湾データセンター　セキュリティご担当者様

株式会社アルタスの大塚です。
本日ポータルで弊社ケージ（A2-05）の入館ログを確認したところ、昨夜23時12分に弊社の登録者「小島」名義での入室記録がありました。
小島は先月退職しており、昨夜は誰も作業の予定はありません。
ケージ内には顧客の個人情報を扱うサーバーがあります。
誰が入ったのか、カメラの映像を確認していただけないでしょうか。社内でも情報漏えいの可能性を含めて対応を検討しなければならず、どう動けばよいのか困っています。

株式会社アルタス　情報システム部　大塚""", "high", "anxious"),
    m("ja", "ラック追加の見積もり依頼",
      """東湾データセンター 営業ご担当者様

いつもお世話になっております。ネクストリンクの松本です。
来年4月のシステム増強に向けて、B棟に42Uラックを2本追加したいと考えております。
・各ラック 6kVA
・既存ラック（B3-17、18）と同じ島を希望
月額費用と初期費用のお見積りをお願いできますでしょうか。

松本""", "normal", "neutral"),
    m("ja", "受付での対応について",
      """本日14時頃、作業のため入館した株式会社アルタスの者です。
事前申請は済ませていたにもかかわらず、受付で「申請が見当たらない」と言われ、40分待たされました。
その間、担当の方は何度聞いても「確認中です」と言うだけで、状況を教えてもらえませんでした。
最終的に入館はできましたが、作業時間が大幅に削られました。
今後このようなことがないよう、改善をお願いします。""", "normal", "angry"),
    m("ja", "地震の際の対策について",
      """はじめてご連絡いたします。株式会社みどり会計の西村と申します。
来年の春に、社内サーバーを御社のデータセンターへ移す検討をしております。
先日の地震のニュースを見て、建物の耐震や、停電が長引いた場合にどのくらい持つのかが気になっています。
社内に詳しい者がおらず、何をどう確認すればよいのかも分からないのですが、説明資料などはありますでしょうか。

株式会社みどり会計　総務部　西村""", "normal", "anxious"),
    m("ja", "昨日の件",
      """昨日の件ですが、やっぱりダメでした""", "normal", "neutral", True),
    m("ja", "入館者の追加登録",
      """東湾データセンター運用部御中

お世話になっております。アルタスの大塚です。
弊社ケージへの入館者として、下記１名を追加登録したく存じます。
氏名：平田　拓也（ひらた　たくや）
所属：情報システム部
身分証の写しは別途ポータルからアップロードいたしました。
ご確認のほどよろしくお願いいたします。""", "normal", "neutral"),
    m("ja", "移設作業の完了報告書について",
      """佐野様

先週末のラック移設では大変お世話になりました。
社内監査の資料として、移設作業の完了報告書（作業時間、作業者、搬出入した機器の一覧）をいただけますでしょうか。
監査の締めが今月末ですので、２５日頃までにいただけると助かります。

ネクストリンク　松本""", "normal", "neutral"),
    m("ja", "再生可能エネルギーの利用について",
      """いつもお世話になっております。
弊社では来年度から、取引先の電力の由来を開示するよう求められる予定です。
御社で再生可能エネルギー由来の電力を選べるプランがあるか、将来的に導入の予定があるか教えていただけますか。
来年度の話ですので、時間のあるときで結構です。

株式会社アルタス　大塚""", "low", "neutral"),
    m("en", "Cross-connect still not delivered - go-live Monday",
      """Gareth,

We ordered a cross-connect from our cage (H2-C14) to the carrier room on 3 March. The portal has said "in progress" for three weeks. I've raised two tickets and called twice; each time I'm told someone will get back to me with a date. No one has.

Our new payment platform goes live on Monday 31 March and the cross-connect is the only link to our acquiring bank. Without it we can't take card payments.

I need a confirmed install date by tomorrow, or I'll have to escalate this to our account director.

Priya Raman
Head of Infrastructure, Payvale""", "high", "angry"),
    m("en", "Badge for new engineer",
      """Hi,

We have a new engineer, Tomasz Nowak, starting on 14 April. Could you set up badge access for our cage in Hall 1? His ID scan is attached.

Thanks,
Wei Tan""", "normal", "neutral"),
    m("en", "Generator testing",
      """Hello,

I read about the outage at another London data centre last week where the generators didn't start. It's made our board quite nervous.

Could you tell us how often your generators are load-tested and when the last full test was? There's no deadline; I just want to be able to reassure them at the next board meeting in May.

Best,
Helen Carter
IT Director, Brightwell Insurance""", "normal", "anxious"),
    m("en", "Invoice query",
      """Hi, our March invoice shows two charges for 'remote hands - 1 hr' on 12 March, but we only requested one. Could you check? Thanks, Accounts, Payvale""", "normal", "neutral"),
    m("en", "Renewal paperwork for next year",
      """Hi Gareth,

Our contract renews in January. Before then, could you send a copy of your current ISO 27001 certificate for our supplier file? There's no deadline on our side until our annual review in late November.

Thanks,
Wei Tan""", "low", "neutral"),
]
