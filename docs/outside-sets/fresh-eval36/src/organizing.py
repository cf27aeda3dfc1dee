from common import *

DOMAIN = "organizing"
MEANING = "整理収納サービス / professional home organising"

SENTENCES = [
    S("ja", "作業は1回3時間、整理収納アドバイザー2名で伺い、料金は税込33,000円です。"),
    S("ja", "ご実家の片づけは物量によって、もう少しお時間がかかるかもしれません。", V),
    S("ja", "物を捨てられないのは、決断力の問題だと思いますよ。", C),
    S("ja", "処分する物は、作業日の前日までに袋にまとめておいてください。", I, R),
    S("ja", "ご家族間の意見の違いについては、当社では関わりませんので。", X),
    S("ja", "収納用品は実費でご用意し、目安は1部屋あたり5,000〜8,000円です。"),
    S("ja", "作業後にリバウンドしてしまう理由は、正直なところ分かりません。", U),
    S("ja", "押し入れの中の写真を2〜3枚送っていただけますか。収納ケースの数と奥行きを事前に見積もるためです。"),
    S("ja", "捨てるかどうか迷う物は、いったん「保留箱」に入れて、3か月後に見直す方法をおすすめしています。"),
    S("ja", "前回ご説明したルールを守っていただければ、散らかることはないはずです。", C),
    S("ja", "作業中、貴重品は別室に移しておいてください。紛失のトラブルを避けるためです。", I),
    S("ja", "買い取り業者とのやり取りは当社の契約外ですが、業者名を教えていただければ、作業時の記録をお渡しできます。"),
    S("ja", "サブスク型の定期訪問プランがいつ始まるかは、まだ決まっておりません。", U),

    S("en", "We'll need you to empty the wardrobe before we come.", R),
    S("en", "Honestly, most clutter comes down to habits, and that part is on you.", C),
    S("en", "Our sessions run 4 hours and cost $260 for two organisers, including a donation drop-off on the way home."),
    S("en", "We can't promise the bins will fit until we've measured, so Jo will bring a tape on the consultation visit on the 9th."),
    S("en", "Storage products are charged on top at a small markup.", V),
    S("en", "Label every box before we arrive.", I, R),
]

DRAFTS = [
    D("ja", "11月9日（土）の片づけ作業のご確認", """
三宅様

片づけ相談室すっきりの大野です。
11月9日（土）10時〜13時のキッチンと食品庫の片づけ作業について、内容をご確認ください。

・担当：大野・前田の2名
・作業内容：食品庫の在庫の見直し、吊り戸棚の配置変更、収納ケースの設置
・料金：33,000円（税込）＋収納ケース実費（目安5,000〜8,000円）

賞味期限切れの食品は、三宅様にひとつずつ見ていただいてから処分します。勝手に捨てることはありませんのでご安心ください。
日程の変更は、前日の正午まで無料で承ります。

片づけ相談室すっきり　大野
"""),
    D("ja", "先日はありがとうございました", """
堀様

片づけ相談室すっきりの大野です。
先日はご実家の片づけでお世話になり、ありがとうございました。
リビングの床が見えるようになり、お母様も「これなら歩きやすい」と喜んでいらっしゃいましたね。
片づけた状態を保つには、物の定位置を決めること、そして新しく物が増えたら一つ手放すことが大切です。
収納ケースのラベルは、お母様が読みやすい大きさの文字にしておきましたので、迷ったときはラベルを見ていただければと思います。

ところで、2階の納戸にあった着物と桐たんすの処分について、ご兄弟の同意書がまだ届いておりません。
同意書をいただけないと回収業者の手配ができないため、11月20日までにご返送をお願いいたします。

片づけ相談室すっきり　大野
""", PU),
    D("ja", "作業後の状態についてのご相談への回答", """
川島様

片づけ相談室すっきりの大野です。
作業から1か月で、リビングがまた散らかってきたとのご相談をいただきました。

私どもの作業は、収納の仕組みを整えるところまでです。その後の状態を保てるかどうかはご家族の皆様の心がけ次第ですので、リバウンドの原因は、ご家族の協力が足りないことにあると思います。
物の戻し場所を、ご家族の皆様でもう一度ご確認いただくことをおすすめします。
追加の訪問をご希望の場合は、1回3時間33,000円で承ります。

片づけ相談室すっきり　大野
""", C),

    D("en", "Your consultation on Tuesday 9 April, 10 am", """
Hi Nicole,

Looking forward to meeting you on Tuesday 9 April at 10 am for your home consultation. I'll spend about 90 minutes walking through the spare room and the garage with you, and I'll bring a tape measure so we can check which storage bins will fit the shelving.

There's nothing you need to tidy before I arrive - it actually helps me to see the rooms as they are day to day.

The consultation is $95, and it comes off your first full session if you decide to book one.

See you then,
Jo
Tidy Nest Organising
"""),
    D("en", "Re: Pantry already messy again", """
Hi Brian,

Thanks for the photos of the pantry.

To be honest, the system we set up only works if people actually use it, and from these pictures it looks like the labels are being ignored. It's not really something more organising can fix - that part is down to your household.

If you'd like a follow-up session anyway, it's $180 for two hours.

Jo
Tidy Nest Organising
""", C),
]

MAILS = [
    M("ja", "父の退院までに家を片付けたいです", """
はじめてご連絡します。
一人暮らしの父（82歳）が自宅で転倒し、入院しています。
来週火曜に退院の予定ですが、ケアマネジャーさんから「今の家の状態（床に物が積まれていて通路がない）では、自宅に戻るのは危ない」と言われました。
退院までに、少なくとも寝室からトイレまでの通路だけでも片付けたいのですが、私は仕事で平日に動けません。
今週末か月曜に、作業をお願いすることはできますか。
""", "high", "anxious"),
    M("ja", "処分袋に通帳が入っていました", """
昨日の作業で「不要」と書かれた袋の中を、念のため夜に確認したところ、母の年金手帳と通帳の封筒が入っていました。
袋は全部で8つあり、うち3つはすでに業者さんが持っていったと聞いています。
そちらにも大事な書類が入っていたかもしれません。
昨日の夜と今朝、2回お電話しましたが折り返しがありません。
残りの袋がどこにあるのか、今日中に教えてください。
""", "high", "angry"),
    M("ja", "退去立ち会い（金曜10時）までの物置の片付け", """
賃貸マンションの退去立ち会いが、今週金曜の10時です。
ベランダの物置に物がぎっしり入っていて、自力では終わりそうにありません。
片付いていないと、管理会社から原状回復費用を請求されると言われています。
木曜の午後に作業をお願いできますか。物置の大きさは幅1.8m×奥行き0.9mくらいです。
写真を付けます。

片山
""", "high", "neutral"),
    M("ja", "初回相談の申し込み", """
3LDKのマンションに家族4人で住んでいます。
子ども部屋とリビングの収納を見直したいと思い、初回相談を申し込みたいです。
平日の午前中でお願いできますか。

吉川
""", "normal", "neutral"),
    M("ja", "どこに何があるか分かりません", """
先週キッチンを片付けていただきましたが、どこに何をしまったのか、全然分からなくなりました。
毎回引き出しを全部開けて探しています。
しまった場所のリストくらい作ってくれるものだと思っていました。
けっこうなお金を払ったのに、これでは前より不便です。
""", "normal", "angry"),
    M("ja", "夫の物には触らないでいただけますか", """
来月の作業を予約している者です。
夫が物を捨てることにあまり賛成しておらず、前に私が勝手に処分したときは大げんかになりました。
当日は、夫の物には一切触らずに作業していただくことはできますか？
また夫が怒り出したらと思うと、正直気が重いです。
""", "normal", "anxious"),
    M("ja", "見積もり", "いくら？", "normal", "neutral", True),
    M("ja", "Re: 作業日のご確認", """
すみません、11月16日（土）の作業ですが、子どもの行事が入ってしまいました。
23日（土）か24日（日）に変更できますか。

> 11月16日（土）10時〜13時で作業を承りました。
> 日程の変更は前日の正午まで無料です。

三好
""", "normal", "neutral"),
    M("ja", "半年たってもきれいです", """
昨年の秋にキッチンを片付けていただいた者です。
半年たってもきれいなままで、毎日料理するのが楽しくなりました。ありがとうございます！
またどこかで講座をされることがあれば、知りたいです。
""", "low", "positive"),
    M("ja", "オンライン講座の録画", """
講座の内容についての質問です。急ぎではありません。
オンライン講座に申し込んだ場合、録画は後から見られますか？
平日の夜は子どもの寝かしつけで、参加できないかもしれないので。
""", "low", "neutral"),

    M("en", "Eviction in 9 days - can you help?", """
Hi,
Our landlord has given us until the 30th to be out - that's 9 days. I have a two-bed flat full of stuff, two kids under 6, and I honestly don't know where to start. The new place is smaller so a lot has to go.
Is there any chance you could help this week? I can pay, I just need to know what it would cost.
Sorry this is a bit all over the place.
Danielle
""", "high", "anxious"),
    M("en", "Hoarding clearance - notice expires Fri 14th", """
Hello,
I'm a social worker supporting an older client, Mrs A., who lives alone. Environmental Health have served a notice: the kitchen and hallway must be cleared and accessible by Friday 14th, or she faces a fine and the council will arrange clearance itself, which she is very distressed about.
She has agreed to work with an organiser. Could you quote for Wednesday 12th and Thursday 13th? I can be there both days.
Regards,
Owen Pryce
Adult Social Care
""", "high", "neutral"),
    M("en", "You threw out my daughter's art folder", """
I said clearly on the day that nothing made of paper was to go until I'd gone through it. Your organiser put my daughter's school art folder - six years of her drawings - in the recycling, and it was collected this morning.
I'm furious. I don't know what you can do about it, but I want to hear what you have to say.
""", "normal", "angry"),
    M("en", "Booking", "Is next week ok", "normal", "neutral", True),
    M("en", "Gift certificates", """
Do you do gift certificates for sessions? My sister's birthday is a few months away and she's been talking about getting her wardrobe sorted. No hurry.
""", "low", "neutral"),
]
