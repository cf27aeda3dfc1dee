# phoneans = telephone answering / virtual receptionist service for small businesses (電話代行)
DOMAIN = "phoneans"

SJ = [
    ("お客様からのお電話は、平日9時から18時までオペレーターが御社名でお受けし、内容を5分以内にチャットでお送りします。", ""),
    ("着信が集中する時間帯は、多少つながりにくくなることがございます。", "V"),
    ("伝言が分かりにくいとのことですが、まずは応対マニュアルをきちんと書いていただかないことには。", "C"),
    ("不在にする日は、前日までにカレンダーに入力しておいてください。", "IR"),
    ("応対マニュアルの改訂版を、今週中にお送りいただけますか。", "R"),
    ("なぜその電話を取りこぼしたのかは、分かりかねます。", "U"),
    ("かけてこられた相手の方の言葉遣いまで、当社が責任を負うものではございません。", "D"),
    ("通話ログを確認したところ、11月7日14時12分の着信は回線の混雑で3コール目に切れていたため、同じ時間帯の担当を1名増やしました。", ""),
    ("料金プランの変更は、25日までにお申し込みいただければ翌月1日から反映されます。", ""),
    ("録音データを確認しておりますので、明日12日の正午までに、当日の応対記録と合わせてご報告いたします。", ""),
    ("ご指摘の応対をしたオペレーターとは本日面談を行い、同じ言い方をしないよう応対マニュアルにも追記しました。", ""),
    ("ご契約書への押印が必要なため、同封の返信用封筒で11月20日までにご返送いただけますでしょうか。", ""),
]

SE = [
    ("Our receptionists answer in your company's name from 8 a.m. to 6 p.m., and each message reaches you by text within five minutes.", ""),
    ("Calls above the 200 in your plan are billed at $1.40 each, and you'll see them itemised on the invoice.", ""),
    ("Update your call script by Friday.", "IR"),
    ("We can't explain why the caller was put on hold.", "U"),
    ("Business lost through a missed call isn't something we get involved in.", "D"),
    ("I'm sorry the script wasn't ready in time; I've attached the template again and can go through it with you on a 20-minute call tomorrow at 10 or 2.", ""),
]

DJ = [
    ("株式会社テレアシストより",
     """有限会社あおば設備
青葉 様

いつもテレアシストの電話代行サービスをご利用いただき、ありがとうございます。
当社は今年で創業15年を迎え、現在は全国で1,200社以上のお客様の電話窓口をお預かりしております。
本年4月には大阪に第2コールセンターを開設し、災害時にも応対を止めない体制を整えました。
オペレーターの研修にも力を入れており、敬語と聞き取りの社内試験を年2回実施しております。

さて、来月から御社の応対時間を平日20時まで延長されるとのことですので、延長時間帯の応対内容を決めるため、12月1日までにご都合のよい日時を2つほどお知らせいただけますでしょうか。

株式会社テレアシスト 営業部
荒木 裕太
""", "N"),
    ("【ご報告】11月7日の不在着信について",
     """青葉 様

テレアシストの荒木です。
11月7日午後の着信が取れていなかった件について、調査の結果をご報告いたします。

14時10分〜14時25分の間、当社の回線に着信が集中し、御社あての2件のお電話が3コール目で切れておりました。どちらも発信者番号が残っておりましたので、本日午前に当社から折り返し、ご用件（見積もりのご依頼1件、工事日の確認1件）を伺って、先ほどチャットでお送りしました。
ご迷惑をおかけし、誠に申し訳ございません。

同じことが起きないよう、毎日14時〜15時の時間帯は担当オペレーターを1名増やし、3コール以内に出られない場合は予備の担当に自動で回る設定に変更しました。

テレアシスト 営業部
荒木 裕太
""", ""),
    ("年末年始の応対について（12月26日までにご返信ください）",
     """森田歯科クリニック
森田 様

テレアシストの荒木です。
年末年始（12月29日〜1月3日）の電話応対をどうされるか、ご確認をお願いいたします。

A：休診のご案内だけを伝える（料金は通常どおり）
B：急患のお電話のみ、院長先生の携帯に転送する（転送1件につき330円）

ご指定がない場合はAで対応いたします。オペレーターへの指示を年内に共有する必要があるため、12月26日までにAかBかをご返信いただけますでしょうか。

テレアシスト 営業部
荒木 裕太
""", ""),
    ("オペレーター交代のお知らせ",
     """小林 様

テレアシストの荒木です。
12月から、御社を担当するオペレーターのリーダーが交代いたしますので、お知らせいたします。

新しいリーダーは中井（なかい）で、電話応対の経験は8年になります。これまでの応対マニュアルと過去3か月分の応対記録はすべて引き継ぎ済みですので、御社から改めてご説明いただく必要はございません。
交代後の最初の1週間は、前任の高橋も同じシフトに入り、応対内容を確認いたします。

テレアシスト 営業部
荒木 裕太
""", ""),
]

DE = [
    ("Holiday hours for your line - please confirm by 18 December",
     """Hi Dr. Shah,

We need your instructions for the practice line over the holidays (24 December to 1 January), so that our receptionists have them before the schedule is printed on 19 December.

Option 1: we tell callers the practice is closed and give the reopening date (no extra charge).
Option 2: we also pass urgent animal cases to your on-call mobile ($2.50 per transferred call).

Just reply with "1" or "2" by 18 December. If we don't hear from you, we'll use Option 1.

Thanks,
Nora
AnswerDesk
""", ""),
]

MJ = [
    ("朝から電話がつながらないと言われています",
     """テレアシスト　ご担当者様

今朝から、お客様に「電話がずっと話し中でつながらない」と言われています。
うちは水道修理の店で、水漏れの依頼はほとんど電話で来ます。
9時過ぎと11時にもお電話しましたが、「確認します」と言われたきり、何の連絡もありません。
もう半日、新しい依頼を1件も受けられていません。
何が起きていて、いつ直るのか、昼過ぎまでに教えてください。

あおば設備　青葉
""", "high", "angry", False),
    ("私の自宅住所を伝えたとはどういうことですか",
     """テレアシスト様

昨日、以前トラブルになった元顧客から私の携帯に電話があり、「おたくの電話番の人に聞いたら、先生の家の住所を教えてくれた」と言われました。
応対マニュアルには、個人の連絡先は絶対に伝えないよう書いてあるはずです。
この人物には以前、事務所で大声を出されたことがあり、家族もいるので怖くてたまりません。
誰が、いつ、何を伝えたのか、すぐに確認していただけませんか。警察にも相談しようと思っています。

こばやし法務事務所
小林 里恵
""", "high", "anxious", False),
    ("台風に備えた応対時間の延長について",
     """テレアシスト　荒木様

お世話になっております。あおば設備の青葉です。
明日の夜に台風が最接近する見込みで、過去の経験から、停電や雨漏りの依頼が夜中にかけて一気に増えると思われます。
明日に限り、応対時間を20時から翌朝6時まで延長していただくことは可能でしょうか。
オペレーターの手配の都合もあるかと思いますので、今日の夕方までにご回答いただけると助かります。

あおば設備　青葉
""", "high", "neutral", False),
    ("料金プランの変更について",
     """お世話になっております。
月の着信が80件を超えることが増えてきたので、来月から上のプランに変えたいと考えています。
変更の手続きと、料金の差額を教えてください。

森田歯科クリニック　森田
""", "normal", "neutral", False),
    ("伝言の電話番号が間違っていました",
     """荒木様

先週いただいた伝言のうち、新規のお客様の電話番号が１桁間違っていて、折り返しができませんでした。
今月に入ってこれで２回目です。
結局そのお客様はほかの業者に頼んだようで、大きな工事の見積もりだっただけに正直かなり痛いです。
復唱くらいはしていただいているものと思っていましたが、違うのでしょうか。

あおば設備　青葉
""", "normal", "angry", False),
    ("昨日の電話の件",
     """昨日の電話の件で
""", "normal", "neutral", True),
    ("導入前の相談です",
     """はじめてご連絡いたします。
来月、一人でデザイン事務所を開業する予定で、電話代行の利用を考えています。
電話を外部に任せていることがお客様に分かってしまうと、小さな事務所だと思われて信用を失わないか心配です。
応対マニュアルも何を書けばいいのか見当がつきません。
ほかのお客様はどのようにされているのか、教えていただけますか。

西村 まどか
""", "normal", "anxious", False),
    ("オペレーターの方にお礼を",
     """荒木様

先日、患者さんのご家族から「電話の方がとても親切で、落ち着いて予約が取れた」とお礼を言われました。
担当のオペレーターの方にも、どうぞよろしくお伝えください。

それと、12月28日を臨時休診にすることにしましたので、その日の応対を休診のご案内に変えていただけますか。

森田歯科クリニック　森田
""", "normal", "positive", False),
    ("請求書の形式について",
     """いつもお世話になっております。
来年度から経理のシステムを変える予定で、請求書をPDFでいただけると助かります。
切り替えは来年の4月以降ですので、それまでは今の紙の請求書のままで問題ありません。

こばやし法務事務所　事務担当　坂井
""", "low", "neutral", False),
    ("機能の要望",
     """いつも使わせていただいています。
伝言のチャットに、発信者の電話番号をタップするとそのまま発信できる機能があると便利だなと思いました。
要望としてお伝えするだけですので、対応していただけたら嬉しい程度です。

西村デザイン事務所　西村
""", "low", "neutral", False),
]

ME = [
    ("Our line goes to \"number not in service\"",
     """Hi,

Since about 7 this morning, calls to our main number - which you answer for us - go straight to a recording saying the number is not in service. We're a 24-hour locksmith; people locked out of their homes or cars call that number, and right now they're hearing that we don't exist.

I noticed your status page mentions a "routing update" last night. We've probably lost a dozen jobs already and I'm worried about the regulars who'll think we've shut down. Can someone look at this right now and tell me how long it will take?

Mike Tran
Tran Lock & Key
""", "high", "anxious", False),
    ("Your receptionist and my client",
     """Nora,

One of my longest-standing clients called yesterday and was told by your receptionist, word for word, "he's not taking calls, try email". I was in my office with the door open. That is not what the script says and it's not how I want my business to sound.

I'd like to know who it was and what you're going to do about it.

Greg Palmer
Palmer Accounting
""", "normal", "angry", False),
    ("Adding a second line",
     """Hello,

We're opening a second clinic in January. Can we add a second number to our account so calls are answered with the new clinic's name? What would it cost per month?

Thanks,
Dr. Anita Shah
""", "normal", "neutral", False),
    ("FW: message from yesterday",
     """Hi Nora, see below - the message doesn't have a callback number. Can you check whether the caller left one? Thanks, Greg

-----Original Message-----
From: AnswerDesk Messages
Sent: Tuesday 2:14 PM
Subject: New message for Palmer Accounting

Caller: Mrs. Delgado
Message: Please call back about her quarterly filing.
Callback: (not provided)
""", "normal", "neutral", False),
    ("Monthly report format",
     """Hi,

Would it be possible to get the monthly call report as a CSV as well as the PDF at some point? We'd like to bring it into our own spreadsheets, but there's no deadline - whenever it fits into your plans.

Thanks,
Lisa
Tran Lock & Key
""", "low", "neutral", False),
]
