# benefits = employee-benefits outsourcing (福利厚生代行): member employees and client HR teams
from _h import s, d, m

DOMAIN = "benefits"

SENTENCES = [
    s("ja", "会員証をなくされた場合の再発行は1,100円で、マイページからお申し込みいただくと10日ほどでご自宅に届きます。"),
    s("ja", "期限を過ぎた申請については、事情をお伺いしても結論は変わりませんので、ご説明には及びません。", "CD"),
    s("ja", "提携ホテルの割引は、時期によってはあまりお得にならないこともございます。", "V"),
    s("ja", "領収書の原本を郵送してください。", "IR"),
    s("ja", "領収書は税務上原本の保管が必要なため、原本を郵送していただけますか。返信用の封筒を同封いたしました。"),
    s("ja", "ご利用いただけるメニューは会社様とのご契約によって異なりますので、当方では分かりかねます。", "U"),
    s("ja", "ご予約の確定は、施設からの返事を待ってのご連絡となります。", "V"),
    s("ja", "ポイントの有効期限は毎年3月31日で、失効すると戻せないため、残高のある方には2月に一度メールでお知らせしています。"),
    s("ja", "マイページのパスワードを再設定して、もう一度ログインを試すこと。", "IR"),
    s("ja", "育児の補助の対象になるかどうかは、規程の改定中のため今はお答えできません。来月10日に新しい規程が公開されますので、その日のうちに結果をメールでお送りします。"),
    s("ja", "こちらの手違いではございませんので、お手数ですが再申請をお願いいたします。", "CR"),
    s("ja", "他の会員様からは、そのようなご意見はいただいておりません。", "D"),
    s("ja", "ご家族の分の申請は会員ご本人のマイページからしかできない仕組みのため、奥様のお名前でのお申し込みはお受けできません。ご本人のログイン画面で「家族を追加」を押していただくと、3分ほどで登録が済みます。"),
    s("ja", "ご利用明細をもう一度お送りいただけますか。", "R"),

    s("en", "Gym memberships through us renew on the first of the month, so cancelling by the 25th means you won't pay for the next month."),
    s("en", "Claims are processed in the order they come in, and there's a bit of a queue at the moment.", "V"),
    s("en", "As the welcome pack states quite clearly, dental isn't included.", "C"),
    s("en", "Whether your partner can be added isn't something I'm able to answer.", "U"),
    s("en", "Which plan your employer picked isn't really our concern.", "D"),
    s("en", "Could you send a photo of the receipt? Our auditors need to see the shop's name and the date, and the bank statement doesn't show either."),
    s("en", "The cinema discount doesn't apply in a film's opening weekend — the studios set that rule, not us — but it does from the Monday after."),
]

DRAFTS = [
    d("ja", "ご連絡",
      """ハーベスト株式会社
人事課 今井 様

いつもお世話になっております。ベネフィットライフの中西です。
おかげさまで、当社の福利厚生サービスは今年で創業15周年を迎えました。
この春からは全国のスポーツクラブ約1,200か所に加え、新たにオンラインの英会話や資格講座もメニューに加わり、
会員の皆様からご好評をいただいております。
今後とも変わらぬお引き立てを賜りますよう、お願い申し上げます。

さて、来年度のご契約の更新にあたり、会員となる従業員の方の名簿を更新させていただきたく存じます。
最新の名簿を、3月10日までに専用のアップロード画面からご提出いただけますでしょうか。
期日を過ぎますと、4月に入社される方の会員証の発行が間に合わなくなります。

ベネフィットライフ株式会社 法人営業部 中西
""", "F"),
    d("ja", "Re: 保養所の予約が取れない件について",
      """野村 様

ベネフィットライフ お客様センターです。
お問い合わせいただいた、夏休み期間の保養所の予約についてお返事いたします。

夏休み期間の保養所は毎年抽選となっており、今年も予定どおり抽選を行いました。
落選された方から同様のお問い合わせを多数いただいておりますが、抽選の結果を変えることはできません。
他の会員様は皆様ご納得いただいておりますので、ご理解ください。

ベネフィットライフ お客様センター
""", "D"),
    d("ja", "【3月31日失効】お持ちのポイント（4,200ポイント）のご案内",
      """杉山 美穂 様

ベネフィットライフ お客様センターです。
杉山様の会員アカウントに、3月31日で有効期限を迎える4,200ポイント（4,200円分）が残っております。
期限を過ぎると失効し、元に戻すことができないため、お知らせいたしました。

ポイントは、マイページの「ポイントで申し込む」から、提携ホテルのご宿泊や映画鑑賞券などに1ポイント1円でお使いいただけます。
映画鑑賞券であれば、申し込みの翌日にはメールで届きますので、期限直前でも間に合います。

ベネフィットライフ株式会社 お客様センター
"""),

    d("en", "Your cycle-to-work application",
      """Hi <<EMPLOYEE_FIRST_NAME>>,

Good news: your application to the cycle-to-work scheme has been approved by your employer.

Your certificate for £1,240 is attached. You can use it at any of our partner shops within 60 days; after that it expires and you'd need to apply again.

Happy cycling!
The Perkbox Plus team
""", "P"),
    d("en", "Your childcare voucher payment to Little Acorns Nursery",
      """Dear Ms Okafor,

The £640 voucher payment to Little Acorns Nursery for October was returned by their bank on Tuesday because the nursery changed its account details in September and we were still paying the old account.

We have already paid the nursery from the correct account today by same-day transfer, and I've called the nursery manager, Mrs Reid, to confirm it has arrived. You don't need to do anything.

We're sorry for the worry this caused. We've also added a check so that when a provider tells us about new bank details, we confirm them by phone before the next payment date, instead of after the first payment bounces.

Kind regards,
Laura Pike
Member Services, Perkbox Plus
"""),
]

MAILS = [
    m("ja", "明日の宿泊予約が確認できないと言われました",
      """ベネフィットライフ お客様センター御中

会員番号 BL-2038841 の野口です。
先月、会員サイトから箱根の提携ホテル「湯本山荘」を明日から二泊で予約しました（予約番号 H-77120）。
先ほど念のためホテルに電話したところ、「その予約は入っていない」と言われました。
両親の金婚式のお祝いで、家族６人分です。
サイト上では「予約確定」と表示されています。どうすればよいでしょうか。
明日は朝８時に出発します。

野口 雅人
０９０－５５５５－０８１７
""", "high", "anxious"),
    m("ja", "Re: Re: 介護補助金の払い戻しについて",
      """ベネフィットライフ 御中

介護補助金の払い戻しについて、これで三回目のお問い合わせです。
母のデイサービスの費用８万２千円を立て替え、８月に申請しました。
「承認済み」の通知はいただいていますが、いまだに振り込まれていません。
お問い合わせのたびに「確認します」と言われ、その後何の連絡もありません。
今月の家計はこれを見込んで組んでいます。振込日をお知らせください。

杉山 健二
""", "high", "angry"),
    m("ja", "管理画面で他社の名簿が表示される件",
      """ベネフィットライフ 法人サポート ご担当者様

みなと電機 総務の三浦です。
本日１０時ごろ、法人管理画面で従業員名簿をダウンロードしたところ、
当社ではない会社（「東和建設」と書かれています）の従業員約３００名分の氏名・生年月日・メールアドレスが含まれていました。
ファイルは社内で開いただけで、ほかには送っていません。
逆に、当社の名簿がほかの会社から見えている可能性もあるのではと考えています。
状況の確認と、当社として何をすべきかを本日中にご指示いただけますか。
下に、最初に気づいた情報システム課からの連絡を転送します。

三浦

---------- 転送メッセージ ----------
From: 情報システム課 北原
To: 総務部 三浦
件名: 福利厚生サイトの名簿ファイルについて

三浦さん
先ほどいただいた名簿ファイル（members_202411.csv）、行数が当社の在籍人数より３００ほど多いです。
後半は「東和建設」という会社の方々のようです。社内の共有フォルダには置かず、私のPCからも削除しました。
北原
""", "high", "neutral"),
    m("ja", "スポーツクラブの利用について",
      """こんにちは。
会員サイトでスポーツクラブの割引を見つけたのですが、利用するときは毎回クーポンを印刷する必要がありますか。
スマホの画面を見せるだけでも大丈夫でしょうか。

総務部 川崎
""", "normal", "neutral"),
    m("ja", "福利厚生とは",
      """会社が契約しているので使ってみようと思い、この半年で三回、提携の宿を探しました。
三回とも「満室」。平日でも「満室」。
会員証は立派なものをいただきましたが、財布の中で眠っております。
これは実際に使えるサービスなのでしょうか、それとも会社の求人票に「福利厚生充実」と書くためのものなのでしょうか。

一会員より
""", "normal", "angry"),
    m("ja", "退職後のポイントについて",
      """お世話になっております。
来月末で今の会社を退職することになりました。
ポイントが１万２千ほど残っているのですが、退職したら消えてしまうのでしょうか。
旅行に使おうと貯めていたので、使えなくなるならどうしようと思っています。
退職前にやっておくべきことがあれば教えてください。

原田 さとみ
""", "normal", "anxious"),
    m("ja", "ポイント", "反映されてない", "normal", "neutral", True),
    m("ja", "保育園の補助、ありがとうございました",
      """いつもお世話になっております。
この春から保育料の補助を使わせていただいています。正直、これがなかったら復職できなかったと思います。
来年、下の子も同じ保育園に入れる予定なのですが、二人目も同じように補助を受けられますか。
書類など準備しておくものがあれば教えてください。

佐藤 あかね
""", "normal", "positive"),
    m("ja", "見舞金制度の変更について",
      """会社の掲示板で、来年度から「病気・事故の見舞金」の制度が変わると見ました。
特に今、病気や事故があったわけではないのですが、どう変わるのか気になっています。
詳しい内容が決まったら、お知らせいただければ十分です。

経理課 大西
""", "low", "neutral"),
    m("ja", "メニューへの要望です",
      """美術館や博物館の割引をメニューに加える予定はありますか。子どもと一緒に行く機会が多いので。
ただの要望なので、お返事はなくても大丈夫です。

会員 小島
""", "low", "neutral"),

    m("en", "Nursery payment bounced",
      """Hello,

Little Acorns Nursery has just told me that this month's childcare voucher payment from you (£640) bounced. They say unless it's paid by Friday, my daughter can't attend from Monday. I start a new job on Monday.

I paid into the scheme as normal through my salary. Can you tell me what went wrong and whether it can be paid before Friday?

Thanks,
Grace Okafor
Member no. PP-480017
""", "high", "anxious"),
    m("en", "Claim rejected",
      """My claim for new glasses (£189) was rejected because the receipt "did not show the practice's VAT number". The practice is a sole trader and isn't VAT-registered. I told your team this in my original claim.

I'm starting to think the scheme is designed so that nobody actually claims anything. Please review it properly this time.

Martin Hughes
""", "normal", "angry"),
    m("en", "login", "doesn't work", "normal", "neutral", True),
    m("en", "Did my enrolment go through?",
      """Hi,

I joined Fraser Foods three weeks ago and filled in the benefits enrolment form on my first day, but I haven't had any confirmation. HR says the deadline to choose options is the end of this month, and if I miss it I have to wait a year.

I'm a bit worried it got lost. Could you check whether you have it?

Thanks,
Aisha Khan
""", "normal", "anxious"),
    m("en", "Suggestion: bike repairs",
      """Hello,

Just a suggestion for whenever you review the benefits list: a discount on bike servicing would be great for those of us who already own a bike and can't use the cycle-to-work scheme. Nothing needed from you, just passing it on.

Best,
Tom
""", "low", "neutral"),
]
