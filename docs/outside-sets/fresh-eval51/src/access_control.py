# access_control = office door access-control systems (IC badges, face recognition, cloud admin console, logs)
# ja: キーライン株式会社   en: Keyline Access
from common import S, D, M

DOMAIN = "access_control"

SENTENCES = [
    # --- ja ---
    S("ja", "カードが反応しない原因は、おそらく社員の方の使い方にあると思われます。", ["condescending"]),
    S("ja", "管理画面の操作方法は、マニュアルを読めばすぐにわかるはずです。", ["condescending"]),
    S("ja", "ログの保存期間については、お答えできかねます。", ["unknown_without_followup"]),
    S("ja", "入退室のログは13か月分保存され、管理画面からCSVで出力できます。", []),
    S("ja", "カードリーダーの電源を抜いて、10秒待ってから差し直してください。", ["imperative", "request_without_reason"]),
    S("ja", "リーダー内部の制御基板をリセットするため、電源を抜いて10秒ほど待ってから差し直していただけますか。", []),
    S("ja", "退職者のカードは、早めに無効化をお願いします。", ["vague", "request_without_reason"]),
    S("ja", "顔認証の精度について、ご不安に思われる必要はありません。", ["dismissive"]),
    S("ja", "クラウドの障害は、復旧までしばらくかかる見込みです。", ["vague"]),
    S("ja", "クラウド側の障害は本日15時に復旧し、停止中のログは16時までに自動で反映されます。", []),
    S("ja", "追加カードは1枚1,100円（税込）で、ご注文から3営業日で発送します。", []),
    S("ja", "停電時にドアが開かなくなるのを防ぐため、非常用の解錠キーを必ず受付に置いておいてください。", ["imperative"]),
    S("ja", "退職者のカードは、情報漏えいを防ぐため、退職日の当日中に管理画面の「無効化」ボタンで止めていただけますか。操作は1枚10秒ほどで済みます。", []),
    # --- en ---
    S("en", "Re-enrol the badge at the front-desk reader.", ["imperative", "request_without_reason"]),
    S("en", "We're not able to say which firmware version your readers are on.", ["unknown_without_followup"]),
    S("en", "Integration with your HR system is not our concern.", ["dismissive"]),
    S("en", "So that your new starters can get in on Monday, could you send us their names by Thursday noon? We register badges the day before people arrive.", []),
    S("en", "The visitor kiosk add-on is $29 a month per site, with no set-up fee.", []),
    S("en", "We can't share another customer's setup for privacy reasons, but I can walk you through a similar configuration on a 20-minute call this week - would Thursday at 10 suit you?", []),
]

DRAFTS = [
    D("ja", "本日朝のカードリーダー停止についてのお詫び", """
株式会社ミライ商事 総務部 岡田様

キーラインの佐々木です。
本日8時から9時50分まで、御社のすべてのカードリーダーが反応しなくなり、社員の皆様がビルに入れない状態が約2時間続きました。業務に大きな支障をきたしましたこと、深くお詫び申し上げます。

9時50分に当社のシステムを復旧し、すべてのリーダーが正常に動作していることを確認いたしました。止まっていた間の入室は、受付で記帳いただいた記録をもとに、本日中に管理画面のログへ追加いたします。
今後は、当社のシステムを監視する担当者を24時間体制とし、リーダーからの応答が途絶えた場合は5分以内に予備のシステムへ切り替える仕組みを導入いたします。

キーライン株式会社 サポート部 佐々木
""", ["apology_incomplete"]),
    D("ja", "追加カード30枚のお見積もり", """
{company_name}
{contact_name} 様

キーラインの佐々木です。
4月入社の新入社員の方30名分の追加カードについて、お見積もりをお送りします。

・ICカード 30枚 × 1,100円 ＝ 33,000円（税込）
・社員情報の一括登録作業：無料
・発送：ご注文から3営業日

4月1日からお使いいただくには、3月24日までにご注文いただければ間に合います。

キーライン株式会社 サポート部 佐々木
""", ["placeholder_left"]),
    D("ja", "夜間入室の調査結果（ログは保全済みです）", """
株式会社トワ・データ 情報システム部 村上様

キーラインの佐々木です。
昨夜の入室記録の件、ログの保全と調査が終わりましたのでご報告します。結論から申し上げると、入室に使われたカードは、退職者の方のカードではありませんでした。

・2月12日 2時13分の入室に使われたのは、清掃業者様用の共用カード（No.0457）でした。
・管理画面上、このカードの利用者名が、以前同じ番号を使っていた退職者の方の名前のまま残っていたため、退職者のカードに見えていました。
・2月1日〜14日のログは、改ざんできない形式で当社のサーバーに保全しました。

清掃業者様の当日の作業予定と照合できるよう、同社の作業記録をご確認いただけますでしょうか。照合の結果、予定にない入室であれば、当社で入退室の映像記録と突き合わせる調査を追加で行います。

キーライン株式会社 サポート部 佐々木
"""),
    D("en", "Your visitor kiosk trial starts Monday", """
Dear [First Name],

Your 30-day trial of the Keyline visitor kiosk starts on Monday, and the tablet and stand were delivered to your reception this morning.

Setting it up takes about ten minutes: once the stand is plugged in and the tablet is on your guest Wi-Fi, you sign in with the code KL-7731 printed on the box. Visitors can then sign themselves in, and their host gets a text as soon as they arrive.

The trial is free, and it ends automatically on 14 April unless you tell us you'd like to keep it. After that the add-on is $29 a month.

Kind regards,
Keyline Access Support
""", ["placeholder_left"]),
]

MAILS = [
    # --- ja ---
    M("ja", "全てのカードリーダーが反応しません", """
キーライン サポート御中

株式会社ミライ商事　総務部の岡田です。
今朝８時から、本社ビルの全フロアのカードリーダーが一切反応しなくなっています。
社員およそ２００名がエントランスに入れず、外で待っている状態です。
サポートの電話は８時半からずっと話し中でつながりません。

９時から取引先との会議も入っていて、今は警備員に手動で開けてもらっていますが、いつまでもこうしているわけにはいきません。
原因と復旧の見込みを、今すぐ教えてください。
""", "high", "angry"),
    M("ja", "退職者のカードで夜間に入室した記録があります", """
キーライン株式会社　サポートご担当者様

株式会社トワ・データ　情報システム部の村上です。
今朝、入退室のログを確認したところ、昨夜２時１３分にサーバールームへの入室記録がありました。
使われたカードの名義は、先月末に退職した社員のものになっています。

当社は顧客の個人情報を扱っており、情報が持ち出されていないか心配しています。
本日中に、該当カードの停止と、２月分のログを消えないように保全する方法を教えてください。
必要であれば警察にも相談するつもりです。
""", "high", "anxious"),
    M("ja", "停電後、非常口の電気錠が開きません", """
キーライン　ご担当者様

昨夜の落雷による停電のあと、３階の非常口の電気錠が施錠されたままになっています。
管理画面から「解錠」を押しても反応がありません。
明日の１０時に消防署の立入検査が予定されていて、非常口が開かない状態では指摘を受けてしまいます。
それまでに直していただくことはできますか。
もし技術者の方に来ていただく必要があれば、今日の夕方以降ならビルに入れます。

ハーバービル管理組合　管理担当　小林
""", "high", "neutral"),
    M("ja", "ドア", """
ドアがひらきません　中に人がいます
""", "high", "anxious", True),
    M("ja", "新入社員のカード追加について", """
いつもお世話になっております。
４月に新入社員が３０名入社予定のため、カードを３０枚追加したいと考えています。
４月１日から使える状態にするには、いつまでに何をお送りすればよいでしょうか。
お見積もりもいただけると助かります。

株式会社ミライ商事　総務部　岡田
""", "normal", "neutral"),
    M("ja", "顔認証のデータについての説明資料", """
キーライン　ご担当者様

来月から本社の入口を顔認証に切り替える予定なのですが、社員から「顔のデータがどこに保存されるのか」「退職したら消してもらえるのか」と不安の声が上がっています。
私自身も十分に説明できる自信がなく、説明会で質問攻めにあったらどうしようかと心配しています。
社員向けに説明できる資料のようなものがあれば、いただけないでしょうか。
""", "normal", "anxious"),
    M("ja", "請求書の内容について（再度のお願い）", """
キーライン株式会社　経理ご担当者様

今月の請求書に、９月末で解約した大阪支店の利用料（月額１６,５００円）がまた含まれています。
先月も同じ指摘をして、「次回から訂正します」とお返事をいただいたはずです。
同じことを何度もお伝えするのは正直うんざりしています。
訂正した請求書をお送りください。

株式会社ハルカ物産　経理部　森田
""", "normal", "angry"),
    M("ja", "管理画面の権限設定について", """
いつもお世話になっております。
管理画面で、各部署の課長が自分の部署の社員の入退室ログだけを見られるように設定したいのですが、
どのメニューから設定すればよいでしょうか。
マニュアルの該当ページを教えていただくだけでも大丈夫です。
""", "normal", "neutral"),
    M("ja", "オフィス移転時の移設について", """
キーライン　営業ご担当者様

再来年あたりにオフィスの移転を検討しています。
その際、今使っているリーダーや電気錠を新しいオフィスに移設できるのか、
おおよその費用感だけでも知りたいと思っています。
時期もまだ決まっていないため、急ぎではございません。お手すきの際にご連絡ください。
""", "low", "neutral"),
    M("ja", "サポートのお礼", """
先日はお電話で、管理画面の設定方法を丁寧に教えていただきありがとうございました。
パソコンが苦手な私でも、画面を見ながら一つずつ進められて、無事に設定できました。
担当の佐々木さんによろしくお伝えください。

総務　高田
""", "low", "positive"),
    # --- en ---
    M("en", "4th-floor badges opening our 2nd-floor doors", """
Hi Keyline,

Since your update last night, badges issued to the tenant on the 4th floor are opening the doors to our offices on the 2nd floor. We're a law firm and those rooms hold client files. One of their staff walked into our records room this morning by mistake and told our receptionist.

We need the 4th-floor badges blocked from our doors today, and a list of every 2nd-floor door they've opened since the update.

Farah Haddad
Office Manager, Haddad & Cole
""", "high", "neutral"),
    M("en", "Front door unlocking itself - third night", """
For the third night in a row, our front door has unlocked itself at 6 p.m. and stayed unlocked all night. We only find out when the first staff member arrives in the morning. We're a pharmacy; we keep controlled drugs on site.

I reported this on Monday and Tuesday and was told "it's been reset". It clearly hasn't. Someone needs to come out before we close today.

Dan Walsh
Walsh Pharmacy
""", "high", "angry"),
    M("en", "badge", """
new guys badge doesnt work
""", "normal", "neutral", True),
    M("en", "Exporting attendance logs", """
Hello,

How do I export last month's door events for one office to CSV? Our HR team wants to reconcile them with timesheets. I can see the log screen but not an export button.

Thanks,
Chloe
""", "normal", "neutral"),
    M("en", "Phone-based credentials?", """
No rush on this: we're curious whether your readers can work with phone-based credentials (Apple Wallet or similar) instead of plastic badges. It would be for next year's budget, so any time in the next couple of months is fine.

Best,
Ian Ford
""", "low", "neutral"),
]
