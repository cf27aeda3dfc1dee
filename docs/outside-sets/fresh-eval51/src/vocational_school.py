# vocational_school = private vocational college (cooking/confectionery in ja; trades and culinary in en):
# admissions, tuition, attendance, placements, certificates
# ja: みなと調理製菓専門学校   en: Northgate Technical College
from common import S, D, M

DOMAIN = "vocational_school"

SENTENCES = [
    # --- ja ---
    S("ja", "学費の分納については、ご家庭の事情をお聞かせいただいたうえで、3回までの分割をご提案できます。", []),
    S("ja", "出席日数が足りない場合は進級できませんので、覚悟しておいてください。", ["condescending", "imperative"]),
    S("ja", "奨学金の審査結果はまだ届いておらず、いつ出るかもわかりません。", ["unknown_without_followup"]),
    S("ja", "奨学金の審査結果は、機構から学校へ3月10日ごろに届く予定で、届いた当日にお電話でお知らせします。", []),
    S("ja", "入学手続きの書類は、期限までに提出すること。", ["imperative", "request_without_reason"]),
    S("ja", "実習費は教材費とは別に多少かかります。", ["vague"]),
    S("ja", "実習費は1年次が年額12万円、2年次が年額9万円で、教材費とは別です。", []),
    S("ja", "在校生の就職率については、お答えできる情報がございません。", ["unknown_without_followup"]),
    S("ja", "保護者の方からのご相談は受け付けておりませんので、学生本人から連絡させてください。", ["dismissive", "imperative"]),
    S("ja", "追試の日程は、後日掲示します。", ["vague"]),
    S("ja", "実習で使う包丁セットは入学後に一括で購入しますので、ご自身でご用意いただく必要はありません。", []),
    S("ja", "お子様の体調を考えて休学をご検討とのこと、手続きの期限は3月15日ですので、それまでに一度、担任も交えて面談のお時間をいただけますか。", []),
    # --- en ---
    S("en", "Bring steel-toe boots to every workshop session.", ["imperative", "request_without_reason"]),
    S("en", "Please submit the enrolment form by Friday, 5 p.m.; after that, the seat is offered to the next applicant on the waiting list.", []),
    S("en", "Your final grades should be posted at some point after the holidays.", ["vague"]),
    S("en", "Complaints about instructors should be taken up with the instructor directly; this office doesn't handle them.", ["dismissive"]),
    S("en", "The welding programme runs from 9 a.m. to 3:30 p.m., Monday to Thursday, for 32 weeks.", []),
    S("en", "I understand how stressful the placement delay is; the kitchen placement list will be confirmed on 3 March, and I'll call you that afternoon either way.", []),
]

DRAFTS = [
    D("ja", "【オープンキャンパス】11月23日（日）のご予約を承りました", """
{氏名}様

このたびは、みなと調理製菓専門学校のオープンキャンパスにお申し込みいただき、ありがとうございます。
ご予約の内容は次のとおりです。

・日時：11月23日（日）13時〜16時
・体験授業：和菓子（練り切り）
・集合場所：本館1階ロビー

体験授業ではエプロンを使いますので、お持ちでしたらご持参ください。お持ちでない方には学校でお貸しします。
保護者の方のご同伴も歓迎いたします。

みなと調理製菓専門学校 入試広報課
""", ["placeholder_left"]),
    D("ja", "後期授業料のお支払いについて", """
保護者様

みなと調理製菓専門学校 学生課です。
後期授業料（42万円）のお支払い期限は10月31日（金）です。
期限を過ぎると後期の履修登録ができなくなりますので、必ず期限までに同封の振込用紙で納入してください。
分割でのお支払いをご希望の場合は、10月20日までに学生課へご相談いただければ、3回までの分割をご案内できます。

みなと調理製菓専門学校 学生課
""", ["imperative"]),
    D("ja", "2年次の実習費のご説明が不足していた件について", """
佐野様

みなと調理製菓専門学校 学生課の青木です。
2年次の実習費について、入学時の説明会で金額をお伝えしていなかったために、突然のご請求となってしまいました。大変申し訳ございません。

入学時の資料には1年次の実習費（年額12万円）しか載せておらず、2年次分（年額9万円）は進級時にご案内する運用になっていました。
2年次の実習費の内訳（食材費6万円、衛生用品と検定料3万円）を添付の資料にまとめましたので、ご覧ください。お支払いの期限は、ご相談のうえで12月末まで延ばすことができます。
来年度の入学生からは、2年間分の実習費を、入学時の資料と説明会の両方でお伝えするよう改めました。

ご不明な点があれば、学生課（平日9時〜17時）までお電話ください。

みなと調理製菓専門学校 学生課 青木
"""),
    D("ja", "在学証明書（英文）を本日発行しました", """
グエン・ヴァン・アン様

みなと調理製菓専門学校 学生課です。
在留期間の更新に必要な英文の在学証明書を、本日発行しました。学生課の窓口で、本日は17時まで、明日は8時30分から受け取れます。

受け取りの際は、ご本人確認のため学生証をお持ちいただけますか。
発行手数料（300円）は、今回は学校で負担しますので不要です。

入国管理局への提出期限に間に合わないなど、ほかにも困っていることがあれば、学生課の青木までご相談ください。

みなと調理製菓専門学校 学生課
"""),
    D("en", "Northgate Technical College update", """
Dear Mr Haddad,

Thank you for your continued interest in Northgate Technical College. This term we welcomed 340 new students across our trades programmes, and our new welding workshop opened in September with 24 booths.

Our instructors have also been busy: two of them were recognised at the regional skills awards in October.

On a separate note, your application for the spring intake of the Electrical Installation programme is missing your high-school transcript. We can't pass the application to the admissions panel without it, and as the panel meets on 12 January, we would need the transcript by 9 January.

Kind regards,
Admissions Office
Northgate Technical College
""", ["purpose_not_upfront"]),
    D("en", "Your kitchen placement: Harbour Grill, from 3 March", """
Dear Ms Santos,

Your second-term placement is confirmed: you'll be at Harbour Grill, 12 Quay Street, from Monday 3 March to Friday 11 April.

The hours are Tuesday to Saturday, 10 a.m. to 6 p.m., with a 30-minute break. Your supervisor is the sous-chef, Mr Adeyemi, who will meet you at the staff entrance at 9:45 on your first day.

Please take your knife roll and two sets of whites on day one. The restaurant provides aprons but not jackets, and food-safety rules there don't allow you to cook in your own clothes.

The placement counts for 280 of the 400 hours you need to graduate; for those hours to count, your logbook needs Mr Adeyemi's signature every Saturday. If anything about the placement worries you, you can reach me directly on 555-0187.

Best regards,
Helen Park
Placements Office, Northgate Technical College
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "入学金の振込ができません", """
みなと調理製菓専門学校　入試係　御中

本年度の製菓衛生師科に合格しました、小川美咲の母です。
入学金の振込期限が本日１５時までとなっていますが、銀行のシステム障害でネットバンキングからも窓口からも振込ができない状態です。
銀行では「復旧の見込みは未定」と言われました。

このまま期限を過ぎてしまったら、入学が取り消しになってしまうのでしょうか。
娘がやっと合格した学校なので、どうしたらよいか分からず困っています。
何か別の方法で手続きをさせていただけないでしょうか。

受験番号　Ｂ－０２１７
小川 由紀
""", "high", "anxious"),
    M("ja", "奨学金の書類が未着と言われました", """
学生課　御中

調理師科２年の斉藤の父です。
先ほど奨学金の機構から「学校からの在籍報告が届いていない」と通知が来ました。締め切りは明後日です。
学校には今週３回電話しましたが、担当の方がいつも不在で、折り返しの電話もありません。

書類が出ていなければ、来月からの奨学金が止まり、息子は学費も生活費も払えなくなります。
学校の手続き漏れで息子が学校を続けられなくなるようなことがあれば、本当に困ります。
今日中に、書類を出したのかどうかだけでもはっきり教えてください。

斉藤 隆
""", "high", "angry"),
    M("ja", "在学証明書（英文）の発行について", """
学生課　ご担当者様

パティシエ科１年のグエン・ヴァン・アンです。
在留期間の更新のため、英文の在学証明書が必要です。
先週の月曜日に申請用紙を出しましたが、まだ受け取れていません。
入国管理局への提出期限が今週の金曜日で、在留期限はその３日後に切れてしまいます。

明日か明後日に受け取ることはできますか。
よろしくお願いします。
""", "high", "neutral"),
    M("ja", "資料", """
お世話になっております。
先日お願いした件ですが、送ってもらえますか。
よろしくお願いします。
佐藤
""", "normal", "neutral", True),
    M("ja", "オープンキャンパスの日程", """
こんにちは。高校２年生です。
製菓の学科に興味があって、オープンキャンパスに行ってみたいと思っています。
１２月と１月の日程と、体験授業の内容を教えてください。
親と一緒に行ってもいいですか？
""", "normal", "neutral"),
    M("ja", "息子の出席状況について", """
調理師科１年　佐々木 翔の母でございます。
最近、息子が朝起きられず、学校を休みがちになっているようです。
本人に聞いても「大丈夫」としか言わないので、
出席日数が足りているのか、このままで進級できるのか、とても心配しております。
一度、担任の先生とお話しさせていただくことはできますでしょうか。
""", "normal", "anxious"),
    M("ja", "実習費の追加請求について", """
学生課の方へ

２年生の実習費として９万円の請求書が届きましたが、入学時にはこのような説明はありませんでした。
入学前の説明会では「学費以外にかかるのは１年次の実習費だけ」と聞いています。
後から次々とお金を請求されるのでは、学校を信用できません。
どういうことなのか、きちんと説明してください。

製菓衛生師科２年　佐野 陽菜の父
""", "normal", "angry"),
    M("ja", "求人票を出させていただきたい（卒業生です）", """
みなと調理製菓専門学校　就職課　御中

２０１７年に製菓衛生師科を卒業した藤本です。在学中は大変お世話になりました。
おかげさまで、昨年地元で小さな洋菓子店を開くことができました。
来年４月から正社員を１名採用したいと考えており、ぜひ母校の後輩に来てもらえたらと思っています。
求人票の出し方を教えていただけますか。

パティスリー・フジモト　藤本 彩
""", "normal", "positive"),
    M("ja", "社会人の入学について", """
はじめまして。３８歳の会社員です。
いずれ仕事を辞めて調理の道に進みたいと考えており、社会人でも入学できるのか、夜間や週末のコースがあるのかを知りたいです。
早くても再来年以降の話なので、急ぎではありません。資料があれば送っていただけると嬉しいです。

〒１３５－００１６　東京都江東区東陽２－３－８　石原
""", "low", "neutral"),
    M("ja", "学園祭について", """
学園祭は一般の人も入れますか？
今年はもう終わってしまったみたいなので、来年のことで大丈夫です。
学生さんの作ったお菓子が買えると聞いて、行ってみたくなりました。
""", "low", "neutral"),
    # --- en ---
    M("en", "Extraction fan in kitchen lab 3", """
Dear Student Services,

The extraction fan in kitchen lab 3 has not worked since Monday, and we've been told to carry on with the deep-frying module anyway. Today two students felt faint and one had to go outside to be sick. The room was full of smoke by the end of the session.

The next session is tomorrow at 8 a.m. in the same room. Can someone confirm whether it will be moved or the fan fixed before then? Several of us are scared to go back in.

Maria Santos
Culinary Arts, Year 1
""", "high", "anxious"),
    M("en", "$480 tool kit that nobody uses", """
Hello,

Before the course started we were told we had to buy the $480 tool kit from the college shop. Six weeks in, the instructor has told us we'll be using the workshop's tools for the whole year. Half the class is in the same position.

Who decided this, and are we getting our money back?

Kwame Mensah
Carpentry, Year 1
""", "normal", "angry"),
    M("en", "Part-time culinary?", """
Hi,

Does the culinary programme accept part-time students? I work days, so evenings or weekends would be ideal. If not, is there a shorter certificate I could do instead?

Thanks,
Ellie
""", "normal", "neutral"),
    M("en", "Transferring credits", """
Good afternoon,

I completed a year of general studies at Lakeside Community College, including two courses in technical drawing and one in applied maths. Could any of these count towards the Electrical Installation diploma? I can send my transcript.

Regards,
Samir Haddad
""", "normal", "neutral"),
    M("en", "Evening upholstery?", """
Just curious, and no rush: do you run any evening short courses in upholstery, or plan to? I'd be interested sometime next year.

Thanks,
Bev
""", "low", "neutral"),
]
