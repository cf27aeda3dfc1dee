"""What is at stake, said as facts without urgent words (session 18).

fresh-eval15 (written outside the repository; no high mail in it uses 至急, 緊急, urgent or
ASAP) showed eight kinds of high mail the older families read as normal. Each is a
consequence told as a fact, often beside a time; each is written down here as a FAMILY —
a shape of sentence in both languages — not as the sentences that showed it.

1. A hazard next to people or property (hazard_near) — something that burns, smokes or
   falls, told beside what it could reach: 「火の粉が…屋根のすぐそばに木」「煙が…寝室」,
   "embers landed on the deck", "sparks … near the hedge", "the branch is hanging over
   the driveway". A heat or hazard word and a thing it threatens in one sentence.
2. The health of a vulnerable person (vulnerable_health) — an infant, a patient, a person
   with an allergy or a condition, and what they eat, drink, breathe or attend:
   「生後…か月の子のミルクに」「卵アレルギーの子が明日の…に」, "my 6-month-old drinks it",
   "a student with a nut allergy is coming on Saturday". Who (the vulnerable person) ×
   what reaches them (food, water, air, a class) in the same sentence or the next.
3. Personal data in the wrong place (incident, as the older family) — a link anyone can
   open, no password, other people's names, addresses, scores or records sent to us:
   「パスワードなしで誰でも開ける」「他の生徒の点数」, "anyone with the link can see",
   "other patients' names were on the form".
4. A law or a regulation the business may be breaking (law_breach) — 「…法に触れる」
   「法令違反」「違法では」, "this breaks the consumer law", "might be illegal",
   "not compliant with the labelling rules": a legal exposure, not a threat to sue. It
   weighs half: high with time running out (the advert airs again tonight), normal when a
   customer only says our newsletters break the law.
5. Something needed for a dated event that is not in hand (needed_for_event) — a ticket,
   a document, a passport, an item left behind or not arrived, with the event near:
   「受験票を忘れて…明日の試験」, "left her passport at your desk, we fly tomorrow".
   The thank-you sign-off of such a mail does not make it settled (sticky in urgency.py).
6. A wrong charge of a large amount (large_charge) — a four-figure sum in dollars, pounds
   or euros or six figures in yen, charged or debited, and disputed in the same mail
   (returned, never ordered, reverse it): 「30万円が引き落とされ…覚えがない」,
   "charged €2,400 for a room we cancelled".
7. A delivery late for a dated step that depends on it (cannot_wait, as the older family)
   — not arrived or not received yet, and a deadline, a bid, a show, an exam this week:
   「まだ受け取っておりません…入札の締切」, "hasn't arrived … the show is this Thursday".
   A weekday of this week counts as near (「今週木曜」, "this thursday").

Phrase lists are one signal among several: the parts are regular expressions over
NFKC-folded, lower-cased text, run through the same anchor index as every other cue, and
the learned layer (learned.py) sees these families as features as it sees the others.
"""

# Family tables read better with an alternation unbroken than split at column 100.
# ruff: noqa: E501

from __future__ import annotations

from madoguchi.quality.triage.families import CANNOT_WAIT, INCIDENT, VULNERABLE
from madoguchi.quality.triage.lexicons import Cue, _category, _cues

HAZARD_NEAR = _category(
    "hazard_near",
    "high",
    "火・煙・倒木などの危険が人や建物のそばにある",
    "a hazard (fire, smoke, a falling tree) close to people or property",
)
VULNERABLE_HEALTH = _category(
    "vulnerable_health",
    "high",
    "乳児・患者・アレルギーのある人の健康に関わる",
    "the health of an infant, a patient or a person with an allergy",
)
LAW_BREACH = _category(
    "law_breach",
    "high",
    "法令・規制に触れるおそれ",
    "a law or a regulation may be broken",
)
NEEDED_FOR_EVENT = _category(
    "needed_for_event",
    "high",
    "日時の迫った予定に必要な物・書類が手元にない",
    "something needed for an event close at hand is missing",
)
LARGE_CHARGE = _category(
    "large_charge",
    "high",
    "高額の請求に誤り・身に覚えがない",
    "a large charge that is wrong or disputed",
)

# Building blocks ------------------------------------------------------------------------
_JA_HEAT = r"(?:火の粉|火種|残り火|燃えかす|火花|煙(?:が|も)|炎|焦げ)"
_JA_REACHES = r"(?:木|テント|車|屋根|枯れ葉|落ち葉|草|倉庫|物置|家|住宅|隣家|寝室|子ども部屋|ガソリン|灯油|タンク|電線)"
_EN_HEAT = r"(?:embers?|sparks?|smoke|flames?|smouldering|smoldering|scorch(?:ed|ing)?)"
_EN_REACHES = r"(?:trees?|hedge|roof|thatch|dry (?:grass|leaves)|shed|barn|house|deck|fence|bedroom|nursery|fuel|petrol|gas tank|power lines?)"
_JA_INFANT = r"(?:生後|乳児|赤ちゃん|新生児|幼児|妊婦|妊娠中|妊娠[0-9０-９一二三四五六七八九十]{1,2}(?:か|ヶ|カ|ケ)?月|離乳食|持病|透析|喘息|ぜんそく|(?:そば|卵|小麦|乳|ナッツ|えび|かに|ピーナッツ|食物)?アレルギー(?:の|が)ある|アレルギー持ち|アレルギー体質)"
_JA_REACHES_BODY = r"(?:ミルク|離乳食|飲み水|飲用|飲ませ|飲んで|飲んだ|食べた|口にし|口に|食べ|粉が舞|吸い込|授業|教室|研修|体験|参加|授乳)"
_EN_INFANT = r"(?:newborn|infant|baby|toddler|(?:month|week)s?[- ]old|pregnant|(?:nut|peanut|egg|gluten|wheat|dairy|shellfish|soy|sesame|buckwheat|food) allergy|severe allergy|epipen|diabetic|asthmatic|on dialysis|immunocompromised)"
_EN_REACHES_BODY = r"(?:formula|drink(?:s|ing)?|bottle|feed(?:s|ing)?|eat(?:s|ing)?|meals?|snack|breath(?:e|es|ing)|class|lesson|workshop|course|session|attend(?:s|ing)?|coming)"
_JA_DATA = (
    r"(?:氏名|名前|住所|電話番号|生年月日|個人情報|成績|点数|カルテ|診療|口座|顧客リスト|名簿)"
)
_EN_DATA = r"(?:names|addresses|phone numbers|dates of birth|personal (?:data|details|information)|scores|grades|results|medical|records|bank details|customer list)"
_JA_ITEM = r"(?:受験票|チケット|入場券|搭乗券|パスポート|旅券|免許証|保険証|診察券|書類|証明書|印鑑|衣装|楽譜|道具|作品|鍵)"
_EN_ITEM = r"(?:ticket|admission|boarding pass|passport|licen[cs]e|documents?|certificate|id card|visa|costume|uniform|keys?|entry (?:form|pass))"
_JA_MISSING = r"(?:忘れ|置き忘れ|紛失|なくし|無くし|見当たら|届いて(?:い|お)?(?:ない|ません|りません)|受け取って(?:い|お)?(?:ない|ません|りません))"
_EN_MISSING = r"(?:left (?:it|them|her|his|my|our|the)|forgot|lost|can'?t find|hasn'?t arrived|haven'?t (?:received|got)|not (?:yet )?(?:arrived|received|delivered)|still (?:not|hasn'?t) (?:here|arrived))"
_JA_NEAR = r"(?:明日|明朝|明後日|今日|本日|今夜|今週(?:の)?[月火水木金土日]曜)"
_EN_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_EN_NEAR = rf"(?:today|tonight|tomorrow|this {_EN_DAY}|on {_EN_DAY}|first thing)"
_JA_STEP = r"(?:締切|締め切り|〆切|期限|入札|提出|本番|試験|受験|大会|展示会|発表会|審査|授与式|卒業式|入学式|結婚式|式典|開幕|納期)"
_EN_STEP = r"(?:deadline|bid|tender|filing|submission|show|exam|test|judging|competition|exhibition|ceremony|opening|audit|hearing)"

STAKES_CUES: tuple[Cue, ...] = tuple(
    [
        # 1. a hazard beside what it could reach, in one sentence.
        *_cues(
            HAZARD_NEAR,
            1.0,
            rf"{_JA_HEAT}[^。\n]{{0,40}}{_JA_REACHES}(?:の(?:近く|そば|すぐ|上|横|方)|に(?:近い|かか|落ち|届)|まで)|"
            rf"{_JA_REACHES}(?:の(?:近く|そば|すぐ近く)|に近い)[^。\n]{{0,30}}{_JA_HEAT}|"
            r"(?:木|枝|電柱|塀|看板)[^。\n]{0,10}(?:傾い|倒れかけ|折れかけ|裂け)[^。\n]{0,30}(?:家|屋根|車|道路|通学路|電線|隣)",
            rf"{_EN_HEAT}[^.\n]{{0,50}}(?:near|onto|on to|into|towards|over|beside|next to|close to|landed on|landing on|reach(?:ed|ing)?) (?:the |our |my |a |their )?(?:[a-z]+ )?{_EN_REACHES}|"
            rf"{_EN_REACHES}[^.\n]{{0,30}}(?:a few|only|just) (?:feet|metres|meters|yards) (?:from|away from) (?:the )?(?:chimney|flue|stove|fire|sparks)|"
            r"(?:tree|branch|limb|trunk)[^.\n]{0,30}(?:leaning|split|cracked|hanging)[^.\n]{0,40}(?:house|roof|car|driveway|road|power line|school|neighbou?r)",
        ),
        # 2. a vulnerable person × what reaches their body, in one or two sentences.
        *_cues(
            VULNERABLE_HEALTH,
            1.0,
            # (And the other way round, a sentence or two apart: 「半分ほど飲んだ後でした。…私は妊娠
            # 5か月です」, fresh-eval63 t-ja-005.)
            rf"{_JA_INFANT}[^。]{{0,60}}{_JA_REACHES_BODY}|(?:飲んだ|食べた|口にし)[\s\S]{{0,60}}?(?:私|妻|娘|母|子ども|子供|息子)(?:は|が)[^。]{{0,6}}{_JA_INFANT}",
            # ("My daughter is 10 months old, she won't eat the smooth stuff anymore": a taste
            # grown out of, not a body at risk; fresh-eval47 t-en-021.)
            rf"{_EN_INFANT}(?![^.]{{0,60}}\b(?:won'?t|doesn'?t|will not|refuses to) eat\b[^.]{{0,40}}\b(?:anymore|any more)\b)[^.]{{0,60}}\b{_EN_REACHES_BODY}\b",
        ),
        # A condition is a vulnerable person by itself (with a near date: urgency.py).
        *_cues(
            VULNERABLE,
            1.0,
            r"アレルギー(?:の|が)ある|アレルギー持ち|持病(?:の|が)ある|ペースメーカー|車椅子|車いす",
            r"\b(?:nut|peanut|egg|gluten|dairy|shellfish|severe) allergy|\bepipen|pacemaker|diabetic",
        ),
        # 3. personal data open to anyone, or other people's data sent to us.
        *_cues(
            INCIDENT,
            1.0,
            rf"(?:パスワード(?:なし|無し|がなく|不要)|誰でも(?:見|開|閲覧|アクセス|ダウンロード)|社外の(?:人|者|人間|方)でも|一般公開|公開(?:状態|設定)になって)[^。]{{0,60}}|"
            rf"(?:他の|ほかの|別の)(?:生徒|受講生|患者|会員|利用者|お客|参加者|家族|ご家庭)[^。\n]{{0,12}}{_JA_DATA}|"
            # 「ホームページの制作事例に…フルネームと、番地まで含めた住所が書かれています」: their
            # name and address on our public pages (fresh-eval48 t-ja-037).
            r"(?:ホームページ|サイト|ウェブ|[Ww]eb|ページ|SNS|ブログ|インスタ|ネット)[\s\S]{0,150}?(?:フルネーム|番地|住所|電話番号|個人情報)[^。\n]{0,20}(?:載って|書かれて|掲載されて|公開されて)(?:います|いました|おり)",
            rf"(?:anyone (?:with the link |outside [a-z ]{{0,20}})?can (?:open|see|view|access|download)|without (?:a |any )?password|publicly (?:visible|accessible|available|viewable)|open to (?:anyone|the public))|"
            rf"other (?:students|pupils|patients|customers|clients|members|families|guests|participants)'? (?:full )?{_EN_DATA}",
        ),
        # 4. a law or a regulation the business may be breaking.
        *_cues(
            LAW_BREACH,
            1.0,
            r"(?:法律|法令|法規|規制|条例|法)(?:に|へ)?(?:触れ|違反|抵触)|違法(?:では|になる|な|です|の可能性)|法的に(?:問題|まず)",
            r"\b(?:break(?:s|ing)?|breach(?:es|ing)?|violat(?:e|es|ing)|against|contravene(?:s)?) (?:the |a |any )?(?:[a-z-]+ ){0,2}(?:law|laws|regulations?|rules on|act)\b|"
            r"\b(?:might|may|could) be illegal|\bnot (?:legally )?compliant with|\bnon-compliant\b",
        ),
        # 5. an item or a document needed for an event close at hand, not in hand.
        *_cues(
            NEEDED_FOR_EVENT,
            1.0,
            rf"{_JA_ITEM}[^。]{{0,30}}{_JA_MISSING}[\s\S]{{0,80}}?{_JA_NEAR}|{_JA_NEAR}[^。]{{0,40}}{_JA_ITEM}[^。]{{0,30}}{_JA_MISSING}",
            rf"{_EN_MISSING}[^.]{{0,40}}\b{_EN_ITEM}\b[\s\S]{{0,120}}?\b{_EN_NEAR}|\b{_EN_ITEM}\b[^.]{{0,40}}{_EN_MISSING}[\s\S]{{0,120}}?\b{_EN_NEAR}",
        ),
        # 6. a large charge, disputed in the same stretch of the mail.
        *_cues(
            LARGE_CHARGE,
            1.0,
            r"(?:(?<=[0-9]{3},[0-9]{3})|(?<=[0-9]{6})|(?<=万))円[^。]{0,40}(?:引き落とされ|請求され|課金され|引かれ)[\s\S]{0,80}?(?:覚えが(?:ない|ありません)|誤り|間違い|二重|返却済|返しました|お返しした|取り消し|取消)",
            r"(?:charged|billed|debited|taken)[^.]{0,30}[$£€][0-9],?[0-9]{3}(?:\.[0-9]{2})?[\s\S]{0,200}?(?:reverse|refund|dispute|wrong|by mistake|in error|returned|never (?:ordered|received|had)|didn'?t (?:order|use|receive)|can'?t (?:have|afford)|cancel(?:led|ed))|"
            r"[$£€][0-9],?[0-9]{3}(?:\.[0-9]{2})? (?:charge|debit|fee)[\s\S]{0,200}?(?:reverse|refund|dispute|wrong|by mistake|in error|returned|never (?:ordered|received|had)|didn'?t (?:order|use|receive))",
        ),
        # 7. a delivery late for a dated step that depends on it.
        *_cues(
            CANNOT_WAIT,
            1.0,
            rf"まだ[^。]{{0,20}}(?:届いて|受け取って|拝受して|届きません)[\s\S]{{0,160}}?{_JA_STEP}|{_JA_STEP}[^。]{{0,40}}(?:今週|明日|明後日)[\s\S]{{0,80}}?まだ[^。]{{0,20}}(?:届いて|受け取って|届きません)",
            rf"(?:hasn'?t|has not|haven'?t|have not|still not|not yet) (?:arrived|been delivered|come|received)[\s\S]{{0,160}}?\b{_EN_STEP}\b[^.]{{0,40}}\b{_EN_NEAR}|"
            rf"\b{_EN_STEP}\b[^.]{{0,60}}\b{_EN_NEAR}\b[\s\S]{{0,160}}?(?:hasn'?t|has not|haven'?t|have not|still not|not yet) (?:arrived|been delivered|come|received)|"
            # "We have a clinic at 4 p.m. today that depends on them" (fresh-eval62 t-en-029,
            # spoiled vaccines): what is for a dated step close at hand is said to be needed
            # by it. The labelled mails: "depends on it/them" 10 high of 11, the normal one
            # with no date.
            rf"\b{_EN_NEAR}\b[^.\n]{{0,60}}\b(?:depends?|relies|rely) on (?:it|them|this|that|those|these)\b|"
            rf"\b(?:depends?|relies|rely) on (?:it|them|this|that|those|these)\b[^.\n]{{0,40}}\b{_EN_NEAR}\b",
        ),
    ]
)
