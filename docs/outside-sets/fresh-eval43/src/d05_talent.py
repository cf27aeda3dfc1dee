# talent = children's talent and model agency (子役・キッズモデル事務所)
DOMAIN = "talent"

SJ = [
    ("来週土曜日のオーディションは、渋谷スタジオに10時集合で、終了は12時半の予定です。", ""),
    ("お子様のお仕事を増やしたいのであれば、まず保護者の方の意識から変えていただく必要があります。", "C"),
    ("撮影が押した場合は、多少終了時間が遅くなることがございます。", "V"),
    ("次回のレッスンまでに宣材写真を撮り直してきてください。", "IR"),
    ("この案件で採用になるかどうかは、こちらでも分かりません。", "U"),
    ("学校との両立については、ご家庭で考えていただく問題です。", "D"),
    ("クライアントの最終選考が11月20日に行われるため、結果は11月21日の18時までにお電話でお知らせします。", ""),
    ("オーディションの合否にかかわらず、交通費は一律1,000円を次回のレッスン時に現金でお渡しします。", ""),
    ("撮影内容はCMの公開日まで秘密保持の対象となっているため、現場の写真の投稿は公開日の12月1日以降にしていただけますか。", ""),
    ("ほかのお子さんたちは、皆さん文句も言わずに参加されていますよ。", "C"),
    ("今回の出演料は、相場に近い金額になる見込みです。", "V"),
    ("欠席された2回分のレッスン費6,000円は、10月31日にご登録の口座へお振り込みします。", ""),
    ("台本の変更点が多いから、セリフは今日中にもう一度読み込んでおきなさい。", "I"),
    ("ギャラのお支払いが遅れている理由は、経理の話なのでこちらでは分かりかねます。", "UD"),
]

SE = [
    ("The casting director would like to see Mia again on Tuesday at 4 p.m. at our Soho studio; the session takes about 30 minutes.", ""),
    ("Payment for the catalogue shoot will go out in the coming weeks.", "V"),
    ("Whether your son actually enjoys the work is really a family matter.", "D"),
    ("Wardrobe asked for two plain white T-shirts because the client's logo will be printed on set, so if you could pack those, everything else is provided.", ""),
    ("Could you please keep Ella's hair at its current length for the next two months?", "R"),
    ("The client's contract bans any photos from set until the campaign launches on 1 March, so please don't post anything from the shoot before then.", ""),
    ("The agency fee rose from 20% to 22% on 1 January because we now pay chaperones for travel time; the full breakdown is in the attached letter.", ""),
]

DJ = [
    ("12月7日（日）撮影のご案内：冬物カタログ",
     """佐藤 様

キッズモデル事務所ひだまりの長田です。
ゆいちゃんの冬物カタログ撮影が決まりましたので、当日の流れをご案内いたします。

日時：12月7日（日）9:30集合、15:00終了予定
場所：ハウススタジオ青山（港区南青山4-2-11）
持ち物：白の無地の肌着、普段履いている運動靴

お昼はスタジオでお弁当をご用意します。食物アレルギーがある場合は、お弁当の手配に間に合うよう12月3日（水）までにお知らせください。

出演料は18,000円で、1月25日にご登録の口座へお振り込みします。

キッズモデル事務所ひだまり
長田 智子
""", ""),
    ("昨日の撮影について",
     """加藤 様

キッズモデル事務所ひだまりの長田です。
昨日の撮影では、集合時刻に25分遅れて到着されましたね。
撮影現場では、子どもであってもプロとして扱われますし、遅刻は本来あってはならないことです。
次回以降は、余裕をもって30分前には到着できるようにしておいてください。

キッズモデル事務所ひだまり
長田 智子
""", "CI"),
    ("お知らせ",
     """所属タレント保護者の皆様

日頃より当事務所の活動にご理解とご協力をいただき、ありがとうございます。
朝晩すっかり冷え込むようになりましたが、お子様方はお元気でお過ごしでしょうか。
今年は所属タレントのテレビ出演が昨年の1.5倍に増え、スタッフ一同うれしく思っております。
来月からは、新しい講師を迎えて演技レッスンのクラスも増設いたします。

なお、労働基準法の改正に伴い、撮影ごとに保護者の同意書が必要になりました。
同封の同意書にご署名のうえ、11月30日までにご返送いただけますでしょうか。

キッズモデル事務所ひだまり
""", "N"),
]

DE = [
    ("We're sorry about the wait at Saturday's casting",
     """Dear Mrs. Patel,

I'm sorry that you and Aarav waited almost two hours past your slot at Saturday's casting, with no update from us.

This happened because we gave every family the same 11:00 call time instead of staggered slots, and then the client ran late with the first group.

I've spoken with the client's casting team, and Aarav has a guaranteed 15-minute slot at 10:00 this Thursday, first in the room. We have also reimbursed your parking (£18.50) to your account.

From this week, every casting invitation we send has an individual time slot, and a staff member texts families if the schedule slips by more than 15 minutes.

Best wishes,
Holly Grant
Little Stars Agency
""", ""),
    ("Booking confirmation",
     """Hi there,

Great news - [Child's name] has been booked for the Harbour Outdoor spring shoot!

Date: 14 March
Call time: 8:30 a.m.
Location: Pier 3 Studios, 22 Dock Road

A chaperone from our team will be on set all day. Wardrobe is provided.

Best,
Holly
Little Stars Agency
""", "P"),
]

MJ = [
    ("昨日の撮影中のけがについて",
     """ひだまり　長田様

昨日のドラマ撮影で、息子（悠真、7歳）がセットの段差から落ちて頭をぶつけました。
現場では「大丈夫そうです」と言われ、そのまま撮影が続けられましたが、
今朝から頭が痛いと言って吐き気もあるようです。
これから病院に連れて行きますが、現場でどういう状況だったのか、誰が見ていたのか、
今日中に教えていただけますか。受診の際に医師に伝えたいです。

中川 恵美
""", "high", "anxious", False),
    ("娘の写真の削除について",
     """前回、前々回とお願いしましたが、まだ対応していただけていないので改めてご連絡します。

事務所のブログに載っている娘の写真に、小学校の名札がはっきり写っています。
学校名も名前も分かる状態で、もう２週間以上公開されたままです。
知らない人から娘宛てに手紙が届いたこともあり、家族全員怖い思いをしています。
今日中に削除されない場合は、警察と弁護士に相談します。

吉村
""", "high", "angry", False),
    ("明日のオーディション会場",
     """お世話になっております。
明日9時からのオーディションの件ですが、案内メールの住所（新宿区西新宿3-7-1）と、
添付の地図に書かれている建物（中野区）が違っています。
電車で1時間以上かかる距離なので、どちらが正しいか今夜中に分かると助かります。

小島 理沙（娘：小島 葵）
""", "high", "neutral", False),
    ("月謝の変更について",
     """お世話になっております。
来月から月謝が変わるというお知らせを見ましたが、
兄弟で在籍している場合の割引はこれまでどおりでしょうか。

平野
""", "normal", "neutral", False),
    ("写真プランの勧誘について",
     """先日のレッスン後、スタッフの方から宣材写真のプラン（88,000円）を勧められました。
「これを撮らないと仕事は回ってこない」「今日決めないと枠がなくなる」と言われ、
子どもの前で断りにくい雰囲気でした。
入所のときには、追加費用はかからないという説明だったはずです。
こういう売り方をする事務所だとは思いませんでした。

森本
""", "normal", "angry", False),
    ("契約のことで",
     """契約のことで相談があります
""", "normal", "neutral", True),
    ("放送後のことが心配です",
     """長田様

いつもありがとうございます。
来月、娘が出演するドラマが放送されると伺いました。
とても嬉しい反面、ネットで容姿のことを書かれたり、学校で何か言われたりしないかと心配になっています。
これまでにそういうことがあった場合、事務所としてどのように対応されてきたのか教えていただけないでしょうか。

大橋 真理子
""", "normal", "anxious", False),
    ("初めてのお仕事、ありがとうございました！",
     """長田様

先日の雑誌の撮影、娘にとって初めてのお仕事でしたが、スタッフの皆さんが優しくて、帰りの電車でもずっと楽しかったと話していました。
本当にありがとうございました。

掲載号が出たら何冊か購入したいのですが、発売日と、事務所経由で購入できるかどうかを教えていただけますか。

井上 千夏
""", "normal", "positive", False),
    ("夏のワークショップについて",
     """お世話になっております。
今年の夏に開催されていた演技ワークショップについて、来年も開催の予定はありますか。
決まった段階で教えていただければ、参加を検討します。
まだ先のことなので、急ぎませんのでご都合のよいときにお願いします。

藤田
""", "low", "neutral", False),
    ("活動休止について",
     """お世話になっております。
息子が来年中学受験を控えているので、来年の春ごろから半年ほど活動をお休みすることを考えています。
まだ家族で話し合っている段階ですので、今すぐの手続きは不要です。
休止中も在籍を続けられるのか、その場合の費用がどうなるのかだけ、いずれ教えていただければと思います。

石川
""", "low", "neutral", False),
]

ME = [
    ("Photos of my daughter on billboards - we never agreed to this",
     """To whoever is responsible,

On Sunday I saw my daughter's face on a billboard at Kings Cross for Brightwater Juice. The shoot we agreed to in October was for their website only; the usage form I signed says so in writing.

I have emailed Holly twice this week and had no answer. I have now contacted a solicitor. If I don't hear from the agency director by 5 p.m. tomorrow with a plan to get these taken down, the next letter you receive will be from her.

Rachel Dunne
""", "high", "angry", False),
    ("Who is with Leo at the studio?",
     """Hi,

My train is stuck outside Reading because of a signal failure and I won't get to Pinewood Studios for at least another hour and a half. The shoot was supposed to wrap at 3 and Leo (he's 9) just texted me that the crew are packing up and he can't find the chaperone.

Can someone from the agency call the set right now and make sure an adult stays with him until I get there? My mobile is 07700 900418.

Sophie Lam
""", "high", "anxious", False),
    ("Performance licence question",
     """Hello,

Our son has been offered two days on a TV commercial in April. The production company mentioned a child performance licence from the council. Do you arrange that, or do we need to apply ourselves? If it's us, how long does it usually take?

Thanks,
Ben Carter
""", "normal", "neutral", False),
    ("Fwd: Invoice query",
     """Hi Holly,

Forwarding this from our accountant - can you help with her question?

Thanks, Jen

---------- Forwarded message ---------
From: M. Shah
Subject: Invoice query

Jen, the agency statement shows commission at 25% on the Harbour Outdoor job but your contract says 20%. Can you ask them which is right before I file the return next month?
""", "normal", "neutral", False),
    ("Newsletter feedback",
     """Hi all,

Just wanted to say the new monthly newsletter is really useful - the section on upcoming castings especially. Maybe the dates could go at the top? Not important, just a thought.

Cheers,
Jen Morris
""", "low", "positive", False),
]
