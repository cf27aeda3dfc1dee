# telerad = teleradiology reading service (遠隔画像診断) for hospitals and clinics
from _h import s, d, m

DOMAIN = "telerad"

SENTENCES = [
    s("ja", "緊急の読影を依頼される場合は、システムでの依頼に加えてお電話でもお知らせいただけますか。システム上の依頼だけでは、読影医の画面で優先表示されない仕組みのためです。"),
    s("ja", "転送エラーは、御院で設定を触られた後に起きることがほとんどですので、まずはそちらで思い当たることがないかお考えいただけますか。", "C"),
    s("ja", "報告書は、読影医の手が空いた順にお返ししております。", "V"),
    s("ja", "依頼票には臨床情報を必ず記入すること。", "IR"),
    s("ja", "読影医の所見に対するご意見は、承るだけとさせていただいております。", "D"),
    s("ja", "前回との比較ができないため、過去の画像も送ってください。", "I"),
    s("ja", "造影剤の副作用歴については、当方では分かりかねます。", "U"),
    s("ja", "この影が悪性かどうかは画像だけでは判断できないため、報告書に生検の検討をおすすめする旨を書き添えております。"),
    s("ja", "報告書の記載内容は、基本的な解剖学の知識があればご理解いただけるかと存じます。", "C"),
    s("ja", "過去の画像の取り込みがまだ終わっていないため、比較読影は本日17時以降になります。17時の時点で終わっていなければ、その時点でお電話します。"),
    s("ja", "昨夜の画像受信の停止については、サーバーを管理しているベンダーに問い合わせておりますが、原因は今のところ分かっておりません。", "U"),
    s("ja", "装置の設定変更の手順書を、放射線技師の方にお渡しいただけますか。", "R"),
    s("ja", "頭部CTの至急読影は、受信から30分以内に一次報告をお電話でお伝えしています。"),

    s("en", "Routine CT reports come back within 24 hours; anything flagged as a suspected stroke is read within 30 minutes, day or night."),
    s("en", "We'll look into the missing report when we get a moment.", "VD"),
    s("en", "Any competent radiographer would know to include the scout images.", "C"),
    s("en", "I'm not able to say why the study went to that radiologist.", "U"),
    s("en", "Could you ask your PACS administrator to open port 104 for our IP range?", "R"),
    s("en", "Our radiologists can't order further tests themselves, because they haven't examined the patient, so the report recommends an MRI and leaves that decision to your clinician."),
]

DRAFTS = [
    d("ja", "開設10周年のご挨拶と今後のサービスについて",
      """医療法人 清和会 みどり台病院
放射線科 技師長 小野 様

いつもお世話になっております。メディリード遠隔画像診断センターの加藤です。
おかげさまで当センターは今年で開設10年を迎え、この秋から新たに神経放射線を専門とする読影医が2名加わりました。
頭部のMRIについては、これまで以上に詳しい報告書をお届けできるものと考えております。
また、来年からは乳腺の画像の読影もお受けする予定です。

さて、11月18日（月）の午前0時に、当センターの画像の受信サーバーを新しいデータセンターへ移します。
これに伴い、画像の送信先のIPアドレスが変わります。新しいアドレスは別紙のとおりです。
17日（日）中に御院の画像サーバーの送信先の設定を変更していただけますでしょうか。
変更されないままですと、18日以降に送られた画像が当センターに届かず、報告書をお返しできなくなります。

メディリード遠隔画像診断センター 加藤
""", "F"),
    d("ja", "Re: 報告書の返却が遅れている件",
      """小野 様

メディリード遠隔画像診断センターの加藤です。
報告書の返却が遅れている件について、ご不便をおかけしております。

今月は読影の依頼が例年より多く、読影医の確保が追いついていない状況です。
新しい読影医の採用を進めておりますので、近日中には改善する見込みです。
それまでの間は、通常より少しお時間をいただくことになるかと存じます。

メディリード遠隔画像診断センター 加藤
""", "V"),
    d("ja", "11月5日付の胸部CT報告書の訂正とお詫び",
      """医療法人 清和会 みどり台病院
放射線科 小野 様

メディリード遠隔画像診断センターの加藤です。
11月5日にお返しした患者ID 0048271様の胸部CTの報告書で、結節の位置を「右肺上葉」と記載すべきところを「左肺上葉」と記載しておりました。
診療に関わる重要な情報を誤ってお伝えし、誠に申し訳ございません。

読影医が音声入力で報告書を作成した際、「右」が「左」と変換されたまま、読み返しで見落としたことが原因です。
本日、訂正した報告書を再送し、訂正箇所を赤字でお示ししております。主治医の先生には、本日午前中に私からお電話でもお伝えし、この誤りによって検査や治療の予定に変更が生じていないことを確認いたしました。

今後は、報告書に左右の記載がある場合、送信前にシステムが画像の撮影部位の情報と照合し、食い違いがあれば読影医に警告を出す仕組みを、11月20日から導入いたします。

メディリード遠隔画像診断センター
品質管理責任者 加藤 美紀
"""),

    d("en", "Re: Missed fracture on patient 55021",
      """Dear Dr Whitman,

Thank you for your email regarding the wrist X-ray for patient 55021.

Our radiologists' reports are final once issued, and we do not enter into discussion of individual findings after the fact. Interpretation of plain films involves a degree of clinical judgement, and differences of opinion between radiologists are not unusual.

Regards,
Karen Holt
Client Services, ReadRight Teleradiology
""", "D"),
]

MAILS = [
    m("ja", "頭部CTの一次報告について",
      """メディリード遠隔画像診断センター 御中

みどり台病院 救急外来の医師の森です。
１３時４０分に、脳卒中疑いとして７０代男性の頭部CTを送信しました（受付番号 R-20481）。
患者は来院時より意識レベルが下がってきており、当院には今日、脳外科医がいません。
送信から５０分たちますが、一次報告の電話がありません。
転院搬送の判断に所見が必要です。状況を確認していただけますか。

救急外来 直通 ０４２－５５５－０１１９
森
""", "high", "neutral"),
    m("ja", "Re: Re: 報告書が届いていない件",
      """加藤様

一昨日と昨日にもご連絡しましたが、１１月１１日から１３日に送った腹部CT３件の報告書が、まだ一つも届いていません。
そのうち１件は、明日の午前の外来で患者さんに結果を説明する予定になっています。
届かなければ、患者さんにもう一度来ていただくことになります。
「確認中」以外のお返事を、今日中にお願いいたします。

さくら通りクリニック 院長 増田
""", "high", "angry"),
    m("ja", "別の患者さんの報告書が届いています",
      """メディリード遠隔画像診断センター ご担当者様

ひかり整形外科の事務長、荒木です。
本日届いた報告書のうち１通が、当院の患者さんではない方（他院の患者さんと思われます）の氏名と所見でした。
逆に、当院の患者さんの報告書がほかの医療機関に届いているのではないかと、心配しています。
届いた報告書は院内で保管し、ほかには見せていません。
個人情報のことでもあり、当院としてどう対応すべきか、本日中にご指示をいただけないでしょうか。

ひかり整形外科 事務長 荒木
""", "high", "anxious"),
    m("ja", "来年度の契約件数について",
      """お世話になっております。
来年度から外来の MRI の枠を増やす予定で、月の読影件数が今の１２０件から２００件程度に増える見込みです。
契約の変更の手続きと、料金がどう変わるかを教えていただけますか。

みどり台病院 放射線科 小野
""", "normal", "neutral"),
    m("ja", "先月の報告書について",
      """先月お願いした腰椎の MRI の報告書ですが、「明らかな異常なし」とのことでした。
その後、患者さんが別の病院で撮り直したところ、椎間板ヘルニアがはっきり写っていたそうです。
同じ画像を、私でも分かる程度の所見です。
幸い患者さんは手術を受けて回復されていますが、報告書はどなたがどのように確認されているのでしょうか。

増田整形外科 院長 増田
""", "normal", "angry"),
    m("ja", "開院前の接続テストについて",
      """初めてご連絡いたします。
来月１日に開院する予定の、あおぞら内科クリニックの事務の者です。
院長から、開院までに御社との画像の送受信ができるようにしておくよう言われていますが、
私は医療のシステムに詳しくなく、何から準備すればいいのか分からず不安です。
接続のテストはいつ頃、どのように行うのでしょうか。

あおぞら内科クリニック 事務 平野
""", "normal", "anxious"),
    m("ja", "レポート", "また届いてません。", "normal", "angry", True),
    m("ja", "症例検討会のお願い",
      """加藤様

いつも丁寧な報告書をありがとうございます。
特に先月の膵臓の症例では、読影医の先生のコメントのおかげで早期に手術につなげることができました。
当院の若手の医師向けに、年に一度くらい、読影医の先生との症例検討会をお願いすることはできますか。

みどり台病院 内科部長 松田
""", "normal", "positive"),
    m("ja", "院内勉強会の講師について（来年度）",
      """来年度、院内で「見落としやすい悪性所見」をテーマに勉強会を開きたいと考えています。
読影医の先生に講師をお願いすることはできますか。費用がかかる場合は、その目安も教えてください。
時期は来年の夏ごろを考えており、まだ何も決まっていませんので、お手すきの時にご回答ください。

ひかり整形外科 放射線技師 村上
""", "low", "neutral"),
    m("ja", "年末年始の体制について",
      """お世話になっております。
今年の年末年始、読影の受付と報告書の返却はどのような体制になりますでしょうか。
当院の休診日の予定を決める参考にしたいので、分かった時点で教えていただければ十分です。

さくら通りクリニック 事務 佐野
""", "low", "neutral"),

    m("en", "Image link down since 6 am",
      """Hello,

Our PACS link to your service has been down since about 6 am. Images queue on our side with "destination unreachable". We're a 40-bed rural hospital with no radiologist on site, and A&E currently has 14 CT studies waiting to be read, including two head CTs.

Our IT team can't see a problem on our end. Could someone on your side look at it now, and is there a fallback route for sending the head CTs?

Dr Laura Finch
A&E, Cairnside Community Hospital
""", "high", "neutral"),
    m("en", "Report quality",
      """Yesterday's report on a chest X-ray for one of our patients read, in full: "No acute abnormality. Clinical correlation recommended."

That's a lot of words to say nothing, even for a service we pay per study. Could someone explain what "clinical correlation" is meant to tell a GP?

Dr Sam Iqbal
Northgate Medical Practice
""", "normal", "angry"),
    m("en", "Data security before go-live",
      """Hi,

We go live with your service in two weeks. Our board has asked me to confirm where patient images are stored, who can access them and for how long they're kept, and I realise I don't know the answers. I'm worried this will hold up the start and that I should have asked sooner.

Could you send me whatever documentation you have?

Thanks,
Rachel Dunn
Practice Manager, Harbourside Clinic
""", "normal", "anxious"),
    m("en", "addendum?", "pls check", "normal", "neutral", True),
    m("en", "Invoice format from April",
      """Hello,

From April our finance team would like invoices to show the number of studies per modality (CT, MRI, X-ray) rather than a single total. Is that possible? No rush, it's for the new financial year.

Regards,
Ian Moore
Finance Officer, Cairnside Community Hospital
""", "low", "neutral"),
]
