# shred = confidential document collection and shredding (機密書類の回収・溶解処理)
DOMAIN = "shred"

SENTENCES = [
    ("ja", "回収した書類は当日中に溶解処理し、処理後3営業日以内に溶解証明書をメールでお送りします。", []),
    ("ja", "鍵付き回収ボックスの鍵を紛失された場合は、交換に費用がかかります。", ["vague"]),
    ("ja", "ホチキスやクリップは外さずに、そのまま入れていただいて構いません。", []),
    ("ja", "クリップを外してから箱に入れなさい。", ["imperative", "request_without_reason"]),
    ("ja", "回収日を変えたいのであれば、もっと早くご連絡いただかないと困ります。", ["condescending"]),
    ("ja", "回収スタッフが書類を見ていないかというご心配ですが、そのようなことを気にされる必要はございません。", ["dismissive"]),
    ("ja", "回収スタッフは箱を開けずに施錠したまま運搬し、開封は監視カメラのある処理室でのみ行っておりますので、途中で中身を見ることはできない仕組みです。", []),
    ("ja", "次回の回収は来週のどこかで伺います。", ["vague"]),
    ("ja", "誤って回収された書類がまだ処理前かどうかは、こちらでは分かりかねます。", ["unknown_without_followup"]),
    ("ja", "誤って回収された書類がまだ処理前かどうか、工場の受付記録を確認して、本日14時までにお電話でお知らせします。", []),
    ("ja", "ご契約内容を確認いたしますので、契約番号をお知らせいただけますか。", []),
    ("ja", "マイナンバーの入った書類を一般ごみに出すなんて、普通は考えられないことですよ。", ["condescending"]),
    ("en", "Your next collection is Tuesday the 12th between 1 and 3 pm, and the driver will call about 15 minutes before arriving.", []),
    ("en", "Remove all binders before the collection.", ["imperative", "request_without_reason"]),
    ("en", "Could you take the ring binders out before collection? Our shredder can't take metal rings, and removing them on site adds about 20 minutes to the visit.", []),
    ("en", "Certificates of destruction are normally issued within a few days.", ["vague"]),
    ("en", "We don't know where the missing console ended up.", ["unknown_without_followup"]),
    ("en", "Honestly, if your staff put the wrong papers in the bin, that's on your office, not on us.", ["condescending", "dismissive"]),
    ("en", "Could you fill in the attached site access form and send it back to us?", ["request_without_reason"]),
    ('ja', '再発行には1通につき550円の手数料がかかりますが、ご依頼から2営業日以内にPDFでお送りします。', []),
]

DRAFTS = [
    dict(lang="ja", subject="定期回収の日程変更のご案内",
         text="""[会社名] 御中
総務ご担当者様

セキュアリサイクル関東の村上です。
年末年始の休業に伴い、12月と1月の定期回収日を下記のとおり変更いたします。

・12月分：12月26日（金）→ 12月24日（水）
・1月分：1月2日（金）→ 1月8日（木）

時間帯はこれまでと同じく、10時から12時の間に伺います。変更後の日程でご都合が悪い場合は、12月15日までにご返信いただければ、別の日程をご提案いたします。

セキュアリサイクル関東　村上 和也
""", labels=["placeholder_left"]),
    dict(lang="ja", subject="回収ボックスを施錠せずに置いてしまったことのお詫び",
         text="""株式会社エムズ会計
総務部 藤井 様

セキュアリサイクル関東の村上です。
11月6日の回収の際、当社の回収担当者が、交換用の回収ボックスを施錠しないまま御社の受付前に置いて帰ってしまいました。大変申し訳ございません。

当日の回収担当者は通常とは別の者で、交換用ボックスは鍵を閉めてからお渡しするという手順を知らされていなかったことが原因です。

翌朝、藤井様からご連絡をいただいた時点でボックスの中身は空で、書類が入れられる前であったことを藤井様にご確認いただいております。同日11時に施錠済みのボックスと交換し、鍵の付いていたボックスは回収いたしました。

今後は、通常と別の担当者が伺う場合も、出発前に手順書を読み合わせることとし、ボックスを置いた後に施錠した状態の写真を撮って記録を残すことにいたしました。

ご心配をおかけしましたことを、重ねてお詫び申し上げます。

セキュアリサイクル関東　村上 和也
""", labels=[]),
    dict(lang="ja", subject="溶解証明書のお問い合わせについて",
         text="""株式会社サクラ印刷
経理部 本田 様

セキュアリサイクル関東の村上です。
9月分の溶解証明書についてお問い合わせをいただきましたので、ご回答いたします。

9月分の証明書は10月3日にメールでお送りしており、前回のお問い合わせの際にも同じご案内をしております。
毎月お送りしているものですので、御社内でもきちんと保管していただくようお願いいたします。

同じ証明書のPDFを改めて添付いたします。

セキュアリサイクル関東　村上 和也
""", labels=["condescending"]),
    dict(lang="en", subject="Your missed collection on 4 March",
         text="""Dear Mr Patel,

I'm writing about the collection at your Leeds office on 4 March, which our driver did not make.

The driver's route that day was rebuilt after a van broke down, and your site was accidentally dropped from the new list instead of being moved to the afternoon.

We collected your three consoles on 5 March at 9:20 am, and the certificate of destruction for that collection was emailed to you on 6 March. The March collection charge of £65 has been removed from your invoice.

When a route is rebuilt now, the new list is checked against the original by a second person in the office before the driver leaves, so no site can drop off without someone noticing.

Kind regards,
Helen Moss
Customer Service, ShredSafe North
""", labels=["apology_incomplete"]),
    dict(lang="en", subject="Quote for a one-off office clear-out (40 archive boxes)",
         text="""Dear Ms Clarke,

Thank you for your enquiry. For the one-off collection and shredding of 40 archive boxes at your Market Street office, the price is £260 plus VAT, including a certificate of destruction.

We could collect on Wednesday 20 or Thursday 21 November, between 9 am and 12 noon. Our two-person crew will carry the boxes from your storeroom, so nobody from your team needs to help with lifting.

If you'd like to go ahead, just reply with your preferred date. So that the crew can get in, please also let us know whether there's a loading bay or whether they should park on the street.

Kind regards,
Helen Moss
Customer Service, ShredSafe North
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="御社が回収した書類がビルの廊下に置かれていました",
         body="""セキュアリサイクル関東 ご担当者様

株式会社エムズ会計 総務の藤井です。
本日午前中に御社の回収がありましたが、先ほど同じビルの別の会社の方から
「エレベーターホールに段ボールが置きっぱなしになっている」と連絡があり、見に行ったところ、
当社の社名が書かれた回収ボックスが、ふたの開いた状態で置かれていました。

中には社員の人事評価の書類が入っていました。
どのくらいの時間そこに置かれていたのか、ほかに置き忘れた箱はないのか、
本日中に回収担当の方から説明をいただけますか。
当社としては、情報の漏えいとして取引先にも報告しなければならない事態です。

藤井""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="溶解証明書（過去6か月分）の再送のお願い",
         body="""お世話になっております。
株式会社サクラ印刷の本田です。

明日10時から、取引先によるプライバシーマークの監査があり、
機密書類の処分記録として、5月から10月までの溶解証明書を提示する必要があります。

社内で探したのですが、担当者が替わったこともあり、7月分と8月分がどうしても見つかりません。
今日の17時までに再送していただくことは可能でしょうか。
監査で提示できないと是正の指摘を受けることになり、とても不安です。

サクラ印刷 経理部 本田""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="解約後の請求について（4度目のご連絡）",
         body="""セキュアリサイクル関東 御中

8月末で契約を終了しているにもかかわらず、9月、10月と引き続き月額料金が引き落とされています。
この件については9月12日、9月30日、10月15日とお電話とメールで3回ご連絡しており、
そのたびに「確認して折り返します」とのお返事でしたが、一度も折り返しはありません。

解約の書類の控えは手元にございます。
2か月分の料金、合計17,600円の返金と、今後の引き落としの停止をお願いいたします。
これ以上ご対応いただけない場合は、消費生活センターに相談することも考えております。

株式会社ハヤシ建築設計事務所 林""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="定期回収サービスのご相談",
         body="""はじめまして。
税理士事務所を開業したばかりで、機密書類の定期回収をお願いできる業者を探しています。

・スタッフ３名の小さな事務所です
・書類の量は、月にA4のコピー用紙の箱で1箱くらいだと思います
・場所は横浜市中区です

この規模でも定期回収をお願いできますか。料金の目安も教えていただけると助かります。

小西税理士事務所 小西""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="回収",
         body="回収お願いします",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="間違えて契約書の原本を入れてしまいました",
         body="""お世話になっております。
株式会社エムズ会計の藤井です。

昨日、新人のスタッフが、お客様との契約書の原本（3部）を
誤って回収ボックスに入れてしまったようです。
ボックスには鍵がかかっていて、こちらでは取り出せません。

次回の回収は来週火曜日の予定ですが、それまでに鍵を開けて取り出していただくことはできるのでしょうか。
原本がなくなってしまうとどうなるのか、不安で仕方ありません。

藤井""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="担当者変更のご連絡",
         body="""セキュアリサイクル関東
村上様

いつもお世話になっております。
11月1日付の人事異動により、回収サービスの弊社側の担当が
総務部の藤井から、同じく総務部の高木に変わります。

今後の回収日のご連絡や請求書の送付先は、高木宛てにお願いいたします。
　高木 美穂（たかぎ みほ）
　takagi@xxxx.co.jp／03-xxxx-xxxx（内線214）

引き続きよろしくお願いいたします。

株式会社エムズ会計 総務部 藤井""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="ハードディスクの処分もできますか",
         body="""ご担当者様

いつも書類の回収でお世話になっております。
古いパソコンから取り外したハードディスクが12台あるのですが、
書類と一緒に回収・破砕していただくことは可能でしょうか。
可能であれば、費用と、証明書が書類と別になるのかどうかも教えてください。

小西税理士事務所 小西""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="いつもありがとうございます",
         body="""村上様

いつも丁寧に回収していただき、ありがとうございます。
回収の方がいつも明るく挨拶してくださるので、受付のスタッフも楽しみにしているようです。

ひとつご相談ですが、毎年12月は書類の量が普段の倍くらいになります。
今年もそうなりそうなので、ボックスを1つ増やすことができるかどうか、
どこかのタイミングで教えていただければと思います。まだ先のことですので、ゆっくりで大丈夫です。

ハヤシ建築設計事務所 秋山""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="溶解した紙のリサイクル先について",
         body="""お世話になっております。
来年度のCSR報告書に、機密書類のリサイクルについても記載しようと考えています。

溶解処理した紙がどのような製品に再生されているのか、
また年間のリサイクル量の証明のようなものがいただけるのか、教えていただけますでしょうか。
報告書の作成は来年の春ですので、今すぐでなくてかまいません。

株式会社アオバ薬局 総務 中島""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Wrong console collected this morning - please stop it",
         body="""Hello,

Your driver collected from our office at 8:30 this morning and took the grey console from the second floor instead of the blue one. The grey one is not a shredding console: it holds original client documents for a court filing due this Thursday, and some of them have wet-ink signatures we can't get again.

Please tell me where that console is now and whether it can be held before it is shredded. Your website says shredding happens "same day", so I'm very conscious of the time.

Nadia Rahman
Practice Manager, Rahman & Lowe Solicitors
0113 xxx xxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Third missed collection - patient records in corridor",
         body="""To whoever reads this,

Your driver has now missed three collections in a row (17th, 24th and 31st). I have phoned twice and emailed once. The consoles are full, so my staff have been putting sealed sacks of patient correspondence in the corridor outside the records room, where cleaners and contractors walk past every evening.

I'd be grateful if someone could actually take responsibility for this. I need a confirmed collection time, not another "we'll look into it".

Dr A. Whitcombe
Practice Manager, Eastgate Medical Centre""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="Access for the new office",
         body="""Hi,

We moved to Unit 4, Kingsway Business Park last week. The gate needs a code for vans (it's 4471#), and the consoles are now in the ground-floor print room rather than upstairs. Could you pass this on to the driver before the next collection on the 19th?

Thanks,
Leon""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Sample certificate of destruction",
         body="""Hello,

We're comparing shredding providers for our three branches. Could you send an example of the certificate of destruction you issue, so our compliance team can check it includes what they need?

Regards,
Priya Shah
Operations, Lumen Credit Union""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Thanks to Gary",
         body="""Hi there,

Just wanted to say that your driver Gary is brilliant. He always takes the time to check the consoles are locked after emptying and he's lovely to our reception team. Please pass on our thanks!

No reply needed.
Jo, Fairfield Dental""",
         urgency="low", emotion="positive", terse=False),
]
