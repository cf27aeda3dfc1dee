"""olive = olive-oil importer with a mail-order shop and restaurant wholesale (オリーブオイル輸入・通販)."""
from common import S, D, M

DOMAIN = "olive"

SENTS = [
    # ja
    S("ja", "オイルが白く濁るのは低温で成分が固まったためで、常温に戻せば元に戻ります。品質に問題はございませんので、そのままお使いいただけます。"),
    S("ja", "白く濁るのは寒い場所に置いたからです。保存方法はラベルに書いてあります。", "C"),
    S("ja", "瓶が割れていたとのことですが、配送中の事故は運送会社の責任ですので、そちらにお問い合わせください。", "D"),
    S("ja", "割れた瓶と箱の写真を撮って、送ってください。", "I R"),
    S("ja", "運送会社への補償請求に使いますので、割れた瓶と外箱の写真を1枚ずつお送りいただけますか。代わりの品は本日発送いたします。"),
    S("ja", "今年の新油の入荷時期は、現地の収穫次第のため、お答えのしようがございません。", "U"),
    S("ja", "今年の新油は、現地の搾油所から12月第1週に出荷予定との連絡を受けています。日本への到着日が確定したら、ご予約のお客様に個別にメールいたします。"),
    S("ja", "まとめ買いの場合は、ある程度お値引きできるかと思います。", "V"),
    S("ja", "6本以上のまとめ買いでは、合計金額から10%をお値引きいたします。"),
    S("ja", "業務用の価格表をお送りする前に、店舗の営業許可証の写しをご提出いただけますでしょうか。", "R"),
    S("ja", "酸度の数値は検査機関に問い合わせ中で、結果が届く10月30日（水）にお知らせします。"),
    S("ja", "味の好みは人それぞれですので、苦味が強いというご意見には特にお答えすることはありません。", "D"),
    S("ja", "次回のお届けは、船便の到着に合わせて1月18日になる見込みです。"),
    # en
    S("en", "The new-harvest oil lands in Felixstowe on 2 December, and pre-orders will ship from our warehouse on the 5th."),
    S("en", "Pre-orders should ship sometime in early winter.", "V"),
    S("en", "Fill in the trade account form and return it.", "I R"),
    S("en", "Please complete the trade account form so that our accounts team can set your payment terms; once it's back, trade prices apply from your very next order."),
    S("en", "Bitterness is a sign of fresh oil, which most people who know olive oil are aware of.", "C"),
    S("en", "The courier's handling of the parcel is not our problem.", "D"),
    S("en", "We can't tell you the polyphenol content of this batch.", "U"),
]

DRAFTS = [
    D("ja", "【お詫び】定期便のお届け遅れについて",
      """
定期便をご利用の皆さま

いつもオリーヴァ・ジャパンをご利用いただき、ありがとうございます。
11月の定期便のお届けが、予定の11月10日から11月17日に遅れましたことを、心よりお詫び申し上げます。

原因は、イタリアからの船便が港の混雑で6日間足止めされ、入荷が遅れたことにあります。
あわせて、遅れのご連絡が到着の前日になってしまったことも、当社の不手際でした。

遅れたお詫びとして、11月分の送料（660円）を返金する手続きを11月18日に完了しております。

今後は、船便の到着予定日を週に一度確認し、お届け日に影響が出る見込みとなったら、その日のうちにお客様へメールでお知らせいたします。
また、12月分からは在庫に2週間分の余裕を持たせ、船便の遅れがお届けに影響しにくい体制にいたしました。

オリーヴァ・ジャパン お客様窓口
"""),
    D("ja", "業務用のお取引について",
      """
トラットリア・ソーレ
オーナー 〇〇様

オリーヴァ・ジャパンの平田です。
先日はお店にお伺いし、試飲にお付き合いいただきありがとうございました。

業務用のお取引条件は以下のとおりです。
・最小ロット：5L缶 × 2缶から
・お支払い：月末締め翌月末払い
・配送：東京23区内は送料無料

初回のご注文は、△△までにいただければ、年末のディナー営業に間に合うよう納品いたします。

オリーヴァ・ジャパン 平田
""", "P"),
    D("ja", "ご注文の件",
      """
小川様

オリーヴァ・ジャパンです。
ご注文いただいたオイルですが、在庫が切れておりますので、発送は少し先になります。
入荷日は未定です。
キャンセルされる場合は、ご連絡ください。

オリーヴァ・ジャパン
""", "V U"),
    D("en", "Your Christmas hampers: delivery dates confirmed",
      """
Dear Ms Grant,

Your three Christmas hampers are packed and will be delivered on the dates you asked for:

- Mr and Mrs Doyle, Bristol: 18 December
- Ellen Grant, Bath: 19 December
- Peter Ashworth, Leeds: 20 December

Each parcel needs a signature because of the glass bottles. If any of the recipients will be out on their day, let us know by 15 December and we will move the delivery or leave it with a neighbour of their choice.

Best wishes,
Lucia Ferri
Olio Verde
"""),
]

MAILS = [
    M("ja", "誤って別の油が届きました（アレルギーがあります）",
      """
オリーヴァ・ジャパン 御中

本日届いた注文（No. 20558）に、注文していない「くるみオイル」が入っていました。
中身を確かめずにサラダにかけ、食べたあとで気がつきました。
私はナッツアレルギーがあり、今のところ症状は出ていませんが、とても怖いです。
ほかのお客様のところにも同じ間違いが起きていないか、確認していただけますか。
""", "high", "anxious"),
    M("ja", "業務用オイルが届かない（今夜の営業に使います）",
      """
トラットリア・ソーレの中村です。
昨日着の指定で注文したエキストラバージン5L缶２缶が、まだ届いていません。
今夜は貸切の予約が入っていて、手元のオイルでは足りません。
夕方5時までに届かないなら、近所で買うしかないので、配送状況だけでもすぐに教えてください。
""", "high", "neutral"),
    M("ja", "Re: Re: 定期便の解約について",
      """
先月末に解約をお願いしたはずなのに、今月分も引き落とされています。
解約のメールには２回とも自動返信しか来ていません。
引き落とされた4,980円の返金と、解約が本当にできたのかの確認をお願いします。
来月も引き落とされたら、カード会社に相談します。
""", "high", "angry"),
    M("ja", "ギフト包装について",
      """
来月の母の日に、オリーブオイルを贈りたいと思っています。
ギフト包装とメッセージカードはお願いできますか。
""", "normal", "neutral"),
    M("ja", "賞味期限",
      """
これいつまで？
""", "normal", "neutral", True),
    M("ja", "オイルの味がいつもと違う",
      """
いつも定期便でトスカーナのオイルを購入しています。
今月届いた分は、いつもより辛みが弱く、香りもあまりしないように感じます。
ロットが変わったのでしょうか。それとも保存の仕方が悪かったのでしょうか。
""", "normal", "neutral"),
    M("ja", "オイルが届いたけど",
      """
注文したの１本なのに２本届いてる。請求も２本分になってる。
頼んでないんだけど
""", "normal", "angry"),
    M("ja", "飲食店での取り扱いについて",
      """
はじめまして。来年の春に小さなイタリア料理店を開く予定の者です。
業務用のオイルの取り扱いがあるか、また試飲用のサンプルをいただけるかを知りたいです。
まだ物件を探している段階なので、急ぎません。
""", "low", "neutral"),
    M("ja", "定期便の配送日を変えたい",
      """
お世話になっております。
定期便の配送日を毎月１０日から２５日に変えていただくことはできますか。
来月分から変更できると助かります。
会員番号 OV-11842
""", "normal", "neutral"),
    M("ja", "試飲会、楽しかったです",
      """
先週末の試飲会に夫婦で参加しました。
同じオリーブでも産地によってこんなに味が違うのかと驚きました。
スタッフの方の説明もわかりやすく、楽しい時間でした。
次回の開催も楽しみにしています。
""", "low", "positive"),
    # en
    M("en", "Wrong item - we're a nut-free school kitchen",
      """
Hello,

We're the catering team at Ashdown Primary. Today's delivery (invoice 30412) included a case labelled "walnut oil" instead of the sunflower/olive blend we order. One bottle was opened and used in this morning's prep before anyone noticed. We're a nut-free site with several children with nut allergies. Lunch service has been stopped while we remake everything.

Can you confirm exactly what is in the bottles and collect the case?

Hayley Roberts
Catering Manager
""", "high", "anxious"),
    M("en", "Sediment?",
      """
There's some cloudy stuff at the bottom of the unfiltered bottle I got last week - is that normal or has it gone off?
""", "normal", "neutral"),
    M("en", "Subscription pause",
      """
Hi, I'm travelling for six weeks from mid-March. Can I pause my monthly box for April and May and restart in June? Thanks, Ben
""", "normal", "neutral"),
    M("en", "Suggestion for your shop",
      """
Love the oils! One small idea for whenever you get round to it: it would be great to have smaller tasting bottles so people can try several before committing to a litre. No reply needed.

Nadia
""", "low", "positive"),
    M("en", "Price rise",
      """
Just saw you've put the trade price up by 18% with two weeks' notice. We've bought from you for five years. Is this negotiable or should I start looking elsewhere?

Marco
Trattoria Luca
""", "normal", "angry"),
]

DRAFTS += [
    D("ja", "【価格改定のお知らせ】2025年2月出荷分からの業務用価格について",
      """
業務用のお取引先 各位

オリーヴァ・ジャパンの平田です。
2025年2月1日出荷分から、業務用オイルの価格を改定させていただきますので、お知らせいたします。

スペイン産の原料価格が昨年から約3割上がり、これまでの価格を維持することが難しくなりました。

・エキストラバージン 5L缶：9,800円 → 11,200円（税別）
・ピュアオイル 16.5kg缶：21,000円 → 23,500円（税別）

1月31日までにいただいたご注文は、出荷日にかかわらず現行の価格でお納めします。
ご不明な点は、平田（03-6721-4410）までお問い合わせください。

オリーヴァ・ジャパン 営業部 平田
"""),
]
