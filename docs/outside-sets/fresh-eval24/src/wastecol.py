# wastecol = industrial waste collection and transport (産業廃棄物の収集運搬: 事業所・飲食店・工場)
from _common import S, D, M

DOMAIN = "wastecol"

SENTS = [
    S("ja", "マニフェストの書き方は講習で習われているはずですので、基本的なところは御社でご対応ください。", "c"),
    S("ja", "分別ができていないコンテナは回収しないと何度もお伝えしていますが、まだご理解いただけていないようですね。", "c"),
    S("ja", "廃プラと木くずが混ざっている場合は、通常より割高な処理費になります。", "v"),
    S("ja", "コンテナの入れ替えは、近いうちに伺えるよう調整いたします。", "v"),
    S("ja", "カラスに荒らされるのを防ぐため、回収日の前日からはコンテナの蓋を閉めておいていただけますか。"),
    S("ja", "雨水が入ると重量が増えて処理費が上がりますので、コンテナには必ずシートをかけておいてください。", "i"),
    S("ja", "契約更新の際に、直近1年の排出量を月ごとにまとめた表をご用意いただけますでしょうか。", "r"),
    S("ja", "塗料缶が受け入れ可能かどうかは、私どもでは判断いたしかねます。", "u"),
    S("ja", "回収車の音がうるさいとのことですが、法令の範囲内で運行しておりますので、特にお話しすることはございません。", "d"),
    S("ja", "運搬の途中で何か起きても、それは処分場側の問題ですので当社は関知いたしません。", "cd"),
    S("ja", "4トン車1台分の回収費用は、運搬費38,000円に、処分費が1トンあたり22,000円かかります。"),
    S("ja", "受け入れの可否は処分場での成分確認しだいのため、SDS（安全データシート）をお送りいただければ3営業日以内にお返事します。"),
    S("ja", "次回の回収は6月17日（火）の朝7時から9時の間に伺います。"),

    S("en", "Your bins were contaminated again, which is exactly what we warned you about last month.", "c"),
    S("en", "There may be a modest surcharge for mixed loads.", "v"),
    S("en", "I don't know when the landfill will reopen.", "u"),
    S("en", "Collection noise isn't something we're going to discuss further.", "d"),
    S("en", "Please label each drum with the product name; the treatment plant turns away unlabelled drums, and you'd be charged for the return trip."),
    S("en", "Your next collection is Tuesday 11 June between 7 and 9 am."),
    S("en", "The landfill hasn't given a reopening date yet; we'll divert your loads to the Ashford site in the meantime and update you on Friday."),
]

DRAFTS = [
    D("ja", "6月10日の回収漏れについてのお詫び", """
有限会社トラットリア・ソーレ
店長 杉本様

いつもお世話になっております。エコ運輸の長谷部です。

6月10日（火）の定期回収で、貴店の生ごみコンテナを回収せずに通過してしまいました。
ご迷惑をおかけし、大変申し訳ございません。

原因は、今月からルートを組み替えた際に、貴店の回収予定が新しいルート表に転記されていなかったことでした。
今後はルートを変更する際に、変更前と変更後の回収先の件数を2名で照合してから運行いたします。

重ねてお詫び申し上げます。

エコ運輸株式会社 長谷部
""", "A"),
    D("ja", "門扉の閉め忘れについてのお詫び", """
株式会社北斗製作所
総務課 三浦様

いつもお世話になっております。エコ運輸の長谷部です。
6月4日（水）早朝の回収の際、当社の乗務員が貴社資材置き場の門扉を閉め忘れたまま退出しておりました。誠に申し訳ございません。

乗務員に確認したところ、コンテナの積込み後に後続車の誘導を優先し、門扉の施錠確認を飛ばしてしまったことが原因でした。
当日9時に三浦様からご連絡をいただいた後、私が現地で資材の数と置き場の状態を確認し、紛失や破損がなかったことを三浦様と一緒に確認させていただきました。
今後は、退出時に門扉の施錠を写真で記録し、運行管理者が確認する手順に改めました。全乗務員への周知も6月5日に済ませております。

今後とも、どうぞよろしくお願いいたします。

エコ運輸株式会社
収集課 長谷部 亮
TEL 045-5xx-8820
"""),
    D("ja", "お知らせ", """
お取引先各位

平素より格別のお引き立てを賜り、誠にありがとうございます。
昨今の燃料価格の高騰や、処分場の受入単価の上昇など、私ども収集運搬業界を取り巻く環境は年々厳しさを増しております。
当社におきましても、車両の低燃費化や配車の効率化など、さまざまな努力を重ねてまいりました。
また、本年度からはリサイクル率の向上を目指し、分別指導にも力を入れております。

つきましては、同封の新しい契約書2部にご記名・ご捺印のうえ、7月31日までに1部をご返送くださいますようお願い申し上げます。

エコ運輸株式会社
""", "F"),
    D("ja", "【お見積り】事務所移転に伴う廃棄物回収（6月28日）", """
株式会社リンクス
総務部 田辺様

お問い合わせいただきありがとうございます。エコ運輸の長谷部です。
6月28日（土）の事務所移転に伴う回収について、お見積りをお送りします。ご依頼いただける場合は、車両の手配のため6月20日（金）までにご連絡いただけますでしょうか。

・2トン車2台（運搬費）：64,000円
・処分費（混合廃棄物 約1.5トン見込み）：33,000円
合計：97,000円（税別）

処分費は実際の計量結果で精算いたします。1.5トンを超えた場合は、1トンあたり22,000円で加算となります。
ご不明な点は、どうぞお気軽にお問い合わせください。

エコ運輸株式会社 長谷部
"""),

    D("en", "Missed collection on 10 June", """
Dear Mr Patel,

I'm very sorry that your skip at Unit 4 was not collected on Tuesday as scheduled.

We sent a truck out on Wednesday at 7 am to empty it, and your next collection on 17 June is confirmed. To make sure this doesn't happen again, the driver's route sheet is now checked against the booking system every morning before the trucks leave.

Apologies again for the inconvenience.

Karen Holt
Greenline Waste Services
""", "A"),
    D("en", "Collection day changes to Thursdays from 3 July", """
Dear Ms Adeyemi,

From 3 July your weekly collection moves from Tuesday to Thursday, at the same time (7-9 am). You don't need to do anything unless Thursday mornings don't work for you.

We're rerouting our trucks around the new Ringway bridge works, which close our Tuesday route until December. If Thursday is a problem, reply by 27 June and we'll offer you a Wednesday afternoon slot instead.

Kind regards,
Karen Holt
Greenline Waste Services
"""),
]

MAILS = [
    M("ja", "回収に来ていません（先週もお電話しました）", """
エコ運輸 御中

焼肉 大和屋 の店主の山内です。
先週の金曜にもお電話でお伝えしましたが、今週も火曜・木曜と生ごみの回収に来ていません。
裏口のコンテナ2台が満杯で、入りきらない分を袋のまま置いており、この暑さで臭いもひどくなっています。

明日の午後、保健所の立ち入り検査があります。
このままでは営業に支障が出ますので、今日中に回収に来ていただけるのか、何時になるのかを必ずご連絡ください。

焼肉 大和屋 山内
携帯 090-xxxx-5521
""", "high", "angry"),
    M("ja", "回収時に廃液がこぼれた件", """
エコ運輸 長谷部様

お世話になっております。北斗製作所の三浦です。
今朝8時ごろの回収の際、廃油のドラム缶を積み込むときに中身が少しこぼれたようで、構内の側溝に黒い油が流れ込んでいるのを、さきほど社員が見つけました。

側溝はそのまま敷地外の水路につながっています。
応急で吸着マットを置いていますが、どこまで流れたのかわからず、どう対処すればよいのか、行政に届け出が必要なのかもわかりません。
お手数ですが、すぐに状況を確認しに来ていただけないでしょうか。

北斗製作所 総務課 三浦
""", "high", "anxious"),
    M("ja", "コンテナ入れ替えのお願い（6/13まで）", """
長谷部様

いつもお世話になっております。丸栄化工の坂口です。
第1工場の金属くずコンテナが9割ほど埋まってきました。
６／１３（金）までに入れ替えていただけないと、切削ラインから出る切粉の置き場がなくなり、ラインを止めることになります。
12日か13日の午前で入れ替えに来ていただける日をご連絡いただけますか。

丸栄化工 坂口
""", "high", "neutral"),
    M("ja", "事務所移転時の廃棄物について", """
エコ運輸 ご担当者様

8月に事務所を移転する予定で、机・椅子・キャビネットなどの廃棄を検討しております。
おおよその量は2トントラック1台分くらいかと思いますが、回収していただけるか、費用の目安を教えていただけますでしょうか。

株式会社リンクス 総務部 田辺
""", "normal", "neutral"),
    M("ja", "回収", """
お世話になっております。
来週の件ですが、やっぱり前に言っていたほうでお願いできますか。
こちらはいつでも大丈夫ですので、よろしくお願いします。

丸栄化工 坂口
""", "normal", "neutral", True),
    M("ja", "5月分請求書について", """
経理ご担当者様

5月分のご請求をお支払いした後に気づいたのですが、5月20日（火）の回収分4,400円が計上されていました。
その日は祝日でもないのに回収車が来ず、こちらからお電話して翌日に来ていただいた日です。
来なかった日の分までしっかりご請求いただけるとは、ずいぶん商売上手でいらっしゃいますね。

6月分の請求で差し引いていただければ結構ですので、対応をお願いします。

トラットリア・ソーレ 杉本
""", "normal", "angry"),
    M("ja", "マニフェストの管理について教えてください", """
はじめまして。4月から総務に異動になり、産業廃棄物の担当を引き継いだ者です。
前任者が退職してしまい、マニフェストの保管方法や、年に一度の報告が必要なのかどうかもわからない状態です。
知らないうちに法律違反をしていて罰則を受けるのではないかと思うと、夜も気になってしまいます。

お忙しいところ恐縮ですが、排出事業者として最低限やらなければいけないことを教えていただけないでしょうか。

株式会社ナカノ食品 総務部 堀
""", "normal", "anxious"),
    M("ja", "回収曜日の変更について", """
お世話になっております。
来月（7月）から店の定休日が火曜日に変わるため、回収日を火曜から水曜に変更していただくことは可能でしょうか。
難しければ火曜のままでも、裏口のコンテナを出しておけば大丈夫です。

カフェ・ミモザ 大塚
""", "normal", "neutral"),
    M("ja", "ドライバーさんへのお礼", """
いつも回収に来てくださる、背の高いドライバーさん（お名前を伺いそびれました）にお礼を伝えてください。
先日、店の前で転んだ近所のおばあさんを、作業の手を止めて助け起こしてくださいました。
いつも挨拶も気持ちよく、本当にありがたく思っています。

パン工房こむぎ 村田
""", "low", "positive"),
    M("ja", "古いオフィスチェアの回収について", """
お世話になっております。
年度末あたりに、古くなったオフィスチェアを20脚ほど入れ替えようかと検討しています。
その際に回収をお願いできるのかどうか、わかる範囲で教えていただければと思います。
まだ検討の段階ですので、急ぎません。

北斗製作所 三浦
""", "low", "neutral"),

    M("en", "Third email - skips still not emptied", """
To whoever is reading this,

This is my third email this week. Our two skips behind the restaurant have not been emptied since the 2nd, they're overflowing into the alley, and we've had rats in the yard twice.

The council's environmental health officer is inspecting on Thursday morning. If the skips are in this state, we risk a closure notice, and I will be forwarding your invoices and my unanswered emails to them.

I want a collection time for tomorrow, in writing.

Tariq Hussain
Owner, Saffron House
""", "high", "angry"),
    M("en", "Gas meter hit during collection this morning", """
Hello,

Your truck clipped our gas meter box while reversing out of the yard at about 6:40 this morning. We smelled gas, so we called the gas network, and they've capped the supply until the box is repaired.

That means our bakery ovens are off. We supply three cafes every morning and have already had to cancel today's orders. I don't know how long the repair will take, whether your insurance covers it, or who I'm supposed to call to get this moving. Could someone from your side call me today?

Helen Brooks
Brooks & Daughter Bakery
07700 900 184
""", "high", "anxious"),
    M("en", "Cardboard recycling", """
Hi,

Do you offer a separate cardboard collection? We produce about 15 flattened boxes a day and at the moment they all go in the general waste, which seems like a waste of money. If so, what would it cost per month?

Thanks,
Olivia
Greenway Pharmacy
""", "normal", "neutral"),
    M("en", "Pickup?", """
When?
""", "normal", "neutral", True),
    M("en", "Annual waste report", """
Hi Karen,

Whenever you have a chance, could you send us the total tonnage you collected from us in 2024, split by waste type? It's for our sustainability report, which isn't due until October, so no rush at all.

Thanks,
Mark Ellis
Facilities, Cobalt Logistics
""", "low", "neutral"),
]
