"""fitgear = home fitness equipment maker and shop: treadmills, exercise bikes, rowing machines (家庭用フィットネス機器)."""
from common import S, D, M

DOMAIN = "fitgear"

SENTS = [
    # ja
    S("ja", "ベルトの異音は床の傾きで起こることが多いのですが、ベルトの張りが緩んでいる場合もありますので、両方の点検方法をお送りします。"),
    S("ja", "ベルトの異音は、床の傾きやベルトの張り具合で起こることが多いため、設置場所の写真と、異音がする速度を教えていただけますか。"),
    S("ja", "使い始めはボルトが緩みやすく異音の原因になるので、組み立てから1週間たったら、ボルトを締め直してください。", "I"),
    S("ja", "組み立てサービスをご利用の場合は、配達日の前日までに、設置する部屋の広さをお知らせいただけますでしょうか。", "R"),
    S("ja", "組み立てサービスでは、2人がかりで1時間半ほどの作業になるため、設置する部屋に幅2m×奥行き1mほどの空きがあるか、事前にお知らせいただけますか。"),
    S("ja", "エラーコードE-07の意味は、当窓口では把握しておりません。", "U"),
    S("ja", "E-07は速度センサーの信号が途切れたことを示すコードです。センサーの配線を確認する手順をお送りしますので、それでも消えない場合は、11日（金）に技術者を伺わせます。"),
    S("ja", "保証期間内でも、落下による破損の修理は有償となり、操作パネルの交換は部品代と作業費で12,100円です。"),
    S("ja", "モーター音が大きいと感じるかどうかは個人の感覚ですので、製品の不具合ではございません。", "D"),
    S("ja", "階下への騒音については、当社ではどうすることもできませんので、防振マットをご購入ください。", "D"),
    S("ja", "部品の交換で直る見込みですが、部品の到着までしばらくかかります。", "V"),
    S("ja", "何度も同じ内容でご連絡いただいても、返品期間を過ぎたものはお受けできません。", "C"),
    S("ja", "返品期間は過ぎておりますが、初期不良の可能性がありますので、動画を撮っていただければ、保証修理として対応できるか確認いたします。"),
    # en
    S("en", "Your replacement console shipped this morning with tracking number 7731 0042 9917 and should arrive on Wednesday."),
    S("en", "We need proof of the purchase date for the warranty, so please post or scan the receipt, whichever is easier for you."),
    S("en", "We have no information on why the app keeps disconnecting.", "U"),
    S("en", "Our technician will come out soon to look at the rowing seat.", "V"),
    S("en", "With respect, most customers manage to assemble the bike without help.", "C"),
    S("en", "Noise complaints from neighbours are outside the scope of our warranty.", "D"),
    S("en", "You should have registered the warranty within 30 days, as the leaflet in the box clearly says.", "C"),
]

DRAFTS = [
    D("ja", "【お詫びとご報告】ルームランナー RX-5 の配達時の破損について",
      """
三浦様

フィットライフ株式会社 お客様サポートの今井でございます。
11月3日にお届けしたルームランナー RX-5 の操作パネルが割れていた件、せっかくのお届けの日に残念な思いをさせてしまい、誠に申し訳ございませんでした。

調査の結果、配送センターで他の荷物を上に積んだ状態で保管していたため、箱の上から強い力がかかって割れたことがわかりました。

本日、新しい操作パネルを手配し、11月10日（日）の午前中に技術者がお伺いして交換いたします。作業は30分ほどです。
破損した部品は、その際に回収いたします。

再発防止のため、配送センターでは大型商品の上に荷物を積まないよう保管棚を分け、出荷前に箱の状態を写真で記録する手順を加えました。

ご迷惑をおかけしましたことを、重ねてお詫び申し上げます。

フィットライフ株式会社 お客様サポート 今井
"""),
    D("ja", "【無償交換のご案内】エアロバイク スピンフィット300 のペダル取付ボルト",
      """
佐野 健太郎様

いつもフィットライフ製品をご愛用いただき、ありがとうございます。
エアロバイク「スピンフィット300」をお使いのお客様に、ペダルの取付ボルトを無償で交換させていただいております。
ボルトの強度が規格の下限に近いロットがあることがわかったため、念のための交換です。
お手元の製品の製造番号が「SF3-21」で始まる場合は、6月30日までに当社ホームページの申込フォームからお申し込みいただけますでしょうか。交換部品と工具を無料でお送りします。

フィットライフ株式会社 お客様サポート
"""),
    D("en", "Hello from FitHome",
      """
Dear Mr Novak,

Spring is here, and many of our customers are stepping up their training. Our new T1200 treadmill, with a quieter motor and a wider running deck, has just won a consumer award, and our online coaching library now has over 200 free workouts.

We've also opened a new service centre in Bristol, which means shorter waits for engineer visits across the South West.

Your T900 is due its free 12-month service, which has to be booked by 31 March to be covered by the warranty.

Best wishes,
The FitHome Team
""", "N"),
    D("en", "FitHome: we'd like to collect your old rowing machine on 4 March",
      """
Dear Ms Abara,

We would like to collect your old rowing machine on Tuesday 4 March, between 1 and 4 p.m., when we deliver the new one.

The driver will need about 15 minutes to fold and carry it out. If you'd rather keep it, just reply to this email by 28 February and we'll take it off the collection list - there's no charge either way.

Best wishes,
Owen Price
FitHome Customer Care
"""),
]

MAILS = [
    M("ja", "ルームランナーが止まらなくなりました",
      """
先ほど、御社のルームランナーで走っていたところ、停止ボタンを押してもベルトが止まらず、
速度が勝手に上がっていきました。
安全キーを抜いてやっと止まりましたが、父が転びそうになりました。
怖くてもう使えません。同じことがまた起きないか、原因を教えてください。
中学生の息子もこれを使っています。
""", "high", "anxious"),
    M("ja", "エアロバイクのペダルが外れました",
      """
今朝、エアロバイクをこいでいたら右のペダルが外れて、すねを強くぶつけました。
購入して２か月です。
リコールの対象なのか、ほかの部分も外れることがあるのか、知りたいです。
毎朝夫も使っているので、今日のうちに返事をください。
""", "high", "angry"),
    M("ja", "返品の件　再々送",
      """
10月12日、10月20日に送ったメールに返信がないため、再送します。

購入後３日で動かなくなったローイングマシンの返品をお願いしています。
すでに引き取りの日程まで決めたはずなのに、業者が来ませんでした。
部屋の真ん中に大きな箱が置いたままで、生活に困っています。
""", "high", "angry"),
    M("ja", "組み立てサービスについて",
      """
エアロバイクの購入を考えています。
組み立てサービスをお願いした場合、料金はいくらかかりますか。
また、マンションの３階ですが、エレベーターがなくても運んでいただけますか。
""", "normal", "neutral"),
    M("ja", "E07",
      """
E07 って出る
""", "normal", "neutral", True),
    M("ja", "下の階から苦情が来ました",
      """
マンションでルームランナーを使っていますが、下の階の方から「足音がうるさい」と苦情が来てしまいました。
防振マットは敷いていますが、ほかにできることはありますか。
トラブルになると住みにくくなるので、困っています。
""", "normal", "anxious"),
    M("ja", "アプリと連携できません",
      """
スピンフィット300をスマートフォンのアプリにつなごうとしているのですが、
Bluetoothの一覧に出てきません。
アプリのバージョンは最新です。機種は iPhone 13 です。
""", "normal", "neutral"),
    M("ja", "配送日時の指定について",
      """
来週届く予定のルームランナーについて、配送の時間帯を夜（１８時以降）に指定できますか。
平日は仕事で日中いないためです。
注文番号：FL-90214
""", "normal", "neutral"),
    M("ja", "新製品の予定",
      """
ローイングマシンの次のモデルが出る予定はありますか。
今のものも十分使えていますので、出るならその時に考えたいというくらいです。
""", "low", "neutral"),
    M("ja", "３か月で５キロ減りました",
      """
御社のエアロバイクを買って３か月、毎日３０分こいで５キロ痩せました！
音も静かで、夜でも気にせず使えるのがありがたいです。
お礼を言いたくてメールしました。
""", "low", "positive"),
    # en
    M("en", "Treadmill shock",
      """
Hi,

Twice today I've had a small electric shock from the handrail of my FitHome T900 while walking on it. The second time it made my arm tingle for a while. I've unplugged it. I'm 68 and on a heart medication, so I'm not going to take chances. Is this a known fault, and what should I do?

Regards,
Graham Lister
""", "high", "anxious"),
    M("en", "Still waiting - third email",
      """
I'm writing for the third time about my bike order (FH-30112). It was meant to be delivered on 8 January, the money left my account on 2 January, and nobody has answered either of my previous emails or told me where it is.

Stephanie Carr
""", "high", "angry"),
    M("en", "Which rower for a small flat?",
      """
Hello! I live in a small one-bed flat and am choosing between the R200 and the foldable R150. How much floor space does each need when in use, and how noisy are they? Thanks, Lena
""", "normal", "neutral"),
    M("en", "Thank you",
      """
Just a quick note to say the delivery men were brilliant - got the treadmill up three flights of stairs without a scratch on the walls. Please thank them for me.

Bill
""", "low", "positive"),
    M("en", "not working",
      """
bike not working since yesterday
""", "normal", "angry", True),
]

DRAFTS += [
    D("ja", "エラー表示「E-11」の原因について（12日にご報告します）",
      """
長谷川様

フィットライフ お客様サポートの今井です。
ローイングマシン RW-7 の「E-11」表示について、原因はまだ特定できておりません。申し訳ございません。

E-11は本来、負荷調整モーターの位置が読み取れないときに出る表示ですが、
お送りいただいた動画では、モーターは正常に動いているように見えます。
そのため、制御基板のソフトウェアの不具合の可能性も含めて、開発部門に調査を依頼しました。

調査結果は、11月12日（火）までにメールでご報告いたします。
それまでの間、表示が出た場合は電源を一度抜き、10秒待ってから入れ直していただくと、通常どおりお使いいただけます。
この操作で機械を傷めることはございません。

フィットライフ株式会社 お客様サポート 今井
"""),
]
