DOMAIN = "remit"
MEANING = "international money-transfer service for individuals (海外送金サービス)"

S = [
    ("ja", "送金目的の欄が「生活費」となっていましたが、今回の金額では受取人様とのご関係の記載も必要になります。このメールへのご返信で続柄をお知らせいただければ、本日中に審査を再開いたします。", []),
    ("ja", "着金までは、通常より何日か余分にかかる場合がございます。", ["vague"]),
    ("ja", "中継銀行で手数料が差し引かれた理由は、弊社の側からは確認のしようがございません。", ["unknown_without_followup"]),
    ("ja", "受取人様のお名前がパスポートの表記と1文字違っていたため、現地の銀行で入金が保留になっています。本日18時までに正しい表記をお知らせいただければ、明朝9時の処理で再送信いたします。", []),
    ("ja", "マイナンバーの確認書類を、もう一度アップロードしてください。", ["imperative", "request_without_reason"]),
    ("ja", "前回の送金の際にもお伝えしましたが、受取口座は現地通貨建てでなければならないというのは基本中の基本です。", ["condescending"]),
    ("ja", "送金中に為替レートが変わった件については、相場の動きですのでこちらではどうにもなりません。", ["dismissive"]),
    ("ja", "組戻しのご依頼は本日15時に受け付けました。相手銀行からの返金には5〜10営業日かかるのが通例で、戻り次第メールでお知らせし、10営業日目の26日に戻っていなければその日に相手銀行へ督促します。", []),
    ("ja", "送金限度額を引き上げるには収入を証明する書類の追加提出が必要です、犯罪収益移転防止法により一定額を超える送金では資金の出どころの確認が義務付けられているためです。", []),
    ("ja", "追加の書類として直近2か月分の給与明細をご提出いただけますか、今回のご送金額がご登録時に申告いただいた年収から見て高額にあたり、資金の出どころを確かめる必要があるためです。", []),
    ("ja", "審査を通過できなかった理由は、私どもにも開示されておりません。", ["unknown_without_followup"]),
    ("ja", "アプリの表示が「処理中」のまま変わらないのは着金が近いしるしですので、もう少しだけお待ちください。", ["vague"]),
    ("ja", "今回の遅れはフィリピン側の祝日（6月12日）によるもので、現地の銀行は13日の朝から処理を再開しますので、受取人様の口座には13日の日本時間正午ごろまでに入る見込みです。", []),
    ("ja", "ご満足いただけないようでしたら、他社のサービスをご検討いただくのも一つかと存じます。", ["dismissive"]),
    ("en", "Your transfer is with our compliance team and will be released after their review.", ["vague"]),
    ("en", "We have no visibility into why the receiving bank sent the funds back.", ["unknown_without_followup"]),
    ("en", "Had you read the fee breakdown on the confirmation screen, the $12 intermediary charge wouldn't have been a surprise.", ["condescending"]),
    ("en", "Upload a selfie holding your ID.", ["imperative", "request_without_reason"]),
    ("en", "Because the beneficiary bank in Lagos only pays out on weekdays, money sent on a Saturday lands on Monday, normally before 10 a.m. West Africa time.", []),
    ("en", "We can't refund the exchange margin because the rate was locked when you confirmed, but any transfer still marked 'scheduled' can be cancelled free of charge.", []),
    ("en", "Could you send a photo of the back of your driving licence as well? The front doesn't show the address line we have to match against your account, and once we have it the check takes one working day.", []),
]

D = [
    ("ja", "ご送金（受付番号 R-2291047）の現在の状況",
     """グエン・ティ・ラン様

いつもご利用ありがとうございます。ハロー送金 カスタマーサポートの大西です。
10月3日にご依頼いただいたベトナムへのご送金（5万円）は、現在ベトナム側の銀行で入金処理中です。

受取人様の口座には、10月7日（火）の現地時間午前中に入金される見込みです。
もし7日の15時（日本時間）になっても受取人様から入金のご連絡がない場合は、このメールにご返信ください。現地の銀行に入金記録を照会し、その日のうちに結果をお知らせします。

お手続きいただくことは、現時点ではございません。

ハロー送金 カスタマーサポート
大西 亮
""", []),
    ("ja", "手数料の二重徴収について",
     """木村様

ハロー送金サポートの大西です。
9月28日のご送金で、送金手数料（990円）が2回引き落とされていた件についてご報告します。

決済代行会社のシステムで、同じ時刻に受け付けた一部の取引が二重に処理される不具合が起きていました。
木村様の口座へは、10月2日に990円を返金済みです。
決済代行会社は10月1日に不具合を修正しており、当社でも毎日、二重請求がないかを照合する仕組みを追加しました。

ご確認のほど、よろしくお願いいたします。

大西
""", ["apology_incomplete"]),
    ("ja", "【お詫び】受取人様への入金遅延について",
     """サントス・マリア様

ハロー送金の大西でございます。
9月15日にご依頼いただいたフィリピンへのご送金が、お約束していた9月17日に受取人様の口座へ届かず、ご家族の方にご心配とご迷惑をおかけしました。誠に申し訳ございません。

原因は、当社が提携先の現地銀行に送金データを送る際、受付時刻の設定を誤り、17日の処理分が翌営業日にまとめて送られてしまったことです。

9月18日の朝に、現地の銀行で入金が完了したことを確認いたしました。お詫びとして、今回の送金手数料1,500円を9月19日にご登録の口座へ返金しております。

同じ誤りを防ぐため、送金データの送信時刻を毎日2名で照合する手順に改め、9月20日から実施しています。

今後ともよろしくお願い申し上げます。

ハロー送金 カスタマーサポート
大西 亮
""", []),
    ("ja", "Re: 送金が戻ってきた件",
     """タパ様

お問い合わせありがとうございます。ハロー送金サポートです。
9月22日のネパールへのご送金が、受取銀行から返却された件について確認いたしました。

返却の理由につきましては、現地の銀行から当社には通知が届いておらず、現時点では分かりかねます。
返却された金額（為替差損を差し引いた48,210円）は、10月2日までにご登録の口座にお戻しいたします。

よろしくお願いいたします。
""", ["unknown_without_followup"]),
    ("en", "Your transfer to Maria is on its way",
     """Hi {first_name},

Good news — the $400 you sent to Maria Santos on 12 March has left our account and is now with her bank in Manila.

She should see it in her account by 6 p.m. Manila time on 13 March. You don't need to do anything else; we'll email you as soon as her bank confirms the credit.

Thanks for sending with SwiftHome.
The SwiftHome team
""", ["placeholder_left"]),
]

M = [
    ("ja", "振込先を間違えました",
     """先ほど（14時10分）、ベトナムの母に送るはずの30万円を、口座番号を1桁間違えて送ってしまいました。
アプリでは「送金済み」になっています。
今日の受付分ならまだ止められるのでしょうか。止められない場合、お金は戻ってくるのでしょうか。
何をすればいいか教えてください。

レ・ヴァン・フン
受付番号 R-2304418""", "high", "anxious", False),
    ("ja", "身に覚えのない送金があります",
     """ハロー送金 御中

本日、アプリに「送金が完了しました」という通知が届きましたが、私は送金していません。
受取人はまったく知らない名前で、金額は18万円です。
パスワードは誰にも教えていません。
ほかにも送金されてしまうのではと思うと怖いです。アカウントを止めてください。

山本 美咲""", "high", "anxious", False),
    ("ja", "Re: Re: 入院費の送金がまだ届かない",
     """大西様

先週の月曜日に送った母の入院費用が、まだマニラの病院に届いていません。
この1週間で3回問い合わせ、毎回「確認します」とのお返事でしたが、その後の連絡はありません。
病院からは、金曜日までに支払いがなければ退院の手続きができないと言われています。
いったいどこにお金があるのか、今日中に教えてください。

サントス""", "high", "angry", False),
    ("ja", "送金手数料について",
     """こんにちは。
ネパールに毎月送金している者です。
1回10万円を送る場合と、5万円を2回送る場合とで、手数料の合計はどちらが安くなりますか。

タパ""", "normal", "neutral", False),
    ("ja", "届いてない",
     """まだ？""", "normal", "neutral", True),
    ("ja", "本人確認の書類について",
     """在留カードの写真をアップロードしたのですが、「確認できませんでした」と表示されます。
３回やり直しましたが同じです。
来月の初めに送金したいので、それまでに使えるようになれば大丈夫です。
どこが悪いのか教えてもらえますか。

チャン""", "normal", "neutral", False),
    ("ja", "レートの表示がおかしいのでは",
     """アプリで見たレートと、実際に送金されたレートが違っていました。
画面で見たときは1ドル149.2円だったのに、明細では151.0円になっています。
10万円なので大した額ではありませんが、説明がないのは納得できません。
どういう計算なのかご説明ください。""", "normal", "angry", False),
    ("ja", "家族への送金が初めてで不安です",
     """はじめて利用します。
インドネシアの父の口座に送りたいのですが、銀行名の書き方が合っているか自信がありません。
間違えてお金がなくなってしまったらと思うと、なかなか送金ボタンを押せません。
送る前に、入力内容を確認してもらうことはできますか。来週中に送れれば十分です。""", "normal", "anxious", False),
    ("ja", "アプリの使い勝手について",
     """受取人の並び順を自分で変えられるようにできないでしょうか。
登録している受取人が8人いて、毎回下の方までスクロールしています。
要望として書いただけなので、お返事はなくて大丈夫です。""", "low", "neutral", False),
    ("ja", "年末の送金について（質問）",
     """お世話になっております。
12月の終わりに、ブラジルの家族に送金する予定です。
年末年始は着金までの日数が変わりますか？
まだ2か月先の話なので、わかる範囲でかまいません。

オリベイラ""", "low", "neutral", False),
    ("en", "Money taken twice",
     """Hello,

I made one transfer of £750 to my brother in Accra yesterday, but my bank shows two payments of £750 to SwiftHome. That was my rent money and my rent is due on Friday. My balance is now £42.

Please tell me today how and when the second £750 will come back.

Kwame Asante
Ref SH-88201""", "high", "anxious", False),
    ("en", "Account frozen — fourth message",
     """To whom it may concern,

My account has been frozen since 2 May 'pending review'. This is my fourth message. Each reply has asked me for the same payslip, which I have now sent three times.

I have $2,300 sitting in your system that my father needs for his surgery deposit on 20 May. If it is not released or returned by 17 May I will file a complaint with the financial ombudsman and with the state regulator.

Regards,
Luis Herrera""", "high", "angry", False),
    ("en", "Receiving in euros",
     """Hi, can my sister in Lisbon receive the money in euros into a Revolut account, or does it have to be a regular bank? She's fine either way, I just want to know before my next transfer at the end of the month. Thanks, Ana""", "normal", "neutral", False),
    ("en", "Thank you",
     """I just want to say thank you. My transfer to my grandmother in Cebu arrived in under an hour and she was able to buy her medicine the same day. Your app is so much easier than the bank. — Joy""", "low", "positive", False),
    ("en", "Question",
     """is it safe""", "normal", "anxious", True),
]
