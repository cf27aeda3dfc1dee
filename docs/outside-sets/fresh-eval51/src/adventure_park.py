# adventure_park = outdoor ropes course and zip-line park (bookings, group visits, safety, injuries)
# ja: フォレストアドベンチャー・ミドリ   en: Treetop Trails
from common import S, D, M

DOMAIN = "adventure_park"

SENTENCES = [
    # --- ja ---
    S("ja", "体重の制限は安全装置の設計上の基準ですので、身長140cm以上・体重100kg以下の方に限らせていただいております。", []),
    S("ja", "ハーネスは自分で締めないでください。", ["imperative", "request_without_reason"]),
    S("ja", "安全のため、最後にスタッフがハーネスの締め具合を確認しますので、ご自身では調整せずにお待ちいただけますか。", []),
    S("ja", "雨の日に営業するかどうかは、当日になってみないと何とも言えません。", ["unknown_without_followup"]),
    S("ja", "雨天時に営業するかどうかは当日の朝7時に判断し、8時までにメールでお知らせします。", []),
    S("ja", "小さなお子様には難しいコースですので、無理をさせないのが親の務めかと存じます。", ["condescending"]),
    S("ja", "コースの途中で動けなくなるのは、体力に自信のない方によくあることです。", ["condescending"]),
    S("ja", "擦り傷程度のけがは自己責任でお願いしております。", ["condescending", "dismissive"]),
    S("ja", "予約の変更は、少し前までにご連絡いただければ対応できます。", ["vague"]),
    S("ja", "予約の変更は、前日の18時までにご連絡いただければ手数料なしで承ります。", []),
    S("ja", "ジップラインが止まった原因は、調査中としかお伝えできません。", ["unknown_without_followup"]),
    S("ja", "スタッフの対応へのご不満については、ご意見として承っておきます。", ["dismissive"]),
    S("ja", "当日お子様の身長が140cmにわずかに届かなかった場合でも、低いコース（身長110cm以上）に無料で振り替えられますので、ご安心ください。", []),
    # --- en ---
    S("en", "If you'd listened to the safety briefing, you wouldn't have clipped onto the wrong line.", ["condescending"]),
    S("en", "Wear closed-toe shoes.", ["imperative", "request_without_reason"]),
    S("en", "Please wear closed-toe shoes; sandals can slip off on the rope bridges and fall onto people below.", []),
    S("en", "We'll process your refund in a few days.", ["vague"]),
    S("en", "Waiting times at the weekend are what they are.", ["dismissive"]),
    S("en", "We're not sure yet whether the night course will reopen this season.", ["unknown_without_followup"]),
    S("en", "Our inspector is checking the brake unit today, and I'll email you the findings by Friday noon.", []),
]

DRAFTS = [
    D("ja", "団体予約の取り消しについてのお詫び", """
あおば子ども会 代表 藤井様

フォレストアドベンチャー・ミドリ 予約係の上田です。
明日10月12日にご予約いただいていた30名様の団体予約が、当方の手違いで取り消されており、大変なご迷惑とご心配をおかけしましたこと、心よりお詫び申し上げます。

明日は9時30分から予定どおり30名様でご利用いただけるよう、スタッフを3名増やして受け入れの準備を整えました。手配済みのバスも、そのままお越しいただいて大丈夫です。
また今後は、団体予約を取り消す際は、必ず代表者様にお電話で確認してから処理することといたしました。

当日は、入口で上田がお待ちしております。

フォレストアドベンチャー・ミドリ 予約係 上田
""", ["apology_incomplete"]),
    D("ja", "コースの留め具の件、ご報告ありがとうございました（点検結果）", """
大野様

フォレストアドベンチャー・ミドリの安全管理責任者、西村です。
昨日お知らせいただいた、中級コース5番の足場の留め具について、点検の結果と対応をご報告します。

大野様のメールを受けて、昨日14時に中級コースを閉鎖し、留め具を確認しました。ボルト1本が緩んでいたため新品に交換し、同じコースのほかの留め具48か所もすべて締め直しました。本日朝の点検で異常がないことを確かめ、10時から再開しています。
ボルトの緩みは、点検表に「目視」としか書かれておらず、手で締め具合を確かめていなかったことが原因でした。今週から、毎朝の点検ですべての留め具を工具で確かめる手順に改め、点検者の署名を残すようにしました。

気づいてすぐにお知らせいただいたおかげで、事故を防ぐことができました。本当にありがとうございました。

フォレストアドベンチャー・ミドリ 安全管理責任者 西村
"""),
    D("ja", "貸切プランのお見積もり（11月8日・20名様）", """
小松様

フォレストアドベンチャー・ミドリの上田です。
11月8日（土）の貸切プランについて、20名様でのお見積もりをお送りします。

・時間：13時〜17時（4時間の貸切）
・コース：初級・中級コース全線、ジップライン2本
・料金：1名4,400円 × 20名 ＝ 88,000円（税込）
・バーベキュー広場のご利用：無料

貸切の枠は先着順でお受けしているため、10月25日までにご予約を確定していただけますでしょうか。その日を過ぎると、ほかのお客様からのご予約をお受けすることになります。

前回のお誕生日会を楽しんでいただけたとのこと、スタッフ一同とても喜んでおります。

フォレストアドベンチャー・ミドリ 上田
"""),
    D("en", "Incident report for Jamie's fall, as requested", """
Dear Mr Novak,

Attached is the incident report for Jamie's fall on the Canopy course yesterday, which the hospital asked you for.

It records what our staff saw at 2:15 p.m.: Jamie slipped while stepping off the platform at station 7, his helmet struck the handrail, and our first-aider checked him for 20 minutes before he rejoined the group. It also lists the two staff members who were on that platform, in case the doctor wants to speak to them directly; they're on shift today until 6 p.m. on 555-0142.

We hope Jamie is feeling better. Our park manager, Carla Diaz, will phone you tomorrow morning to ask how he is and to talk through our insurance cover for his hospital costs.

With best wishes,
Treetop Trails
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "昨日のけがについて", """
フォレストアドベンチャー・ミドリ　ご担当者様

昨日、小学５年の息子がジップラインの着地で右の足首をひねりました。
その場ではスタッフの方に冷やしていただき、歩けていたのですが、今朝になって足首が大きく腫れ、体重をかけられなくなっています。
これから整形外科に連れて行きます。

病院で事故の状況を聞かれると思うので、そちらで記録している内容を教えていただけますか。
また、施設の保険が使えるのであれば、手続きの方法も教えてください。
骨に異常がなければいいのですが…。

高野
""", "high", "anxious"),
    M("ja", "明日の団体予約が消えているのはなぜですか", """
フォレストアドベンチャー・ミドリ　予約係様

あおば子ども会の藤井です。
明日１０月１２日、子ども会３０名で予約しておりましたが、確認の電話をしたところ「その予約はシステム上ありません」と言われました。
予約確認のメールも手元にあります（予約番号 G-1012-03）。

バスもすでに手配済みで、保護者にも参加費を集めています。
子どもたちは何週間も前から楽しみにしているんです。
明日、予定どおり受け入れていただけるのか、今日中にはっきりお返事ください。

あおば子ども会　代表　藤井 真理
""", "high", "angry"),
    M("ja", "中級コースの留め具について", """
こんにちは。本日、家族で中級コースを利用した大野です。
５番目の足場の、ワイヤーを固定している金具のボルトが１本、手で回るくらい緩んでいるのに気づきました。
その場にいたスタッフの方が見当たらなかったので、こちらに連絡しています。

写真を添付します。
明日以降も同じコースを使う方がいると思うので、念のため確認していただければと思います。

大野
""", "high", "neutral"),
    M("ja", "予約", """
変更したい
""", "normal", "neutral", True),
    M("ja", "体重制限について", """
お世話になります。
上級コースの体重制限が１００kgと書いてありましたが、当日に体重を測るのでしょうか。
服や靴の重さも含まれますか？
ギリギリなので、念のため確認させてください。
""", "normal", "neutral"),
    M("ja", "高いところが苦手な娘について", """
来月、家族４人で伺う予定です。
中学生の娘が高いところが苦手で、本人は「やってみたい」と言っているのですが、途中で怖くなって動けなくなってしまわないかが心配です。
もしコースの途中で進めなくなったら、どうなるのでしょうか。
ほかのお客様にご迷惑をおかけしないかも気になっています。
""", "normal", "anxious"),
    M("ja", "スタッフの方の対応について", """
先週の日曜日に利用した者です。
ハーネスの付け方が分からず聞き返したところ、スタッフの男性に「さっき説明したでしょう」とほかのお客さんの前で大きな声で言われました。
子どもたちも萎縮してしまい、せっかくの休日が台無しでした。
楽しみにしていただけに、とても残念です。
このようなことが二度とないよう、指導していただきたいです。
""", "normal", "angry"),
    M("ja", "貸切プランについて", """
フォレストアドベンチャー・ミドリ　様

昨年、息子の誕生日会でお世話になった小松です。その節は子どもたちが大喜びで、本当に楽しい一日になりました。
今年は会社の仲間とのイベントで利用したいと考えています。
１１月の土曜日に、２０名ほどで貸切のプランは可能でしょうか。
バーベキューもできるとうれしいです。
""", "normal", "positive"),
    M("ja", "冬の営業について", """
冬の間（１２月〜２月）も営業されていますか？
来年の冬休みに子どもを連れて行けたらと思っているので、今すぐでなくて構いません。
営業日が決まったら、ホームページで確認します。
""", "low", "neutral"),
    M("ja", "アンケート（駐車場の案内について）", """
アンケートの欄に書ききれなかったので、こちらに書きます。
国道から駐車場に入る角の案内看板が木に隠れていて、２回も通り過ぎ、Ｕターンする場所を探して１５分以上ロスしました。
子どもたちは車の中でぐずるし、着く前から正直かなりイライラしました。
ほかにも同じ目にあっている人がいるはずです。次のシーズンまでには何とかしてください。
お返事は不要です。
""", "low", "angry"),
    # --- en ---
    M("en", "Jamie's fall on the Canopy course - hospital needs your report", """
Hello,

My son Jamie (12) slipped at station 7 on the Canopy course yesterday and hit his head on the handrail. Your first-aider checked him and he seemed fine, but he was sick twice last night and we're now at St Mary's. They're keeping him in for observation.

The doctor wants to know exactly what happened - how far he fell, how long he was on the platform afterwards. Could you send your incident report to this address today?

Tomas Novak
""", "high", "anxious"),
    M("en", "Charged $1,240 instead of $124", """
I booked the family pass for 10 people on your website this morning. The confirmation says $124, but my bank shows $1,240 taken - from my business debit card, which pays my two staff tomorrow morning. Your phone line rings out.

I need the extra $1,116 back today, or at least a written confirmation I can show the bank. This is not a small mistake for a business my size.

Dana Whitaker
Booking TT-7730
""", "high", "angry"),
    M("en", "Minimum age for the night course", """
Hi,

Is there a minimum age for the night zip-line course? My daughter turns 11 next month and she's been on your day courses three times, but I'm honestly a bit nervous about her doing it in the dark. How do you keep kids safe at night - are there more staff on the platforms?

Thanks,
Paul
""", "normal", "anxious"),
    M("en", "Dad's birthday zip line", """
Hi Treetop Trails!

My dad did the big zip line for his 70th birthday on Saturday and hasn't stopped talking about it - thank you to Sam and Priya for being so patient with him. He wants to come back next month for the canopy course. Does he need to do the safety briefing again, or is it valid for a while?

Naomi
""", "normal", "positive"),
    M("en", "Cafe feedback", """
Loved the course! Only feedback: the cafe could use a couple of vegetarian options besides crisps. Not urgent at all, just something for next season.

Sophie
""", "low", "neutral"),
]
