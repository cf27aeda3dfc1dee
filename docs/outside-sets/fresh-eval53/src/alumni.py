# alumni = alumni association office (同窓会事務局: member records, bulletin, annual fees, reunions, alumni scholarships)
from common import S, D, M
DOMAIN = "alumni"

SENTENCES = [
    S("ja", "会報の送付先の変更は、同封の用紙かウェブフォームで承っており、次号（3月発行）から反映されます。"),
    S("ja", "年会費の振込用紙を再発行いたしますので、お送りする先のご住所を念のため確認させていただけますか。"),
    S("ja", "名簿への掲載を希望されない方は、その旨を書面で提出してください。", "i r"),
    S("ja", "総会の出欠は、なるべく早めにお知らせください。", "v r"),
    S("ja", "卒業生であれば当然ご存じのことと思いますが、寄付の受付は事務局ではなく大学本部です。", "c"),
    S("ja", "旧姓での検索ができるかどうかは、私どもでは把握しておりません。", "u"),
    S("ja", "他の会員の方の連絡先に関するお問い合わせには、一切お答えしておりません。", "d"),
    S("ja", "ご本人の同意なく連絡先はお伝えできないため、よろしければ事務局からその方へお手紙を転送いたします。"),
    S("ja", "会費が未納のままですと、今後の会報はお届けできなくなりますので、ご注意ください。", "c"),
    S("ja", "記念誌の発送は、多少遅れる見込みです。", "v"),
    S("ja", "幹事のご苦労はお察ししますが、そこまでのお手伝いは事務局の仕事ではありません。", "d"),
    S("ja", "支部の設立には会員10名以上の署名が必要で、署名用の様式は事務局から郵送いたします。"),
    S("ja", "名簿の訂正箇所は、お電話でお知らせいただいても、同封の用紙に書いてご返送いただいても結構です。"),
    S("en", "Your replacement membership card will be posted within 10 working days."),
    S("en", "Send a copy of your degree certificate.", "i r"),
    S("en", "Keeping your address up to date is the member's responsibility, so the missed invitation is hardly our fault.", "c"),
    S("en", "There may be a modest charge for replacement certificates.", "v"),
    S("en", "We can't pass on classmates' contact details, but if you write a short note, we'll forward it to her this week."),
    S("en", "The reunion seating plan isn't something we get involved in.", "d"),
    S("en", "I don't know offhand whether the 1998 yearbook was ever digitised, but I'll ask the archive today and reply by Friday."),
]

DRAFTS = [
    D("ja", "会報の誤送付の件について", """
清水 俊彦 様

桜丘大学同窓会事務局の今井です。

先週お届けした会報「桜丘だより」秋号に、清水様とは別の会員の方の宛名ラベルが重ねて貼られていたとのご連絡をいただきました。

確認したところ、宛名ラベルを印刷する際、同姓の方のデータを二重に出力してしまったことが原因でした。
該当の会員の方には、本日事務局からご説明の連絡を入れ、お手元の会報は返信用封筒でご返送いただくようお願いしております。

次号からは、印刷した宛名ラベルを名簿データと二人で照合してから発送する手順に改めます。

桜丘大学同窓会事務局
今井 千尋
""", "a"),
    D("ja", "【ご出欠のお願い】11月23日 桜丘大学同窓会総会・懇親会", """
桜丘大学同窓会 会員各位

同窓会事務局です。
11月23日（日）に開催する総会・懇親会のご出欠を、10月31日（金）までにお知らせいただけますでしょうか。
同封のはがきの「出席」「欠席」のいずれかに○をつけてご投函いただくか、ウェブフォームからご回答ください。

懇親会の料理と席数を会場に確定して伝える期限が11月4日のため、少し早めの締め切りとさせていただいております。

会場：ホテル桜丘 2階「翡翠の間」
総会 15:00〜15:45／懇親会 16:00〜18:00（会費 8,000円）

桜丘大学同窓会事務局
電話 03-0000-4521（平日10時〜16時）
"""),
    D("ja", "同窓会事務局より", """
三浦 恭子 様

平素より同窓会の活動にご協力いただき、ありがとうございます。

母校では今年、新しい図書館が完成し、学生たちが夜遅くまで勉強する姿が見られるようになりました。
また、来春には創立80周年の記念式典が予定されており、事務局でも準備を進めております。

さて、先日ご返送いただいた年会費の口座振替依頼書ですが、お届け印の欄が空欄となっておりました。
お手数ですが、同封の新しい用紙にご記入・ご捺印のうえ、12月10日までにご返送いただけますでしょうか。

今後ともよろしくお願いいたします。

桜丘大学同窓会事務局
""", "f"),
    D("ja", "会員証の再発行手続きについて", """
近藤 弘 様

桜丘大学同窓会事務局の今井です。
会員証の再発行のご依頼、承りました。

本日、新しい会員証（会員番号 S-1987-0442）を普通郵便でお送りしましたので、2〜3日でお手元に届く予定です。
再発行の手数料はかかりません。

お手元に以前の会員証が見つかった場合は、そのまま破棄していただいて問題ございません。

桜丘大学同窓会事務局
今井 千尋
"""),
    D("en", "You're invited: Class of 2005 twenty-year reunion", """
Dear {first_name},

It's hard to believe, but it has been twenty years since we left Whitcombe. To celebrate, the Alumni Office is hosting a reunion dinner for the Class of 2005 on Saturday 14 June at the Old Refectory, 7 pm.

Tickets are £45 and include a three-course dinner. Please book by 16 May so we can confirm numbers with the caterers.

With best wishes,
Whitcombe College Alumni Office
""", "p"),
    D("en", "Re: Getting in touch with Helen Marsh", """
Dear Mr Ahmed,

Thank you for your message. We can't share Helen's contact details without her permission, but we'd be glad to pass a message on.

If you send us a short note (by email or post), we'll forward it to her within five working days, together with your contact details, and it will be up to her to reply.

Best wishes,
Claire Dobson
Whitcombe College Alumni Office
"""),
]

MAILS = [
    M("ja", "high", "anxious", "名簿の情報が漏れているのではないでしょうか", """
同窓会事務局 御中

昭和62年卒の野村と申します。

昨日から今日にかけて、投資用マンションの業者を名乗る人から3回電話がありました。
「桜丘大学の同窓会名簿を見てお電話しています」と言われ、私の卒業年度と旧姓まで知っていました。
この電話番号は、2年前に事務局の住所変更届に書いただけで、ほかにはほとんど教えていません。

名簿がどこかに流れているのではないかと思うと気持ちが悪く、
ほかの会員の方にも同じような電話がかかっているのではと心配しています。
事務局で何か把握されていることはありますでしょうか。

野村（旧姓 岡）典子
"""),
    M("ja", "high", "angry", "今週土曜の総会会場が予約されていない件", """
事務局 今井様

平成10年卒 学年幹事の新井です。

今週土曜の学年同窓会について、念のためホテルに確認の電話をしたところ、
「同窓会事務局さんからの予約は仮押さえのまま期限が切れています」と言われました。
事務局で本予約まで済ませると、先月のお電話ではっきりおっしゃっていましたよね。

出席の返事をくれた約120名には、会場も時間もすでに案内済みです。
ホテルは明日の正午までなら同じ部屋を押さえられると言っています。
どういう経緯でこうなったのかは後で伺いますので、まずは今日中に本予約の手続きをお願いします。

新井 健
090-0000-7788
"""),
    M("ja", "high", "neutral", "同窓会給付奨学金の振込時期について", """
桜丘大学同窓会事務局 ご担当者様

経済学部3年の中村と申します。
今年度の同窓会給付奨学金（30万円）に採用していただき、ありがとうございます。

採用通知には「12月中旬に振込」とありましたが、まだ口座に入金がありません。
後期の授業料の納付期限が12月26日で、奨学金をそのまま授業料に充てる予定でした。
期限を過ぎると除籍の手続きに入ると大学から案内されています。

振込の予定日を教えていただけますでしょうか。
もし期限に間に合わない場合は、大学の学生課に延納の相談をしたいと思います。

経済学部3年 中村 拓海
学籍番号 2203418
"""),
    M("ja", "normal", "neutral", "住所変更の届け出", """
同窓会事務局様

平成15年 文学部卒の池田（旧姓 大塚）です。
転居しましたので、会報の送付先の変更をお願いします。

新住所：〒980-0811 仙台市青葉区一番町1-2-3 サンハイツ505
電話番号は変わりません。

池田 さやか
"""),
    M("ja", "normal", "angry", "寄付のお電話について", """
先月から、寄付のお願いの電話が週に2回もかかってきます。
先日「今は考えていません」とはっきりお断りしたのに、昨日また別の方から同じ内容の電話がありました。

事務局の中で、断った人の記録も共有されていないのでしょうか。
母校を応援したい気持ちはありますが、このままだと同窓会そのものから退会したくなります。
今後は電話をかけないよう手配してください。

平成元年 工学部卒 後藤
"""),
    M("ja", "normal", "anxious", "会報が届かなくなりました", """
桜丘大学同窓会事務局様

昭和35年卒の小川と申します。88歳になります。

毎年楽しみにしていた会報が、今年は春も秋も届いておりません。
年会費は毎年郵便局から払っていたつもりですが、もしかして払い忘れて、
会員から外されてしまったのではないかと心配しております。

娘にこのメールを打ってもらっています。
どうなっているのか、教えていただけますでしょうか。

小川 栄一
"""),
    M("ja", "normal", "neutral", "名簿の件で", """
名簿に載せないでほしいんですけど
""", terse=True),
    M("ja", "normal", "neutral", "支部懇親会の告知掲載のお願い", """
同窓会事務局 今井様

いつもお世話になっております。関西支部の幹事をしております岡崎です。

来年2月に関西支部の懇親会を開くことになりました。
次号の会報に、下記の告知を掲載していただくことは可能でしょうか。
掲載の締め切りや文字数の制限があれば教えてください。

日時：２月１５日（土）１８時〜
会場：大阪市北区　レストラン「ミモザ」
会費：６，０００円

関西支部 岡崎 浩二
"""),
    M("ja", "low", "positive", "会報の特集、懐かしく拝見しました", """
事務局の皆様

会報秋号の「昭和の学生寮」特集、懐かしく拝見しました。
私がいた北寮の写真まで載っていて、当時の仲間と久しぶりに電話で盛り上がりました。
編集された方にどうぞよろしくお伝えください。

次は学食の特集などあれば、ぜひ読みたいです。

昭和53年卒 西田
"""),
    M("ja", "low", "neutral", "卒業アルバムの復刻について", """
お世話になっております。
引っ越しの際に卒業アルバム（平成7年卒）をなくしてしまいました。
同窓会で復刻や販売をされることはありますか。
特に急いではおりませんので、そういう予定があればで構いません。

平成7年卒 宮本
"""),
    M("en", "high", "anxious", "Alumni bursary not received - fees due Friday", """
Dear Alumni Office,

I was awarded the Whitcombe Alumni Bursary (£2,000) in September and was told it would be paid directly to the university by the end of October. The finance office says nothing has arrived.

My second-term fees are due this Friday, and I've been warned that unpaid students are withdrawn from modules. I don't have another way of covering the amount and I'm quite scared about what happens next.

Could you tell me whether the payment has been made, or who I should speak to?

Thank you,
Leah Morgan
Student ID 2219034
"""),
    M("en", "high", "neutral", "Deposit for Saturday's reunion dinner", """
Hi Claire,

Quick one about the Class of 1995 dinner this Saturday. The caterers at the Old Refectory called me this morning: they haven't received the £500 deposit the Alumni Office said it would pay from our class fund, and they'll release the room and cancel the food order at 5 pm tomorrow if it hasn't arrived.

Sixty-two people have booked, some flying in. Can you confirm the payment went out, or send it today?

Thanks,
Rob Fielding
Class rep, 1995
"""),
    M("en", "normal", "angry", "My name in the donor list. Again.", """
Hello,

For the third year running, the annual donor list spells my name "Katherine Lowe". It is Kathryn Lowe, as it has been on every gift form I've sent you since 2019.

I'm sure it's a small thing from where you sit, but it does make one wonder how much attention the donations themselves receive.

Kathryn Lowe
"""),
    M("en", "normal", "neutral", "again", """
Hi, can you send it again please?
""", terse=True),
    M("en", "low", "neutral", "Library access for alumni", """
Hi,

Do alumni still get reading access to the college library? I'm thinking of doing some research next term, so there's no hurry - I just want to know what to expect.

Best,
Owen Price (History, 2011)
"""),
]
