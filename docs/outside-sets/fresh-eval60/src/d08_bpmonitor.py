# bpmonitor = maker of home blood-pressure monitors and thermometers, with a companion app
# (ja: ハートリム / en: Cardiora)
DOMAIN = "bpmonitor"

SENTENCES = [
    ("ja", "測定値が毎回20以上ばらつく場合は、腕帯の巻き方が原因のことが多いため、取扱説明書8ページの図のように、ひじの内側から1〜2cm上に巻いてお試しいただけますか。", []),
    ("ja", "血圧の数値が高いかどうかについては、当社ではお答えできません。", ["unknown_without_followup"]),
    ("ja", "アプリのデータが消えた原因を調べておりますので、少しお時間をください。", ["vague"]),
    ("ja", "電池を新しいものに入れ替えてから、もう一度測ってください。", ["imperative", "request_without_reason"]),
    ("ja", "機器の精度には自信がございますので、数値がおかしいということはないかと存じます。", ["dismissive"]),
    ("ja", "病院の数値と違うのは当然です。家庭と病院で血圧が違うのは常識ですから。", ["condescending"]),
    ("ja", "主治医の先生にお見せになるデータは、アプリの「記録」画面の右上にある共有ボタンから、PDFで書き出せます。", []),
    ("ja", "電池が膨らんでいる場合は、すぐに使用を止め、電池を外して金属製でない容器に保管してください。発熱や液漏れを防ぐためです。", ["imperative"]),
    ("ja", "校正の料金は機種によって異なり、お使いのハートリム700は3,300円（税込・往復送料込み）です。", []),
    ("ja", "お父様がお一人で使えるかご心配とのことでしたら、ボタン1つで測れる「ハートリムS」に無償でお取り替えすることもできます。", []),
    ("ja", "交換品は、工場から代わりの在庫が届いた時点で発送いたします。", ["vague"]),
    ("ja", "ご高齢の方には操作が難しいかもしれませんので、ご家族の方がお使いになってください。", ["condescending"]),
    ("ja", "エラーE3がどういう条件で出るのかは、開発部門でもつかめていないのが実情です。", ["unknown_without_followup"]),
    ("ja", "当然ながら、初期不良の交換にかかる送料は当社が負担いたします。", []),
    ("en", "It's normal for readings to differ slightly between arms, which is why we suggest measuring on the same arm each time.", []),
    ("en", "We have no idea why the app logged you out.", ["unknown_without_followup"]),
    ("en", "Calibration is usually fairly quick.", ["vague"]),
    ("en", "Any reasonably careful user would have noticed the cuff was on inside out.", ["condescending"]),
    ("en", "Make sure the monitor is sent back to us by Friday.", ["imperative", "request_without_reason"]),
    ("en", "The firmware update (version 2.4.1) fixes the Bluetooth drop-outs and installs in about four minutes through the app.", []),
    ("en", "Readings aren't lost when you change phones: they're stored in your Cardiora account and reappear as soon as you sign in on the new phone.", []),
]

DRAFTS = [
    ("ja", "アプリ更新後に測定記録が表示されない件のお詫びと復旧のご案内",
     """ハートリムアプリをご利用のお客様へ

ハートリム お客様相談室の三浦です。
11月18日に公開したアプリの更新（バージョン3.2.0）のあと、一部のお客様で、
過去の測定記録が表示されなくなっております。
大切な記録をご覧いただけない状態にしてしまい、誠に申し訳ございません。

原因は、更新時のデータ移行の処理に誤りがあり、2023年以前の記録を
新しい形式に変換できなかったことでした。記録そのものは消えておらず、
お客様のスマートフォンとサーバーの両方に残っております。

本日11月20日、修正版（バージョン3.2.1）を公開いたしました。
アプリを更新していただくと、過去の記録がすべて表示されます。
更新後も表示されない場合は、このメールにご返信いただければ、担当者が個別に復旧いたします。

今後は、更新を公開する前に、古い記録をもつ試験用データでの確認を必ず行い、
まず一部のお客様に配信して問題がないことを確かめてから全体に公開する手順に改めます。

ハートリム お客様相談室
三浦 亜紀
""", []),
    ("ja", "修理品のお預かりについて",
     """◯◯ ◯◯様

このたびはハートリム製品の修理をご依頼いただき、ありがとうございます。
お送りいただいた【製品名】を、11月25日に修理センターで受け取りました。

点検の結果、加圧ポンプの交換が必要と判明いたしました。
保証期間内のため、修理費用はかかりません。
修理後の製品は、12月2日（月）に発送し、3日（火）にお届けする予定です。

ハートリム 修理センター
""", ["placeholder_left"]),
    ("ja", "血圧計の校正（精度点検）のご案内",
     """大野様

ハートリム お客様相談室の三浦です。
お問い合わせいただいた血圧計「ハートリム700」の校正について、ご案内いたします。

料金：3,300円（税込・往復送料込み）
期間：製品が修理センターに届いてから、7日以内にご返送します
方法：同封する専用の箱に入れて、宅配便でお送りください（集荷の手配は不要です）

校正の間は血圧計をお使いいただけませんので、毎日測定されている場合は、
代わりの血圧計を無料でお貸しします。ご希望の場合は、お申し込みの際にお知らせください。

お申し込みは、このメールへのご返信で承ります。

ハートリム お客様相談室
三浦 亜紀
""", []),
    ("en", "Exporting your readings for your doctor",
     """Hi Mr Delgado,

Thanks for your message. You can export all your readings as a PDF for Dr Chen from the History screen of the Cardiora app. The share icon in its top right corner lets you pick a date range (for example, the last 30 days) and PDF as the format; you can then send the file by email or save it to your phone to show at your appointment.

The PDF lists each reading with the date, time and pulse, plus a weekly average, which is the format most GPs ask for. If the share icon doesn't appear, reply to this email and I'll generate the report for you from our side within one working day.

All the best,
Rosa
Cardiora Support
""", []),
    ("en", "A message from Cardiora",
     """Dear Cardiora customer,

At Cardiora, we believe that understanding your heart health should be simple. Since 2012 we have helped more than two million people take control of their blood pressure at home, and our monitors are now recommended by pharmacists across the country.

This year we've redesigned our app with larger buttons and a new weekly summary, and we've opened a second support centre so you can reach us on Saturdays.

We have identified that some BP-300 monitors made between March and May may show readings that are up to 15 mmHg too low. If your serial number begins with 24C, please stop relying on it and contact us for a free replacement.

Thank you for choosing Cardiora.
""", ["purpose_not_upfront"]),
]

MAILS = [
    ("ja", "父の血圧計の数値について",
     """ハートリム　お客様相談室様

一人暮らしの父（82歳）が使っているハートリム700のことでご相談です。
今朝から何度測っても上が210前後と表示されると、さきほど父から電話がありました。
いつもは140くらいです。本人は少し頭が重いと言っています。

機械が壊れているのか、本当に血圧が高いのか判断がつきません。
機械の故障で高く出ることはありますか。
父の家まで車で２時間かかるので、どうしたらいいか迷っています。
なるべく早くお返事をいただけると助かります。

島田 恵美
""", "high", "anxious", False),
    ("ja", "体温計の電池が膨らんでいます",
     """お世話になっております。
御社の充電式体温計（HT-20）を使っています。
本日、充電台に置いていた本体の裏ぶたが浮き上がっていて、触るとかなり熱くなっていました。
電池が膨らんでいるようです。

すぐに充電台から外し、陶器の皿の上に置いています。
このあとどう扱えばよいか、捨て方も含めて教えてください。
同じ型の体温計を、子どもの保育園用にもう一台持っています。

坂本
""", "high", "neutral", False),
    ("ja", "明日の診察に記録が必要です",
     """アプリを更新したら、これまで2年分の血圧の記録が全部消えました。
11月19日と20日に問い合わせフォームから連絡しましたが、返事がありません。

明日の午前中に循環器内科の診察があり、先生に家庭血圧の記録を見せることになっています。
薬を変えるかどうかを、その記録で決めると言われています。
今日中に、記録を戻す方法か、せめてどうなっているのかを教えてください。

三上 博
""", "high", "angry", False),
    ("ja", "買って１か月でエラーばかりです",
     """先月買ったばかりの血圧計ですが、３回に１回はエラーが出て図れません。
説明書のとうりに腕帯を巻いてます。
安い買い物ではなかったのに、これでは毎朝イライラします。
交換してもらえるんですよね？

型番：ハートリム500
""", "normal", "angry", False),
    ("ja", "病院の数値との違いについて",
     """いつも使わせていただいています。
家で測ると上が125くらいなのに、病院で測ると150を超えてしまいます。
先生からは「家でもっと高いはずだ」と言われ、薬を増やすかもしれないと言われました。
どちらの数値が正しいのでしょうか。
私の測り方が悪いのか、機械がずれているのか、わからなくなって不安です。

山崎 和子
""", "normal", "anxious", False),
    ("ja", "腕帯の大きいサイズについて",
     """ハートリム700を使っています。
主人の腕が太く、付属の腕帯だと巻きにくいそうです。
大きめのサイズの腕帯は別売りでありますか。
ある場合、品番と価格を教えてください。
""", "normal", "neutral", False),
    ("ja", "E2",
     """E2って出ます
""", "normal", "neutral", True),
    ("ja", "母が喜んでいます",
     """ハートリム様

母の誕生日にハートリムSを贈りました。
ボタン１つで測れて、数字も大きいので、目の悪い母でも一人で使えています。
毎朝測った数値をLINEで送ってくるようになりました（笑）。
遠くに住む義母にも同じものを贈りたいのですが、
御社のオンラインショップから、ギフト包装で直接送ることはできますか。

田中 由美子
""", "normal", "positive", False),
    ("ja", "次のモデルへの要望",
     """使い始めて３年になります。特に不満はないのですが、ひとつ要望です。
朝、暗い寝室で測ることが多いので、画面にバックライトがあるとうれしいです。
次の新製品を作るときにでも、ご検討いただければ。
""", "low", "neutral", False),
    ("ja", "校正の時期について",
     """家庭用の血圧計は、何年くらいで校正に出すのがよいのでしょうか。
今使っているものは購入して４年目で、特に不具合は感じていません。
急ぎではありませんので、目安だけ教えていただければ幸いです。
""", "low", "neutral", False),
    ("en", "Husband's readings very low and he's dizzy",
     """Hi,

My husband has been using the Cardiora BP-300 for a few months. Tonight it's reading 84/49, twice in a row, and he says he feels dizzy and a bit clammy. He started a new blood pressure tablet on Monday.

Is there any way the monitor could be giving low readings by mistake? I've seen something online about a fault with some BP-300s. I need to know whether I can trust this number before I decide what to do, so I'd be grateful for a reply tonight.

Carol Whitaker
""", "high", "anxious", False),
    ("en", "Charged £39.99 for 'Cardiora Plus' without asking",
     """Hello,

I've just noticed a £39.99 charge from Cardiora on my card. Apparently the free trial of "Cardiora Plus" that the app pushed on me last year turned into an annual subscription. I never got a reminder that it was about to renew, and I never used any of the Plus features.

I'd like it cancelled and refunded. Frankly, it's a cheap trick for a health company.

Brian Hollis
""", "normal", "angry", False),
    ("en", "Pairing with my new phone",
     """Hello,

I've switched from an iPhone to an Android phone and can't get my
BP-500 to pair with the Cardiora app. The monitor shows the
Bluetooth symbol flashing, but the app never finds it. Will my old
readings transfer across as well?

Thanks,
Ahmed
""", "normal", "neutral", False),
    ("en", "Cuff size",
     """Hi, my upper arm measures about 38 cm. Will the standard cuff fit or do I need the large one? Thanks, Jo
""", "normal", "neutral", False),
    ("en", "Is the BP-500 clinically validated?",
     """Hello Cardiora,

Purely out of curiosity: has the BP-500 been independently validated, and if so, against which protocol? My GP mentioned the British and Irish Hypertension Society list and I couldn't spot it there. No hurry on this.

Regards,
Martin Shaw
""", "low", "neutral", False),
]
