# reptile = a reptile and exotic-pet shop: live animals (geckos, snakes, tortoises),
# vivariums, heaters, frozen and live food, shipping of live animals, care advice.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "reptile"

SENTENCES = [
    S("ja", "ヒョウモントカゲモドキの生体は12,800円からで、ケージ一式のセットは24,000円です。"),
    S("ja", "生体の発送は気温が5℃から30℃の日に限っているため、お届けは早くても3月10日以降になります。"),
    S("ja", "ヒーターなしで冬を越せると思われたのでしたら、飼育の基本から勉強し直されたほうがよろしいかと存じます。", CON),
    S("ja", "お渡しした時点では元気でしたので、その後のことはお客様の飼い方の問題です。", CON),
    S("ja", "冷凍マウスの入荷は、もうしばらく先になりそうです。", VAG),
    S("ja", "拒食の原因を探るため、ケージの温度を1週間、朝と夜に記録していただけると、次回のご相談の際に役立ちます。"),
    S("ja", "脱皮の皮が残った指は、無理に引っ張らないでください。血の流れが止まって指先が壊死することがあります。", IMP),
    S("ja", "なぜ餌を食べないのかは、正直わかりません。", UNK),
    S("ja", "お迎えいただいた後の体調不良につきましては、当店では一切関知いたしかねます。", DIS),
    S("ja", "ご来店の際は、いま飼っている個体の写真をお持ちいただけますか。", RWR),
    S("ja", "拒食が2週間を超えている場合は脱水のおそれがあるため、爬虫類を診られる動物病院を今日中に受診されることをおすすめします。"),
    S("ja", "ご注文のコオロギは本日発送し、明日の午前中に届く予定です。"),
    S("ja", "その個体の正確な年齢は、当店ではお答えできません。", UNK),

    S("en", "Our adult corn snakes are £95, and that includes a care sheet and a free vet check within the first 14 days."),
    S("en", "Weigh the gecko every week and email us the numbers.", IMP, RWR),
    S("en", "Anyone who keeps reptiles should know that a basking lamp needs a thermostat.", CON),
    S("en", "The UVB bulbs are due back in stock on 9 October, and I've put one aside for you."),
    S("en", "What your landlord thinks about snakes is not our concern.", DIS),
    S("en", "We can't tell why your tortoise isn't eating.", UNK),
    S("en", "We don't know yet whether the breeder has another female, but I've asked and will reply by Saturday 14 September."),
]

DRAFTS = [
    D("ja", "ご予約のフトアゴヒゲトカゲのお迎え日：4月6日（土）", """
杉本様

レプタイルハウスの荒木です。
ご予約いただいていたフトアゴヒゲトカゲ（ベビー、生後3か月）のお迎え日が、4月6日（土）に決まりました。

お迎えの当日にケージが25〜35℃になっているよう、前日からヒーターとライトを点けておいていただけますか。新しい環境に慣れるまでの間に温度が低いと、餌を食べなくなることがあるためです。

生体の代金は28,000円で、お迎えの際に店頭でお支払いいただきます。

レプタイルハウス 荒木
"""),
    D("ja", "ボールパイソンの口の周りの泡について（写真を拝見しました）", """
秋山様

レプタイルハウスの荒木です。
お送りいただいた写真を拝見しました。口の周りの白い泡は、マウスロット（口内炎）の初期症状の可能性があります。

放っておくと顎の骨まで炎症が進むことがあるため、明日までに爬虫類を診られる動物病院を受診されることをおすすめします。
当店から近い病院では「みどり動物病院」（045-555-0129、土曜も診療）が爬虫類に対応しています。

受診までの間も、ケージの温度は普段どおり（ホットスポット32℃）に保っていただくのが安心です。体温が下がると免疫の働きが弱まるためです。

レプタイルハウス 荒木
"""),
    D("ja", "【レプタイルハウス】お取り置き期限のお知らせ", """
{{氏名}}様

レプタイルハウスです。
お取り置き中の商品の受け取り期限が近づいております。

商品：パネルヒーター 32W
受け取り期限：{{期限}}

期限を過ぎますと、次にお待ちのお客様へご案内するため、お取り置きを解除させていただきます。

レプタイルハウス
""", PH),

    D("en", "Your leopard gecko: what to do about the stuck shed", """
Hi Callum,

Thanks for the photos. The bits of old skin on Nugget's toes are a common problem, and it's worth dealing with them within the next two days, because a ring of skin left on a toe can cut off the blood supply.

A 15-minute soak in lukewarm water (about 30°C, shallow enough for her to keep her head up), followed by gently rolling the skin off with a damp cotton bud, usually does it. If it still won't come off after two soaks, a reptile vet can remove it safely.

The humid hide in her tank may also have dried out. Refilling the moss in it will help prevent this next time.

Best,
Anna
Scales & Tails
"""),
    D("en", "Hello from Scales & Tails", """
Hi Ruth,

Hope Pepper is settling in well! We've had a lovely week here: three clutches of crested gecko eggs hatched, and we've finally finished the new display in the tortoise room.

We're also running a care workshop for new owners on the last Sunday of each month, which might interest you.

By the way, the vivarium you ordered arrived damaged from the supplier. We can offer you a replacement on 2 October or a full refund of £189 now. Could you let us know by Friday which you'd prefer?

All the best,
Anna
Scales & Tails
""", PUR),
]

MAILS = [
    M("ja", "high", "anxious", False, "昨日購入したカメの様子がおかしいです", """
レプタイルハウス様

昨日お店でクサガメの子どもを購入した者です。
今朝から片目を開けず、ほとんど動きません。
甲羅を触ると、昨日より柔らかくなっている気がします。
水温は店員さんに言われたとおり26℃にしています。

近所の動物病院に電話したら、カメは診られないと言われました。
しかも今夜から３連休で、開いている病院が見つかりません。
このまま様子を見ていていいのか、何かできることはあるのか、
教えていただけないでしょうか。

伊藤
"""),
    M("ja", "high", "angry", False, "届いたヘビが死んでいました", """
レプタイルハウス 御中

1月15日に通販で注文したボールパイソン（38,000円）が、本日届きました。
箱を開けると、すでに死んでいました。
発送日は最低気温が氷点下の日でしたが、箱の中にカイロも保温材も入っていませんでした。
冬場の発送では保温すると、サイトに書いてあったはずです。

代金の返金か、同等の個体との交換を求めます。
明日中にご回答がない場合は、消費生活センターに相談するつもりです。
写真は添付のとおりです。

高田 隼人
"""),
    M("ja", "high", "neutral", False, "購入したパネルヒーターの発熱について", """
レプタイルハウス ご担当者様

先月、御社の通販でパネルヒーター（32W、品番 RH-32）を購入しました。
昨晩ケージを動かしたところ、ヒーターの下の棚板が茶色く焦げていました。
触れないほどの熱さになっていたようです。
すぐにコンセントは抜き、今は使っていません。

同じ品番を使っている方がほかにもいると思いますので、
念のためお知らせしておきます。
火事になる前に、他の購入者の方にも確認されたほうがよいと思います。

小野寺
"""),
    M("ja", "normal", "neutral", False, "レオパの餌の頻度について", """
ヒョウモントカゲモドキ（生後4か月）を飼っています。
今はコオロギを毎日5匹あげているのですが、
大人になったら何日おきにすればいいのでしょうか。
"""),
    M("ja", "normal", "angry", False, "店員さんの言い方について", """
先週の日曜にお店に伺った者です。
ボールパイソンを飼いたいと相談したら、
店員の方に「初心者には無理だと思いますよ」と笑いながら言われました。
こちらは事前にかなり調べてから行ったつもりです。
せめて、なぜ無理なのかを説明していただきたかったです。
ああいう対応をするお店だとは思っていませんでした。
"""),
    M("ja", "normal", "anxious", False, "子どもがカメを触るときの注意", """
小学生の息子にせがまれて、リクガメを飼うことを考えています。
ただ、カメにはサルモネラ菌がいると聞いて不安になりました。
子どもがカメを触るとき、どんなことに気をつければいいでしょうか。
"""),
    M("ja", "normal", "neutral", True, "入荷", """
あれ入りました？
"""),
    M("ja", "normal", "positive", False, "レオパのシェルターについて", """
先月お迎えしたレオパのきなこ、毎日元気にしています！
ハンドリングにも少し慣れてきました。
そろそろケージのレイアウトを変えたいと思っているのですが、
おすすめのシェルターを教えていただけますか。
今のケージは45cm幅です。
"""),
    M("ja", "low", "neutral", False, "リクガメの飼育費用について", """
来年の春ごろにリクガメを飼いたいと考えています。
ケージや照明など、最初の準備にどのくらい費用がかかるのか知りたいです。
お時間のある時に教えていただければ十分です。
"""),
    M("ja", "low", "neutral", False, "店内の通路について", """
先日、子どもを連れてベビーカーで伺いました。
棚の間の通路が狭くて、奥の方まで入れませんでした。
ご参考までにお伝えします。
"""),

    M("en", "high", "anxious", False, "Power cut – snake getting cold", """
Hi,

We've had a power cut since 6am and the electricity company says it won't be back until this evening. My royal python's vivarium is down to 14°C and it's 2°C outside, so the house is getting colder by the hour.

She's eight years old and I'm scared she won't cope. What can I do to keep her warm until the power comes back? I have hot water bottles and a car.

Thank you,
Emma
"""),
    M("en", "high", "angry", False, "Mites from the bearded dragon you sold me – third email", """
This is my third email. Nobody has replied to the first two.

The bearded dragon I bought from you on 3 March had mites. I didn't know until they'd spread to my two other lizards. The vet has confirmed it, and I've now spent £140 on treatment, with more to come.

I want to know what you are going to do about the animals in your shop that are still infested, and about my vet bills.

Paul Kemp
"""),
    M("en", "normal", "neutral", False, "Tank size for crested gecko", """
Hello! What size tank would you recommend for an adult crested gecko? I've seen very different answers online.

Thanks,
Lena
"""),
    M("en", "normal", "neutral", False, "Can you hold a tortoise for me?", """
Hi,

I saw the Hermann's tortoise in your shop on Saturday and I'd like to buy her. I'm away until the 20th – could you hold her for me until then? Happy to pay a deposit.

Thanks,
Rob
"""),
    M("en", "low", "neutral", False, "Chameleon for a beginner?", """
Hi, I'm thinking about getting a chameleon next year. Would you say they're OK for a beginner? Not in any hurry – just reading up for now.

Cheers,
Dan
"""),
]
