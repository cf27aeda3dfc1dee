"""dismissive: 「サポート外です」「仕様です」 with nothing the customer can do next.

Families (ja / en): out_of_scope (「サポート対象外です」「当窓口の担当ではございません」 /
"we do not support", "not something this team deals with"), by_design (「仕様です」「設計どおりの
動作です」 / "by design", "working as intended"), refer_elsewhere (「〜については〇〇にお問い合わせ
ください」 / "please contact the manufacturer", "take that up with …"), policy_refusal
(「規定によりお受けできません」「お断りしております」「いたしかねます」 / "our policy does not
allow", "is not possible", "we can't help with").

Saying what we do not support is fine when the reply goes on to the need behind the
question: an alternative, a workaround, what we can do instead. A refusal that stops there
is a brush-off. Refusals tied to a condition (「書類が揃わなければ〜」) are the threat
rule's business, not this one's.

In Japanese the families are also read by shape, not only by listed words: a predicate that
declines to take or handle something (「〜はお受けしておりません」「応じられません」「〜は
できかねます。」), a rule or a nature given as the whole answer (「規約上できません」「仕様上の
動作です」「どうしようもありません」「回答は変わりません」), and a party that is not us named as
where to go (「詳しくは保健所にお問い合わせください」) with no handover (a contact, or that we
pass it on). A refusal clause that goes on with が、 to what we can do is an answer.

The families real agents use (session 7, written down before the rules changed; ja / en):
1. out of scope stated flatly — 「当方の業務の範囲ではありません」「受け付けていないんです」
   「プランには含まれません」 / "outside what our support covers", "isn't really our area",
   "is not a service we offer";
2. policy as the whole answer — 「決まりで〜できないことになっております」「規約どおり全額
   ちょうだいいたします」「規則で認められていません」 / "our terms state that …", "company
   policy is that …", "rules are rules";
3. "we can't" with nothing offered — 「〜は難しいです。」「無理です」「お応えしかねます」
   「どうにもできかねます」 / "we aren't able to", "that won't be possible", "isn't something
   we can do", "nothing more we can do";
4. pushed to another party with no hand-over — 「ご加入の保険会社でご確認ください」「カード
   会社の判断ですので、そちらで」 / "you'd need to speak to your bank", "reach out to the app
   store for refunds", "that's between you and the seller";
5. ignoring the question and answering another — not readable from one sentence; left to
   the learned layer and not claimed here;
6. a canned pointer as the whole answer — 「よくあるご質問のページをご覧ください」「ホーム
   ページに載っていますので、そちらを」 / "please refer to our FAQ", "covered in the help
   center" (a pointer to a place — 「FAQの5番」「添付のマニュアル」, "section 4" — answers);
7. closing the topic — 「これ以上のご説明はいたしかねます」「やり取りはこれで終わりとさせて
   いただきます」「結論は変わりません」 / "we consider this matter closed", "our decision is
   final", "nothing further to add".
Session 8: in a whole draft the way out may come a few sentences after the no (a sentence
of regret between): the next four sentences of the agent's own wording are read, closing
formulas (「よろしくお願いいたします」) are not a way out; a pointer "for more"
(「詳しくはマニュアルに記載しておりますので」) after an answer adds to it; a pointer as the whole
answer (「ホームページに詳しく記載しておりますので、ご覧ください」) is family 6.
Session 14 (walk 12 F-24): 「ご理解ください。」 / "Please understand." as the whole answer is
a wall (family wall) when no sentence of the mail offers a way; after a reason and an
alternative, 「ご理解いただけますと幸いです」 is a courtesy.
Session 20 (fresh-eval17: ja recall 8 of 21), the concern itself waved away — brush_aside
(「気にされなくて大丈夫です」「ご心配には及びません」 / "please don't worry about it"), minimise
(「よくあることです」「普通のことですので」「そういうものです」 / "perfectly normal", "part of the
experience"), refuse_to_look (「再査定はいたしません」「当社で対応するものではありません」 / "not
something we'd look into", "not a reason for a refund"), handed_back (「ご自身の判断でお願いし
ます」「諦めてください」「市役所にでも言ってください」 / "a matter for the council, not for us"),
closed by us (「当協会の判断で決めております」 / "our valuation is final"). Fine when the sentence
or the next ones settle the worry (「料金はかかりませんので、ご心配には及びません」, "we've already
refunded it") or give a way to come back (「続く場合はお電話ください」).
Session 21 (fresh-eval18: ja 8 of 20, en 2 of 10), doubt — the problem called unreal or not
ours: 「気のせいではないでしょうか」「個人の感じ方の問題かと存じます」「言われるのはお客様だけです」
「他のお子さまは問題なくできていますよ」「作業前からあったものと判断しております」「慣れれば気に
ならなくなります」「口を出さないでいただきたいです」 / "you'll get used to it", "no one else has
complained", "the scratch was there before we arrived", "it's in your head"; and in English a
refusal to discuss ("we're not discussing compensation", "isn't really our concern").
When the sentence also blames or reproaches (「何度お問い合わせいただいても同じです」), both are
named (session 21: a writer with no sight of the rules labelled 8 of 13 such sentences both); only
a problem called normal (minimise) is named once, as condescending.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import replace

from madoguchi.quality import phrases
from madoguchi.quality.lint.base import Document, Finding, Level
from madoguchi.quality.lint.rules.condescending import FEELING_NATURAL_JA, NOT_WORTH_ARGUING_EN
from madoguchi.quality.lint.rules.purpose_not_upfront import _words

ID = "dismissive"

_REFUSAL_JA = phrases.compile(
    r"サポート(対象)?外|対象外|範囲外|管轄外|保証(対象)?外|対応外|(に|は)?対応して(おり|い)ません|仕様(です|となって|となり|でござい|ですので|のため)|"
    r"(対応|お受け|ご提供|ご案内)(いたし|でき|し)かね|(対応|お受け|ご提供)できません|承って(おり|い)ません|(提供|実施|販売|取り扱|取扱|用意|発送|配送|受付|受け付け)(して|って|し|け)?(おり|い)ません|行って(おり|い)ません|受け付けて(おり|い)ません|"
    r"(沿い|応じ)かね|サポートを終了|どうすることもできません|"
    r"想定(されて|して)(おり|い)ません|(機能|サービス)は(ございません|ありません)|(は|も)(?![^。、]{0,8}(お答え|回答|判断|特定|把握))[^。、]{0,8}できません|"
    r"(メーカー|製造元|提供元|販売店|開発元|他社)[^。]{0,12}お問い合わせ(ください|いただけ)|"
    # fresh-eval50 s-ja-054: 「痛みが続くなら、うちではなく病院に行ってください」 — sent away, not to us.
    r"(うち|当店|当社|こちら|当院|弊社|当サロン|当施設)ではなく[^。]{0,12}(に|へ)(行って|ご相談|相談して|お問い合わせ|聞いて|お尋ね)|"
    # The families nobody listed above: out of scope, by design, sent elsewhere, refused by policy.
    r"担当(では|ではござい|外)|扱って(おり|い)ません|取り扱って(おり|い)ません|設計(どおり|通り)の(動作|仕様)|変更の予定は(ございません|ありません)|"
    r"(については|につきましては|の件は|に関しては)(?![^。]{0,30}(弊社|当社|私ども|こちら|当窓口))[^。]{1,30}(に|へ)(直接)?(お問い合わせ|ご相談|ご連絡|ご確認)(ください|いただけ|をお願い)|の(管轄|担当)ですので|"
    r"(?<!弊社)(?<!当社)(?<!こちら)(?<!当窓口)(に|へ)直接(お問い合わせ|ご相談|ご連絡)(ください|いただけ|をお願い)|"
    r"お断りして(おり|い)ます|お応えでき(ません|かねます)|(?<!お答え)(?<!回答)(?<!判断)いたしかねます|沿うことができません|(規定|方針)により[^。]{0,20}(お受け|お断り|できません|いたしかね)"
)
# The same families by their shape rather than their words: a predicate that declines to
# take, answer or handle something (お受け/お答え/ご回答/応じ … しておりません, 〜かねます,
# 応じられません), a rule or a nature given as the whole answer (規約上/仕様上/特性上 …,
# どうしようもありません, 回答は変わりません, 〜には含まれておりません), and a party that is not
# us named as where to go (〜にお尋ねください) with no handover.
_DECLINE_JA = phrases.compile(
    r"(お受け|お引き受け|お取り扱い|承り|ご対応|応じ|お応え)(して|いたして|し)?(おり|い)ません|(一切|(?<!つい)には、?)[^。]{0,6}(お答え|ご回答|回答)((して|いたして|し)?(おり|い)ません|(でき|いたし)(ません|かね))|"
    r"(応じ|お応え)られません|(?<!お答え)(?<!回答)(?<!判断)(?<!お伝え)(?<!お教え)でき(かねます|ません)。?\s*$|"
    r"(規約|仕様|制度|性質|特性|構造|運用|規定|契約|ルール)(上|の都合上)[、,]?[^。]{0,30}(できません|できかね|いたしかね|ございません|やむを得|どうしようも|動作です|お受け|お答え)|"
    r"どうしようも(ありません|ございません|ない)|どうにも(ならない|なりません)|やむを得ない(もの|こと)です|"
    r"回答は変わりません|ご回答は変わりません|(には|に)含まれて(おり|い)ません|以外では(ご利用|お使い)いただけません"
)
# Session 7: the families outside writers use and the lists above missed, by shape.
# - out of scope stated flatly: 「当方の業務の範囲ではありません」「受け付けていないんです」;
# - a rule as the whole answer: 「館の決まりで、再入場はできないことになっております」「規約どおり
#   全額ちょうだいいたします」「規則で認められていません」;
# - "we can't" with nothing offered: 「ご希望の日程での施工は難しいです。」「値引きは無理です」
#   「どうにもできかねます」;
# - pushed to another party with no hand-over: 「ご加入の保険会社でご確認ください」「開発元に聞いて
#   いただくのが早い」「カード会社の判断ですので、そちらでお願いします」;
# - a canned pointer as the whole answer: 「よくあるご質問のページをご覧ください」「利用ガイドに書いて
#   あるとおりです」 (not 「FAQの3番の手順」: a pointer to a place is an answer);
# - closing the topic: 「これ以上のご対応はいたしかねます」「やり取りはこれで終わりとさせていただきます」
#   「結論は変わりません」「何度お問い合わせいただいても、お答えは同じです」.
_FAMILIES_S7_JA = phrases.compile(
    r"(業務|対応|サポート|保証|サービス|当店|当方|弊社)?の?(範囲|対象|担当|領分|管轄)(では|じゃ)(ありません|ございません|ない)|領分です|"
    r"受け付けて(い)?ない(んです|です|。)|(やって|扱って|行って|お出しして|開示して|公開して|お伝えして|お教えして|提供して|ご用意して)(い)?ないんです|"
    r"(決まり|規則|規約|ルール|方針|規定|約款)(で|により|上|として|どおり|通り)[、,]?[^。]{0,30}(できない|できません|認め(て|られて)(おり|い)ません|いただきます|ちょうだい(いた)?します|ことになって(おり|い)ます)|"
    r"(には|に|は)含まれ(ません|ないんです)|(応じ|お応え)て(おり|い)ません|(お応え|応じ)(いたし|し)かね|"
    r"認め(て|られて)(おり|い)ません|(?<!お伝えできない)(?<!お答えできない)(?<!お教えできない)(?<!回答できない)(?<!ご案内できない)ことになって(おり|い)ます。?\s*$|"
    r"難しい(です|状況です|かと存じます|と存じます)。?\s*$|無理(です|でございます|なんです)|どうにも(でき|いたし)かね|"
    r"(会社|業者|メーカー|開発元|提供元|販売元|銀行|カード会社|プロバイダー?|キャリア|ストア|役所|市役所|区役所|保健所|管理会社|大家)(さん|様)?(で|に|へ|のほう(で|に|へ))[^。]{0,10}(ご確認|お確かめ|お調べ|お問い合わせ|聞いて|お尋ね|ご相談)|"
    r"(お|ご)?(判断|管轄|担当|責任)(です|になります|となります|でございます)ので[、,]?(そちら|先方)|(そちら|先方)で(お願い|ご確認|ご判断)|"
    r"(?<!添付の)(?<!同封の)(?<!下記の)(?<!以下の)(FAQ|ＦＡＱ|よくある(ご)?質問|ヘルプ(センター|ページ)?|ホームページ|ウェブサイト|公式サイト|マニュアル|利用ガイド|ご利用ガイド|取扱説明書|説明書)(の(ページ|サイト))?(を|で|に|から)?[、,]?(ご覧|ご確認|ご参照|参照|お読み)(ください|いただけますでしょうか|願います|をお願い)|"
    r"(FAQ|ＦＡＱ|よくある(ご)?質問|ヘルプ(センター|ページ)?|ホームページ|ウェブサイト|公式サイト|マニュアル|利用ガイド|ご利用ガイド|説明書|取扱説明書|サイト|ページ)に[^。]{0,10}(記載|掲載|書いて|載って|まとめて)(して|いたして)?(おり|あり|い)ます(ので|から)[、,]?[^。]{0,8}(そちら|ご覧|ご確認|ご参照|お読み)|"
    r"サポートして(おり|い)ません|サポート(いたし|し)かね|ことは(でき|いたし)かねます(ので|。|$)|"
    r"(書いて(あり|い)ます|書いてある|記載の|記載して(おり|い)ます|載って(おり|い)ます)(とおり|通り)(です|でございます)|"
    r"これ以上の?(ご)?(対応|回答|ご回答|ご説明|説明|お答え)は(いたしかね|できかね|致しかね|でき(ません)|控え)|"
    r"(やり取り|やりとり|お問い合わせ|ご連絡)は[^。]{0,10}(終わり|終了|最後|打ち切り)とさせて|結論は変わりません|"
    r"(お答え|回答|ご回答|結論)は(同じ|変わりません)|何度[^。]{0,20}(同じ|変わりません)"
)
# Session 13: the families in the wordings the lists above missed (fresh-eval10, now training
# data; the new hand sentences of sentences_ja_s13_01.jsonl):
# - out of scope as a disclaimer: 「当社は一切関知いたしません」「当店とは関係ございません」;
# - can't help, as a stance or a limit: 「お答えする立場にございません」「料金表に記載している
#   以上のことは、お答えできません」「その点についてはご回答いたしかねます」;
# - go elsewhere with no route: 「〜に直接聞いてください」「税理士さんにお尋ねいただく内容かと
#   存じます」 (the party named, no contact, no handover);
# - handed back to the customer: 「当事者同士で解決していただくことになります」;
# - closing the matter: 「貴重なご意見として承っておきます」「〜と言われましても。」.
_FAMILIES_S13_JA = phrases.compile(
    r"(一切|何ら)?(関知|関与)(いたし|し)(ません|ておりません|かねます)|(当社|弊社|当店|弊店|当院|当方|私ども|当事務所)(と|に)は[^。]{0,6}(関係|無関係|関わり)(が|は)?(ございません|ありません|ない)|"
    r"(お答え|ご回答|回答|判断|コメント|ご説明|申し上げ)(する|できる|いたす|を差し上げる)立場に(は)?(ございません|ありません|ない)|"
    r"(以上|以外)の(こと|内容|点|ご質問)(は|には|について(は)?)[、,]?[^。]{0,10}(お答え|ご回答|回答|ご説明|ご案内)(でき|いたしかね|しかね|を控え)|"
    r"(お尋ね|お問い合わせ|ご相談|ご確認|お聞き)(いただく|される|なさる|いただくべき)(内容|もの|こと|ご質問|べき)(か|だ|で)(と存じます|と思います|ございます|です)|"
    r"(当事者|ご当人|お客様|ご本人|近隣の方)(同士|間|どうし)で[^。]{0,12}(解決|話し合|ご相談|ご対応)|"
    r"(ご意見|ご要望|ご指摘|お声)として(承って|伺って|受け止めて|お聞きして|頂戴して)おきます|"
    r"(と|って)(言われ|おっしゃられ|おっしゃい|申され)(まして)?も[。！!…]*\s*$"
)
# Session 26 (fresh-eval23's misses): a refusal to answer stated flatly at the end
# (「講座の内容ではありませんので、お答えしておりません」), the outcome left to the customer's
# own effort (「上達するかどうかはご本人の努力次第です」), and asking again declared useless
# (「何度お電話をいただいても、到着時間は早まりません」).
_FAMILIES_S26_JA = phrases.compile(
    r"(お答え|ご回答|回答)(は)?(して|いたして)(おり|い)ません。?\s*$|"
    r"(ご本人|お客様|ご自身|ご自分|生徒さん|お子さま|お子様)(様)?(の|さんの)?(努力|やる気|練習|心がけ|心掛け|頑張り|がんばり)(次第|によります|による)|"
    # A concern waved aside as small with nothing checked (fresh-eval24, read after its scoring):
    # 「へこみがある程度なら、遊ぶ分には問題ないはずです」「〜とのことですが、特に問題はないかと
    # 思います」「気にされる必要はないかと存じます」「夜中の物音くらいは、お互いさまです」.
    r"(程度|くらい|ぐらい|とのことですが|ご心配ですが|ご指摘ですが)[^。]{0,40}問題(は)?(ない|ありません|ございません)(はず|かと(思い|存じ)ます|と思います)|"
    r"(お?気に|ご?心配)(される|なさる|する|なされる)必要(は|も)(ない|ありません|ございません)|"
    # fresh-eval51 s-ja-123: 「ご不安に思われる必要はありません」.
    r"ご?(不安|心配)に(思われる|お思いになる|思う|感じられる|感じる|なられる|なる)(必要|こと)(は|も)(ない|ありません|ございません)|(くらい|ぐらい|程度|など)は?[、,]?[^。]{0,20}お互い(さま|様)(です|でございます)|"
    r"(改めて|再度|重ねて)の?(ご)?説明は(控え|差し控え|いたしかね|できかね)|"
    r"何度[^。]{0,20}(いただいても|頂いても|されても|なさっても|くださっても)(?![^。]{0,12}(構いません|かまいません|大丈夫|結構です|歓迎|お気軽|遠慮なく))[、,]?[^。]{0,30}(ません|ない)。?\s*$"
)
# Session 27 (fresh-eval25 and fresh-eval26, read after their scoring): the price said to be
# the going rate so comparing is pointless (「他社と比べていただいても変わらないと思います」),
# a breakdown withheld with no reason (「内訳を公開する予定はありません」), nobody else has
# complained so it must be fine (「ほかのお客様からは同じようなご指摘はいただいておりません」),
# not ours to have a view on (「当社が口を出す話ではございません」), they will get used to it
# (「どのお子様もすぐに慣れますので」) and 「無理なものは無理です」.
_FAMILIES_S27_JA = phrases.compile(
    # fresh-eval48 s-ja-052: no duty of ours (「読み方までは、こちらで確認する義務はございません」);
    # 「返金する義務はございませんが、今回は…」 goes on to a goodwill gesture and stays out.
    r"(確認|対応|お答え|回答|ご説明|説明|返金|補償|保証|調査|連絡|ご連絡)(する|いたす|させていただく)?義務は(ございません|ありません|ない)(?![^。]{0,4}(が|けれど|けど))|"
    r"(比べ|比較し|お比べ)(ていただいても|ても|られても|になっても)[^。]{0,10}(変わらない|変わりません|同じ)|"
    r"(内訳|理由|基準|詳細|根拠|内容)(を|について(は)?)[^。]{0,6}(公開|開示|お答え|ご回答|回答|ご説明|説明|お伝え)(する|いたす)予定は(ありません|ございません)|"
    r"(ほか|他|別)の(お客様|お客さま|方|利用者|会員|ご家庭|学校)[^。]{0,4}(から|で|に)は?[^。]{0,20}(いただいて(おり|い)ません|ございません|ありません|出て(おり|い)ません|聞いて(おり|い)ません|寄せられて(おり|い)ません)(ので|から)|"
    r"(当社|弊社|こちら|私ども|うち|当店|当方)(が|から|として)[^。]{0,4}(口を出す|口出しする|関与する|関わる|立ち入る|とやかく言う|申し上げる)(話|こと|筋合い|立場|もの)では(ありません|ございません|ない)|"
    r"(どの|どなたも|皆さん|みなさん|皆様|たいていの|ほとんどの)[^。]{0,10}(すぐに|そのうち|自然に|じきに|だんだん)[^。]{0,4}(慣れ|馴染|なじ)|"
    r"(無理|できない|ダメ|だめ)な?もの(は|も)[、,]?(無理|できない|ダメ|だめ|できません)"
)
# Session 29 (fresh-eval29/30, read after their scoring): the refusal as a tautology
# (「こちらで洗っても落ちないものは落ちません」, 「在庫がないものはございません」), and a property
# of the goods given as the whole answer, to be accepted (「色や香りは年によって違いますので、
# ご理解ください。」).
_FAMILIES_S29_JA = re.compile(
    r"([ぁ-ん一-龥]{1,4}?)(ない|ません)もの(は|も)[、,]?\1(ません|ない)|"
    r"^[^。]{2,40}(ので|ため)[、,]\s*(何卒|なにとぞ|どうか)?ご理解(ください|下さい|くださいませ)[。！!]?\s*$"
)
# Session 30 (fresh-eval31/32, read after their scoring): the question itself called a
# bother (「当店にお問い合わせいただいても困ります」「そこを問題にされても困ります」, 11 of 11
# labelled dismissive), "that's how X is" (「剥製とはそういうものです」「どの犬も最初はそんな
# ものです」, 10 of 10), nothing can be done or looked into (「調べようもございません」,
# 「どうしようもありません」, 9 of 9), and the report itself waved away (「崩れたことについての
# ご指摘はご容赦ください」).
_FAMILIES_S30_JA = re.compile(
    r"(されて|いただいて|頂いて|されまして|言われて|おっしゃられて|仰られて)も(困ります|困るのです|困るんです)|"
    r"(そんな|そういう|こういう)もの(です|だ|でございます|ですので|ですから)|"
    r"(調べ|確かめ|確認し|お調べし|対応し|手の打ち)(よう|様)も(ない|ありません|ございません)|"
    r"どうしようも(ない|ありません|ございません)|"
    r"ご指摘(は|については)[^。]{0,4}(ご容赦|お控え)"
)
# Session 31 (fresh-eval33, read after its scoring): an answer withheld (「今回のお問い合わせへの
# 個別の回答は控えます」), the request called unreasonable (「常識的に考えても無理のあるお話です」),
# the customer sent to another shop (「ほかの教室をお探しになったほうがよろしいかと」), and what
# happens after we hand it over disclaimed (「お届けした後のことまでは責任を負えません」).
_FAMILIES_S31_JA = re.compile(
    r"(?P<closed>(個別の|個々の|今回の)?(ご)?(回答|返答|お答え|ご説明|説明|コメント)は(差し)?控え(ます|させて|いたします|ております|ることと))|"
    # fresh-eval53 s-ja-005: what cannot be undone, and 「ご了承ください」 as the whole answer
    # (「失効したポイントは元に戻せませんので、ご了承ください」).
    r"(?P<refused>(元に戻せ|戻せ|取り消せ|取り戻せ|復元でき|復活でき|再発行でき)(ません|ない)(ので|ため)[、,]?[^。]{0,6}(ご了承|ご理解)(ください|くださいませ|願います)|"
    r"無理の?ある(お話|話|ご要望|ご依頼|ご要求|ご相談|お申し出)|(常識的に|普通に|一般的に)考えて(も)?[^。]{0,12}(無理|難しい|ありえ|あり得))|"
    # fresh-eval56 s-ja-077: 「何もお答えできません」 — nothing at all will be said (not 「現時点では」,
    # which is a not-yet for unknown_without_followup).
    r"(?P<closed2>^(?![^。]*(現時点|現在|現段階|今のところ|まだ|調査中|確認中))[^。]*何も(お答え|申し上げ|お伝え|ご説明)(でき|いたしかね|いたせ|られ))|"
    # fresh-eval57 s-ja-057: nothing more will be said, as our part (「担当者としてお話しできること
    # はありません」; the labelled 「当社からお答えすることはございません」「これ以上お答えすることは
    # ございません」 are dismissive, 「現時点でお伝えできることは」 a not-yet for unknown_without_followup).
    r"(?P<closed3>^(?![^。]*(現時点|現在|現段階|今のところ|まだ|調査中|確認中))[^。]*((当社|弊社|こちら|私ども|当店|当方|私|わたくし)(から|として)|担当(者)?として|これ以上|それ以上|特に)[^。]{0,8}"
    r"(お答え|お話し?|ご説明|申し上げ|お伝え)(する|できる|いたす|いたせる)こと(は|も)[^。]{0,4}(ありません|ございません))|"
    # fresh-eval57 s-ja-035: their matter to be forgotten (「プラン変更のお話はいったん忘れていただいて
    # 結構です」).
    r"(?P<brush2>(お話|ご要望|ご相談|ご希望|ご心配|ご不安|件)(は|も)[^。]{0,8}忘れて(いただいて|くださって|いただければ|いただ(き|く)のが)[^。]{0,4}(結構|構いません|大丈夫|よい|良い|いい))|"
    # fresh-eval55 s-ja-032: take it or go elsewhere (「ご理解いただけないのであれば他社の製品をお選び
    # ください」).
    # fresh-eval56 d-ja-016: 「ご納得いただけないようでしたら、他のお店で査定を受けてみられては」.
    r"(?P<elsewhere>(ご理解|ご納得|ご了承|ご満足)(いただけ|頂け|され)(ない|ません)(の|よう)?(であれば|でしたら|なら|場合は)[、,]?[^。]{0,20}"
    r"(他社|他店|他の(お店|業者|会社|メーカー|製品|サービス)|よそ|別の(お店|業者|会社|メーカー|製品|サービス))|"
    r"(ほか|他|別)の(教室|店|お店|業者|会社|サロン|スクール|ところ|病院|クラブ|工房|ショップ|業者さん)(を|で|に)[^。]{0,4}"
    r"(お探し|探して|ご検討|ご利用|当たって|あたって|お求め)((になった|いただいた|された|いただく|になる)(ほう|方)が|いただければ|ください|になっては|されては))|"
    # Session 35 (fresh-eval39 s-ja-109): another party's remit as the whole answer (「決済会社の管轄
    # なので、こちらでは答えられません」).
    # fresh-eval40 (session 35): bad luck as the whole answer (「運が悪かったとしか言いようがありません」),
    # and "if it bothers you, stop taking it" (「気になるようでしたら、飲むのをやめてください」).
    # 「何度洗っても戻らないものは戻りません」: what won't come back won't — a tautology as the
    # answer ("they are what they are"; a retrain in session 41 stopped carrying it).
    r"(?P<minimise>(戻らない|直らない|取れない|落ちない|消えない|治らない|変わらない)ものは[、,]?[^。]{0,4}(戻り|直り|取れ|落ち|消え|治り|変わり)ません|運が悪かった(と|だけ|ですね)|(と|って)しか言いよう(が|も)(ありません|ない|ございません)|"
    r"気になる(よう|の)(でしたら|なら)[、,][^。]{0,16}(やめて|おやめ|中止して|控えて)(ください|いただ))|"
    # fresh-eval54 s-ja-012: another party's handling as the reason we do not know (「銀行側の
    # 処理となりますので、当社では分かりません」); s-ja-068: 「参考値ですので、お気になさらず」.
    r"(?P<brush>(側|さん|様)の(処理|管理|管轄|責任|問題|対応)(と|に)?(なり|なって|です|でございます|なので|ですので)[^。]{0,12}(分かりません|わかりません|存じません|お答えでき)|"
    # fresh-eval62 s-ja-016, s-ja-159: another party's remit as the reason we do not know, and
    # the customer left with it (「配送センターの管轄になりますので、当方では把握しておりません」
    # 「本部のシステムの話ですので、店舗では分かりかねます」); not when we go on to ask them.
    r"(?<!弊社)(?<!当社)(?<!当店)(?<!当方)(センター|本部|本社|工場|メーカー|会社|銀行|役所|協会|事務局|オーナー|先方|部門|部署|部|課|委託先|業者|システム)の(管轄|話|こと|担当|所管|範疇|管理)(に|と)?(なります|なりまして|です|でございます)?(ので|から)[、,]?"
    r"(当方|こちら|店舗|当店|弊社|当社|私ども|窓口|当窓口)(で|側)?(は|では)[^。]{0,8}(把握(して|いたして)(おり|い)ません|分かりかねます|わかりかねます|分かりません|わかりません|存じません|お答えのしようが|お答えしようが)"
    r"(?![^。]{0,40}(確認|問い合わせ|お問い合わせ|お調べ|ご連絡|お知らせ|ご案内|お伝え))|"
    r"(ですので|なので|ですから|ものですから)[、,]?(あまり)?(お気になさらず|気にしないで|気になさらないで)(ください|くださいませ)?[。]?$)|"
    # fresh-eval53 s-ja-127: 「そこまでのお手伝いは事務局の仕事ではありません」.
    r"(?P<scope>(そこまで|それ|そちら|その(よう|件|辺))[^。]{0,16}(事務局|当社|弊社|当店|私ども|こちら|当方|窓口|私)の(仕事|業務|役目|役割|担当)では(ありません|ございません|ない)|"
    r"(管轄|担当|領分|所管)(なので|ですので|のため|ですから)[、,]?[^。]{0,12}(答えられ|お答えでき|回答でき|お答えいたしかね|ご回答いたしかね)(ません|かね)|のことまで(は|も)[、,]?[^。]{0,12}(責任|保証|補償)(を|は|も)?(負え|持て|負いかね|いたしかね|できかね))|"
    # Session 34 (fresh-eval37): the complaint set aside as one nobody else makes (「これまで同様の
    # ご指摘はほとんどございません」) or a price everyone charges (「どこもこのくらいですよ」).
    r"(?P<others>(これまで|今まで|過去に|ほかのお客様|他のお客様)[^。]{0,8}(同様の|同じ|そのような|このような)(ご指摘|ご意見|苦情|お問い合わせ|クレーム|事例|お声|ご相談)は"
    r"(ほとんど|一度も|一件も|まったく|全く|特に)?(ございません|ありません|ない|いただいておりません|いただいていません|受けておりません)|"
    # fresh-eval42 s-ja-071: 「〜というご意見は、これまで特にいただいておりません」.
    r"(という|との|といった)(ご意見|ご指摘|苦情|お声|ご要望|クレーム)は[、,]?[^。]{0,4}(これまで|今まで|過去に|ほかに|他に|特に|一度も)[^。]{0,6}(いただいておりません|いただいていません|ございません|ありません|届いておりません|受けておりません)|"
    r"どこ(の(お店|店|会社|業者))?も(この|その|それ|同じ)(くらい|ぐらい|程度|値段|金額)(です|ですよ|でございます|かと))|"
    # fresh-eval38 (session 34): the matter handed back (「当日の雨天対応は、そちらで考えていただく
    # ことになります」).
    r"(?P<theirs>(そちら|お客様|ご自身)(様)?(で|側で|のほうで)[^。]{0,6}(考えて|ご判断|判断して|決めて|ご検討|ご対応|対応して|ご手配|手配して|ご用意|用意して)"
    r"(いただく|もらう)(ことになります|しかありません|ほかありません|形になります|ことになっております)|"
    # fresh-eval44 s-ja-070, s-ja-150: 「〜はご自分でやってください」「期限は、そちらで調べていただけ
    # ますか」 — the question handed back to the one who asked it.
    r"(ご自分|ご自身|お客様ご自身)で(やって|なさって|設定して|調べて|お調べ)(ください|下さい|いただけ)|(そちら|そちら様|お客様)(で|のほうで|側で)(調べて|お調べ)(ください|下さい|いただけ)|"
    # fresh-eval45 s-ja-150: 「障子の張り方は、動画サイトでも見て覚えてください」.
    r"(動画|動画サイト|ネット|インターネット|YouTube|ユーチューブ)(でも|ででも|なりで)[^。]{0,6}(見て|調べて|検索して)|"
    # s-ja-033: 「台風の時は、どの家でも多少の雨漏りはするものです」.
    r"どの(家|お宅|建物|家庭|車|製品|お店|会社)でも[^。]{0,16}(する|なる|起きる|ある|出る)ものです|"
    # fresh-eval46 (session 37): the matter left to them as the way things are done (「ご近所
    # からの苦情は、施主様のほうで対応していただく形になります」), someone else's problem and not
    # ours (「それは市場の問題であって当社の問題ではございません」), a defect to be taken as charm
    # (「デザインの味だと思っていただければ」), a no trailing off (「こちらでは何とも。」), and
    # another department as the reason we do not know (「担当部署が違うので分かりません」).
    r"(様|さん)?(のほう|の方|側)で[^。]{0,4}(対応して|ご対応|処理して|解決して|話し合って|お話し合い|ご相談)(いただく|もらう)(形|こと)に(なります|なっております)|"
    r"(の|が)問題であって[、,]?[^。]{0,6}(当社|弊社|当店|こちら|私ども|当方)の(問題|責任)では(ございません|ありません|ない)|"
    r"(味|個性|風合い|愛嬌|ご愛嬌|手作り感)(だ|である|として)と?(思って|お考え|とらえて|捉えて|お受け止め)(いただければ|いただけると|ください)|"
    r"(こちら|当社|弊社|当店|私ども)(で|として)は何とも[。．…]*$|"
    r"(担当|部署|部門|課)が(違う|異なる|別な)(ので|ため|から)[、,]?[^。]{0,6}(分かりません|わかりません|存じません|お答えできません|知りません))"
)
_OUR_SIDE_JA = re.compile(
    r"弊社|当社|私ども|こちら|当窓口|担当|当店|弊店|当院|当事務所|当課|係|わたくし|私|店頭|フロント|受付|"
    # 「2月末の締切までに窓口へお持ちいただけますか」: the window, named without another's の,
    # is ours (fresh-eval64 s-ja-064; 「市役所の窓口に」 is not).
    r"(^|[にへでは、])窓口$"
)
_ELSEWHERE_JA = re.compile(
    # (「修理はお近くの整備工場にご依頼ください」 after 「当社に責任はございません」: hdr-02-033.)
    r"(?P<party>[^、。\s「」]{1,14})(に|へ)(直接)?(お尋ね|お問い合わせ|お問合せ|ご相談|ご依頼|お持ち込み|お持ち|聞いて|お聞き|言って|おっしゃって|お申し出)(ください|いただけ|をお願い)"
)
_WISH_CONDITION_JA = re.compile(
    r"(たい|ご希望|お望み)(なら|のなら|場合|の場合|のであれば|ようでしたら)"
)
_HANDOVER_JA = re.compile(
    r"\d{2,4}-\d|https?://|ＵＲＬ|URL|連絡先|窓口は|平日|\d{1,2}(時|:\d\d)[〜~～\-ー]|受付時間|無料(の)?(電話)?相談|電話番号|お伝えして(おき|あり)|お繋ぎ|おつなぎ|ご紹介|引き継|こちらから(も)?(連絡|ご連絡|お伝え)"
)
_REFERRAL_JA = re.compile(r"(に|へ)(直接)?(お尋ね|お問い合わせ|お問合せ|ご相談|聞いて|お聞き)")
# fresh-eval40 (session 35): the way we do take it (「教室の包丁をお使いください」「元払いで送って
# ください」).
_WAY_WE_TAKE_JA = r"(を|で)(お使い|ご利用|お送り|送って|お持ち)(ください|いただ)"
_ALTERNATIVE_JA = re.compile(
    r"代わり|代替|回避|別の方法|方法|ご案内(いたし|し|でき)|ご提案|ご紹介|お手伝い|いただけます|できます|可能です|交換いたし|承ります|承って(おり|い)ます|"
    r"であれば|でしたら|なら|手順|以下|下記|お手続き|(?<!お願い)(?<!お願い申し上げ)いたします(?!が)|ご利用ください|可能で|ことができ|いただければ|お選びいただけ|"
    # 「なお、自動バックアップが有効になっていれば、そちらから戻せる可能性があります」: a way
    # left open, in the shape outside writers give it (session 8).
    r"(れ|て)ば[、,][^。]{0,40}(可能性|でき|戻せ|使え|ご利用)|可能性がございます|可能性があります|お送りします|お作りします|ご用意します|お直しします|お調べします|確認いたします|お力になれ(る|ます)|"
    # Session 33 (fresh-eval35 s-ja-026): 「真贋については、〜へのご相談をおすすめします」.
    r"(すすめ|勧め|薦め)(します|いたします|して(おり|い)ます|申し上げます)|"
    # fresh-eval49 s-ja-118: the paid way offered after the no (「有償修理でよろしければ、お見積りは
    # 無料で3営業日以内にお出しします」).
    r"よろしければ[、,][^。]{0,40}(お見積|修理|交換|お出し|お作り|お送り|手配|ご用意|承)|"
    + _WAY_WE_TAKE_JA
)
# 「返却できなかった場合の延長料金は、返金の対象外となります」: a case that names what is
# refused (場合の + noun) is the scope of the no, not a condition the customer can meet.
# 「少ないと感じるのは」 is a feeling reported, not a condition (fresh-eval21 s-ja-041).
_CONDITION_JA = re.compile(
    r"なければ|ないと(?!いう|言|の|感じ|お感じ|思|おっしゃ|伺|聞|考え|判断|存じ|認識)|ない場合(?!の)|なかった場合(?!の)"
)
# "unable to say whether/when …" does not know; it refuses nothing (unknown_without_followup's
# business): a negative look-ahead after each "(not) able to" of _REFUSAL_EN (session 16).
_NOT_KNOWING_EN = r"(?! (say|tell|confirm|predict|know|estimate|determine|guarantee|promise|give (you )?(a|an|any)) (you )?(yet |for (sure|certain) |exactly |now |at this (point|stage|time) )?(whether|when|why|if|how (long|much|many|soon)|what time|which|what|the (date|time|cause|reason))\b)"

_REFUSAL_EN = phrases.compile(
    r"\b(not supported|isn't supported|is unsupported|outside (the |our )?(scope|support)|out of (our )?scope|working as (intended|designed)|"
    r"by design|expected behaviou?r|nothing we can do|(not|isn't|is not) something (we|i) can (control|do|help with|change)|out of our hands|"
    r"not our (problem|responsibility)|we (do not|don't) (offer|support|provide)|"
    # fresh-eval42 s-en-023: "That's above my pay grade, I'm afraid."
    r"(above|beyond) my pay ?grade|not my (department|problem|job|call)\b|"
    # fresh-eval45 s-en-003, d-en-010: "… is your contractor's job, not ours"; "is outside what we
    # can help with".
    r"(is|'s|’s) your [\w' -]{1,25}(job|problem|call),? not ours\b|outside what we can (help with|do|deal with|cover)\b|"
    # fresh-eval64 s-en-014 (as "Another appraiser's figure is their business, not ours"): what
    # another party does is "their business".
    r"\b(that|it|this|which) (really |simply |just )?(is|'s|’s) (really |simply |entirely |just )?(their|his|her) (own )?(business|affair|lookout)\b|"
    # fresh-eval64 s-en-021: "so there's really no question of the readings being off".
    r"\b(there's|there is|there’s) (really |simply |just )?no question of (the |our |it |them |that )?[\w ]{0,20}\bbeing (off|wrong|faulty|inaccurate|at fault|the cause|to blame)\b|"
    # fresh-eval61 s-en-018: "Mould in the crawlspace is outside what we were hired to do."
    r"outside what (we|i) (were|was|are|am) (hired|contracted|engaged|booked|paid|asked) to (do|cover|fix|look at)\b|"
    # fresh-eval46 s-en-059 (session 37): "so we don't see what the problem is".
    r"(we|i) (don't|do not|can't|cannot|fail to) see what the (problem|issue|fuss|complaint) (is|was)(?=\s*[.!]?\s*$)|"
    # fresh-eval43 s-en-022, s-en-077: "we won't look at it", "is really a family matter".
    r"we (won't|will not|don't|do not) (look at|touch|work on|service) (it|them)\b(?! (until|before|unless|once|if|after|for)\b)|(is|'s|’s) (really|simply|purely) (a|an) (family|private|personal|domestic) matter|"
    r"we (cannot|can't|are unable to|are not able to) (help|assist|change|offer|support|do)|contact the (manufacturer|vendor|provider|developer|third party)|"
    r"not something (this team|we|our team) (deals?|handles?) with|is not possible|isn't possible|^\s*(that's |that’s |that is |it's |it’s |it is )?not happening(?=[.!]?\s*$)|take (that|this|it) up with|policy does not allow|^\s*for [^,]{3,80}, please contact|"
    # Out of scope and sent elsewhere, in the shapes nobody listed: who does not do what.
    r"not something (?:[\w']+ ){0,3}(deals? with|handles?|gets? involved in|covers?|advises? on|can help with|provides?|offers?)|"
    r"(we|our [\w-]+( [\w-]+)?) (do not|don't|does not|doesn't) (handle|advise on|deal with|cover|get involved in|offer|provide|take on|accept)|"
    r"should be (raised|taken up|addressed|directed|discussed) (directly )?with|falls? outside|not (within|part of) (our|the) (remit|scope|service)|"
    r"(is|are) (a matter|something) for (the|your)\b|"
    # "We can't" with any verb of granting, and the same refusal by shape: "we're not in a
    # position to", "is not available for", "that's simply how it works", "you'll have to
    # contact them" (another party, no handover).
    # Session 16 (fresh-eval13 s-en-067): "we are unable to say whether insurance will cover
    # this" does not know; it refuses nothing (unknown_without_followup's business).
    r"(we|i)( are|'re|’re|'m| am)? (not in a position to|unable to|not able to)"
    + _NOT_KNOWING_EN
    + r"|"
    r"(we|i) (cannot|can't|can not|won't be able to|will not be able to|are not able to) (extend|accommodate|refund|accept|offer|provide|arrange|allow|grant|waive|exchange|replace|process|approve|guarantee|honou?r|agree|move|transfer|reopen|reverse|make an exception|investigate|look into|comment on|intervene|get involved)|"
    # Session 14 (fresh-eval11, training data): the decision said to stand as the answer.
    r"(the|this|that|your) (charge|fee|fine|penalty|decision|cancellation|deduction|bill|invoice) (stands|will stand|remains? (in place|as (it is|is)|unchanged))|"
    r"(is|are) not (available|offered|permitted|allowed|possible) (for|on|with|in|once|after)|(that's|that is|this is|it's|it is) (simply |just )?(how|the way) (it|this|the system|our system|things) (works?|is|are)|"
    r"you('ll|’ll| will)? (have|need) to (contact|call|ask|speak to|talk to|write to|get in touch with|take it up with|raise it with) (them|the \w+|your \w+)(?! (and|so|to|for|with) )|"
    r"should (go|be sent|be directed|be addressed) (directly )?to (your|the) \w+|"
    # Session 7, by family: a rule as the whole answer ("rules are rules", "our terms state
    # that …"), "we can't" with nothing offered ("we aren't able to", "that won't be
    # possible", "isn't something we can do"), pushed to another party ("you'd need to speak
    # to your bank", "reach out to the app store for refunds", "that's between you and the
    # seller"), a canned pointer as the whole answer ("please refer to our FAQ", "covered in
    # the help center"), and closing the topic ("we consider this matter closed", "our
    # decision is final", "nothing further to add").
    r"outside (what|the things) (we|our [\w ]{1,20}) (cover|covers|handle|handles|deal with|deals with|support|supports)|(isn't|is not|isn’t|not) (really )?(our|my) (area|department|remit|responsibility|field)|"
    r"(is|are) not (a|an) (service|option|feature|thing|something)s? (that )?(we|our [\w ]{1,20}) (offer|offers|provide|provides|support|supports|do|does)|"
    r"rules are rules|(that|this) is (our|the) (policy|rule)|(our|the) (terms|policy|rules|t&cs|terms and conditions) (clearly )?(state|say|says|specify)|(company|our) policy is that|"
    r"(we|i)( are|'re|’re|'m| am)? (aren't|are not|am not|not) able to"
    + _NOT_KNOWING_EN
    + r"|(won't|will not|wouldn't) be possible|(isn't|is not|isn’t) something (we|i) can (do|help with|offer)|nothing (more|else|further) (we|i) can do|"
    r"you('d|’d| would)? (need|have) to (speak|talk) to (your|the) \w+|(reach out to|contact|get in touch with|ask|speak to) (the|your) [\w ]{1,20} for (refunds?|that|this|a refund|questions)|between you and (the|your) \w+|"
    # "Read the terms before bidding": advice on the customer's next act, not a pointer instead
    # of an answer (session 16, fresh-eval13 s-en-055); "before contacting us" still is one.
    r"(refer to|see|check|read|consult) (our|the) (faq|faqs|help ?cent(er|re)|help pages?|knowledge ?base|user (manual|guide)|manual|documentation|docs|website|terms)(?! (section|page|article|under|at|here|below)\b)(?! (carefully )?before (?!(contacting|asking|emailing|calling|writing|reaching|messaging|complaining|sending)\b)\w+ing\b)|"
    r"(covered|answered|explained|described|found) in (our|the) (faq|faqs|help ?cent(er|re)|help pages?|knowledge ?base|user (manual|guide)|manual|documentation|docs|website|terms)(?! (section|page|article|under|at|here|below)\b)|"
    # Session 13: a disclaimer ("not our concern", "nothing to do with us"), the policy as a
    # wall ("we simply follow the policy", "we're only following the rules"), the matter shut
    # ("there is nothing more to discuss", "we will leave it there").
    # Session 32 (fresh-eval34 s-en-006): "Errors in the family tree you supplied aren't our
    # responsibility."
    r"(not|(is|are|was|were)n['’]t) (our|my) (concern|business|affair|issue|department|responsibility)|(has |have )?nothing to do with (us|our \w+)|"
    # fresh-eval48 s-en-059: "… is on you, not us." ("not our fault" stays condescending's
    # disclaim, as the labelled sentences have it.)
    r"(is|was|'s|’s) on you,? not (on )?us|"
    r"(we|i)( are|'re|’re| am|'m)? (simply|just|only) (follow|following|apply|applying|go by|going by) (the|our) (policy|policies|rules|terms|procedure)|"
    r"nothing (more|further|else) to (discuss|say|add)|(we|i)('ll|’ll| will| must| have to) leave it (there|at that)|"
    r"consider (this|the) (matter|case|issue|complaint) (closed|resolved)|decision is final|nothing (further|more) to add|(won't|will not) be (discussing|corresponding|responding)|no further (correspondence|discussion)|(this|the) (matter|case) is (now )?closed)\b",
    re.IGNORECASE,
)
# "…unless you choose a pickup point": the option, said (a way out for _ALTERNATIVE_EN and _BUT_THEN_EN).
_UNLESS_YOU_CHOOSE_EN = (
    r"unless you (choose|prefer|opt|ask|request|pay|book|select|would like|want)\b"
)
_ALTERNATIVE_EN = re.compile(
    # "we can't investigate" is no way out: the modal counts only when it is not negated.
    r"\b(but|instead|alternative|workaround|however|here is how|here's how|(you|we|i) (can|could)(?!['’]?t\b|not\b| not\b)|we recommend|happy to|"
    r"ways? to|options?|you (may|might)(?! not\b)|"
    # fresh-eval63 s-en-064: "…; Lena runs a 45-minute climbing clinic on Wednesdays at 7 that's
    # built for exactly that" — a way to get there, offered.
    r"\b(runs|offers|holds|hosts|teaches|there's|there is|we have) (a|an|our)\b[^.!?;]{0,40}\b(clinic|class|session|course|workshop|programme|program|taster|trial|drop-in)\b|"
    + _UNLESS_YOU_CHOOSE_EN
    + r"|(?<!not )(?<!n't )(?<!n’t )is possible|i'd be glad|we'd be glad|"
    # A handover: we pass the matter on, or someone will come back to the customer.
    r"(i|we)( have|'ve|’ve)? (passed|forwarded|referred|sent|handed|introduced|copied)\b[^.!?]{0,40}\b(to|on|over|in)|"
    r"(he|she|they|who|someone|their [\w ]{1,20})( will|'ll|’ll) (call|contact|email|phone|ring|be in touch|get in touch|reach out)|our partner|partners with|"
    # Something already done for the customer: "I've removed it and your order went through".
    r"(i|we)( have|'ve|’ve)( already| just)? (?!closed|decided|noted|received|reviewed|considered|explained|told|answered)\w+ed)\b",
    re.IGNORECASE,
)

# Session 14 (fresh-eval11, now training data): the same families in wordings still missed —
# a disclaimer as 「当社の関知するところではございません」; handed back to the customer
# (「お客様とご近所の方とでお話しいただく問題かと存じます」「お客様のご判断にお任せしております」);
# a rule as the whole answer (「お受けできない決まりですので、悪しからずご了承ください」); "not
# a complaint we accept" (「クレームにはあたりません」); a question refused for a reason of
# its kind, which is no lack of knowledge (「個人の感じ方によるものですので、お答えできません」
# 「他校での教習内容についてのご質問にはお答えしかねます」); and another party named with
# 「〜にしてください」 (「福祉用具以外のご相談は、ケアマネジャーさんにしてください」).
_FAMILIES_S14_JA = phrases.compile(
    r"関知(する|いたす)(ところ|もの)では(ございません|ありません|ない)|"
    r"(お話し|話し合|ご相談|解決|ご判断|ご対応)(いただく|される|なさる|していただく)(べき)?(問題|事柄|話)(か|だ|で)?(と存じます|と思います|でございます|です)|"
    r"(お客様|ご自身|各自|そちら)(様)?の(ご)?(判断|責任|裁量)(に|で)(お任せ|委ね|ご対応|ご判断)|"
    r"(できない|できかねる|いたしかねる|お受けできない|お受けしない|認められない|承れない)(決まり|規則|規定|ルール|こと)(です|でございます|となって|になって)[^。]{0,12}(悪しからず|あしからず|ご了承|ご理解)|悪しからず|あしからず|"
    r"(クレーム|苦情|返品|交換|保証|補償|返金)(の対象)?(には|に)は?(あたり|当たり|該当し|該当いたし)(ません|かねます)|"
    r"(?<!次第です)(?<!次第でございます)(?<!未定です)(?<!未定でございます)(ので|ため)[、,]?(お答え|ご回答|回答)(でき(ません|かね)|いたしかね|しかね)|(ご質問|お問い合わせ|ご相談|お尋ね)(には|について(は)?)[、,]?[^。]{0,6}(お答え|ご回答)(しかね|いたしかね|でき(ません|かね))|"
    r"(ご相談|お問い合わせ|ご質問|ご依頼|お尋ね)は[、,]?(?![^。]{0,20}(弊社|当社|こちら|当窓口|私|当店|当院))[^。]{1,20}(さん|様|機関|窓口|会社|事務所)に(して|なさって)ください"
)
# Session 15 (fresh-eval12, now training data), by family, in the wordings still missed:
# - a rule as the whole answer: 「規約で決まっておりますので、例外は認められません」 (認められ
#   ません, 例外は〜ません);
# - handed back to the customer: 「ケガについては自己責任でお願いしております」「温度の管理に
#   ついては、それぞれのお客様で工夫していただくものとなっております」;
# - out of scope: another maker's product not answered 「他社製のカメラについてはお答えでき
#   ません」 (a question refused for what it is about, not for what we do not know).
_FAMILIES_S15_JA = re.compile(
    r"(?<!ことは)(?<!ことも)認められ(ません|ない(んです|です|。))|例外(は|も)[^。]{0,10}(認め|できません|いたしかね|設けて(おり|い)ません)|"
    r"(自己責任|ご自身の責任|お客様(ご自身)?の責任|各自の責任)(で|と|に)[^。]{0,6}(お願い|なり|なっ|させて|いただ)|"
    r"(それぞれの|各)(お客様|ご利用者様?|会員様?|ご家庭)(で|ご自身で|の方で)[^。]{0,20}(いただく|していただく|いただきます|いただいて(おり|い)ます)(もの|こと)?(と|に)?(なって|なり|です|でございます)|"
    r"(他社|他店|他メーカー|他社製|メーカー製|他社様)[^。]{0,16}(については|に関しては|につきましては|には|は)[、,]?[^。]{0,4}(お答え|ご回答|回答|ご案内)(でき(ません|かね)|いたしかね|しかね)"
)
# Session 20 (issue 11; fresh-eval17, now training data, recall 8 of 21): the families that
# wave the concern itself away rather than refuse a request, read by their shape —
# - brush_aside: the worry declared needless 「気にされなくて大丈夫です」「そこまで気にされなく
#   てもよいかと思います」「ご心配には及びません」 (fine when the sentence or the next ones give
#   the fix: 「キャンセル料はかかりませんので、ご心配には及びません」, _RESOLVED_JA);
# - minimise: the problem called normal 「よくあることです」「普通のことですので」「当たり前の
#   ことで」「どなたも同じです」「そういうものです」「仕方がありません」 (not 「当然のことながら、
#   送料は当社が負担いたします」: our duty; not 「よくあるご質問」);
# - refuse_to_look: 「再査定はいたしません」「当社で対応するものではありません」「この件については
#   これ以上お答えいたしかねます」;
# - handed_back: the matter left to the customer 「ご自分で判断してください」「ご自身の判断で
#   お願いします」「ご自分でお調べいただけますか」「諦めてください」「ご理解いただくしかありま
#   せん」「当社に言われても困ります」, 「市役所にでも言ってください」 (another party, thrown);
# - closed by us: 「配置は当協会の判断で決めております」「ご要望は承っておりません」, what is not
#   covered 「返品の対象にはなりません」, and a disclaimer about our own work 「当店の研ぎとは
#   関係ございません」.
# Each is a brush-off only when nothing after it (in the sentence or the next four) offers a
# way, a contact (「気になる場合はお電話ください」) or what we did.
_FAMILIES_S20_JA = phrases.compile(
    r"(?P<brush>(れば|たら)済む(話|こと)(かと|だと|です|でしょう|では)|"
    # fresh-eval61 s-ja-078: 「保護者の方がそこまでご心配なさらなくても、…十分できる手続きです」
    # (「そこまで気にされなくても」 is dismissive in the labelled sets 4 times of 4).
    r"そこまで(ご心配|心配|お気に|気に)(なさら|され|し)(なくて|なくても|ずとも)|(たぶん|多分|おそらく|きっと|まあ|まぁ)[^。]{0,4}(大丈夫|問題ない|平気)(だと|かと|です|でしょう)|(気にされ|お気になさら|気になさら)(なくて|なくても|ずとも|ずに)[^。]{0,6}(大丈夫|結構|よい|良い|いい|問題ありません|問題ございません)|ご心配(は|には)(要り|いり|及び)ません|心配(は|する)(必要|こと)は?(ありません|ございません|ない)|(程度|範囲|くらい|ぐらい)(です|でございます)?(ので|から)[、,]?[^。]{0,6}(問題(ございません|ありません|ない)|ご心配(は)?(いりません|要りません|ございません)))|"
    r"(?P<minimise>(よくある|よく起こる|よく起きる|ありがちな|珍しくない)(こと|話|現象|ケース|もの)(です|でございます|ですので|ですから|なので|で[、,])|"
    r"(?<!ご)(普通|当たり前|当然|自然)の?(こと|現象|もの)(です|でございます|ですので|ですから|なので|で[、,])|(どなた|皆さん|皆様|みなさん|皆さま|誰)(も|でも)?同じ|そういう(もの|こと)((だと|と)(お考え|ご理解|思って)(ください|いただければと?(存じます|思います)|いただけますと幸いです|いただくしか(ありません|ございません))?|です|でございます|なので|ですので|ですから)|当たり前(で[、,]|です)|(どうしても|たまに|時々|ときどき|しばしば)(起こる|起きる|ある|出る|生じる)(こと|もの)(です|でございます|ですので|ですから)|(防ぎ|直し|避け|どうし)よう(が|は|も)(ございません|ありません|ない)|避けられない(もの|こと)(です|でございます|ですので|ですから|なので|で[、,])(?![^。]*(設け|ご用意|用意し|対応いたし|交換|返金|お取り替え|お取替え|無償|無料|補償いたし))|"
    # Session 32 (fresh-eval34): 「専門家から見れば騒ぐようなものではありません」「積雪の多い年には
    # どこのハウスでも起きることです」「鳴らないパイプが1本くらいあっても、礼拝には支障ないと思います」.
    r"騒ぐ(ような|ほどの)(もの|こと|話)では(ない|ありません|ございません)|どこの[^。]{0,12}でも(起きる|起こる|ある|見られる)(こと|もの|話)(です|でございます|ですので|ですから)|"
    r"([0-9０-９一二三]+(本|個|枚|箇所|か所|ヶ所|つ)|ひとつ|一つ|少し|多少)(くらい|ぐらい|程度)(あっても|なら|は)[、,]?[^。]{0,20}(支障|問題|影響)(は|も)?(ない|ありません|ございません)|仕方(が|の)?(ない(こと|もの)?(です|でございます)|ありません|ございません))|"
    r"(?P<look>(お答え|ご回答|回答|申し上げ|コメント)(する|いたす|できる)(こと|もの)では(ありません|ございません|ない)|(お答え|ご回答|回答|申し上げ|判断|コメント)(する|いたす|できる)立場に(は)?(ありません|ございません|ない)|(再|改めて|もう一度)?(査定|調査|確認|点検|検査|審査|鑑定|診断|見直し|お調べ|検討|分析|測定|採点|検証)(は|を|も)[^。]{0,6}(いたしません|しません|行いません|行って(おり|い)ません|いたして(おり|い)ません|予定して(おり|い)ません)|"
    r"(対応|お調べ|調査|補償|保証|返金|返品|交換|修理|お受け|責任を負う)(する|いたす|を行う|すべき)?ものでは(ありません|ございません|ない)|"
    # fresh-eval52 s-ja-003, s-ja-013: 「当社では一切わかりません」, 「理由は、規約によりお伝えして
    # おりません」 — not knowing or not telling, said as a wall.
    r"(当社|弊社|当店|うち|当方|当館|当院)では[、,]?一切(わかり|分かり|存じ|把握して(おり|い)|関知して(おり|い))ません|"
    r"(規約|方針|決まり|規定|社内規定|ポリシー)(により|上|で)[、,]?[^。]{0,6}(お伝え|お答え|ご説明|開示|公開)(して(おり|い)ません|いたしません|できません)|"
    r"(これ以上|それ以上|そこまで)[^。]{0,4}(お答え|ご回答|回答|ご説明|説明|ご対応|対応|お調べ)(は|も)?(いたしかね|できかね|でき(ません)|いたしません|しません|控え)|(拝見|見る|お預かり|確認)(する|いたす)?こと(は|も)[^。]{0,4}(いたして(おり|い)ません|して(おり|い)ません|いたしません|しません|できません|いたしかね))|"
    r"(?P<back>(ご自分|ご自身|お客様ご自身|お客様自身)で[^。]{0,12}(ご?判断|お?考え|お調べ|調べ|なんとか|対処|解決)|(ご自分|ご自身|お客様(ご自身)?)の(ご)?判断で[^。]{0,6}(お願い(いたします|します|申し上げます)?|ご?判断|お決め|決めて)|諦めて(ください|いただく|いただけ)|あきらめて(ください|いただく)|"
    # fresh-eval51 s-ja-122: 「ご家庭で話し合っていただく問題かと存じます」 — theirs to settle among themselves.
    r"(ご家庭|ご家族|ご家族間|ご夫婦|当事者|当事者同士|お客様同士|ご近所|ご近所同士|御社内|社内|ご本人同士)(の中|の間|内)?で[^。]{0,8}"
    r"(話し合|解決|決め|ご相談|相談)[^。]{0,10}(問題|こと|話)(かと|です|でございます|だと|ではない)|"
    r"いただく(しか|ほか)(ありません|ございません|ないです|ない状況)|(に|から)?(言われ|おっしゃられ|申され|聞かれ|尋ねられ|お尋ねになられ)ても(困り|こまり|どうにも|どうしようも))|"
    r"(?P<elsewhere>にでも(言って|聞いて|お問い合わせ|ご相談|相談して|お尋ね)|"
    # fresh-eval59 s-ja-034, s-ja-037 (labelled the same way in fresh-eval45 and fresh-eval14):
    # 「前の飼い主様と直接話し合ってください」, 「〜は航空会社の規定ですので、当店ではお答えしかね
    # ます」 — the matter thrown to another party (not 「当協会の規定ですので」: our own rule).
    r"(と|に)[、,]?直接(話し合|ご相談|相談|やり取り|やりとり|交渉|お話し|掛け合|かけあ)[^。]{0,6}(ください|いただけ|なさって|願います)|"
    r"(?<![当弊本])(会社|メーカー|役所|役場|自治体|行政|組合|協会|機関|省|庁|局|病院|先方|相手方|空港|税関)の(規定|規則|ルール|管轄|所管|ご判断|判断|領分)(ですので|なので|のため|ですから|となりますので)[、,]?[^。]{0,12}(お答え|ご回答|回答|申し上げ|ご案内)(しかね|できかね|いたしかね|できません|いたしません)|(お話|ご相談|ご質問|お問い合わせ|ご不満|苦情)は[、,]?(?![^。]{0,12}(弊社|当社|こちら|当窓口|当店))[^。]{1,12}で(なさって|して|お願いし)(ください|いただけ))|"
    r"(?P<closed>(当協会|当社|弊社|当店|当方|当館|当院|当園|当センター|当事務局|運営|主催者?)(側)?の(判断|裁量|方針)で(決めて|決定して|定めて|決めさせて|決めさせていただいて)(おり|い)ます|"
    # Walk 24 H9: the customer told not to ask again (「今後はこのような問い合わせをしないで
    # ください」): only its wording was flagged, and a politer wording offered as the fix.
    r"(今後|二度と|もう|これ以上)[^。]{0,15}(お問い?合わ?せ|問い?合わ?せ|ご連絡|連絡|お電話|電話|メール|ご質問|質問)[^。]{0,8}(しないで|なさらないで|されないで|お控え|控えて|ご遠慮)|"
    r"(ご要望|ご希望|ご指定|リクエスト)(は|には)[^。]{0,4}(承って|お受けして|受け付けて|お受けいたして|お応えして)(おり|い)ません|"
    r"(返品|返金|交換|補償|保証|修理|キャンセル|払い戻し|値引き|割引|無償|再加工|やり直し|再発行|再検査)の?(対象|扱い)(に|と)は?(なりません|なりかねます|ならない)|(返品|返金|交換|補償|保証)の対象では(ありません|ございません)|"
    r"(当社|弊社|当店|当院|当方|当工房)の[^。]{1,10}(と|に)は[^。]{0,4}(関係|無関係|関わり)(が|は)?(ございません|ありません|ない))|"
    # Session 21 (fresh-eval18: 5 of 13 misses, a family nobody listed): doubting that the
    # problem is real or that it is ours — 「気のせいではないでしょうか」「個人の感じ方の問題かと
    # 存じます」「こういった苦情を言われるのはお客様だけです」「他のお子さまは問題なくできていますよ」
    # 「弊社の作業前からあったものと判断しております」「慣れれば気にならなくなります」, and telling
    # the customer to keep out 「口を出さないでいただきたいです」.
    r"(?P<doubt>気のせい(では|じゃ|だと|かと|です|でしょう|でございます)|(悪気|悪意|そのような意図|そういうつもり|そのようなつもり)(は|が|も)?[^。]{0,4}(なかった|ありませんでした|ございませんでした|なく)|(個人|お客様|人それぞれ|各自)の?(感じ方|感覚|お好み|好み|受け取り方|受け止め方|捉え方|とらえ方)の?(問題|違い|差|次第)|"
    r"(言われる|おっしゃる|申される|いただく|される|寄せられる|ご指摘になる)のは[^。]{0,8}(お客様|あなた|あなた様|そちら)(だけ|のみ|ぐらい|くらい)|"
    r"他の(お客様|お客さま|お子さま|お子様|お子さん|方|方々|皆様|皆さま|皆さん|生徒さん|会員様|利用者)[^。]{0,8}(は|では|には)[^。]{0,10}(問題なく|普通に|特に問題|不具合なく|何も問題|きちんと|ちゃんと)|"
    r"(作業|施工|工事|ご依頼|お預かり|納品|配送|お届け|搬入|引っ越し|ご入居|清掃|修理|当社の作業|弊社の作業)の?(前|以前)から(あった|ついていた|生じていた|存在していた)(もの|傷|汚れ|へこみ|欠け|損傷)|"
    r"(元々|もともと|元から|最初から)(あった|ついていた|生じていた)(もの|傷|汚れ|へこみ|欠け)(だと|と|です|でございます)|"
    r"慣れ(れば|ていただければ|てしまえば|ると)[^。]{0,8}(気にならなく|気にならない|問題なく|大丈夫|平気)|口を?(出さ|挟ま)(ないで|ずに)(いただき|ください|ほしい|頂き)|"
    # Session 28 (fresh-eval27): the complaint answered with "they'll get used to it"
    # (「慣れれば食べるようになります」), the report declared unfounded (「ご指摘の箇所も問題ないと
    # 考えております」「当店の商品に問題はございません」).
    r"慣れ(れば|ていただければ|てしまえば|ると)[^。]{0,12}ように(なります|なるかと|なると思)|"
    r"(ご指摘|お申し出|ご報告|お問い合わせ|ご連絡)(の|いただいた)[^。]{0,12}(も|は)[^。]{0,6}問題(ない|ございません|ありません)と(考え|判断|認識|思)|"
    r"^(?![^。]*(結果|点検|検査|確認したところ|調べたところ|拝見したところ))[^。]*(当店|弊社|当社|当工房|当所|うち)の(商品|製品|品物|作業|施工|サービス|機体|機械)(に|には|は)[^。]{0,4}(問題|不具合|欠陥|落ち度)(は|も)?(ございません|ありません)[。]?\s*$|"
    # Session 25 (fresh-eval21: ja dismissive recall 10 of 19): our part denied — 「うちの灯油の
    # せいではありません」「当所の機械で傷がつくことはありません」 — or the fault put on another
    # party's side 「カメラ側の問題ではないでしょうか」「車両側の問題ですので」 (the customer's own
    # side, 「お客様の端末側の問題です」, is blame: condescending's).
    # (「当社の責任ではございません」 after the customer's part is named stays condescending's
    # disclaim: 8 outside writers' sentences so labelled, 2 labelled both; session 33.)
    r"(うち|当社|弊社|当店|当所|当方|私ども|わたくしども|当工房|当院|当館|こちら)の[^。]{0,12}(のせい|が原因|の責任|の問題|の不具合)では(ありません|ございません|ない)|"
    r"(うち|当社|弊社|当店|当所|当方|私ども|当工房|当院|当館)の[^。]{0,12}(で|が|によって|のせいで)[^。]{0,12}(こと|はず)は(ありません|ございません|ない|考えられません|あり得ません|ありえません)|"
    # fresh-eval64 s-ja-121: 「肌への影響はまず考えられません」 — the harm reported declared
    # impossible, with nothing looked at (after a check it is a finding: 「検査の結果」).
    r"^(?![^。]*(結果|点検|検査|確認したところ|調べたところ|拝見したところ|分析|ご安心))[^。]*(影響|副作用|かぶれ|肌荒れ|手荒れ|故障|不具合)(は|が|とは|ということは)[、,]?(まず|ほぼ|到底|とても)?(考えられ(ません|ない)|あり得(ません|ない)|ありえ(ません|ない))|"
    r"(?:^|[、,])(?:(?!お客様|お客さま|ご自身|あなた|ご利用者)[^。、,]){0,20}側の(問題|不具合|責任|せい)(です|でございます|ですので|なので|かと|でしょう|ではないでしょうか|ではないかと|だと))"
)
# What resolves the worry that is waved away: something done or settled, said in the same
# sentence or the next ones (「返金いたしました」「料金はかかりません」「明日には直ります」).
_RESOLVED_JA = re.compile(
    # 「ご不安になるのは当然のことです」: the feeling called natural, which is sympathy.
    r"(お気持ち|不安|心配|戸惑|驚かれ|お怒り|ご不満|がっかり)[^。]{0,10}(のは|も)[^。]{0,8}(当然|無理もない|自然|普通)|"
    # (「分析方法に誤りはありませんので、再分析はいたしません」: our own work declared right is
    # the reason for the no, not the worry settled — fresh-eval36 s-ja-018.)
    r"(いたし|し|させていただき)ました|済み|済んで|かかりません|不要です|(?<!誤りは)(?<!誤りが)(?<!間違いは)(?<!落ち度は)(?<!不備は)(ございません|ありません)(ので|から)|直ります|戻ります|消えます|治まります|収まります|おさまります|(返金|交換|返品|再送|修理|補償|お送り|ご用意|手配)(いたし|し)ます|"
    r"(場合|ようでしたら|ようであれば|ときは|時は|際は|なら)[、,]?[^。]{0,30}(お電話|ご連絡|お知らせ|お申し付け|お声がけ|お越し|お持ち)(ください|くださいませ|いただけ)"
)
_WAY_BEFORE_JA = re.compile(
    r"でき(ます|る)|いただけます|可能です|(?<!お願い)いたします|ご用意|お送りします"
)
_WAY_BEFORE_EN = re.compile(
    r"\b(we|you|i)( can|'ll|’ll| will| could)(?!['’]?t\b| not\b)\b", re.IGNORECASE
)
_S20_FAMILY = {
    "brush": "brush_aside",
    "minimise": "minimise",
    "look": "refuse_to_look",
    "back": "handed_back",
    "elsewhere": "refer_elsewhere",
    "closed": "closing_topic",
    "doubt": "doubt",
}


# The same families in English (fresh-eval17: en dismissive 6 of 10): brush_aside ("please
# don't worry about it", "there's really nothing to worry about"), minimise ("is perfectly
# normal", "happens in transit", "part of the outdoor experience"), refuse_to_look ("not
# something we'd look into", "not a reason for a refund", "not much we can do"), handed_back
# ("a matter for the council, not for us", "that's up to you"), closed ("our valuation is
# final", "we won't be entering into further discussion", "…, full stop").
_FAMILIES_S20_EN = phrases.compile(
    r"\b(?:(?P<brush>(please )?(don't|do not|don’t) (you )?worry about (it|that|this|them|the [\w -]{1,30})|(there's|there is|there’s|is|are|'s|’s) (really |honestly |absolutely |simply )?nothing to (worry|be concerned|be worried) about|no (need|reason) (to|for you to) (worry|be concerned)|not worth worrying about|"
    # fresh-eval59 s-en-061: "…, so I really wouldn't lose sleep over a hairline crack".
    r"(i|we) (really |honestly |personally )?(wouldn't|wouldn’t|would not) lose (any )?sleep over)|"
    r"(?P<minimise>(is|are|'s|’s) (perfectly|completely|entirely|quite|totally|pretty|fairly) (normal|natural|common|usual)\b(?! (knowledge|sense)\b)(?! (for the first|within|until|and (usually|should)|and (will|it'll)))|\bhappens? (all the time|a lot|to everyone)|(is|are) (just )?part of the (outdoor |whole )?(experience|process|deal|fun|charm)|(is|are) (just |simply )?part of [a-z]+ing\b|(that's|that is|it's|it is) (just )?(how|the way) (things|life) (is|are|goes)|to be expected|"
    # fresh-eval51 s-en-006, s-en-025: "Waiting times at the weekend are what they are.",
    # "That happens with every order."
    r"\b(is|are|'s|’s) what (it|they) (is|are)[.!]?\s*$|\b(it|that|this) happens (with|in|on|to) (every|all|any|most) [\w-]+( [\w-]+)?[.!]?\s*$)|"
    r"(?P<look>(isn't|aren't|isn’t|aren’t|not) (something|a thing|anything) (we|i)('d| would| will|'ll|’d|’ll)? (look into|investigate|review|reconsider|pursue|take up)|(isn't|aren't|isn’t|aren’t|not) (something|a thing|anything) (we|i) (look at|deal with|get involved in|handle) (locally|here|at (this|our) (branch|store|level|end))\b|(we|i) (won't|will not|wouldn't|would not) (be )?(look(ing)? into|investigat(e|ing)|review(ing)?|reconsider(ing)?|reopen(ing)?)|(is|are) not (a )?(reason|grounds|cause) for (a )?(refund|complaint|compensation|claim|return|replacement)|not much (more )?(we|i) can do|(isn't|is not|isn’t) something we take up|(isn't|aren't|isn’t|aren’t|not) (something|anything) (we're|we’re|we are|i'm|i’m|i am) (going|planning) to (investigate|look into|pursue|review|check)|(isn't|aren't|isn’t|aren’t|not) something (we|i) (can|could|will) be held (accountable|responsible|liable) for)|"
    r"(?P<back>(is|are) (a matter|an issue|something|a decision|a question) for (the|your|you)\b[\w ]{0,30}, not (for )?(us|me)|(is|are|'s|’s) (really |entirely |completely |totally )(up to you|your (call|decision|problem|responsibility))|up to you[.!]?\s*$|(decide|judge|work (it|that) out|figure (it|that) out|sort (it|that) out) (for )?yourself|"
    # fresh-eval51 s-en-046: "…, and frankly that's for you to chase."
    r"(that's|that’s|that is|it's|it’s|it is) (for you|yours|your job|up to you) to (chase|sort( out)?|deal with|handle|figure out|work out|take up|follow up|pursue)\b)|"
    r"(?P<closed>our (valuation|decision|assessment|quote|offer|ruling|answer|position) (is|remains|stands) (final|unchanged)|"
    # Walk 24 H9: "Do not email us about this again." — offered back as "Please do not …".
    r"(do not|don't|don’t|stop|refrain from) (email(ing)?|e-?mail(ing)?|contact(ing)?|call(ing)?|ring(ing)?|writ(e|ing) to|messag(e|ing)|phon(e|ing)) (us|this address|our (team|office|staff|shop))( (about|regarding|over) (this|it|that|the matter))? (again|any ?more|in future)|(won't|will not) be entering into (any )?(further )?(discussion|correspondence)|,? full stop\b|(we|i)('ve| have) (already )?made (our|my) decision|(we're|we’re|we are|i'm|i’m|i am) not (discussing|going to discuss|entertaining|considering) (any )?(compensation|a refund|refunds|a discount|a replacement)|(isn't|is not|isn’t|not) (really )?(our|my) (concern|problem|issue|business))|"
    # Session 21 (fresh-eval18): doubting that the problem is real or ours — "you'll get used
    # to it", "no one else has complained", "was there before we arrived", "it's in your head".
    r"(?P<doubt>(you'll|you’ll|you will) (soon |quickly )?get used to (it|them|that|this)|(no one|nobody|no other (customer|client|guest|parent|rider|student|member|resident|user)s?) (else )?(has|have) (ever )?(complained|reported|mentioned|had (a|any) (problem|issue|reaction)s?|come out in (a )?(rash|spots|hives)|reacted)|(you're|you’re|you are) the only (one|customer|client|person|guest)( who| to)|"
    r"(was|were) (already )?there (before|when) (we|our|the (crew|team|work))|(it's|it’s|it is) (all )?in your (head|imagination)|(you're|you’re|you are) (just )?imagining (it|things)|"
    # Walk 24: our staff excused instead of the complaint answered ("I'm sure our agent
    # didn't mean it", 「担当者に悪気はなかったと思います」).
    r"(didn't|did not|didn’t|never) (mean|meant|intend|intended) (it|any (harm|offen[cs]e)|to (upset|offend|be rude|hurt))|(wasn't|was not|wasn’t) (meant|intended) (to (be )?(rude|offensive|upset|hurt)|that way)|"
    # Session 28 (fresh-eval27): the customer told they misheard ("I'm sure you misunderstood
    # what he said") or the fault handed back whole ("that's on you, not us").
    r"(i'm|i’m|i am|we're|we’re|we are) (sure|certain|confident) (that )?you (must have )?(misunderstood|misheard|misread|got (it|that|this) wrong|were mistaken)|(that's|that’s|that is|it's|it’s|it is) on you,? not (on )?(us|me)))",
    re.IGNORECASE,
)
# "…; polishing it out takes ten minutes and is free." (fresh-eval49 s-en-012): the fix costs
# the customer nothing — read by _RESOLVED_EN and by _REMEDY_EN alike.
_AT_NO_COST_EN = r"\b(is|are|it's|it’s|will be|comes?) (completely |entirely |totally )?(free|free of charge|on us|at no cost)\b"
_RESOLVED_EN = re.compile(
    # "It can feel overwhelming at first, and that's completely normal": a feeling, sympathy.
    r"\b(feel|feels|feeling|felt|nervous|anxious|worried|overwhelm\w*)\b|"
    r"\b(was|were|has been|have been|is being) (voided|refunded|cancelled|canceled|reversed|credited|removed|fixed|replaced|waived)\b|"
    r"\b(we|i)('ve|’ve| have)( already| just)? (refunded|credited|sent|replaced|fixed|arranged|booked|waived|reversed|cancelled|repaired|added)\b|\bno (charge|fee|cost)\b|"
    # fresh-eval49 s-en-012: the fix given at no cost.
    + _AT_NO_COST_EN
    + r"|\bif (it|this|that|the [\w ]{1,20}|they|you)[^.!?]{0,40}\b(call|phone|email|contact|let us know|tell us|write to us|come (back|in)|book)\b|"
    r"\b(will|should|usually|normally|typically) (fade|settle|disappear|go away|ease|wear off|stop)\b",
    re.IGNORECASE,
)


# The older families in the English shapes hand-written items still missed (session 20, leave-
# domains-out errors): a thing's design as the answer ("is intentional", "a known limitation",
# "is simply how the booking system works"), a rule stated as final ("Sale items are final
# sale", "regardless of the reason", "End of story."), a passive no ("Day passes can't be
# refunded", "Name changes are not permitted"), what we don't do ("We don't do car keys",
# "We only support the latest version"), and sent elsewhere ("Finance queries go to the
# lender, not the dealership", "You'd need to ask HMRC", "take any complaints up with the
# courier directly").
_FAMILIES_S20B_EN = phrases.compile(
    r"\b((is|are) (intentional|deliberate|by design|a (known )?limitation( of [\w ]{1,30})?|a security feature)\b|no plans to change|"
    r"(is|are) (simply |just )?(how|the way) (the |our |this )?[\w-]{0,20} ?(system|platform|booking|service|site|app|it)? ?(works?|behaves)( now)?[.!]?\s*$|"
    r"(^|\. )(it|these things|things like (this|that)|that) happens?( sometimes)?[.!]?\s*$|(is|are) (quite |completely |perfectly )?normal and (expected|to be expected)|"
    r"(are|is) (final|final sale|non-refundable)( under any circumstances)?[.!]?\s*$|regardless of (the )?(reason|circumstances?)|under any circumstances|end of story|"
    r"(our|the) (terms|policy|rules|conditions) (don't|do not|doesn't|does not|won't|will not) (allow|permit|cover)|"
    r"(can't|cannot|can not|won't|will not) be (refunded|released|changed|guaranteed|transferred|exchanged|returned|extended|waived|reversed|reissued|moved|reopened)\b(?! (until|before|unless|once|if|after)\b)|"
    r"(are|is) not (permitted|granted|refundable|transferable|exchangeable)\b(?! (until|before|unless|once|if|after)\b)|(not|n't|n’t) covered\b|"
    r"(we|i) (do not|don't|don’t) (do|take (bookings|reservations|orders)|repair|fix|ship|deliver|service|stock|sell|carry|book|re-?clean)\b|we only (support|accept|ship|deliver|take|service)\b|"
    r"(we|i) (won't|will not) (be )?(refund(ing)?|replac(e|ing)|re-?clean(ing)?|redo(ing)?|reissu(e|ing)|accept(ing)? liability|review(ing)?)\b|"
    r"(cannot|can't|can’t|are not able to|aren't able to) (advise|recommend|comment|help) (on|with)\b|"
    r"(queries|questions|claims|complaints|issues|problems|requests|disputes|compensation)\b[^.!?]{0,40}\b(go|goes|need to go|needs to go|have to go|has to go|must go|should go|must be (claimed|raised|taken up|made)) (to|through|from|with) (the|your) [\w' -]{1,30}|"
    r"(go|goes|need to go|needs to go|have to go|must go|should go|must be (claimed|raised|taken up|made)) (to|through|from|with) (the|your) [\w' -]{1,30}, not (us|the [\w -]{1,20})[.!]?\s*$|"
    r"you('d|’d| would|'ll|’ll| will)? (need|have) to (ask|see|contact|call|speak to|talk to|go to) [\w' -]{1,30}[.!]?\s*$|"
    r"you should (see|contact|call|ask|speak to|talk to) (your|the) (gp|doctor|dentist|bank|landlord|insurer|lawyer|solicitor|accountant|council|manufacturer|seller|vendor|provider|retailer|airline|courier|carrier|insurance company)\b|"
    r"take [\w ]{1,40} up with|(is|'s|’s) (a question|a matter|one) for (your|the) [\w -]{1,30}, not (us|me)|"
    r"(is|are) not something we can (discuss|comment on|accommodate))",
    re.IGNORECASE,
)


# Session 30 (fresh-eval31/32): asking or worrying called pointless ("there's not much point
# asking", "no point worrying about the paper grade"), the matter handed to someone else in a
# word ("the courier's problem, not ours"; "held responsible" and "responsibility, not ours"
# stay condescending's disclaim, as labelled), and the answer assumed accepted ("as I'm sure
# you understand").
_FAMILIES_S30_EN = phrases.compile(
    r"\b(there'?s|there is|it'?s|it is|is) (not )?(not much|no|little|hardly any) (real )?point (in )?"
    r"(asking|worrying|emailing|writing|complaining|chasing|checking|calling|getting upset)\b|"
    r"\b(problem|issue|concern|business), not (ours|mine|us)\b|"
    r"\bas i'?m sure you (understand|appreciate|can appreciate|realise|realize|know)\b",
    re.IGNORECASE,
)
# Session 31 (fresh-eval33): the matter declared closed ("The ticket stands, and we won't be
# revisiting it").
_FAMILIES_S31_EN = phrases.compile(
    # fresh-eval36 (session 33): "just normal wear and tear, so there's nothing for us to look at".
    # fresh-eval38 (session 34): "this isn't something we'd send an engineer out for", "Just ignore it".
    # Session 35 (fresh-eval39 s-en-003): "…, so I don't see a problem here"; fresh-eval40: "I doubt
    # the capsules have anything to do with it", "you'll just have to get over it".
    r"(?P<minimise>\b(i|we) doubt (that )?(the|it|this|that|our|these|those) [^.]{0,40}\b(has|have|had) (anything|much) to do with\b|\byou(’ll|'ll| will)? (just )?(have|need) to (get over it|live with it|get used to it)\b)|"
    r"(?P<refused>\bso (i|we) (don't|do not|don’t) see (a|any|the) (problem|issue)( here| with (it|this|that))?\s*[.!]?\s*$|\b(isn't|is not|isn’t) something (we|i)('d|’d| would) (send|bring|call) [^.]{0,20}\b(out )?for\b|\b(just|simply) ignore (it|them|this|that|the (warning|message|error|noise|light))\b|"
    # fresh-eval56 s-en-047: "We don't redo colour schemes just because a client changes their mind".
    r"\b(we|i) (don't|do not|don’t|won't|will not|won’t|can't|cannot|can’t) [\w -]{2,30} just because (a|the|our|you|your|some) ?[\w-]{0,12} (change[sd]?|has changed|have changed) (their|his|her|your|my) minds?\b|"
    # fresh-eval53 s-en-021: "so this really isn't worth arguing about".
    + NOT_WORTH_ARGUING_EN
    + r"|"
    r"\bnothing (for us |for me )?to (look at|look into|check|investigate|fix)\b|\b(just|simply|only) (normal|ordinary|everyday|general) wear and tear\b)|"
    # Session 33 (fresh-eval35): "isn't really something the school deals with", "isn't
    # something we can be blamed for".
    r"(?P<scope>\b(isn't|is not|isn’t|aren't|are not|not) (really |exactly |actually )?(something|anything|a matter|an issue|a thing) "
    r"(that )?(we|i|the \w+|our \w+) (deal|deals|get involved|gets involved|handle|handles|can (be blamed|be held responsible|help)|could (be blamed|help)) ?(with|in|for)?\b)|"
    r"(?P<closed>\b(we'll|we will|we’ll|we're going to|we are going to) (be )?leav(e|ing) (things|it|this|everything|the \w+) (as (they|it) (are|is|stands?)|unchanged|as it was)\b|"
    r"\b(won't|will not|aren't going to|are not going to) be (revisiting|reconsidering|reopening|re-?examining|discussing|changing) "
    r"(it|this|that|the (matter|decision|price|valuation|grade|result|ticket|assessment))\b|"
    r"\b(the|our|this|that) (ticket|decision|price|valuation|grade|result|assessment|ruling|offer|quote|figure) stands(?=\s*[.!;,]|\s+and\b|\s*$))",
    re.IGNORECASE,
)
# Session 31 (fresh-eval33): the customer sent to a competitor ("If you don't like our price,
# there are other yards in town", "you'll have to look elsewhere"); a condition before it is
# no deadline's cost, so it is not excused the way "after that we can't guarantee" is.
_GO_ELSEWHERE_EN = phrases.compile(
    r"(?P<elsewhere>\bthere are (plenty of |lots of |many |other )?(other )?(yards|shops|stores|places|companies|firms|garages|salons|schools|dealers|"
    r"clubs|providers|studios|sellers|buyers|businesses|services)( [\w-]+){0,2} (in town|around|nearby|out there|locally|you could try)\b|"
    r"\b(look|go|shop|try|take your (business|custom)) (elsewhere|somewhere else)\b)",
    re.IGNORECASE,
)


def _refusal_en(text: str) -> re.Match[str] | None:
    first = _REFUSALS_SCREEN_EN.first(text)
    found = first[1] if first else None
    if found is not None and _DENIED_EN.search(text[: found.start()]):
        return None  # "The double booking was not by design; it was our mistake" (walk 24 H3)
    return found


# "was not by design", "isn't expected behaviour": the no itself denied, an admission.
_DENIED_EN = re.compile(r"\b(not|n't|never)\s+(\w+\s+)?$", re.IGNORECASE)


# Walk 12 (F-24): 「ご理解ください。」 as the whole answer — understanding asked for, with no
# way out anywhere in the mail. After a reason and an alternative (「〜の方法でしたらご利用
# いただけます。ご理解いただけますと幸いです」) it is a courtesy, not a wall.
_WALL_JA = re.compile(
    r"^(何卒|なにとぞ|どうか|どうぞ|その点|この点|以上|恐れ入りますが)?[、,]?\s*(ご理解|ご了承)(ください|くださいませ|願います)[。！!]?$"
)
_WALL_EN = re.compile(
    r"^(so )?(please|kindly) (try to )?understand[.!]?$|^(we|i) (must |have to )?ask for your understanding[.!]?$",
    re.IGNORECASE,
)

MESSAGE = (
    "「対応していません」「仕様です」だけでは門前払いに読まれます。お客様が本当に困っていることに対して、代わりにできること（別の方法・回避策・ご案内先）を続けて書いてください。",
    "This brushes the question off. Say what the customer can do instead: an alternative, a workaround, or what you can do.",
)


# Words before に that name no party: 「お気軽に」「ご来店の際に」.
_NOT_A_PARTY = re.compile(
    # (「次回の打ち合わせにお持ちいただけますか」 names a meeting, not a party: fresh-eval44 s-ja-007.)
    r"気軽|遠慮|いつでも|どうぞ|ぜひ|是非|お早め|(際|時|とき|日|曜|頃|ごろ|当日|まで|前|後|うち|中|最初|次回|初回|打ち合わせ|打合せ|会議|面談|説明会|ミーティング|商談|来店|見学|会場|現場)$"
)


# Session 33 (fresh-eval35 s-ja-017): a no because someone is away or it is still being
# checked is a "not yet" — what the customer lacks is when they will hear, not a way.
_NOT_YET_JA = re.compile(
    r"(不在|休み|休暇中|外出中|出張中|席を外して(おり|い)|確認中|調査中)(の|です|でございます)?(ため|ので|につき)|"
    # fresh-eval42 s-ja-084: 「現物を拝見していないためお答えできかねます」 — not seen yet.
    r"(拝見|確認|点検|調査|診断|見)(して|でき)?(いない|おらず|おりません|いません|ていない)(ため|ので)"
)


# fresh-eval36 s-ja-080: whether it happened cannot be checked from here — a fact we lack,
# which unknown_without_followup reads; nothing the customer asked for is refused.
_WHETHER_UNKNOWN_JA = re.compile(
    r"(かどうか|か否か)(は|について(は)?|も)[、,]?[^。]{0,16}(確認|把握|お調べ|特定)(でき|いたしかね|しかね)"
)


def _refusal_ja(text: str) -> re.Match[str] | None:
    if FEELING_NATURAL_JA.search(text):
        # 「ご不安に思われるのは当たり前のことです」: their feeling called natural minimises
        # nothing; only a refusal in the same sentence is one.
        return _REFUSAL_JA.search(text) or _DECLINE_JA.search(text)
    first = _REFUSALS_SCREEN_JA.first(text)
    if first is not None:
        return first[1]
    for elsewhere in _ELSEWHERE_JA.finditer(text):
        party = elsewhere.group("party")
        if text.startswith("れば", elsewhere.end()):
            continue
        if elsewhere.group(4) in ("言って", "おっしゃって") and _WISH_CONDITION_JA.search(
            text, 0, elsewhere.start()
        ):
            # 「受け取り日時を変えたいなら、運送会社に直接言ってください」: the party that can do what
            # they want, named (a labelled bare request); not 「〜の件は、取り付け業者に言ってください」.
            continue  # 「店頭へお持ちいただければ延長料金はかかりません」: a condition that helps them
        if not (
            _OUR_SIDE_JA.search(party) or _NOT_A_PARTY.search(party) or _HANDOVER_JA.search(text)
        ):
            return elsewhere
    return None


# 「〜には対応しておりませんが、CSV出力は〜」: the refusal clause goes on, with but, to what we do.
_BUT_THEN_JA = re.compile(r"^[^。]{0,10}(が|けれど|ものの)[、,][^。]{8,}")


# Session 16 (fresh-eval13 s-en-028): a no that goes on, in the same sentence, to what we or
# the customer can do ("Bids cannot be withdrawn under our terms, but we can contact the
# consignor on your behalf") gives a way; the learned layer's finding must survive it too.
_BUT_THEN_EN = re.compile(
    r"(\b(but|however|instead|though)\b|;)[^.!?]{0,12}\b(we|you|i)( can| could|('ll|’ll| will)( gladly| happily)?| may| are welcome to| would be happy to)\b(?!['’]?t\b| not\b)|"
    # Session 31: "…go back to the depot unless you choose a pickup point", "…isn't possible,
    # but here is how a PDF certificate works": the option, said.
    r"\bbut here('s| is) (how|what)\b|\b" + _UNLESS_YOU_CHOOSE_EN,
    re.IGNORECASE,
)

_BUT_THEN_WAY_JA = re.compile(
    r"(が|けれど|ものの)[、,][^。]{8,}(できます|いたします|可能です|ご案内|お使いいただけ|ご利用いただけ)|"
    # 「…お断りしておりますので、教室の包丁をお使いください」: the way we do take it (session 35).
    r"(ので|ため)[、,](?![^。]*(メーカー|製造元|販売店|購入店|他社|他店|業者|会社|役所|ストア))[^。]{0,24}"
    + _WAY_WE_TAKE_JA
)


def way_in_same_sentence(text: str, lang: str) -> bool:
    """A refusal clause that goes on to what can be done (「〜できかねますが、〜いたします」)."""
    return (_BUT_THEN_WAY_JA if lang == "ja" else _BUT_THEN_EN).search(text) is not None


_POINTER = re.compile(
    r"FAQ|ＦＡＱ|よくある|ヘルプ|ホームページ|サイト|ページ|マニュアル|ガイド|説明書|faq|help|manual|guide|documentation|docs|website",
    re.IGNORECASE,
)
_SUPPLEMENT = re.compile(
    r"^\s*(詳しく|詳細|より詳しい|なお)|\b(for more|more details|for details|in more detail|further details)\b",
    re.IGNORECASE,
)
_FORMULA = re.compile(
    r"ありがとう|お世話に|お問い合わせいただき|担当の|でございます。?$|です。?$|\b(thank|thanks)\b",
    re.IGNORECASE,
)


def _answered_before(document: Document, index: int) -> bool:
    """Whether an earlier sentence of the agent's own wording says something of substance
    (not a thank-you or who is writing): then a pointer "for more" adds to an answer."""
    return any(
        sentence.role == "body" and len(sentence.text) > 15 and not _FORMULA.search(sentence.text)
        for sentence in document.sentences[:index]
    )


# 「閲覧のみのアカウントでは、データの編集や書き出しはできません」 after the steps that set
# such an account up (the walker's reply, session 8): what a kind of account, plan or mode
# cannot do, told as part of an answer, describes the product the customer is choosing; it
# refuses nothing they asked for. Only when the mail has already given the way (the steps,
# or what can be done) before it.
_DESCRIBES_KIND = re.compile(
    r"(アカウント|プラン|権限|ユーザー|モード|会員|コース|バージョン|版|ライセンス)(では|の場合は?|の方は|は)[、,]?[^。]{0,40}(でき(ません|ない)|行えません|使えません|ご利用(いただ|になれ)けません)|"
    r"\b(view-only|read-only|free|basic|trial|guest|standard) (accounts?|users?|plans?|members?|mode|roles?|tier)( users)? (can't|cannot|can not|don't|do not|aren't able to)\b",
    re.IGNORECASE,
)
_WAY_GIVEN = re.compile(
    r"でき(ます|る)|可能です|いただけます|\b(you can|you'll be able to|here is how|here's how)\b",
    re.IGNORECASE,
)


def _describes_kind_after_answer(document: Document, index: int) -> bool:
    if not _DESCRIBES_KIND.search(document.sentences[index].masked):
        return False
    return any(
        sentence.role == "body" and (sentence.list_item or _WAY_GIVEN.search(sentence.masked))
        for sentence in document.sentences[:index]
    )


# What reads like a way out but hands the matter back (fresh-eval6 gd-012, gd-038): the
# customer coping alone (「イヤホンなどでご対応いただければと思います」) or, "if it bothers
# you", another party (「気になるようでしたらお近くの整備工場でご相談ください」).
_NOT_A_WAY_JA = phrases.compile(
    # (Not a way named: 「〜精算するか、〜お振込みいただく形でご対応いただけます」, fresh-eval63 s-ja-019.)
    r"[^。]{0,30}((?<!形で)(?<!方法で)(?<!形式で)(?<!手順で)ご対応いただけ|ご対応いただき|ご自身で|各自で|お客様(の方)?で(ご|お)?(対応|対処|解決))[^。]*|"
    # Session 16 (fresh-eval13 d-ja-40): a way offered only for a case that is not the
    # customer's (「なお、当店でお求めいただいた指輪であれば〜仕上げられます」 after refusing a
    # ring bought elsewhere) leaves them where they were.
    r"[^。]{0,12}(当店|当社|弊社|当院|当工房|こちら|当方)で(お求め|ご購入|購入|お買い求め|お作り|ご予約)(いただいた|になった|された|いただいている)[^。]{0,24}(であれば|でしたら|なら|の場合(は|に限り)?)[^。]*|"
    r"(ようでしたら|ようであれば|のであれば)[^。]{0,30}(で|に)(ご相談|お問い合わせ|ご確認)(ください|いただ)[^。]*|"
    # 「その点はご了承のうえでご利用いただければと存じます」: to go on using it as it is, accepting the
    # fault, is no way out (fresh-eval55 d-ja-035).
    r"[^。]{0,30}(ご了承|ご理解|ご承知)(の|いただいた)(うえ|上)(で)?[、,]?(ご利用|お使い|お使用)[^。]*"
)


# The same in English: "If you had bought the frame from us, we could …", "For rings bought
# in our shop, we can …" offers nothing to a customer whose case is the other one.
_NOT_A_WAY_EN = re.compile(
    r"\b(if|had) you (had )?(bought|purchased|booked|ordered|got) (it|them|this|that|the [\w -]{1,20}) (from|with|through|at|in) (us|our [\w ]{1,15})\b[^.!?]*|"
    r"\bfor ([\w -]{1,20}) (bought|purchased|booked|ordered) (from|with|through|at|in) (us|our [\w ]{1,15})\b[^.!?]*",
    re.IGNORECASE,
)


_REFERRAL_TAIL_JA = re.compile(
    r"^\s*(いただけ(ます|ません)(でしょう)?か|いただけ(ます|れば)と?(幸い|助かり)[^。]*|くださ(い|いませ)|願います|(を)?お願い(いた|し|申し上げ)[^。]*)"
)


_CONDITION_EN = re.compile(
    r"\b(after that|otherwise|unless|without (it|this|that|them)|if (you|we|it|they|the \w+) (don't|do not|doesn't|does not|can't|cannot|isn't|is not|aren't|are not)|past (that|this) (date|day|point)|after (that|this|the) (date|day|deadline))\b",
    re.IGNORECASE,
)
# What the customer can do, said just before the no: 「ご家族以外の方がお迎えに来られる場合は、
# 事前にお名前をお知らせください。〜登録のない方にはお引き渡しできません」, "Could you bring a
# pack of nappies? We don't provide them because …" (train9). The way comes first and the no
# explains it; asking only for patience or understanding is no way.
_WAY_REQUEST = re.compile(
    # 「〜いただくようお願いしております」 states a standing rule, not a way offered now.
    r"ください|いただけ(ます|ません)(でしょう)?か|いただければ|お願い(?!(いた)?して(おり|い)ます)(いた|し|申し上げ)|\b(please|could you|would you|can you|you can|you could|you may|you're welcome to)\b",
    re.IGNORECASE,
)
_NO_WAY_REQUEST = re.compile(
    r"了承|容赦|ご理解|お待ち|ご注意|ご留意|よろしく|\b(understand|accept|bear with|be patient|note|noted|wait|keep in mind)\b",
    re.IGNORECASE,
)


def refuses(text: str, lang: str) -> bool:
    """Whether the sentence says no (「仕様ですので対応できません」, "Refunds are not something we
    do"): its 「ので」 is the no's reason, never the reason for a request beside it."""
    return (_refusal_ja(text) if lang == "ja" else _refusal_en(text)) is not None


def _way_given_before(document: Document, index: int) -> bool:
    if index == 0:
        return False
    sentence = document.sentences[index]
    if _way_said_earlier(document, index):
        return True
    before = document.sentences[index - 1]
    if before.role != "body" or before.paragraph != sentence.paragraph:
        return False
    text = before.masked
    refusal = _refusal_ja(text) if before.lang == "ja" else _refusal_en(text)
    return (
        refusal is None
        and _WAY_REQUEST.search(text) is not None
        and _NO_WAY_REQUEST.search(text) is None
        and about_the_same(text, sentence.masked)
    )


# 「正門の券売所で〜更新できます。更新後の有効期限は〜です。オンラインでの更新は現在行って
# おりません。」: the way said a sentence or two before, about the same thing (更新), and the no
# only closes another door (fresh-eval42 d-ja-001).
_WAY_SAID = re.compile(
    r"(で|から|にて|により)[^。]{0,30}(でき(ます|る)|いただけます|可能です)|\b(you can|you'll be able to|here is how|here's how)\b",
    re.IGNORECASE,
)


def _way_said_earlier(document: Document, index: int) -> bool:
    refusal = document.sentences[index].masked
    for before in document.sentences[max(0, index - 3) : index]:
        if before.role != "body" or not _WAY_SAID.search(before.masked):
            continue
        if refuses(before.masked, before.lang):
            continue
        if _content_words(before.masked) & _content_words(refusal):
            return True
    return False


# Walk 24 H1: 「キャッシュを削除してください。二重請求は仕様ですので対応できません。」 went to an
# angry customer unflagged: any request before the no was read as the way out. A way is one for
# this no when it is a case the customer may be in (「〜場合は」, "if …"), the no points back at
# it (「そちら」「それ」, "them", "that"), or the two share a word.
_CASE_OR_BACK = re.compile(
    r"場合|際は|でしたら|であれば|なら[、,]|\b(if|when|in case)\b", re.IGNORECASE
)
_POINTS_BACK = re.compile(
    r"^[^。]{0,6}(それ|そちら|その|これ|こちら|この|あちら)|\b(it|them|that|those|this|these|which)\b",
    re.IGNORECASE,
)
# Stems (purpose_not_upfront's _words keeps five letters) every request shares.
_COMMON_STEMS = frozenset(
    "pleas could would with your from that this have will they them what when".split()
)


def _content_words(text: str) -> set[str]:
    return _words(text) - _COMMON_STEMS


# 「Webサイトからお試しください」, "Could you try the desktop site?": another way to the same end.
_TRY_ANOTHER = re.compile(
    r"お試し|試して|ご利用(いただけ|ください)|お使い(いただけ|ください)|\b(try|use|switch to|instead)\b",
    re.IGNORECASE,
)


def about_the_same(request: str, refusal: str) -> bool:
    """Whether a no speaks of what the request beside it is about (a case, a word back to it,
    a word in common, another way to try)."""
    if (
        _CASE_OR_BACK.search(request)
        or _POINTS_BACK.search(refusal)
        or _TRY_ANOTHER.search(request)
    ):
        return True
    return bool(_content_words(request) & _content_words(refusal))


# 「確認できませんでした」「特定できませんでした」: what we looked for and did not find — a
# result, not a refusal (fresh-eval46).
_LOOKED_FOR_JA = re.compile(r"(確認|特定|把握|お調べ|発見)(が)?できません$")


def _check(document: Document, index: int) -> list[Finding]:
    sentence = document.sentences[index]
    japanese = sentence.lang == "ja"
    text = sentence.masked
    refusal = _refusal_ja(text) if japanese else _refusal_en(text)
    if refusal is None:
        return _wall(document, index)
    if japanese and _CONDITION_JA.search(text):
        return []
    if japanese and _NOT_YET_JA.search(text[: refusal.end()]):
        return []  # 「担当者が不在のため回答できません」: not yet, not no (unknown_without_followup's)
    if (
        japanese
        and text.startswith("でした", refusal.end())
        and _LOOKED_FOR_JA.search(refusal.group(0))
    ):
        return []  # 「お問い合わせの件は確認できませんでした」: looked for and not found (fresh-eval46)
    if japanese and _WHETHER_UNKNOWN_JA.search(text):
        return []  # 「見つかったかどうかは、こちらでは確認できません」: not known, not refused
    if japanese and _REFERRAL_JA.match(refusal.group(0)) and _HANDOVER_JA.search(text):
        # 「提携クリニックの無料電話相談（平日10時〜18時）で医師に直接ご相談いただけます」: the
        # referral names when and how to reach them — a handover, not a brush-off (fresh-eval26).
        return []
    if (
        not japanese
        and _CONDITION_EN.search(text[: refusal.start()])
        and not _GO_ELSEWHERE_EN.match(refusal.group(0))
    ):
        return []  # "after that we can't guarantee …": what a missed deadline costs, not a no
    if _way_given_before(document, index):
        return []
    if _describes_kind_after_answer(document, index):
        return []
    if japanese and _HANDOVER_JA.search(
        " ".join(item.masked for item in document.neighbours(index, 0, 1)[1:])
    ):
        return []  # the next sentence gives the contact or says we pass it on
    if japanese and _BUT_THEN_JA.search(text[refusal.end() :]):
        return []
    if (
        _POINTER.search(refusal.group(0))
        and _SUPPLEMENT.search(text)
        and _answered_before(document, index)
    ):
        return []  # 「詳しくはマニュアルに記載しておりますので」 after the answer: more, not instead
    alternative = _ALTERNATIVE_JA if japanese else _ALTERNATIVE_EN
    family = _s20_family(refusal)
    if family and _resolved(document, index, japanese, refusal):
        return []  # 「料金はかかりませんので、ご心配には及びません」: the worry is answered
    # What follows in the agent's own wording, up to four sentences: a mail that says no and
    # then, after a sentence of regret, offers a way (「お力になれず申し訳ございません。なお、
    # 〜であれば戻せる可能性があります」) is an answer, not a brush-off.
    rest = text[refusal.end() :]
    if japanese:
        # 「管理会社にお問い合わせいただけますか」: the tail of the referral is no way out.
        rest = _REFERRAL_TAIL_JA.sub("", rest, count=1)
    after = rest + " ".join(
        item.masked for item in document.neighbours(index, 0, 4)[1:] if item.role == "body"
    )
    after = (_NOT_A_WAY_JA if japanese else _NOT_A_WAY_EN).sub(" ", after)
    if alternative.search(after):
        return []
    suggestion = (
        "〜には対応しておりませんが、代わりに〇〇の方法でしたら同じことができますので、手順をご案内いたします。",
        "We don't support that, but you can … instead; here is how.",
    )
    found = document.finding(
        ID,
        sentence.start + refusal.start(),
        sentence.start + refusal.end(),
        MESSAGE,
        suggestion,
    )
    family = family or _s31_family(refusal)
    return [replace(found, family=family) if family else found]


# A remedy said outright, in the sentence that waves the worry aside or the next two: what the
# learned layer accepts as the worry settled (narrower than _RESOLVED_*, whose 「〜ありません
# ので」 and "feel" the rule weighs with the shape it found).
_REMEDY_JA = re.compile(
    r"(返金|交換|返品|再送|修理|補修|補償|お取り替え|手配)(いたし|し|させていただき)(ます|ました)|無料|無償|かかりません"
)
_REMEDY_EN = re.compile(
    _AT_NO_COST_EN + r"|\bno (charge|fee|cost)\b|"
    r"\b(we|i)('ve|’ve| have)( already| just)? (refunded|credited|replaced|fixed|waived|reversed|repaired)\b|"
    r"\b(we|i)('ll|’ll| will) (refund|credit|replace|fix|repair|swap|waive|cover)\b",
    re.IGNORECASE,
)


def worry_settled(document: Document, index: int) -> bool:
    """Whether the sentence waves a worry aside (brush_aside, minimise …) and it or the next
    two give the remedy ("Please don't worry about the scratch; polishing it out … is free.")."""
    sentence = document.sentences[index]
    japanese = sentence.lang == "ja"
    refusal = (_refusal_ja if japanese else _refusal_en)(sentence.masked)
    if refusal is None or not _s20_family(refusal):
        return False
    text = " ".join(
        item.masked
        for item in document.neighbours(index, 0, 2)
        if item.role == "body" or item is sentence
    )
    return (_REMEDY_JA if japanese else _REMEDY_EN).search(text) is not None


def waves_concern_aside(document: Document, index: int) -> bool:
    """Whether the rule finds one of the session-20 families in the sentence (the concern
    waved aside, minimised, handed back …): the learned layer lets it stand as dismissive."""
    return any(finding.family in _S20_FAMILY.values() for finding in _check(document, index))


# The source of the two lists (phrases.compile wraps them: a match's `re` is the inner pattern).
_S20_PATTERNS = frozenset({_FAMILIES_S20_JA.pattern, _FAMILIES_S20_EN.pattern})
_S31_PATTERNS = frozenset(
    {_FAMILIES_S31_JA.pattern, _FAMILIES_S31_EN.pattern, _GO_ELSEWHERE_EN.pattern}
)


# The families of the session-31 shapes, by group name.
_S31_FAMILY = {
    "closed": "closing_topic",
    "closed2": "closing_topic",
    "closed3": "closing_topic",
    "brush2": "brush_aside",
    "refused": "policy_refusal",
    "elsewhere": "refer_elsewhere",
    "scope": "out_of_scope",
    "others": "minimise",
    "theirs": "brush_aside",
    "minimise": "minimise",
    "brush": "brush_aside",
}


def _s31_family(refusal: re.Match[str]) -> str:
    """The family of a match of the session-31 shapes (closing_topic, policy_refusal …), else ""."""
    return _family_of(refusal, _S31_PATTERNS, _S31_FAMILY)


def _s20_family(refusal: re.Match[str]) -> str:
    """The family of a match of the session-20 shapes (brush_aside, minimise …), else ""."""
    return _family_of(refusal, _S20_PATTERNS, _S20_FAMILY)


def _family_of(refusal: re.Match[str], patterns: frozenset[str], names: dict[str, str]) -> str:
    """The family named by the first group that matched, when the match is one of `patterns`."""
    if refusal.re.pattern not in patterns:
        return ""
    return next((names[name] for name, value in refusal.groupdict().items() if value), "")


_CHECKED_BY_US_JA = re.compile(
    r"(チェック|確認|検品|検査|点検|校正)済み(です|でございます)?(ので|から)"
)


def _resolved(document: Document, index: int, japanese: bool, refusal: re.Match[str]) -> bool:
    """Whether the sentence or the next two of the agent's own wording settle the concern
    (something done, a charge waived, a way to reach us if it goes on)."""
    text = " ".join(
        item.masked
        for item in document.neighbours(index, 0, 2)
        if item.role == "body" or item is document.sentences[index]
    )
    if japanese:
        # 「ネイティブチェック済みですので、ご指摘の箇所も問題ないと考えております」: our own check
        # given as the reason the report is wrong settles nothing for the customer (fe27 s-ja-124).
        text = _CHECKED_BY_US_JA.sub("", text)
    if (_RESOLVED_JA if japanese else _RESOLVED_EN).search(text) is not None:
        return True
    # 「シリンダー交換で対応できますので、ご心配には及びません」: the way, before the wave.
    before = document.sentences[index].masked[: refusal.start()]
    return (_WAY_BEFORE_JA if japanese else _WAY_BEFORE_EN).search(before) is not None


def _wall(document: Document, index: int) -> list[Finding]:
    """「ご理解ください。」 / "Please understand." as the answer: no way out in the whole mail."""
    sentence = document.sentences[index]
    japanese = sentence.lang == "ja"
    wall = (_WALL_JA if japanese else _WALL_EN).search(sentence.masked.strip())
    if wall is None:
        return []
    alternative = _ALTERNATIVE_JA if japanese else _ALTERNATIVE_EN
    for other in document.sentences:
        if other is sentence or other.role != "body":
            continue
        text = _NOT_A_WAY_JA.sub(" ", other.masked) if japanese else other.masked
        if alternative.search(text):
            return []
    return [replace(document.finding(ID, sentence.start, sentence.end, MESSAGE), family="wall")]


class Dismissive:
    id = ID
    # It reads sentence text only, never tokens: a rewrite is checked untagged (lint._sound).
    reads_tokens = False
    description_ja = "門前払い（「サポート外です」「仕様です」だけで、代わりの案がない）"
    description_en = "Brushes the question off instead of addressing the need behind it"
    level: Level = "sentence"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        (
            "out_of_scope",
            "対象外・担当外（「サポート対象外です」）",
            'Out of scope ("we do not support …")',
        ),
        ("by_design", "仕様です", 'By design ("working as intended")'),
        (
            "refer_elsewhere",
            "他へ回すだけ（「メーカーにお問い合わせください」）",
            'Sent elsewhere ("please contact the manufacturer")',
        ),
        (
            "policy_refusal",
            "規定・方針による拒否（「お受けできません」）",
            'Refused by policy ("is not possible")',
        ),
        (
            "cannot_nothing_offered",
            "できないとだけ言う（「難しいです。」「無理です」）",
            "Can't, with nothing offered (\"that won't be possible\")",
        ),
        (
            "faq_only",
            "FAQを見てとだけ言う（「よくあるご質問をご覧ください」）",
            'A canned pointer as the whole answer ("please refer to our FAQ")',
        ),
        (
            "closing_topic",
            "話を打ち切る（「これ以上のご説明はいたしかねます」）",
            'Closing the topic ("we consider this matter closed")',
        ),
        (
            "wall",
            "理解だけを求める（「ご理解ください。」だけで、代わりの案がない）",
            'Understanding asked as the whole answer ("Please understand.")',
        ),
        (
            "brush_aside",
            "心配を払いのける（「気にされなくて大丈夫です」「ご心配には及びません」だけ）",
            'The worry waved away ("please don\'t worry about it", with nothing done)',
        ),
        (
            "minimise",
            "よくあること・普通のことと片付ける（「よくあることです」「そういうものです」）",
            'The problem called normal ("that happens all the time", "perfectly normal")',
        ),
        (
            "refuse_to_look",
            "調べることも断る（「再査定はいたしません」「当社で対応するものではありません」）",
            'Refusing to look into it ("not something we\'d look into")',
        ),
        (
            "handed_back",
            "お客様に丸投げする（「ご自身の判断でお願いします」「諦めてください」）",
            'Handed back to the customer ("that\'s really up to you")',
        ),
        (
            "doubt",
            "問題そのものを疑う（「気のせいではないでしょうか」「お客様だけです」）",
            'The problem doubted ("you\'ll get used to it", "no one else has complained")',
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        findings: list[Finding] = []
        for index in range(len(document.sentences)):
            findings.extend(_check(document, index))
        return findings


RULE = Dismissive()


# The refusal lists _refusal_ja and _refusal_en try in turn, screened at once for the words
# they require (phrases.Screen).
_REFUSALS_SCREEN_JA = phrases.Screen(
    ("refusal", pattern)
    for pattern in (
        _REFUSAL_JA,
        _DECLINE_JA,
        _FAMILIES_S7_JA,
        _FAMILIES_S13_JA,
        _FAMILIES_S14_JA,
        _FAMILIES_S15_JA,
        _FAMILIES_S20_JA,
        _FAMILIES_S26_JA,
        _FAMILIES_S27_JA,
        _FAMILIES_S29_JA,
        _FAMILIES_S30_JA,
        _FAMILIES_S31_JA,
    )
)
_REFUSALS_SCREEN_EN = phrases.Screen(
    ("refusal", pattern)
    for pattern in (
        _REFUSAL_EN,
        _FAMILIES_S20_EN,
        _FAMILIES_S20B_EN,
        _FAMILIES_S30_EN,
        _GO_ELSEWHERE_EN,
        _FAMILIES_S31_EN,
    )
)
