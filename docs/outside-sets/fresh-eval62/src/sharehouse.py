DOMAIN = "sharehouse"
MEANING = "share-house operator: furnished rooms with shared kitchen and bathrooms (シェアハウス運営)"

S = [
    ("ja", "共用キッチンの使い方は入居の際にハウスルールでお渡ししていますので、もう一度ご自身で読み直していただけますか。", ["condescending"]),
    ("ja", "来週中に、入居者アンケートへのご回答をお願いできますでしょうか。", ["request_without_reason"]),
    ("ja", "デポジットは清掃費を差し引いたうえで、後日ご指定の口座へお振り込みします。", ["vague"]),
    ("ja", "隣の部屋の音の件は、入居者同士で話し合って解決してください。", ["dismissive", "imperative"]),
    ("ja", "夜になるとWi-Fiが遅くなる原因は、回線業者に問い合わせてもはっきりしませんでした。", ["unknown_without_followup"]),
    ("ja", "夜にWi-Fiが遅くなる原因はまだ分かっていません。回線業者の調査員が14日の午後に来ますので、その結果を15日中にLINEでお伝えします。", []),
    ("ja", "ご希望の2階の個室は来月末まで埋まっておりますが、同じ広さの3階のお部屋なら今月20日から入居でき、家賃も月2,000円お安くなります。", []),
    ("ja", "ゴミ当番の表は毎月1日にキッチンの掲示板に貼り出していますが、見落としやすい場所でしたので、今月から各部屋のドアにも1枚ずつ差し込むようにします。", []),
    ("ja", "内見は平日の10時から17時まで承っていますので、ご都合のよい日時を2つ教えていただけますか、管理人の巡回と重ならないように組むためです。", []),
    ("ja", "共益費の内訳は、運営会社の方針でお出ししていないんです。", ["dismissive"]),
    ("ja", "エアコンの修理業者がいつ来られるかは、こちらでもちょっと分からないです。", ["unknown_without_followup"]),
    ("ja", "更新の手続きは4月30日までにマイページから済ませてください、5月以降は新しい家賃表が適用されるためです。", ["imperative"]),
    ("ja", "お部屋の移動については、空きが出るまでもうしばらく様子を見させてください。", ["vague"]),
    ("en", "You signed the house rules when you moved in, so the cleaning fine really shouldn't come as a surprise.", ["condescending"]),
    ("en", "Please send us a photo of the damp patch on the ceiling so the contractor can bring the right materials on Thursday.", []),
    ("en", "Your new mattress should reach you after the next furniture delivery run.", ["vague"]),
    ("en", "Move your bike out of the hallway by Sunday.", ["imperative", "request_without_reason"]),
    ("en", "Parking on the street outside is a council matter, so it isn't one for us.", ["dismissive"]),
    ("en", "I'm afraid we can't lower the rent for the broken dryer, since the laundry room is a shared amenity rather than part of your room; what we can do is refund the £3.50 a load you spend at the laundrette until it's fixed, if you keep the receipts.", []),
]

D = [
    ("ja", "【ご案内】4月分から共益費が月500円上がります",
     """リーフハウス高円寺 入居者の皆さま

運営事務局の小野です。
4月分（3月27日引き落とし）から、共益費が月8,000円から8,500円に変わることをお知らせします。

理由は、共用部の電気料金とインターネット回線の費用がこの1年で合わせて約15％上がったためです。家賃そのものは変わりません。

皆さまに手続きをしていただく必要はなく、引き落とし額が自動で変わります。
契約書の記載と合わせて確認されたい方には、料金改定の明細を個別にお送りしますので、このメールにご返信ください。

リーフハウス運営事務局
小野 真央
""", []),
    ("ja", "退去立ち会い日程の確定",
     """ヤンさん

リーフハウス運営事務局の小野です。
ご希望いただいた日程で、退去の立ち会いを確定しました。

日時：3月30日（日）11時〜11時半
場所：203号室（担当の田村が伺います）

当日は、お部屋の鍵2本とポストの鍵1本を田村にお渡しください。鍵が揃っていないとデポジットの精算ができないためです。
デポジットは立ち会いでの確認後、4月10日までにご指定の口座にお振り込みします。

小野
""", []),
    ("ja", "給湯器の件",
     """リーフハウス中野 入居者の皆さま

運営事務局です。
先週の金曜日から日曜日にかけて、シャワーのお湯が出ない状態が続き、大変ご不便をおかけしました。申し訳ございません。

月曜日の午前中に業者が部品を交換し、現在は正常にお湯が出ることを確認しています。
今後は、給湯器の点検を年1回から年2回に増やします。

引き続き、何かあれば事務局までご連絡ください。

リーフハウス運営事務局
""", ["apology_incomplete"]),
    ("en", "Sorry about the locked laundry room last weekend",
     """Hi Marta,

I'm sorry the laundry room at Elm Street was locked from Friday evening until Monday morning. You told us you had no clean work clothes on Monday, and that shouldn't have happened.

What went wrong: our cleaner locked the room on Friday to mop the floor and, instead of unlocking it at 8 p.m., went home with the only key, and nobody on call had a spare.

On Monday at 9 a.m. we opened the room and refunded the £11 you spent at the laundrette to your rent account. A second key is now in the key safe at the front door (code sent to all residents by text), and the cleaner now hands the key back to the on-call manager at the end of every shift.

Best wishes,
Joel
Elm Street House Manager
""", []),
    ("en", "Hello from Elm Street!",
     """Hi everyone,

Hope you're all well and enjoying the longer evenings! It's been a busy spring here — the new sofa in the lounge finally arrived, and we've planted herbs in the back garden, so feel free to use them when you cook.

We've also had some lovely feedback about the monthly pizza night, and we're thinking of adding a film night too. Let us know if you'd come.

Oh, and the gas engineer is doing the annual safety check on 14 May between 9 and 1, and he'll need access to every bedroom because each one has a radiator valve he has to test, so please leave your doors unlocked that morning or let me know by the 10th if that's a problem.

Joel
""", ["purpose_not_upfront"]),
]

M = [
    ("ja", "キッチンのガスのにおい",
     """運営さま

202号室の林です。
今、夜の11時すぎですが、1階の共用キッチンでガスのにおいがします。
コンロは全部止まっているのを確認しました。窓は開けています。
住人はまだ6人くらい起きていて、どうしたらいいか分からない状態です。ガス会社に電話した方がいいですか？
この後も、携帯（080-2231-5507）を見ています。""", "high", "anxious", False),
    ("ja", "カギをなくしました",
     """小野さん

すみません、305の佐藤です。
今、外出先で家の鍵をなくしたことに気づきました。
4歳の娘と一緒で、もう夜8時なのに部屋に入れません。
暗証番号のキーボックスに予備があると聞いた気がするのですが、番号が分かりません。
どうすればいいでしょうか。""", "high", "anxious", False),
    ("ja", "デポジット返金の件（4回目の連絡です）",
     """リーフハウス運営事務局 御中

1月末に退去した元105号室の村上です。
デポジット5万円の返金について、2月10日、2月20日、3月3日にメールをお送りしましたが、いまだにお返事も入金もありません。
契約書には「退去後30日以内に返金」とあります。すでに40日が過ぎています。
3月20日までにご回答がない場合は、消費生活センターに相談するつもりです。

村上 俊""", "high", "angry", False),
    ("ja", "入居の相談",
     """はじめまして。
来月から東京の会社で働くことになり、お部屋を探しています。
リーフハウス中野の空室状況と、内見の方法を教えていただけますか。
4月1日から入居したいです。

ディン・ヴァン・ナム""", "normal", "neutral", False),
    ("ja", "洗濯機",
     """洗濯機また止まってる""", "normal", "angry", True),
    ("ja", "夜の騒音について",
     """事務局の方へ

ここ2週間ほど、深夜1時〜2時ごろにリビングで話し声や笑い声が続いていて、隣の部屋なのでよく眠れていません。
直接言うのは気まずいので、全体への注意喚起などで対応していただけないでしょうか。
名前は出さないでいただけると助かります。

204号室 金子""", "normal", "anxious", False),
    ("ja", "更新の手続きについて",
     """お世話になっております。
301号室の遠藤です。5月末で契約が満了になるので、更新したいと考えています。
手続きの方法と、更新料がかかるかどうか教えてください。""", "normal", "neutral", False),
    ("ja", "共益費がまた上がるとのこと",
     """ご案内メール拝見しました。
去年に続いて今年も値上げとのこと、事情はお察しします。
ただ、その割に共用の冷蔵庫はずっと壊れたままですね。
値上げの前に、直すべきところを直していただけるとありがたいのですが。

リーフハウス高円寺 入居者""", "normal", "angry", False),
    ("ja", "家具の配置について（ご参考まで）",
     """小野さん

いつもありがとうございます。208の三宅です。
ラウンジのソファの向きを変えたら、テレビが見やすくなるかなと思いました。
ただの思いつきなので、返事も対応も不要です。次の模様替えのときにでも考えてもらえれば。""", "low", "neutral", False),
    ("ja", "ありがとうございました",
     """小野さん、田村さん

3年間お世話になりました。来週で退去しますが、ここで暮らせて本当によかったです。
引っ越しの時に手伝ってくださったこと、ずっと忘れません。
次の入居の方もきっと楽しく暮らせると思います。

元107 ルカ""", "low", "positive", False),
    ("en", "Water coming through the ceiling",
     """Hi Joel,

Water is dripping through the ceiling light in my room (room 4, under the upstairs bathroom). It started about 20 minutes ago and it's getting faster. I've turned my light off at the switch but the bulb fitting is full of water and I'm worried about the wiring. Nobody upstairs is answering their door.

Where is the stopcock? Can someone come tonight?

Aisha, room 4, 07700 900318""", "high", "anxious", False),
    ("en", "Room transfer request",
     """Hello,

I'd like to move from room 2 to one of the larger rooms if one becomes free this summer. My current contract runs untill the end of August. Could you tell me what the difference in rent would be and how the transfer works?

Thanks,
Kenji""", "normal", "neutral", False),
    ("en", "The kitchen",
     """Joel,

I've put up with the state of the kitchen for months without saying anything, but I've reached my limit. The same two residents leave pans in the sink for days, and last night there were mice droppings on the counter.

I pay £780 a month for this. If the next house inspection doesn't sort it out, I'll give my notice.

Helen""", "normal", "angry", False),
    ("en", "Broken lamp",
     """lamp in the lounge""", "normal", "neutral", True),
    ("en", "Garden idea",
     """Hi Joel — a few of us would like to grow tomatoes in the back garden next year. No rush on this at all, just wondered whether it's allowed before we buy anything in spring. Priya""", "low", "neutral", False),
]
