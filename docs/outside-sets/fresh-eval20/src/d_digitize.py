# digitize = a service that converts home videotapes, cine film, slides and audio
# cassettes to DVD or digital files, by post; private family footage.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "digitize"

SENTENCES = [
    S("ja", "VHSテープ1本（120分まで）のDVD化は1,650円、データ化は1,980円です。"),
    S("ja", "カビの生えたテープは再生機を傷めるおそれがあるため、お送りいただく前にケースの中を一度ご覧いただけますか。"),
    S("ja", "日の当たる場所に長く置かれたテープは映像が乱れることがありますが、クリーニングで改善する場合もあり、お預かりから3日以内に改善できるかどうかをご連絡します。"),
    S("ja", "何度も申し上げていますが、照合ができないので、注文番号を書いてから送ってください。", CON, IMP),
    S("ja", "8ミリフィルムの場合は、料金が少し上がります。", VAG),
    S("ja", "仕上がりの日は後日お知らせします。", VAG),
    S("ja", "テープのツメを折ってから発送してください。", IMP, RWR),
    S("ja", "このテープが再生できるかどうかは、やってみないと何とも言えません。", UNK),
    S("ja", "映像の中身についてのご要望は、承っておりません。", DIS),
    S("ja", "画質が思っていたのと違うとおっしゃられても、元のテープがこの状態ですので。", DIS),
    S("ja", "発送の際は、テープ1本ごとにタイトルを書いた付箋を貼っていただけますか。", RWR),
    S("ja", "切れたテープの修復は1本1,100円で、つなぎ目の前後2秒ほどは映像が乱れます。"),
    S("ja", "データ化したファイルは、納品から30日間は当社のサーバーに保管し、その後は完全に削除します。"),
    S("ja", "ベータの再生機が修理からいつ戻ってくるかは、こちらでも把握できておりません。", UNK),

    S("en", "We digitise Super 8 film at £0.28 per foot, and a standard 50-foot reel holds about three and a half minutes of footage."),
    S("en", "Label each tape with your surname.", IMP, RWR),
    S("en", "Tapes kept in a damp loft often grow mould, so we clean each one before playing it, at no extra charge."),
    S("en", "Damaged tapes may take somewhat longer.", VAG),
    S("en", "We can't tell yet whether the audio can be recovered; our sound engineer will test the tape on Monday and I'll email you the result that evening."),
    S("en", "We're not responsible for what's on the tapes, so that's between you and your family.", DIS),
    S("en", "Could you fill in the tape inventory sheet before posting, so that we can check every tape has arrived?"),
]

DRAFTS = [
    D("ja", "ダウンロードURLの誤送信についてのお詫び", """
吉川様

メモリア映像工房の青木です。
6月2日にお送りした納品のメールで、吉川様のデータではなく、別のお客様の映像のダウンロードURLを記載しておりました。誠に申し訳ございません。

原因は、納品メールを作成する際に、前の案件のURLが入ったままの下書きを使い回したことです。
誤って記載したURLは同日中に無効にし、正しいURLを本メールの末尾に記載しております（7月2日まで有効です）。

今後は下書きの使い回しをやめ、システムが自動で差し込んだURLを別の担当者が確認してから送信いたします。

メモリア映像工房 青木 聡

ダウンロードURL：https://dl.memoria-eizo.example/d/7fk29q
"""),
    D("ja", "お預かりしたテープ18本の仕上がり日：7月8日（月）", """
北村様

メモリア映像工房の青木です。
お送りいただいたVHSテープ18本を、本日受け取りました。

18本のうち2本はケースの中にカビが見られたため、クリーニング（1本550円）をしてからダビングします。
仕上がりは7月8日（月）で、DVD18枚を同日発送いたします。

料金は、ダビング29,700円とクリーニング1,100円の合計30,800円です。請求書はDVDに同封いたします。

メモリア映像工房 青木
"""),
    D("ja", "ご注文のDVDについてのお詫び", """
横山様

メモリア映像工房の青木です。
お届けしたDVDのうち3枚が再生できなかったとのこと、大変申し訳ございませんでした。
調べたところ、書き込みに使ったディスクの一部に不良があったことが分かりました。
今後は、書き込み後に全数を再生して確かめる体制にいたします。

メモリア映像工房 青木
""", APO),
    D("ja", "8ミリビデオテープ4本のデータ化について", """
岡田様

メモリア映像工房の青木です。
お送りいただいた8ミリビデオテープ4本のうち、1本はテープが伸びており、再生できるかどうか現時点ではわかりません。
残りの3本は問題なくデータ化でき、6月20日に発送いたしました。

メモリア映像工房 青木
""", UNK),

    D("en", "We're sorry: your order went to the wrong address", """
Dear Mr Novak,

I'm very sorry: the USB stick with your digitised home movies was sent to an old address we had on file instead of the one you gave with this order.

This happened because our system printed the label from your 2021 account record rather than from the order form.

We've asked Royal Mail to return the parcel to us, and we've already made a second copy from our secure backup and sent it to your current address by tracked next-day delivery (tracking number AB123456789GB). The files on the original stick are password-protected, and the password was sent only to you by email.

We've changed our dispatch process so that labels are always printed from the order form, and a second person now checks each label before posting.

Kind regards,
Sophie Hale
Reel Memories Digitising
"""),
    D("en", "Update on your cine reels", """
Hi Janet,

Thanks for sending in your father's 16mm reels. Four of the six were in good shape and have been scanned; you can download them from the link below.

The other two have vinegar syndrome and the film has shrunk. We don't know whether they can be scanned.

Sophie
Reel Memories Digitising

Download: https://reelmemories.example/dl/k82jx
""", UNK),
]

MAILS = [
    M("ja", "high", "angry", False, "返送されたDVDに他人の映像が入っていました", """
メモリア映像工房 御中

昨日返送されてきたDVD10枚のうち2枚に、
うちとはまったく関係のない、よそのご家族の映像が入っていました。
お子さんの顔も、家の中も、はっきり映っています。

ということは、うちの家族の映像も
どこか別のお宅に届いているのではないですか。
子どもの入浴シーンが入ったテープもお預けしていました。
どこに何が渡っているのか、今日中に調べて説明してください。

中野
"""),
    M("ja", "high", "anxious", False, "父の葬儀（今週土曜）で使う映像について", """
メモリア映像工房 ご担当者様

先週、8ミリビデオテープ6本のデータ化をお願いした西村と申します。
実はその後、父が亡くなり、今週土曜日に葬儀を行うことになりました。
式場で父の若い頃の映像を流したいと思っているのですが、
お預けしたテープの中にしか残っていません。

仕上がりは3週間後とご案内いただいていましたが、
せめて1本だけでも金曜までに受け取ることはできないでしょうか。
追加の料金がかかっても構いません。
どうかよろしくお願いいたします。

西村 幸恵
090-5555-0276
"""),
    M("ja", "high", "neutral", False, "明後日の披露宴で使う素材データの納品について", """
メモリア映像工房 ご担当者様

いつもお世話になっております。ホテル・ベルフォーレ ブライダル課の小池です。
明後日（13日）の披露宴でお流しする新郎新婦の生い立ちビデオ用に、
お客様のVHSテープ4本のデータ化を御社にお願いしております（受付番号 M-4471）。

データの納品予定日が本日でしたが、17時現在まだ届いておりません。
明日の午前中に映像の編集を行い、夕方にリハーサルをする予定です。
ダウンロードのURLを本日中にお送りいただけますでしょうか。

ホテル・ベルフォーレ ブライダル課 小池
"""),
    M("ja", "normal", "neutral", False, "カセットテープのデータ化について", """
カセットテープの音声もデータ化していただけますか。
亡くなった祖父が趣味で録音していた民謡が10本ほどあります。
MP3で受け取れると助かります。
"""),
    M("ja", "normal", "angry", False, "DVDのタイトルが全部違います", """
届いたDVDを再生してみたら、「運動会 1998」と書かれたディスクが結婚式で、
「結婚式」と書かれたディスクが旅行の映像でした。
10枚全部、タイトルと中身がばらばらです。
こちらはテープ1本ずつにメモを付けて送ったのですが、
あのメモは読んでいただけたのでしょうか。
作り直していただけますか。

　大西
"""),
    M("ja", "normal", "anxious", False, "テープを宅配で送るのが不安です", """
亡くなった母が映っているビデオテープを、データにしていただきたいと思っています。
ただ、母の映像はこのテープにしか残っておらず、
宅配の途中でなくなったり、壊れたりしないかと思うと
なかなか送る決心がつきません。
直接お店に持ち込むことはできますか。
送る場合は、どう梱包すれば安全でしょうか。
"""),
    M("ja", "normal", "neutral", True, "テープ", """
何本まで？
"""),
    M("ja", "normal", "neutral", False, "Fw: 注文の件", """
妻から頼まれたので転送します。よろしくお願いします。
岩田 浩

----- 転送メッセージ -----
差出人: 岩田 美紀
件名: 注文の件

注文の支払い方法をクレジットカードで選んだんだけど、
やっぱり代引きに変えたいの。
まだ発送前のはずだから、変更できるか聞いてもらえる？
注文番号は D-20931
"""),
    M("ja", "low", "positive", False, "ありがとうございました", """
30年前の両親の結婚式の映像、無事に受け取りました。
金婚式のお祝いの席で流したら、両親がとても喜んでいました。
画面の中の若い二人に、孫たちも大はしゃぎでした。
きれいにしていただき、本当にありがとうございました。
"""),
    M("ja", "low", "neutral", False, "年末のキャンペーンについて", """
年末にまた実家のテープを整理するつもりです。
その頃に割引キャンペーンなどはありますか？
今すぐでなくて大丈夫ですので、予定があれば教えてください。
"""),

    M("en", "high", "anxious", False, "Order #8812 – my father's wedding tapes", """
Hello,

I sent you three VHS tapes of my parents' wedding two weeks ago (order #8812). My father is now in a hospice and the staff have told us he may only have days left. He keeps asking to see the wedding again.

Your website still shows the order as "in progress". Is there any way at all to get even one of the tapes back as a file before the weekend? I'll pay whatever it costs.

Thank you,
Sinead Kavanagh
"""),
    M("en", "normal", "angry", False, "Slide scans – heads cut off", """
I've just gone through the 300 slides you scanned for me, and on about a third of them the top of everyone's head is cropped off. I paid extra for "archival quality" scanning.

Did anyone actually look at these before sending them back? I want them rescanned properly.

Graham Reid
"""),
    M("en", "normal", "neutral", False, "Hi8 to MP4", """
Hello,

Can you convert Hi8 tapes to MP4? What resolution would the files be, and can you put them on a USB stick rather than DVD? I have 14 tapes.

Thanks,
Olu
"""),
    M("en", "normal", "neutral", False, "Rewinding", """
Quick question before I post my tapes: do I need to rewind them first, or do you do that?

Thanks,
Bernadette
"""),
    M("en", "low", "positive", False, "Thank you", """
Just wanted to say thank you. Seeing my grandmother talking again after 25 years made my mum cry (good tears). No reply needed.

Holly
"""),
]
