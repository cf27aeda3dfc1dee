"""condescending (上から目線): moves that talk down to, blame or pressure the customer.

Families of wording (ja / en), each found by its own signal:
- blame: the fault put on the customer (「お客様の操作ミスによるものです」「入力を誤られたのは
  そちらです」「そちらの環境の問題かと思われます」 / "caused by a mistake on your side", "if you
  had checked …", "this is user error", "a problem on your end");
- obvious: implied obviousness (「当然」「常識」「見れば一目瞭然」「少し考えれば分かる」 /
  "obviously", "needless to say", "anyone reading … would know");
- asked_again: reproach for asking again (「何度も申し上げている通り」「既にお伝えしております」
  「三度目」 / "as I already explained", "for the third time");
- doubt_ability: doubt of the reader's ability (「お客様には難しいかもしれませんが」「本当に手順
  どおりに操作されたのでしょうか」 / "too complicated for you", "are you sure you followed");
- ultimatum: a threat on the customer's action — a negative condition (〜いただかないと,
  〜なければ) followed by a penalty or 〜てしまいます, or a flat 「次はありません」 /
  "if you don't …, … will be terminated", "last warning";
- lecturing: telling the customer how they should behave (「〜べきものです」「社会人として」
  「〜しておくものです」 / "it is your responsibility", "let this be a lesson");
- disclaim: disclaiming responsibility (「弊社は一切責任を負いません」「こちらに非はございません」
  / "not our problem", "we accept no responsibility");
- perception_apology: an apology made on condition of the reader's perception or for
  anything at all (「ご不便をおかけしたのであれば申し訳ございません」「誤解を招いたようでし
  たらお詫びします」 / "we apologize if you were confused", "sorry for any inconvenience.");
  a sincere apology names what we did (「配送の手配を誤り、申し訳ございません」);
- pressure: sentence-final pressure (〜ましたよね, 〜でしょう, 「ですから〜んです」, read from
  the final particles and auxiliaries in the morphology / "…, right?", "like I said").
The same fact put as 「〜いただけない場合は〜となりますことご了承ください」 is how business
mail says it, a technical consequence (「再起動しないと設定が反映されません」) is no threat,
and 「当然」 about our own duty (「送料は当然弊社で負担いたします」) or the customer's feelings
(「ご不満は当然のことと存じます」) is not talking down either. What we should have done
(「お電話を差し上げるべきでした」「係員が数えるべきでした」 / "You are right that we should have
called") owns the fault; 「ご確認いただくべきでした」, the customer's act, is blame.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import replace

from madoguchi.quality import phrases
from madoguchi.quality.lint.base import Document, Finding, Level, Sentence, each_sentence
from madoguchi.quality.morphology import Token

ID = "condescending"

_CONDITION = re.compile(r"(ない|なけれ|ず)(と|ば|では)[、,]?|済まないと|なければ")
_PENALTY = re.compile(
    r"キャンセル|取り?消し|取消|無効|失効|停止|解約|削除|消去|打ち切|終了|違約金|延滞|法的|督促|強制|"
    r"対応(でき|いたしかね|しかね)|お受けでき|受け付け(られ|でき)|ご利用いただけなく|利用できなく|責任|てしまい|でしまい|困ります"
)
_OBVIOUS = re.compile(
    r"当然|当たり前|常識|普通(は|なら|に考え)|のは普通のこと|ふつうは|言うまでもな|言うまでも(ござ|あり)|ご存(じ|知)(かと|か)と?は?(思い|存じ)ますが|お分かりいただけ(まし|ます)たか|ご理解いただけましたでしょうか|お分かりになりましたか|そんなことも|としか考えられ"
)
# 「当然ながら、二重に請求された分の返金手数料はいただきません」 (walk 24 H3): what is
# obvious is a cost we do not charge, in the customer's favour.
_OBVIOUS_OK = re.compile(
    # (Not 「…のは当然の流れかと存じます」: a hedge on the obvious, fresh-eval62 s-ja-009.)
    r"(?<!ご)(?<!かと)存じ|ごもっとも|弊社|当社|私ども|こちらで|いたします|させていただ|"
    r"(料|費|代|手数料|送料|費用)[^。]{0,8}(は|も)?(いただきません|いただかず|かかりません|請求(いた)?しません|頂戴(いた)?しません)|無料|無償|"
    r"(料|費|代|手数料|送料|費用)を?(いただく|頂戴する|請求する)ことは(ございません|ありません)"
)
_NATURAL_EVENT_JA = re.compile(
    r"(が|の)[^。、]{1,16}(る|た|い)のは[^。]{0,20}(当然|当たり前|普通|自然)(の(こと|現象|もの)|で[、,]|です)"
)
# 「ご不安に思われるのは当たり前のことです」「不安になられるのは当然ですので」: the reader's
# feeling called natural is empathy, not "you should have known" (a labelled clean item; session
# 41). Not the thing's behaviour called natural to wave the worry off (「…のは当然のことですので、
# ご心配には及びません」: the feeling word comes after).
FEELING_NATURAL_JA = re.compile(
    r"(不安|心配|お怒り|怒り|ご立腹|ご不満|不満|戸惑|驚|お困り|ご不快|不快|がっかり|残念|ご負担|お疲れ)"
    r"[^。]{0,12}(のは|のも|は|も)[^。]{0,4}(当然|当たり前|無理もな|もっとも)"
)
_KNOWN_TO_THEM_JA = re.compile(
    r"とのことですが|と言われましても|ご存(じ|知)|常識|分か|わか|知って|考えれば|お読み|お客様|ご自身|ご自分|ご本人|誤解|勘違い|された|されて|なさっ|のであれば|んであれば|ければ|ですと|ますと|できない|できません|お出し|遅れ|(に|を|で)[^。、が]{0,8}(たら|れば)[、,]?[^。]{0,12}のは"
)
_KNOWN_BEFORE = re.compile(
    r"(何度も|再三|繰り返し|先ほども|前回も|以前にも|以前も|先日も|かねてより|(?<![以事直])前にも|(?<![以事直午])前も)[、,]?(申し上げ|お伝え|ご説明|ご案内|説明|案内)"
)
# 「FAQにも書いてありますので、まずそちらをご確認ください」: it was written down for you, so
# read it before asking — the document named with 「にも」 or the customer sent to it first.
# 「あわせて」「よろしければ」 offer the same page as a help, not a reproach.
_WRITTEN_FOR_YOU = re.compile(
    r"(FAQ|ＦＡＱ|よくある(ご)?質問|マニュアル|説明書|ヘルプ|ホームページ|ウェブサイト|サイト|規約|ご?案内|お知らせ|メール)"
    r"(に|で)も[^。]{0,8}(書いて|記載|明記|掲載|載って|説明して|ご説明)[^。]{0,12}(ので|から)[、,]?[^。]{0,16}(ご確認|ご覧|お読み|読んで|参照|確認して)"
    r"|(書いて|載って)(あり|い|ござい)ます(ので|から)[、,]?[^。]{0,8}(まず|先に|よく)[^。]{0,10}(ご確認|ご覧|お読み|読んで|確認)"
    # fresh-eval62 s-ja-020: 「…とのことですが、『ミラーは畳んでください』の看板は入口に大きく出して
    # おりますので。」 — what was shown or told, left hanging as the whole answer (the labelled
    # sentences that end on 「〜ますので。」: 12 of 12 condescending or dismissive).
    r"|(出して|掲示して|貼り出して|貼って|張って|書いて|記載して|表示して|明記して|掲載して|お伝えして|ご案内して|ご説明して|お知らせして)(おり|あり|ござい)ますので[。．！!]?\s*$"
)
_WRITTEN_HELPFUL = re.compile(r"あわせて|併せて|よろしければ|ご参考|参考までに|ぜひ")
_SHOULD_KNOW = re.compile(
    r"(存じ|知っ|知ら(?!せ)|分か|わか|書い|記載|説明|案内|読|伝え|理解|承知|気付|気づ)[^。]{0,10}はず"
)
_BLAME = re.compile(
    r"(お客様(ご自身)?|そちら(様|側)?)(の|側の?|が|で)[^。]{0,14}?(操作ミス|ミス|誤操作|確認不足|過失|不注意|勘違い|誤解|間違|落ち度|せい|責任)"
)
# The customer as the agent of the cause (「ご自身で変更されたのが原因です」), or our side declared
# blameless (「こちらに落ち度はございません」): both put the fault on the customer.
_BLAME_CAUSE = re.compile(
    r"(ご自身|お客様)[^。]{0,24}(のが|ことが|ため|せい)[^。]{0,4}原因|原因は(ご自身|お客様)"
)
_NOT_OUR_FAULT = re.compile(
    r"(こちら|弊社|当社|私ども)(に|の|側に|側の)[^。]{0,4}(落ち度|責任|非|過失|ミス)は(ございません|ありません|ない)"
)
_BLAME_DENIED = re.compile(r"(ではございません|ではありません|ではなく|ではない)")
_SHOULD_HAVE = re.compile(r"べきでした|べきだった")
_SELF = re.compile(r"弊社|当社|私ども|こちら|私|わたくし|担当|当方|当店|当院|当社側|我々")
# 「確かに、訪問前にお電話を差し上げるべきでした」「ガイドが確認すべきでした」: what we should
# have done — a humble verb of ours or our staff as the subject — is owning the fault, not
# blame (session 18); 「ご確認いただくべきでした」 (the customer's act) still is.
_OUR_SHOULD_HAVE = re.compile(
    r"(差し上げる|いたす|申し上げる|(?<![いた])(お|ご)[^\sをがは、。]{1,8}(する|す(?=べき))|(ガイド|スタッフ|係員|作業員|担当者|運転手|講師|店員|職員|乗務員|技術者|ドライバー|社員)(が|は|から))[^。]{0,30}べき(でした|だった)"
)
# 「よくご確認のうえ、ご返信ください」 alone is the set phrase of a careful first notice; it
# nags only beside a told-you-before or it-is-written (「以前にもご説明したとおりですので、今一度
# よくご確認のうえ」「契約書にも記載がございますので、よくご確認ください」; session 25).
_NAGGING = re.compile(
    r"(ちゃんと|きちんと)(マニュアル|説明書|手順|規約|ご確認|確認|読)|よく(マニュアル|説明書|手順|規約|読)|"
    r"(以前|前にも|前回|すでに|既に|記載|書いて|載って|ご説明|ご案内|お伝え|何度|再度|今一度|もう一度)[^。]{0,40}よく(ご確認|確認)"
)
_TROUBLE = re.compile(r"(?<!お)困ります")
# 「正しく操作していただければ、問題は起きないはずです」: if only the customer had done it right.
_IF_ONLY = re.compile(r"(れば|たら)[、,]?[^。]{0,20}はず(です|でしょう|だ|では)")
# 「見落とされたのではないでしょうか」: a guess at the customer's mistake, put as a question.
_SUSPECTED_MISTAKE = re.compile(
    r"(見落と|お忘れ|忘れ|勘違い|誤解|間違え|読み飛ば|見逃|ご覧になっていない|確認されていない)[^。]{0,12}(のではないでしょうか|のではありませんか|のでは[？?]|のではと)|"
    # 「室温が低すぎたのではないでしょうか」: their conditions guessed as too much or too little
    # (fresh-eval27 s-ja-144), with nothing of ours in the sentence.
    r"^(?![^。]*(弊社|当社|当店|私ども|こちらの|弊店|当方|配送|梱包|出荷))[^。]*(すぎ|過ぎ|足りなかっ|不足していっ?)た(の|ん)では(ないでしょうか|ありませんか|ないかと)"
)
# Session 21: the Japanese moves still missed leave-domains-out (52 of 620), by family —
# - the reader measured against others who manage (「他のお客様は皆さん問題なくクリアされて
#   います」「他の保護者の方はちゃんと守っています」);
# - the reader as a novice who cannot follow (「素人の方が触ると」「初心者の方には」「ワインに
#   詳しくない方には分かりにくい」「ご経験が浅い方だと混乱されることが多い」);
# - the fault put on them as a finding (「確認不足かと思われます」「正しく装着されていないこと
#   が原因」「そちらの問題です」「気にしすぎかと」「基準が少し厳しすぎる」「していれば防げた」
#   「省略されたのはお客様ですので」「知らずに〜と言われましても」);
# - told before, with the moment (「お渡しの時に申し上げました」「毎回ご案内しているとおりです」
#   「設置時に一度ご説明しております」);
# - the threat said as our next step (「警察へ届け出ることになります」「会員資格の見直しも検討」
#   「ご遠慮いただくしかありません」「破損しても知りません」「ご存じなかったでは済みません」
#   「もってのほか」).
_S21_JA = phrases.compile(
    r"他の(お客様|お客さま|方|方々|保護者|親御|お子|生徒|会員|利用者|皆)[^。]{0,10}(問題なく|普通に|ちゃんと|きちんと|難なく|すんなり)[^。]{0,16}(でき|クリア|守っ|使え|使っ|ご利用|お使い|こなし|され)|"
    r"(素人|初心者|ご経験の浅い|ご経験が浅い|専門外|慣れていない|詳しくない)[^。]{0,8}(の)?方(が|に|には|だと|は|の(ご質問|お問い合わせ|ご相談|ご意見))(?![^。]{0,2}(多い|多く|中心|歓迎|対象))|"
    r"確認不足(かと|ではない|だと|と思われ|のようです)|(正しく|きちんと|ちゃんと)[^。]{0,6}(装着|使用|操作|管理|保管|設置|分け|お使い)(されて|して|なさって)(い|おられ)ない|"
    r"(そちら|お客様|御社|貴社)(側)?の(問題|責任|落ち度)(です|でしょう|かと)|気にし(すぎ|過ぎ)|(厳し|神経質|細か)(すぎ|過ぎ)る|"
    r"(されたの|したの|なさったの|(た|かった)のは[、,]?(?=お客様|そちら|御社|貴社|ご自身))は?(お客様|そちら|御社|貴社|ご自身)(様|側)?(です|ですので|ですから|のほうです|の方です)|"
    r"知らずに[^。]{0,20}言われ(まして)?も|(時|際|とき)に[^。]{0,4}(申し上げ|ご説明|お伝え|ご案内)(しました|いたしました|しております|いたしております)|"
    r"毎回(ご案内|ご説明|お伝え|申し上げ)している(とおり|通り)|"
    r"(警察|弁護士|法的|裁判)[^。]{0,10}(届け出る|相談する|措置を取る|手続きを取る)ことになります|(会員資格|ご利用資格|ご契約)の見直し|"
    r"ご遠慮いただく(しか|ほか)|(しても|されても)知りません|(ご存じ|ご存知|知ら)なかったでは済み|もってのほか"
)
# Session 25 (fresh-eval22, written outside): told to look properly before acting, as if they
# had not (「よく見てから返信してください」「ちゃんと見てから来てください」); told to keep the
# rule in mind (「それだけは覚えておいてください」) or to be ready for what we will do
# (「…先に進めますので、そのつもりでいてください」).
_S25_JA = re.compile(
    r"(?<![おご])(よく|ちゃんと|しっかり|きちんと)(見て|読んで|聞いて|考えて|確かめて)(から|おいて|ください|下さい|くださいね)|"
    r"(それだけは|このことだけは|これだけは|くれぐれも)[^。]{0,8}覚えて(おいて|おいていただ|いてください)|"
    r"そのつもりで(いて|おいて)(ください|下さい|いただ)|"
    # Session 27 (fresh-eval25/26): told to do their own homework first (「ご自身でよく調べて
    # から決めなさい」「必ずご自身で読んでから依頼すること」), and the curt command endings a
    # teacher uses to a pupil — 「〜決めなさい」「三日以内に振り込むように。」.
    r"(ご自身|ご自分)で[^。]{0,4}(よく|しっかり|ちゃんと|きちんと)?(読んで|調べて|確認して|確かめて|考えて)から|"
    # fresh-eval42 d-ja-019: what they should have done first (「ご自分で見直していただくのが先
    # かと思います」).
    r"(いただく|される|なさる|する|して(おく|みる))のが(先|先決|筋)(かと|だと|です|でしょう|では|ではない|ではございません)|"
    # fresh-eval43 d-ja-016: their lateness lectured as what must never happen (「遅刻は本来あって
    # はならないことです」); our own slip said so (「当社として本来あってはならない誤りで」) is not.
    r"^(?![^。]*(申し訳|お詫び|弊社|当社|当店|私ども|当方|こちらの|わたくしども|当院|弊店))[^。]*本来(は)?あってはならない|"
    # fresh-eval43 s-ja-066, s-ja-106: the same question held up (「毎回同じご質問をいただきますが」),
    # their judgement called wrong (「〜というご判断に無理があった」).
    r"(毎回|いつも|何度も|再三|たびたび|度々)[^。]{0,6}同じ(ご質問|お問い合わせ|ご連絡|ご指摘|ご相談)|"
    r"ご判断(に|が|は)[^。]{0,4}(無理|問題|誤り|間違い)が(あった|ありました|ございました)|ご判断(が|は)(誤|間違)って|"
    # fresh-eval45 s-ja-144, s-ja-158: others who manage already (「同じクラスのほかの子たちはもう
    # できていますよ」); a penalty said with 「〜からね」 (「1か月分の賃料をいただきますからね」).
    r"(ほか|他)の(子|子たち|子ども|子供|お子さん|お子様|生徒|生徒さん|方|方々|皆さん)[^。]{0,8}(もう|とっくに|すでに|ちゃんと)(でき|クリア|覚え|終わ)|"
    r"(いただき|頂き|なり|いたし|請求し|お断りし)ますからね[。！!]?\s*$|"
    # fresh-eval45 d-ja-026: the customer's own act named as the cause (「施工後に重い物を置かれた
    # ことが原因と思われます」), with nothing of ours or a carrier's in the sentence.
    r"^(?![^。]*(当社|弊社|当店|私ども|当方|配送|輸送|運送|業者|ドライバー|スタッフ))[^。]*(置か|使わ|触ら|踏ま|乗ら|落とさ|扱わ|お使いにな|ご使用にな|洗わ|干さ)れた(こと|の)が原因(と思われ|かと|です|でしょう|のようです|と考えられ)|"
    # fresh-eval44 s-ja-144: a threat to tell their employer (「期日までにお支払いいただけない場合は、
    # 勤務先にもご連絡せざるを得なくなります」).
    r"(勤務先|職場|会社|ご家族|保証人|学校)(に|へ)(も)?[^。]{0,4}(ご連絡|連絡|通知|ご報告)(せざるを得|することになり|いたすことになり|させていただくことになり)|"
    # s-ja-118: their process blamed and our product cleared (「ひび割れは養生の問題ですので、当社の
    # 生コンのせいではありません」).
    r"(の|が)問題(です|でございます)(ので|から)[、,]?[^。]{0,12}(当社|弊社|当店|私ども)の[^。]{0,10}(せい|責任|問題)では(ありません|ございません)|"
    # The expectation itself called unreasonable: 「そもそもレンタル品に新品同様の状態を求めるのは
    # 無理があります」 (fresh-eval27), 「このクラスの自転車にそこまでの性能を求めるのは、少し無理が」.
    r"(求め|期待さ|期待す|望ま|望む|お求めになる)(る|れる)?のは[、,]?[^。]{0,4}(無理があ|無理な話|酷|難しい話|筋違い)|"
    # Session 28 (fresh-eval28): "if you can't manage, get someone else to" — 「日本語が難しければ、
    # 日本人の知り合いに読んでもらってください」 — and the ban after one more slip 「次に無断
    # キャンセルされた場合は、二度とご予約はお受けしません」.
    r"(難しければ|難しいようでしたら|分からなければ|わからなければ|お分かりにならなければ|できなければ)[、,]?[^。]{0,16}(知り合い|ご家族|お子さん|お子様|詳しい方|周りの方|どなたか)に[^。]{0,12}(もらって|いただいて|頼んで|お願いして)|"
    r"(次に|次回|今後|もう一度|再度|また)[^。]{0,20}(場合は|たら|ようでしたら|ようなら)[、,]?[^。]{0,12}(二度と|今後一切|以後一切)[^。]{0,16}(お受け|ご利用|ご予約|お取引|受け付け|ご来店|ご参加)[^。]{0,6}(しません|できません|いたしません|いたしかねます|お断り)|"
    # 「割れていたとのことですが、こちらでは問題なく梱包して出荷しております」: the customer's
    # report answered by our own record, as if it settled the matter (fresh-eval25).
    r"とのことですが[、,]?[^。]{0,6}(こちら|弊社|当社|当店|当方|私ども)(で|では|としては)[^。]{0,6}(問題なく|きちんと|しっかり|確実に|適切に|万全)[^。]{0,20}(おります|いたしました|しました|済みです)(?![^。]{0,10}(が|けれど))"
)
# Session 29 (fresh-eval29/30, written outside), by family —
# - blame: how they handled or kept it called bad (「箱を開けるときの扱いが悪かったんでしょう」),
#   neglect named as the cause (「水の交換を怠ったことによるもので」), our own mistake denied
#   (「当店の間違いではございません」);
# - obvious: 「読めばわかります」, 「ガスボンベの交換方法くらいは、ご自身で調べて」;
# - lecturing: told to keep their children quiet (「お子様が騒がないようにしっかり見ていて
#   ください」「騒がないように言い聞かせておいてください」).
_S29_BLAME_JA = re.compile(
    r"(?<![弊当我])(?<!弊社の)(?<!当社の)(?<!当店の)(?<!当方の)(?<!私どもの)(?<!こちらの)(扱い|取り扱い|使い方|管理|保管|お手入れ|手入れ|メンテナンス|保存)(方|方法|の仕方|のやり方|の方法)?が(悪|雑|不十分|不適切|適切でな|良くな|よくな)(かった|い|く)|"
    r"(を|が)怠(った|っていた|られた)(こと|ため|せい|から|結果)|"
    r"(こちら|弊社|当社|当店|私ども|当方|弊店)(の|側の)(間違い|ミス|手違い|落ち度)では(ございません|ありません|ない)"
)
_S29_OBVIOUS_JA = re.compile(
    r"(読め|読んでいただけ|お読みいただけ|ご覧になれ|見ていただけ)ば(すぐに?)?(分か|わか)(ります|る(はず|こと))(?![^。]{0,12}(ので|よう|かと|が、))|"
    r"(くらい|ぐらい)は[、,]?[^。]{0,12}(ご自身|ご自分|自分)で"
)
_S29_LECTURE_JA = re.compile(
    r"(騒が|騒いだり|走り回ら|走り回ったり|大声を出さ|泣き叫ば|ぐずら)(ない|せない)よう(に)?[、,]?[^。]{0,16}(見て|見張って|言い聞かせ|注意して|しつけ|目を離さ)"
)

# Session 30 (fresh-eval31/32, read after their scoring), by family —
# - blame: their own choice named as the cause (「ご自分で洗剤を選ばれたのが原因かと」), a step
#   they did not take made their side's responsibility (「監視員を付けなかった主催者側の責任です」);
# - lecturing: 「次回からは説明書をよくお読みください」, 「本来は主催者側でやっていただくものです」;
# - obvious: 「普通、障子紙は…破れるものですので」 (what anyone would do or know, said with 普通);
# - doubt_ability: the customer called over-sensitive (「神経質になりすぎではないでしょうか」
#   「気にしすぎかと」);
# - nagging: the count of their questions held up (「同じご質問が3回目ですので」);
# - ultimatum: silence taken as a decision (「お返事がない場合は、ご契約の意思がないものとみなします」).
_S30_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"(ご自分|ご自身|お客様ご自身|お客様)で[^。]{0,24}(選ばれた|された|なさった|お使いになった|使われた|行われた|触られた|いじられた)"
            r"(の|こと)が[^。]{0,4}原因|"
            r"(?<=[ぁ-ん])なかった[^。]{0,16}側の(責任|落ち度|問題)(です|でございます|かと)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"(次回|今後|次)(から|以降)?(は)?[、,]?[^。]{0,16}(よく|しっかり|きちんと|ちゃんと)[^。]{0,2}(お読み|ご確認|読んで|確認して|ご覧)(ください|下さい|になってください)|"
            r"本来(は|であれば|なら)[^。]{0,30}(いただく|される|なさる|する|やる)(べき)?もの(です|でございます|ですので|ですから)"
        ),
    ),
    (
        "obvious",
        re.compile(
            r"^\s*普通(は|、|,)[^。]{0,60}もの(です|だ|でございます|ですので|ですから|ですが)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"((神経質|過敏|敏感|心配性)(に)?な[りっ]|気にし|心配し|考え|気にな[りっ])(すぎ|過ぎ)(では|じゃ|です|かと|だと|ている|ていらっしゃ)"
        ),
    ),
    (
        "nagging",
        re.compile(
            r"同じ(ご)?(質問|問い合わせ|お問い合わせ|ご相談)(が|は|も)[^。]{0,4}([0-9０-９]+|[二三四五六七八九十何])(回|度)目"
        ),
    ),
    (
        "ultimatum",
        re.compile(
            r"(ない|なければ|いただけない)場合(は|には)[、,]?[^。]{0,30}(意思|ご意向|ご意思|つもり)が(ない|ございません|ありません)(もの)?と(みな|見な|判断)"
        ),
    ),
)


# Session 31 (fresh-eval33, read after its scoring) —
# - obvious: what the customer should have done called the norm (「購入前にご自身で調べておかれる
#   のが普通かと思います」「ご連絡いただくのが常識かと存じます」; 10 of 10 such sentences in the
#   data are labelled condescending);
# - obvious: a reason left hanging that they agreed to it (「規約に同意のうえでお申し込みいただいて
#   いるはずですので。」).
_S31_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        re.compile(
            r"(いただく|なさる|される|おかれる|ておく|ておかれる|なさっておく|していただく)のが"
            r"(普通|当然|常識|当たり前|筋)(かと|だと|です|でしょう|では|ですので|ですから|ですよ|でございます)"
        ),
    ),
    (
        "obvious",
        re.compile(
            r"(いただいて|されて|なさって)(い|おら|いらっしゃ)る(はず|筈)(です|でございます)?(ので|から)[。．]?\s*$"
        ),
    ),
)


# Session 32 (fresh-eval34, read after its scoring) —
# - blame: the cause put in how the customer handles it (「泣いてしまうお子さんは、親御さんの接し方に
#   原因があることが多いです」「お客様の保管方法に問題があるかと」);
# - doubt_ability: their own work called unfit to be seen (「人に見せるような文章ではないので」).
_S32_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"(お客様|お客さま|親御さん|親御様|保護者の方|ご家族|ご本人|利用者|ご利用者|飼い主|オーナー)(様|さん)?(側)?の"
            r"(接し方|使い方|扱い方|扱い|管理|保管|手入れ|お手入れ|やり方|操作|運転|育て方|しつけ|指導|準備|保存|設置|取り付け|乗り方|弾き方)(方法)?"
            r"(に|の方に|にも)[^。]{0,4}(原因|問題)(が|は)(ある|あり|ござ)"
        ),
    ),
    # Session 33 (fresh-eval35, read after its scoring): the fault put in the customer's own
    # screen or device as a question (「ご覧になっている画面の設定のせいではないでしょうか」), and
    # their handling named as the cause before our part is denied (「常温で受け取られたから
    # ですので、当店の責任ではございません」).
    (
        "blame",
        re.compile(
            r"(ご覧になって(いる|いらっしゃる|おられる)|お使いの|お使いになって(いる|いらっしゃる)|ご利用の|ご使用の|お手元の|ご自宅の)"
            r"[^。、]{0,12}(のせい(では(ない|ありません|ございません)(でしょうか|か[とな])|です|でございます|でしょう|かと|だと)|"
            r"(が原因|の問題|の不具合)では(ない|ありません|ございません)(でしょうか|か[とな]))"
        ),
    ),
    # fresh-eval36 (read after its scoring, session 33): asked not to make us explain again
    # (「二度も同じ説明をさせないでいただけますか」), and the fault put in the family's effort
    # (「ご家族の協力が足りないことにあると思います」).
    (
        "asked_again",
        re.compile(
            r"(二度|何度|三度|もう一度|再度)も?[^。]{0,8}(同じ|おなじ)?[^。]{0,4}(説明|こと|話|お願い)を?(させ|言わせ|繰り返させ)(ないで|ません|ないように)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(お客様|お客さま|ご家族|ご本人|保護者|親御さん|お子様|お子さん|ご利用者|利用者)(の皆様|の皆さま|様|さん)?の"
            r"(協力|努力|注意|理解|管理|お手入れ|手入れ|心がけ|心掛け|確認|練習)(が|も)[^。]{0,4}(足りな|不足して|足りて(い|お)ませ)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(られ|され|になっ)た(から|ため|せい)(です|でございます)?(ので|から|であって|で)?[、,][^。]{0,16}"
            r"(責任|せい|落ち度|不備|過失)(では|じゃ)(ない|ありません|ございません)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"(人|人様|他人|第三者)(様)?に(見せ|お見せ|出せ|お出し|読ませ|お読みいただ)[^。]{0,4}(ような|ほどの|レベルの|水準の)"
            r"[^。]{0,6}(では|じゃ)(ない|ありません|ございません)"
        ),
    ),
)


# Session 34 (fresh-eval37, read after its scoring) —
# - blame: the customer's care called lacking as the cause (「湿気てしまったのは、開封後にきちんと
#   密閉しなかったからだと思います」);
# - blame: their own way of using it to be reviewed (「まずはご自身の使い方を見直していただくのが」);
# - lecturing: the reader told that others suffer for them (「遅れる人がいると全員が迷惑しますので」);
#   the courtesy 「他のお客様のご迷惑となりますので」 is not this.
_S34_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"(きちんと|ちゃんと|しっかり|正しく|適切に)[^。]{0,10}(しなかった|されなかった|なさらなかった|しておかなかった|されていなかった|していなかった)"
            r"(から|ため|せい|こと(が|に)[^。]{0,4}原因)|"
            # fresh-eval38 (session 34): 「説明書の手順どおりにやっていないからだと思います」.
            r"(手順|説明書|マニュアル|指示|ご案内)[^。]{0,6}(どおり|通り)に[^。]{0,6}(やって|して|されて|なさって|お使いになって|使って)(い|おら)ない(から|ため|せい|こと)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(ご自身|お客様|お客さま|ご自分)(様)?の(使い方|扱い方|保管方法|保管の仕方|お手入れ|手入れ|やり方|操作|運転|管理)(方法)?を(まず)?(見直|改め|確認し直|振り返)"
        ),
    ),
    # fresh-eval38 (session 34, read after its scoring): told to look properly before writing
    # (「よく見て書いてください」), to have read it properly (「きちんとお読みいただきたかった」),
    # harm called deserved (「スリーブに入れずに送ったら、傷がついても仕方ないですよ」), not
    # knowing met with "first go to" (「分からないなら、まず初心者講習に」), guilt (「待っている子どもたち
    # がいることもお忘れなく」「安い品で済ませるのはおすすめしません」), their word set against ours
    # (「入っていなかったとおっしゃいますが、配達員は確かに入れたと」), and 「ろくな」.
    (
        "lecturing",
        re.compile(
            r"(?<![おご])(よく|ちゃんと|しっかり)(見て|読んで|確かめて|確認して)[^。]{0,2}(書いて|記入して|入力して|選んで|押して|送って)(ください|下さい)|"
            r"(きちんと|よく|しっかり|ちゃんと)[^。]{0,10}(いただきたかった|頂きたかった|ほしかった|欲しかった)|"
            r"いることも(お忘れなく|忘れないで|お忘れにならないで)|"
            r"(安い|安価な|安物|安く)[^。]{0,6}済ませ(る|よう)[^。]{0,4}(おすすめ|お勧め|感心|いかが)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(ずに|ないで|ないまま)[^。]{0,12}(たら|ては|れば)[、,]?[^。]{0,20}(ても|のも)(仕方(が)?(ない|ありません)|当たり前|当然)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"(分から|わから|知ら|でき)ない(の)?(なら|んだったら|んでしたら|のでしたら)[、,]?\s*まず|ろくな|"
            r"(と|って)(おっしゃいます|おっしゃられます|言われます)が[、,]?[^。]{0,30}(確かに|間違いなく|確実に|ちゃんと|きちんと)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"(全員|みんな|皆|周り|周囲|ほかの人|他の人|ほかの方|他の方)(が|に)[^。]{0,4}(迷惑(し|を(かけ|被|こうむ))|迷惑です)"
        ),
    ),
)

# Session 35 (fresh-eval39, read after its scoring) —
# - blame: the customer's habit or handling called bad as the cause of their trouble
#   (「日頃の姿勢が悪いから腰を痛めるのです」);
# - doubt_ability: people who cannot do it told they are unfit for it (「望遠鏡の使い方がわからない
#   という方は、正直このツアーには向いていない」); a product's fit (「小さなお子様には向いていません」)
#   is not this;
# - lecturing: told to check before complaining (「頭囲を測り直してから言ってください」);
# - obvious: 「そちらを見ていただければ済む話です」.
_S35_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"^(?![^。]*(弊社|当社|当店|私ども|こちらの|当方|弊店|当院|当館|スタッフ|担当|申し訳|お詫び))[^。]*?"
            r"(姿勢|使い方|扱い|扱い方|保管|管理|手入れ|お手入れ|生活習慣|食生活|習慣|やり方|乗り方|投げ方|準備|確認)(が|の仕方が)"
            r"[^。]{0,4}(悪い|悪かった|雑な|雑だった|甘い|甘かった|足りない|足りなかった|不十分な|不十分だった)(から|ため|せい)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"(わから|分から|知ら|でき|使え|読め)ない(という|といった|ような)(方|人|お客様|かた)(は|には|だと)[^。]{0,30}向いて(い|お)(ない|ません|りません)"
        ),
    ),
    (
        "lecturing",
        re.compile(r"(て|で)から(言って|おっしゃって|言っていただけ|文句を)"),
    ),
    (
        "obvious",
        re.compile(r"(れば|たら)[^。]{0,4}済む(話|こと)(です|でございます|だ|では)"),
    ),
    # fresh-eval40 (session 35, read after its scoring): told once already (「一度ご説明しましたが、
    # 〜は必ず〜てください」), the risk put on them (「自己責任でお願いします」), their staff's handling
    # blamed and to be trained (「運転の仕方に問題がある可能性が高いので、社内で指導しておいてください」),
    # and their constitution blamed before our part is denied (「体質によるものと思われますので、当社の
    # 商品が原因ではございません」).
    (
        "asked_again",
        re.compile(
            r"一度(ご説明|お伝え|申し上げ|ご案内|説明)(しました|いたしました|しております|いたしております|済み)が[、,]"
        ),
    ),
    # (A policy stated, 「利用者の自己責任となっております」「自己責任でお願いしております」, is
    # dismissive only, as the labelled data has it.)
    ("disclaim", re.compile(r"自己責任(で|にて)(お願い(します|いたします)|ご判断ください)")),
    # fresh-eval41 (session 35): 「そうでなければ品質は保証いたしません」, 「使う側の問題かと存じます」,
    # 「「早く」とだけ言われましても」.
    (
        "ultimatum",
        re.compile(
            r"そう(でなければ|でない場合(は)?|しなければ|しない場合(は)?)[、,]?[^。]{0,16}(保証|責任|対応|お受け)(いたし|し|でき)?(ません|かね)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(使う|お使いになる|ご利用になる|使用する|扱う|買う)(側|ほう|方)の(問題|責任|せい)"
        ),
    ),
    ("asked_again", re.compile(r"とだけ(言われ|おっしゃられ|お伝えいただい)(まして)?(も|ても)")),
    (
        "lecturing",
        re.compile(
            r"に問題が(ある|あった)[^。]{0,12}(ので|ため|から)[、,][^。]{0,16}(指導|教育|注意|徹底)(して|しておいて|なさって|いただ)"
        ),
    ),
    # fresh-eval46 (session 37): told from the start (「〜と最初からご説明しております」), told not
    # to let it happen again (「今後はこのようなことがないようにしてください」), and their not
    # practising named as the cause (「〜できないのは、おうちで練習していないからだと思います」).
    (
        "asked_again",
        re.compile(
            r"(最初から|初めから|はじめから|当初から|以前から|前々から)[^。]{0,4}(ご説明|お伝え|ご案内|申し上げ)(して|いたして|させていただいて)(おります|います|いました|おりました)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"今後は[、,]?(このような|こういう|こうした|同様の|二度と)[^。]{0,12}(ことが|ことの)?ない(よう|ように)(に)?(して|なさって|注意して|お気をつけ)?(ください|下さい|お願いします|お願いいたします|願います)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(でき|うまくいか|上達し|上手くいか|伸び)ない(のは|理由は)[、,]?[^。]{0,16}(練習|復習|準備|確認|予習|お手入れ|手入れ)(して|されて|なさって)(いない|いらっしゃらない|おられない)(から|ため|せい)"
        ),
    ),
    # Session 37 (a retrained model stopped reading it, test_learned): surprise that the
    # customer struggled with something basic (「そんな基本的な操作で迷われるとは思いません
    # でした」「こんな簡単なことも分からないとは驚きました」).
    (
        "doubt_ability",
        re.compile(
            r"(そんな|こんな|あんな|この程度の|その程度の|基本的な|簡単な|初歩的な|単純な)[^。]{0,20}"
            r"(迷われ|迷う|迷っ|つまず|つまづ|お困りにな|困る|分から|わから|でき|間違え|お間違え)[^。]{0,10}"
            r"とは(思いませんでした|思っていませんでした|思いもしませんでした|思いもよりませんでした|驚きました|意外でした)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(体質|肌質|体調|使い方|扱い方|保管方法|飲み方|食べ方)(によるもの|の問題|のせい)[^。]{0,16}(当社|弊社|当店|商品|製品)[^。]{0,8}(原因|責任|せい|問題)では(ございません|ありません|ない)"
        ),
    ),
)

# Session 39 (fresh-eval49, read after its scoring) —
# - blame: a cause on their side given, then our fault denied (「サイズが合わなくなったのはお子様の
#   成長が早いからで、こちらの不手際ではありません」); 「当社の問題ではありません」 alone stays
#   dismissive, as the labelled data has it;
# - ultimatum: the contract ended if they do not comply (「守れないようなら保守契約は打ち切らせて
#   いただきます」); a payment term (「お支払いが確認できない場合は〜解除」) is a policy, not this;
# - doubt_ability: told to hand over to someone who understands (「図面の読み方がお分かりでない
#   ようでしたら、設計担当の方に代わっていただけますか」), told they lack the knowledge
#   (「住宅の知識がない方にはわかりにくいかもしれませんが」) or the basics (「発声の基礎ができて
#   いないので」);
# - obvious: what they must have learned (「研修で習っているはずですので」), and 「〜れば済む話かと」.
_S39_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"(から|ため|せい)(で|であって|です(ので|から)?)[、,]?[^。]{0,12}(こちら|当社|弊社|当店|私ども|当方|弊店)(側)?の"
            r"(不手際|落ち度|ミス|責任|せい|不備|過失)では(ありません|ございません|ない)"
        ),
    ),
    (
        "ultimatum",
        re.compile(
            r"(守れ|守っていただけ|守られ|従え|従っていただけ|改善され|改善が見られ|ご協力いただけ|やめられ|やめていただけ)ない"
            r"(よう(なら|でしたら|であれば|な場合は|でしたら)|場合は|なら|のでしたら)[、,]?[^。]{0,20}"
            r"(打ち切|解除|解約|停止|お断り|終了|取り消|退会|出入り禁止)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"(お分かりでない|お分かりにならない|おわかりでない|分かっていない|わかっていない|ご理解いただけない|ご存じない|ご存知ない)"
            r"(よう(でしたら|なら|であれば)|のであれば|のでしたら|なら|場合は)[、,]?[^。]{0,24}"
            r"(方|人|者|担当|上司)(に|へ)[^。]{0,4}(代わ|替わ|かわ|交代|お願い|聞いて|お聞き|ご確認)|"
            r"(知識|専門知識|経験|ご経験)(が|の)(ない|無い|乏しい|少ない|おありでない)(方|人|お客様|かた)(に|には|だと|は|が)[^。]{0,10}"
            r"(わかりにく|分かりにく|難し|理解しにく|ご理解いただきにく|ピンとこ)|"
            r"^(?![^。]*(工事|コンクリート|基礎部分|住宅の基礎|建物の基礎))[^。]*(基礎|基本|初歩)(が|も|すら|さえ)[^。]{0,4}(できて|身について|身に付いて|なって)(い|おら)(ない|ません)"
        ),
    ),
    # fresh-eval50 s-ja-016, s-ja-123: what we taught not kept, named as the cause (「教室で
    # お伝えした張り方を守っていなかったからだと思います」); told to use it more carefully next
    # time (「次からはもう少し丁寧に使ってください」).
    (
        "blame",
        re.compile(
            r"(お伝えした|ご説明した|ご案内した|申し上げた|お教えした|教えた|習った|お渡しした)[^。]{0,12}を?"
            r"(守って|守られて|されて|なさって|やって)(い|おら)(なかった|ない)(から|ため|せい)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"(次から|次回から|今後|これから)(は)?[、,]?[^。]{0,8}(もう少し|もっと|きちんと)[^。]{0,2}(丁寧に|大切に|気をつけて|注意して|慎重に)"
            r"(使って|扱って|お使い|お取り扱い|ご使用)"
        ),
    ),
    (
        "obvious",
        re.compile(
            r"(習って|教わって|学んで|受講されて|お読みになって|ご覧になって|お聞きになって)(い|おら|いらっしゃ)る(はず|筈)|"
            r"(れば|たら)[^。]{0,4}済む(話|こと)かと"
        ),
    ),
)

# fresh-eval51 (session 40): blame with no 「あなた」 in it — the customer named as a share of the
# cause (「早めに注文なさらなかったお客様にも原因がございます」), the cause put in how their
# people use it (「原因は、おそらく社員の方の使い方にあると思われます」) or in how they did it
# (「色ムラは塗り方の問題であって」), their upkeep to be reviewed (「日頃の管理を見直していただく
# 必要があります」), and what happened put down to a class of weak people (「体力に自信のない方に
# よくあることです」). Our own side named (「弊社の管理に原因がございます」) is our account.
_S40_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"^(?![^。]*(弊社|当社|当店|私ども|当方|こちらの(不手際|ミス|手違い)))[^。]*?"
            r"((?<!前の)(?<!他の)(お客様|御社|貴社|ご自身|ご本人|そちら様?)(側)?(に|にも)[^。]{0,4}"
            r"(原因|責任|落ち度|非|過失)(が|は)?(ある|あります|ございます|あった|ありました|ございました)"
            r"(?!わけ|訳|のでは|とは(考え|思|言え|限)|ということは)|"
            r"原因(は|が)[、,]?[^。]{0,24}(使い方|扱い方|取り扱い|お取り扱い|ご使用方法|操作方法|お手入れの仕方|保管の仕方|保管方法)"
            r"(に|にも)[^。]{0,4}(ある|あります|ございます|あると)|"
            r"(使い方|扱い方|塗り方|貼り方|付け方|洗い方|干し方|やり方|お手入れの仕方|保管の仕方|乗り方|履き方)の問題"
            r"(であって|であり|です|でございます|かと|だと))"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"(日頃|日ごろ|普段|ふだん|日常|毎日)の(管理|お手入れ|手入れ|使い方|扱い方|清掃|掃除|点検|習慣|保管)を"
            r"(見直し|改め|徹底し)(ていただく|ていただき|ていただけ|てください|て下さい|ていただかない|ていただきたく|ていただければ)"
        ),
    ),
    # fresh-eval52 s-ja-029, s-ja-042: where it is written "too" (「レシートの裏面にも記載が
    # ございます」「チケットにも明記しております」) — they should have read it.
    (
        "obvious",
        re.compile(
            r"^(?![^。]*(あわせて|併せて|よろしければ|ご参考|参考までに|ぜひ|詳しく|詳しい|詳細))[^。]*?"
            r"(レシート|チケット|ラベル|説明書|取扱説明書|取り扱い説明書|規約|利用規約|約款|案内|ご案内|サイト|ホームページ|画面|メール|"
            r"契約書|注意書き|裏面|表示|パンフレット|申込書|申し込み書|注文書|箱|パッケージ|掲示|張り紙|貼り紙)[^。、]{0,6}にも[、,]?"
            # Pointed at, not offered: 「明記」, 「〜とおり」 after it, or the rule quoted before it
            # (「8日以内と、レシートの裏面にも記載がございます」); 「塩分量は5.8gで、パッケージ裏面
            # にも記載しております」 answers and says where else it is (fresh-eval39 s-ja-019).
            r"(明記|((記載|表記|掲載|記入|書いて|お書き)[^。]{0,8}(とおり|通り)))|"
            r"と[、,][^。]{0,20}にも[、,]?(記載|明記|表記|掲載|記入|書いて)"
        ),
    ),
    # fresh-eval52 s-ja-073, s-ja-115: their handling named as the cause in plain words
    # (「寒い場所に置いたからです」), or a use the manual forbids (「取扱説明書で禁止している使い方を
    # された場合に起こります」).
    (
        "blame",
        re.compile(
            r"^(?![^。]*(弊社|当社|当店|私ども|当方|こちらで|配送|輸送|運送))[^。]*"
            r"(置いた|置かれた|使った|使われた|入れた|入れられた|落とした|落とされた|洗った|洗われた|干した|干された|放置した|放置された|"
            r"保管した|保管された|保存した|保存された|温めた|温められた|冷やした|冷やされた|乾燥機にかけた|乾燥機にかけられた)"
            r"(から|ため|せい)(です|でございます|だと(思い|考え)|かと(思い|存じ))|"
            r"(禁止して(いる|おります)|禁止されて(いる|おります)|お控えいただくよう(お願い|ご案内)して(いる|おります)|推奨して(いない|おりません))"
            r"[^。]{0,4}(使い方|使用方法|ご使用|お使い|扱い|取り扱い|操作|方法)(を)?(された|なさった|した|なさいました|されました)(場合|とき|時|ため|から)"
        ),
    ),
    # fresh-eval52 s-ja-074, s-ja-078: an apology refused as not ours to make, and what they
    # ought to have checked (「ご注文前にご確認いただくべき点です」).
    (
        "lecturing",
        re.compile(
            r"(お詫び|謝罪)(する|いたす|を申し上げる)(立場|理由|必要)(に|は)[^。]{0,4}(ございません|ありません|ない)|"
            r"(ご確認|ご注意|お読み|ご理解|ご承知|お調べ|ご準備)(いただく|される|なさる|しておく)べき(点|こと|もの|話)(です|でございます|かと)|"
            # fresh-eval64 s-ja-049: 「本来は事前にお知らせいただくべき情報でした」 — what they
            # ought to have told us, past.
            r"(お知らせ|ご連絡|ご申告|お伝え|ご相談|ご報告|ご確認|ご提出)(いただく|される|なさる)べき(情報|内容|点|こと|もの|事項)(でした|でございました|だった)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"自信の(ない|無い)(方|人|お客様|かた)(に|には|は|が|だと)[^。]{0,6}"
            r"(よくある|ありがち|よく見られる|よく起こる|無理|向いて(い)?(ない|ません))"
        ),
    ),
)

# fresh-eval53 (session 41): the reader's people's attitude named as the cause (「演習での発言が
# 少なかった点については、受講者の皆様の参加意欲の問題もあったかと存じます」), and the reader's
# failure to comply answered with what we then will not do (「そうでなければ、納期はお約束できかねます」).
_S41_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        re.compile(
            r"(受講者|参加者|社員|職員|従業員|スタッフ|生徒|お子様|ご家族|ご担当者|御社|貴社)(の)?(皆様|皆さま|方々|様)?の"
            r"(参加意欲|意欲|やる気|姿勢|態度|取り組み|理解度|準備|集中力|協力)(の問題|不足|が(足り|低|欠け))"
        ),
    ),
    # fresh-eval54: how they used or read it as the cause (「使い方の問題もございますので」), their
    # use itself called the mistake (「そもそも〜お使いになるのが間違いです」).
    (
        "blame",
        re.compile(
            # (Not 「個人の感じ方の問題かと存じます」: the labelled sets call how one feels or
            # takes it dismissive, four to two.)
            r"(聞き方|読み方|使い方|扱い方)の問題(も|が)?[、,]?"
            r"(ある|あります|ございます|あった|ございました|かと|だと)|"
            r"そもそも[^。]{0,40}(のが|こと(自体)?が)(間違い|誤り|おかしい)"
        ),
    ),
    # fresh-eval54: lectured to understand before coming (「その点をよくご理解のうえでお越し
    # ください」), to overlook our slips (「多少の不手際は大目に見ていただかないと」), to read
    # before asking (「質問する前に、まず教材を最後まで読み直しなさい」).
    (
        "lecturing",
        re.compile(
            r"(その点|この点|そのこと|その辺り?|その旨)を?(よく|十分|十分に|しっかり|きちんと)(ご)?(理解|承知|認識)(の|した|された)(うえ|上)で|"
            r"大目に見て(いただかないと|もらわないと|いただくしか|いただくほか|いただきたい)|"
            r"(質問|お問い合わせ|問い合わせ|ご連絡|連絡)(する|される|をする|の)前に[、,]?(まず|一度|もう一度)?[^。]{0,30}"
            r"(読み直|読んで|読み返|目を通)[^。]{0,6}(なさい|ください|下さい|てから)"
        ),
    ),
    # fresh-eval54: "anyone can do it by the manual", what is "a matter of course" said of the
    # thing they asked about (not of their worry: 「ご不安に思われるのは当たり前のことです」).
    (
        "obvious",
        re.compile(
            r"(どおり|通り|とおり)に?(やれば|すれば|なされば|行えば|操作すれば)[、,]?(誰でも|どなたでも|簡単に)(でき|わかり|分かり)|"
            r"^(?![^。]*(不安|心配|お怒り|ご立腹|不満|戸惑|驚|気にな|ご不便|お困り|お気持ち|当社|弊社|当店|私ども))"
            r"[^。]*(のは|なのは)[^。]{0,6}当たり前(のこと)?(です|でございます)(ので|から)[。．]?$"
        ),
    ),
    (
        "ultimatum",
        re.compile(
            r"(そうでなければ|そうでない場合(は)?|でなければ|さもなければ|さもないと)[、,][^。]{0,24}"
            r"(お約束でき|保証でき|責任を負い|お受けでき|対応でき|お届けでき)(かね|ません|ない)"
        ),
    ),
)


# The teacher's ending 〜ように, searched only in a sentence that has it.
_YOUNI_END = re.compile(r"[^。、]{0,12}(る|う|く|す|つ|ぶ|む|ぐ)(?<!ます)ように[。！!]?\s*$")


def _teacher_ending(text: str) -> re.Match[str] | None:
    # A bare 「〜しなさい」 is commanding (imperative), and outside writers do not call it talking
    # down unless something else in the sentence does (18 of 25 outside sentences ending in
    # なさい are labelled imperative and no more; fresh-eval29/30 s-ja-152, 050, 106, 118, 119).
    if "ように" in text:
        return _YOUNI_END.search(text)
    return None


# 「ご説明しておりますので、ご理解いただいているものと存じます」: we told you, so you know.
_ASSUMED_KNOWN = re.compile(
    r"(ご理解|ご承知|ご存じ|ご存知)(いただいて|されて)(いる|おられる)(もの|こと|はず)"
)

_EN = phrases.compile(
    r"\b(as (i|we) (already |have already |previously )?(explained|said|mentioned|stated|told you)|"
    # fresh-eval42 s-en-030: "As I've now explained twice, …".
    r"as (i|we)('ve|’ve| have) (now |already )?(explained|said|mentioned|stated|told you) (twice|three times|several times|more than once|before|already)|as (i|we) told you|(already|previously) told you|told you (twice|before|already|again)|anyone (could|would|can) (have )?(see|seen|know|known|tell|understand)|as clearly stated|as stated(?! (in|on|under|by) (our|the|this|each|every)\b)|obviously|you clearly|(did not|didn't) (read|follow|check)|"
    # "you should have been told / received" (fresh-eval35 d-en-004): what we owed the customer.
    r"clearly stated|if you had (read|followed|checked)|you should( have|'ve)(?! (been (told|informed|notified|given|sent|offered|called|contacted|warned|asked|refunded|updated|kept)|received|heard) )(?! (it|them|this|these|that|those|yours?|an?|the|no|one|everything|all|any|access)\b)|(?<!n't )(?<!n’t )(?<!not )(?<!never )your (fault|mistake|responsibility)|(is|are|remains?) (the|each|every) (user|customer|account holder|cardholder|owner|buyer|renter|rider|guest|member|client|tenant)('s|s'|’s)? (own |sole )?responsibility|"
    r"it is your responsibility|because you (entered|did|failed|forgot|didn't|did not|ignored|clicked)|you failed to|"
    # fresh-eval45 s-en-047, s-en-073: "…, which is something most people know"; "… or we won't do
    # anything about it".
    r"(which|that)( is|'s|’s) (something|what) (most|all|any) ?(people|one|body|customers|owners|buyers) (know|knows|would know|understand)|"
    r"\bor (else )?we (won't|will not|can't|cannot) do anything (about it|for you)\b|"
    # fresh-eval46 s-en-033, s-en-032 (session 37): "so you could have checked before you set
    # off"; "it's worth being a bit more careful".
    r"\byou (could|might) (easily |simply |just )?have (checked|read|looked|asked|seen|noticed|called|planned)\b|"
    r"\b(worth|try to|need to|have to|should|must) be(ing)? (a (bit|little|lot) |much |rather |somewhat )?more careful\b|"
    # fresh-eval44 s-en-018: "Stop asking about the refund; …".
    # (Not "Stop emailing this address and use the form": a way redirected, fresh-eval15.)
    r"^\s*(please )?stop (asking|emailing|calling|writing|chasing|messaging|phoning|ringing)( us| me)? (about|for|over|regarding)\b|"
    # fresh-eval42 s-en-058: "You really ought to know by now that …".
    r"you (really |surely |honestly )?(ought to|should) (know|realise|realize|understand|be aware)( that| this| it)? by now|you (really |surely )?(ought to|should) know better|"
    r"as anyone (can|could)|simply read|read the manual|as (most|all|any|every) ?(people|one|body|customers?|owners?|parents?) (know|knows|would know|will know|are aware|is aware)|"
    # Session 16 (fresh-eval13 d-en-20, s-en-037, s-en-039; spent): implied obviousness as "that's
    # rather the point", the reader put among "people who don't understand how …", and a lesson
    # as "anyone who … should expect".
    r"that('s|’s| is) (rather |really |exactly |precisely |kind of |sort of |just )?the (whole )?point(?! (where|at which|when|in time|on the)\b)|"
    r"(people|customers|those|someone|folks|parents|owners|guests|users|buyers|clients|drivers|riders|tenants|members|anyone) who (don't|do not|doesn't|does not|never|can't|cannot|won't|couldn't) (understand|know|read|check|follow|get) (how|what|the|our|a|an|their|instructions)|"
    r"anyone who [\w' -]{3,50} (should|must|can|will) (expect|know|realise|realize|understand|accept))\b",
    re.IGNORECASE,
)
_EN_THREAT = phrases.compile(
    r"\bif you (don't|do not|fail to|haven't|have not)\b[^.]*\b(will be|we will)\b[^.]*\b(terminated|suspended|cancell?ed|deleted|closed|lost|charged|blocked)\b|"
    # Walk 24 H2: the customer's contacting us again as the condition ("If you keep emailing
    # us, we will close your account", "Any further complaints and we'll cancel …").
    r"\b(if you (keep|continue to|carry on|persist in|contact us again|email us again|call us again)|any (further|more) (complaints|emails|e-mails|messages|calls|contact)|(further|repeated|continued) (complaints|emails|messages|calls|contact))\b[^.;]{0,60}\b(we will|we'll|we’ll|will (result|lead) in|we may|we must|we have to|we'd have to|we would have to)\b[^.;]{0,40}\b(close|cancel|terminate|suspend|block|ban|end|stop|remove|refuse|take (legal )?action|no longer)\b|"
    # The same move with any subject: a missed condition, then what we will take away.
    r"\b(if|unless)\b[^.;]{0,60}\b(isn't|aren't|is not|are not|don't|do not|doesn't|does not|haven't|hasn't|fail to|miss|misses)\b[^.;]{0,50}\b(we will|we'll|you will|you'll)\b[^.;]{0,40}\b(lose(?! nothing)|release|forfeit|cancel|terminate|suspend|close|delete|give (it|your \w+) to|no longer)\b|"
    # Session 31: the missed step, then a loss in any grammar ("…by Friday 12 June, your policy
    # will lapse", "…, your application will be rejected", "…, we will treat it as a withdrawal",
    # "…, we will stop taking bookings from you").
    r"\bif you (don't|do not|fail to|haven't|have not)\b[^.;]{0,80}, (you will|you'll|we will|we'll|your [\w -]{1,30} will)"
    r" (lose(?! nothing)|lapse|be (rejected|refused|withdrawn|voided|forfeited|void)|treat (it|this|that|your [\w -]{1,20}) as (a |an )?(withdrawal|cancellation|refusal|decline)|stop (taking|accepting|serving|processing))\b",
    re.IGNORECASE,
)

# We offer to teach (walk 20: 「基本中の基本」 is condescending said of the reader's question,
# not of a course we run).
_WE_TEACH_JA = re.compile(
    r"(ご説明|ご案内|お教え|サポート|お手伝い)(する|いたす|します|いたします)|講座|教室|ご用意|(初歩的な|基本的な)[^。]{0,6}(ご質問|こと)でも"
)

# The moves nobody listed in the patterns above, by family: what each says, not one phrase.
_MOVES_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        re.compile(
            r"一目瞭然|少し考えれば|考えれば(すぐ)?(分か|わか)|基本的なこと|基本中の基本|初歩の初歩|初歩的な(こと|操作|内容|質問|ミス|設定|手順)|どなたでも(お分かり|分か|わか)|すぐに?(お分かり|分か)[^。]{0,6}はず|見れば(すぐ|分か|わか)|大きく書いて|ことくらい|くらいは?ご存じ|ご存じのはず|(に|で)書いてある(通り|とおり)です"
        ),
    ),
    (
        "asked_again",
        re.compile(
            r"(先日|前回|以前|先ほど)(も|にも)[^。]{0,8}(ご説明|説明|お伝え|ご案内|お答え|申し上げ)|(先日|前回|以前|先ほど|先般)[^。]{0,10}(でも|にも)[^。]{0,6}(お伝え|ご説明|申し上げ|ご案内)[^。]{0,6}(通り|とおり)|(既に|すでに)([2-9２-９二三四五六七八九十数]+(回|度)|何度(も)?)?[、,]?(お伝え|ご説明|ご案内|お答え)|三度目|二度目|何度(いただいても|お問い合わせ|ご質問)(?![^。]{0,12}(構いません|かまいません|大丈夫|結構です|歓迎|お気軽|遠慮なく))|何度(も)?[、,]?(ご連絡|お問い合わせ|お問合せ|お尋ね|ご質問|お電話|メール|ご指摘|お申し出|ご要望)(を)?(いただいても|されても|なさっても|くださっても|いただきましても)(?![^。]{0,12}(構いません|かまいません|大丈夫|結構です|歓迎|お気軽|遠慮なく))|回答済み|(ご)?説明済み|繰り返しになりますが|またこのご質問|再三"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            # (Not our own writing owned as hard to follow: 「初めての方には分かりにくい書き方でした
            # ので、〜手順書を別にお送りします」, fresh-eval63 s-ja-051.)
            r"(お客様|一般の方|素人の方|初めての方|ご年配の方)には[^。]{0,10}(難しい|分かりにくい|わかりにくい)(?![^。]{0,4}(書き方|説明|表記|記載|作り|構成|表示|言い方|ご案内)(でした|だった|になって))|(不慣れ|慣れていない|苦手)な?方でも|ご理解いただけるか(分か|わか)りません|本当に[^。]{0,20}(でしょうか|ましたか|ましたでしょうか)|(できない|分からない|わからない)(となると|ようであれば|ようでは)|お手上げ|詳しい方に|かみ砕いて|ごく簡単に(書|説明)|"
            # 「小学生でもできることですので」: a child could do it (fresh-eval48 s-ja-138);
            # 「お子様でも安全にお使いいただけます」 (honorific, a product's claim) stays out.
            r"(小学生|子供|子ども|こども|幼稚園児|幼児|中学生)でも(でき|分か|わか|扱え|使え)(る|ます)(こと|もの|作業|操作|内容|話)?(です|ですので|なので|ですから|だから|ですよ|でしょう)"
        ),
    ),
    (
        "ultimatum",
        re.compile(
            r"次はありません|覚悟|一切(対応|お受け)(しません|いたしません|できません)|考えざるを得ません|これ以上[^。]{0,12}なければ|(ない|ません)なら[、,]?[^。]{0,20}(勝手に|手続きを進め|お断り|(ほか|他|別)の[^。]{0,8}(方|希望者|お客様|人|候補)(さん|様)?に(回し|回させ|お譲り|譲り|ご案内し|お渡し))|お断りします|法的(な)?(手段|措置)|(届か|ご連絡が)なければ[^。]{0,20}(お断り|停止|解除)|"
            # Walk 24 H2: the customer's asking again as the condition, an end of service as
            # the consequence (「これ以上お問い合わせが続く場合は、ご契約を解除させていただきます」).
            r"(これ以上|今後(も)?|引き続き|再度|また|同様の)[^。]{0,12}(お問い?合わ?せ|ご連絡|お電話|ご意見|苦情|クレーム|メール|ご要望|お申し出|ご指摘)[^。]{0,8}(続く|続き|ある|あった|され|いただ|なさ)[^。]{0,6}(場合|ようでしたら|ようであれば|ようなら|なら|ときは|際は)[^。]{0,30}(解除|解約|打ち切|停止|お断り|退会|出入り|お取引|法的|措置|ご遠慮|お受けできなく|対応(いた)?しかね|対応(いた)?しません)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"(ルール|規則|決まり|規約|規定)は\1(です|ですので|ですから|なので|でございます)|"
            # fresh-eval48 d-ja-036: told to read properly next time (「次回からはよくお読みになって
            # からご注文ください」).
            r"(次回|今後|次)(から)?は[、,]?[^。]{0,8}(よく|しっかり|きちんと|ちゃんと)[^。]{0,4}(お読み|読んで|読まれ)|べき(もの|こと)?です|本来の(あり方|姿)|最低限の(マナー|ルール|常識|礼儀)|(マナー|礼儀)(です|でございます|として)|ておく(もの|べき)|(読んで|確認して|調べて)おくもの|のが(一般的|普通|常識|当然)です|社会人として|大人であれば|(?<!深く)(?<!一同)反省(?!して(おり|い)ます|いたして|いたします|しております)|感心(でき|いたしかね)|(前|まえ)に[^。]{0,16}(おすすめします|目を通|読んでおく)|ご自身で管理していただくべき|最後まで読んでから"
        ),
    ),
    (
        "disclaim",
        re.compile(
            r"(一切|いっさい)(の)?責任を負い(ません|かねます)|一切関知|(弊社|当社|当店|当院|当方)(では|で|は|として)[^。]{0,6}責任を負いかね|(弊社|当社|こちら|うち|私ども)(の|に)(責任|ミス|せい|非|落ち度)(では|は)(ない|ありません|ございません)|関係(ありません|ございません|ない)|非はございません|非はありません|言われても困|(規定|マニュアル)(どおり|通り)に(処理|対応)[^。]{0,20}(非|問題|落ち度)|そちらで(お支払い|ご負担)いただくことに"
        ),
    ),
    # Walk 12 (F-4): an apology that puts the fault on the reader's perception — made on
    # condition that they felt or misread something (「ご不便をおかけしたのであれば申し訳
    # ございません」「誤解を招いたようでしたらお詫びします」「ご不快に感じられたなら」), or
    # on anything that may have happened (「何かご不便がありましたら申し訳ありません」).
    (
        "perception_apology",
        re.compile(
            # 「行き違いでしたら申し訳ございません」 in a payment reminder: the condition is that
            # our message crossed theirs, not how they took it — a courtesy.
            r"^(?![^。]*(行き違い|入れ違い|既に|すでに|重複))[^。]*?(のであれば|のでしたら|ようでしたら|ようであれば|ようなら|のなら|たなら|たならば|としたら|とすれば|たら)[、,]?(大変|誠に|まことに|心より)?[^。、]{0,6}(申し訳|お詫び|おわび|すみません|ごめんなさい)"
        ),
    ),
    # Walk 12 (F-7): the cause put in the reader's surroundings (「そちらの環境の問題かと
    # 思われます」「お客様の端末側の問題です」) or the answer said to be somewhere to go and look
    # (「そんなことはマニュアルに書いてあります」「説明書に全部書いてあります。」).
    (
        "blame",
        re.compile(
            r"(そちら|お客様|ご自身|貴社|御社)(様)?(側)?の[^。]{0,12}(環境|端末|パソコン|ＰＣ|PC|回線|ネットワーク|通信|設定|機器|ブラウザ|お使いの[^。]{0,6})(側)?(の|に|による|が)[^。]{0,6}(問題|原因|不具合|せい)(?![^。]{0,16}(切り分け|確認|調査|お調べ|ではござ|ではあり|ではな))"
        ),
    ),
    (
        "obvious",
        re.compile(
            r"そんなこと(は|なら|くらい|ぐらい)|(マニュアル|説明書|取扱説明書|FAQ|ＦＡＱ|よくある(ご)?質問|ヘルプ|規約|約款|ホームページ|サイト|教本|テキスト|要項|パンフレット|ガイド)(に|で)は?(全部|すべて|全て|ちゃんと|きちんと|しっかり|はっきり)(と)?(書いて|記載|載って|説明して)(?![^。]{0,10}(ので|から)[、,]?[^。]{0,10}(ご覧|見て|お読み|ご確認|確認して|ご参照))"
        ),
    ),
    # Session 27 (leave-domains-out misses of the hand data): the fault found in how the
    # reader did it, with nobody named — 「練習が足りないからだと思います」「採寸の仕方が
    # 間違っていたからだと思います」「水やりが足りていないからで」「使い方が荒いから」, the
    # reader's own act as the cause 「硬いものを召し上がったことによるもの」, or their place
    # 「御社の室内環境によるもの」「ご自宅でのケアの仕方によるもの」.
    (
        "blame",
        re.compile(
            r"(足りない|足りていない|足りなかった|不足している|不十分|間違っていた|間違えていた|不備があった|荒い|雑な|仕方が悪い|甘い)(から|ため|こと)(だ|です|で[、,]|と(思|考)|かと|では)|"
            r"(練習|水やり|手入れ|お手入れ|ケア|確認|採寸|保管|管理|使い方|扱い|準備|睡眠|勉強)(量|方|の仕方|のやり方)?(が|も)[^。]{0,6}(足りない|足りていない|足りなかった|不足|不十分|荒い|雑)(から|ため|せい)|"
            r"(召し上がった|なさった|お使いになった|ご使用になった|使われた|扱われた)(こと|の)?(による|が原因|のが原因|ため|から)|"
            r"(御社|貴社|ご自宅|ご家庭|お宅|そちら)(で|の)[^。]{0,14}によるもの|"
            # 「針が折れるのは使い方の問題だと思われます」 (fresh-eval27 s-ja-143).
            r"(?<!利用者の)(?<!他の方の)(使い方|扱い方|お使いの方法|使用方法|保管方法|保管の仕方|お手入れの仕方|操作)の問題(?!ではな|ではござ|ではあり)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(そちら|お客様|ご自身)[^。]{0,20}(のほう|の方|側)(です|でございます)|使い方に問題|入力(間違い|ミス)|手順(どおり|通り)に(進め|操作)(なかった|されなかった|しなかった)|としか思えません|確認せずに|(誤られた|間違えられた|間違えて登録され)"
        ),
    ),
)
# Blame by structure: a sentence that gives a cause (〜ため・〜によるもの・〜が原因・〜から),
# names the customer as the one who acted (an honorific passive 〜された, 〜いただいた,
# お客様/御社/ご自身, 勝手に) and names a fault (漏れ, 誤り, 期限後, 〜なかった). None of the
# three is a phrase list of blame; together they are the move, whatever the business.
_CAUSE_JA = re.compile(
    r"ため(です|でございます|と(考え|思わ|存じ))|ためで(した|ございました)|によるもの|が原因|原因(と|で)(考え|思わ|存じ)|からだと(思い|考え|存じ)|から(です|でございます)|せいで|ことによる"
)
_CUSTOMER_AGENT_JA = re.compile(
    # fresh-eval55 s-ja-142: 「プロフィールの入力が不十分だからです」 — their profile.
    r"プロフィール|(さ|ら)れ(た|て|ていた|ていなかった|なかった)|させ(た|て)|いただいた|お[^。、]{1,5}になった|なさった|なさって(い|お)(な|ら)|いただけ(なかった|ず|ていなかった)|そちら(様)?(で|側で|が)|(お客様|御社|貴社|ご自身|ご本人|ご家族|お子様|飼い主様|担当者様)|勝手に|ご(入力|記入|提出|申告|申請|指定|登録)"
)
_FAULT_JA = re.compile(
    r"誤|間違|漏れ|不備|不足|不十分|不適切|遅れ|遅延|過ぎ|期限後|勝手に|ご自身で|ご自分で|以上の|二重|されず|なかった|ていない|ておらず|守られ|無理|激しい|怠|"
    # 「固定工事をお断りになったからです」: what we offered and they declined (fresh-eval27 s-ja-036).
    r"(お|ご)断りになった|断られた|ご辞退(になった|された)|見送られた"
)
_OUR_SIDE_JA = re.compile(
    r"弊社|当社|私ども|当店|当院|当方|こちらの(ミス|手違い|不手際)|申し訳|お詫び"
)
_BLAME_EN_STRUCTURE = phrases.compile(
    r"\b(because|since|as a result of|due to)\b(?!\s+(our|we|i|the (system|courier|carrier|printer|software|app|server|machine|warehouse|factory|supplier))\b)[^.]{0,60}\byou(r)?\b[^.]{0,50}\b(incorrect|incomplete|wrong|invalid|inaccurate|late|missing|against (our|the) (advice|instructions)|without (checking|reading|telling)|instead of|didn't|did not|failed|forgot|ignored|too (late|early|much|many))\b"
    r"|\b(the|an?) [\w -]{2,30} you (sent|entered|provided|gave|chose|selected|typed|uploaded|submitted|filled in)( us)? (was|were) (incorrect|incomplete|wrong|invalid|inaccurate|late|missing)\b"
    # The customer as the agent, then the consequence pinned on it: "You left the cable in for
    # three hours, which is why the fee was charged", "the whistling is down to you".
    r"|\byou(?! can| may| might| could| will| would| are welcome)\b[^.;]{3,60}\b(which is why|that's why|that is why|hence the|which caused|which led to|which resulted in)\b"
    r"|\b(down to|caused by|the result of|because of) you\b(?! (can|may|will))"
    # The reader's own act as the cause, and the act a slip (walk F-11: "you were charged
    # twice because you clicked the button twice"): the reader is the subject of the causal
    # clause, in the active, and what they did was done twice, by mistake or too soon.
    r"|\bbecause you('d|’d| had)? (?!were\b|was\b|are\b|got\b|have\b|had\b|received\b|requested\b|asked\b|paid for\b|need\b|visit\b|submit\b|choose\b|commit\b|edit\b|exit\b|feed\b|proceed\b|exceed\b|succeed\b|audit\b|suit\b)[a-z]+(ed|ent|ade|id|ut|ook|ave|eft|aid|it|ose)\b"
    r"[^.;]{0,50}\b(twice|more than once|(two|three|several) times|by mistake|mistakenly|accidentally|by accident|too (early|late|soon|quickly|fast|many|much|often))\b",
    re.IGNORECASE,
)
_OUR_SIDE_EN = re.compile(
    r"\b(sorry|apologi[sz]e|our (mistake|error|fault)|on our (side|end))\b", re.IGNORECASE
)


# 「出荷作業の際に住所ラベルの貼り間違いがあり、別の配送センターへ送られてしまったことが原因
# です」: a passive about a parcel in our own process is our account of a fault, not blame; it
# is blame only when the customer is named as the one who acted.
_OUR_PROCESS_JA = re.compile(
    r"出荷|発送作業|梱包|作業|工程|システム|倉庫|スタッフ|社内|積み付け|設定ミス|配送センター|物流|サーバ|不具合|障害|"
    r"担当(?!者様)|受付で|お預かりした|配車|職員|係員|店舗側|決済代行|委託先"
)
_CUSTOMER_NAMED_JA = re.compile(
    r"(?<!前の)(?<!他の)(?<!別の)お客様|御社|貴社|ご自身|ご本人|ご家族|様が|様の|ご(入力|記入|提出|申告|申請|指定|登録)"
)


def _structural_blame_ja(text: str) -> re.Match[str] | None:
    cause = _CAUSE_JA.search(text)
    if cause is None or _OUR_SIDE_JA.search(text):
        return None
    clause = text[: cause.end()]
    if _OUR_PROCESS_JA.search(clause) and not _CUSTOMER_NAMED_JA.search(clause):
        return None
    if _CUSTOMER_AGENT_JA.search(clause) and _FAULT_JA.search(clause):
        return cause
    return None


# 「ないと控除が受けられませんので、〜お送りいただけますでしょうか」: the consequence is the
# reason for a polite request, told for the customer's sake, not a threat.
_REASON_FOR_REQUEST = re.compile(
    r"(ので|ため)[、,][^。]{0,60}(いただけ(ます|ません)(でしょう)?か|いただけますと幸い|お願い(いた|申し上げ)します)|"
    # fresh-eval62 s-ja-003: the rule with its reason after it (「…原本でないとお受けできません、
    # 法令で…保存することになっているためです」) is a requirement explained, not a threat.
    r"[、,][^。]{6,80}(ため|から)(です|でございます)[。．]?\s*$"
)
_PRESSURE_OPENERS = re.compile(r"^(だから|ですから|いいですか|つまり|要するに)")
_PRESSURE_EN = phrases.compile(
    r"(,\s*you know[.!]?\s*$|\bwe did (tell|inform|warn) you\b|\bdidn't we\?|\bdon't you think\?|,\s*right\?|isn't it\?|aren't you\?|don't you\?|\blike i said\b|\bi'm sure you understand\b|\byou do reali[sz]e\b)",
    re.IGNORECASE,
)
_MOVES_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # Walk 12 (F-4): an apology on condition of the reader's perception ("We apologize if you
    # were confused", "sorry if this caused any confusion") or for anything at all ("Sorry for
    # any inconvenience."): it names nothing we did, so the fault is left with the reader.
    (
        "perception_apology",
        phrases.compile(
            r"\b(sorry|apologi[sz]e|apologies|regret)\b(?:(?!\bbut\b)[^.!?;,]){0,25}\bif\b(?! (we|i)( have|'ve|’ve)? (misunderstood|misread|missed)\b)[^.!?;]{0,60}|"
            r"\b(sorry|apologi[sz]e|apologies)\b (for|about) any (inconvenience|confusion|trouble|frustration|misunderstanding|upset|disappointment)( (this|that|it) (may|might) (have )?(caused|cause))?\s*[.!]?\s*$",
            re.IGNORECASE,
        ),
    ),
    # Walk 12 (F-7): the fault put on the reader's setup or their own error ("this is user
    # error", "the problem is on your end", "an issue with your network"), beyond the word
    # "obviously".
    (
        "blame",
        phrases.compile(
            r"(?<!not )(?<!n't )\b(user error|operator error|(?<!if )(?<!whether )(?<!if the )(?<!whether the )(?<!if an )(?<!if a )(a |an |the )?(problem|issue|fault)( (seems|appears) to be| is| lies| is (most )?likely)? (on|at|with) your (end|side|network|computer|device|setup|connection|browser|equipment))\b(?![^.!?]{0,30}\b(or|rule out|check whether|to see)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(surely you|needless to say|common sense|basic stuff|clearly (explained|written|described)|"
            r"(plainly|clearly|explicitly|very clearly|quite clearly|in black and white)\b[^.,;]{0,25}\b(written|stated|shown|marked|displayed|printed|spelled out|spelt out|signposted|says|states)|"
            r"it is clearly|anyone (reading|who reads|with)|"
            r"as any(one|body|( \w+){1,2}) (should|would|must|ought to) (know|understand|realise|realize)|it goes without saying|as every(one|body) knows|as you (should|must|ought to) (know|be aware)|you (should|must) (already )?(know|be aware)|of course you (know|understand))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "asked_again",
        phrases.compile(
            r"\b(several times|for the (second|third) time|(told|asked|answered) (you )?(twice|already|this)|again, as|refer back to my|as (mentioned|stated|explained) in my|answered this (question )?(several|many) times|"
            # Going over it again, in the shapes nobody listed: "we've been over this already".
            r"(been|gone) (over|through) (this|that|it)( already| before| again)?|(already|previously) (covered|explained|answered|addressed) (this|that|it)|(i|we)( have|'ve|’ve)? (already )?(explained|covered|answered|told you) (this|that)( already| before| previously| twice)|"
            r"(the|my|our) (previous|last|earlier) (reply|replies|email|emails|message|messages|answer) (already )?(explained|covered|answered|said|made (this|it) clear))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\b(too (complicated|difficult|hard) for you|someone more technical|keep (this|it) simple so (that )?you|are you sure you|may be hard (for you )?to understand|if you (cannot|can't) manage|may not be for you)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ultimatum",
        phrases.compile(
            r"\b(last warning|final (reminder|warning)|fail to (reply|respond|pay)|unless we hear|will be on you|will not help you again|legal action|ignore this)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\b(in future,? please read|your responsibility|customers are expected|need to be more careful|let this be a lesson|read the terms first|"
            r"[a-z]+s are (expected|supposed|required) to|it is (the )?[a-z]+'?s'? (job|duty|responsibility) to|we expect (our )?[a-z]+s to|basic (courtesy|manners|etiquette)|(proper|common) (etiquette|courtesy))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "disclaim",
        phrases.compile(
            # Session 28: "not our concern", "between you and …", "nothing to do with us" and
            # "not our problem" are labelled dismissive 19 times and condescending once in
            # the labelled and outside sentences; they are a brush-off, not a reproach.
            r"\b(accept no responsibility|not our fault|(is|are|was|were)n['’]t our fault|we are not at fault|we did nothing wrong|"
            r"not our (responsibility|liability)|(cannot|can't|can not|won't|will not) be held (responsible|liable|accountable)|"
            r"(accepts?|take|takes|bear|bears) no (liability|responsibility|blame)|(is|are) not (liable|responsible) for (anything|any ))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\b(mistake on your (side|part|end)|your own (error|mistake|fault)|because you skipped|it was you who|the way you used)\b",
            re.IGNORECASE,
        ),
    ),
    # Session 19: English condescension held out of training was found about three times in
    # four (leave-domains-out F1 .79). The same moves in the shapes the lists above lacked,
    # by family; each is a move, not a business's phrase.
    (
        "asked_again",
        phrases.compile(
            # Opening on "once again," (not "thank you once again"), an ordinal of repetition,
            # "per my last email", "I'll explain it one more time", "I refer you once more to".
            r"^\W*(once again|yet again|again)\b,(?![^.!?]{0,30}\b(apologi[sz]e|sorry|thank|thanks|regret|grateful|welcome)\b)|\bfor the (second|third|fourth|fifth|sixth|umpteenth|hundredth|last|final) time\b(?! (in|this|since|ever)\b)|"
            r"\b(as )?per my (last|previous|earlier|prior) (email|e-mail|message|reply|note|letter)\b|"
            r"\b(i|we)('ll|’ll| will| shall)? (explain|say|repeat|go (over|through)) (it|this|that)? ?(again|one more time|once more)\b|"
            r"\b(i|we) (refer|point|direct) you (once more|again|back) to\b|"
            r"\bas (previously|already|repeatedly) (explained|stated|advised|mentioned|said|noted|set out)\b|"
            r"\b(i|we) ha(ve|d) already (explained|said|told you|answered|covered|gone over)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(every(one|body)|any(one|body)) (knows|can see|can tell|understands) (that |a |an |the |how |what |it )|"
            r"\b(it'?s|it’s|it is|this is|that'?s|that’s|that is) (really |honestly |actually |just |simply )?not (that |so |very )?(complicated|difficult|hard|tricky|rocket science)\b|"
            r"\b(that'?s|that’s|that is) all there is to it\b|\bright in front of you\b|"
            r"\b(answer|information|info|button|link|option|setting|it)('s|’s| is| was) right (there|here)\b|"
            r"^\W*clearly,? (the|your|this|that|it|there|you)\b|"
            r"\ball you (have|need) to do is (just )?(read|look|check|follow|open)\b|"
            r"\b(i'?m|i am|we'?re|we are) sure you('ll|’ll| will| can)? (appreciate|understand|agree|see|realise|realize)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\b(caused by|due to|because of|the result of|down to|comes from)\b[^.;]{0,50}\b(on|at) your (side|end)\b|"
            r"\bnot (because of |due to )?anything (on|at) our (side|end)\b|"
            r"\b(because|since) (someone|somebody|a person|one of you) (on|in|at|from) your (team|side|end|company|staff)\b|"
            r"\b(is|was) simply (the result of|because|down to) (you|your)\b|"
            r"\bhave only (themselves|yourself|yourselves) to blame\b|\bbefore (blaming|accusing) (us|the|our)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "disclaim",
        phrases.compile(
            # (Not "not our concern/problem": a brush-off, dismissive's — see the list above.)
            r"\b(no longer|not) (our|the company'?s|the shop'?s) responsibility\b|\bout of our hands\b|"
            r"(\bnot|n't|n’t) something (we|i) (can|could|will) be held (accountable|responsible|liable) for\b|"
            r"\b(we|i) (can'?t|cannot|can not) be expected to\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\bfor future reference\b|\b(in future|next time),? (do |please |just )?(check|read|make sure|remember|look|double-check|be sure|think)\b|"
            r"\byou (may|might) not (be aware|have realised|have realized|know) that\b|"
            r"\bshould (familiari[sz]e|acquaint) (themselves|yourself|yourselves)\b|"
            r"\b(experienced|seasoned|sensible|responsible|careful) [a-z]+s? (know|always|never|would)\b|"
            r"\b(professionals|people|those) in the (trade|industry|business) (generally|always|usually|know)\b|"
            r"\bis something you (simply |really |just )?(should(n't| not)|must not|need to)\b|"
            r"\b(properly|correctly|carefully) this time\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ultimatum",
        phrases.compile(
            r"\b(no (choice|option|alternative) but to)\b|\bfinal notice\b|\bit'?s (that|as) simple\b|"
            r"\bunless you\b[^.;]{0,80}\b(we will|we'll|we’ll|your [\w -]{1,25} will)\b[^.;]{0,30}\b(cease|cancel|terminate|suspend|close|refer|report|forfeit|release|give|charge|disconnect|revoke|begin|start|stop|withdraw)|"
            r"\bor (else )?(we('ll|’ll| will)|your [\w -]{1,25} will)\b[^.;]{0,40}\b(cut off|disconnected|cancell?ed|terminated|suspended|closed|deleted|revoked|begin|start|refer|report|forfeit|lose|given to|evict)|"
            r"\b(failure to|continued|any further) [\w -]{1,40} (will|may) (result in|lead to)\b|"
            r"^\W*one more [\w -]{1,40} and (your|you|we)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\bif you('re|’re| are) not (comfortable|confident|familiar) with\b|"
            r"\bif [^.;]{1,50} is too (tricky|difficult|hard|complicated|much) (for you)?|"
            r"\b(a bit|too|rather) much for (some people|you|most people)\b|"
            r"\b(may|might) not be the right (fit|choice|product|plan) for you\b|"
            r"\blet (a professional|an expert|someone (more )?(experienced|qualified|technical)) (handle|do|deal with) (it|this|that)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "perception_apology",
        phrases.compile(
            r"\b(sorry|apologi[sz]e|regret) (that )?you (feel|felt|think|thought)\b", re.IGNORECASE
        ),
    ),
    (
        "pressure",
        phrases.compile(
            r"\bas you('ll|’ll| will)? no doubt (recall|remember|know|be aware)\b|\bso,? as you can (surely |clearly )?see\b|\bas you can (surely|clearly) see\b|"
            r"\bthere (was|has been|is) never anything wrong with\b",
            re.IGNORECASE,
        ),
    ),
    # Session 21: the English moves still missed leave-domains-out (46 of 548), by family.
    # The reader measured against others who manage ("Every other member manages to use the
    # booking system", "Most of our customers can restart their router without help", "Any
    # traveller should know that …", "as anyone who cooks would know").
    (
        "obvious",
        phrases.compile(
            r"\b(most|every other|all (the )?other|other) (of (our|the) )?(customer|member|parent|group|people|rider|guest|user|student|client|travell?er|driver|player|famil(y|ie)|owner|cyclist|visitor|tenant|patient|buyer|caller)s?\b[^.;!?]{0,25}\b(manage[sd]? (to|it|fine|just fine)|(can|could) [a-z]+ [^.;!?]{0,40}\b(without (any )?(help|trouble|problems?|difficulty|issues?)|themselves|on their own)|ha(ve|d) no (trouble|problems?|difficulty|issues?)|(understand|know|realise|realize) that|seem to (manage|cope|understand|get (it|this|that)))|"
            r"\b(any|every) [a-z]+ (should|would|ought to) (know|understand|realise|realize|be aware)\b|"
            r"\bas any(one|body) (who|that) [a-z]+( [a-z]+)? (would|should|must|could|can) (know|tell|see|understand)\b",
            re.IGNORECASE,
        ),
    ),
    # Blame told as the cause ("The chain doesn't just snap by itself, so I assume you were
    # changing gears under load", "because the liner isn't being put on correctly", "you chose
    # not to have them sharpened", "that's really on you", "your planner should have
    # prevented", "If your son actually did the homework …", "if you bother to look").
    (
        "blame",
        phrases.compile(
            r"\b(by (itself|themselves)|on (its|their) own|for no reason)\b[^.;!?]{0,30}\bso (i|we)('d| would)? (assume|expect|suspect|think|take it)\b|"
            r"\b(isn't|aren't|wasn't|weren't|is not|are not|was not|were not) being [a-z]+( [a-z]+)? (correctly|properly|right)\b|"
            r"\byou (chose|decided|opted) (not )?to\b|\b(that's|that’s|that is|it's|it’s|it is) (really |entirely |squarely )?on you\b|"
            r"\byour (own |team|group|planner|installer|staff|son|daughter|child|children|kids|partner|builder|contractor|agent)\b[^.;!?]{0,12}\bshould have\b|"
            r"\bif (you|your [a-z]+) (actually|really) (did|had|read|followed|checked|listened)\b|\bif you (bother|bothered|cared|care) to\b|"
            r"\b(because|since|as) your (group|team|party|son|daughter|child|staff|driver|guests?) (was|were) not\b|"
            r"\bdue to the [a-z ]{1,30} (you|your team|your side) (chose|picked|selected|used), not\b",
            re.IGNORECASE,
        ),
    ),
    # The threat as a fact of what we will take ("If the balance is not paid within seven days,
    # the contents of your unit will be sold", "or we will keep your entire deposit, no
    # exceptions", "we will refuse the return outright").
    (
        "ultimatum",
        phrases.compile(
            r"\b(if|unless)\b[^.;!?]{0,80}\b(not|isn't|aren't|hasn't|haven't)\b[^.;!?]{0,60}\bwill be (sold|reallocated|re-?let|given to|disposed of|forfeited|thrown away|destroyed|auctioned|scrapped|binned|kept)\b|"
            r"\bor (else )?(we|i)('ll|’ll| will| shall) (keep|retain|withhold|charge|bin|dispose of|throw away) (your|the)\b|"
            r"\b(refuse|reject|decline) [^.;!?]{0,20}\boutright\b",
            re.IGNORECASE,
        ),
    ),
    # Reproach for asking or for what they did not do ("Stop sending us the same question",
    # "This is now the fourth email asking the same thing", "I'm not sure what part of 'no
    # flights in the rain' was unclear", "before calling us again", "zoom in next time", "on
    # time this time", "asking so many questions", "A little patience goes a long way").
    (
        "asked_again",
        phrases.compile(
            r"\bstop (sending|asking|emailing|calling|writing)( us| me)?( about)? the same\b|"
            r"\b(second|third|fourth|fifth|sixth|tenth|umpteenth) (email|e-mail|message|call|time)s? (asking|about|on|with) the same\b|"
            r"\bwhat part of\b[^.;!?]{1,60}\b(was|is) (unclear|confusing|hard to understand|difficult)\b|"
            r"\bbefore (calling|contacting|emailing|writing to|messaging) us again\b|"
            r"\b(zoom in|look (closer|more carefully)|read (it )?(more )?carefully|pay (more )?attention) next time\b|\b(on time|properly|carefully) this time\b|"
            r"\b(asking|ask) so many questions\b|\ba little patience goes a long way\b",
            re.IGNORECASE,
        ),
    ),
    # Their ability doubted ("Maybe your son just isn't ready for Python yet", "at your age",
    # "a simpler model might have suited you better", "professionals who know how to adjust
    # them properly").
    (
        "doubt_ability",
        phrases.compile(
            r"\b(just |simply )?(isn't|aren't|is not|are not|wasn't|weren't) (quite )?ready for\b|\bat your age\b|"
            r"\b(a |an )?(simpler|easier|more basic|less advanced) [a-z]+ (might|would|may) (have )?(suit(ed)?|be (a )?better)\b|"
            r"\bwho (actually )?know how to [a-z]+ (them|it|this|that) (properly|correctly)\b",
            re.IGNORECASE,
        ),
    ),
)


# 「ご心配ですよね」「お困りですよね」「残念でしたよね」: よね after the reader's own feeling
# shares it (fresh-eval6 gd-016, a clean kimono-rental reply); 「〜とお伝えしましたよね」
# presses them about something they did or were told.
_SYMPATHY_YONE = re.compile(
    r"(ご心配|心配|ご不安|不安|残念|お困り|困ります|大変|ショック|がっかり|お辛い|おつらい|つらい|辛い|悲しい|驚かれ|びっくり|戸惑われ|寂しい|さみしい|寒い|暑い|お疲れ)"
    r"(です|でした|でしょう|ですし|だった|ましたし)?よね[。！!？?]?\s*$"
)


def _pressure_ja(sentence: Sentence) -> tuple[int, int] | None:
    """Sentence-final よね/でしょう/んです that press the reader, from the final tokens.

    「〜ましたよね」「〜ありますよね？」 (終助詞 よ+ね after です/ます/た), 「〜わかるでしょう」
    (でしょう closing a statement, not 「〜でしょうか」), and 「ですから〜んです」 (an opener of
    insistence with the explanatory ん+です).
    """
    tokens: list[Token] = [
        token for token in sentence.tokens_unquoted() if token.pos1 not in ("補助記号", "記号")
    ]
    if len(tokens) < 3:
        return None
    last = tokens[-1]
    before = tokens[-2]
    if last.surface == "ね" and before.surface == "よ" and before.pos1 == "助詞":
        if _SYMPATHY_YONE.search(sentence.masked):
            return None  # 「雨予報とのこと、ご心配ですよね」: sharing the reader's feeling
        return tokens[-3].start, last.end
    if last.surface in ("でしょう", "でしょ", "だろう") and last.pos1 == "助動詞":
        if before.pos1 in ("動詞", "助動詞") and not sentence.text.rstrip().endswith(
            ("か", "か。")
        ):
            return before.start, last.end
    if _PRESSURE_OPENERS.search(sentence.masked.strip()):
        surfaces = [token.surface for token in tokens[-4:]]
        if "ん" in surfaces and ("です" in surfaces or "だ" in surfaces):
            return 0, last.end
    if last.surface == "って" and last.pos1 == "助詞":
        return before.start, last.end
    return None


MESSAGE_THREAT = (
    "お客様の行動を条件にした脅しのように読まれます。「〇日までにご対応いただけない場合は、誠に恐縮ながら〜となりますことをご了承ください」のように事実として丁寧に伝えてください。",
    "This reads as a threat. State the consequence as a fact, politely, and offer help.",
)
MESSAGE_OBVIOUS = (
    "「当然」「常識」「〜のはずです」「何度も申し上げている通り」は、お客様を責める上から目線の表現です。事実だけを伝えてください。",
    'Words like "obviously" or "as I already explained" talk down to the customer; state the facts only.',
)
MESSAGE_PERCEPTION = (
    "「〜であれば申し訳ありません」「ご不快に思われたのでしたら」は、お客様の受け取り方のせいにしたお詫びに読まれます。起きたことそのものを、条件をつけずにお詫びしてください。",
    'An apology "if you were inconvenienced" or "for any inconvenience this may have caused" puts the problem in how the customer took it. Apologise for what happened, without the "if".',
)
# Session 32 (compose-box screenshots): "Lots of parents overreact" was told about "obviously"
# and "as I already explained", which it does not say.
MESSAGE_DOUBT = (
    "お客様の力や感じ方を疑う書き方（「お客様には難しいかと」「気にしすぎでは」）は、見下しているように読まれます。ご心配やご要望をそのまま受け止め、事実とこちらの対応を伝えてください。",
    'Doubting the customer\'s ability or calling their worry an overreaction ("too complicated for you", "people overreact") looks down on them. Take the concern as it is and say what you will do.',
)
# The message a family's finding carries, whoever found it (the rule or the learned layer):
# a conditional apology was told 「『当然』『常識』…は上から目線の表現です」 (walk 24 H4).
FAMILY_MESSAGES = {
    "perception_apology": MESSAGE_PERCEPTION,
    "ultimatum": MESSAGE_THREAT,
    "doubt_ability": MESSAGE_DOUBT,
}
MESSAGE_BLAME = (
    "お客様の落ち度を指摘する書き方は反発を招きます。原因は中立的に（「〜の設定により〜となっておりました」）説明し、解決方法を示してください。",
    "Blaming the customer provokes them. Describe the cause neutrally and give the way out.",
)


# 「差し支えなければ」「よろしければ」 are courtesy, not a condition on the customer.
_COURTESY_CONDITION = re.compile(
    r"差し支え(なければ|ございませんでしたら)|よろしければ|可能であれば"
)


_SIZING_TIP_JA = re.compile(
    r"[0-9０-９]+\s*(cm|mm|センチ|ミリ|m|メートル|g|kg|グラム|キロ|%|％|度|℃)[^。]{0,20}(大きめ|小さめ|長め|短め|広め|狭め|多め|少なめ|高め|低め|ほど|程度|前後)"
)


def _japanese(document: Document, sentence: Sentence) -> list[Finding]:
    text = _COURTESY_CONDITION.sub(lambda match: " " * len(match.group(0)), sentence.masked)
    condition = _CONDITION.search(text)
    if (
        condition
        and _PENALTY.search(text, condition.end())
        and "場合" not in text[: condition.start() + 8]
        and not _REASON_FOR_REQUEST.search(text, condition.end())
    ):
        return [
            _at(
                document,
                sentence,
                condition.start(),
                MESSAGE_THREAT,
                "〇日までにご対応いただけない場合は、誠に恐縮ながら〜となりますことをご了承ください",
            )
        ]
    obvious = _OBVIOUS.search(text)
    if obvious and _NATURAL_EVENT_JA.search(text) and not _KNOWN_TO_THEM_JA.search(text):
        # 「保管中に空気圧が下がるのは普通のことですので、…」: a thing's behaviour called normal
        # minimises the concern (dismissive's family "minimise", session 20); nobody is told
        # they should have known.
        obvious = None
    if obvious and FEELING_NATURAL_JA.search(text):
        obvious = None
    if obvious and not (obvious.group(0) == "当然" and _OBVIOUS_OK.search(text)):
        return [_at(document, sentence, obvious.start(), MESSAGE_OBVIOUS, None, obvious.end())]
    first = _OBVIOUS_SCREEN_JA.first(text)
    taught = first[1] if first else _teacher_ending(text)
    if taught:
        return [_at(document, sentence, taught.start(), MESSAGE_OBVIOUS, None, taught.end())]
    written = _WRITTEN_FOR_YOU.search(text)
    if written and not _WRITTEN_HELPFUL.search(text):
        return [_at(document, sentence, written.start(), MESSAGE_OBVIOUS, None, written.end())]
    first = _BLAME_SCREEN_JA.first(text)
    if first:
        cause = first[1]
        return [_at(document, sentence, cause.start(), MESSAGE_BLAME, None, cause.end())]
    first = _FAMILIES_SCREEN_JA.first(text)
    if first:
        family, move = first
        message = {"blame": MESSAGE_BLAME, "ultimatum": MESSAGE_THREAT}.get(family, MESSAGE_OBVIOUS)
        found = _at(document, sentence, move.start(), message, None, move.end())
        return [replace(found, family=family)]
    blame = _BLAME.search(text)
    if blame and not _BLAME_DENIED.search(text, blame.end()):
        return [_at(document, sentence, blame.start(), MESSAGE_BLAME, None, blame.end())]
    structural = _structural_blame_ja(text)
    if structural:
        found = _at(document, sentence, 0, MESSAGE_BLAME, None, structural.end())
        return [replace(found, family="blame")]
    should = _SHOULD_HAVE.search(text)
    if should and not _SELF.search(text) and not _OUR_SHOULD_HAVE.search(text):
        return [_at(document, sentence, should.start(), MESSAGE_BLAME, None, should.end())]
    for family, pattern in _MOVES_SCREEN_JA.candidates(text):
        match = pattern.search(text)
        if (
            match
            and family == "blame"
            and _OUR_SIDE_JA.search(text)
            and not _CUSTOMER_NAMED_JA.search(text)
        ):
            # 「弊社の受注画面で製造年を確認せずに、前期型の品番で手配しておりました」: our own
            # step skipped, told as the cause (outside8 t8d-063); nobody on the reader's side.
            continue
        if (
            match
            and family == "lecturing"
            and match.group(0).startswith("のが")
            and _SIZING_TIP_JA.search(text)
        ):
            # 「のれんの幅は、入口の内寸より左右5cmずつ大きめにするのが一般的です」: a measure
            # told as the usual practice is sizing advice; 「掃除くらいはご自身でなさるのが
            # 一般的です」 stays a lecture (fresh-eval48 s-ja-097).
            continue
        if match and family == "obvious" and _WE_TEACH_JA.search(text):
            # 「初心者向けに、基本中の基本から丁寧にご説明する講座をご用意しています」: we offer
            # to explain the basics; nobody is told they should have known them.
            continue
        if match:
            message = MESSAGE_BLAME if family in ("blame", "disclaim") else MESSAGE_OBVIOUS
            found = _at(document, sentence, match.start(), message, None, match.end())
            return [replace(found, family=family)]
    pressure = _pressure_ja(sentence)
    if pressure:
        found = _at(document, sentence, pressure[0], MESSAGE_OBVIOUS, None, pressure[1])
        return [replace(found, family="pressure")]
    return []


def _at(
    document: Document,
    sentence: Sentence,
    offset: int,
    message: tuple[str, str],
    suggestion: str | None,
    end: int | None = None,
) -> Finding:
    finish = sentence.end if end is None else sentence.start + end
    return document.finding(ID, sentence.start + offset, finish, message, (suggestion, None))


# "Naturally, there is no charge of any kind if the paper is declined" (fresh-eval41 s-en-058):
# what is obvious is in their favour (the learned layer's additions are cleared by it too).
OBVIOUS_FREE_EN = re.compile(
    r"\b(obviously|needless to say|of course|naturally)\b[,\s]*(there is|there's|there will be|you won't be|you will not be) (no (charge|fee|cost)|charged)\b|"
    # "Naturally, every point you earned … will still be paid out" (fresh-eval44 s-en-009).
    r"\b(obviously|needless to say|of course|naturally)\b[,\s]+[^.!?]{0,60}\b(will|is|are) (still |also )?(be )?(paid|refunded|credited|honou?red|kept|valid|covered|included|free)\b",
    re.IGNORECASE,
)
# "Obviously we'll replace the cracked lens", "Needless to say, we'll cover the cost": what is
# obvious is our own duty, which talks down to no one (「当然、弊社で負担いたします」).
_OWN_DUTY_EN = re.compile(
    r"\b(obviously|needless to say|of course|naturally|it goes without saying)\b[,\s]*(that\s+)?(we|we'll|we’ll|we will|we're|we are|our|i'll|i will)\b|"
    + OBVIOUS_FREE_EN.pattern,
    re.IGNORECASE,
)


# An offer in the same sentence turns "if you're not comfortable with…" into help.
_OFFER_EN = re.compile(
    r"\b(we|i)('ll|’ll| will| can| could| would be (happy|glad)| are (happy|glad)| am (happy|glad))\b"
    r"|\b(happy|glad) to\b|\bfeel free\b",
    re.IGNORECASE,
)


# Session 27 (leave-domains-out misses of the hand data), by family: what they'd know if they
# read ("which you'd know if you'd …", "as it is in virtually every hotel", "goes without
# saying", "I trust that's now clear", "let me spell it out", "a basic mistake", "requires some
# basic knowledge", "brushing up on"); what good customers do ("Responsible owners check …",
# "Customers should keep track of their own …", "Let this be a reminder"); the reader told
# they don't belong ("maybe a cat café isn't for you"), warned before ("exactly what we warned
# you about", "we both know"), blame by how they did it ("comes
# down to how the client treats", "simply the result of leaving", "because of how you set up",
# "hardly our fault"), and threats said short ("Another report like this and your profile
# will be removed", "Fail to verify … and your domain will be suspended", "don't bother
# ringing on Friday", "we'll give your wedding date to another couple").
_S27_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        phrases.compile(
            r"\bwhich you('d| would)( have)? (know|known|see|seen|realise|realize)n?\b|"
            # Session 28 (fresh-eval27): the counterfactual — "If you'd looked at the label,
            # you'd have seen it contains wheat", "Had you checked, you would have known".
            r"\b(if you('d|’d| had)|had you) [a-z]+\b[^.;]{0,50}, you('d|’d| would) have (seen|known|noticed|found|realised|realized|spotted|read|avoided)\b|\bas (it is|they are|is the case|it's done) (in|at|with|for) (virtually |almost |pretty much |nearly )?(every|any|all)\b|"
            r"\b(goes|go|should go) without saying\b|\bi trust (that's|that is|this is) (now )?(clear|understood)\b|\blet me spell (it|this|that) out\b|"
            r"(?<!our )(?<!we made )(?<!i made )(?<!my )\b(a |an )?(basic|elementary|beginner's|rookie|schoolboy) (mistake|error)\b(?! (on|of) (our|my) )|\brequires? (some |a bit of |a little )?basic [\w -]{0,20}(knowledge|skills?|understanding)\b|\bbrush(ing)? up on\b|"
            r"\b(it's|it is) (quite |very |really |pretty |honestly )?(straightforward|simple|easy)[:;,] you (just|simply|only)\b|\b(you|a beginner|beginners|customers|one|anyone) (can't|cannot) (really )?expect to\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"^\s*(responsible|sensible|careful|experienced|good|most) (owners|parents|customers|drivers|users|people|tenants|members|guests|clients|couples)( always| usually)? (check|read|know|keep|make|take|plan|book|understand)\b|"
            r"\b(customers|users|members|owners|tenants|guests|parents|clients|account holders) (should|must|are expected to|need to) [\w -]{1,40}\b(their own|themselves)\b|\blet this be a (reminder|lesson|warning)\b|"
            r"\b(maybe|perhaps) [\w' -]{2,40} (isn't|is not|aren't|are not|wasn't) (for you|the right (place|choice|fit) for you)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "asked_again",
        phrases.compile(
            r"\b(exactly |just )?(what|which) we (warned|told|reminded|cautioned) you (about|of)\b|\b(i think |surely )?we both know\b|\bi did (cover|explain|mention|answer) this\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\b(comes?|is|are) down to how (you|the client|the customer|they|the owner|your)\b|\b(simply|just|purely) the result of\b|\bbecause of (how|the way) you\b|\bhardly (our|my) (fault|problem|responsibility|doing)\b|"
            # Session 28 (fresh-eval27): the customer told they misheard — "I'm sure you
            # misunderstood what he said".
            r"\b(i'm|i’m|i am|we're|we’re|we are) (sure|certain|confident) (that )?you (must have )?(misunderstood|misheard|misread|got (it|that|this) wrong)\b|"
            # Session 29 (fresh-eval29/30): the fault as the only way it happens — "a jam like
            # this only happens when the operator overloads the hopper", "Leather dries out like
            # that when it's never conditioned".
            r"\bonly (ever )?(happens?|occurs?) (when|if) (you|the (operator|user|owner|customer|driver|rider|guest|buyer|client|tenant)|someone|people|customers)\b|"
            r"\b(when|if) (it's|it is|they're|they are|it has|it's been|they've been) never (been )?[a-z]+ed\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            # Session 29 (fresh-eval29/30): others manage ("Most people figure out how to fill a
            # converter without needing to email us", "every other restaurant on our route
            # manages to count its towels"), it is plainly written ("as the warranty card says
            # quite clearly"), any competent one knows, why ask at all ("so I'm not sure why
            # you're asking").
            r"\b(most|other|all our other) (people|customers|owners|users|guests|parents|clients|buyers|members) (figure|work|sort) (it )?out\b|\bwithout (needing|having) to (email|ask|contact|call|write to|message|ring) us\b|"
            r"\b(every|any) other [a-z' -]{2,40}? (manages?|seems to manage|is able|gets (it|this|that) right|has no (trouble|problem))\b|\b(everyone|everybody) else (manages|seems to manage|gets (it|this|that) right|has no (trouble|problem))\b|"
            r"\bas [\w' -]{2,40}\b(says|states|explains|shows|spells (it|this|that) out|makes (it|this|that)) (quite |very |pretty |perfectly |really )?(clearly|plainly)\b|"
            r"\b(says|states|explains|shows|spells (it|this|that) out|makes (it|this|that)) (quite|very|pretty|perfectly|really) (clearly|plainly)\b|"
            r"\bany (competent|experienced|sensible|reasonable|decent|professional|serious|careful|qualified) [a-z-]+ (knows|would know|should know|understands|would understand|can tell)\b|"
            r"\b(not sure|unsure|don't know|do not know|no idea) why you('re| are| would be| were| need to be) (asking|confused|unsure|emailing|writing|contacting|calling|surprised|upset|worried|complaining|chasing)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            # "Make sure the children keep quiet in the dining room" (fresh-eval30 s-en-064).
            r"^\s*(please )?(make sure|ensure) (that )?(your|the) (children|kids|child|little ones|son|daughter|dogs?|pets?) (keep|stay|are|is|behave|don't|do not|doesn't|does not)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ultimatum",
        phrases.compile(
            r"^\s*(another|one more|any more|any further) [\w -]{1,30}( like (this|that))?,? and (your|the|we|we'll|we will|you)\b[^.;]{0,50}\b(removed|closed|banned|suspended|terminated|cancell?ed|blocked|close|cancel|remove|suspend|terminate|lose)\b|"
            r"^\s*fail to\b[^.;]{0,60}\band\b[^.;]{0,40}\b(will be|we will|we'll|you will|you'll)\b|\bdon'?t bother (ringing|calling|emailing|asking|contacting|writing|phoning|coming)\b|"
            r"\b(give|offer|release|hand) (it|your [\w -]{1,20}) to (another|someone else|the next)\b",
            re.IGNORECASE,
        ),
    ),
)


def _english(document: Document, sentence: Sentence) -> list[Finding]:
    threat = _EN_THREAT.search(sentence.masked)
    if threat:
        return [_at(document, sentence, threat.start(), MESSAGE_THREAT, None)]
    if _OWN_DUTY_EN.search(sentence.masked):
        return []
    match = _EN.search(sentence.masked)
    if match:
        return [_at(document, sentence, match.start(), MESSAGE_OBVIOUS, None, match.end())]
    for family, pattern in _MOVES_SCREEN_EN.candidates(sentence.masked):
        match = pattern.search(sentence.masked)
        if match and family == "doubt_ability" and _OFFER_EN.search(sentence.masked):
            continue  # "If you're not comfortable with the app, we can set it up for you"
        if match:
            message = MESSAGE_BLAME if family in ("blame", "disclaim") else MESSAGE_OBVIOUS
            found = _at(document, sentence, match.start(), message, None, match.end())
            return [replace(found, family=family)]
    first = _FAMILIES_SCREEN_EN.first(sentence.masked)
    if first:
        family, match = first
        message = MESSAGE_BLAME if family == "blame" else MESSAGE_OBVIOUS
        found = _at(document, sentence, match.start(), message, None, match.end())
        return [replace(found, family=family)]
    match = _BLAME_EN_STRUCTURE.search(sentence.masked)
    if match and not _OUR_SIDE_EN.search(sentence.masked):
        found = _at(document, sentence, match.start(), MESSAGE_BLAME, None, match.end())
        return [replace(found, family="blame")]
    match = _PRESSURE_EN.search(sentence.masked)
    if match:
        found = _at(document, sentence, match.start(), MESSAGE_OBVIOUS, None, match.end())
        return [replace(found, family="pressure")]
    return []


# Session 34 (fresh-eval37, read after its scoring): the fault handed over in a phrase ("so the
# typo is on your side", "that's on you"); our records called infallible ("since our records don't
# make mistakes"); what they should do "next time" so "this won't happen".
_S34_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "blame",
        phrases.compile(
            r"(?<!if the )(?<!if this )(?<!if that )(?<!if any )(?<!whether the )\b(typo|error|mistake|fault|problem|issue|slip|oversight)s? (is|was|are|were|lies|lay) (squarely |firmly |really )?(on|with) (you|your side|your end|your part)\b|\b(that|this|it)(’s|'s| is) on you\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(our|the) (records|system|systems|software|computers?|machines?|staff|team|couriers?) (don't|don’t|doesn't|doesn’t|do not|does not|never) (make|makes) (mistakes|errors)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\b(properly|correctly|carefully|right) next time\b|\bnext time,? and (this|it|that) (won't|won’t|will not|wouldn't) happen\b|\band (this|it|that) (won't|won’t|will not) happen again\b",
            re.IGNORECASE,
        ),
    ),
    # fresh-eval38 (session 34): "Anyone who's played a while knows …" (obvious), "If you change
    # the design again, we'll have to put you at the back of the queue" (ultimatum).
    (
        "obvious",
        phrases.compile(
            r"\b(anyone|anybody|everyone|everybody) who(’s|'s| has| have| is)? [^.]{0,40}\bknows?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ultimatum",
        phrases.compile(
            r"\bif you [^.]{0,40}\bagain\b,? (we'll|we’ll|we will|we'd|we’d|we would) (have to|need to)\b",
            re.IGNORECASE,
        ),
    ),
)

# Session 35 (fresh-eval39, 40 and 41, each read after its scoring).
# Session 39 (fresh-eval49, read after its scoring): told already and not to be told again
# ("We told you at booking that …; we're not going to keep repeating it"), their people said to
# have done what the training told them not to ("…, which is exactly what the training told
# them not to do"), and their expectation questioned ("so I'm not sure what else you expected").
_S39_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "asked_again",
        phrases.compile(
            r"\b(we|i)(’re|'re| are|’m|'m| am) not (going to|gonna) keep (repeating|explaining|saying|going over)\b|"
            r"\b(we|i) (already |clearly )?told you (at|when|during|before) (booking|checkout|purchase|sign-?up|enrol(l)?ment|collection|delivery|handover|the (start|booking|time))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\bexactly what [^.;]{0,40}\b(told|warned|asked|trained|instructed) (you|them|your [\w -]{1,20}) not to\b",
            re.IGNORECASE,
        ),
    ),
    # fresh-eval50 s-en-063, s-en-071, s-en-053: someone on their side called careless ("we
    # can only assume someone was careless", "unless someone's been careless with it"), and
    # "Show up on time next time and you won't lose your slot".
    (
        "blame",
        phrases.compile(
            r"\b(someone|somebody|you|your (staff|team|kids|children|son|daughter|operators?|drivers?))(’s|'s| has| had| was| were)? (been )?(careless|negligent|rough)\b|"
            r"\bcan only assume (that )?(someone|somebody|you|your)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\b(on time|properly|carefully|correctly|more carefully) next time\b[^.!?]{0,20}\band you(’ll|'ll| will| won’t| won't| will not)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\bnot sure what (else|more) you (expected|were expecting|want(ed)?)\b|\bwhat (else|more) (did|do|could|would) you (expect|want)\b",
            re.IGNORECASE,
        ),
    ),
    # fresh-eval52 s-en-018, s-en-074: the reader's expectation called unreasonable ("You can't
    # expect a breeder to know why …") and told to read up before writing again ("Read the
    # handover pack before you call us again").
    (
        "doubt_ability",
        phrases.compile(
            r"\byou (can't|cannot|can’t|couldn't|could not|shouldn't|should not) (really |honestly |seriously )?expect (us|me|a|an|the|anyone|anybody|any|our)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "asked_again",
        phrases.compile(
            r"\b(read|check|look at|go through|study)\b[^.!?]{0,40}\bbefore you (call|email|e-mail|contact|write to|message|ring|phone) (us|me|the office|our team) again\b",
            re.IGNORECASE,
        ),
    ),
)
# fresh-eval53 s-en-021: the evidence said to make it "perfectly clear" and the matter not "worth
# arguing about" (the second is dismissive's too).
# fresh-eval55 (session 42, read after its scoring): told it is written there, "though"
# (「説明書にも書いてあるのですが。」: a reproach left trailing); their neglect suspected as a
# question (「草刈りをされていないのでは？」). (Take it or go elsewhere, 「ご理解いただけないのであれば
# 他社の製品をお選びください」, is dismissive's alone, as the labelled sets have 「ご納得いただけないので
# したら、別の業者をお探しください」.)
_S42_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        re.compile(
            r"(に|にも|で|でも)[^。]{0,6}(書いて|記載して|明記して|記載が|お伝えして|ご案内して|ご説明して|申し上げて)"
            r"(あ|ござい|おり|い)(る|ます)(のですが|んですが|のですけれど|のですけど|んですけど)[。．…]*$"
        ),
    ),
    (
        "blame",
        re.compile(
            r"^(?![^。]*(弊社|当社|当店|私ども|こちらの|弊店|当方|配送|梱包|出荷|工場|スタッフ))"
            r"[^。]*(さ|なさ|ら)れて(い|お)(ない|らない|られない)(の|ん)?(の)?では(ないでしょうか|ありませんか|ないですか)?[？?]"
        ),
    ),
    # fresh-eval55 d-ja-038: 「これでは相手が見つからないのは当たり前で」 (with their setting, of course
    # it fails) and 「まずはご自身の設定を見直されてから、改めてお問い合わせいただければ」 (check your
    # own side before you write again).
    (
        "obvious",
        re.compile(
            r"^[^。]{0,4}これでは[^。]{0,30}(のは|のも)(当たり前|当然)(で|です|でしょう|だ)"
        ),
    ),
    # fresh-eval56 s-ja-025, s-ja-140: 「〜と言われましても、こちらも商売ですので。」 and 「基本をご理解
    # いただいていれば、〜は当然起こるものとお分かりになるかと」.
    (
        "blame",
        re.compile(
            r"(と|って)言われましても[、,]?[^。]{0,16}(商売|仕事)(です|ですので|ですから|なので|ですし)"
        ),
    ),
    (
        "obvious",
        re.compile(
            r"(ご理解|ご存じ|ご存知|ご承知)(いただいて|で)(い|あ|お)(れば|りましたら)[、,]?[^。]{0,50}(お分かり|ご理解いただける|分かる|わかる|ご納得いただける)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"(まず|まずは|一度)[、,]?ご自身(で|の)[^。]{0,24}(見直|確認|お読み|読み直|ご確認|お調べ)[^。]{0,10}(てから|たうえで|た上で)[、,]?"
            r"[^。]{0,8}(お問い合わせ|問い合わせ|ご連絡|ご相談|ご質問)"
        ),
    ),
)
# fresh-eval57 (session 43, read after its scoring) —
# - ultimatum: a penalty promised if they do not comply (「守っていただけない場合は退去をお願い
#   することもあります」; the labelled 「お断りすることになります」 sentences are all condescending);
# - blame: their own doing as the cause (「すぐ履きつぶしてしまうのは、親御さんがサイズを大きめに
#   選びすぎているからです」), and their decision as the reason we do nothing (「強度の低い箱を選ば
#   れたのは貴社のご判断ですので」);
# - doubt_ability: their understanding doubted (「基本から理解されていないようにお見受けします」).
_S43_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ultimatum",
        re.compile(
            r"(守|従|払|改善さ|ご協力|ご対応)[^。]{0,8}(ない|いただけない|られない|なかった)(場合|ようでしたら|ようであれば|ようなら|とき|なら)[^。]{0,20}"
            r"(退去|退会|強制退会|解約|契約(の)?解除|出入り禁止|利用停止|ご利用の停止|ご利用停止)(を|も)?[^。]{0,6}(お願い|させていただく|いただく|する|いたす)こと(も|に)(あります|ございます|なります|あり得ます)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"^(?![^。]*(ありがと|おかげ|お得|安く|嬉し|うれし|くださった|くださる|いただいた|いただけた|できた|できました))[^。]*のは[、,]?[^。]{0,10}(親御さん|親御様|お客様|ご本人|お子様|お子さん|保護者の方|ご家族|利用者の方)が[^。]{0,30}(から|ため)(です|でございます|でしょう|だと)|"
            r"(た|かった)のは[、,]?(お客様|そちら|御社|貴社|ご自身)(ご自身)?の(ご)?(判断|選択|責任)(です|ですので|ですから|によるもの)"
        ),
    ),
    (
        "doubt_ability",
        re.compile(
            r"(理解|把握)(されて|なさって|して)(い|おられ)ない(よう|ご様子)(に|で|です|だと|とお見受け|にお見受け)|基本から(ご)?(理解|学び直|勉強し直|やり直)"
        ),
    ),
)
# fresh-eval59 (session 44, read after its scoring) —
# - asked_again: the same question received before (「同じご質問は以前にもいただいており」: every
#   labelled sentence of this shape is condescending) and "we only just explained it"
#   (「先日ご説明したばかりですので」);
# - lecturing: their care found wanting (「もう少し丁寧にお書きいただけると助かります」);
# - blame: our data declared faultless and their method sent back to them (「当社のデータに誤りは
#   ございませんので、解析の方法を見直されてはいかがでしょうか」: the labelled no without the
#   "review it yourself" is dismissive);
# - obvious: the basics sent to a book (「基本的な操作については、市販の解説書などでお調べに」).
_S44_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "asked_again",
        re.compile(
            r"(同じ|同様の)(ご質問|お問い合わせ|ご照会)(は|を|が)?[、,]?(以前|前回|先日|先週|先月|先ほど|これまで|何度|すでに|既に)[^。]{0,6}(いただ|頂|頂戴)(?![^。]{0,4}ても)|"
            r"(ご説明|お伝え|ご案内|申し上げ|お答え|ご回答|お送り|お配り|お渡し)(した|し|いたした)ばかり(です|でございます|なので|ですので|ですが|ですから)"
        ),
    ),
    (
        "lecturing",
        re.compile(
            r"もう少し(丁寧に|注意深く|慎重に|しっかりと?|きちんと)[^。]{0,4}(お書き|ご記入|記入|書いて|お使い|使って|お取り扱い|お取扱い|扱って|お読み|読んで|ご梱包|梱包|ご入力|入力)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(データ|分析|解析|測定|検査|計算|製品|商品|システム|機器|設定)(に|には)[^。]{0,6}(誤り|間違い|不具合|問題|異常)は(ございません|ありません)(ので|から)[、,]?[^。]{0,30}"
            r"(見直|ご確認|確認|お調べ|点検)(されては|なさっては|してみては|されることを|していただ|いただ|ください)"
        ),
    ),
    (
        "obvious",
        re.compile(
            r"基本的な[^。]{0,12}(は|については|につきましては)[、,]?[^。]{0,12}(解説書|入門書|書籍|教本|参考書|市販の本|インターネット|ネット)[^。]{0,12}(お調べ|調べ|学ん|勉強|お読み|ご確認)"
        ),
    ),
)
# fresh-eval60 s-ja-130: a one-off favour with a warning for next time (「今回は特別に交換いたし
# ますが、次からは有償になりますので、くれぐれもお気をつけください」) — the customer told to
# mind themselves, as one who caused it.
_S45_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "lecturing",
        re.compile(
            r"(今回(は|に限り|だけ|のみ)|特別に|例外的に)[^。]{0,30}(次回|次から|次は|今後|以降)[^。]{0,30}"
            # Said to the customer (not 「今後は同じことが起きないよう気をつけてまいります」, ours).
            r"(ご注意|お気をつけ|お気を付け|気をつけ|気を付け|ご留意)(ください|下さい|いただ|願|くださいますよう)"
        ),
    ),
)
# fresh-eval61 s-ja-025, s-ja-130, s-ja-135: 「人事の方が思っていらっしゃるほど簡単なものでは
# ございません」 (what they think, belittled), 「ご認識がそもそも誤りです」 (their understanding
# called wrong), 「もう少しきちんとされていれば、ここまでの状態にはならなかった」 (the harm laid at
# their door after the fact). No labelled sentence has these shapes; none is clean.
_S45B_JA: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "lecturing",
        re.compile(
            r"(思って|お考え)(いらっしゃる|おられる|いる|になっている|になる)ほど(簡単|単純|容易|楽)(な|では|じゃ)"
        ),
    ),
    (
        "blame",
        re.compile(
            r"(ご認識|ご理解|お考え|思い込み)(が|は)[、,]?(そもそも|根本的に|完全に)?(誤り|間違い|間違って)"
        ),
    ),
    (
        "blame",
        re.compile(
            # (Not our own: 「当社がもう少し早く点検していれば防げた故障でした」 owns it.)
            r"^(?![^。]*(当社|弊社|私ども|私たち|当店|当方|こちら|我々|当院|当組合|当協会|担当者|スタッフ))[^。]*?"
            # (Session 21's 「していれば防げた」, moved here so that ours is excepted.)
            r"((もう少し|もっと|ちゃんと|きちんと)[^。]{0,24}(されていれば|していれば|していただいていれば|されていたら|"
            r"していたら|なさっていれば)[^。]{0,30}(ならなかった|防げた|避けられた|済んだ|起きなかった)|"
            r"(ていれば|ておけば|ていただければ)[^。]{0,8}(防げた|避けられた|起きなかった|済んだ))"
        ),
    ),
    (
        # fresh-eval63 s-ja-010: 「組み合わせをご自分で考えられるのは難しいと思いますので、〜私のほうで
        # 全部お決めしますね」 — their own attempt called too hard for them (the labelled sets: 2 of 2
        # condescending).
        "doubt_ability",
        re.compile(
            r"(ご自分|ご自身|お客様ご自身)で[^。]{0,20}(のは|には)[^。]{0,6}(難しい|無理|大変|難しく)(と思|かと|でしょう|ですので|ですから|ので)"
        ),
    ),
    (
        # fresh-eval63 s-ja-087: 「〜については、先週お電話でお伝えしたとおりでございます」 — the
        # earlier answer pointed to as the whole answer.
        "asked_again",
        re.compile(
            r"(先日|先週|前回|以前|先ほど|先般|昨日)[^。]{0,16}(お伝え|ご説明|ご案内|申し上げ|お答え)(した|いたした|しました|いたしました)(とおり|通り)(です|でございます)[。．]?\s*$"
        ),
    ),
    (
        # fresh-eval63 s-ja-032, s-ja-102, s-ja-046: blame told as a recital — what we asked of
        # them, then what they did (「〜お控えいただくようお伝えしておりましたが、翌日の朝には車を
        # 入れられたと伺っております」「〜水を落としておいていただくお約束でしたが、伺ったときには
        # 水が張ったままでした」), or their act as it stands in our records (「補助を待たずに技に
        # 入られたと記録にございます」). (Not our own notice owned: 「〜とご案内しておりましたが、
        # 実際には段差がありました」 names no act of theirs.)
        "blame",
        re.compile(
            r"(て|で)?(いただく|いただける|くださる)(よう|ように)[^。]{0,6}(お伝え|お願い|ご案内|ご説明|申し上げ)(して|いたして)(おり|い)ましたが[、,]"
            r"[^。]{0,50}((ら|さ)れた|なさった|ていらっしゃった|ておられた|(の|た)まま)(と伺って|と伺い|とのこと|ようです|ようでした|でした|ことが|。|$)|"
            r"(いただく|いただける|してもらう)(お約束|ご予定|お話|取り決め|決まり)でしたが[、,][^。]{0,50}((ら|さ)れた|なさった|(の|た)まま|ておらず|ていませんでした|ておりませんでした)|"
            r"(入|始め|進|使|触|開け|外|乗|入れ|行)(ら|わ)れた(こと|と|旨)[、,]?[^。]{0,6}(記録|ログ|履歴|映像|日誌)(に|が|で)[^。]{0,4}(ございます|残って|あります|確認(でき|されて|いたして))"
        ),
    ),
    (
        # fresh-eval62 s-ja-067: 「今後ご依頼の際には、もう少し余裕を持ったスケジュールを組んで
        # いただければと存じます」 — a lesson for next time on how the customer should have
        # behaved, with nothing of ours in it (「もう少し早めにご予約いただければ、ご希望の時間を
        # お取りしやすくなります」 gives a reason that helps them, and is not matched).
        "lecturing",
        re.compile(
            r"(今後|次回(から|以降)?|次から|これから)(は|も)?[、,]?[^。]{0,20}(もう少し|もっと|もう一段)[、,]?"
            r"(余裕|早め|早く|前もって|計画|注意|気を付け|気をつけ|慎重|丁寧|しっかり|よく)[^。]{0,24}"
            r"(いただければと(存じ|思い)ます|いただきたく(存じ|思い)ます|いただけますよう(お願い|願い)|いただきますよう(お願い|願い)|ください)[。．]?\s*$"
        ),
    ),
)
_S45_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # fresh-eval61 s-en-062, s-en-048: "As we went over with you twice on site, …", "that's made
    # very clear at every port": told before, and plainly, so they should have known.
    (
        "asked_again",
        phrases.compile(
            r"\b(as|like) (we|i) (went over|went through|discussed|explained|covered|said|mentioned|told you)\b"
            r"( (it|this|that))?( (with|to) you)? (twice|already|before|several times|more than once|repeatedly|a number of times)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(that's|that is|this is|it's|it is) made (very |perfectly |quite |abundantly |really )?clear "
            r"(at|in|on|to) (every|each|all|our)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\b(this (once|time)|as a one-off|just this once|as a (special )?(courtesy|goodwill gesture|favou?r|exception))\b"
            r"[^.]{0,60}\b(next time|in future|from now on|going forward)\b[^.]{0,60}"
            # Said to the customer, not of ourselves ("from now on we'll take more care").
            r"(?<!we )(?<!we'll )(?<!we’ll )(?<!we will )(?<!i'll )(?<!i will )(?<!we shall )"
            r"\b(be (more )?careful|take (more )?care|pay (more )?attention)\b",
            re.IGNORECASE,
        ),
    ),
)
# fresh-eval59 s-en-039: "As our documentation explains - and it is worth reading - …": the
# aside that they should have read it.
_S44_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        phrases.compile(
            r"\bas (our|the) [\w -]{0,25}(explains|says|states|shows|describes|makes clear)\b[^.]{0,6}[-–—(,] ?(and )?(it|which)('s|’s| is) (well |really |very |definitely )?worth (reading|a read|a look)",
            re.IGNORECASE,
        ),
    ),
)
# fresh-eval57: "you can hardly expect results", "worth asking yourself whether …", "Duplicate
# titles happen when parents don't keep their list up to date" (each shape is labelled
# condescending wherever it occurs in the labelled sets).
_S43_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "lecturing",
        phrases.compile(
            r"\byou (can|could)(n['’]t| ?not| hardly| scarcely| barely)( really| exactly| seriously)? expect\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\b(worth|want to|should|might|may need to) ask(ing)? yourself (whether|if)\b|\bhow often [^.]{0,40}\btrips? you up\b",
            re.IGNORECASE,
        ),
    ),
    # fresh-eval58 s-en-006, -025, -068, -079: "If you'd applied it the way the video shows, it
    # wouldn't have come off" (every labelled sentence of this shape is condescending), "It's rather
    # basic, but …", "a consequence of the layout you chose", "works perfectly well if you follow …".
    (
        "blame",
        phrases.compile(
            r"\bif you('d|’d| had) [^.]{0,60}, (it|this|that|they|the [\w-]+) (wouldn't|wouldn’t|would not|would never) have\b|"
            r"\b(consequence|result) of the [\w -]{1,25} you (chose|picked|selected|specified|supplied|gave us)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(it's|it’s|it is|this is) (rather|quite|very|pretty|fairly|really) (basic|elementary),? but\b|"
            r"\bworks (perfectly|absolutely|completely|just) (well|fine) (if|when|as long as) you\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\b(happens?|occurs?|arises?|tends to happen) (when|because|if) (parents|customers|people|users|owners|members|clients|guests|students|families|buyers|renters|tenants|you)"
            r"( [a-z]+)? (don['’]t|do not|forget|fail|neglect|skip|ignore|aren['’]t|never)\b",
            re.IGNORECASE,
        ),
    ),
)
# "so this really isn't worth arguing about" (fresh-eval53 s-en-021): the matter waved away, which
# talks down and brushes off at once (dismissive reads it too).
NOT_WORTH_ARGUING_EN = r"\b(isn't|is not|isn’t|not) (really |exactly )?worth (arguing|fighting|quibbling|debating|going on) about\b"
_S41_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # fresh-eval54 s-en-017, s-en-026: "the mismatch is on your side, not ours", "which your
    # operator should have known".
    (
        "blame",
        phrases.compile(
            r"\bon your (side|end),? (and )?not (on )?ours\b|"
            r"\b(which|as|something|that) (you|your [\w-]+( [\w-]+)?) (should|ought to) (have|already have) (known|realised|realized|checked|read)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(as )?(our|the) (photos?|pictures?|records?|logs?|footage|video|receipt|paperwork|notes|emails?) "
            r"(make|makes|made|show|shows|showed) (it )?(perfectly|abundantly|quite|very|crystal) clear\b|"
            + NOT_WORTH_ARGUING_EN,
            re.IGNORECASE,
        ),
    ),
)


# fresh-eval55 (session 42): "With respect, a $60 brush isn't meant to be tossed loose …" (the
# opener that announces a correction of the reader; seven of seven such sentences in the labelled
# sets talk down), and "it would help if your office manager actually watched it".
_S42_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("lecturing", phrases.compile(r"^\s*with (all due )?respect,\s*\w", re.IGNORECASE)),
    # fresh-eval56 s-en-005, s-en-018: "so either you or someone using your car drove through",
    # "The hardness drift came from the steel you supplied".
    (
        "blame",
        phrases.compile(
            r"\beither you or (someone|somebody|anyone) (using|with|driving|borrowing|in) your\b|"
            r"\b(came|comes|stems|stemmed|resulted|results|was caused|is caused) (from|by) (the|your) [\w -]{1,25} you (supplied|sent|provided|used|chose|bought|installed|gave us|brought)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(if|that|whether|once|until) (you|your [\w-]+( [\w-]+)?|they|someone|somebody)"
            r"(’ve|'ve|’d|'d| have| had| has)? actually (read|watched|looked at|checked|followed|opened|listened to|tried)\b",
            re.IGNORECASE,
        ),
    ),
)


_S35_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # fresh-eval41: others who manage ("Most authors manage to follow …"), "… before
    # you sign for them next time". ("Your problem, not ours" is dismissive only in fresh-eval26
    # and both in fresh-eval41: left as it was.)
    (
        "doubt_ability",
        phrases.compile(
            r"\b(most|other|all (the )?other|every other) ([\w-]+ )?(people|customers|clients|authors|members|players|users|guests|parents|students|riders|owners|buyers)\b[^.]{0,20}\b(manage|seem to manage|have no (trouble|problem)|get it right|cope)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(r"\bbefore you [^.]{0,30}\bnext time\b", re.IGNORECASE),
    ),
    # fresh-eval40: "If you'd stored it properly …, it would have kept …" (blame),
    # "you'll just have to get over it" (dismissing their feeling, talked down to), "Return the
    # tent dry or you'll be charged, no exceptions" (ultimatum).
    (
        "blame",
        phrases.compile(
            r"\bif you(’d|'d| had) [a-z]+(ed|en|t) (it |them |the \w+ )?(properly|correctly|carefully|as (instructed|directed|explained|advised))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\byou(’ll|'ll| will)? (just )?(have|need) to (get over it|live with it|deal with it|get used to it)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "ultimatum",
        phrases.compile(
            r"\b(or|otherwise) (you(’ll|'ll| will)) be (charged|billed|fined|invoiced|banned|removed)\b[^.]{0,30}\bno exceptions\b",
            re.IGNORECASE,
        ),
    ),
    # fresh-eval39 d-en-009: "if you'd read the care leaflet in the box, you'd know not to …" —
    # what they would know had they read it.
    (
        "obvious",
        phrases.compile(
            r"\bif you(’d|'d| had) (read|looked at|checked|followed|opened|bothered)\b[^.]{0,60}\byou(’d|'d| would)( have)? (know|known|see|seen|realised|realized|noticed|understand|understood)\b",
            re.IGNORECASE,
        ),
    ),
)

# Session 30 (fresh-eval31/32): "…; everyone knows that", "as I'm sure you understand"
# (obvious); "We've mentioned the scoring sheet in every email, so please check it before
# writing in" (nagging); "You'd think someone who's taken three classes would know …" (doubt
# of the reader); "if you wanted identical glasses, you could have bought them in a
# department store" (the reader told what they should have done instead).
_S30_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        phrases.compile(
            r"(?:(?<=[;,:\u2014-] )|(?<=[;,:\u2014-]))(everyone|everybody|anyone|any \w+) (knows|know) (that|this)\b|"
            r"\bas (everyone|everybody|anyone) (knows|can see|will tell you)\b|"
            r"\bas i'?m sure you (understand|appreciate|can appreciate|realise|realize|know)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "nagging",
        phrases.compile(
            r"\b(mentioned|said|explained|included|covered|stated|repeated) [^.;]{0,40}\bin (every|each|all (of )?(our|my|the)) "
            r"(email|e-mail|message|reply|letter|newsletter)s?\b|\bbefore (writing|emailing|getting) in\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\byou'?d (think|expect|imagine) (someone|anyone|a person|people|a customer|a client|an adult)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\bif you (wanted|needed|preferred|expected) [^.;]{0,50}, you (could|should|might) have (bought|gone|ordered|chosen|booked|picked)\b",
            re.IGNORECASE,
        ),
    ),
)


class Condescending:
    id = ID
    description_ja = (
        "上から目線・脅し（「〜いただかないと〜になってしまいます」「当然」、お客様を責める）"
    )
    description_en = "Talking down to or threatening the customer, blaming them"
    level: Level = "sentence"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        (
            "blame",
            "お客様に責任を押しつける（「お客様の操作ミスによるものです」）",
            'Blaming the customer ("caused by a mistake on your side")',
        ),
        (
            "obvious",
            "分かって当然という言い方（「当然」「見れば一目瞭然」）",
            'Implying it was obvious ("obviously", "needless to say")',
        ),
        (
            "asked_again",
            "再度の質問をとがめる（「何度も申し上げている通り」）",
            'Reproach for asking again ("as I already explained")',
        ),
        (
            "doubt_ability",
            "能力を疑う（「お客様には難しいかもしれませんが」）",
            'Doubting their ability ("too complicated for you")',
        ),
        (
            "ultimatum",
            "脅し・最後通告（「〜いただかないと停止します」「次はありません」）",
            'Threats and ultimatums ("if you don\'t …, … will be terminated")',
        ),
        (
            "lecturing",
            "説教（「〜しておくものです」「社会人として」）",
            'Lecturing ("it is your responsibility")',
        ),
        (
            "disclaim",
            "責任逃れ（「弊社は一切責任を負いません」）",
            'Disclaiming responsibility ("not our problem")',
        ),
        (
            "perception_apology",
            "受け取り方のせいにする謝罪（「誤解を招いたようでしたらお詫びします」）",
            'An apology on condition of their perception ("we apologize if you were confused")',
        ),
        (
            "pressure",
            "文末の圧力（「〜ましたよね」「〜でしょう」）",
            'Pressure at the end of a sentence ("…, right?", "like I said")',
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        return each_sentence(document, _japanese, _english)


RULE = Condescending()


# Session 31 (fresh-eval33): "that's fairly common knowledge", "posted for anyone who bothers to
# read it" (obvious), and what they would have
# seen had they done something ("if you'd stayed for the weigh-in you'd have seen that yourself").
_S31_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        phrases.compile(
            r"\b(common knowledge|general knowledge)\b|"
            r"\b(anyone|people|those|customers|someone) who (bothers?|cares?|takes? the (time|trouble)) to (read|look|check|ask)\b|"
            r"\bif you('d| had)? (bothered|cared|taken the (time|trouble)) to\b|"
            r"\b(if you'?d|if you had|had you)\b[^.;]{0,60}\byou('d| would) have (seen|known|noticed|realised|realized|found)\b|"
            r"\byou('d| would) have (seen|known|noticed|realised|realized|found)\b[^.;]{0,40}\bif you('d| had)\b|"
            # fresh-eval64 s-en-066: the same of the reader's child or staff — "if she'd been
            # coming to the Tuesday sessions, she'd have been picked".
            r"\b(if (you|she|he|they|your (son|daughter|child|kid|boy|girl|staff|team|players?|engineers?|fitters?))('d|’d| had)|had (she|he|they)) (been )?(coming|come|attend|attended|attending|train|trained|training|practis|practic|turned up|shown up|showed up|listened|read|checked|followed|put in|worked)[a-z]*\b"
            r"[^.;]{0,60}\b(you|she|he|they)('d|’d| would) have (been (picked|selected|chosen|accepted|admitted|fine|okay|ok)|passed|made (it|the team|the squad)|got in)\b",
            re.IGNORECASE,
        ),
    ),
)


# Session 32 (fresh-eval34): the customer's worry called an overreaction ("Lots of parents
# overreact about this"), and the rule they broke held up as plain to see ("As the booking page
# says in bold, …, which you missed").
_S32_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    # fresh-eval36 (session 33): the customer's memory doubted ("Customers who've been drinking
    # often misremember the route", "you must have misheard"), and the fault put on them in a
    # phrase ("that part is down to your household").
    (
        "doubt_ability",
        phrases.compile(
            r"\b(often|usually|tend to|probably|must have|clearly|obviously) (misremember(ed)?|misread|misheard|misunderstood|got (it|this|that|the \w+) wrong)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\b(is|'s|’s|are|was) (all |entirely |really |simply |completely )?down to (you|yourself|your (own )?\w+)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\b(over-?react(s|ed|ing)?|(making|make|made) (such )?a (big |huge )?fuss|fuss(ing)? (over|about) nothing)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "obvious",
        phrases.compile(
            r"\b(says|said|states|stated|explains|shows|is written|is printed|is stated|spells it out) (clearly |plainly )?in (bold|capitals|capital letters|large (type|print)|red|big letters)\b|"
            r",? which you (missed|ignored|overlooked|did not read|didn't read|chose to ignore)\b",
            re.IGNORECASE,
        ),
    ),
)


# The lists _japanese and _english try in turn, each screened at once for the words its
# patterns require (phrases.Screen): the order, and so what is found first, is theirs.
_OBVIOUS_SCREEN_JA = phrases.Screen(
    ("obvious", pattern)
    for pattern in (
        _KNOWN_BEFORE,
        _SHOULD_KNOW,
        _NAGGING,
        _TROUBLE,
        _IF_ONLY,
        _SUSPECTED_MISTAKE,
        _ASSUMED_KNOWN,
        _S21_JA,
        _S25_JA,
    )
)
_BLAME_SCREEN_JA = phrases.Screen(
    ("blame", pattern) for pattern in (_BLAME_CAUSE, _NOT_OUR_FAULT, _S29_BLAME_JA)
)
_FAMILIES_SCREEN_JA = phrases.Screen(
    (
        ("obvious", _S29_OBVIOUS_JA),
        ("lecturing", _S29_LECTURE_JA),
        *_S30_JA,
        *_S31_JA,
        *_S32_JA,
        *_S34_JA,
        *_S35_JA,
        *_S39_JA,
        *_S40_JA,
        *_S41_JA,
        *_S42_JA,
        *_S43_JA,
        *_S44_JA,
        *_S45_JA,
        *_S45B_JA,
    )
)
# fresh-eval62 (blame by implication): "as a quick look at your own copy would have shown" (it
# was obvious), "If your builder had flagged the fill earlier, we wouldn't be redesigning …" (the
# harm laid at their side's door; our own "If we had checked …" owns it), "the labels came out
# exactly as one would expect" (after their file is described). ("Read the FAQ before contacting
# us" is imperative only in two labelled sets, so fresh-eval62's "Read the league handbook before
# emailing us" is left to the imperative rule.)
_S46_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        phrases.compile(
            r"\bas (a|one) (quick |brief |simple |single )?(look|glance) at (your|the) (own )?[\w -]{0,25}would have (shown|told|confirmed|made (it )?clear)",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\bif (you|your [\w-]{2,20}) had(n't| not)? [^.;]{0,60}, (we|it|this|that|there|the [\w -]{1,20}) (wouldn't|would not|would never|wouldn’t)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "blame",
        phrases.compile(
            r"\b(came|turned) out (exactly|just|precisely) as (one|anyone|you) (would|might|could|should) (expect|predict|have expected)\b",
            re.IGNORECASE,
        ),
    ),
)
# fresh-eval63 (session 47), English blame by implication —
# - obvious: what any one of their trade should do ("any facilities manager should plan to
#   replace them"), or what the first lesson of any course covers;
# - insinuation: "…, that probably tells you something";
# - obvious: "As the pre-season letter said, …";
# - doubt_ability: "If your son can't manage basic park etiquette, keep him at home".
_S47_EN: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "obvious",
        phrases.compile(
            r"\bany (competent |experienced |good |decent )?(facilities |site |office |project |property |fleet |it |shop |store |event |hr |practice )?"
            r"(manager|owner|operator|landlord|engineer|designer|developer|buyer|parent|driver|rider|tenant|professional|accountant|grower|farmer|admin|administrator) "
            r"(should|would|ought to|must) (plan|expect|budget|know|check|realise|realize|understand|anticipate|keep|have)\b|"
            r"\b(covered|taught|explained|mentioned|gone over) (in|on|during) (the (first|opening) [\w ]{1,20} of )?(any|every) [\w -]{0,30}"
            r"(training|course|class|lesson|guide|manual|handbook|textbook|tutorial|induction|workshop)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "lecturing",
        phrases.compile(
            r"\b(that|which|this) (probably |surely |really |perhaps |might )?(tells|says|tell|say) (you )?(something|a lot|all you need to know)\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "As the pre-season letter said, …": the document held up as what they should have read
        # (the labelled sentences that open "As the <document> said/states": 15 of 15 condescending;
        # "X is the grower's job, not ours" alone is dismissive there, twice).
        "obvious",
        phrases.compile(
            r"^\s*as (the|our|your) [\w'’ -]{1,30} (said|says|stated|states|made clear|makes clear|explained|explains|set out|sets out|told you|tells you)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "doubt_ability",
        phrases.compile(
            r"\bif (you|your [\w-]{2,20}|he|she|they) (can't|cannot|can not|isn't able to|aren't able to|is unable to|are unable to) "
            r"(manage|handle|follow|cope with|grasp|master) (basic|simple|the (basic|simple|most basic))\b",
            re.IGNORECASE,
        ),
    ),
)
_MOVES_SCREEN_JA = phrases.Screen(_MOVES_JA)
_MOVES_SCREEN_EN = phrases.Screen(_MOVES_EN)
_FAMILIES_SCREEN_EN = phrases.Screen(
    (
        *_S27_EN,
        *_S30_EN,
        *_S31_EN,
        *_S32_EN,
        *_S34_EN,
        *_S35_EN,
        *_S39_EN,
        *_S41_EN,
        *_S42_EN,
        *_S43_EN,
        *_S44_EN,
        *_S45_EN,
        *_S46_EN,
        *_S47_EN,
    )
)
