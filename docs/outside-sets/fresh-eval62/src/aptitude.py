DOMAIN = "aptitude"
MEANING = "online aptitude and personality tests for employers' hiring (採用適性検査サービス)"

S = [
    ("ja", "受検URLの有効期限は、招待メールの送信時に3日で設定されていました。管理画面の「期限延長」から最長14日まで延ばせますので、手順を画像つきでお送りします。", []),
    ("ja", "期限切れになったのは、送信時の設定を十分にご確認いただかなかったためかと存じます。", ["condescending"]),
    ("ja", "受検者の方には、パソコンから受けるように伝えてください、スマートフォンだと図表の問題が崩れて表示されるためです。", ["imperative"]),
    ("ja", "結果レポートの偏差値が前年より低めに出るのは、今年から比較の基準となる受検者集団を新しいデータに入れ替えたためです。入れ替えの前後を比べた1枚の資料を、明日中にお送りします。", []),
    ("ja", "受検中に回線が切れても同じURLから続きを再開できますので、新しいURLを発行していただく必要はございません。", []),
    ("ja", "CSVの文字化けはExcel側の設定の問題ですので、社内のシステムご担当の方にご相談ください。", ["dismissive"]),
    ("ja", "受検データは受検日から3年間保管したのち自動で削除されますが、それより前に消したい場合は、管理画面の「データ削除」から受検者ごとに削除できます。", []),
    ("ja", "請求書の再発行は経理の締め処理の関係で、明後日の午後いちばんにPDFでお送りします。", []),
    ("ja", "来年度の料金体系はまだ社内で決まっておらず、現時点でお伝えできることはございません。", ["unknown_without_followup"]),
    ("ja", "来年度の料金体系は社内でまだ決まっていません。1月末の取締役会で決まりますので、2月7日までに新しい料金表をお送りします。", []),
    ("ja", "アカウントの追加をご希望でしたら、ご利用者全員の氏名と部署を一覧にしてお送りいただけますか。", ["request_without_reason"]),
    ("ja", "受検期限を長くしすぎると辞退者が増えるのは採用の常識ですので、3日で十分です。", ["condescending"]),
    ("ja", "ログインできない場合は、ブラウザのキャッシュを消してからもう一度やり直してください。", ["imperative"]),
    ("ja", "結果の自動返却機能は、次の大型アップデートのタイミングで入る予定です。", ["vague"]),
    ("en", "Candidates with a documented disability can be given 25% more time on the numerical test if you tick 'adjustments' when you send the invite.", []),
    ("en", "Resend the invitations from the dashboard.", ["imperative", "request_without_reason"]),
    ("en", "Norm groups are a fairly technical subject, so I'd suggest leaving the interpretation to us.", ["condescending"]),
    ("en", "Your ATS isn't one we integrate with, so that's really a question for their support team.", ["dismissive"]),
    ("en", "We're not sure when the Spanish version of the numerical test will be out.", ["unknown_without_followup"]),
    ("en", "The Spanish numerical test has no release date yet; I'll ask the product team at their planning meeting on 4 March and write to you that afternoon.", []),
    ("en", "Between mid-February and mid-March, reports take up to six hours to generate instead of the usual twenty minutes, because that's when most graduate schemes test.", []),
]

D = [
    ("ja", "【お詫び】3月1日 13時〜14時40分の受検画面の不具合について",
     """株式会社ミナミ電機
人事部 新卒採用ご担当 佐藤様

いつも「テキパキ適性」をご利用いただき、ありがとうございます。カスタマーサクセスの井上です。
3月1日（土）13時から14時40分まで、受検画面が開かない不具合が発生し、貴社の受検者様のうち47名が受検できませんでした。選考の日程に影響を与えてしまい、誠に申し訳ございません。

原因は、同日12時に行ったシステム更新で、受検者の同時アクセスが一定数を超えると画面の読み込みが止まる設定の誤りが入り込んだことでした。

14時40分に設定を元に戻して復旧し、受検できなかった47名の受検期限を3月8日まで延長いたしました。受検者様へは、当社から事情をご説明するメールを3月1日17時に送信済みです。今回の受検料（47名分）はご請求いたしません。

再発防止として、システム更新は今後、受検の少ない平日の深夜2時〜5時に限って行い、更新前に本番と同じアクセス数での負荷試験を必ず実施いたします。

重ねてお詫び申し上げます。

株式会社テキパキ
カスタマーサクセス部 井上 彩
""", []),
    ("ja", "ご契約内容の確認のお願い",
     """株式会社ミナミ電機
人事部 佐藤様

テキパキの井上です。
いつもご利用ありがとうございます。

恐れ入りますが、下記の3点をご用意のうえ、今月末までにご返送いただけますでしょうか。

1. 管理画面をご利用の方全員の氏名・部署・メールアドレス
2. 直近1年間の採用予定人数（新卒・中途別）
3. 貴社の個人情報保護方針の写し

ご返送先：support@tekipaki.example.jp

よろしくお願いいたします。

株式会社テキパキ 井上
""", ["request_without_reason"]),
    ("ja", "受検期限延長の手順について",
     """ミナミ電機 佐藤様

テキパキの井上です。
お問い合わせいただいた、受検期限を一括で延ばす方法をご案内します。

1. 管理画面にログインし、「受検者一覧」を開く
2. 延長したい受検者の左側のチェック欄にチェックを入れる
3. 画面右上の「期限延長」を押し、新しい期限（最長で送信日から14日）を選ぶ

延長すると、受検者の方に自動で新しい期限をお知らせするメールが送られます。同じ方にご自身で連絡される場合は、メールの重複を避けるため、3の画面で「通知しない」をお選びください。

画面の画像つきの手順書（PDF、2ページ）を添付しました。

井上
""", []),
    ("en", "Your assessment invitation",
     """Dear {{candidate_name}},

Thank you for applying for the Graduate Engineer role at Harlow Systems.

As the next step, we'd like you to complete a 35-minute online assessment. Please use a laptop or desktop rather than a phone, because some questions include charts that don't display properly on small screens.

Your assessment link: https://assess.example.com/h7Kq2

The link will expire on 21 February at 23:59 UK time.

Best of luck,
Harlow Systems Talent Team
""", ["placeholder_left"]),
    ("en", "Proctored retest for candidate #4418: booked for 12 March",
     """Hi Jordan,

I've booked a proctored retest for candidate #4418 on 12 March at 10 a.m., at no charge to you.

We can't share the original session logs, because they contain the candidate's webcam images and our privacy notice only allows us to share them with the candidate. The retest will give you a clean result instead: a proctor watches the whole session by video, and the report will flag any irregularities.

The candidate will receive their joining instructions from us today. You'll get the report within 24 hours of the retest.

Kind regards,
Maya Richards
Client Success, Clearpath Assessments
""", []),
]

M = [
    ("ja", "本日の受検が全員できていません",
     """テキパキ サポート御中

株式会社ミナミ電機の佐藤です。
本日10時から17時の受検期間で、説明会参加者320名に受検をお願いしていますが、11時半の時点で受検完了が0名です。
受検者からは「画面が真っ白のまま」という問い合わせが30件以上来ています。
明日の午前中に一次選考の合否判定会議があり、結果がないと選考が止まってしまいます。
今どういう状況なのか、何時に直るのか、分かる範囲で教えてください。""", "high", "anxious", False),
    ("ja", "他社の受検結果が届いています",
     """テキパキ ご担当者様

先ほど管理画面からダウンロードしたCSVに、当社の応募者ではない方の氏名・大学名・検査結果が約80名分含まれていました。
ファイル名から見て、別の企業様のデータのようです。
逆に、当社の応募者のデータも他社に渡っているのではないかと心配しています。
どういうことなのか、本日中にご説明ください。社内の個人情報管理の責任者にも報告しています。

株式会社ミナミ電機 人事部 佐藤""", "high", "angry", False),
    ("ja", "結果レポートが出ません（明日最終面接）",
     """お世話になります。
昨日受検を終えた候補者2名の結果レポートが、管理画面で「作成中」のまま表示されません。
明日の10時から最終面接で、面接官がレポートを見ながら質問する予定です。
今日の夕方までに出せる方法はありますか。""", "high", "neutral", False),
    ("ja", "料金プランの変更",
     """お世話になっております。
来年度から中途採用も増えるため、年間の受検者数が500名を超えそうです。
今の従量課金から年間契約に変えた場合の料金を教えていただけますか。""", "normal", "neutral", False),
    ("ja", "受検者から問い合わせ",
     """受検できないって言われたんですが""", "normal", "neutral", True),
    ("ja", "偏差値の見方について",
     """人事に異動してきたばかりで、結果レポートの見方がよく分かりません。
「言語 偏差値48」というのは、採用の基準として低いのでしょうか。
面接官から聞かれても答えられず、困っています。
読み方を説明した資料などがあれば送っていただけますか。""", "normal", "anxious", False),
    ("ja", "前回の回答について",
     """先日、CSVの文字化けについて問い合わせたところ、「社内のシステム担当に相談してください」とのお返事でした。
うちは人事が3人の会社で、システム担当はいません。
御社のサービスから出てきたファイルなので、御社で対応方法を教えていただけないでしょうか。""", "normal", "angry", False),
    ("ja", "受検者への案内文について",
     """いつもありがとうございます。
受検案内メールの文面を、当社の社名入りに変えることはできますか。
来月の説明会から使いたいと思っています。""", "normal", "neutral", False),
    ("ja", "マニュアルの記載について（ご参考）",
     """管理画面のマニュアル（第3版）の18ページ、「受検者の一括登録」の手順で、画面の名前が今の画面と違っているようです。
こちらは問題なく操作できていますので、次に改訂されるときに直していただければ十分です。""", "low", "neutral", False),
    ("ja", "機能の要望（いつでも構いません）",
     """結果レポートを候補者ごとにPDFでまとめて出せると便利だと思います。
今の運用で特に困ってはいないので、今後の開発の参考程度に受け取ってください。""", "low", "neutral", False),
    ("en", "Candidate data sent to the wrong company?",
     """Hello,

One of our candidates has forwarded us the email below, which she received from your platform this morning. It contains her full assessment report, but it's addressed to a recruiter at a different company and cc's her. She's asking how her results ended up with an employer she never applied to, and she's mentioned the ICO.

---------- Forwarded message ---------
From: Clearpath Assessments <reports@clearpath.example>
To: hiring@brightwell-logistics.example
Cc: Lena Fischer
Subject: Assessment report: Lena Fischer (Graduate Engineer)

Please find attached the assessment report for Lena Fischer...
---------------------------------------

We need to know today how many of our candidates are affected and what you've done to contain it.

Jordan Blake
Head of Talent, Harlow Systems""", "high", "anxious", False),
    ("en", "Assessment centre tomorrow — no reports",
     """Maya,

We have 40 graduates arriving at 9 tomorrow for our assessment centre, and the numerical reports for 26 of them still say 'processing' after 3 days. Our assessors can't score the group exercise without them. I've emailed twice since Monday and had no answer.

Please call me on 01279 555 014 this afternoon.

Jordan""", "high", "angry", False),
    ("en", "Adding a colleague to our account",
     """Hi, could you add my colleague Priya Nair (priya.nair@harlowsys.example) as a recruiter on our account? She joins the team next week. Thanks, Jordan""", "normal", "neutral", False),
    ("en", "ISO 27001 certificate",
     """Hello,

Could you send us a copy of your current ISO 27001 certificate? Our procurement team asks every supplier for one at the annual review. The review isn't until next April, so any time before then is fine.

Kind regards,
Sam Okoro
Procurement, Harlow Systems""", "low", "neutral", False),
    ("en", "results",
     """Hello, for our sales roles should we be looking at the 'Commercial' report or the standard personality report? They seem to overlap and our hiring managers are getting confused. Thanks, Tom""", "normal", "neutral", False),
]
