"""cattery = registered cat breeder selling kittens, with after-sale advice (猫のブリーダー)."""
from common import S, D, M

DOMAIN = "cattery"

SENTS = [
    # ja
    S("ja", "お引き渡しは生後12週を過ぎた3月16日以降で、2回目のワクチン接種の証明書もその日にお渡しします。"),
    S("ja", "子猫が下痢をするのは、環境の変化でよくあることですので、様子を見ていただければ大丈夫です。", "D"),
    S("ja", "お迎えから1週間ほどは環境の変化で軟便になることがありますが、2日以上続く場合や元気がない場合は、動物病院で便の検査を受けていただけますか。費用は契約の健康保証でお返しします。"),
    S("ja", "子猫を迎える前に、ケージとトイレを準備しておきなさい。", "I R"),
    S("ja", "キャットフードの切り替えは、1週間かけて新しいフードの割合を少しずつ増やしていくと、お腹を壊しにくくなります。"),
    S("ja", "お引き渡しの日に、身分証明書をご持参いただけますでしょうか。", "R"),
    S("ja", "動物愛護管理法で対面での説明と本人確認が義務づけられているため、お引き渡しの日に身分証明書をお持ちいただけますか。"),
    S("ja", "遺伝性の病気の検査結果については、私どもではお答えできかねます。", "U"),
    S("ja", "親猫の遺伝子検査の結果は、検査機関から届く予定の4月5日以降に、写しをお送りします。"),
    S("ja", "体重が増えない理由は、私にもよくわかりません。", "U"),
    S("ja", "お引き渡しの時期は、子猫の成長具合によって多少前後します。", "V"),
    S("ja", "ご予約の金額は、のちほど改めてお知らせいたします。", "V"),
    S("ja", "ほかのブリーダーから迎えた猫との相性については、当方の責任範囲外です。", "D"),
    S("ja", "ご自宅の環境が猫を飼うのにふさわしいのか、まずはよくお考えになってからご連絡ください。", "C"),
    # en
    S("en", "Kittens are ready to leave at thirteen weeks, once they have had both vaccinations and a vet check."),
    S("en", "Keep her indoors for the first month.", "I R"),
    S("en", "Please keep her indoors for the first month; she needs that long to learn your home is her territory and won't try to find her way back here."),
    S("en", "You can't expect a breeder to know why a kitten isn't eating.", "C U"),
    S("en", "Occasional sneezing in the first week is common after a move, but if it comes with runny eyes or lasts more than three days, please take her to the vet; the health guarantee covers it."),
    S("en", "Delivering a kitten within 50 miles costs £40, which covers fuel and a second person to sit with her on the way."),
]

DRAFTS = [
    D("ja", "【ご確認ください】子猫のお引き渡し日について",
      """
大塚様

キャッテリー・ソラの村上です。
ご予約いただいている子猫（ブルーの男の子）のお引き渡し日を、3月20日（水・祝）の14時でお願いしたく、ご連絡いたしました。

当日は、健康状態の説明と、ワクチン接種証明書・血統書の申請書類のお渡しで、40分ほどかかります。
法律で対面での説明が必要なため、ご本人様にお越しいただけますでしょうか。

ご都合が悪い場合は、3月17日までにこのメールにご返信ください。別の日をご提案いたします。

キャッテリー・ソラ 村上
"""),
    D("ja", "キャッテリー・ソラです",
      """
大塚様

こんにちは。キャッテリー・ソラの村上です。
今年は暖かい日が続いて、うちの猫たちも日向ぼっこばかりしています。
先日生まれた子猫たちも、毎日元気に走り回るようになりました。
写真をたくさん撮ったので、ホームページの子猫紹介のページをぜひご覧ください。

さて、残金のお支払いが確認できておりませんので、お引き渡しの前日までにお振込みいただく必要があります。

キャッテリー・ソラ 村上
""", "N"),
    D("ja", "ワクチン接種のご案内",
      """
大塚様

キャッテリー・ソラの村上です。
お迎えいただいた子猫の3回目のワクチン接種の時期が近づいてまいりました。
接種は{接種日}ごろを目安に、かかりつけの動物病院で受けてください。
費用は病院によって異なりますが、5,000円前後です。

キャッテリー・ソラ 村上
""", "P I"),
    D("en", "Sorry about the missing paperwork",
      """
Dear Priya,

I'm so sorry that Luna's pedigree papers and vaccination card weren't in the pack when you collected her on Saturday.

When I prepared the packs that morning, I put hers in the envelope for her brother, who went home the same day. I have now got the documents back from his new family and posted them to you by special delivery this afternoon, so they will reach you tomorrow before 1 p.m.

From now on I'll check every pack against a list with the owner at handover, so that nothing leaves here in the wrong envelope.

Again, my apologies for the worry this caused.

Best wishes,
Hannah Moss
Moss Ragdolls
"""),
]

MAILS = [
    M("ja", "子猫がぐったりしています",
      """
村上様

先週お迎えした子猫（クリーム色の女の子）が、昨日の夜から何も食べず、水も飲みません。
今朝は二度吐いて、ほとんど動かずに丸まっています。
かかりつけの病院が今日は休診です。
どこか診てもらえる病院を紹介していただけないでしょうか。どうしたらいいのか分かりません。
""", "high", "anxious"),
    M("ja", "契約と違う猫が届いた",
      """
本日、飛行機便で届いた子猫ですが、写真で選んだ子と毛の色も模様も違います。
血統書の写しに書かれた生年月日も違います。
代金の33万円はもう振り込み済みです。
どういうことなのか、今日中に説明してください。
納得できる説明がなければ、消費生活センターと弁護士に相談します。
""", "high", "angry"),
    M("ja", "血統書はいつ届きますか（３回目）",
      """
お迎えから４か月たちますが、血統書がまだ届いていません。
これまで２回メールでお願いしましたが、どちらも返事がありません。
来月のキャットショーに出す予定で、血統書がないとエントリーできません。
エントリーの締め切りは今月末です。
""", "high", "angry"),
    M("ja", "子猫を迎える準備について",
      """
来月お迎えする予定の大塚です。
準備しておいたほうがいいものを教えていただけますか。
フードは今食べているものと同じものを用意しておいたほうがいいでしょうか。
""", "normal", "neutral"),
    M("ja", "ワクチン",
      """
ワクチンどうすれば
""", "normal", "neutral", True),
    M("ja", "先住猫との相性が心配です",
      """
今度、御社から子猫を迎える予定なのですが、うちには10歳になる先住猫がいます。
最近少し腎臓の数値が悪いと言われていて、新しい子が来てストレスにならないか心配です。
上手に慣らす方法があれば教えていただけませんか。
""", "normal", "anxious"),
    M("ja", "見学の日程",
      """
子猫の見学をお願いしたいです。
今月の土日で空いている日はありますか。
""", "normal", "neutral"),
    M("ja", "予約金の支払い方法",
      """
予約金の支払いは、銀行振込以外にも方法がありますか。
クレジットカードで払えると助かります。
""", "normal", "neutral"),
    M("ja", "来年の出産予定について",
      """
いつかラグドールを迎えたいと思っています。
来年以降の出産予定があれば、決まったときに教えていただけますか。
今すぐというわけではないので、ご都合のよいときで大丈夫です。
""", "low", "neutral"),
    M("ja", "ソラちゃん、元気です",
      """
昨年お迎えしたソラ（ブルーの男の子）の飼い主です。
もう６キロになり、毎晩私の布団で寝ています。
写真を添付しますので、お母さん猫にも見せてあげてください（笑）
本当に素敵な子を譲っていただき、ありがとうございました。
""", "low", "positive"),
    # en
    M("en", "Kitten hiding and not eating",
      """
Hi Hannah,

We brought Milo home on Sunday. He's been hiding under the bed ever since and hasn't eaten anything as far as we can tell, though he's had a bit of water. Is this normal at this stage or should we be worried? We've kept the house quiet.

Thanks,
Chloe
""", "normal", "anxious"),
    M("en", "Breathing problem",
      """
Our kitten (collected from you 5 days ago) is breathing with his mouth open and his gums look pale. He was fine this morning. The vet in our village is closed until Monday. Which out-of-hours vet do your kittens' owners use around here? Is this something he had before he left you?

Mark
""", "high", "anxious"),
    M("en", "Waiting list",
      """
Hello, could you put us on your waiting list for a seal point female? We're happy to wait for the right kitten - could be next year, no rush at all.

Best,
Anika and Tom
""", "low", "neutral"),
    M("en", "Insurance",
      """
Does the kitten come with any insurance cover, and if so when does it start?
""", "normal", "neutral"),
    M("en", "Re: Re: Re: refund of deposit",
      """
This is my third email. You cancelled my reservation in September because the litter was smaller than expected, and said the £300 deposit would be refunded "within a week". It's now November. I'd like it back by the end of this week, or I'll raise it with my bank.

Jenny
""", "high", "angry"),
]

DRAFTS += [
    D("ja", "お迎え後1週間の健康チェックのお願い",
      """
大塚様

キャッテリー・ソラの村上です。
お迎えから1週間がたちましたので、健康保証の手続きのため、子猫の様子を教えていただけますでしょうか。

健康保証は、お迎えから14日以内に見つかった病気が対象になります。
期間内に体調の変化を記録しておくと、あとで保証を使う必要が出たときに手続きがスムーズです。

お知らせいただきたいのは次の3点です。
・体重（キッチンスケールで構いません）
・食欲と便の状態
・全身が写った写真1枚

11月25日までにこのメールへご返信いただければ、記録に残しておきます。

キャッテリー・ソラ 村上
"""),
]
