# bookbind = a bookbinding and book-restoration workshop: repairs of family books,
# diaries and old prints, custom bindings (guest books, theses), boxes.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "bookbind"

SENTENCES = [
    S("ja", "背表紙の張り替えは1冊8,800円からで、お預かりから約3週間でお返しできます。"),
    S("ja", "破れたページは和紙で補修するため、補修した箇所は周りのページより紙の色が明るく見えます。"),
    S("ja", "ご自分でセロハンテープを貼られたのでしたら、かえって傷みが進むのは当然のことです。", CON),
    S("ja", "カビの除去は、本の状態によって料金がかなり変わります。", VAG),
    S("ja", "輸送中に角が潰れないよう、本は緩衝材で包んで箱に入れてお送りいただけますか。"),
    S("ja", "修復にどれくらいかかるかは、正直なところ見当がつきません。", UNK),
    S("ja", "思い出の品だと言われましても、当工房としては他の本と同じ扱いになります。", DIS),
    S("ja", "お送りいただく前に、傷んでいるページに付箋を貼っていただけますでしょうか。", RWR),
    S("ja", "何度もご説明しているとおり、古い本は湿気に弱いものなんです。", CON),
    S("ja", "お見積りは無料で、表紙・背・傷んだページの写真を3枚お送りいただければ、2営業日以内にお返事します。"),
    S("ja", "ご返却の送料は、ゆうパックで1,100円（元払い）です。"),
    S("ja", "修復が終わりましたら、できるだけ早くお返しするようにいたします。", VAG),
    S("ja", "ご指定の色の革がまだ手に入るかどうかを仕入れ先に問い合わせており、6月20日までにお返事いたします。"),

    S("en", "Rebacking a cloth-bound book costs £65 and takes about three weeks."),
    S("en", "Sellotape is the worst thing you could have used, as any book lover knows.", CON),
    S("en", "Leather rebinding is a fair bit more expensive.", VAG),
    S("en", "Wrap the book in plain paper, not newspaper, because the ink rubs off onto old covers.", IMP),
    S("en", "Would you mind sending us the book's dimensions, so we can order a box of the right size for posting it back?"),
    S("en", "Sentimental value doesn't change how we approach the work.", DIS),
    S("en", "We can't tell whether the original gilt can be saved until we see it, so once the book arrives I'll send you photos and a fixed quote within three working days."),
]

DRAFTS = [
    D("ja", "お預かりした『植物図譜』のご返却が遅れていることのお詫び", """
森田様

綴り工房の小野寺です。
お預かりしている『植物図譜』の修復について、お約束していた6月10日までにお返しできず、誠に申し訳ございません。

表紙の革を貼る工程で使う膠（にかわ）が、梅雨の湿気で予定どおりに乾かなかったことが原因です。
乾燥室の除湿を調整し直したうえで、本日その工程をやり直しました。6月17日（火）に発送し、18日にお届けできる見込みです。
返送料はこちらで負担いたします。

今後は、梅雨の時期の作業は乾燥日数を2日多く見込んだうえで、お約束の日をお伝えするようにいたします。

綴り工房 小野寺 葉子
"""),
    D("ja", "修復のお見積り：日記3冊で合計26,400円", """
佐々木様

綴り工房の小野寺です。
お送りいただいた写真をもとに、日記3冊の修復のお見積りをお送りします。

・背の補修と糸かがりのやり直し：1冊 8,800円 × 3冊
・合計：26,400円（税込、返送料込み）
・お預かり期間：4週間

この内容でよろしければ、本をお送りいただく前に、このメールへご返信いただけますか。作業の順番をその時点で確保いたします。

綴り工房 小野寺
"""),
    D("ja", "修復済みの『歌集』について", """
上田様

綴り工房の小野寺です。
お返しした『歌集』の見返しに、作業中についた指の跡が残っていたとのこと、申し訳ございません。
跡を取り除く作業をいたしますので、恐れ入りますが、もう一度こちらへお送りいただけますでしょうか。
送料は着払いで結構です。

綴り工房 小野寺
""", APO),

    D("en", "Your family Bible is ready to collect", """
Dear Mrs Adeyemi,

Your family Bible is repaired and ready for you to collect from the workshop. We're open Tuesday to Saturday, 10am to 5pm.

We resewed the loose sections, made a new spine in matching black goatskin and kept the original spine label. The final cost is £240, as quoted, and you can pay by card when you collect.

I've attached two photos of the finished binding.

With best wishes,
Tom Carver
Carver & Lamb Bookbinders
"""),
]

MAILS = [
    M("ja", "high", "anxious", False, "発送した本が届いていないようです", """
綴り工房 御中

6月3日に、祖父の形見の和綴じの句集を修復のためにお送りしました。
追跡番号で調べると6月4日に「配達完了」となっているのですが、
まだ受け取りのご連絡をいただいていません。
世の中に一冊しかないもので、もし紛失していたらと思うと
夜も眠れません。
工房に届いているかどうかだけでも、今日中に確認していただけないでしょうか。

追跡番号：4401-5555-0932
今井
"""),
    M("ja", "high", "neutral", False, "芳名帳の製本（9月20日の挙式）のゲラについて", """
綴り工房 小野寺様

お世話になっております。9月20日に挙式予定の河野です。
芳名帳の製本をお願いしている件で、
8月28日に表紙デザインのゲラを確認したメールをお送りしましたが、
その後のご連絡がまだありません。

式まで残り２週間となり、ご説明では製本に10日ほどかかるとのことでしたので、
このままだと間に合わないのではないかと思っています。
進み具合と、納品日を教えていただけますか。

河野 拓海
"""),
    M("ja", "high", "angry", False, "見積もりのお願い（3回目）", """
綴り工房 ご担当者様

7月から、祖母の家計簿（昭和初期のもの、5冊）の修復のお見積りをお願いしています。
7月8日、7月22日にフォームから送り、今回が3回目です。
写真も毎回添付しています。

断るなら断るで構いませんので、せめて返事だけはいただけませんか。
何の反応もないと、届いているのかどうかも分かりません。

石原 順子
"""),
    M("ja", "normal", "neutral", False, "文庫本を上製本にできますか", """
好きな小説の文庫本を、ハードカバーの上製本に仕立て直すことはできますか。
自分用なので、装丁はシンプルで構いません。
できるようでしたら、費用と期間の目安を教えてください。
"""),
    M("ja", "normal", "anxious", False, "カビの生えた本を送っても大丈夫でしょうか", """
実家の押し入れから、父の古いアルバムが出てきました。
表紙に白いカビのようなものが付いています。
修復をお願いしたいのですが、このまま送って
工房にある他のお客様の本にカビがうつってしまわないか心配です。
送る前に何かしておいたほうがいいことはありますか。
"""),
    M("ja", "normal", "angry", False, "戻ってきた本の背の色が違います", """
先週、修復をお願いしていた画集が戻ってきました。
背の革を「焦げ茶」でお願いしたはずですが、
届いたものは明らかに赤茶色です。
注文時のメールにもはっきり「焦げ茶」と書いています。
どういうことなのか、ご説明いただけますか。

佐久間
"""),
    M("ja", "normal", "neutral", True, "見積もり", """
これいくらですか？
"""),
    M("ja", "normal", "neutral", False, "卒業論文の製本について", """
大学4年の近藤です。
卒業論文（A4・約120ページ）を5部、ハードカバーで製本していただきたいと考えています。
提出は1月末なので、12月中に仕上がれば十分です。
原稿はPDFでお送りすればよいでしょうか。
"""),
    M("ja", "low", "positive", False, "修復のお礼", """
小野寺様

先月修復していただいた祖母の料理ノート、
家族みんなで眺めては昔話をしています。
ばらばらだったページが一冊にまとまって、
祖母の字がまた読めるようになったことが本当にうれしいです。
ありがとうございました。
"""),
    M("ja", "low", "neutral", False, "豆本ワークショップについて", """
去年参加した豆本づくりのワークショップ、楽しかったです。
来年もやる予定はありますか？
予定が決まってからで構いませんので、そのときに教えてください。
"""),

    M("en", "high", "anxious", False, "Thesis binding – pages in wrong order", """
Hi,

I collected my PhD thesis from you yesterday (three hardbound copies, order 2207). I've just noticed that in all three copies chapter 5 comes before chapter 4 – pages 88 to 131 are in the wrong place.

The university needs the hardbound copies by 4pm this Friday, and if I miss that I can't graduate this year and my postdoc contract, which starts in October, falls through.

Is there any way these can be rebound before Friday? I can bring them back today.

Thank you,
Mei Lin Chua
"""),
    M("en", "normal", "angry", False, "Spine already peeling", """
Two months after you rebacked my 1890 atlas, the new spine is already lifting at the top and the leather is peeling at the joint.

For £180 I expected it to last more than eight weeks. I'd like to know whether you stand behind your work.

J. Whitfield
"""),
    M("en", "normal", "neutral", False, "Clamshell box for a first edition", """
Hello,

Do you make custom clamshell boxes? I have a first edition I'd like to protect (roughly 24 x 16 x 4 cm). What would it cost, and do you need to see the book in person?

Many thanks,
Oliver
"""),
    M("en", "normal", "anxious", False, "White specks on old journals – mould?", """
Hi there,

I've just found my grandfather's journals from the 1940s in a box in the garage. Some pages have small white specks and there's a musty smell. Could this be mould? Should I keep them away from my other books, and is it safe to handle them? I'd really like to save them if possible.

Ruth
"""),
    M("en", "low", "neutral", False, "Beginner classes?", """
Out of curiosity, do you ever run beginner bookbinding classes? I'm not planning anything soon, just wondering for later in the year.

Thanks,
Sam
"""),
]
