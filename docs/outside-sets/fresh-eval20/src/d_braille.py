# braille = a braille transcription and accessible-document service: exam papers
# for schools, public bulletins for municipalities, manuals, menus, personal letters.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "braille"

SENTENCES = [
    S("ja", "A4で10ページまでの文書であれば、点訳は5営業日で納品できます。"),
    S("ja", "図やグラフは触図に起こしますので、元のデータ（PowerPointやExcelのファイル）をお送りいただけますか。"),
    S("ja", "点字の仕組みをご理解いただければ、この程度の時間がかかるのはお分かりになるはずです。", CON),
    S("ja", "料金は分量次第ですが、それほど高くはなりません。", VAG),
    S("ja", "納品は少し先になりそうです。", VAG),
    S("ja", "試験問題の点訳が試験日に間に合うかどうかは、お約束できかねます。", UNK),
    S("ja", "読みにくいというご意見は、利用者様が点字に慣れていらっしゃらないだけかと存じます。", CON, DIS),
    S("ja", "ご依頼の際に、利用者様が中途失明の方かどうかをお知らせいただけますでしょうか。", RWR),
    S("ja", "封筒の表に「点字用郵便物」と書いてください。そうすれば郵送料が無料になります。", IMP),
    S("ja", "音声読み上げ用のテキストデータも無料でお付けできますので、ご希望の場合はお申し付けください。"),
    S("ja", "校正者の確認がまだ終わっていないため、正確な納品日は明日6月4日の正午までにお知らせします。"),
    S("ja", "数式の点訳に対応できる者がいるかどうか、今はわかりません。", UNK),
    S("ja", "前回も同じ箇所でご質問をいただいていますが、マニュアルの3ページ目をご覧になればお分かりになるかと。", CON),

    S("en", "We can braille your restaurant menu in Grade 2 English for $4 a page, plus $15 for binding."),
    S("en", "Email us the menu as a Word file.", IMP, RWR),
    S("en", "If your staff had checked the proof, this wouldn't have happened.", CON),
    S("en", "We're not sure whether we can do tactile maps.", UNK),
    S("en", "Could you tell us the reader's date of birth?", RWR),
    S("en", "I don't yet know whether our embosser can handle A3 paper, so I'll run a test sheet this afternoon and reply by 5pm today."),
]

DRAFTS = [
    D("ja", "期末試験問題の点訳は7月10日（木）にお届けします", """
県立みなみ高校 教務部 木下様

ことのは点訳センターの原です。
ご依頼いただいた期末試験問題（国語・数学・英語の3教科）の点訳は、7月10日（木）の午前中にお届けします。

数学の図形問題2問は、触図にして別紙で添えます。
試験の前に生徒さんが触図の向きに慣れておけるよう、同じ形式の練習用の図を1枚同封いたします。

ご不明な点は、原の直通電話（045-555-0176）までお問い合わせください。

ことのは点訳センター 原 祐介
"""),
    D("ja", "お見積り：広報誌の点字版（毎月30部）月額19,800円", """
福祉課 大久保様

ことのは点訳センターの原です。
市の広報誌の点字版を毎月30部作成する件について、お見積りをお送りします。

・点訳と校正：月額13,200円
・印刷と製本（30部）：月額6,600円
・合計：月額19,800円（税込）

広報誌の原稿データを毎月20日までにいただければ、翌月1日に発送できます。
この条件で進めてよろしいか、8月29日（金）までにお知らせいただけますか。9月号から始めるには、その日までに校正者の予定を組む必要があるためです。

ことのは点訳センター 原
"""),
    D("ja", "点訳完了のお知らせ（ご依頼番号 KT-0412）", """
＿＿＿＿様

ことのは点訳センターです。
ご依頼いただいた取扱説明書の点訳が完了し、本日発送いたしました。明後日にはお手元に届く予定です。

点字版：2冊（全86ページ）
料金：8,600円（同封の振込用紙でお支払いをお願いいたします）

ことのは点訳センター
""", PH),

    D("en", "Braille menu proof: please approve by Friday 21 March", """
Hi Sandra,

Attached is the proof of your new braille menu (8 pages). Could you check the dish names and prices against your print menu and reply by Friday 21 March? Our print run is booked for the following Monday, and changes after that would mean a second run at $60.

Our proofreader, who reads braille every day, has already checked the layout.

Thanks,
Owen
ClearDot Braille Services
"""),
    D("en", "Your order #5521: next step", """
Hi Mr Baptiste,

Thanks for your order for a braille copy of your tenancy agreement.

Print, sign and post the consent form to our office.

Once we receive it we'll start work, and you'll have the braille copy within five working days.

Owen
ClearDot Braille Services
""", IMP, RWR),
]

MAILS = [
    M("ja", "high", "anxious", False, "息子の入試の点字問題について（3月4日）", """
ことのは点訳センター 御中

全盲の息子が3月4日に私立高校の入試を受けます。
学校からは、試験問題の点訳を御社にお願いしたので安心してくださいと言われているのですが、
御社からの受付確認が学校に届いていないと、昨日担任の先生から聞きました。
試験まであと10日しかありません。
息子にとっては一度きりの受験で、問題が点字で用意されなければ受けることができません。
学校の名前は「私立青葉学園高校」です。
依頼が届いているか、確認していただけないでしょうか。

山口 典子
"""),
    M("ja", "high", "angry", False, "選挙公報点字版の納品について（3度目の問い合わせ）", """
ことのは点訳センター 原様

市選挙管理委員会事務局の大谷です。
市議会議員選挙の選挙公報点字版について、本日で3度目のお問い合わせとなります。
10月1日と10月4日にもご連絡しましたが、納品日のご回答をいただけておりません。

投票日まで10日を切りました。点字版は有権者の皆さまへ郵送する必要があり、
これ以上遅れますと、視覚に障害のある方が公報を読めないまま投票日を迎えることになります。
本日中に、納品日を書面でご回答ください。

市選挙管理委員会事務局 大谷
"""),
    M("ja", "high", "neutral", False, "点字版取扱説明書の記載誤りについて", """
ことのは点訳センター ご担当者様

いつもお世話になっております。ミドリ製薬 お客様相談室の村田です。
先月納品いただいた「血圧計つき服薬カレンダー」の点字版説明書のうち、
薬の飲み方を説明した5ページ目で、墨字版では「1回2錠」のところが
点字版では「1回12錠」と読める表記になっているとの指摘が、利用者の方からありました。

すでに約300部が利用者の方のお手元に届いております。
誤った量で服用される方が出るおそれがあるため、
訂正版の作成と差し替えの手順についてご相談させてください。
本日15時以降でしたら、いつでもお電話いただけます。

ミドリ製薬 お客様相談室 村田
03-5555-0384
"""),
    M("ja", "normal", "neutral", False, "点字の名刺について", """
こんにちは。
営業用の名刺に点字を入れたいと考えています。
100枚でおいくらくらいになりますか。
名刺そのものはこちらで用意したものを送る形でも大丈夫でしょうか。
"""),
    M("ja", "normal", "anxious", False, "初めての依頼です（個人情報について）", """
初めてご連絡します。視覚障害のある母に届いた、年金の通知を点字にしていただきたいと思っています。
ただ、通知には母の住所や年金の番号など、個人情報がたくさん書いてあります。
郵送でお送りして大丈夫なのか、読み終わった後どう扱われるのか、
少し不安なので教えていただけますか。
"""),
    M("ja", "normal", "angry", False, "納品された冊子のページ番号について", """
ことのは点訳センター様

先週納品いただいた施設案内の点字冊子ですが、
利用者の方から「ページ番号が途中から飛んでいて、どこを読んでいるか分からない」と苦情が来ています。
確認したところ、12ページの次が15ページになっていました。

こちらはお金を払ってお願いしているので、
納品前にそのくらいは確認していただけないものでしょうか。
正直、がっかりしています。

みどり福祉会 相談支援室 工藤
"""),
    M("ja", "normal", "neutral", True, "お願い", """
点字でお願いできますか
"""),
    M("ja", "normal", "positive", False, "次号もお願いします", """
原様

先月作っていただいた観光パンフレットの点字版、
利用者の方々にとても好評でした。
「初めて自分の手で町の地図をたどれた」という声もいただきました。
ありがとうございました。

次号（秋号）もぜひお願いしたいので、原稿の締切日を教えていただけますか。

観光協会 大槻
"""),
    M("ja", "low", "neutral", False, "年間契約の目安について", """
来年度の予算を組むための参考として、
年間契約の場合の料金の目安を知りたいと思っています。
正式な見積もりは年明けで構いませんので、
だいたいの考え方だけでも教えていただければ助かります。

市立図書館 サービス係 増田
"""),
    M("ja", "low", "neutral", False, "料金表のPDFについて", """
ホームページの料金表のPDFが、スクリーンリーダーで読み上げられません。
画像として作られているのかもしれません。
急ぎではありませんが、お知らせまで。
"""),

    M("en", "high", "neutral", False, "Braille handbook for our new employee (starts Monday)", """
Hello,

Our new accounts assistant, who is blind, starts with us on Monday. We ordered braille copies of our staff handbook and fire-safety procedures from you on 2 May (order 7714), and your confirmation said they would be delivered by this Friday.

The courier tracking still shows "label created" and nothing since. Without the fire-safety procedures we can't let her work alone on the third floor, and we don't want her first day to start with an apology.

Could you tell me where the order is and when it will arrive?

Kind regards,
Marcus Bell
HR, Pinewood Accounting
"""),
    M("en", "high", "anxious", False, "My mother's medication instructions", """
Hi,

My mother is blind and lives on her own. Her pharmacy sent you her new medication instructions on Monday to be put into braille. She's due to start the new tablets tomorrow morning and she can't read the printed leaflet.

I live two hours away and can't be there to read it to her. Is there any chance the braille version could be emailed to her as a file for her braille display today? I'm worried she'll get the doses mixed up.

Thank you,
Natalie Hughes
"""),
    M("en", "normal", "angry", True, "Re: order", """
This is useless. Wrong again.
"""),
    M("en", "normal", "neutral", False, "UEB or old code?", """
Hello,

Do you transcribe in Unified English Braille or the older English Braille American Edition? Our client learned the older code in the 1980s and struggles with UEB. Could you do a document in the old code if we asked?

Thanks,
Bea Lopez
Vision Support Team
"""),
    M("en", "low", "positive", False, "Birthday cards", """
Just to say: the braille birthday cards you made for my nephew were a huge hit. He read every one of them out loud at the party. Thank you!

Karen
"""),
]
