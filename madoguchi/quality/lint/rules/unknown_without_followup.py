"""unknown_without_followup: "we don't know" with no next step and no date.

Families (ja / en): bare_unknown (「分かりません」「不明です」「把握しておりません」 / "we don't
know", "no idea"), cannot_answer (「お答えできかねます」「お伝えできないことになっております」 /
"I can't say", "we are unable to tell you"), undetermined (「未定です」「まだ決まっておりません」 /
"it has not been decided"), no_date (a next step without a date: 「調査中です」「担当部署に確認
いたします」「確認しておきます」 / "we are still investigating", "I will check with the team",
"we'll look into it"), guessed_outcome (a guess offered as the answer, with no basis, plan or
date: 「たぶん直ると思います」 / "it will probably be fixed"; 「明日の更新で直る見込みです」 and
"I expect this to be fixed by the 3 pm release" have their basis and time and pass).

Saying 「わかりません」「不明です」「お答えできかねます」 is honest; leaving it there is a
brush-off. The reply must say what will be done (調査, 確認, 担当部署に問い合わせ …) and by
when (a concrete date or time), in the same sentence or the two after it.
The customer's own uncertainty (「ご不明な点」「分からない場合は」) is not this.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Callable

from madoguchi.quality import phrases
from madoguchi.quality.lint import english, japanese
from madoguchi.quality.lint.base import Document, Finding, Level

ID = "unknown_without_followup"

_UNKNOWN_JA = phrases.compile(
    # An inquiry under way (「確認しております」「問い合わせているところです」「分かり次第」): a next step, no date.
    # (Not our routine: 「出荷前に重さで数を確認しております」, fresh-eval57 s-ja-113.)
    r"^(?![^。]*(前に|毎回|必ず|全数|ごとに|段階で|工程で|たびに|度に)[^。]{0,20}(確認|検品|点検|調整)(を)?(して|いたして)(おり|い)ます)[^。]*?"
    r"(確認|調整|調査|照会|問い合わせ|問合せ|検討)(を)?(して|いたして|させていただいて)(おり|い)ます|(確認|調整|調査|問い合わせ|問合せ|照会)(して|いたして|て)?いる(ところ|最中)|(分|わ)かり次第|判明し次第|"
    r"まだ決まって(おり|い)ません|決まっていない(?!(場合|方|とき|時|段階|うち)(でも|は|も|に|で|から))|判断が(つき|付き)(ません|かね)|何とも(申し上げられ|言え)ません|(まだ|今は|いまは|現時点では|現段階では|今の段階では)[^。]{0,6}(言え|お話しでき)ません|申し上げられません|お伝えでき(ない|ません|かね)|誰にも(分か|わか)ら|調査中(?!は|に|の間|の[^。]{0,2}(期間|間))|確認中|調べて(まいり|参り)ます|(担当部署|担当者|関係部署|開発チーム|開発部門|専門部署|本部)に確認(いたします|します|いたしますので|してまいります)|(分|わ)から(ない|ず|なかった)(?!場合|方|際|という(方|人|お客|かた)|とき|時|点|ところ|ように|よう|の(でしょう|です)か|んですか|と[、,]?[^。]{0,12}(でき|入れ|進め|始め|伺え|作業|お届け|発送|ご案内|対応)|(の)?(なら|んだったら|のでしたら|んでしたら)|(ため|ので)[、,][^。]{0,40}(教えて(いただ|くださ)|送って(いただ|くださ)|お知らせ(いただ|くださ)|お聞かせ(いただ|くださ)|お持ち込み(いただ|くださ)|お持ち(いただ|くださ)|お越し(いただ|くださ)|お見せ(いただ|くださ)|お送り(いただ|くださ)|ご来店(いただ|くださ)))|(分|わ)かりません|(分|わ)かりかね|(分|わ)かって(おり|い)ません|"
    # fresh-eval61 s-ja-002, s-ja-008: 「取り付けられるかどうかの情報は持ち合わせておりません」
    # 「今年の分はまだこちらにも知らされておりません」 (「まだ私どもにも知らされていません」 is
    # unknown in the labelled sets).
    r"(情報|資料|データ|記録)[^。]{0,6}(を|は)?持ち合わせて(おりません|いません|ございません)|"
    # fresh-eval61 s-ja-022: 「照会をかけており、現在調査を進めているところでございます」 — the
    # inquiry under way, said with 進める. (Not 確認を進めて: a check of our own in progress is
    # often followed by its date — fresh46 d-ja-023.)
    r"(調査|照会|問い合わせ)を進めて(おります|います|いるところ|いる最中)|"
    # fresh-eval63 s-ja-005, -096, -116, -145, -155: knowing said to be out of reach, in the
    # V-ようがない shape and its kin (「見当のつけようがございません」「もう追いようがない」
    # 「見極めようのない部分」「つかみきれておりません」「こちらからは見えない仕組み」).
    r"(見当の(つけ|付け)|見当を(つけ|付け)|追い|見極め|確かめ|突き止め|知り|つかみ|特定のし|把握のし)よう(が|の)(ない|ございません|ありません|なく)|"
    r"(つかみ|把握し|追い|調べ|確認し)きれて(おり|い)ません|"
    # fresh-eval64 s-ja-157 (as 「私どもでも読み切れないところです」「正直読めない状況です」 in the
    # labelled sets): a future that cannot be read. (Not a word that cannot be read in a photo.)
    r"読み切れ(ない|ません|ず)|見通せ(ない|ません)|(ちょっと|正直|なかなか|まったく|全く|先が|先行きが|今後が)[、,]?読め(ない|ません)(ところ|状況|状態|部分|です|の)|(こちら|当方|私ども|弊社|当社|店舗)(から|で|側)(は|も|から)?見えない(仕組み|状態|ところ|部分|ように|こと)|"
    r"(まだ|いまだ|未だ)[^。]{0,12}(知らされて|連絡を(受けて|いただいて)|聞いて)(おりません|いません)|"
    r"(?<!ご)(?<!お)不明(です|でござい|となって|な状況|のまま|であり|で、|でして)|把握(して(おり|い)ません|しかね|できて(おり|い)ません|いたしかね)|"
    r"特定(でき|いたし)(て(おり|い)ません|かね|ません)|特定に至って|"
    # fresh-eval46 s-ja-133 (session 37): 「お問い合わせの件は確認できませんでした」 — looked for, not found.
    r"(確認|把握|お調べ)(が)?できませんでした(?![^。]{0,4}(ので|ため|が|けれど))|判断(でき|いたし)かね|お答え(でき|いたし|し)かね|お答え(でき|いたし)(ません|ない)|"
    r"回答(でき|いたし|し)かね|回答(でき|いたし)(ません|ない)|未定(です|でござい|となって|で[、,]|でして|のまま)|存じ(上げ)?ません|見当が(つき|付き)ません|知りません|"
    # Session 17 (walk 13 F3): a vague commitment to look into it, with no plan or date
    # (「確認しておきます」「調べておきます」), and a guess offered as the answer
    # (「たぶん直ると思います」「おそらく解決するかと」): neither tells the customer what happens next.
    # (Not an offer on a condition the customer meets first: 「ログを送っていただければ確認しておきます」.)
    r"^(?![^。]*(れば|たら|次第|際は|場合))[^。]*?(確認|調査|お調べ|調べ|チェック|見)(を)?(いたし|し)?て?おきます|"
    # Session 27 (fresh-eval25): 「酸素ボンベの持ち込みについては、前例がないもので…」 — no
    # precedent, and the sentence trails off with no answer and no next step.
    r"前例が(ない|ございません|ありません)(もので|ので|ため)[、,]?\s*(…|\.\.\.|・・・)?[。]?\s*$|"
    r"(たぶん|多分|おそらく|恐らく|きっと)[、,]?[^。]{0,16}(直る|直り|治る|治り|解決する|解決し|解消する|解消し|改善する|改善し|届く|届き|使える|使え|動く|動き|なおる|なおり)[^。]{0,8}(と思|かと|でしょう|はず)"
)
_PLAN_JA = re.compile(
    # (「〜に確認中で、5月28日までにご返答します」: fresh-eval55 s-ja-012.)
    r"調査|調べ|確認|問い合わせ|問合せ|報告|連絡|回答|返答|返信|お知らせ|返事|検討|依頼|共有|解析|進捗|お送り|送付|お伝え|ご案内|"
    # Session 21: a dated step that is not a report (「明日15時までに担当からお電話いたします」
    # 「代わりの調光卓を明日の朝9時にお届けします」) was read as no plan at all.
    r"電話|折り返し|ご説明|お届け|お持ち|伺い|伺います|伺って|伺う|訪問|手配|代わりの|代替"
)
# 「他社製のカメラについてはお答えできません」「契約範囲外のため、そのご質問にはお答えいたしかね
# ます」: a question refused as out of scope is a brush-off (dismissive), not a gap in what we know
# (session 21: 17 of 37 leave-domains-out false alarms in Japanese were these).
_REFUSED_AS_SCOPE_JA = re.compile(
    r"範囲外|対象外|サービス外|業務外|サポート外|専門外|管轄|他社|他店|他校|指定外|関係(ございません|ありません|ない)|決まり|一切|個人差|感じ方|"
    # Session 33 (fresh-eval35 s-ja-057): withheld for a stated reason (「調査員の氏名は安全上
    # お伝えできません」): a no with its why, not something we do not know.
    r"(安全|規則|規定|契約|法律|法令|守秘|防犯|プライバシー)(上|の(都合|関係|観点)(で|から)?)|守秘義務|個人情報|"
    # fresh-eval40 s-ja-040 (session 35): 「配送業者の責任なので、当店ではお答えできません」.
    r"責任(なので|ですので|のため|ですから)|"
    # fresh-eval53 s-ja-036: 「ご本人の同意なく連絡先はお伝えできないため、〜転送いたします」.
    r"(ご)?本人(様)?の(同意|了承|許可|承諾)(なく|なし|がない|を得ず)"
)
_UNKNOWN_EN = phrases.compile(
    # fresh-eval49 s-en-061: "…, so there's no way for us to know."
    # fresh-eval56 d-en-013: "I don't have any visibility into when they'll run".
    r"\b(i|we) (don't|do not|don’t) have (any |much |real )?visibility (into|on|of|over)\b|"
    # fresh-eval61 s-en-058, s-en-073, s-en-016, s-en-039: "we don't have any information on when
    # it will ship", "Nobody here knows when …", "depends on too many things for us to put a
    # number on it", "we're unable to explain why it was declined".
    r"\b(don't|do not|don’t) have (any |much )?(information|info|word|news|estimate|indication)( yet)? (on|about|as to|of|for|regarding) (when|whether|if|how long|what time|why)\b|"
    r"\b(nobody|no one|no-one)( here| at our end| on our side)? (knows|can say|can tell us)( yet)? (when|whether|if|how long|why)\b|"
    r"\btoo many (things|factors|variables|unknowns) for (us|me) to (put a (number|date|figure) on|give (you )?(a|an|any) (date|estimate|figure|timeframe|number)|say|predict)\b|"
    r"\b(cannot|can't|can’t|are unable to|am unable to|(are|am|'re|’re) not able to|aren't able to) explain (why|what|how)\b|"
    # fresh-eval57 s-en-016, s-en-056: "whether it will ever happen isn't something I'm able to tell
    # you" (eleven such labelled sentences, all unknown), "Our supplier hasn't given us a date".
    # fresh-eval59 s-en-027: "…, and that's not something we can predict."
    r"\b(is not|isn't|isn’t|(that|it)('s|’s) not) something (i|we)('m| am|'re| are|’m|’re)? ?(able to |can |could )(tell|say|answer|confirm|predict|promise|forecast|foresee)\b|"
    r"\b(hasn't|has not|hasn’t|haven't|have not|haven’t) (given|told) (us|me) (a|any) (date|timeline|time ?frame|eta|delivery date|ship date)\b|"
    r"\b(there's|there’s|there is|we have|i have) no (way|means) (for (us|me) )?(of knowing|to know|to tell|of telling|to say)\b|"
    r"\b(still )?(looking into|working on) (it|this|that|the (issue|problem|crash|matter|error|bug|fault))\b|\bbeing (processed|reviewed|investigated|looked into|checked)\b|"
    # ("We'll get back to you shortly" promises an answer without its time: vague's, as the
    # labelled sentences and fresh-eval48 s-en-064 have it, not a thing we do not know.)
    r"\b(has|have)(n't| not) (been )?(confirmed|finali[sz]ed|decided|set) yet\b|\bnot (been )?(confirmed|finali[sz]ed) yet\b|"
    r"\b(i|we) (simply |just |honestly |really )?(do not|don't|really don't) (really |actually )?know\b|\b(we|i) (do not|don't|don’t|haven't|haven’t|have not) (yet )?(have|got) (an|any) (answer|update|news|word)( yet)? (on|about|for|regarding|as to)\b|\b(i'm|i am|we're|we are) (not sure|not certain|unsure)\b(?! (whether |if |that )?(you|you've|you're|you'd)\b)(?! (why|what|which part|which bit|how)\b[^.!?]{0,40}\byou\b)|^\s*not sure (about|whether|if|when)\b|\bno idea\b|(?<!anything is )(?<!something is )(?<!anything's )(?<!if it's )\b(unknown|unclear)\b(?!['’\"”])|"
    r"\b(cannot|can't|can’t|can not|are unable to|am unable to|(are|am|is|'re|’re) not able to|aren't able to) (say|answer|tell)\b|\b(cannot|can't|can’t|can not|are unable to|am unable to|aren't able to) (yet )?confirm (if|whether)\b|\bnot (yet )?(been )?(able to )?determine|"
    # Session 16 (fresh-eval13's drafts and sentences): not knowing said as an absence of news
    # ("we have no information on when they will be back", "there is no estimate yet for when
    # …", "it is not known when …") or as left to another party ("when … will be confirmed is
    # up to our local partner").
    r"\bno (information|info|word|news|update|estimate|date|timeline|timeframe|eta|indication|confirmation)( yet)? (on|about|as to|of|for|regarding) (when|whether|if|how long|what time)\b|"
    r"\b(there is|there's|we have|we've had|we've got) no (estimate|timeline|timeframe|eta|return date|restock date|date)( yet)?\b|\b(it is|it's|is|are) not (yet )?known\b|"
    r"^\s*(when|whether|if)\b[^.!?]{3,80}\b(is|are) (entirely )?(up to|down to|in the hands of) (the|our|their) [\w ]{1,20}[.!]?\s*$|"
    r"\bnobody (here )?(can|could) (tell|say)\b|\b(have|has|there's|there is) no (way|means) (of|to) (knowing|know|telling|tell|checking|check|finding out|find out)\b|\b(has|have) not (yet )?been decided\b|\bnot (been )?decided\b|\b(still )?investigating\b|\bwill check\b.{0,60}\bwith\b|\blooking into it\b"
    # Session 17 (walk 13 F3): "we'll look into it" with no plan or date, and a guess offered
    # as the answer ("it will probably be fixed", "hopefully it works now").
    # (Not an offer on a condition: "if it still happens, send the logs and I'll look into it".)
    r"|^(?![^.!?]*\b(if|once|when|as soon as|after|should)\b)[^.!?]*?\b(we|i)('ll|’ll| will| shall) (look into|check on|check into|investigate|look at|check) (it|this|that|the [\w-]+( [\w-]+)?)\b|"
    r"\b(probably|maybe|perhaps|hopefully|i guess|i suppose)\b[^.!?]{0,24}\b(fixed|fix itself|work|works|resolved|sorted|go away|be fine|be ok|be okay)\b|"
    # Session 20 (leave-domains-out errors, English): undetermined ("hasn't been finalised",
    # "yet to be decided", "no decision has been made"), cannot_answer ("no one here can tell
    # you", "isn't something I can answer", "we honestly couldn't tell you", "is beyond us"),
    # bare_unknown ("we won't know … until", "no record of what happened", "haven't heard
    # back"), and no_date (a query passed on or a check begun: "I've passed your query to our
    # engineers", "has been forwarded to the relevant department", "I'm checking with the
    # crematorium", "I'll need to confirm", "I'll ask the editor", "under investigation").
    r"\b(has|have)(n't|n’t| not) (yet )?been (finali[sz]ed|decided|confirmed|set|announced|agreed)\b|\byet to be (decided|confirmed|finali[sz]ed|announced|set|agreed)\b|\bno decision has (yet )?been (made|taken)\b|"
    r"\bno one (here )?(can|could) (tell|say)\b|\b(isn't|is not|isn’t|aren't|are not|aren’t) (really )?something (i|we) (can|could|am able to|are able to) (answer|comment on|speak to|speak about|say)\b|\b(i|we) (honestly |really )?(couldn't|could not|can't) tell you\b|\bis (frankly |honestly |simply |really |quite |just )?beyond (us|me)\b|"
    # fresh-eval63 s-en-021, -036, -043, -075: "is something we simply can't establish", "isn't
    # something we're in a position to find out", "one of life's little mysteries", "we couldn't
    # put a number on it".
    r"\bsomething (we|i) (simply |just |really |honestly )?(can't|cannot|can not|couldn't|could not) (establish|determine|find out|work out|pin down|know|verify|trace)\b|"
    r"\b(isn't|is not|isn’t) something (we|i)('re|’re|'m|’m| are| am) in a position to (find out|know|say|tell|establish|determine|confirm|work out)\b|"
    r"\b(one of life's|one of life’s) (little |great |many )?mysteries\b|\b(is|remains|it's|it’s) (a |something of a |a bit of a |a complete |a total )?mystery (to (us|me)|here|for now|at the moment|at present|for the time being)\b|"
    # The stock "I'll update you as soon as I hear back from the warehouse": waiting on
    # someone else's answer, no when (tests/quality/lint/test_stock_phrases.py; a retrained
    # model had stopped adding it).
    r"\bas soon as (i|we) (hear back|get (an answer|a reply|word|confirmation)|know more)\b(?![^.!?]{0,60}\b(by|before|on|within|no later than) )|"
    r"\b(couldn't|could not|can't|cannot|can not) put a (number|figure|date|time|timescale|timeframe) on (it|that|this)\b|"
    r"\b(we|i) (won't|will not|wouldn't|would not) know\b|\bno record of (what|when|where|how|why|whether)\b|\b(haven't|have not|has not|hasn't|haven’t) heard back\b|\bunder (investigation|review)\b|"
    r"\b(i|we)('ve|’ve| have)? (passed|forwarded|referred|sent|escalated) (your|this|the) (query|question|request|complaint|issue|case|claim|report|enquiry|inquiry)\b|\b(has|have) been (forwarded|passed|referred|escalated) to\b|"
    # Session 26 (fresh-eval23): not knowing said as a saying ("it's hard to say what caused
    # the leak", "whether we run tomorrow is impossible to say", "is anyone's guess") or as a
    # promise withheld ("can't promise anything on the extra unit").
    r"\b(hard|difficult|impossible|too early) to say\b|\b(is|are|'s|’s|remains?) (still |very much |rather )?(up in the air|unclear|undecided|an open question)\b|\b(anyone|anybody)('s|’s) guess\b|\b(can't|can’t|cannot|can not|couldn't) promise (you )?(anything|that|it)\b|"
    # fresh-eval51 s-en-021: "We can't predict how the conservation officer will react."
    r"\b(cannot|can't|can’t|can not|are unable to|aren't able to|(are|'re|’re) not able to) (predict|foresee|know|guess) (yet )?(how|what|whether|when|if|which|who)\b|"
    # fresh-eval45 s-en-007: "We can't give you a cost estimate at this stage."
    r"\b(can't|cannot|can not|are unable to|aren't able to) give you (a|an|any) [\w -]{0,20}(estimate|date|timeframe|time frame|figure|quote) (at this stage|yet|right now|at the moment|at this point)\b|"
    r"\b(i'm|i am|we're|we are) (checking|confirming|asking) (with|about)\b|\b(i|we)('ll|’ll| will) (need to|have to) (confirm|check)\b|(?<!\band )\b(i|we)('ll|’ll| will) ask (the|our|my) \w+|\bpass (this|it) on\b(?! (as soon as|the moment|once|when)\b)",
    re.IGNORECASE,
)
_PLAN_EN = phrases.compile(
    # ("… and will pass it on to you by Wednesday": fresh-eval44 s-en-005.)
    r"\bto you (by|on|before)\b|"
    # fresh-eval53 s-en-024: "after the reassessment on 14 March we'll give you an estimate".
    r"\bgive you (an?|the|our|a written|a firm) (estimate|answer|figure|quote|date|decision|update)\b|"
    r"\b(investigat\w*|look(ing)? into|check\w*|escalat\w*|update|report back|get back|follow up|contact|let you know|confirm|post|reply|respond|answer|write (back|to you)|come back to you|e-?mail (you|the)|call you|ring you|text you|send you|test|inspect|examine|diagnos\w*|run (a|an|the)|asked (our|the|my)|find out|hear back|until|once)\b|\b(we|i)('ll|’ll| will) (email|e-mail|write|call|phone|send|post|announce|publish)\b",
    re.IGNORECASE,
)

# An outage report lists what is known (「原因：〜（調査中の部分あり）」) and then promises the
# next report at a time (「10:00の時点で状況を改めてメールいたします」, train9); that sentence
# may come well after the unknown, but it is the dated next step.
_DATED_REPORT = re.compile(
    r"(ご報告|ご連絡|お知らせ|ご回答|メール|お伝え|ご案内)(いたします|します|させていただきます|差し上げます)|"
    r"\b(we|i)('ll|’ll| will) (email|e-mail|update|write|call|phone|ring|let you know|get back|report|send (you )?(an )?update)",
    re.IGNORECASE,
)
# 「ご理解いただけるか分かりませんが」 doubts the reader (condescending), it reports no unknown.
_ABOUT_THE_READER = re.compile(
    r"(ご理解|お分かり|ご納得)いただける(か|かどうか)(分|わ)か|"
    # Session 33 (fresh-eval35 s-en-026): "Sorry my last reply was unclear: …" — our own
    # wording owned up to, then put right; nothing is unknown.
    r"\b(my|our) (last |previous |earlier |first )?(reply|email|e-mail|message|answer|explanation|note|letter|wording)"
    r" (was|is|may have been|might have been) (a (little|bit) |rather |somewhat |not very )?(unclear|clear)\b|"
    # fresh-eval40 s-en-054 (session 35): "…, so I'm not sure why this is coming up now" — a
    # reproach for asking, not something we do not know.
    r"\b(not sure|unsure) why (this|it|that|the \w+)( is|'s|’s| has| keeps)? (coming up|come up|being raised|raised|an issue)\b|"
    # Session 37: 「こんな簡単なことも分からないとは驚きました」 — the customer's not knowing,
    # held against them (condescending's), not ours.
    r"(分から|わから|知ら)ない(とは(?!いえ|言え)|なんて|というの(は|が|も))|"
    # fresh-eval64 s-ja-039: 「初めて出演されるバンドさんは分からないことも多いと思いますので」 —
    # what newcomers do not know yet, which the sentence goes on to explain.
    r"(方|さん|様|さま|お客様|皆様|皆さん|皆さま|初めて[^。、]{0,12})(は|には|にとっては|だと)[、,]?(分から|わから|ご存じ|知ら)(ない|ず)(こと|点|部分)(も|が)多い|"
    # fresh-eval50 s-en-032: "…, so I'm not sure what went wrong on your end" — their side
    # held against them (condescending's), not a gap in what we know.
    r"\b(not sure|unsure) (what|how) [^.!?]{0,20}\bon your (end|side)\b|"
    # "Let me know if anything is unclear.": an offer to explain, about the reader's reading.
    r"\b(let (me|us) know|get in touch|just ask|do ask)\b[^.!?]{0,20}\bif (anything|something|any of (this|it)|any part) (is|was|seems|looks) (unclear|confusing)\b",
    re.IGNORECASE,
)

_IF_UNCLEAR = re.compile(
    r"\b(if|should|whether|in case)\b[^.,;]{0,50}\b(unclear|unknown)$", re.IGNORECASE
)

# "Whether the warranty covers this is unclear to us": the unknown is the subject clause.
_UNKNOWN_CLAUSE = re.compile(r"^\s*(whether|why|how|when|what|which)\b", re.IGNORECASE)

_BUT_OFFER_EN = phrases.compile(
    r"\b(but|however)\b[^.!?]{0,30}\b(you|we) (can|could|are welcome to)\b(?! not\b)", re.IGNORECASE
)
# 「お知らせできることはありません」 names a report only to say there is none (fe27 s-ja-150).
_NO_PLAN_JA = re.compile(
    r"(お知らせ|お伝え|ご案内|ご連絡|ご報告|回答)(でき|いたせ)(ること(は|が)?(ありません|ございません)|かね|ません)|"
    # 「ほかの店舗様からは同様の報告は来ておりません」 (fresh-eval39 d-ja-003): a report that did
    # not come is no plan of ours.
    r"(ご|お)?(報告|連絡|問い合わせ|お問い合わせ|ご指摘)(は|も)[^。]{0,6}(来て|届いて|受けて|ございませ|ありませ|入って)(おり|い)?(ません|ない)"
)
_RIGHT_NOW_JA = re.compile(r"ただいま|只今|今すぐ|この後すぐ")
_CANNOT_TELL_JA = re.compile(r"(お答え|お伝え|回答|申し上げ)")
_BUT_OFFER_JA = re.compile(
    r"[^。]{0,8}(が|ため|ので)[、,][^。]{0,60}(いただけます|できます|ご案内|お電話|ご連絡|お知らせ|お送り|ご紹介|掲載|ご覧|ご確認いただけ)"
)

# Session 31 (fresh-eval33): the next step tied to an event rather than a date (「作業前に一度お電話
# で状態をご説明します」, "we'll call you with photos before doing any work"): the customer knows
# they will hear before anything happens to their thing, which is the when they need.
_BEFORE_WORK = re.compile(
    r"(作業|施工|修理|着手|加工|工事|発送|出荷|お届け|ご請求|開始|お見積もり確定)(の)?前に|"
    r"\bbefore (doing|starting|we (start|do|go ahead|begin|proceed|charge|touch)|beginning|going ahead|proceeding|charging|any (work|repair|charge)|"
    r"the (work|repair) (starts|begins))\b",
    re.IGNORECASE,
)

# fresh-eval64 s-ja-067: 「毎日午後に通関業者から状況を聞き、その日のうちにご報告します」 — a
# report at a fixed cadence is a when, though no single date is named.
_CADENCE = re.compile(
    r"毎(日|朝|夕|晩|週[月火水木金土日]曜)|その日のうちに|\b(every|each) (day|morning|afternoon|evening|weekday)\b|\bdaily (update|report|call)",
    re.IGNORECASE,
)

_GUESS = re.compile(
    r"たぶん|多分|おそらく|恐らく|きっと|\b(probably|maybe|perhaps|hopefully|i guess|i suppose)\b",
    re.IGNORECASE,
)

MESSAGE = {
    "guess": (
        "推測を答えにしています（「たぶん直ると思います」）。何を根拠に、何をして、いつまでに確かめてご連絡するかを書いてください。",
        'A guess is offered as the answer ("it will probably be fixed"). Say what it rests on, what you will do and by when.',
    ),
    "both": (
        "「分からない」で終わると、お客様は放置されたと感じます。何をして（調査・担当部署への確認など）、いつまでに（〇月〇日）回答するかを書いてください。",
        '"We don\'t know" on its own leaves the customer stranded. Say what you will do and by when.',
    ),
    "date": (
        "次の対応は書かれていますが、いつまでに回答するかがありません。具体的な日時を添えてください。",
        "The next step is there but not when. Add a date or time for the answer.",
    ),
}


def _check(
    document: Document,
    index: int,
    unknown: re.Pattern[str],
    plan: re.Pattern[str],
    dated: Callable[[str], bool],
    last_dated_report: Callable[[], int] = lambda: -1,
) -> list[Finding]:
    sentence = document.sentences[index]
    match = unknown.search(sentence.masked)
    if match is None or _ABOUT_THE_READER.search(sentence.masked):
        return []
    if _IF_UNCLEAR.search(sentence.masked[: match.end()]) and not _UNKNOWN_CLAUSE.search(
        sentence.masked
    ):
        return []  # "call us if anything in the quote is unclear": the customer's doubt, an offer
    if (
        sentence.lang == "ja"
        and _CANNOT_TELL_JA.search(match.group(0))
        and _REFUSED_AS_SCOPE_JA.search(sentence.masked)
    ):
        return []
    if sentence.lang == "ja" and (
        _RIGHT_NOW_JA.search(sentence.masked)
        or (
            _CANNOT_TELL_JA.search(match.group(0))
            and _BUT_OFFER_JA.match(sentence.masked, match.end())
        )
    ):
        # 「ただいま在庫を確認しております」: the answer comes in this exchange; 「お答えできかねますが、
        # 〜で確認いただけます」: a refusal to disclose that goes on to where the answer is.
        return []
    if sentence.lang == "en" and _BUT_OFFER_EN.search(sentence.masked, match.end()):
        return []  # "…hasn't been set, but you can book a private tour": a way meanwhile
    window = [item.masked for item in document.neighbours(index, 0, 2)]
    plan_text = _NO_PLAN_JA.sub("", sentence.masked[match.end() :] + " ".join(window[1:]))
    has_plan = plan.search(plan_text) is not None
    has_date = (
        any(dated(text) for text in window)
        or bool(_BEFORE_WORK.search(plan_text))
        or bool(_CADENCE.search(plan_text))
    )
    if has_plan and has_date:
        return []
    if index < last_dated_report():
        return []  # the mail promises the next report at a time, after a list of the facts
    # 「確認しておきます」「調査中です」: the next step is the unknown itself; only its date is missing.
    key = "date" if has_plan or plan.search(match.group(0)) else "both"
    if _GUESS.search(match.group(0)):
        key = "guess"
    suggestion_ja = "担当部署に確認のうえ、〇月〇日までにご回答いたします。"
    suggestion_en = "I will check with our engineers and reply by <date>."
    return [
        document.finding(
            ID,
            sentence.start + match.start(),
            sentence.start + match.end(),
            MESSAGE[key],
            (suggestion_ja, suggestion_en),
        )
    ]


def _last_dated_report(document: Document) -> int:
    """The index of the last sentence promising a report at a time, -1 if none: found once
    per document, so an unknown checks "is there one after me" in constant time."""
    for index in range(len(document.sentences) - 1, -1, -1):
        item = document.sentences[index]
        dated = japanese.has_concrete_figure if item.lang == "ja" else english.has_concrete_figure
        if item.role == "body" and _DATED_REPORT.search(item.masked) and dated(item.masked):
            return index
    return -1


class UnknownWithoutFollowup:
    id = ID
    # It reads sentence text only, never tokens: a rewrite is checked untagged (lint._sound).
    reads_tokens = False
    description_ja = "「分かりません」だけで、次の対応と期日がない"
    description_en = "Says it does not know without a concrete next step and date"
    level: Level = "sentence"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        (
            "bare_unknown",
            "「分かりません」「不明です」で終わる",
            '"We don\'t know" and nothing more',
        ),
        ("cannot_answer", "「お答えできかねます」で終わる", '"I can\'t say" and nothing more'),
        ("undetermined", "「未定です」「まだ決まっておりません」", '"It has not been decided"'),
        (
            "guessed_outcome",
            "根拠のない推測が答え（「たぶん直ると思います」）",
            'A guess as the answer ("it will probably be fixed")',
        ),
        (
            "no_date",
            "次の対応はあるが期日がない（「調査中です」）",
            'A next step without a date ("we are investigating")',
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        findings: list[Finding] = []
        found: list[int] = []

        def last() -> int:  # read only when an unknown needs it, then once per document
            if not found:
                found.append(_last_dated_report(document))
            return found[0]

        for index, sentence in enumerate(document.sentences):
            if sentence.lang == "ja":
                findings.extend(
                    _check(
                        document, index, _UNKNOWN_JA, _PLAN_JA, japanese.has_concrete_figure, last
                    )
                )
            else:
                findings.extend(
                    _check(
                        document, index, _UNKNOWN_EN, _PLAN_EN, english.has_concrete_figure, last
                    )
                )
        return findings


RULE = UnknownWithoutFollowup()
