# pedals = small maker of guitar effects pedals, direct sales and repairs (エフェクター工房)
DOMAIN = "pedals"

SJ = [
    ("修理品は到着から7営業日以内に診断し、お見積もり金額をメールでお知らせします。", ""),
    ("基板の交換が必要な場合は、それなりの修理費用がかかります。", "V"),
    ("ACアダプターの極性くらいは、ご購入前に確認しておいていただきたかったところです。", "C"),
    ("シリアル番号の写真を添付して、もう一度送ってください。", "IR"),
    ("センターマイナス以外だと回路が壊れてしまうので、付属のアダプター以外はつながないでください。", "I"),
    ("修理品を発送される前に、必ず一度ご連絡いただけますか。", "R"),
    ("ノイズの原因が当社のペダルにあるのかどうかは、何とも言えません。", "U"),
    ("他社製のパワーサプライとの相性問題については、サポートの対象外です。", "D"),
    ("ノイズの原因を切り分けたいので、ペダル単体でアンプにつないだときにもノイズが出るか、試していただけますか。", ""),
    ("限定モデルの再生産は、いずれ検討したいと考えております。", "V"),
    ("限定モデルを再生産するかどうかは来年3月の生産会議で決まるため、3月末までに入荷通知にご登録の方へ結果をお知らせします。", ""),
    ("ノブを右に回しきっても音が出ない場合、いちばん多い原因は入力と出力のケーブルの挿し違いですので、まずケーブルの向きをご確認いただけますか。", ""),
    ("お送りいただいた動画で、スイッチを踏んだ瞬間に音が途切れているのを確認できましたので、フットスイッチの無償交換で直る見込みです。", ""),
]

SE = [
    ("The repair came to $45 for a new footswitch, and your pedal goes back out with UPS tomorrow morning.", ""),
    ("We'll have more units in stock soon.", "V"),
    ("Unplug the pedal right away, since a reversed adapter can burn out the regulator.", "I"),
    ("Please include a note with your order number inside the box.", "R"),
    ("No idea why it's doing that, sorry.", "U"),
    ("Once someone else has modded it, we won't look at it.", "D"),
    ("It's a fuzz pedal - it's supposed to sound like that, as most guitarists would know.", "C"),
]

DJ = [
    ("修理のご依頼について",
     """村上 様

ノイズファクトリーの工藤です。
修理のご依頼をいただいたオーバードライブ（シリアル NF-OD-21877）についてご連絡いたします。

お送りいただいた写真を拝見したところ、基板のコンデンサが他社製の部品に交換されておりました。
改造された製品は、修理の対象外となっております。
ご了承ください。

ノイズファクトリー
工藤 誠
""", "D"),
    ("ご注文品の発送日について（ご注文番号 NF-30912）",
     """高野 様

ノイズファクトリーの工藤です。
ご注文いただいたファズ「MOSS」は、12月5日（金）に発送いたします。

今回のロットは組み立て後の音出し検査を1台ずつ行っているため、ご注文時にご案内した12月1日より4日後の発送となります。
発送後、追跡番号をメールでお送りします。12月5日より前に必要なご事情がある場合は、このメールへご返信いただければ、検査の順番を繰り上げて対応できるか確認いたします。

ノイズファクトリー
工藤 誠
""", ""),
    ("取扱説明書のPDFをお送りします",
     """坂本 様

ノイズファクトリーの工藤です。
お問い合わせいただいたディレイ「ECHO-3」の取扱説明書のPDFを添付いたします。

ご質問のタップテンポの設定は、説明書の6ページにございます。フットスイッチを2回以上踏んだ間隔がディレイタイムになり、最長で1,200msまで設定できます。

ほかにも分かりにくい箇所がございましたら、お気軽にご返信ください。

ノイズファクトリー
工藤 誠
""", ""),
]

DE = [
    ("Repair return",
     """Hi Alex,

Got your message about the tremolo.

Send the pedal to the address below. Put it in a padded box and write your order number on the outside.

Noise Foundry Repairs
412 Mill Street, Unit 3
Portland, OR 97214

Sam
Noise Foundry
""", "IR"),
    ("Your Bluebird Delay is on its way",
     """Hi Jamie,

Your Bluebird Delay shipped today with USPS Priority, tracking 9405 5036 9930 0122 4471 08, and should arrive on Friday.

It runs on a standard 9V center-negative supply at 100 mA. If you're using a daisy chain, put it on its own outlet if you hear a hum, since digital delays can pick up noise from shared grounds.

Enjoy,
Sam
Noise Foundry
""", ""),
]

MJ = [
    ("修理品の返送について（3回目の問い合わせです）",
     """ノイズファクトリー様

10月2日に修理でお送りしたディストーション（受付番号 R-1184）が、「3週間以内に返送」というお約束の日を過ぎてもまだ戻ってきません。
10月24日と28日にメールでお問い合わせしましたが、どちらも返信がありません。
明後日の土曜日に大事なライブがあり、このペダルを前提に音作りをしています。
金曜の夜までに届く形で発送していただけるのか、今日中にご回答いただけますか。

大石 拓海
""", "high", "angry", False),
    ("電源を入れたら焦げ臭いです",
     """いまスタジオで練習中なのですが、御社のコンプレッサーにパワーサプライをつないだ瞬間、焦げたようなにおいがして、LEDも点きません。
うっすら煙のようなものも見えた気がします。
すぐ電源は抜きましたが、このまま触っても大丈夫でしょうか。ほかの機材に影響はありますか。
スタジオの人にも迷惑がかかりそうで焦っています。

山下
""", "high", "anxious", False),
    ("身に覚えのない注文について",
     """ノイズファクトリー　ご担当者様

本日、御社から「ご注文ありがとうございます」というメールが3通届きましたが、私は何も注文していません。
マイページを見ると、登録していない住所あてにペダルが3台（合計98,340円）注文されており、登録済みのクレジットカードで決済されていました。
アカウントが乗っ取られたのだと思います。パスワードはすでに変更しました。
発送は明日の予定と表示されていますので、その前に止めていただき、決済の取り消しをお願いできますでしょうか。

会員ID：nf-user-20417
渡辺 健
""", "high", "neutral", False),
    ("トゥルーバイパスかどうか",
     """はじめまして。
オーバードライブ「GRAIN」の購入を検討しています。
バイパス時はトゥルーバイパスでしょうか、それともバッファードでしょうか。

福田
""", "normal", "neutral", False),
    ("修理の見積もりについて",
     """修理のお見積もり、拝見しました。
ジャック1つの交換で16,500円とのことですが、新品がもう1台買えそうな金額ですね。
さすが手作りの工房は、修理代も手作りの価格なんですね。
内訳を教えていただけますか。

竹中
""", "normal", "angry", False),
    ("音が出ない",
     """音が出ない。どうなってんの
""", "normal", "angry", True),
    ("中古で購入したペダルについて",
     """お世話になります。
先日、フリマアプリで御社の「MOSS」を中古で購入しました。
ところが、ネットで「MOSSにはコピー品が出回っている」という書き込みを見つけ、自分のものが本物なのか心配になっています。
シリアルは NF-FZ-10552 です。
本物かどうか確認していただくことはできますか。もし偽物だったら、出品者にどう伝えればよいでしょうか。

水野
""", "normal", "anxious", False),
    ("説明書をなくしてしまいました",
     """おせわになります
ECHO-3を２年前に買ったのですが、説明書をなくしてしまいました。
PDFなどで送ってもらえることはできますか？
タップテンポの設定のしかたが分からなくて
困ってます。

坂本
""", "normal", "neutral", False),
    ("いつも愛用しています",
     """工藤様

5年前に買ったGRAINを、いまでもメインのボードで使っています。
どの会場でも同じ音が出て、メンバーにも好評です。
ひとつだけ、いつか電池のフタがネジなしで開けられるようになったら嬉しいです。
お返事はいりません。これからも応援しています。

堀
""", "low", "positive", False),
    ("ベース用のモデルについて",
     """こんにちは。
ベース用のオーバードライブを出す予定はありますか？
今すぐ欲しいわけではないのですが、出たらぜひ検討したいので、予定があれば教えてください。
""", "low", "neutral", False),
]

ME = [
    ("Tour starts Thursday - repair R-2290",
     """Sam,

I sent my Bluebird in for repair on 3 October with a note saying I leave on a six-week tour this Thursday. Your site promised a 2-week turnaround. It's been four weeks, and my emails on Monday and yesterday went unanswered.

The whole set is built around that delay. If it isn't in my hands by Wednesday, I need you to tell me today so I can buy something else - and then I'll want a refund for the repair.

Dave Ruiz
""", "high", "angry", False),
    ("Wrong adapter - did I kill it?",
     """Hi,

I think I may have done something stupid. I plugged my new Bluebird into the 12V adapter from my keyboard by mistake and it made a small pop. Now the LED doesn't come on. I saved for months for this pedal and I feel sick about it.

Is this covered by the warranty? And is it likely fixable?

Ella
""", "normal", "anxious", False),
    ("Order question",
     """Hello,

I ordered a Larkspur Fuzz on 2 November (order #NF-40882). The confirmation said it ships in 5-7 days. Is it still on track? No problem if not, I just want to know roughly when to expect it.

Thanks,
Raj
""", "normal", "neutral", False),
    ("pedal",
     """the light is blinking
""", "normal", "neutral", True),
    ("Bass version?",
     """Any plans for a bass version of the Larkspur? Not in a hurry, I'm just curious. Love the guitar one.

Pete
""", "low", "positive", False),
]
