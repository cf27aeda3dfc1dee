from common import s, d, m
DOMAIN = "cordblood"
MEANING = "private umbilical cord blood bank (collection kits sent to maternity hospitals, long-term storage contracts)"

SENTS = [
    s("ja", "保管中のさい帯血は、マイナス190度以下の液体窒素タンクに入れ、温度を24時間監視しています。"),
    s("ja", "採取キットは出産予定日の2か月前までに病院へお届けしますので、分娩予定の病院名をお知らせいただけますか。"),
    s("ja", "更新料は、その年の相場を見て決めさせていただいております。", "V"),
    s("ja", "検査結果をお送りしても、ご両親には専門的すぎてお分かりにならないかと思います。", "C"),
    s("ja", "採取量が少なかった件は病院側の問題ですので、当社からお答えすることはございません。", "D"),
    s("ja", "同意書に署名して、今週中に返送してください。", "IR"),
    s("ja", "将来どのような治療に使えるかは、今の段階では何とも申し上げられません。", "U"),
    s("ja", "保管期間の延長のご案内を郵送でお届けしているため、ご住所が変わった場合は変更届をご提出いただけますか。"),
    s("ja", "規約をお読みいただければ、解約時に返金がないことはお分かりになるはずです。", "C"),
    s("ja", "保管証明書の再発行には、少しお時間をいただきます。", "V"),
    s("ja", "出産後48時間以内に検体が届かない場合は、品質基準を満たさないため保管ができません。"),
    s("ja", "ご本人様の確認のため、キットをご返送いただく際に母子手帳のコピーを同封していただけますか。"),
    s("ja", "他社からの移管については、お問い合わせいただいてもご案内できることはありません。", "D"),
    s("en", "Your annual storage fee of $175 will be charged on March 1, and we'll email the receipt the same day."),
    s("en", "Collection volume depends on things we can't control, so there's no point discussing it further.", "D"),
    s("en", "Sign the consent form and return it by Friday.", "IR"),
    s("en", "We do not know yet whether your sample passed the sterility test.", "U"),
    s("en", "The processing fee may go up slightly next year.", "V"),
    s("en", "The enrolment fee covers the kit and courier, so it can't be refunded once the kit has shipped; storage fees are refunded in full if you cancel before collection."),
    s("en", "Please call us when you're admitted to hospital, so our courier can be on standby to collect the sample within 48 hours."),
]

DRAFTS = [
    d("ja", "年間保管料の二重請求についてのお詫び", """
田村様

コードライフ株式会社 お客様窓口の近藤です。
今年度の年間保管料を二重にご請求し、口座から2回引き落としてしまいました。大変申し訳ございません。

原因は、10月に行った請求システムの切り替えの際、一部のお客様の引き落とし予定が旧システムと新システムの両方に残っていたことでした。
重複して引き落とした22,000円は、11月15日に田村様の口座へ返金いたしました。

ご不安な思いをおかけしましたことを、重ねてお詫び申し上げます。
コードライフ株式会社　お客様窓口　近藤
""", "A"),
    d("ja", "採取キットの配送先のご確認", """
小川様

コードライフ株式会社の近藤です。
ご出産予定日（３月１２日）に向けて、採取キットを◯◯病院の産科病棟あてにお送りする準備をしております。

配送は2月10日を予定しています。病院によっては事前に受け入れの届出が必要になるため、主治医の先生のお名前をお知らせいただけますでしょうか。

ご不明な点があれば、いつでもこちらまでご連絡ください。
コードライフ株式会社　近藤
""", "P"),
    d("ja", "【お詫び】検体の到着遅れと保管可否の検査について", """
岩崎様

コードライフ株式会社の近藤です。
ご出産おめでとうございます。そのような大切な時に、お預かりした検体の到着が予定より遅れ、ご心配をおかけしましたことを心よりお詫び申し上げます。

原因は、回収を担当した配送会社が集荷の連絡を受け損ね、病院への到着が当初の予定より18時間遅れたことでした。
検体は出産から40時間後に当社ラボへ到着し、保管の基準である48時間以内には収まっております。すでに品質検査を始めており、結果は1月24日までにお電話とメールでお知らせします。

今後は、集荷の依頼に配送会社の受付番号が返ってこない場合、30分以内に当社から電話で確認する手順を加えました。

岩崎様とお子様のご健康を心よりお祈り申し上げます。
コードライフ株式会社　近藤
"""),
    d("en", "Your collection kit for [Hospital Name]", """
Hi Jasmine,

Congratulations again on your pregnancy! We're getting your collection kit ready to ship to [Hospital Name] ahead of your due date of 4 May.

The kit will go out on 2 April. When you're admitted, please call our 24-hour line on 1-800-555-0147 so our courier can be ready to collect the sample within 48 hours.

Warmly,
The CordSafe Team
""", "P"),
    d("en", "Your storage plan renews on 1 March", """
Hi Peter,

This is a reminder that the storage plan for Lily's cord blood sample renews on 1 March. The annual fee of $175 will be charged to the Visa card ending 4421.

If that card has changed, you can update it in your account before 25 February so the renewal doesn't fail; a failed payment puts the account on hold, although the sample itself stays safely in storage.

Thanks for trusting us with Lily's sample,
Andrea
CordSafe Member Services
"""),
]

MAILS = [
    m("ja", "キットが病院に届いていないと言われました", """
コードライフさま

いま陣痛が始まって病院に来ています。
看護師さんから「さい帯血のキットが病院に届いていない」と言われました。
先生の話では、出産は今夜になりそうです。
キットがないとさい帯血は保管できないのでしょうか。
夫がいま自宅に向かっていますが、何か持ってくるものがあるのかもわかりません。
この番号に折り返しお電話いただけますか。090-xxxx-xxxx

小池 美咲
""", "h", "ax"),
    m("ja", "保管不可の通知について", """
コードライフ株式会社　御中

出産から２週間たった昨日になって、
「輸送中の温度管理に問題があり、検体は保管できない」という通知が届きました。
初期費用として２０万円をすでに支払っています。
なぜそのことが出産直後ではなく今になって知らされるのか、まったく理解できません。

経緯の説明と返金について、今月末までに書面で回答をお願いします。
回答がなければ、消費生活センターと弁護士に相談するつもりです。

石原 健一
""", "h", "an"),
    m("ja", "保管料の引き落としができなかった件", """
お世話になっております。契約者の西田です。
本日、「保管料の引き落としができなかったため、明日までにお支払いがない場合は契約を停止する」という通知を受け取りました。
引き落とし口座を夫名義から私名義に変えた際の手続きがうまくいっていなかったようです。
明日中に振り込みますので、振込先と金額を本日中に教えていただけますか。

西田 綾
""", "h", "ne"),
    m("ja", "双子の場合の料金", """
双子を妊娠中です。
さい帯血を2人分保管する場合、料金は2倍になるのでしょうか。
割引のようなものがあれば教えてください。
""", "n", "ne"),
    m("ja", "採取のときの痛みについて", """
現在妊娠７か月です。さい帯血の保管を考えています。
採取するときに私や赤ちゃんに痛みはありますか？
赤ちゃんの体に何か影響が出ることはないのか、調べるほど分からなくなってきて不安です。
""", "n", "ax"),
    m("ja", "10年の保管期間が終わったら", """
10年前に長男のさい帯血を保管していただいています。
契約書を見返したら、保管期間が来年の6月で終わると書いてありました。
延長しなかったら、廃棄されてしまうのでしょうか。
延長の手続きや費用がどうなるのか、心配になってメールしました。
""", "n", "ax"),
    m("ja", "無事に出産しました", """
コードライフ　近藤様

先日、無事に女の子を出産しました。
採取もうまくいったと病院から聞き、ほっとしています。
妊娠中、何度も電話で質問してしまいましたが、毎回ていねいに答えてくださって本当に心強かったです。
ありがとうございました。

ところで、来月引っ越すことになったのですが、住所変更はどうすればいいでしょうか。
""", "n", "po"),
    m("ja", "書類のことで", """
届いたやつ、どこに出せばいいですか
""", "n", "ne", True),
    m("ja", "説明会の録画について", """
先月の説明会に参加できなかったのですが、録画を公開する予定はありますか？
まだ妊娠もしていない段階で、情報を集めているところなので、いつでも大丈夫です。
""", "l", "ne"),
    m("ja", "勧誘の電話について", """
資料請求をしただけなのに、営業の電話が週に３回もかかってきます。
はっきり言って迷惑です。今後、電話はやめてください。
返信は不要です。
""", "l", "an"),
    m("en", "Water broke - kit says expired", """
Hi, my water broke two hours ago and we're at St Mary's now. The nurse looked at the collection kit in our hospital bag and says the date on the box is expired (Jan 2025).

Can they still use it? Is there another kit you can get here? They say the baby might come in the next few hours. Please call me on 555-0192.

Tara
""", "h", "ax"),
    m("en", "Late fee on my account", """
Hi,

My account shows a $25 late fee for the annual storage payment. I paid on 28 February, before the due date - the bank statement is attached.

This is the second year in a row this has happened. Please remove it, and fix whatever keeps causing it.

Regards,
Daniel Brooks
""", "n", "an"),
    m("en", "Cord blood vs cord tissue", """
Hello, we're expecting in June and comparing plans. What's the actual difference between storing cord blood and storing cord tissue, and can we do both? Thanks, Meera
""", "n", "ne"),
    m("en", "status?", """
Status?
""", "n", "ne", True),
    m("en", "Sibling discount", """
Hi there,

We stored our daughter's cord blood with you in 2022 and might have a second child in a couple of years. Is the sibling discount still offered? No rush at all, just planning ahead.

Thanks,
Chris
""", "l", "ne"),
]
