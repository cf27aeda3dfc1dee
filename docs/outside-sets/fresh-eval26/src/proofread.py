# proofread = English-language editing and proofreading for researchers' manuscripts
from ._h import s, d, m

DOMAIN = "proofread"

SENTS = [
    s("ja", "納期は原稿の状態によって多少前後します。", "vague"),
    s("ja", "投稿規定は必ずご自身で読んでから依頼すること。", "imperative", "condescending"),
    s("ja", "査読者のコメントが校閲の品質についての指摘なのかどうかは、当方では判断できかねます。", "unknown_without_followup"),
    s("ja", "図表の説明文を含む12,400語を、4月15日（火）正午までに納品いたします。", ),
    s("ja", "ご希望の綴り（米国式か英国式か）を、ご発注の際にお知らせいただけますか。", "request_without_reason"),
    s("ja", "論文全体で綴りを統一するため、米国式と英国式のどちらになさるかお知らせいただけますか。", ),
    s("ja", "こちらは英語の校閲サービスですので、研究内容の妥当性についてのご相談はお受けしておりません。", "dismissive"),
    s("ja", "修正履歴の見方がお分かりにならないようでしたら、研究室の学生さんに聞かれてはいかがでしょうか。", "condescending"),
    s("ja", "Wordファイルで送り直してください。", "imperative", "request_without_reason"),
    s("ja", "PDFでは修正履歴を残せないため、お手数ですがWord形式で再送いただけますでしょうか。", ),
    s("ja", "追加料金は、それほど多くはかかりません。", "vague"),
    s("ja", "再校閲の対象になるかは査読コメントを拝見してから判断いたしますので、コメントをお送りいただければ2営業日以内にお返事します。", ),
    s("ja", "ご指摘のとおり、3段落目の訂正で文意が変わってしまっておりました。修正版を本日中にお送りします。", ),
    s("en", "Your edited manuscript will be back with you by 5 p.m. Tokyo time on Friday 9 May.", ),
    s("en", "Use the journal's template.", "imperative", "request_without_reason"),
    s("en", "Turnaround may be a little longer than usual this month.", "vague"),
    s("en", "I can't promise the reviewers will be satisfied, but if they raise language points we re-edit those sections free of charge within 60 days.", ),
    s("en", "We don't know why the journal's system rejected the file.", "unknown_without_followup"),
    s("en", "Scientific content is outside our remit, so we won't be commenting on it.", "dismissive"),
    s("en", "So that the editor keeps your terminology consistent, could you send the glossary you used for your earlier papers?", ),
]

DRAFTS = [
    d("ja", "ご依頼原稿の納品日（5月22日）と追加費用のご確認",
      """東都大学 大学院工学研究科 石井様

アカデミック英文校閲ラボの高橋です。ご依頼いただいた論文原稿について、納品日と追加費用をご確認いただきたくご連絡いたしました。

語数：本文8,750語＋図表説明1,200語（計9,950語）
納品日：5月22日（木）17時
費用：通常校閲 79,600円＋図表説明の追加 9,600円＝89,200円（税込み）

図表説明は当初のお見積りに含まれていなかったため、追加費用が発生しております。この金額で進めてよろしければ、5月15日までにこのメールへご返信いただけますでしょうか。ご返信をいただき次第、作業を開始いたします。

アカデミック英文校閲ラボ 高橋
"""),
    d("ja", "納品遅延のお詫び",
      """石井様

アカデミック英文校閲ラボの高橋です。
ご依頼の原稿の納品が、お約束の5月22日17時から半日遅れてしまいました。大変ご迷惑をおかけし、申し訳ございません。

担当校閲者が体調を崩し、作業の引き継ぎに時間がかかったことが原因です。
本日8時に校閲済みの原稿（修正履歴付きと清書版の2種類）をお送りいたしました。今回の料金からは10％を差し引いてご請求いたします。

何かお気づきの点がございましたら、ご連絡ください。

アカデミック英文校閲ラボ 高橋
""", "apology_incomplete"),
    d("ja", "Re: 校閲内容についてのご質問",
      """石井様

アカデミック英文校閲ラボの高橋です。
ご質問いただいた「a」と「the」の使い分けについては、一般的な文法書にも書かれている基本的な内容ですので、まずはそちらをご確認いただくのがよいかと存じます。

なお、当ラボの校閲は英語の表現についてのものであり、原稿の論理構成についてはお客様ご自身の責任でご判断いただくことになっております。

アカデミック英文校閲ラボ 高橋
""", "condescending"),
    d("en", "Your editing certificate for the Journal of Applied Ecology",
      """Dear Dr Morales,

Your edited manuscript, "Seed dispersal by ground beetles in fragmented grassland", is attached in two versions: one with tracked changes and one clean copy.

As requested, we've also attached an editing certificate addressed to the editors of [Journal name], which you can upload with your submission.

If the reviewers raise any language points, send us their comments and we'll re-edit those sections free of charge within 60 days.

Best regards,
Hannah Cole
ClearPaper Editing
""", "placeholder_left"),
    d("en", "Quote for your thesis: £1,240, ready by 30 June",
      """Dear Kenji,

Thank you for sending your thesis. Here's our quote:

Length: 62,000 words (main text, excluding references)
Service: academic proofreading, British spelling
Price: £1,240
Delivery: by 5 p.m. on Monday 30 June

Your university's rules say an editor may only correct language, not content, so we'll follow that and include a signed statement for your graduate school.

To book the slot, reply to this email by Friday 13 June; after that date we can't guarantee the 30 June delivery.

Best wishes,
Hannah Cole
ClearPaper Editing
"""),
]

MAILS = [
    m("ja", "本日正午納品のはずの原稿がまだ届いていません",
      """アカデミック英文校閲ラボ　ご担当者様

東都大学の石井です。
本日正午に納品とお約束いただいていた申請書（英文要旨）が、１５時現在まだ届いておりません。
この要旨は、明日１７時締め切りの国際共同研究の助成金申請に添付するもので、学内の事務確認が明日午前中に必要です。
今夜中に受け取れないと、申請そのものを見送ることになってしまいます。
現在の状況と、いつ頃お送りいただけるかだけでもお知らせください。

石井　健一""", "high", "anxious"),
    m("ja", "納品ファイルに別の方の原稿が入っていました",
      """アカデミック英文校閲ラボ御中

本日受け取った納品ファイルのZIPの中に、私の原稿とは別に、他大学の先生のものと思われる未発表論文の原稿が入っていました。
所属やお名前、実験データまですべて見える状態です。
逆に、私の未発表データも誰かに送られている可能性があるということですよね。
共同研究先との守秘義務もあるので、どのような経緯でこうなったのか、私のファイルが他の誰かに送られていないか、今日中に説明をいただきたいです。

大阪臨海大学　村上""", "high", "angry"),
    m("ja", "修正版の校閲をお願いできますか（締切５月２０日）",
      """アカデミック英文校閲ラボ　高橋様

以前にもお世話になりました、北陸理科大学の森です。
査読の結果、メジャーリビジョンとなり、修正原稿の提出期限が５月２０日（月）です。
修正した部分（約３,０００語）の校閲を、５月１８日（土）までに納品していただくことは可能でしょうか。
特急料金がかかる場合はその金額も教えてください。
可能であれば本日中に原稿をお送りします。

森　雄大""", "high", "neutral"),
    m("ja", "博士論文の校閲費用について",
      """はじめてご連絡いたします。
来年１月に提出予定の博士論文（英文、約５万語）の校閲をお願いしたいと考えております。
概算の費用と、どのくらい前に依頼すればよいかを教えていただけますでしょうか。

京浜大学大学院　理学研究科　博士課程３年　野田""", "normal", "neutral"),
    m("ja", "校閲証明書を付けたのに英語を指摘されました",
      """高橋様

先日御社で校閲していただいた論文ですが、査読者２名のうち１名から「英語のネイティブチェックを受けること」とコメントされました。
校閲証明書まで付けて投稿したのに、です。
正直、何のために高い料金を払ったのか分かりません。
再投稿の期限は２か月後なので時間はありますが、どう対応していただけるのか教えてください。

石井""", "normal", "angry"),
    m("ja", "初めての投稿で不安です",
      """お世話になります。修士２年の佐藤です。
指導教員の勧めで、初めて英文誌に投稿することになりました。
御社の校閲証明書を付ければ、英語の面で不利になることはないと考えてよいのでしょうか。
英語に自信がなく、投稿すること自体がとても不安です。
投稿は来月の予定です。

佐藤""", "normal", "anxious"),
    m("ja", "見積もり",
      """見積もりお願いします""", "normal", "neutral", True),
    m("ja", "請求書の書式について",
      """アカデミック英文校閲ラボ　ご担当者様

いつもお世話になっております。東都大学工学部事務の川口です。
石井研究室からご依頼した校閲費用を公費で支払うため、請求書を大学指定の書式で発行していただくことは可能でしょうか。
書式を添付いたしますので、ご確認ください。

東都大学　工学部　会計係　川口""", "normal", "neutral"),
    m("ja", "論文がアクセプトされました",
      """高橋様

昨年末に校閲していただいた論文が、本日アクセプトされました。
査読者からも「非常に読みやすい」とコメントをいただきました。
丁寧に見ていただき、ありがとうございました。次の論文もぜひお願いしたいと思っています。

森""", "low", "positive"),
    m("ja", "LaTeX原稿の対応予定",
      """こんにちは。
今後LaTeXのファイルでの校閲にも対応される予定はありますか？
今のところはWordに変換して依頼しているので困ってはいませんが、将来的に対応があれば便利だなと思いました。
いつでも構いませんので教えてください。""", "low", "neutral"),
    m("en", "Edited thesis file won't open - submission Friday 5 p.m.",
      """Hi Hannah,

Thank you for returning my thesis yesterday. Unfortunately the tracked-changes file won't open: Word says it is corrupted, and the clean copy is missing chapters 4 and 5.

My submission deadline at the graduate school is this Friday at 5 p.m. and I still need to accept the changes and re-check the figures, which will take at least a full day.

Could you send working files today? I'm a bit panicked.

Kenji Watanabe""", "high", "anxious"),
    m("en", "Edits changed the meaning of my results",
      """Hello,

I've gone through the edited manuscript and in at least four places the editor has "improved" sentences so that they now claim the opposite of what the data show, e.g. "did not differ significantly" became "differed slightly".

I'm paying for language editing, not for someone to rewrite my findings. I'll have to check every single change now, which defeats the purpose. I'd like to know how you intend to fix this. Resubmission isn't until next month.

Dr L. Morales""", "normal", "angry"),
    m("en", "Student discount?",
      """Hi, do you offer a discount for PhD students? I'm self-funded. Thanks, Amara""", "normal", "neutral"),
    m("en", "file",
      """Did you get my file?""", "normal", "neutral", True),
    m("en", "Accepted!",
      """Hi Hannah - just heard the paper was accepted with no language comments at all. Thank you! I'll be back with the next one in the autumn.

Lucia""", "low", "positive"),
]
