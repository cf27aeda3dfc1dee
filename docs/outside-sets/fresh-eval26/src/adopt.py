# adopt = animal rescue and adoption charity (dogs and cats; trials, home visits, fostering)
from ._h import s, d, m

DOMAIN = "adopt"

SENTS = [
    s("ja", "譲渡までの審査には、ある程度お時間をいただきます。", "vague"),
    s("ja", "ペット可の物件であることが分かる書類を送ってください。", "imperative", "request_without_reason"),
    s("ja", "先住猫と仲良くなれなかった理由は、こちらでも見当がつきません。", "unknown_without_followup"),
    s("ja", "その子が何歳なのかは、正直なところ分かりません。", "unknown_without_followup"),
    s("ja", "トライアル期間は2週間で、その間は毎週金曜に様子をメールでお知らせいただいております。", ),
    s("ja", "ご家族全員が賛成されているかどうか、面談の際にお聞かせいただけますか。", "request_without_reason"),
    s("ja", "ご家族のどなたかのアレルギーで手放すことになる例が多いため、面談ではご家族全員のご意向を伺っています。", ),
    s("ja", "正直に申し上げて、ご高齢の方に子犬のお世話は無理だと思います。", "condescending"),
    s("ja", "譲渡費用の内訳を公開する予定はありません。", "dismissive"),
    s("ja", "万一脱走してしまった場合は、当会のボランティアが捕獲器を持って伺いますので、すぐにお電話ください。", ),
    s("ja", "ワクチンは済ませてありますが、次の時期は獣医さんに聞いてください。", "imperative"),
    s("ja", "お問い合わせの子は昨日別の方とのトライアルが決まりました。同じくらいの月齢の保護猫があと3匹おりますので、写真をお送りしましょうか。", ),
    s("ja", "面談日は、ボランティアの予定を確認して6月5日（木）までにご連絡します。", ),
    s("ja", "今すぐお返事いただけないなら、ほかの希望者さんに回します。", "condescending"),
    s("en", "Send us photos of your garden fence.", "imperative", "request_without_reason"),
    s("en", "We'll get back to you about the home visit at some point next month.", "vague"),
    s("en", "We have no idea how she'll get on with children.", "unknown_without_followup"),
    s("en", "Honestly, if you'd done your research you'd know greyhounds need a secure garden.", "condescending"),
    s("en", "Your home visit is booked for Saturday 7 June at 2 p.m.; it takes about 45 minutes, and Priya will bring a tape measure for the fence.", ),
    s("en", "Because Biscuit is nervous of men, we'd like everyone in the household to meet her at the kennels before she comes home; would Saturday morning suit you?", ),
]

DRAFTS = [
    d("ja", "トライアル開始日（6月14日）のご案内",
      """小松様

NPO法人しっぽの家の大橋です。
先日は面談にお越しいただき、ありがとうございました。保護猫「むぎ」（オス・推定2歳）のトライアルを、6月14日（土）から開始させていただきたいと思います。

当日は13時に、ボランティア2名がむぎを連れてご自宅に伺います。脱走防止の対策を一緒に確認するため、30分ほどお時間をいただけますでしょうか。
トライアル期間は2週間です。その間、毎週金曜日にむぎの様子を写真と一言でお知らせいただければ、こちらからも気づいた点をお伝えします。

ご都合が悪い場合は、6月10日までにこのメールにご返信ください。

NPO法人しっぽの家 大橋
"""),
    d("ja", "ご自宅訪問の日程候補のご連絡",
      """村上様

NPO法人しっぽの家の大橋です。
譲渡のお申し込みをいただいた保護犬「こてつ」について、ご自宅への訪問の日程候補をお送りします。

・5月24日（土）10時〜
・5月25日（日）14時〜
・5月28日（水）18時〜

訪問では、こてつが暮らすお部屋や散歩のルートを拝見し、柵の高さなどを一緒に確認いたします。所要時間は1時間ほどです。
ご都合のよい日時を、5月20日までにお知らせいただけますでしょうか。いずれも難しい場合は、別の日をご提案ください。

NPO法人しっぽの家 大橋
"""),
    d("ja", "【お詫び】健康記録の送付誤りについて",
      """小松様

NPO法人しっぽの家の大橋です。
昨日お送りした「むぎ」の健康記録に、別の保護猫の検査結果が混ざっておりました。ご心配をおかけし、大変申し訳ございません。

原因は、同じ日に検査を受けた2匹の記録を、私が一つのファイルにまとめる際に取り違えたことです。
むぎ本人の正しい記録（ワクチン2回接種済み、ウイルス検査陰性）を本メールに添付いたしました。誤ってお送りした記録は、お手数ですが削除していただけますと幸いです。
今後は、記録をお送りする前に、マイクロチップの番号と記録の番号が一致しているかを別のボランティアが確認いたします。

ご不明な点がございましたら、いつでもご連絡ください。

NPO法人しっぽの家 大橋
"""),
    d("en", "Next step for your application to adopt Biscuit",
      """Dear Ms Okoro,

Thank you for applying to adopt Biscuit. We'd like to arrange a meet-and-greet at our kennels as the next step.

Biscuit is nervous of men and of sudden noises, so we ask every member of the household to meet her here first. It helps us see whether she'll be comfortable, and gives you a chance to see how she behaves.

We have slots on Saturday 14 June at 10:00 or 11:30, and Sunday 15 June at 14:00. Each visit takes about an hour. Let us know which suits you by Wednesday, and we'll hold it for you.

Warm regards,
Jo Fletcher
Second Chance Hounds & Cats
"""),
]

MAILS = [
    m("ja", "むぎが窓から出て行ってしまいました",
      """しっぽの家　大橋さま

トライアル中の小松です。
今朝６時ごろ、網戸が少し開いていたところから、むぎが外に出て行ってしまいました。
家の周りを２時間探しましたが見つかりません。
むぎは外に出たことがない子なので、車にひかれないか、お腹をすかせていないか、心配でたまりません。
何をすればいいのか教えてください。お借りできる捕獲器はありますか。

小松　090-8810-2271""", "high", "anxious"),
    m("ja", "譲渡後すぐに入院しました（２度目の連絡です）",
      """しっぽの家　ご担当者様

先月こちらから保護犬を譲っていただいた村上です。
お迎えして５日目に血便が出て動物病院に連れて行ったところ、パルボウイルスに感染していると言われ、今も入院しています。
治療費はすでに１５万円を超えています。
譲渡の際、健康状態に問題はないと説明を受けていました。

先週も同じ内容をメールしましたが、お返事がありません。
病院からは今週中に今後の治療方針を決めるよう言われています。
団体としてどう考えているのか、お返事をお待ちしています。

村上""", "high", "angry"),
    m("ja", "預かり中の子猫の引き取りについて",
      """大橋さん

預かりボランティアの島田です。
急なお願いで申し訳ありません。実は明日の午後から私が手術で１週間ほど入院することになりました。
今お預かりしている生後３週間の子猫３匹は、まだ３時間おきのミルクが必要です。
家族は昼間いないので、明日の正午までにどなたかに引き取っていただく必要があります。
どなたか受け入れ先がいらっしゃるか、ご確認いただけますか。

島田""", "high", "neutral"),
    m("ja", "譲渡のお申し込み",
      """はじめまして。
ホームページで見た保護犬の「こてつ」くんの譲渡を希望しています。
夫婦２人暮らしで、一戸建て（庭あり）に住んでいます。
以前も犬を１５年飼っていました。
申し込みの手順を教えていただけますでしょうか。

村上　直樹""", "normal", "neutral"),
    m("ja", "審査結果について",
      """先日、譲渡の申し込みを断られた者です。
理由をお聞きしたら「６０歳以上の一人暮らしの方にはお譲りしていない」とのことでした。
私は毎日２時間散歩していますし、健康にも問題ありません。万一のときに引き取ってくれる娘もいます。
年齢だけで一律に判断されるのは、正直、納得がいきません。
規則なら仕方ないのかもしれませんが、どういう考えで決めているのか教えてください。

山口""", "normal", "angry"),
    m("ja", "あまりごはんを食べません",
      """大橋さん

お世話になっております。先週お迎えしたむぎですが、この２日ほど、ごはんを半分くらいしか食べません。
お水は飲んでいて、トイレもちゃんとしています。
環境が変わったせいなのか、どこか具合が悪いのか、初めての猫なので判断がつかず心配です。
しばらく様子を見ても大丈夫でしょうか。

小松""", "normal", "anxious"),
    m("ja", "まだ募集してますか",
      """まだ募集してますか？""", "normal", "neutral", True),
    m("ja", "寄付の領収書について",
      """いつも活動を拝見しています。
先月、銀行振込で１万円を寄付しました。
確定申告で使いたいので、領収書を発行していただくことはできますか？
年明けで構いません。

佐藤""", "normal", "neutral"),
    m("ja", "こてつの近況です",
      """しっぽの家の皆さま

こてつを迎えて半年が経ちました。
最初は散歩でもびくびくしていましたが、今では近所の子どもたちに撫でられるのを楽しみにしています。
写真を３枚添付しますので、よかったらホームページで使ってください。
素敵な出会いをありがとうございました。

村上""", "low", "positive"),
    m("ja", "ボランティアについて",
      """こんにちは。
来年の春に仕事が落ち着く予定なので、その頃から週末だけボランティアに参加できないかと考えています。
どのような活動があるのか、今のうちに知っておきたくて連絡しました。
返信はいつでも大丈夫です。

田村""", "low", "neutral"),
    m("en", "Foster dog bit my son",
      """Jo,

Rex, the foster dog we've had for ten days, bit my son Sam (8) on the cheek about an hour ago. We're at A&E now and he's having stitches. My husband has shut Rex in the garden.

I don't know what to do with Rex tonight. We can't have him in the house with the kids, and I'm not sure it's safe to leave him outside all night either. Please tell me what happens now.

Megan""", "high", "anxious"),
    m("en", "Six weeks and still waiting",
      """Hi,

I applied to adopt six weeks ago and I've heard nothing except an automatic email. Meanwhile I see the same dogs still advertised on your Facebook page.

I'm not in a hurry exactly, but it feels like applications just disappear. If you don't want adopters, say so, and I'll go elsewhere.

Chris Hall""", "normal", "angry"),
    m("en", "Adoption fee",
      """Hello, what is the adoption fee for a cat, and does it include neutering and microchipping? Thank you, Hannah""", "normal", "neutral"),
    m("en", "about the dog",
      """Hi, about the dog""", "normal", "neutral", True),
    m("en", "Biscuit update",
      """Dear Jo,

Biscuit has been with us three months now. She sleeps on the sofa, steals socks and even let my husband give her a treat last week! Photos attached. Thank you for trusting us with her.

Ada""", "low", "positive"),
]
