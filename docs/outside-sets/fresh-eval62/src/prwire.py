DOMAIN = "prwire"
MEANING = "press-release distribution service for companies (プレスリリース配信サービス)"

S = [
    ("ja", "審査は、現在お預かりしている案件が一巡したところで着手いたします。", ["vague"]),
    ("ja", "ご入稿が配信予定時刻の30分前でしたので、審査が間に合わなかったのはやむを得ないことかと存じます。", ["condescending"]),
    ("ja", "配信料金の返金のご要望につきましては、貴重なご意見として今後のサービス改善に役立てさせていただきます。", ["dismissive"]),
    ("ja", "掲載の可否は各媒体の編集判断で、当社からお約束はできません。その代わり、配信後48時間の媒体別の閲覧数を、3月12日にレポートでお送りします。", []),
    ("ja", "画像は横1200ピクセル以上にして入稿し直してください。", ["imperative", "request_without_reason"]),
    ("ja", "訂正版の再配信は、元の配信から24時間以内であれば無料、それ以降は1回11,000円（税込）です。", []),
    ("ja", "配信レポートの閲覧数がなぜ急に減ったのかは、こちらでも見当がつきかねます。", ["unknown_without_followup"]),
    ("ja", "タイトルに誇張した表現が多いとどの媒体にも相手にされませんので、そのあたりはご理解いただきたいところです。", ["condescending"]),
    ("ja", "取り下げのご依頼は承りますが、すでに転載された記事につきましては、私どもの関知するところではございません。", ["dismissive"]),
    ("ja", "ご契約の更新前に、御社の広報ご担当者全員の携帯電話番号をお知らせいただけますか。", ["request_without_reason"]),
    ("ja", "月額プランへの切り替えについては、次の請求の締めが近づいた頃に改めてご案内します。", ["vague"]),
    ("ja", "エンバーゴ付きの配信では、解禁時刻を日本時間でご入力いただく必要があります、システムが海外の各地域の時刻に自動で変換し、同じ瞬間に一斉に届けるためです。", []),
    ("ja", "原稿チェックで修正が必要なのは、見出しの「日本初」に根拠が示されていない1点だけです。調査の出典を1行加えていただければ、そのまま配信できます。", []),
    ("en", "There'll be a modest uplift on your plan at renewal.", ["vague"]),
    ("en", "Formatting problems on partner sites are down to the partner sites.", ["dismissive"]),
    ("en", "We can't distribute a release that names a competitor's product in the headline, because our partner sites reject comparative claims; if you move the comparison into the body and attach the test data, it can still go out in the 9 a.m. slot.", []),
    ("en", "Shorten the headline to 90 characters and resubmit.", ["imperative", "request_without_reason"]),
    ("en", "I honestly couldn't say which journalists opened it.", ["unknown_without_followup"]),
    ("en", "Releases submitted after 4 p.m. on a Friday are reviewed first thing Monday, so yours will go out at 9:15 a.m. Monday unless you'd prefer the 11 a.m. slot.", []),
]

D = [
    ("ja", "【お詫び】解禁前配信（3月4日 9:00予定分）の経緯とご報告",
     """株式会社アオバ製薬
広報部 山口様

いつもご利用いただき、ありがとうございます。ニュースリンクの配信担当、中野です。
3月4日（火）9時解禁で承っておりました新製品のリリースが、前日3月3日の18時に一部の媒体へ配信されてしまいました。解禁時刻を守るというお約束を果たせず、誠に申し訳ございません。

原因は、当社担当者が配信予約を登録する際、日付を「3月3日」と入力し、予約内容の確認を担当者本人だけで済ませていたことです。

誤配信に気づいた18時12分に配信を停止し、受信した27媒体すべてに、3月4日9時までの掲載見合わせを電話とメールでお願いしました。19時30分までに全媒体から了承の回答を得ており、解禁前に掲載された記事はございません。今回の配信料金はご請求いたしません。

今後は、エンバーゴ付きの配信予約は必ず別の担当者が日時を確認し、二人の確認が済むまで予約が確定しない仕組みに変更しました（3月5日から運用）。

重ねてお詫び申し上げます。

株式会社ニュースリンク
配信管理部 中野 聡子
""", []),
    ("ja", "配信遅延のお詫び",
     """株式会社ひだまりフーズ
広報ご担当 岡本様

ニュースリンクの中野です。
昨日10時にお約束していたプレスリリースの配信が、11時20分となりました。ご迷惑をおかけし、大変申し訳ございませんでした。

配信が遅れた分の料金として、次回の配信1回分を無料とさせていただきます。
今後はこのようなことのないよう、配信前の確認の手順を見直し、予約時刻の10分前に担当者が配信状況を確認する体制にいたしました。

今後ともよろしくお願いいたします。
中野
""", ["apology_incomplete"]),
    ("ja", "ご入稿いただいたリリースの修正のお願い（配信予定：5月20日 11:00）",
     """株式会社ひだまりフーズ
広報ご担当 岡本様

ニュースリンクの中野です。
5月20日（火）11時配信予定のリリースについて、審査で1点修正が必要となりましたのでご連絡します。

見出しの「業界No.1の売上」について、根拠となる調査名と調査時期を本文中に記載していただけますでしょうか。景品表示法の観点から、根拠の示されていない「No.1」表記は当社の配信基準で掲載できないためです。

5月19日（月）17時までに修正版をご入稿いただければ、予定どおり20日11時に配信できます。間に合わない場合は、見出しから「No.1」を外した形で配信することもできますので、どちらにされるかお知らせください。

中野 聡子
""", []),
    ("en", "Your release is scheduled: Tuesday 14 May, 8:00 a.m. ET",
     """Hi Daniel,

Your release "Lumen Health raises $12M Series A" passed review and is scheduled for Tuesday 14 May at 8:00 a.m. Eastern, going to our US Health & Biotech list (1,240 outlets) plus the general business wire.

Two things to check before then:
- The dateline says Boston, but your media contact lists a San Francisco number. If that's intentional, no action needed.
- The embargo field is empty, so outlets can publish the moment they receive it. If you need an embargo, let me know by 5 p.m. on Monday and I'll add one.

You'll get a pickup report 48 hours after distribution.

Best,
Karen Liu
Distribution Editor, WireBridge
""", []),
    ("en", "Re: Correction to yesterday's release",
     """Hi Amit,

Your corrected release went out at 10:42 this morning to the same 860 outlets, with "CORRECTION" added to the headline as our partner sites require. There's no charge, because you asked within 24 hours of the original.

I can't pull the original version from outlets that have already republished it, since each site controls its own pages. What I can do is send a note to the 14 sites that ran it, asking them to swap in the corrected text; I'll send those today and copy you in.

Karen
""", []),
]

M = [
    ("ja", "解禁前に記事が出ています",
     """ニュースリンク 御中

株式会社アオバ製薬 広報部の山口です。
明日9時解禁でお願いしている決算関連のリリースの内容が、今、ネットのニュースサイトに出ています。
当社は上場しており、適時開示の前に情報が出ることは取引所の規則上の問題になります。
配信の設定がどうなっていたのか、すぐに確認していただき、30分以内にお電話をください。
03-5521-8870（山口）""", "high", "anxious", False),
    ("ja", "配信したリリースに個人の電話番号が",
     """中野様

本日10時に配信していただいたリリースの末尾に、当社社員の個人の携帯番号がそのまま載っていました。
原稿の段階で消し忘れたのはこちらの落ち度ですが、すでに多くの媒体に届いています。
本人は今朝から知らない番号からの着信が続いていて、かなり参っています。
配信先への差し替え依頼など、今日のうちにできることを教えてください。

ひだまりフーズ 岡本""", "high", "anxious", False),
    ("ja", "Re: Re: 配信レポートの数値について（再々送）",
     """ニュースリンク サポート様

> 先月の配信レポートで、閲覧数がすべて「0」と表示されています。
> 集計の誤りではないかと思いますので、ご確認いただけますでしょうか。（4月3日送信）

先月の配信レポートの閲覧数がゼロになっている件、4月3日、4月10日とお問い合わせしていますが、お返事がありません。
社内の役員会にこの数値を報告する必要があり、すでに一度報告を先延ばしにしています。
このまま放置されるのであれば、来期の契約は見直させていただきます。""", "high", "angry", False),
    ("ja", "配信プランについて",
     """はじめまして。
来月から新しい商品を出すので、プレスリリースの配信を検討しています。
1回だけの配信と、月額のプランとで、何が違うのか教えていただけますか。""", "normal", "neutral", False),
    ("ja", "審査",
     """審査まだですか""", "normal", "neutral", True),
    ("ja", "配信先の業種について",
     """来週配信予定のリリースですが、食品業界の媒体だけでなく、子育て系の媒体にも届けたいと考えています。
配信先に追加することはできますか。""", "normal", "neutral", False),
    ("ja", "原稿チェックのコメントについて",
     """先日の原稿チェックで、「表現が大げさ」とだけコメントが返ってきました。
どの部分がどう大げさなのか書いていただかないと、直しようがありません。
こちらも初めての配信で手探りなので、もう少し具体的に教えていただけると助かります。""", "normal", "angry", False),
    ("ja", "初めての配信で不安です",
     """小さなパン屋を営んでおります。
初めてプレスリリースというものを書いてみたのですが、これで失礼がないのか、記者の方に読んでもらえるのか、まったく自信がありません。
配信の前に一度見ていただくことはできますか。配信は来月の予定です。""", "normal", "anxious", False),
    ("ja", "先日の配信のお礼",
     """先日配信していただいたリリースが、地元の新聞とウェブメディア2社に取り上げられました。
おかげさまで問い合わせが増えています。ありがとうございました。""", "low", "positive", False),
    ("ja", "請求書の形式について（ご参考）",
     """いつもお世話になっております。
請求書のPDFに、配信したリリースのタイトルも記載されていると、経理での照合が楽になります。
今後のご検討の材料にしていただければと思い、お送りしました。お返事はいりません。""", "low", "neutral", False),
    ("en", "Wrong figures in our earnings release",
     """Karen,

The release you distributed for us at 7:00 this morning states Q3 revenue as $48.2M. The correct figure is $42.8M — the digits were transposed in the version we uploaded. We're a listed company, the market opens at 9:30, and two outlets have already run the wrong number.

I need a correction out before the open. What's the fastest way to do that? I'm on 617-555-0148.

Daniel Cho
VP Communications, Lumen Health""", "high", "neutral", False),
    ("en", "Pricing for nonprofits",
     """Hello, we're a small literacy charity. Do you offer reduced rates for registered nonprofits? We'd send maybe four releases a year. Thank you, Grace""", "normal", "neutral", False),
    ("en", "About your 'analytics'",
     """Your pickup report says our release reached 'an estimated audience of 48 million'. Our website traffic that day rose by eleven visits. I'm not sure whose audience that was, but I'd appreciate a breakdown I can actually take to my board.

Amit Rao""", "normal", "angry", False),
    ("en", "Ugh",
     """help""", "normal", "anxious", True),
    ("en", "Feedback on the editor",
     """Hi — the new release editor is lovely to use. One small wish for a future update: a word count under the headline box. No reply needed. Best, Jo""", "low", "positive", False),
]
