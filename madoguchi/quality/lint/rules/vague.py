"""vague (あいまい表現): an amount, time or degree the customer needs, given without a figure.

Families (ja / en): time (「近日中」「後ほど」「準備が整い次第」「月内」 / "soon", "in due course",
"at some point"), amount (「多少の手数料」「若干の費用」「それなりの金額」 / "a small fee",
"some additional costs"), duration (「かなり時間がかかる」「混雑状況によっては遅れる」「数日ほど」
/ "may take a while", "a few days longer").

A time word (近日中, 後ほど, なるべく早く, soon) in a promise, or an amount word (少し, 多少,
a little) qualifying a cost, a duration or a quantity, with no concrete figure (a number
with a unit, a weekday, 本日/明日) in the same sentence. Degree words on anything else
(「少し分かりにくい画面で」「少しでもお役に立てれば」) are not the customer's business and pass,
as do reports of the past (「早急に対応いたしました」) and the set phrase 「少々お待ちください」.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import bisect
import re

from madoguchi.quality import phrases
from madoguchi.quality.lint import english, japanese
from madoguchi.quality.lint.base import Document, Finding, Level, Sentence, each_sentence

ID = "vague"

_TIME_JA = re.compile(
    r"近日中|近日|近いうち|近々|そう遠くない(うち|時期|将来)|遠くないうちに|まもなく|間もなく|(月末|月初|来月|来週|年明け|週明け|連休明け)以降|後ほど|のちほど|(?<!を)追って|後日|今しばらく|しばらく|暫く|そのうち|いずれ(?![かもの])|"
    # Session 26 (walk 24 H5): a promise to do "something" someday: 「善処いたします」
    # 「前向きに検討してまいります」 name neither what nor when.
    r"善処(いたし|し|させていただき)ます|前向きに(検討|善処)(いたし|し|して|させていただき)(ます|まいります|参ります)|"
    r"順次|早急に|至急|速やかに|すみやかに|(なるべく|できるだけ|出来るだけ|できる限り|可能な限り)(早[くめ]|速やかに|迅速に)|"
    r"お?早めに|(来週|来月|今週|今月|月末|年末)(あたり|頃|ごろ)|"
    r"数(日|週間|か月|ヶ月|カ月|時間|営業日)|"
    # A promise to get back "as soon as …" or "again" says nothing about when.
    r"[^、。\s]{1,8}(次第|しだい)[、,]?(?=[^。]{0,15}(ご連絡|開始|伺|交換|修理|訪問|ご報告|お知らせ|ご回答|回答|ご案内|発送|お送り|お届け|お電話|ご返金|返金|お支払|お渡し|再開|ご提供|手配|となります|となり))|"
    r"改めて(?=[^。]{0,4}(ご連絡|ご報告|お知らせ|ご回答|お返事))|"
    # Session 35 (fresh-eval39 s-ja-063): 「期限が近づいたら送られる」 — near it, but when?
    r"(期限|期日|締め?切り?|更新日|更新時期|満期|予定日|出発日)が近(づいたら|づきましたら|づいてきたら|くなったら|くなりましたら)|"
    # fresh-eval51 s-ja-086: 「少し前までにご連絡いただければ」 — before it, but how long before?
    r"(少し|ちょっと|すこし|多少|ある程度)(前|早め)(まで|に)|"
    # fresh-eval55 s-ja-160: 「地図データは、定期的に更新しております」 — how often? (As "Royalties
    # are paid out periodically" in the labelled sets.) Not what the customer is advised to do.
    r"定期的に(?=[^。]{0,16}(更新|お支払|支払|お振込|振込|配信|点検|実施|見直|入れ替え|補充|交換|お送り|発送|メンテナンス|清掃)"
    r"[^。]{0,8}(して|いたして|を行って|させていただいて|されて)(おります|います)[。]?$)|"
    # fresh-eval63 s-ja-057, -129, -156: 「例年どおりのスケジュールで」「短い時間だけ切れる」
    # 「一定の期間を空けてから」 — a time that sounds settled and is never given.
    r"例年(どおり|通り|並み)の(スケジュール|日程|時期|タイミング)|短い時間(だけ|ほど|の間)?[^。]{0,4}(切れ|止ま|停止|中断|途切れ|お待ち|かかり)|一定の(期間|時間|日数|間隔)(を|が|は)?(空け|置い|お|経|過ぎ|たって|経過)|"
    r"月内|来月中|遅くとも|年度内|(混雑|状況|時期|内容)[^。]{0,6}(によっては|次第では)(?=[^。]*(遅れ|延び|かか|変わ|前後))|日数がかか|延びる|"
    # fresh-eval64 s-ja-058: 「通常の梱包よりは日数をいただいております」 — longer, by how much?
    r"(より|よりは|よりも)[、,]?(少し|やや|多めに|長めに)?(日数|お時間|日にち)を(いただ|頂)"
)
# fresh-eval60 s-ja-008, s-ja-044, s-ja-078: when a supplier, a factory or our own review
# gets round to it (「輸入元から原本が届きましたらお送りします」「社内の審査が終わったところで」)
# — an event nobody dates. (What the customer sends is theirs to time: _time_set_by_customer.)
_AWAITED_JA = re.compile(
    r"(工場|メーカー|輸入元|仕入先|仕入れ先|取引先|本社|倉庫|社内|審査|検査|調査|入荷|在庫|修理|点検|原本|代わり|代替|部品)"
    r"[^。]{0,14}(届き(まし)?たら|届いた(時点|ところ|段階|後)で|終わり(まし)?たら|終わった(時点|ところ|段階|後)で|"
    r"済み(まし)?たら|済んだ(時点|ところ|段階)で|完了し(まし)?たら|完了した(時点|段階)で|揃い(まし)?たら|揃った(時点|段階)で)"
    r"[、,]?(?=[^。]{0,15}(ご連絡|ご報告|お知らせ|ご回答|ご案内|発送|お送り|お届け|ご返金|手配))|"
    # fresh-eval61 s-ja-087, s-ja-148: 「施設からの返事を待ってのご連絡となります」「部品の価格が
    # 出てからのご提出になります」 — the same wait, said as what the next step is.
    r"(を待って|が出て(から)?|が決まって(から)?|が入って(から)?|が届いて(から)?|が揃って(から)?|が終わって(から)?)の"
    r"(ご連絡|ご提出|ご案内|ご回答|ご返送|発送|お届け|ご請求|お渡し)(と|に)な|"
    # fresh-eval62 s-ja-035, -046, -086, -125: 「店長が次に出勤した際に」「案件が一巡したところで」
    # 「締めが近づいた頃に」「繁忙期が一段落した頃合いで」 — a moment only we can see, no date.
    # fresh-eval64 s-ja-002, -108: 「審査の順番が回ってきた段階で」「次の便に空きが出たところで」.
    r"(一巡|一段落|落ち着|近づ|次に出勤|次に出社|手が空|手があ|余裕が出|目処がつ|目途がつ|順番が回ってき|空きが出)[^。]{0,3}(た|いた|した)"
    r"(ところ|頃合い|頃|ころ|際|時点|段階|タイミング)(で|に)"
    r"(?=[^。]{0,30}(ご連絡|ご報告|お知らせ|ご回答|ご案内|発送|お送り|お届け|ご返金|手配|着手|対応|改めて|発給|発行))|"
    # fresh-eval64 s-ja-107 (as 「修理の状況を見て判断させていただきます」「天候を見ながら追って
    # ご連絡します」 in the labelled sets): decided when we have looked at something, no day named.
    r"(状態|様子|状況|天候|天気|具合|空模様)を見(て|ながら)(から)?[、,]?"
    r"(?=[^。]{0,6}(判断|決め|組み直|ご連絡|お知らせ))"
)
_AMOUNT_JA = re.compile(
    # (「少し長くなりますが、経緯をご説明します」 says the mail is long: fresh-eval44 s-ja-004.)
    r"少し(?!でも|ずつ|長くなりますが|長くなりますけれど|長文)|少々(?!お待ち)|多少(?!なりとも)|若干|ちょっと(?!した)|いくらか|幾らか|幾分|かなり|だいぶ|ずいぶん|結構|多め|少なめ|広め|大きめ|長め|大幅に|ある程度|数(千|万|百|十)円?|それなりの|上乗せ|別途お?見積"
)
# Session 27 (fresh-eval26): an amount left to the reader (「お布施の額は、お気持ちで結構です」)
# or a stock told as "not much" (「在庫は、あまりございません」): vague without a measure word
# after it, since the thing measured came first.
_LEFT_OPEN_JA = re.compile(
    r"お気持ち(で|程度で|ばかりで)[^。]{0,4}(結構|構いません|かまいません|けっこう)|"
    r"(?P<thing>在庫|残り|空き|残数|席|枠|数)(は|が|も)[、,]?(あまり|それほど|さほど|そんなに)(ございません|ありません|ない|多く(は|も)?(ございません|ありません))"
)
# Session 29 (fresh-eval29/30): a price changed by "a little" (「おしぼりの単価を若干見直させて
# いただきます」) and a charge left to a later talk (「弁償金は、別途ご相談とさせていただきます」).
# No rewrite: the new price or the amount is the agent's to give.
_PRICE_OPEN_JA = re.compile(
    r"(単価|料金|価格|値段|金額|運賃|会費|費用|月額|利用料)を?[、,]?(若干|少し|多少|やや)(見直|値上げ|改定|引き上げ|上げ|高く)|"
    r"(弁償金|弁償|賠償金|費用|料金|代金|修理代|実費|違約金|手数料)(は|について(は)?)[、,]?別途(ご相談|相談|協議|お話し合い)"
)
# Session 30 (fresh-eval31/32): a price or a date put off to a later talk (「料金については、
# あとで相談しましょう」), a limit named without its number (「振替受講の回数には上限が
# あります」), and a wait told as ours to set (「固まるまで少々お待ちいただきます」). No rewrite.
_LATER_TALK_JA = re.compile(
    r"(料金|費用|金額|代金|日程|日時|時期|納期|お値段|値段)(について(は)?|は|の件は)[、,]?(あとで|後で|のちほど|後ほど|また|改めて)[^。]{0,4}(相談|ご相談|決め|話し合|打ち合わせ)|"
    r"(回数|人数|金額|件数|容量|冊数|点数|日数|個数|台数)(には|に|は)[、,]?(上限|制限|限り)が(あります|ございます)(?=[。．]?\s*$)|"
    r"少々お待ちいただ(きます|くことになります|く形になります)|"
    # Session 31 (fresh-eval33): a threshold nobody states (「量がまとまれば対応できます」).
    r"(量|数量|点数|台数|個数|件数)が(まとま|そろ|揃)(れば|った(ら|場合|とき))|"
    # Session 35 (fresh-eval39 s-ja-067): a limit left to "common sense" (「修正は常識の範囲内で」).
    r"常識(の|的な)範囲(内)?で|"
    # fresh-eval42 s-ja-122: a duration or cost told as "not much" (「それほどお時間はかかりません」).
    r"(時間|お時間|日数|費用|お手間|期間|工期)(は|も)?[、,]?(それほど|さほど|そんなに|あまり)(かかり|掛かり)ません|"
    r"(それほど|さほど|そんなに|あまり)(お)?(時間|日数|費用|手間|期間)(は|も)?(かかり|掛かり)ません|"
    # fresh-eval43 s-ja-009: help needed "to a degree" (「付き添いがある程度必要になります」).
    r"(ある程度|多少|若干|それなりに?)の?[^、。]{0,4}必要(に|と)?(なります|です|となります)|"
    # fresh-eval49 s-ja-130: what we will do told only as "as far as we can" (「立ち上げ時の調整
    # は、可能な範囲で対応します」); the customer asked 「可能な範囲で写真を」 is another matter.
    r"(可能な|できる|出来る)(範囲|限り)(内)?で[、,]?(ご)?(対応|調整|お手伝い|ご協力|配慮|ご配慮|修正|お受け)(いたし|し|させていただき)ます|"
    # fresh-eval50 s-ja-108: how many visits, told as "several" (「数回通っていただく必要があります」).
    r"(数回|何回か|数度)(?!目)[^。]{0,6}(通って|通い|ご来店|お越し|施術|かかり|必要|受けて|お受け)"
)
# fresh-eval47: a measure told only by its size — 「待ち時間はそれなりにありますので」
# 「差額はほんのわずかですので」「ちょっとした費用で承れます」 — and a month told by its
# part with no end (「7月中旬以降を予定しております」; 「12月22日以降となります」 names its day
# and stays clean). No rewrite: the figure is the agent's to give.
_SIZE_ONLY_JA = re.compile(
    r"(待ち時間|お待ち時間|時間|日数|費用|料金|差額|金額|送料|手数料|追加料金|期間|工期|ご負担)(は|も|が)[、,]?(ほんの|ごく)?"
    r"(それなりに|かなり|結構|多少|少し|少々|わずか|僅か)(です|でございます|で(す)?(の|から)|あり|ござい|かかり|掛かり|発生)|"
    r"ちょっとした(追加)?(費用|料金|金額|手数料|代金|お値段|出費|ご負担)|"
    # 「届くまでには、けっこう時間がかかります」 (outside6 gd-031): how long, told as "quite".
    r"(けっこう|結構|それなりに|かなり)(な)?(お)?(時間|日数|日にち|費用|お金|金額)(が)?(かかり|掛かり)"
)
# fresh-eval57 s-ja-076: 「搬入はだいたい午前中のどこかになります」 — somewhere in the morning (or next
# week), but when? A part of the day is a concrete figure to has_concrete_figure, so this is read
# before it, as an open month is. (Not a time the customer is asked to pick: 「来週のどこかでご都合
# のよい日を教えてください」.)
_SOMEWHERE_IN_JA = re.compile(
    r"(来週|今週|再来週|週明け|週内|月内|今月|来月|月末|年内|午前中|午後|夕方|週末|連休中)の?どこか(で|に|になり|になる)"
    r"(?![^。]{0,20}(ご都合|いただけ|ください|教えて|お知らせ|ご指定|お選び))"
)
_OPEN_MONTH_JA = re.compile(r"[0-9０-９]+\s*月\s*(上旬|中旬|下旬|頃|ごろ)以降")
# Session 28 (fresh-eval27): a charge named as the whole statement with no amount anywhere —
# 「燃料代は別途いただきます」「返却日を過ぎると、1日ごとに延滞料がかかります」. Across the
# labelled sentences this shape is vague 68 times and clean twice; a charge brought up to
# reproach (「〜がかかるのは当然です」「〜がかかると申し上げたんです」) or put on the customer
# (「ご負担いただきます」) is another rule's, and 「〜がかかりますが、今回は…」 goes on to more.
_CHARGE_UNSTATED_JA = re.compile(
    r"[一-龥ァ-ヶー]{0,6}(料|代|費|費用|料金|手数料|割増し?|割り増し)(が|は|を|も)?[、,]?(別途|追加で)?[、,]?"
    r"(?P<verb>かかります|つきます|付きます|加算されます|いただきます|頂戴いたします|頂戴します|発生します|別途となります|かかる場合が(ございます|あります)|(発生|かか)(する|る)(ことが|場合が)(ございます|あります))(?=[。．]?\s*$|(ので|から)[、,]?(ご注意|ご了承|ご承知|あらかじめ))"
)
# fresh-eval60 s-ja-051, s-ja-120: a saving promised with no figure (「価格もお得になっております」
# 「手数料の一部が戻ってきます」; 「セットでお借りになるとお得です」 is vague in the labelled
# sets): how much? Cleared when the amount is given nearby (「月額換算で2割お得になります」).
_SAVING_UNSTATED_JA = re.compile(
    r"(お得|割安)(に(なり|なって|なる)|な(料金|価格|お値段|プラン)|です|でございます|とな(り|って))|"
    r"(手数料|利息|料金|費用|代金|保険料|会費)の一部(が|は)[、,]?(戻|返|払い戻)|"
    # fresh-eval60 d-ja-021: 「費用は状況によって変わりますので、終わった段階でご請求いたします」;
    # 「修理費用は、交換する部品によって変わってきます」 is vague in the labelled sets 17 times of 17.
    # (A fee, not a material or an era: 「塗料は自治体によって出し方が異なる」 is no price.)
    r"([一-龥ァ-ヶー]{0,6}(費|(?<![塗原材資飲肥味香染顔燃衣])料|(?<![時世年交現初])代|料金|費用)|金額|お値段|値段|返金額)(は|が|も)[、,]?[^。]{0,10}(によって|により|次第で|しだいで)[^。]{0,8}(変わ|異な|変動)"
)
# Session 44 (fresh-eval59 s-ja-115): a charge called "the set amount" with none given
# (「紛失された場合は、1台あたり所定の金額を請求させていただきます」; 「所定の手数料がかかります」 is
# vague in the labelled sets too): the customer asked, or will ask, how much.
_PRESCRIBED_JA = re.compile(
    r"(所定|規定|既定|当社規定|弊社規定|当店規定)の(金額|料金|手数料|費用|額|代金|違約金|延滞料|"
    r"損害金|弁償金|修理代|実費|キャンセル料|再発行手数料)"
)
# (〇円 is the rewrite's own slot: 「別途費用が〇円かかります」 names where the price goes.)
_AMOUNT_NEARBY_JA = re.compile(r"[0-9０-９〇]+\s*(円|ドル|%|％|割)|無料")
_MEASURABLE_JA = re.compile(
    r"費用|料金|金額|手数料|代金|価格|送料|差額|返金|減額|増額|値上|値下|割引|時間|日数|期間|遅れ|遅延|前後|容量|件数|回数|"
    r"かか[りるっ]|掛か|要し|要す|高く|高い|高め|安く|安い|増や|減ら|延び|早ま|待ち|待た|日程|納期|額|円|割高|割安|高額|"
    # Session 30 (fresh-eval31/32): room the customer must find (「設置には多少のスペースが必要です」).
    r"スペース|広さ|面積|敷地|"
    # Session 34 (fresh-eval37 s-ja-026): slack asked on the date (「納期に少し余裕をいただく」);
    # a limit passed by "a little" (fresh-eval38 s-ja-021: 「基準値を少し超えていますが」).
    r"余裕|猶予|超え|上回|下回|"
    # fresh-eval48 s-ja-092: a walk told by "a little" (「観察ポイントまでは、少し歩きます」).
    r"歩き|歩く|歩いて|距離"
)
# 「100個を超えるご注文ですと、納期に少し余裕をいただくことになります」: a count in the condition
# says which orders, not how long; the time stays vague.
_COUNT_CONDITION_JA = re.compile(
    r"[0-9０-９,，]+\s*(個|件|枚|部|本|冊|台|名|人|点|回|度|セット|ケース|箱|口)(を超える|を越える|以上|超|未満|より多い|を上回る)"
)
_TIME_EN = phrases.compile(
    r"\b(soon|shortly|as soon as possible|asap|at (some|a later) (point|time|date)|in due course|in the near future|"
    # fresh-eval57 s-en-037: "the refund normally goes through without too much delay".
    r"without (too much|much|undue|any (great|real|long)) delay|"
    # ("We'd need a few more days to look at the case properly": fresh-eval61 s-en-026.)
    r"a few (more )?(business )?(days|weeks|hours|minutes|months)|some time|sometime|a while|"
    # "a later repaint" (fresh-eval35 s-en-043): later as an adjective names no time.
    r"(?<!\ba )(?<!\bthe )later|in a bit|before long|(for )?a limited (period|time)( of time)?|"
    # fresh-eval59 s-en-001: "Filters need changing every so often" — how often?
    r"every so often|every now and (then|again)|once in a while|"
    # fresh-eval64 s-en-024: "Prices on the bulk bins change from time to time" — how often?
    r"(change|changes|changed|vary|varies|go up|goes up|rise|rises|move|moves) from time to time|"
    # fresh-eval64 s-en-070: "so there's a wait before we can collect" — how long a wait?
    r"\b(there's|there is|there’s|there will be|there'll be) (a|some|a bit of a|a short|a little) (wait|delay|lead time)\b(?! of)|"
    r"at some point|once everything is ready|(nearer|closer to) the (time|date|day|tournament|match|event|festival|show|wedding|fair|market|deadline|trip|tour)\b|(?<!this )(?<!so )(?<!that )(close|near) to the (date|day|time|departure|start|event)|"
    # Session 35 (fresh-eval39 s-en-021): "after a few sessions" — how many?
    r"(after|within|in) (a (few|couple of|handful of)|several|some|a number of) (more )?(sessions|treatments|visits|appointments|classes|lessons|washes|uses|tries|attempts)|"
    # fresh-eval42 s-en-062: "once the repairs are more or less finished" — when is that?
    r"once [\w' -]{0,40}\b(are|is) (more or less|mostly|largely|roughly|pretty much) (finished|done|complete|completed|over|ready)|"
    # fresh-eval45 s-en-065: "Turnaround is usually pretty quick".
    r"(usually |normally |generally )?(pretty|fairly|quite|reasonably|relatively) (quick|fast|soon|prompt|speedy)\b|"
    # fresh-eval43 s-en-064: "will go out in the coming weeks".
    r"(in|over|within) the (coming|next few|following few) (days|weeks|months)|"
    r"\ba (few|couple) more (sessions|treatments|visits|appointments|classes|lessons|washes|uses|tries|attempts)|"
    # Session 30: "once the performers' schedule settles down", "so book early".
    # Session 31: "the driver will wait for a reasonable time".
    r"(for |within |after )?a reasonable (time|amount of time|period( of time)?|while|length of time)|"
    # fresh-eval44 s-en-040: "a couple of hours, give or take".
    r"(a couple of|a few) (hours|days|weeks|minutes),? give or take|"
    r"once [\w' -]{0,40}\b(settles?|calms?|quietens?|quiets?) down|once things (settle|calm|quieten)|"
    # fresh-eval55 s-en-049: "We'll fit your vans in when the schedule frees up".
    # fresh-eval62 s-en-059, -061, -070, -072: an awaited event with no date — "closer to the
    # start of the season", "released after their review", "when this month's invoices are
    # reconciled", "when the engineer can get to it".
    r"(nearer|closer to) the (start|beginning|end|middle) of (the|this|next) (season|term|year|month|course|tournament|league|semester|school year)|"
    r"\bwill [\w -]{0,30}\b(after|once|following) (their|the|our|its|a) ([\w-]+ ){0,2}(review|reviews|checks?|audit|approval|sign-off)( (is|are|has been|have been) (complete|completed|done|finished|over))?(?!,? (which|that) (usually |normally |typically )?takes)|"
    r"(once|when|after) [\w' -]{0,40}\b(are|is|have been|has been) reconciled|"
    # fresh-eval63 s-en-052: "will go live once it has propagated through the DNS system".
    r"(once|when|after) [\w' -]{0,30}\b(has|have) (fully )?propagated\b|"
    r"when (the|an?|our) (engineer|technician|fitter|mechanic|crew|contractor|installer|electrician|plumber) (can|is able to|has time to|gets? (a )?chance to) (get to|fit|look at|come to) (it|you|this|them)|"
    r"(when|once) (the|our|my) (schedule|diary|calendar|workload|rota|books|crew|team|workshop|queue|backlog) (frees? up|opens? up|clears?|eases?|lightens?)|(book|order|reserve|register|sign up|apply|enrol|enroll) (\w+ )?early|(early|late) next (week|month)|at the earliest (opportunity|convenience)|quite some time|somewhat)\b",
    re.IGNORECASE,
)
_AMOUNT_EN = phrases.compile(
    # fresh-eval56 s-en-079: "Network fees on withdrawals are small and vary from day to day".
    r"\b(fees?|charges?|costs?|surcharges?|commissions?) ([\w -]{0,20} )?(are|is) (usually |generally |very |quite |fairly )?(small|minimal|modest|minor|negligible|tiny|low)\b|"
    r"\b(a little|a bit|slight|slightly|somewhat|small (fee|charge|cost|amount)|some (extra |additional )?(fee|cost|charge)s?|"
    r"(small|modest|slight|minor|fair|nominal)\b[\w -]{0,25}\b(fee|charge|cost|surcharge|supplement|premium|extra|amount|mark-?up|margin|commission)s?|a bit more|additional costs|"
    # Session 26 (walk 24 H5): "Pricing depends on various factors": which factors, what price?
    r"(depends?|depending|vary|varies|varying) (on|depending on|according to|with) (various|several|many|a (few|number of|range of|variety of)|different|multiple) (factors|things|aspects|variables|circumstances)|"
    # Session 34 (fresh-eval37): the price of an extra left open ("may be available at an
    # additional cost") and a discount with no size or threshold ("for larger quantities").
    r"(at|for) an? (additional|extra|further|separate) (cost|charge|fee)|"
    # fresh-eval44 s-en-010: "once you reach a reasonable order size" — how many?
    r"(a|an) (reasonable|decent|sensible|certain) (order|order size|quantity|volume|amount|number of (units|items|orders))\b|"
    # fresh-eval48 s-en-006: "the walk to the hide is a reasonable distance" — how far?
    r"(a|an) (reasonable|decent|fair|certain|good) (distance|walk|drive|way|climb)\b(?! (from|of) [^.!?]{0,20}\d)|"
    # fresh-eval63 s-en-066, s-en-073: a price "in line with the awarding body's new pricing",
    # "in line with what most customers pay" — measured against something the customer cannot see.
    r"\bin line with (the|what|our|their|its|current|standard|market|industry)\b[\w'’ -]{0,40}\b(pricing|prices|rates|charges|fees|pay|charge|norms?)\b|"
    # Session 35 (fresh-eval39 s-en-029): "may incur a fee" — which fee?
    r"(may|might|could|will|can) (incur|attract|carry) (a|an) (\w+ )?(fee|charge|surcharge|penalty|cost)|"
    r"(discounts?|reductions?|price breaks?|better (prices|rates)) (are|is|may be|can be) (available|offered|possible|given) (for|on) (larger|bigger|bulk|large|higher|high) (quantities|orders|volumes|runs))\b",
    re.IGNORECASE,
)
# Session 27 (fresh-eval26): the amount left to the reader — "the offering is whatever you
# feel is appropriate" — when what they asked was how much.
_LEFT_OPEN_EN = phrases.compile(
    r"\b(is|are|'s|’s) (simply |entirely |really )?(whatever|what(ever)? amount) you (feel|think|consider|deem|believe)( is)? (appropriate|right|fair|reasonable|suitable)\b",
    re.IGNORECASE,
)
_MEASURABLE_EN = phrases.compile(
    # (fresh-eval56 s-en-049: "The linen does shrink slightly on the first wash" — by how much?)
    r"\b(discounts?|cost|costs|fees?|charges?|charged|prices?|pricing|rates?|quotes?|supplements?|surcharges?|mark-?ups?|more|less|expensive|cheaper|longer|delay|delayed|late|time|wait|take|takes|days?|distance|walk|drive|climb|shrinks?|shrank|shrinkage|stretch(es)?|fades?)\b",
    re.IGNORECASE,
)

MESSAGE_TIME = (
    "「いつ」がお客様には分かりません。あいまいな時期は不安と再度のお問い合わせを招くため、具体的な日時を書いてください。",
    "The customer cannot tell when. A vague time invites worry and another email; give a date or time.",
)
MESSAGE_AMOUNT = (
    "金額・時間・量があいまいです。お客様が判断に必要な数字なので、具体的に示してください（例：「別途費用が5,000円かかります」）。",
    'The amount is vague. The customer needs the figure to decide; state it (e.g. "a fee of $5").',
)


def _suggest_ja(word: str, sentence_text: str) -> str:
    # The vague word says which figure is missing: 「近いうちに新しい料金プランをご案内します」
    # lacks a date, not a price (session 23: it was offered the cost template).
    if word.startswith("お気持ち"):
        return "目安として〇円"
    left_open = _LEFT_OPEN_JA.fullmatch(word)
    if left_open:
        return left_open.group("thing") + "は残り〇点でございます"
    if word.startswith(("善処", "前向きに")):
        return "〇月〇日までに検討の結果をご連絡いたします"
    if _TIME_JA.fullmatch(word) and not _AMOUNT_JA.fullmatch(word):
        return "〇月〇日〇時までに"
    if re.search(r"費用|料金|金額|手数料|代金|価格|送料|円|高|安", sentence_text):
        return "別途費用が〇円かかります"
    if _AMOUNT_JA.fullmatch(word) and not re.search(r"時間|日|待", sentence_text):
        return "具体的な数値（〇件、〇GB など）"
    return "〇月〇日〇時までに"


# 「写真を確認でき次第、当日中に発送いたします」: the time is set by what the customer sends,
# or is a concrete day; 「当日中」「即日」 are as concrete as a date.
_CUSTOMER_TRIGGER = re.compile(
    r"(いただき|いただいた|いただけ|頂き|届き|到着し|揃い|そろい|(写真|書類|ご返信|ご返送|ご入金|お振込|お支払い|ご連絡|お知らせ)[^、。]{0,8})(次第|しだい)"
)
_SAME_DAY = re.compile(r"当日中|即日|同日中|その日のうちに|翌営業日|翌日")
_ASKS_CUSTOMER = re.compile(r"ください|いただけ(ます|ません)(でしょう)?か|お願い(いた|致|申し上げ)")


def _time_set_by_customer(document: Document, sentence: Sentence) -> bool:
    """The 〜次第 waits on the customer: named in the clause, or asked for just before."""
    text = sentence.masked
    if _CUSTOMER_TRIGGER.search(text) or _SAME_DAY.search(text):
        return True
    if "次第" not in text and "しだい" not in text:
        return False
    index = document.index_of(sentence)
    before = document.sentences[index - 1] if index else None
    return (
        before is not None
        and before.paragraph == sentence.paragraph
        and _ASKS_CUSTOMER.search(before.masked) is not None
    )


def _deadline_just_given(document: Document, sentence: Sentence) -> bool:
    """「…12月3日までにお知らせいただけますでしょうか。…早めに確定させたいと考えております」:
    the sentence before asked the customer for something by a concrete date; a time word
    explaining that request has its figure already."""
    index = document.index_of(sentence)
    if index == 0:
        return False
    before = document.sentences[index - 1]
    return (
        before.paragraph == sentence.paragraph
        and japanese.has_concrete_figure(before.masked)
        and _ASKS_CUSTOMER.search(before.masked) is not None
    )


# A date or time the customer can count on (not any figure: 「5,000円」 dates nothing).
_DATE_JA = re.compile(
    r"\d+\s*月\s*\d+\s*日|\d+\s*日[（(]|[月火水木金土日]曜|\d+\s*[:：時]|本日|明日|明後日|今週中|今日中|\d+\s*営業日|\d+\s*日(以内|まで|後)"
)
_DATE_EN = phrases.compile(
    rf"\b({english._MONTHS}|{english._DAYS})\b|\b\d{{1,2}}(:\d\d)?\s*(am|pm)\b|\b(today|tomorrow|tonight)\b|\bwithin \d+\b|\b\d+ (business |working )?days\b"
)


def _date_follows(document: Document, sentence: Sentence) -> bool:
    """「面接の日程は決まり次第ご連絡いたします。遅くとも12月5日（金）までにはお知らせします」:
    the next sentence of the paragraph gives the date the vague word left open."""
    index = document.index_of(sentence)
    if index + 1 >= len(document.sentences):
        return False
    following = document.sentences[index + 1]
    pattern = _DATE_JA if following.lang == "ja" else _DATE_EN
    return (
        following.paragraph == sentence.paragraph and pattern.search(following.masked) is not None
    )


# 「後日ご来店の際に」「後日改めてお越しください」「後日不具合が出た場合は」: a later day that is
# the customer's to choose, or a case that may come; no time of ours is withheld.
_THEIR_LATER_DAY_JA = re.compile(
    r"後日[、,]?[^。]{0,12}((ご|お)(来店|来院|来場|来社|越し|持ち込み|立ち寄り|受け取り)|(場合|とき|際)(は|に|も))"
)


# 「被害を受けた家財については、後日保険の手続きをご案内しますので、写真を撮っておいていただける
# と助かります」 (outside8 t8d-012): the later step is the reason for what the customer is asked
# to do now; the request, not a date, is what the sentence gives them.
_REASON_FOR_A_REQUEST_JA = re.compile(
    r"(ので|ため)[、,][^。]{0,60}(ください|いただけ(ます|ません)(でしょう)?か|いただけると(助かり|幸い)|いただければ(助かり|幸い)|お願い(いた|致|申し上げ|し))"
)


# Asked to wait for, or to check, the thing that comes later: then its time is what they need.
_WAIT_FOR_IT = re.compile(r"お待ち|ご確認|ご了承|ご査収|ご覧")


def waits_for_a_dated_step(document: Document, index: int) -> bool:
    """「入荷予定：11月28日／発送予定：11月29日」 then 「到着まで、いましばらくお待ちください」
    (fresh-eval39 d-ja-010): the wait was dated in the three sentences just before."""
    if "お待ち" not in document.sentences[index].masked:
        return False
    return any(index - 3 <= other < index for other in _dated_sentences(document))


def _timed_elsewhere(document: Document, sentence: Sentence) -> bool:
    """「次回の抽選日程は、決まり次第お知らせします」 after 「次回の抽選（1月予定）からは〜」
    (outside8 t8d-094): what is not yet decided was given a month or date elsewhere in the
    mail; the exact day is what follows when it is set."""
    nouns = {
        token.surface
        for token in sentence.tokens
        if token.pos1 == "名詞" and len(token.surface) >= 2 and token.pos2 != "数詞"
    } - {"次第", "決まり", "後日", "詳細", "日程", "予定", "ご連絡", "連絡", "お知らせ"}
    index = document.index_of(sentence)
    if waits_for_a_dated_step(document, index):
        return True
    dated = _dated_sentences(document)
    if not nouns:
        return False
    # The nearest dated sentences only: a mail is tens of sentences, a pasted 100,000
    # characters must not compare every vague sentence with every dated one.
    middle = bisect.bisect_left(dated, index)
    around = dated[max(0, middle - _NEAREST) : middle + _NEAREST]
    nearest = sorted(around, key=lambda other: abs(other - index))[:_NEAREST]
    return any(
        other != index
        and any(noun in document.sentences[other].masked for noun in nouns)
        and _TIMES_A_STEP_JA.search(document.sentences[other].masked) is not None
        for other in nearest
    )


# The date elsewhere must time a step (「1月予定」「12月10日までに返金します」「3日に発送
# します」), not name the day of what happened: 「8月24日（日）の公演が中止になった件について、
# 払い戻しをご案内いたします」 dates the concert, and 「近日中に返金いたします」 stays vague
# (fresh-eval51 d-ja-029).
_TIMES_A_STEP_JA = re.compile(
    r"予定|まで|以降|頃|ごろ|目安|見込み|めど|目処|以内|中旬|上旬|下旬|"
    r"(日|月|週|曜)(）|\))?(に|から|中に|中|付で|付けで)[、,]?[^。]{0,30}(いたします|します|なります|できます|お送り|発送|返金|お届け|ご連絡|お知らせ|開始|実施|行い|再開|決定|確定|お振込|振り込|入金)"
)


_NEAREST = 40
_DATED_CACHE: list[tuple[str, tuple[int, ...]]] = []


def _dated_sentences(document: Document) -> tuple[int, ...]:
    """Indices of the Japanese sentences giving a date or a month, once per document (the
    cache holds the last document's text object: the rules read one document at a time)."""
    if _DATED_CACHE and _DATED_CACHE[0][0] is document.text:
        return _DATED_CACHE[0][1]
    dated = tuple(
        position
        for position, other in enumerate(document.sentences)
        if other.lang == "ja"
        and (_DATE_JA.search(other.masked) or _MONTH_PLAN_JA.search(other.masked))
    )
    _DATED_CACHE[:] = [(document.text, dated)]
    return dated


# 「数十万円程度」: a number word with no number in it is no figure (fresh-eval43 d-ja-038).
_ROUGH_NUMBER_JA = re.compile(
    r"数(十|百|千|万)+(万|千|百)?(円|件|名|人|個|本|枚|日|週間|か月|ヶ月|年)"
)
# 「トートバッグ300枚の納期ですが、〜近日中の出荷を予定しております」: a count of things says
# how many, not when or how much (fresh-eval44 d-ja-032).
_COUNT_JA = re.compile(
    r"[0-9０-９][0-9０-９,，]*\s*(枚|個|本|台|冊|セット|ケース|箱|着|足|脚|組|匹|頭|羽|株|袋|缶|瓶)(?!目)"
)
_MONTH_PLAN_JA = re.compile(r"\d+\s*月\s*(予定|上旬|中旬|下旬|頃|ごろ|中|末)")


def _japanese(document: Document, sentence: Sentence) -> list[Finding]:
    text = sentence.masked
    if _deadline_just_given(document, sentence):
        return []
    figures = _COUNT_JA.sub("", _ROUGH_NUMBER_JA.sub("", _COUNT_CONDITION_JA.sub("", text)))
    open_month = _OPEN_MONTH_JA.search(text)
    if open_month is not None and not _date_follows(document, sentence):
        start, end = sentence.start + open_month.start(), sentence.start + open_month.end()
        return [document.finding(ID, start, end, MESSAGE_TIME)]
    somewhere = _SOMEWHERE_IN_JA.search(text)
    if somewhere is not None and not _date_follows(document, sentence):
        start, end = sentence.start + somewhere.start(), sentence.start + somewhere.end()
        return [document.finding(ID, start, end, MESSAGE_TIME)]
    prescribed = _PRESCRIBED_JA.search(text)
    if prescribed is not None and not _amount_nearby(document, sentence):
        start, end = sentence.start + prescribed.start(), sentence.start + prescribed.end()
        return [document.finding(ID, start, end, MESSAGE_AMOUNT)]
    if japanese.has_concrete_figure(figures):
        # 「1日ごとに延滞料がかかります」: a figure, but a rate with no price.
        return _charge_unstated(document, sentence)
    if "後日" in text:
        text = _THEIR_LATER_DAY_JA.sub(lambda match: "\u2003" * len(match.group(0)), text)
    reason = _REASON_FOR_A_REQUEST_JA.search(text) if ("ので" in text or "ため" in text) else None
    if reason is not None and not _WAIT_FOR_IT.search(text, reason.start()):
        text = "\u2003" * reason.start() + text[reason.start() :]
    if _time_set_by_customer(document, sentence) and not re.search(
        r"近日|後ほど|のちほど|しばらく|早急|速やか|追って|後日|数日", text
    ):
        return []
    tokens = sentence.tokens
    findings = []
    for pattern, needs_measure, message in (
        (_TIME_JA, False, MESSAGE_TIME),
        (_AWAITED_JA, False, MESSAGE_TIME),
        (_AMOUNT_JA, True, MESSAGE_AMOUNT),
        (_LEFT_OPEN_JA, False, MESSAGE_AMOUNT),
        (_PRICE_OPEN_JA, False, MESSAGE_AMOUNT),
        (_LATER_TALK_JA, False, MESSAGE_AMOUNT),
        (_SIZE_ONLY_JA, False, MESSAGE_AMOUNT),
    ):
        # A size told in place of a figure is vague in the reason for a request too
        # (「待ち時間はそれなりにありますので、余裕をもってお越しください」), and its span ends on
        # its verb: 「ちょっとした」 is no past tense.
        size_only = pattern is _SIZE_ONLY_JA
        for match in pattern.finditer(sentence.masked if size_only else text):
            if needs_measure and not _MEASURABLE_JA.search(text, match.end()):
                continue
            at = match.end() - 1 if size_only else match.start()
            index = next((i for i, token in enumerate(tokens) if token.end > at), None)
            # (An awaited event is told in the past of its own clause: 「届いた時点で」.)
            if (
                index is not None
                and pattern is not _AWAITED_JA
                and japanese.is_past_after(tokens, index)
            ):
                continue
            start, end = sentence.start + match.start(), sentence.start + match.end()
            suggestion = (
                None
                if pattern in (_PRICE_OPEN_JA, _LATER_TALK_JA, _SIZE_ONLY_JA)
                else _suggest_ja(match.group(0), text)
            )
            findings.append(document.finding(ID, start, end, message, (suggestion, None)))
    # Read only for a sentence that has a vague word: looking across the mail for every
    # sentence made a 100,000-character paste quadratic.
    if findings and (
        _date_follows(document, sentence)
        or _timed_elsewhere(document, sentence)
        or _duration_before(document, sentence, findings)
    ):
        return []
    if findings:
        return findings[:1]
    return _charge_unstated(document, sentence) or _saving_unstated(document, sentence)


_DURATION_JA = re.compile(
    r"[0-9０-９]+\s*(日|週間|か月|ヶ月|カ月|時間|営業日)(前後|ほど|程度|以内|で|後|くらい|ぐらい)"
)


def _duration_before(document: Document, sentence: Sentence, findings: list[Finding]) -> bool:
    """「肩ひもの付け替えは、お預かりから10日前後でお渡しできます。仕上がり次第SMSでご連絡します」
    (fresh-eval64 s-ja-059): the sentence before gave how long; 〜次第 then says only that we
    write the moment it is done."""
    if not all("次第" in finding.excerpt or "しだい" in finding.excerpt for finding in findings):
        return False
    index = document.index_of(sentence)
    return index > 0 and _DURATION_JA.search(document.sentences[index - 1].masked) is not None


def _charge_unstated(document: Document, sentence: Sentence) -> list[Finding]:
    """「燃料代は別途いただきます」 with no price in it or next to it; the rewrite puts 〇円 in."""
    match = _CHARGE_UNSTATED_JA.search(sentence.masked)
    if match is None or _amount_nearby(document, sentence):
        return []
    cut = match.start("verb") - match.start()
    rewrite = match.group(0)[:cut] + "〇円" + match.group(0)[cut:]
    start, end = sentence.start + match.start(), sentence.start + match.end()
    return [document.finding(ID, start, end, MESSAGE_AMOUNT, (rewrite, None))]


def _saving_unstated(document: Document, sentence: Sentence) -> list[Finding]:
    """「セット割でお得になります」 with no figure in it or next to it."""
    match = _SAVING_UNSTATED_JA.search(sentence.masked)
    if match is None or _amount_nearby(document, sentence):
        return []
    start, end = sentence.start + match.start(), sentence.start + match.end()
    return [document.finding(ID, start, end, MESSAGE_AMOUNT, (None, None))]


def saving_or_range_named(text: str) -> bool:
    """A saving or a price that "depends" named without its figure (「お得になります」「料金は
    距離によって変わります」)."""
    return _SAVING_UNSTATED_JA.search(text) is not None


def charge_named(text: str) -> bool:
    """A charge the sentence names without its amount (「所定の手数料」「延滞料がかかります」)."""
    return bool(_PRESCRIBED_JA.search(text) or _CHARGE_UNSTATED_JA.search(text))


def _amount_nearby(
    document: Document, sentence: Sentence, amount: re.Pattern[str] = _AMOUNT_NEARBY_JA
) -> bool:
    """「キャンセル料がかかります。前日は50%、当日は100%です」: the sentence itself, the next or the
    previous one gives the amount the charge left open."""
    index = document.index_of(sentence)
    return any(amount.search(other.masked) for other in document.neighbours(index, 1, 1))


# "as soon as you reply": the customer sets the time; "it only takes a few minutes": an upper
# bound that reassures, not a figure withheld.
# "I really hope she is home soon" (a stolen dog, fresh-eval59 d-en-013): a wish for them.
# (A name is capitalised even where the rest is read in any case: "hope it's back soon" is
# about our own fix.)
_WISH_FOR_THEM_EN = (
    r"\bhop(e|ing) (that )?(he|she|they|you|your [\w-]+|(?-i:[A-Z][a-z]+))('s|’s| is| are| feels?| gets?| will be)? ?"
    r"(home|back|safe|found|better|well|recover(s|ed)?|turns? up|comes? home|feeling better)\b[^.,;]{0,12}\bsoon\b"
)
_WISH_FOR_THEM = re.compile(_WISH_FOR_THEM_EN, re.IGNORECASE)


def wish_for_them(text: str) -> bool:
    """ "We hope he feels better soon": no time of ours is withheld."""
    return _WISH_FOR_THEM.search(text) is not None


_NOT_VAGUE_EN = phrases.compile(
    _WISH_FOR_THEM_EN + "|"
    r"\b(as soon as|once|when) (you|your)\b|"
    # "If you've lived alone for a while, we can backdate it" (train9): the customer's own past,
    # in the condition of what we offer; no time of ours is withheld.
    r"\byou('ve|’ve| have| had|'d)\b[^,.;]{0,40}\b(for a while|for some time)\b|"
    # "Anyone who's played a while knows …" (fresh-eval38 s-en-041): their experience, no time of ours.
    r"\b(who|you)('s|’s|'ve|’ve| has| have)? (played|worked|been|lived|used it|done it|ridden|flown|driven|trained) (for )?a while\b|"
    # "We hope to see you again soon", "see you soon": a closing wish, no time promised
    # (fresh-eval12 d-en-011, a clean part of an apology mail, drew a vague finding).
    r"\b(hope|hoping|look(ing)? forward) to (see(ing)?|welcom(e|ing)|hear(ing)?( from)?|serv(e|ing)|meet(ing)?) (you|from you)( again| back)?( very)? (soon|shortly)\b|\b(see|speak to|talk to) you (again )?soon\b|\bas soon as (a|an|the(?! (weather|rain|wind|snow|ground|roads?|conditions?) (allows?|permits?|clears?|improves?|dries|settles?))|it|they|he|she|this|that|any|each|every|someone|somebody|anyone|anybody|people|users?|visitors?|guests?|riders?|readers?)\b|\b(only|just|less than|under) (takes? |needs? )?(a few|some) (more )?(minutes|seconds|moments)\b",
    re.IGNORECASE,
)


# "The price will go up a little from April" (fresh-eval38 s-en-018): the month is when, not how
# much; a rise or a cut by "a little" with no amount stays vague. Likewise an extra charge
# with no amount ("Integration changes cost extra.", "A call-out after 6 p.m. costs a bit
# extra.": fresh-eval49 s-en-017, fresh-eval50 s-en-041), whatever time the sentence names.
_CHANGE_UNSTATED_EN = phrases.compile(
    r"\b(costs?|charged|billed|charge|pay|paying) (as |a (bit|little|touch) )?extra\b|"
    # fresh-eval59 s-en-063: "will be billed at our standard rate" — which is how much?
    r"\b(charged|billed|invoiced|payable|charge|bill|invoice) (\w+ )?at (our|the) (standard|usual|normal|regular|current|prevailing|applicable|published|list) (rate|rates|fee|fees|price|prices|tariff|charge)\b|"
    r"\b(go|goes|going|went|gone) (up|down) (a little|a bit|slightly|somewhat)\b|\b(rise|rises|increase|increases|drop|drops|fall|falls) (a little|a bit|slightly|somewhat)\b|\ba (slight|small|modest) (increase|rise|price rise|price increase)\b",
    re.IGNORECASE,
)
_AMOUNT_FIGURE_EN = phrases.compile(
    r"[$£€¥]|\d\s*(%|p\b(?!\.?m\b)|pence|cents?|yen|pounds?|dollars?|euros?)", re.IGNORECASE
)


def _english(document: Document, sentence: Sentence) -> list[Finding]:
    text = sentence.masked
    change = _CHANGE_UNSTATED_EN.search(text)
    if (
        change
        and not _AMOUNT_FIGURE_EN.search(text)
        and not _amount_nearby(document, sentence, _AMOUNT_FIGURE_EN)
    ):
        start, end = sentence.start + change.start(), sentence.start + change.end()
        return [
            document.finding(ID, start, end, MESSAGE_AMOUNT, (None, "<exact amount, e.g. $5.00>"))
        ]
    if english.has_concrete_figure(text) or _date_follows(document, sentence):
        return []
    text = _NOT_VAGUE_EN.sub(lambda match: " " * len(match.group(0)), text)
    message, suggestion = MESSAGE_TIME, "by <date and time>"
    match = _TIME_EN.search(text)
    if match is None:
        message, suggestion = MESSAGE_AMOUNT, "<exact amount, e.g. $5.00>"
        match = _AMOUNT_EN.search(text)
        if match is None or not _MEASURABLE_EN.search(text):
            match = _LEFT_OPEN_EN.search(text)
            if match is None:
                return []
            suggestion = f"{match.group(1)} {suggestion}"  # "is <exact amount …>"
    return [
        document.finding(
            ID,
            sentence.start + match.start(),
            sentence.start + match.end(),
            message,
            (None, suggestion),
        )
    ]


class Vague:
    id = ID
    description_ja = (
        "あいまい表現（「少し費用が」「なるべく早く」「近日中」など、具体的な数字がない）"
    )
    description_en = "Vague amounts, times or promises where a concrete figure is expected"
    level: Level = "sentence"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        (
            "time",
            "時期があいまい（「近日中」「準備が整い次第」）",
            'Vague time ("soon", "in due course")',
        ),
        (
            "amount",
            "金額・量があいまい（「多少の手数料」「若干の費用」）",
            'Vague amount ("a small fee", "some additional costs")',
        ),
        (
            "duration",
            "期間・程度があいまい（「かなり時間がかかる」「数日ほど」）",
            'Vague duration or degree ("may take a while")',
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        return each_sentence(document, _japanese, _english)


RULE = Vague()
