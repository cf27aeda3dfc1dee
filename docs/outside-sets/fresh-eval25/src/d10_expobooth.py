from common import s, d, m
DOMAIN = "expobooth"
MEANING = "trade-show booth design and construction (B2B: drawings, graphics, build-up, dismantling, storage)"

SENTS = [
    s("ja", "ブースの図面は、会期の30日前までに主催者へ提出する必要があります。"),
    s("ja", "電気容量の申請書を、明日までにこちらへ送ってください。", "IR"),
    s("ja", "追加の照明は、数によってはそこそこの費用になります。", "V"),
    s("ja", "搬入の時間帯が取れるかどうかは主催者次第ですので、私どもにはわかりません。", "U"),
    s("ja", "そもそも、こんな直前になって仕様を変えること自体が非常識です。", "C"),
    s("ja", "ロゴデータはaiかeps形式でいただけますか。印刷所でそのまま出力できる形式が必要なためです。"),
    s("ja", "施工中の破損は、ご指示どおりに作った結果ですので、当社の責任ではございません。", "C"),
    s("ja", "壁面の高さは会場の規定で2,700mmが上限のため変更できませんが、グラフィックの配置を変えて製品写真を大きく見せる案でしたらご提案できます。"),
    s("ja", "会場の床荷重は1平方メートルあたり500kgまでで、大型モニターの架台もこの範囲に収まるよう設計しています。"),
    s("ja", "お見積書は、近日中にお送りします。", "V"),
    s("ja", "展示品の輸送は当社では扱っておりませんので、ご自分で手配してください。", "DI"),
    s("ja", "来週の打ち合わせまでに、出展製品の寸法の一覧をご用意いただけますか。", "R"),
    s("ja", "撤去作業が予定より延びる可能性はありますが、会場の退館時刻の22時までには必ず終わらせます。"),
    s("ja", "会期中の不具合に対応できるかどうかは、何とも言えません。", "U"),
    s("en", "Final artwork is due on May 2, so the print shop has five working days before install."),
    s("en", "Get us the electrical order form by noon.", "IR"),
    s("en", "Changing the layout two days before the show is still possible, but the new panels would cost $1,200 and arrive on the morning of the opening."),
    s("en", "Rigging permits aren't our department; talk to the venue.", "DI"),
    s("en", "The extra carpet will cost a little more.", "V"),
    s("en", "We don't know whether the hall will allow a second storey.", "U"),
    s("en", "Could you confirm the crew badge names by Friday? The organiser won't let our builders in without them."),
]

DRAFTS = [
    d("ja", "搬入証の件", """
株式会社ノードテック　広報部　谷口様

ブースワークスの堀です。
搬入証をお送りしますので、印刷して当日持ってきてください。
車両の入場は7時からで、トラックは東ゲートからになります。
ブースの組み立ては前日に当社で終わらせております。

ブースワークス　堀
""", "IR"),
    d("ja", "【ご確認のお願い】追加照明のお見積もり（本日17時まで）", """
株式会社ミツバ精機　営業企画部　杉山様

ブースワークスの堀です。
本日の現場確認でご要望いただいた、製品展示台のスポットライト追加について、お見積もりをお送りします。

・LEDスポットライト 6灯（取付・配線込み）：54,000円（税別）
・電気容量の追加申請手数料：8,800円（税別）

主催者への電気容量の追加申請が本日17時で締め切られるため、17時までにメールで「承認」とご返信いただけますでしょうか。締切を過ぎますと、会期中の追加はできなくなります。

ブースワークス　堀
"""),
    d("ja", "撤去作業完了のご報告", """
株式会社ノードテック　広報部　谷口様

ブースワークスの堀です。
本日21時20分に、東京国際展示場での撤去作業がすべて完了しました。
壁面パネルと展示台は当社倉庫で保管し、来年の展示会で再利用できるよう点検しておきます。グラフィックのシートは傷みがあるため処分いたしました。

保管料は年額36,000円（税別）で、来月の請求書に含めてお送りします。不要な場合は1月末までにお知らせいただければ、保管を取りやめて処分いたします。

会期中は大変お世話になりました。
ブースワークス　堀
"""),
    d("ja", "ご来場の前にお願いしたいこと（会場の入館手続き）", """
株式会社アルテ食品　営業部　石田様

ブースワークスの堀です。
6月4日（火）の施工立ち会いにあたり、会場の入館手続きについてお知らせします。

会場では施工期間中も入館証の確認があり、事前登録のない方は入れません。そのため、立ち会いにいらっしゃる方のお名前を5月30日までにお知らせいただけますでしょうか。当社からまとめて主催者に登録いたします。

当日は北館の搬入口にお越しいただければ、担当の小林がお迎えにあがります。

ブースワークス　堀
"""),
    d("en", "Your booth graphics proof — approval needed by Wednesday", """
Hi Laura,

Attached is the final proof for the back wall and counter graphics for Stand B214 at MedTech Expo.

Please check the phone number on the counter panel in particular; it's the one item we retyped from your PDF. If everything looks right, reply "approved" by Wednesday 5 p.m. — the printer needs two working days before we ship to the venue on Monday.

Best,
Aaron
Standworks
"""),
]

MAILS = [
    m("ja", "明日の搬入車両の入館証について", """
ブースワークス　堀様

お世話になっております。ノードテックの谷口です。
明日朝8時からの搬入の件ですが、トラックの入館証がまだ届いておりません。
会場の事務局に問い合わせたところ、入館証がない車両は搬入口に入れないとのことでした。
展示機材を積んだトラックは明朝6時に倉庫を出ます。
本日中に入館証をいただけるか、別の手段があるかご教示ください。

株式会社ノードテック　広報部　谷口
""", "h", "ne"),
    m("ja", "ブースの照明が点きません", """
ブースワークス　ご担当者様

本日が会期初日です。
朝からブース正面の照明の半分が点いていません。
現場にいたスタッフの方に2回お伝えしましたが、「確認します」と言ったきり戻ってきません。
もうお客様が来場されていて、主力製品の展示台が暗いままです。
出展料だけで200万円かかっているのに、これでは出展した意味がありません。
今すぐ誰か来てください。

株式会社ミツバ精機　営業企画部　杉山
""", "h", "an"),
    m("ja", "Ｆｗｄ: 【事務局】小間装飾の高さ超過について", """
堀様

主催者から以下の連絡がありました。
明日の正午までに修正後の図面を出さないと、出展を認めないと書かれています。
どうすればいいでしょうか。社内でも大騒ぎになっていて、正直、頭が追いついていません。

アルテ食品　石田

---------- Forwarded message ---------
From: 展示会運営事務局
件名: 【事務局】小間装飾の高さ超過について

株式会社アルテ食品　ご担当者様

ご提出いただいた小間装飾図面について、
壁面の高さが規定の2,700mmを超える3,000mmとなっております。
明日正午までに修正図面をご提出いただけない場合、
出展をお断りする場合がございますのでご了承ください。
""", "h", "ax"),
    m("ja", "来年の展示会のお見積もり依頼", """
株式会社ハルカ工業の森です。
来年5月の機械要素技術展に、3小間（9m×3m）で出展する予定です。
今年と同程度の仕様で、お見積もりをお願いできますでしょうか。
社内の予算申請の締切が来月末です。
""", "n", "ne"),
    m("ja", "展示会のお礼", """
ブースワークス　堀様

先日の展示会では大変お世話になりました。
ブースのデザインがとても好評で、昨年の倍近い名刺をいただくことができました。
社長も喜んでおり、来年もぜひ御社にお願いしたいと申しております。
取り急ぎ、お礼まで。

ノードテック　谷口
""", "n", "po"),
    m("ja", "請求書の内容について", """
堀様

本日届いた請求書を確認しましたところ、「夜間作業費 120,000円」という項目が入っております。
お見積もりの段階ではこのような項目はなく、夜間作業が必要になるというご説明もいただいておりません。
事前の説明なく請求されても、社内で説明ができません。
この項目を外した請求書を再発行してください。

株式会社ミツバ精機　杉山
""", "n", "an"),
    m("ja", "保管しているパネルの再利用", """
昨年の展示会で使ったパネルを御社で保管していただいていると思います。
今年の秋の展示会でも使えるでしょうか。状態を確認していただけますか。
""", "n", "ne"),
    m("ja", "ブースの件", """
あれ、間に合いますか？ちょっと心配になってきました。
""", "n", "ax", True),
    m("ja", "施工事例の資料について", """
来期の展示会出展を検討している段階です。
御社の施工事例の資料があれば、送っていただけますか。
社内で検討を始めるのは年明けになりそうですので、いつでも結構です。
""", "l", "ne"),
    m("ja", "アンケートへの回答", """
展示会後のアンケートをいただいたので、こちらで回答します。
全体としては問題ありませんでしたが、打ち合わせの議事録が届くまでに毎回1週間ほどかかっていたのが少し気になりました。
次回以降の参考にしていただければと思います。
""", "l", "ne"),
    m("en", "Our crates are still in your warehouse?", """
Hi Aaron,

The show opens at 9 tomorrow morning. Our freight company just called to say the two crates with our graphics and demo monitors are still sitting in your warehouse, because they were never released for pickup.

Installation closes at 8 tonight. Can you release them now, or get them to the venue yourselves?

Sophie Grant
Kinetic Labs
""", "h", "ne"),
    m("en", "First time exhibiting - worried about costs", """
Hello,

We're a five-person startup and this will be our first trade show. Our budget for the whole thing is about $12,000 and, to be honest, I'm worried about hidden costs - electricity, carpet, rigging, things I don't even know to ask about.

Could you give us a realistic picture before we commit? I really don't want a nasty surprise after the show.

Thanks,
Ravi
""", "n", "ax"),
    m("en", "\"Rush handling\" on our invoice", """
Our invoice includes $2,300 for "rush handling". Nobody mentioned rush handling at any point, and we delivered every file on the dates you set.

Please remove it and reissue the invoice. I'm not approving payment until you do.

Mark Ellison
Director of Marketing, Pinewood Instruments
""", "n", "an"),
    m("en", "Storing the booth for next year", """
Hi, can you store our booth walls and counter until next year's show? What would that cost per month, and do you check the parts before sending them out again? - Laura
""", "n", "ne"),
    m("en", "Modular options for 2026", """
Hello,

We're starting to think about our 2026 show calendar. Do you offer modular booths that can be reconfigured for different stand sizes? We won't make any decisions before the autumn, so please don't feel you need to reply quickly.

Best regards,
Hannah Vogt
""", "l", "ne"),
]
