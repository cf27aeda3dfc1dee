# certexam = certification exam body (資格・検定試験の実施団体: applications, admission tickets, results, certificates)
from _common import S, D, M

DOMAIN = "certexam"

SENTS = [
    S("ja", "受験票に記載の注意事項をきちんとお読みいただいていれば、起こらなかったことです。", "c"),
    S("ja", "合否についてのお問い合わせはこれで三度目ですが、何度ご連絡いただいても結果は変わりません。", "c"),
    S("ja", "合格証書は、合格発表から少し時間をおいて郵送いたします。", "v"),
    S("ja", "再受験の場合、受験料は一部割引になります。", "v"),
    S("ja", "試験当日は、写真付きの身分証明書を持ってきてください。", "ir"),
    S("ja", "申込内容の変更はマイページの「登録情報」から24時間いつでも行えますので、窓口の受付時間を気にせずご利用いただけます。"),
    S("ja", "お手数ですが、受験票の画像を添付して改めてご連絡いただけますか。", "r"),
    S("ja", "会場の変更があるかどうかは、現時点では未定です。", "u"),
    S("ja", "試験室が寒かったとのことですが、空調は会場側の管理ですので当協会ではどうにもなりません。", "d"),
    S("ja", "結果発表は7月25日10時、受験者専用ページで行います。"),
    S("ja", "各会場とも定員に達ししだい締め切るため、受験をお考えでしたら6月10日までのお申し込みをおすすめします。"),
    S("ja", "採点の内訳を個別にお伝えすることはできない決まりですが、分野別の得点率は成績通知書に記載しております。"),
    S("ja", "氏名の誤りを確認でき次第、訂正した合格証書を再発行し、5営業日以内に発送します。"),

    S("en", "Results are released a little while after the exam.", "v"),
    S("en", "Bring photo ID.", "ir"),
    S("en", "We don't yet know why your score report is blank; our systems team is checking it, and I'll email you by 3 pm tomorrow."),
    S("en", "Candidates are expected to read the handbook before emailing us.", "c"),
    S("en", "Whether the room was cold is really not our concern.", "d"),
    S("en", "If your name has changed since you registered, please bring a second document showing it, because the proctor has to match your ID to the booking."),
    S("en", "Your resit is booked for 14 September at 9:30 at the Leeds test centre."),
]

DRAFTS = [
    D("ja", "合否通知メールの誤送信についてのお詫び", """
第2回 衛生管理実務検定 受験者の皆さま

一般社団法人 日本衛生実務協会 検定事務局です。

7月25日（金）10時にお送りした合否通知メールの一部で、合格された方に「不合格」の件名でメールが届いておりました。大変なご心配とご迷惑をおかけし、誠に申し訳ございません。

原因は、メール配信システムに合否の一覧を取り込む際、並び順の異なる2つのファイルを結合してしまい、件名と受験番号の対応がずれたことです。
誤った件名のメールが届いた312名の方には、同日15時に正しい結果をお知らせするメールを個別にお送りしました。受験者専用ページに表示されている合否は当初から正しく、合格証書の発送（8月8日予定）にも影響はございません。

今後は、配信前に受験番号と合否の対応を別の担当者がシステム上で照合し、抜き取りで10件を目視確認したうえで送信いたします。

ご不明な点は、検定事務局（03-5xxx-7710、平日10時〜17時）までお問い合わせください。

日本衛生実務協会 検定事務局
"""),
    D("ja", "受験票送付のご案内", """
〇〇 様

このたびは衛生管理実務検定にお申し込みいただき、ありがとうございます。
受験票をお送りしますので、内容をご確認ください。

受験番号：〇〇〇〇〇
試験会場：〇〇会場
試験日時：〇月〇日（日）10:00〜11:30

当日は受験票と写真付きの身分証明書をお持ちください。受付で本人確認に使用します。

日本衛生実務協会 検定事務局
""", "P"),
    D("ja", "採点結果についてのお問い合わせへのご回答", """
吉岡 誠 様

日本衛生実務協会 検定事務局です。お問い合わせいただいた採点結果の件について、ご回答いたします。

成績通知書の合計点（68点）は、再度採点結果を確認しましたが、誤りはございませんでした。合格基準は70点以上のため、今回は不合格となります。
なお、記述問題の採点基準に関するご質問にはお答えできません。

次回の試験は11月16日（日）に実施し、申込受付は9月1日からです。

日本衛生実務協会 検定事務局
""", "u"),

    D("en", "Your exam accommodation request", """
Dear [Candidate Name],

Thank you for your request for exam accommodations for the Level 2 Food Safety exam on [DATE].

We have approved 25% extra time and a separate room. Please arrive 20 minutes early so the proctor can set up the room before the exam starts.

Kind regards,
Candidate Services
""", "P"),
    D("en", "Information", """
Dear candidate,

This year marks the 50th anniversary of the Institute of Workplace Safety Examiners. Since 1975, more than 400,000 people have earned our certificates, and we are proud to see so many of them now leading safety teams across the country. To celebrate, we'll be holding a series of free webinars in the autumn, and the full programme will appear on our website soon.

We also wanted to remind you that if you need any accommodations for your exam, such as extra time or a reader, the request form must reach us by 15 August with supporting documents.

Best regards,
Candidate Services
""", "F"),
]

MAILS = [
    M("ja", "受験票が届いていません（試験は明日です）", """
検定事務局 御中

明日6月22日（日）の衛生管理実務検定を受験予定の者です。
案内では6月13日ごろに受験票が届くとありましたが、まだ届いていません。
ポストも何度も確認し、家族にも聞きましたが見当たりません。

受験票がないと受験できないのでしょうか。
この試験のために半年勉強してきたので、受けられなかったらと思うと気が気ではありません。
どうすればよいか教えていただけますでしょうか。

受験番号はわかりません（申込完了メールの番号は A-553108 です）。
杉浦 真理
""", "high", "anxious"),
    M("ja", "合格証明書の発行について（再送）", """
検定事務局 ご担当者様

6月2日と6月9日にも同じ内容でご連絡しておりますが、お返事がないため再度お送りします。

3月の試験に合格しましたが、合格証明書がまだ届いていません。
転職先から、入社手続きとして今週金曜日（6/20）までに合格証明書の写しを出すよう言われています。
提出できなければ、内定の条件を満たさないことになります。

せめて、いつ発送されるのかだけでも教えていただけないでしょうか。

受験番号 T-3021-448
中西 雄大
""", "high", "angry"),
    M("ja", "マイページに他人の情報が表示されます", """
日本衛生実務協会 御中

先ほどマイページにログインしたところ、私ではない方の氏名、生年月日、住所、受験番号が表示されました。
ログアウトしてもう一度入ると自分の情報に戻りましたが、逆に私の情報も他の方に見えているのではないかと不安です。

画面のスクリーンショットは保存してあります（他の方の情報なので、送ってよいのか迷っています）。
どのように対応すればよいでしょうか。

森 彩花
""", "high", "anxious"),
    M("ja", "試験会場の変更について", """
お世話になっております。
11月の試験で「大阪会場」を申し込みましたが、転勤が決まり、「名古屋会場」に変更したいと考えています。
会場の変更は可能でしょうか。可能な場合、手続き方法を教えてください。

受験番号 O-1187
石川
""", "normal", "neutral"),
    M("ja", "申込み", """
申込みできないんですけど！！　どうなってるんですか
""", "normal", "angry", True),
    M("ja", "試験監督の対応について", """
6月15日の東京第3会場で受験した者です。

試験開始直後、消しゴムを落として拾おうとしたところ、試験監督の方から教室中に聞こえる声で「不正行為とみなしますよ」と言われました。
周りの受験者からも見られ、その後は集中できませんでした。

試験監督の方がどのような指導を受けているのか、協会としてこの対応をどうお考えなのか、お聞かせください。

受験番号 T-5520-019
""", "normal", "angry"),
    M("ja", "領収書の発行について", """
検定事務局さま

会社の資格取得支援制度で受験料を精算するため、領収書が必要になりました。
宛名を「株式会社フードサプライ」として発行していただくことはできますでしょうか。

受験番号：N-2290-311
岡田
""", "normal", "neutral"),
    M("ja", "不合格だった場合の再受験について", """
先日の試験の結果、不合格でした。
今の職場では、この資格を今年度中に取ることが条件になっていて、次に落ちたらどうなるのかと考えると不安でたまりません。

次の試験はいつ頃になるでしょうか。また、前回の点数は次回の受験に何か影響しますか。
勉強のしかたも含めて、何かアドバイスがあれば教えていただきたいです。

宮本
""", "normal", "anxious"),
    M("ja", "合格しました", """
検定事務局の皆さま

本日、合格証書が届きました。
子育てをしながらの勉強で何度もくじけそうになりましたが、公式テキストの解説がわかりやすく、最後までがんばることができました。
ありがとうございました。

小林 恵美
""", "low", "positive"),
    M("ja", "来年度の試験日程について", """
こんにちは。
来年度の試験日程は、もう決まっていますでしょうか。
再来年の春までに取れればよいので、特に急いではいません。
決まっていないようでしたら、ホームページで発表されるのを待ちます。
""", "low", "neutral"),

    M("en", "Score report needed for visa - appointment Monday", """
Dear Candidate Services,

I sat the Level 3 exam on 12 May and the results page says "passed", but the official score report still shows "in preparation".

My visa renewal appointment at the immigration office is on Monday, and they've told me they won't accept the application without the official report. If I miss the appointment, my current visa expires before the next available date and I would have to stop working.

Is there any way the report can be issued before Monday, or a letter confirming my result?

Kind regards,
Nguyen Thi Lan
Candidate no. 77-30218
""", "high", "anxious"),
    M("en", "Test centre closed - no notice", """
I drove three hours this morning to the Carlisle test centre for my 9 am exam, only to find it locked with a handwritten sign on the door. Nobody from your organisation told me anything, and your phone line has been "experiencing high call volumes" all day.

My employer needs me certified by 30 June for the new contract, and your website shows no other dates before then. I expect you to find me a seat before that date and to refund my fuel and the day's leave I've wasted.

Graham Pike
Booking ref CX-55102
""", "high", "angry"),
    M("en", "Extra time request", """
Hello,

I'm booked for the Level 2 exam on 9 August. I have dyslexia and had 25% extra time at university. What documents do you need to consider extra time, and how long does the approval take?

Many thanks,
Chloe Turner
""", "normal", "neutral"),
    M("en", "question", """
can I change it
""", "normal", "neutral", True),
    M("en", "Study materials", """
Hi,

I'm planning to take the Level 2 exam sometime next year, not booked yet. Are there any practice papers you'd recommend besides the official handbook?

Thanks,
Ben
""", "low", "neutral"),
]
