# visitnurse = visiting-nurse station (訪問看護ステーション): families, care managers, hospitals
from _h import s, d, m

DOMAIN = "visitnurse"

SENTENCES = [
    s("ja", "主治医の指示書が今週水曜日に届く予定ですので、訪問は木曜日の午前10時から再開いたします。"),
    s("ja", "先日の訪問で拝見した限りでは、ご家族が毎日のお薬の管理をもう少しきちんとされていれば、ここまでの状態にはならなかったと考えております。", "C"),
    s("ja", "ご希望の午後の時間帯は、ほかのご利用者様との兼ね合いが付けば、そちらに移せるかと思います。", "V"),
    s("ja", "夜間に容体が変わったときは、契約書の表紙に記載した24時間番号におかけいただければ、待機の看護師が直接出ます。"),
    s("ja", "保険証のコピーを次回の訪問までに用意しておいてください。", "IR"),
    s("ja", "褥瘡が悪化した原因は、体の向きを変える回数なのか栄養の状態なのか、こちらでもはっきりしたことが言えない状況です。", "U"),
    s("ja", "前回の訪問でもお伝えしておりますので、ご家族の間で共有していただければ同じご質問は不要かと存じます。", "C"),
    s("ja", "入浴の介助は看護の仕事ではございませんので、当ステーションでは対応しておりません。", "D"),
    s("ja", "医療保険の訪問看護では入浴のお手伝いだけを目的に伺うことができないため、介護保険の訪問入浴と組み合わせる形をご提案します。ケアマネジャーの佐藤様には、こちらから明日中にお伝えしておきます。"),
    s("ja", "37.5度以上の熱がある日は、訪問の前にお電話をいただけますか。感染症の疑いがあると、看護師が防護具を用意して伺う必要があるためです。"),
    s("ja", "お父様の数値は安定していますので、ご家族がそこまで気に病まれることはないと思います。", "D"),
    s("ja", "来月からの訪問回数は、主治医と相談したうえで、今週金曜日の夕方までにお電話でご提案いたします。"),
    s("ja", "訪問の日は、玄関の鍵を開けたままにしておいていただけますか。", "R"),
    s("ja", "銀行や役所の手続きを看護師がご家族の代わりに行うことは、訪問看護の範囲を超えるためお引き受けできません。地域包括支援センターの担当の方をご紹介しますので、ご希望をお聞かせください。"),

    s("en", "The wound should close up in a little while as long as the dressings are changed the way we showed you.", "V"),
    s("en", "Keep the front door unlocked on visit days.", "IR"),
    s("en", "The rota for Thursday is still being worked out, so I couldn't say which nurse will be coming.", "U"),
    s("en", "Our nurses don't get involved in disagreements with the care home, so that's one for you to raise with them.", "D"),
    s("en", "The nurse who saw him on Monday noticed swelling in his left ankle, so we've asked Dr Hale to review it and will ring you with his advice by 6 pm tomorrow."),
    s("en", "We can't send a nurse after 8 pm because we have no night staff in your area, but the out-of-hours team at St Mary's can, and we've already sent them his care plan."),
    s("en", "Rosa will visit at 9:30 on Wednesday and Friday this week."),
]

DRAFTS = [
    d("ja", "10月12日の訪問が遅れたことへのお詫び",
      """山口 恵子様

あおば訪問看護ステーションの管理者、井上です。
10月12日の訪問で、お約束の10時から50分遅れて伺い、その間ご連絡も差し上げずにお待たせしてしまいました。誠に申し訳ございません。

前のご利用者様のお宅で処置が長引いたうえ、遅れる場合は必ず事前にお電話するという当ステーションの決まりを、担当の看護師が守っておりませんでした。
当日のうちに担当者から経緯を聞き取り、翌朝の朝礼で全職員に決まりを改めて周知いたしました。

今後は、訪問予定の15分前になっても前の訪問が終わっていない場合、事務所から次のお宅へお電話する形に改めます。
お母様のご体調に影響がなかったか、次回の訪問時に改めて確認させてください。

あおば訪問看護ステーション
管理者 井上 真理子
TEL 045-555-0187
"""),
    d("ja", "処置用の鋏の置き忘れについて",
      """高橋 様

いつもお世話になっております。みなと訪問看護の田村です。

昨日の訪問の際、看護師が処置に使った鋏をお宅のリビングのテーブルに置いたまま退出してしまいました。
お孫様が見つけて触れてしまうおそれもあり、大変申し訳ございませんでした。
処置の後、片付けの途中でご家族からお声がけがあり、確認が途中のまま退出したことが原因です。

本日午前中に担当者が伺い、鋏は回収いたしました。お怪我などがなかったことも確認しております。

みなと訪問看護ステーション 田村
""", "A"),
    d("ja", "来月からの担当看護師の変更について",
      """中川 様

いつもお世話になっております。さくら訪問看護ステーションの大野です。

11月から、お父様の担当看護師が変わることになりましたのでお知らせいたします。
現在担当している石田が産休に入るためで、新しい担当は〇〇〇〇です。
訪問の曜日と時間（火・金の14時）は変わりません。
11月4日（火）の初回は、石田も同行して引き継ぎをいたします。

ご不明な点がございましたら、お気軽にお電話ください。

さくら訪問看護ステーション 大野
""", "P"),
    d("ja", "【11月20日までにご返送のお願い】訪問看護の継続に必要な確認票",
      """小林 様

あおば訪問看護ステーションの井上です。
訪問看護の指示書は半年ごとに更新が必要で、次の更新の前に、ご家族から見たお母様の様子を主治医にお伝えしています。
同封の確認票で、この一か月に当てはまる項目に〇をつけ、11月20日までに返信用封筒でお送りいただけますでしょうか。
確認票は主治医の先生が指示書を書くときの参考にするだけで、点数をつけるものではありません。

書き方でお迷いの点があれば、次回の訪問時に看護師と一緒にご記入いただくこともできます。

あおば訪問看護ステーション 井上
"""),

    d("en", "Update from Riverside Community Nursing",
      """Dear Mr Adeyemi,

I hope you and your family are keeping well as the weather turns colder.

This month we welcomed two new nurses to the team, Priya and Tom, who will be covering the north side of town on weekends. We are also running flu vaccination sessions at the Riverside surgery every Thursday in October for anyone who is housebound or caring for someone who is.

A reminder that our office will be closed on 31 October for staff training; the out-of-hours line runs as normal.

Your mother's tissue viability nurse has recommended switching to a silicone foam dressing, and because it's a change of treatment we need your signed consent before we can start it, ideally before Thursday's visit.

Kind regards,
Hannah Brooks
Riverside Community Nursing
""", "F"),
    d("en", "Bank holiday",
      """Dear Ms Kowalski,

Monday 26 August is a bank holiday, and your father's visit will go ahead as usual but an hour later, at 11:30, because we run a reduced team that day.

If that time doesn't work for his insulin, you can reply to this email or ring the office by Thursday and we'll move him to the first slot at 8:00.

Best wishes,
Sam Patel
Riverside Community Nursing
01632 960 331
"""),
]

MAILS = [
    m("ja", "母の様子について",
      """あおば訪問看護ステーション 御中

いつもお世話になっております。小林です。
母が今朝から食事にほとんど手をつけず、呼びかけても返事がいつもより遅いです。
熱は37.2度で、昨日の夜から尿もあまり出ていないようです。
次の訪問は木曜日と伺っていますが、それまで様子を見ていてよいものでしょうか。
主人は出張中で、今日は私ひとりです。

小林 由美
""", "high", "anxious"),
    m("ja", "Re: Re: 訪問のご連絡について",
      """先週の月曜から三回お電話して、折り返しをお願いしていますが、まだどなたからも連絡がありません。
父の膀胱カテーテルの交換は明後日の予定です。
担当の方が来てくださるのか来られないのか、それだけでもお知らせください。
来られないなら、病院に連れて行く手配をこちらでしなければなりませんので。

中川

> 承知しました。担当者より折り返しご連絡いたします。
> みなと訪問看護ステーション
""", "high", "angry"),
    m("ja", "退院日決定のご連絡（石原様）",
      """さくら訪問看護ステーション
大野様

いつもお世話になっております。居宅介護支援事業所ひだまりの佐藤です。
入院中の石原様ですが、本日の退院前カンファレンスで、退院が明日11時に決まりました。
在宅酸素の業者は明日の夕方に設置予定、ご自宅では奥様がお一人で介護されます。
退院当日の夕方に初回訪問をお願いできないかと考えております。
可否だけでも今日中にお返事いただけると助かります。指示書は病院から本日FAXされる予定です。

ひだまり 佐藤
０９０－５５５５－０１２３
""", "high", "neutral"),
    m("ja", "訪問曜日の変更について",
      """いつもありがとうございます。
１２月から私の勤務が変わり、水曜日が休みになります。
今の月曜の訪問を水曜に変えていただくことはできますでしょうか。
難しければ今のままでも大丈夫です。

原田
""", "normal", "neutral"),
    m("ja", "先日の訪問について",
      """みなと訪問看護ステーション
管理者様

先日伺った看護師の方が、母の足の傷を見て「こんなになるまで放っておいたんですか」と母の前でおっしゃいました。
傷は通院中の皮膚科でも診ていただいており、放っておいたわけではありません。
母はその日一日ふさぎ込んで、夕飯も食べませんでした。

今後も同じ方が来られるのであれば、ほかの事業所への切り替えも考えております。
どのようにお考えか、お聞かせください。

村上 雅子
""", "normal", "angry"),
    m("ja", "先月のご請求について",
      """お世話になっております。
先月の請求書が届いたのですが、金額がその前の月のほぼ倍になっていて驚いています。
回数は変わっていないと思うのですが、何か増えたのでしょうか。
年金で暮らしているので、このまま毎月この金額になると正直厳しいです。
内訳を教えていただけますか。

吉村 和子
""", "normal", "anxious"),
    m("ja", "お礼",
      """あおば訪問看護ステーションの皆様

父が先月二十日に亡くなりました。
最後まで家で過ごしたいという本人の望みをかなえられたのは、皆様が毎週来てくださったおかげです。
井上さんが父の好きな野球の話に付き合ってくださったこと、家族一同忘れません。
お忙しいと思いますので、お返事は結構です。本当にありがとうございました。

森田 健一
""", "low", "positive"),
    m("ja", "緊急連絡先の変更予定について",
      """お世話になっております。石井です。
契約書で緊急連絡先にしている長男の携帯番号が、来年の春に変わる予定です。
番号が決まったら改めてお知らせしますが、その際に書類の書き直しなどが必要かどうか、分かるときで構いませんので教えてください。
急ぎませんので、次の訪問の時に看護師さんに伝えていただくのでも大丈夫です。
""", "low", "neutral"),
    m("ja", "来週", "来週どうなりますか", "normal", "neutral", True),
    m("ja", "看護学生さんの同行について",
      """大野様

先日お電話でご相談いただいた、看護学生さんの実習での同行の件です。
ありがたいお話なのですが、母は知らない人がいると緊張してしまう性格で、今回はお断りしたいと思います。
母の具合が悪いわけではありませんので、ご心配なく。
ご迷惑をおかけしますが、よろしくお願いします。

西村
""", "normal", "neutral"),

    m("en", "Dad's feeding tube",
      """Hi,

Dad's PEG tube came out about an hour ago when he turned over in bed. I've covered the hole with clean gauze like Rosa showed me. He's had his morning feed but nothing since, and his evening feed and meds normally go through it at 6.

Nobody told me whether this can wait until Rosa's visit on Wednesday morning or whether someone has to come tonight. What should I do?

Linda Marsh
07700 900 412
""", "high", "anxious"),
    m("en", "Mrs Cho's evening insulin",
      """Hello,

I live next door to Mrs Evelyn Cho at 14 Alder Close and keep an eye on her. Your nurse normally comes at 6 pm to give her insulin because her eyesight is too poor to do it herself. Nobody came last night, and she has had nothing since yesterday morning. She says she feels fine but is very thirsty.

I've tried your office number twice this morning and it goes to voicemail. Could you tell me whether someone is coming today, and when?

Thank you,
Peter Lang (neighbour)
07700 900 563
""", "high", "neutral"),
    m("en", "Visit windows",
      """Third time this month that the 9–11 visit window has turned out to mean "some time after lunch".
I rearranged my shifts again today for nothing.
Genuine question: is there any point in you giving us a window at all?

J. Okoro
""", "normal", "angry"),
    m("en", "re: Tuesday", "can we change it", "normal", "neutral", True),
    m("en", "Thank you to Tom",
      """Just a quick note to say how much we appreciate Tom, who has been coming to see my husband since June. He explains everything and never makes us feel rushed.

One small thing, for whenever you next review your paperwork: the medication chart you leave is printed very small and my husband can't read it without a magnifier. A larger print would help. No need to reply.

Margaret Ellis
""", "low", "positive"),
]
