from common import s, d, m
DOMAIN = "tattoo"
MEANING = "tattoo studio: consultations, custom designs, deposits, sessions and aftercare"

SENTS = [
    s("ja", "デザインの修正は2回まで無料で、3回目からは1回につき5,000円をいただいております。"),
    s("ja", "施術後のかさぶたは、絶対に剥がさないこと。", "IR"),
    s("ja", "色が薄くなったのは、アフターケアをきちんとされなかったからだと思います。", "C"),
    s("ja", "予約金のことでしたら、規約に同意いただいていますので、これ以上お話しすることはありません。", "CD"),
    s("ja", "腫れが引くまでの期間は人それぞれなので、何とも言えません。", "U"),
    s("ja", "腫れや赤みが3日以上続く場合は、感染の可能性がありますので皮膚科を受診していただけますか。"),
    s("ja", "施術時間は、デザインによっては長丁場になります。", "V"),
    s("ja", "カウンセリングには身分証明書を持ってきてください。", "IR"),
    s("ja", "18歳未満の方への施術は、保護者の同意があってもお断りしています。県の条例で禁じられているためです。"),
    s("ja", "他店で入れたタトゥーの手直しは、うちでは扱っていませんので。", "D"),
        s("ja", "ご希望のデザインの参考画像を2〜3枚お送りいただけますか。", "R"),
    s("ja", "ご来店の前日は飲酒を控えていただけますか。出血が増えて色が入りにくくなるためです。"),
    s("en", "Don't touch the bandage for 24 hours.", "IR"),
    s("en", "A full sleeve usually takes four to six sessions of about five hours each."),
    s("en", "Fading like this happens when clients ignore the aftercare sheet we gave you.", "C"),
    s("en", "We don't do cover-ups of other artists' work, so there's nothing we can do for you.", "D"),
    s("en", "Please keep the area out of direct sun for two weeks, as UV breaks down fresh ink."),
    s("en", "We can't predict exactly how your skin will heal, so Lena would like to see it at a free check-up in two weeks; would Tuesday the 14th at 4 p.m. suit you?"),
]

DRAFTS = [
    d("ja", "カウンセリングのご予約確認", """
△△様

スタジオ・ノクターンの早川です。
カウンセリングのご予約ありがとうございます。以下の内容で承りました。

日時：12月7日（土）〇時〜
場所：スタジオ・ノクターン（南口から徒歩4分）
所要時間：30〜40分
料金：無料

年齢確認のため、当日は顔写真付きの身分証明書をお持ちいただけますでしょうか。
ご都合が悪くなった場合は、前日までにこのメールへご返信ください。

スタジオ・ノクターン　早川
""", "P"),
    d("ja", "色の抜けについて", """
中島様

スタジオ・ノクターンの早川です。
お写真拝見しました。腕の花の部分、赤い色が抜けてまだらになっていますね。

こうした抜け方は、施術後の保湿や日焼けの対策をきちんとしていただけなかった場合によく見られます。お渡ししたケアの説明書にも書いてあったはずです。
ただ、初回の手直しは無料でお受けしておりますので、ご都合のよい日を2〜3候補お知らせいただけますか。1時間ほどで終わる見込みです。

スタジオ・ノクターン　早川
""", "C"),
    d("ja", "ご予約日の変更を承りました（1月18日へ）", """
遠藤様

スタジオ・ノクターンの早川です。
12月21日（土）のご予約を、1月18日（土）13時からに変更いたしました。
お預かりしている予約金1万円は、そのまま新しいご予約に充当いたします。

デザインの最終確認は、1月11日までにメールで画像をお送りします。修正のご希望があれば、そのときにお知らせください。

当日お会いできるのを楽しみにしております。
スタジオ・ノクターン　早川
"""),
    d("en", "Your session on {appointment_date}", """
Hi {client_first_name},

Thanks for booking with Black Orchid Tattoo. Your session with Lena is confirmed.

Please eat a proper meal beforehand — sessions go more smoothly when your blood sugar is steady — and wear a loose top so we can reach your shoulder easily.

The remaining balance of $350 is due on the day, by card or cash.

See you soon,
Black Orchid Tattoo
""", "P"),
    d("en", "Design ready for your review", """
Hi Sam,

Lena has finished the first version of your compass design — it's attached as a PDF at actual size, so you can print it and hold it against your forearm.

Could you reply by Friday with any changes? We need the final version a week before your session on 22 March to make the stencil. Two rounds of changes are included in your deposit.

Thanks,
Rio
Black Orchid Tattoo
"""),
]

MAILS = [
    m("ja", "施術後の腫れと熱について", """
スタジオ・ノクターン様

3日前に左の二の腕に施術していただいた木下です。
昨日の夜から腕がパンパンに腫れて熱を持っていて、今朝は黄色い汁のようなものが出てきました。
体温を測ったら37.8度ありました。
これは普通の反応なんでしょうか。それとも病院に行ったほうがいいですか？
どの科に行けばいいのかも分からなくて、怖くなってしまっています。

木下
""", "h", "ax"),
    m("ja", "予約金の返金について", """
スタジオ・ノクターン　ご担当者様

12月14日に予約し、予約金2万円を振り込んでいた宮本です。
前日の夜になって「アーティストの都合でキャンセル」と連絡があり、
返金についてお聞きしたところ「規約により次回予約への充当のみ」と言われました。
そちらの都合でキャンセルされたのに返金できない、というのは納得できません。

今月末に引っ越しで遠方に移るため、次回の予約はできません。
今週金曜日までに返金の方法をお知らせください。ご対応いただけない場合はカード会社に相談します。

宮本 翔
""", "h", "an"),
    m("ja", "明日14時の予約について", """
お世話になっております。明日14時から早川さんに予約している安田です。
先ほど早川さんのＳＮＳに「明日はお休みします」と投稿されているのを見ました。
こちらは新幹線で3時間かけて伺う予定で、今夜の切符も取ってあります。
予約が生きているのか、本日中にご確認いただけますか。
""", "h", "ne"),
    m("ja", "デザイン相談の流れ", """
はじめまして。
手首の内側に小さな文字を入れたいと考えています。
相談から施術までの流れと、だいたいの料金を教えていただけますか？
""", "n", "ne"),
    m("ja", "初めてで不安です", """
はじめてタトゥーを入れようと思っています。
痛みにすごく弱いのと、金属アレルギーがあるのですが、インクや針で反応が出ることはありますか？
一生残るものなので、失敗したらと思うと怖くてなかなか決められません。
""", "n", "ax"),
    m("ja", "線が歪んでいます", """
11/30に施術していただいた者です。
かさぶたが取れてきて気づいたのですが、文字の「R」の線が明らかに歪んでいます。
カウンセリングで何度も確認したデザインとは違います。
正直がっかりしました。手直しはそちらの負担でやっていただけるんですよね？
""", "n", "an"),
    m("ja", "ありがとうございました＆次の相談", """
早川さん

先月入れていただいた猫のデザイン、毎日見てはにやにやしています。本当にありがとうございました！
友人にも大好評です。
次は反対の腕に、同じテイストで植物のデザインをお願いしたいと思っています。
春ごろに入れられたらと思うのですが、相談の予約はいつから取れますか？
""", "n", "po"),
    m("ja", "この前の件", """
この前の件ですが、やっぱりお願いできますか？
""", "n", "ne", True),
    m("ja", "月のデザインについて", """
インスタに載っていた三日月と星のデザイン、とても素敵でした。
あのデザインは今も彫っていただけますか？
来年の誕生日（９月）に入れたいと思っているので、まだだいぶ先の話です。
""", "l", "ne"),
    m("ja", "駐輪場について", """
いつもお世話になっています。
スタジオの前に自転車を停める場所がなくて、毎回少し困っています。
次に伺うのは春ごろなので、それまでに何か案内があるとうれしいです。
""", "l", "ne"),
    m("en", "red streak spreading from new tattoo", """
Hi,

I got my forearm piece done on Tuesday. Since this afternoon there's a red streak going from the tattoo up toward my elbow, and I feel hot and shivery. Is this normal healing or should I see a doctor tonight? The walk-in clinic closes at 9 and I don't know if I'm overreacting.

Jess (booked with Lena)
""", "h", "ax"),
    m("en", "Got a cancellation email - is Thursday still on?", """
Hello,

I'm visiting from Australia and fly home Friday morning. My session with Marco is booked for Thursday at 11 (deposit paid, ref BO-7731).

Your system just sent me an automatic "appointment cancelled" email. I didn't cancel anything. Could you confirm today whether my appointment is still happening? This is my only chance before I leave.

Cheers,
Liam
""", "h", "ne"),
    m("en", "Misspelled tattoo", """
My tattoo says "Foreve". I approved a stencil that said "Forever" - I have the photo of the stencil on my phone.

I'm not paying another cent for this. I want a meeting with the owner and a fix done by a different artist, at your cost.

D. Marsh
""", "n", "an"),
    m("en", "Quote for a palm-sized piece", """
Hi, I'd like a rough price for a palm-sized black and grey rose on my calf. How much is the deposit and how long would a session take? Thanks! - Kim
""", "n", "ne"),
    m("en", "Guest spots in Bristol?", """
Hey, just curious - does Lena ever do guest spots in Bristol? I don't have anything planned yet, so no need to hurry a reply.
""", "l", "ne"),
]
