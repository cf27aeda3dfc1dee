# paint_store = specialist paint and coatings shop (tinting, trade deliveries to painters, DIY advice)
# ja: いろどり塗料店   en: Hartley Paint Supply
from common import S, D, M

DOMAIN = "paint_store"

SENTENCES = [
    # --- ja ---
    S("ja", "調色にはしばらくお時間をいただきます。", ["vague"]),
    S("ja", "調色は1缶あたり約30分で、本日16時にはお渡しできます。", []),
    S("ja", "色ムラは塗り方の問題であって、塗料の不良ではございません。", ["condescending"]),
    S("ja", "下地処理もせずに塗ったのであれば、剥がれるのは当然です。", ["condescending"]),
    S("ja", "ロット番号を教えてください。", ["imperative", "request_without_reason"]),
    S("ja", "同じ色でも製造ロットによって色味がわずかに変わることがあるため、お手元の缶のロット番号（缶底の8桁）を教えていただけますか。", []),
    S("ja", "乾燥時間は気温によって多少前後します。", ["vague"]),
    S("ja", "乾燥時間は気温20℃で約4時間、10℃以下では約8時間が目安です。", []),
    S("ja", "残った塗料は自治体によって出し方が異なるため、お住まいの市区町村の分別ルールをご確認いただけますか。固まらせてから可燃ごみとする地域が多いです。", []),
    S("ja", "他店で買われた塗料についてのご質問にはお答えしておりません。", ["dismissive"]),
    S("ja", "その塗料がシックハウスの基準を満たしているかは、弊社では把握しておりません。", ["unknown_without_followup"]),
    S("ja", "ご注文の18L缶4缶は、明朝8時に現場（港区芝3丁目）へお届けします。", []),
    S("ja", "ベランダの床に塗るのでしたら、滑り止めの砂を混ぜた専用塗料のほうが、雨の日に足を取られる心配がなく安全です。", []),
    # --- en ---
    S("en", "You'd be surprised how many people never read the back of the can.", ["condescending"]),
    S("en", "Please bring the can back along with your receipt.", ["request_without_reason"]),
    S("en", "Your deck stain will be back in stock shortly.", ["vague"]),
    S("en", "Your deck stain is back in stock on Tuesday, and we'll hold two gallons for you until Saturday.", []),
    S("en", "We couldn't tell you whether the old paint on your house contains lead.", ["unknown_without_followup"]),
    S("en", "Could you send a photo of the wall in daylight? Indoor lighting shifts the colour a lot, and a daylight photo lets us match it on the first try.", []),
]

DRAFTS = [
    D("ja", "調色サンプルのお渡しについて", """
△△様

いろどり塗料店の木村です。
ご依頼いただいた外壁用の調色サンプル（A4サイズ3色）ができあがりました。

店頭でのお渡しは、平日9時〜18時、土曜9時〜15時に承ります。
3色とも配合を記録しておりますので、本番用の塗料も同じ色でお作りできます。
本番用は、ご注文から2営業日でご用意いたします。

いろどり塗料店 木村
""", ["placeholder_left"]),
    D("ja", "【ご回答】ウッドデッキ用塗料のおすすめと必要な量", """
佐藤様

いろどり塗料店の木村です。
ウッドデッキ（約12㎡）に塗る塗料について、おすすめの品と必要な量をお知らせします。

おすすめは、浸透タイプの木材保護塗料「ウッドガードEX」です。表面に膜を作らないため、歩いても剥がれにくく、次の塗り替えも上から重ねて塗るだけで済みます。

・必要な量：12㎡を2回塗りで約3.5L → 4L缶1缶
・価格：4L缶 税込9,680円
・乾燥時間：気温20℃で、1回目から2回目まで約4時間

色見本は店頭に置いてありますので、ご来店の際に実物の色をご覧いただけます。

いろどり塗料店 木村
"""),
    D("ja", "掛け売り口座の開設に必要な書類（11月28日までのご提出で12月から適用）", """
株式会社ヤマモト塗装 山本様

いろどり塗料店の経理担当、林です。
法人の掛け売り口座の開設に必要な書類をご案内します。11月28日（金）までにご提出いただければ、12月1日のご注文から掛け売りでお取引いただけます。

■ご提出いただく書類
1. 取引申込書（添付のPDF）
2. 登記簿謄本のコピー（発行から3か月以内のもの）

登記簿謄本は、御社の所在地と代表者を確認するために必要です。
締め日は毎月20日、お支払いは翌月末の銀行振込です。

いろどり塗料店 経理 林
"""),
    D("en", "Your tint remix is ready for pickup today", """
Hi Ms Grant,

Your gallon of "Harbor Fog" has been remixed and is ready to pick up at our Elm Street store from 2 p.m. today, at no charge.

I'm sorry the first mix was off. Our tinting machine had a partly blocked black colorant nozzle, which made the colour lighter than the chip. We cleaned it this morning, and from now on we test the machine against a reference card every day at opening.

We checked the new mix against your chip under a daylight lamp before sealing the can. If the colour still doesn't look right on your wall, you're welcome to return the can and we'll refund it in full.

Thanks,
Leo Hartley
Hartley Paint Supply
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "【追加注文】外壁用 18L 2缶 本日配達希望", """
いろどり塗料店　木村様

いつもお世話になっております。ヤマモト塗装の山本です。
世田谷の現場で、外壁の仕上げ塗りの途中で塗料が足りなくなりました。
明日の午前中に足場の解体が入っていて、それまでに北面を塗り終えないといけません。

先週納品いただいたものと同じロット（缶底 25-0917-04）で、18L缶を２缶、今日の１５時までに現場へ届けていただくことはできますか。
同じロットがなければ、その旨だけでも早めに教えてください。色を合わせる段取りを考えます。

現場：世田谷区桜丘４丁目　ヤマモト塗装（携帯は山本まで）
""", "high", "neutral"),
    M("ja", "子どもが頭痛と吐き気を訴えています", """
お世話になります。
昨日そちらで買った油性の床用塗料を、今日の午前中に子ども部屋の床に塗りました。
窓は全部開けて換気していますが、夕方になって６歳の娘が頭が痛い、気持ちが悪いと言い出しました。

病院に連れて行くべきでしょうか。
受診するときに塗料の成分を伝えたほうがいいと思うので、どんな成分が入っているか教えてください。
缶には「フロアコートＳ」と書いてあります。
""", "high", "anxious"),
    M("ja", "納品された塗料の色が違います", """
いろどり塗料店 御中

昨日納品された外壁用塗料ですが、指定した「ウォームグレー N-72」ではなく、明らかに青みの強いグレーでした。
気づいたのは外壁を半分ほど塗ったあとです。
明日の朝、施主さんが仕上がりを見に来ることになっていて、このままでは塗り直しです。

塗り直しの材料費と職人２人分の手間賃は、当然そちらで持っていただけるんですよね？
今日中に正しい色を届けていただき、責任者の方から電話をください。

有限会社 岡田塗装店　岡田
""", "high", "angry"),
    M("ja", "色", """
この前と同じ色ください
""", "normal", "neutral", True),
    M("ja", "ウッドデッキ用の塗料について", """
はじめまして。
自宅のウッドデッキ（１２㎡くらい）を自分で塗り替えたいと思っています。
前に塗ったものが何かは分かりません。表面がところどころ白っぽく、ささくれています。

おすすめの塗料と、どのくらいの量が必要か教えていただけますか。
週末に伺って買うつもりです。

佐藤
""", "normal", "neutral"),
    M("ja", "店員さんの説明について", """
先日、店頭で「水性なので刷毛は水で洗えます」と説明を受けて買った塗料が、家で缶をよく見たら油性でした。
説明どおり水で洗ったせいで、刷毛とローラーが全部ダメになりました。
一式で４,０００円くらいです。
買い直しの分をどうにかしていただけませんか。正直、かなり腹が立っています。
レシートは手元にあります。

小池
""", "normal", "angry"),
    M("ja", "余った塗料の保管について", """
いつもお世話になっております。
先月買った水性塗料が半分ほど残っていて、来月の連休にまた使うつもりです。
ベランダの物置に置いてあるのですが、冬の間に凍ってしまわないか心配です。
一度凍ると使えなくなると聞いたことがあり、せっかく買ったものを無駄にしたくないので…。
家の中で保管したほうがいいのでしょうか。においが気になるので、できれば外に置きたいのですが。
""", "normal", "anxious"),
    M("ja", "法人での掛け売りについて", """
いろどり塗料店 ご担当者様

株式会社ヤマモト塗装の山本と申します。
現在、毎回現金でお支払いしていますが、月々の購入量が増えてきたため、
掛け売り（月締め・翌月払い）の口座を開いていただくことは可能でしょうか。
必要な書類があれば教えてください。
""", "normal", "neutral"),
    M("ja", "調色ありがとうございました", """
木村さん

先日、写真だけを頼りに調色していただいた玄関ドアの色、実物とぴったりでした！
家族にも「前と全然変わらない」と言われて、大満足です。写真を添付しますので、よかったら見てください。
次は春ごろに門扉を塗る予定なので、またお願いします。
""", "low", "positive"),
    M("ja", "カタログ請求", """
いつもお世話になっております。
来年の秋ごろに自宅の外壁を塗り替えようかと考えています。
外壁用塗料のカタログと色見本帳があれば、送っていただけないでしょうか。
まだ業者さんも決めていない段階ですので、お急ぎいただかなくて結構です。

〒２３０－００５１　横浜市鶴見区鶴見中央３－６－２　福田
""", "low", "neutral"),
    # --- en ---
    M("en", "Oily rags smoking in my garage", """
Hi,

I used your linseed oil finish on a table this afternoon and left the rags in a pile on the garage floor. Twenty minutes ago I noticed they were hot and starting to smoke. I've put them in a bucket of water and opened the garage door.

There are more rags in the trash can in the same garage, from yesterday. Are those going to do the same thing tonight? My kids' bedroom is above the garage. Nobody at the store mentioned this could happen.

Greg
""", "high", "anxious"),
    M("en", "Tint is way off - again", """
The gallon of "Harbor Fog" I picked up on Saturday is nowhere near the chip. It's at least two shades lighter. This is the second time this has happened at your Elm Street store.

I'd like it remixed properly, and I'd like to know what's wrong with your machine.

Ms Grant
""", "normal", "angry"),
    M("en", "(no subject)", """
do you have the grey
""", "normal", "neutral", True),
    M("en", "Coverage of exterior acrylic", """
Hello,

What's the coverage per gallon of your exterior acrylic (the "Shield" line)? I'm planning to paint a 1,800 sq ft two-storey house in spring, two coats over existing paint, and want to know roughly how many gallons to budget for.

Thanks,
Omar
""", "normal", "neutral"),
    M("en", "Colour workshops?", """
Not in a hurry at all - do you ever run colour consultation workshops for homeowners? Maybe something for next year. Happy to wait until you have dates.

Best,
Lydia
""", "low", "neutral"),
]
