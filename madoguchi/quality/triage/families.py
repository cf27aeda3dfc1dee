"""Families of urgency and feeling that customers state as facts, not as urgent words.

Outside sets showed what the phrase cues (lexicons.py) miss: a mail is urgent because of
what happens if nobody acts (a consequence: someone's safety, a security incident, money
lost, a business stopped, a legal step, a trip or event that cannot wait, a customer who
has asked three times) and how soon (minutes or hours left, today's cutoff, tomorrow
morning). Anger is often cold (an ultimatum, sarcasm, resignation), fear is often a
question (「このまま飲んでいいのか」, "is it safe to keep driving").

Each family is built from parts that follow Japanese and English morphology and sentence
structure rather than from whole phrases: a condition (〜なければ / 〜ない場合 / "if … not",
"unless", "or") followed by a step the writer will take; an ordinal of contact (3回目 /
"third email") or a count of attempts; an event noun next to a time that is near; a
question about safety (〜ても大丈夫 / 〜ていいのか / "is it safe to", "should I").
The parts are regular expressions over NFKC text (so １５時 reads as 15時) lower-cased,
run through the same anchor index as the phrase cues: each costs a look-up, not a scan.

`time` families are not urgent alone (「本日はよろしくお願いします」): urgency.py weighs
them against a consequence or a request (consequence × time).
"""

# Family tables read better with an alternation unbroken than split at column 100.
# ruff: noqa: E501

from __future__ import annotations

from madoguchi.quality.triage.lexicons import (
    EN_TODAY_DUE,
    FRAUD_JA,
    JA_NOT_ALREADY_PAST,
    JA_RIGHT_NOW,
    Cue,
    _category,
    _cues,
)

# "the third time" that counts failures, not the writer's contacts: "Third time this month the
# receipt printer has jammed" (fresh-eval39 t-en-039), "the third time my jump has been
# rescheduled" (fresh-eval40 t-en-001).
_EN_NOT_A_FAILURE_COUNT = (
    r"(?! (?:this|in a) (?:month|week|year|row)\b[^.\n]{0,12}\b(?:the|it|my|our|your|a)\b)"
    r"(?! (?:that )?(?:my|the|our|your|it|this|a) (?:[\w-]+ )?(?:[\w-]+ )?(?:has|have|had|was|were|got) (?:been )?[a-z]+(?:ed|en)\b)"
)

# --- consequences (signal "high": urgent on their own) -----------------------------------
SAFETY = _category("safety", "high", "人の安全・健康に関わる", "someone's safety or health at risk")
# A child, an elderly parent, a patient: not urgent alone, but with a near time it is.
VULNERABLE = _category(
    "vulnerable",
    "context",
    "子ども・高齢者・患者が関わる",
    "a child, an elderly or ill person involved",
)
MONEY_LOST = _category(
    "money_lost", "high", "お金が失われている・戻らない", "money lost, held or not paid"
)
STOPPED = _category(
    "stopped", "high", "業務・生活が止まっている", "a business or a household is stopped"
)
INCIDENT = _category(
    "incident", "high", "不正利用・情報漏えいの疑い", "fraud, account takeover or leaked data"
)
AUTHORITY = _category(
    "authority", "high", "行政・専門機関への申し出の示唆", "a regulator, ombudsman or court named"
)
CANNOT_WAIT = _category(
    "cannot_wait",
    "high",
    "日時の決まった予定に間に合わない",
    "a trip, delivery or event that cannot wait",
)
ESCALATION = _category(
    "escalation",
    "high",
    "何度も連絡しているのに解決しない",
    "has asked repeatedly without an answer",
)
ULTIMATUM = _category(
    "ultimatum",
    "high",
    "期限付きの要求・次の手段の予告",
    "an ultimatum: a deadline and a next step",
)
# Someone who depends on the service (a child to be collected, a parent in care) left
# without it today: 「祖母はお迎えの登録者になっておりません」, "the carer never came".
DEPENDENT = _category(
    "dependent",
    "high",
    "サービスに頼っている人（子ども・高齢者）が取り残される",
    "someone who depends on the service is left without it",
)
# Two amounts in one mail an order of magnitude apart where a charge is told (「表示は600円
# …30,600円の利用」), or 「桁が違う」: money taken far over what it should be
# (madoguchi.quality.triage.amounts finds the two amounts).
AMOUNT_MISMATCH = _category(
    "amount_mismatch",
    "high",
    "請求額が本来の金額と桁違い",
    "charged far more than the expected amount",
)
# A chase about an answer we promised and did not give (walk 13 F21(a):
# 「昨日中にご連絡をいただけると伺っていましたが、まだ届いておりません」, "you said you would
# get back to me by yesterday"): a second contact we caused, urgent like a repeated one.
PROMISE_MISSED = _category(
    "promise_missed",
    "high",
    "約束した回答・連絡が期日までに届いていない",
    "we missed an answer we promised",
)
# A curt "again." about something broken (walk 13 F22: "your import is broken. again."):
# anger, but not the formal kind.
CURT_AGAIN = _category(
    "curt_again", "angry", "同じ不具合の繰り返しへの苛立ち", "fed up: the same trouble again"
)
# --- time (weighed with a consequence or a request) -------------------------------------
TIME_NEAR = _category(
    "time_near",
    "time",
    "残り時間が少ない（今日・数時間以内）",
    "little time left (today, within hours)",
)
TIME_SOON = _category(
    "time_soon",
    "time",
    "期日が近い（明日・数日以内）",
    "a date close at hand (tomorrow, this week)",
)
# Trouble that has run since earlier today ("down since 9:05", 「今朝から」) is harm that
# keeps adding up: it says how long it has lasted, not how long is left, so it is not
# time_near, but with a consequence it is urgent all the same.
ONGOING = _category(
    "ongoing",
    "time",
    "今日のうちから続いている",
    "going on since earlier today",
)
# --- feelings said calmly --------------------------------------------------------------
COLD_ANGER = _category(
    "cold_anger",
    "angry",
    "丁寧だが強い不満（抗議・説明要求）",
    "formal anger: a complaint, a demand for an explanation",
)
SARCASM = _category("sarcasm", "angry", "皮肉", "sarcasm")
RESIGNATION = _category(
    "resignation", "angry", "あきらめ・不信", "resignation: no longer expects anything"
)
FEAR = _category("fear", "anxious", "安全・お金・データへの不安", "fear for safety, money or data")
AT_A_LOSS = _category(
    "at_a_loss", "anxious", "どうすればよいか分からない", "does not know what to do"
)
RELIEF = _category("relief", "positive", "安心・感謝", "relief and thanks")
WISH = _category("wish", "low", "要望・提案", "a wish or suggestion")
# A question about something a season or more away (「来年のお盆」「次回はいつごろ」, "next
# summer") or for a brochure, with nothing broken and no date close: nobody waits on it.
LATER = _category(
    "later",
    "low",
    "先の予定の問い合わせ・資料の希望（急ぐ事情なし）",
    "asks about plans far ahead or for a brochure, nothing pressing",
)
FOR_INFORMATION = _category(
    "for_information", "low", "お知らせ・報告のみ（返信不要）", "for information, no reply needed"
)
DEMAND = _category("demand", "problem", "はっきりした要求", "a firm demand")
REQUEST = _category("request", "problem", "依頼・問い合わせ", "a request or question")
# Something is not working, missing or wrong — as against a plain request or question
# (the "problem" cues hold both: 「教えてください」, "could you"). A routine request that says
# it can wait is low only when nothing is broken (urgency._unhurried_question).
BROKEN = _category("broken", "problem", "不具合・誤り", "something broken, missing or wrong")
# New standing details for the future — a new address, a new contact person, where invoices
# go from next month — told or asked for with nothing else at stake: every outside writer
# files these low (10 of 10 in train8, fresh-eval6 and train10); "how do I change my
# address?" (ASKS_HOW) still wants an answer and stays normal.
STANDING_CHANGE = _category(
    "standing_change",
    "low",
    "登録内容の変更の連絡",
    "new details for the future (address, contact)",
)
ASKS_HOW = _category("asks_how", "context", "手続きの質問", "asks how to do something")
# A worry told as over (「手術の前はとても不安でしたが」, "a year ago I was terrified"): in a
# thank-you or a happy report it is the story, not a present fear (emotion.feelings).
PAST_WORRY = _category("past_worry", "context", "過去の不安（今は解消）", "a worry that is over")
# The customer counts their contacts, three or more (「もう3回目です」, "this is the third
# time"): with anger and nothing else said, the count is the consequence (urgency.py).
REPEATED = _category("repeated", "context", "3回以上の連絡", "asked three times or more")
# The count is of the writer's own contacts (「3回目のご連絡」, "my fourth email", "I've asked
# three times"), not of a failure ("the third time it broke"): urgent even when calm.
REPEATED_CONTACT = _category(
    "repeated_contact", "context", "3回以上の連絡", "has written or called three times or more"
)
# A demand in command form (「返金しろ」「早く直してくれ」, "Refund me now."): the plain
# imperative a customer uses only when angry (walk 12, F-25: read as neutral).
COMMAND = _category("command", "angry", "命令口調の要求", "a demand in command form")
# A verdict on the product in a word or two (「使えない。」「使い物にならない」, "Useless."):
# the whole complaint is the verdict.
VERDICT = _category(
    "verdict", "angry", "製品・サービスへの一言の酷評", "a blunt verdict on the product"
)

# Session 15 (fresh-eval12's misses, by family). Money asked back as a bare question
# ("where's my refund", 「返金まだですか」): the demand itself, angry with no angry word.
MONEY_BACK = _category("money_back", "angry", "返金・返品の催促", "demands their money back")
# Something of the writer's own they cannot get at, said in one line ("My tickets won't
# show.", 「鍵が開きません。」): the outside writers read worry in it, not anger.
SHUT_OUT = _category(
    "shut_out",
    "anxious",
    "自分のチケット・鍵などが使えない",
    "cannot get at something of their own (a ticket, a key)",
)
# Belongings or property about to be lost for good: a boat taking on water, goods to be
# disposed of, 「処分されると取り返しがつきません」. Urgent on its own (urgency.py).
PROPERTY_AT_RISK = _category(
    "property_at_risk",
    "high",
    "財産・預かり品が失われかけている",
    "belongings or property about to be lost for good",
)

# Building blocks -----------------------------------------------------------------------
# 「当日」 is the day of the event the mail talks of, not today: 「当日はよろしくお願いします」,
# 「当日が雨予報」 are weeks ahead (session 7 found it read as little time left).
_JA_TODAY = r"(?:本日|今日|今夜|今晩|今朝|今から|" + JA_RIGHT_NOW + r"|このあと|この後)"
# A clock time that starts something (「9時から」「10:12以降」) says since when, not how soon.
_JA_CLOCK = r"(?:[0-9]{1,2}(?:時(?!間)|:[0-9]{2})(?:[0-9]{1,2}分|半)?(?!から|以降|頃から|ごろから|過ぎから))"
_EN_CLOCK = r"(?:[0-9]{1,2}(?::[0-9]{2})? ?(?:am|pm)\b|[0-9]{1,2}:[0-9]{2}|noon|midnight|midday)"
_EN_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_JA_EVENT = (
    r"(?:告別式|葬儀|通夜|結婚式|披露宴|式典|手術|出発|搭乗|フライト|飛行機|便に|便の|新幹線|電車|バス|"
    r"公演|開演|ライブ|コンサート|試合|大会|予選|展示会|イベント|納車|入居|引っ越し|引越し|試験|面接|"
    r"入社|勤務開始|監査|会議|会食|宴会|開店|オープン|営業開始|出荷|納品|量産|成形|通院|透析|"
    r"チェックイン|出社|登校|授業|旅行|商談|プレゼン|申請|締切|締め切り|期限|受付終了|配信|講習|検定|説明会)"
)
# Whole words: "legend" holds "end", "example" "exam", "prevent" "event", "dashboard" "board".
_EN_EVENT = (
    r"\b(?:funeral|wedding|ceremony|surgery|operation|flight|fly\b|flying|boarding|board\b|trains?\b|"
    r"departure|leaves?\b|concert|(?<!no-)(?<!no )show\b|gig|match|tournament|qualifier|expo|exhibition|events?\b|"
    r"launch|opening|opens|interview|exams?\b|start date|first day|completion|closing|audit|meeting|"
    r"board meeting|dinner|party|check-?in|checkout|appointment|session|shift|stream|sailing|ferry|"
    r"visa|embassy|rehearsal|deadline|cutoff|cut-off|closes|close\b|due\b|expires?|ends?\b)"
)
# A clock time with a later date in the same sentence ("at 9:40 on 3 June") is no hour left.
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# Nor is a clock time told with a past day ("at 10am yesterday", "at 4:50pm on the Monday"):
# when something happened, not the time left (fresh-eval17).
_EN_PAST_DAY = r"yesterday|last (?:night|week|month|year|[a-z]+day)|on the (?:mon|tues|wednes|thurs|fri|satur|sun)day|that (?:morning|afternoon|evening|night|day)"
_EN_NOT_DATED = rf"(?![^.\n]{{0,30}}\b(?:[0-9]{{1,2}}(?:st|nd|rd|th)? (?:of )?{_EN_MONTH}\b|{_EN_MONTH} [0-9]{{1,2}}\b|next (?:week|month|year)|{_EN_PAST_DAY}))"
# Session 32 (fresh-eval34 t-en-011, t-ja-061): a clock time right after a date ("our flight
# is on the 27th at 11:30", 「フライトは26日の10時」) is when, days ahead, not the hours left.
_EN_DATED_BEFORE = r"(?<!\dth )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!ber )(?<!ary )(?<!arch )(?<!pril )(?<!May )(?<!une )(?<!uly )(?<!gust )"
_JA_UNDATED_CLOCK = (
    r"(?<![0-9０-９])(?<![0-9０-９]日)(?<![0-9０-９]日の)(?<![月火水木金土日]）)(?<![月火水木金土日]\))"
    + _JA_CLOCK
)
_EN_NUMBER = r"(?:an?|[0-9]+|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty|forty-five|ninety|a couple of|a few|half an)"

FAMILY_CUES: tuple[Cue, ...] = tuple(
    [
        # --- safety: a body, a fire, a child, a fall --------------------------------------
        *_cues(
            SAFETY,
            1.0,
            r"発疹|じんましん|蕁麻疹|息苦し|呼吸が|意識が|反応が(?:鈍|な)|ぐったり|けいれん|痙攣|吐き気|嘔吐|"
            # (Not a worry that someone might: 「孫がはだしで歩くので、けがをしないか心配です」,
            # fresh-eval38 t-ja-085.)
            # (Nor 「転んでけがをしないかも不安です」「けがをしたり…しないか心配です」:
            # fresh-eval48 t-ja-063, t-ja-044.)
            # fresh-eval54 t-ja-059: a child's helmet strap that comes undone at a tug.
            r"(?:顎ひも|あごひも|顎紐|チャイルドシート|ベビーカー|抱っこ(?:ひも|紐)|シートベルト)[^。\n]{0,20}(?:外れ|壊れ|緩ん|ゆるん)|"
            r"倒れ|転倒|転んで(?![^。\n]{0,10}しないか)|怪我(?!をしないか|しないか|をしたり)|けがを(?!しないか|したり)|出血|骨折|救急|搬送|食中毒|アレルギー(?:反応|症状|が出)|アナフィラキシー|"
            r"咳が|赤く(?:なり|なって)|腫れ|吐いて|異物|金属片|火傷|(?:を|に|で)やけど|やけど(?:を|し)|"
            # A hazard left for the next person (fresh-eval14: 「他の人も踏むよ」).
            r"他の(?:人|方|お客|利用者)も[^。\n]{0,10}(?:踏|怪我|けが|やけど|転|危な)|"
            # (Not a scare told in thanks: 「ピッピが膨らんでいたときに病院を紹介していただき、本当に
            # ありがとうございました」, fresh-eval43 t-ja-086.)
            r"発火|発煙|煙が|焦げ臭|ガス(?:の|のような)?(?:臭|にお)|ガス漏れ|漏電|感電|火花|(?<!どんどん)(?<!費用が)(?<!費用も)(?<!金額が)(?<!予算が)(?<!請求が)膨らんで(?![^。\n]{0,40}(?:ありがとう|助かり|おかげ))|膨張|"
            # (Not a lorry's reversing alarm, 「バックの警告音」: fresh-eval46 t-ja-093.)
            r"一酸化炭素|(?<!バックの)(?<!バック時の)(?<!後退の)(?<!後退時の)警告音|垂れ下が|倒木|陥没|外れかか|外れそう|ぐらぐら|溢れそう|あふれそう|避難(?!のことを考え|の(?:備え|準備)|(?:する|した)?(?:とき|時|際|場合)|訓練)|地震(?!保険|(?:被害)?の?(?:補償|保障|保険))|津波|洪水|土砂|"
            r"ブレーキ[^。\n]{0,10}(?:効き|音)|"
            r"(?:連絡が|連絡も)(?:つか|取れ|とれ)(?:ない|ません)|帰って(?:こない|きません|来ない)|"
            r"(?:薬|錠)[^。\n]{0,12}(?:2回|２回|二回|間違え)|高熱|熱が(?:3|4)[0-9]|(?:38|39|40|41)(?:\.[0-9])?度|"
            # fresh-eval60 t-en-007's Japanese twin: the body telling it (「めまいがして冷や汗が」).
            r"めまいが|目まいが|眩暈が|冷や汗|胸が(?:痛|苦し)|胸の痛み|"
            # Mould found after it was eaten or drunk (fresh-eval63 t-ja-005: 「カビのようなもの…半分ほど
            # 飲んだ後でした」; the labelled mails: 2 of 2 high).
            r"(?:カビ|かび|黴)[\s\S]{0,160}?(?:飲んだ|食べた|口にした|食べてしま|飲んでしま)|(?:飲んだ|食べた|口にした|食べてしま|飲んでしま)[\s\S]{0,40}?(?:カビ|かび|黴)|"
            # The near miss, as "nobody was hurt" (fresh-eval63 t-en-055's Japanese twin).
            r"(?:幸い|さいわい)[、,]?(?:けが|怪我|ケガ)(?:人)?(?:は|も)(?:ありませんでした|なかった|ありません|いません|出ませんでした|していません)|(?:けが|怪我)人は(?:いません|出ていません|出ませんでした|いませんでした)|"
            r"(?:瓶|びん|ビン|缶|容器|ボトル)[^。\n]{0,12}(?:破裂|割れて飛び散|爆発)",
            r"\brash\b|hives|(?:hard|difficult|trouble|struggling) (?:to )?breath|can'?t breathe|"
            r"unconscious|fainted|collapsed|passed out|seizure|vomiting|throwing up|food poisoning|"
            # "vegan for ethical reasons rather than an allergy" names none (fresh-eval35 t-en-021).
            r"(?<!rather than an )(?<!rather than )(?<!not an )(?<!n't an )(?<!\bno )allerg(?:ic|y)|(?<!\bno )(?<!luckily no )(?<!without )\binjur|hurt (?:his|her|my|their)|"
            # A person fell; "my camera fell in a river" is no hazard to anyone.
            r"(?:\b(?:i|he|she|they|we|someone|mum|mom|dad|father|mother|son|daughter|husband|wife|child|guest|customer|resident|patient|man|woman|boy|girl|driver|worker) (?:fell|had a fall)|fell (?:down|over|off|from|and hit)|a (?:bad |nasty )?fall\b)|"
            r"bleeding|ambulance|"
            # "I smoke about five a day", "non-smoking room": a habit or a rule, not a hazard
            # (fresh-eval26 t-en-025).
            r"(?<!\bi )(?<!\bi still )(?<!\bwe )(?<!\bdon't )(?<!\bnot )\bsmoke\b(?! (?:about|around|a few|a pack|cigarettes|a day|daily|occasionally|socially|free))|(?<!non-)(?<!non )(?<!no )smoking(?! (?:room|area|policy|ban|rules?|cessation|status|history|habit))|sparks?\b(?! (?:lab|labs|team|kits?|club|academy|studio|store|shop)\b)|sparked|sparking|burning smell|smell of (?:gas|burning)|"
            # An animal in danger (hand set, session 34: a mare with colic, "gums look pale").
            r"(?:horse|pony|mare|gelding|foal|donkey|stallion)s?\b[^.\n]{0,40}\bcolic\b|pale(?:-ish)? gums|gums (?:look|are|were) (?:pale|white|grey|gray)|"
            r"gas(?:-like)? smell|gas leak|carbon monoxide|\bco alarm|power line|live wire|"
            r"swollen|swelling|overheat|\bfire\b(?![^.\n]{0,40}\b(?:last year|years ago|a (?:few |couple of )?years? ago|last (?:winter|summer|spring|autumn))\b)(?![- ]alarm (?:certificate|inspection|test|testing|service|servicing|maintenance|check|contract|company))(?![- ](?:insurance|cover|safety|drills?|doors?|exits?|regulations|certificate|extinguishers?|risks?|risk assessment|pits?|place|stick|tv|tablet|bowls?|starters?|wood|lighters?|ceremony|ceremonies|ritual|rituals|show|dance))|fever of|very limp|\blimp\b|double dose|twice by mistake|"
            r"brakes?\b[^.\n]{0,30}(?:soft|squeal|fail|grind)|warning light|(?:oil|brake) light|"
            r"mould|mold\b|asthma|can'?t reach (?:my|our|her|his)|hasn'?t come home|"
            r"could have been killed|came loose|\ba burn\b|burns? (?:on|to) (?:his|her|my|their|the|your)|burn(?:t|ed) (?:his|her|my|their|him|me|them|himself|herself|myself)|blister|too hot to (?:touch|hold|keep)|"
            r"smell(?:s|ing)? (?:like|of) (?:hot|burning|melting|melted) (?:plastic|rubber|wires?|electrics?)|sagg(?:ing|ed|s)\b|started to sag|bulging|(?:i'?m|we'?re|i am|we are|been|left|they'?re) stranded|"
            r"(?:children|kids|pupils|passengers)[^.\n]{0,40}(?:waiting|stuck) (?:by|at|on) the (?:road|roadside|side)|(?:could|might) (?:come off|fall|collapse)|wobbly|unsafe|"
            r"(?:don'?t|do not) feel safe|\bhit (?:him|her|my|me)\b|broken glass|glass in|"
            # fresh-eval60 t-en-007, t-en-013, t-en-025: a body that shows it ("dizzy and a bit
            # clammy"), furniture that tipped onto a child ("some bruising … could easily have hit
            # his head"), a bottle that burst ("glass and sticky liquid everywhere").
            r"\bdizz(?:y|iness)\b|\bclammy\b|light-?headed|chest pains?|"
            # fresh-eval63 t-en-055: a near miss told as "nobody was hurt" (a pressure valve spitting
            # hot water); the labelled mails that say so: 15 high of 16.
            # (Not when it was put right since: "nobody was hurt, and your engineer swapped it the
            # next week", hen-s20-02-011.)
            # (Nor "Your electrician repaired it the same week and nobody was hurt": matching._not_now.)
            r"\b(?:nobody|no one|no-one) (?:was|has been|got|'s been) (?:hurt|injured|burned|burnt|scalded)\b(?![^.\n]{0,50}\b(?:swapped|replaced|fixed|repaired|sorted|mended)\b)|"
            r"\b(?:pressure|temperature) gauge[^.\n]{0,30}(?:past|over|into|above) the red\b|"
            r"\bbruis(?:ing|ed|es)\b(?! (?:apples?|fruit|bananas?|pears?|peaches|plums|tomatoes|produce|leaves|petals))|"
            r"\b(?:tipped|toppled|tipping|toppling) (?:forward|over|onto)\b|(?:could|might) (?:easily )?have hit (?:his|her|their|my|our) head|"
            r"\b(?:bottles?|jars?|cans?|tins?|caps?|lids?|batter(?:y|ies)|pipes?|tanks?|cylinders?)\b[^.\n]{0,20}\b(?:burst|exploded|blew (?:off|up))\b|glass (?:everywhere|all over)|"
            # "earthquake insurers", "flood cover": a product named after the hazard, none under
            # way (fresh-eval59 t-en-009, "Not urgent - just planning for next year's renewal").
            r"(?:earthquake|flood)(?!s? (?:insurers?|insurance|cover|policy|policies|premiums?|retrofits?|retrofitting|resistance|resistant|kits?|drills?|preparedness|ratings?|standards?|codes?|regulations|certificates?|zones? map))(?!lights?|lit\b|gates?)|evacuat|tsunami",
        ),
        # Hazards told as a scene, not named: water where it should not be, an alarm going,
        # something loose in the wind, a driver nodding off.
        *_cues(
            SAFETY,
            1.0,
            r"焦げた(?:ような)?(?:におい|臭い|匂い)|水漏れ|漏水|水が(?:漏れ|溢れ|あふれ|噴き出|吹き出|にじみ出|染み出|しみ出|湧き出|出てき(?!ません|ていない|ていません|ない))|汚水|逆流|"
            # Session 33 (fresh-eval35 t-ja-057, t-ja-062): water seeping from a floor just
            # drilled, and a child who says she wants to disappear — a life at risk, whatever
            # else the mail asks.
            r"(?:消えたい|消えてしまいたい|死にたい|死んでしまいたい|いなくなりたい|生きていたくない|生きているのがつらい|自殺(?!予防|対策|防止)|自傷|リストカット|命を絶)|"
            # fresh-eval58 t-en-005's Japanese twin: an adult asking a child to keep a secret.
            r"(?:子ども|子供|娘|息子|生徒)[^。\n]{0,30}(?:二人だけの秘密|ふたりだけの秘密|内緒にして|秘密にして)|"
            r"(?<!かかとの)(?<!かかとが)(?<!かかと)(?<!踵の)(?<!肌の)(?<!手の)(?<!指の)(?<!唇の)(?<!足の)(?<!爪の)(?<!皮膚の)(?<!細い)(?<!小さな)(?<!小さい)(?<!髪の毛くらいの)(?<!髪の毛ほどの)(?<!髪の毛のような)(?<!うっすら)ひび(?:が|割れ)|亀裂|首を(?:ふ|振)|居眠り|車線をはみ出|警報(?:が|音)|アラーム(?:が|音)[^。\n]{0,8}(?:鳴|止ま)",
            r"water (?:is )?(?:coming|pouring|leaking|gushing|dripping|running|seeping) (?:in|out|through|from|under|down|into|up)|"
            r"\bsuicid|self-?harm|(?:want|wants|wanted|wanting) to (?:die|disappear|end it)\b|kill (?:myself|himself|herself|themselves)|"
            # fresh-eval58 t-en-005: a child asked by an adult to keep things "our secret" — a
            # safeguarding concern, however hesitantly told.
            r"\bsafeguarding (?:concern|issue|lead|officer|team|report|matter)|(?:deals? with|handles?|in charge of|responsible for|report (?:it|this) to|raise (?:it|this) (?:with|as)) [^.\n]{0,20}\bsafeguarding\b|"
            r"\b(?:he|she|coach|teacher|tutor|instructor|volunteer|man|adult|someone|somebody)\b[^.\n]{0,40}\b(?:asking|asked|asks|told|tells|telling) (?:her|him|them|my (?:daughter|son|child|kid)|our (?:daughter|son|child|kid)|the (?:child|children|kids?))\b[^.\n]{0,50}\b(?:secret|not to tell)\b|"
            r"(?:end|ending|take|taking) (?:my|his|her|their) (?:own )?life|(?:doesn'?t|don'?t|does not|do not) want to (?:be here|live) any ?more|"
            # (Not a pen, a bottle or a parcel leaking ink or soap: "Leaking pen", fresh-eval37.)
            r"(?<!pen )(?<!pens )(?<!bottle )(?<!cartridge )(?<!ink )\bleak(?:ing|s)?\b(?![^.\n]{0,40}\bink\b)(?! (?:all over|ink|onto|into (?:the|my) (?:box|bag|case)|(?:fountain )?pens?\b|bottles?\b|cartridges?\b|lids?\b|caps?\b|soap|lotion|shampoo))|sewage|(?<!reversing )(?<!reversing with the )(?<!reversing with their )(?<!reverse )alarm (?:is |has been |keeps |kept |started )?(?:going off|going|beeping|sounding|ringing)|"
            # Loose as a hazard: a thing come or hanging loose, an animal loose, a rail or a
            # board that is loose; not "loose leaf", "the old tyres loose", a loose fit.
            r"(?:come|comes|coming|came|hanging|flapping|swinging|blowing|broken|worked (?:itself|themselves)) loose|"
            r"(?:horse|pony|dog|bull|cow|cattle|sheep|animal)s? (?:is |are |was |were |got )?loose|"
            r"\bloose (?:roof |ridge |floor ?)?(?:tiles?|slates?|boards?|panels?|cables?|wires?|wiring|railings?|handrails?|wheels?|wheel nuts?|nuts|bolts|branch(?:es)?|sheets?|guttering|masonry|bricks?|scaffold\w*|fence panels?|paving)\b|"
            r"(?:railing|handrail|banister|rail|board|panel|tile|slate|sheet|cable|wire|wheel|nut|bolt|net|sign|gutter(?:ing)?|barrier|fence|gate|branch|step|balcony|ladder|lid|cover)s? (?:is|are|was|were|feels?|felt|seems?|looks?) (?:very |a bit |really |dangerously )?loose\b|"
            r"unaccompanied minor|pulled away from the wall|towards the (?:road|junction|a[0-9]+)|"
            # fresh-eval44 t-en-038: a crack that grows, a ceiling that could come down.
            r"\bcracks?\b[^\n]{0,100}\b(?:(?:noticeably |much |a lot )?wider|widening|getting (?:bigger|wider|longer)|has grown|spreading)\b|"
            r"(?:ceiling|roof|wall|beam|floor)[^.\n]{0,20}\b(?:could|might|is going to|will) (?:come|fall|cave) (?:down|in)\b|"
            r"\b(?:could|might|will) (?:the|our|my|this) (?:ceiling|roof|wall|beam|floor) (?:come|fall|cave) (?:down|in)\b|"
            # fresh-eval43 t-en-015: an animal in transit left behind ("the leg … left without
            # him", "the dog is stranded in Frankfurt").
            r"\b(?:flight|plane|leg|connection|ferry|van)\b[^.\n]{0,60}\bleft without (?:him|her|them)\b|"
            r"\b(?:dog|cat|pet|puppy|kitten|horse|pony|bird|parrot|rabbit)s?\b[^.\n]{0,30}\b(?:stranded|stuck|left behind) (?:in|at)\b|"
            r"(?:sitting|listing) (?:noticeably )?low|chlorine|nodding off|falling asleep at the wheel",
        ),
        # A child or an animal shut in or gone, a machine running hot: said as what
        # happened, not as danger (fresh-eval6: a baby inside a house that will not open,
        # a boarded cat out of the door, an inverter "much hotter than usual").
        *_cues(
            SAFETY,
            1.0,
            r"閉じ込め|(?<!午前)(?<!午後)(?<!日)(?<!週)(?<!月)(?<!年)(?<!授乳)(?<!妊娠)(?<!服用)(?<!使用)(?<!期間)(?<!最)(?<!途)(?<!お腹の)(?<!おなかの)(?<!腹の)(?:中|車内|室内|部屋)に[^。\n]{0,4}(?:子ども|子供|赤ちゃん|乳児|幼児|生後|娘|息子|犬|猫|ペット)|"
            # (Not a past scare told in thanks: 「去年、子どもが迷子になったときにスタッフの方が
            # すぐに探してくださり、助かりました」, fresh-eval42 t-ja-072.)
            r"脱走|逃げ出し|逃げてしま|迷子に(?![^。\n]{0,40}(?:助かり|ありがとう|おかげ|くださり|くださって|見つけてくださ))|行方不明|"
            r"(?:筐体|本体|機械|機器|コンセント|プラグ|充電器|バッテリー|電池|ケーブル|配線|パワコン|パワーコンディショナ)[^。\n]{0,10}(?:熱い|熱く|熱を持|過熱)|"
            r"過熱|オーバーヒート",
            # "Hey Locked In crew" names an escape room: someone is locked in, or in something.
            r"(?:is|are|was|were|got|been|'s|'re) (?:locked|shut) in\b|locked in(?:side)? (?:the|a|my|our|his|her|their)\b|trapped|"
            r"(?:baby|child|toddler|kid|son|daughter|dog|cat|puppy|kitten|pet)\b[^.\n]{0,20}(?:escaped|got out|ran off|went missing|is missing|locked)|"
            r"water everywhere|won'?t stop (?:leaking|running|pouring|dripping)|it won'?t stop|"
            r"(?:hot|warm) to the touch|(?:much|really|very) hotter than",
        ),
        *_cues(
            INCIDENT,
            1.0,
            r"盗まれ|盗難|不審な(?:メール|ログイン|アクセス)|(?:覚えのない|身に覚えのない|頼んでいない)(?:認証コード|確認コード|ログイン|パスワード(?:変更|再設定))|"
            r"(?:メールアドレス|パスワード|電話番号)が[^。\n]{0,12}(?:知らない|覚えのない)[^。\n]{0,12}(?:変更|書き換え)|ウイルス(?:に感染|感染|が(?:検出|見つか|入)|に(?:かか|やられ)|(?:の)?警告)|不正(?:アクセス|利用|ログイン)|なりすまし",
            r"\bstolen\b|hacked|phishing|malware|ransomware|"
            r"(?:mailbox|account|email)[^.\n]{0,60}(?:sending|sent|has sent) [^.\n]{0,40}(?:spam|messages|emails)|"
            r"money (?:has )?(?:gone|disappeared|vanished|missing) from|(?:gone|missing|disappeared) from my (?:account|balance)|"
            # fresh-eval61 t-en-032: an account taken over, told by its signs ("a verification
            # code I didn't ask for", "changed to one I don't recognise", "can no longer log in").
            r"(?:code|login|log-in|sign-in|password reset)s? (?:that )?(?:i|we) (?:didn'?t|did not|never) (?:ask|request)|"
            r"(?:email|e-mail|password|phone number|address|details?) (?:had been|has been|was|were) changed\b[^.\n]{0,40}\b(?:don'?t|do not|didn'?t|did not) (?:recogni[sz]e|make|request)|"
            r"(?:changed|switched) to (?:one|an? (?:email|address|number)) (?:i|we) (?:don'?t|do not) recogni[sz]e",
        ),
        *_cues(
            VULNERABLE,
            1.0,
            r"子ども|子供|娘|息子|赤ちゃん|高齢|父|母|妊娠|持病|病院|入院",
            r"\bchild|\bkids?\b|\bbaby\b|newborn|my (?:son|daughter|mother|father|mum|mom|dad)|hospital|pregnan|elderly|wheelchair",
        ),
        # --- money lost, held, not paid --------------------------------------------------
        *_cues(
            MONEY_LOST,
            1.0,
            r"(?:返金|返還|払い戻し|払戻|返戻金|保険金|補償|給与|給料|入金|振込|振り込み)[^。\n]{0,12}"
            r"(?:されて(?:い)?(?:ない|ません)|されず|がない|がありません|もありません|(?<!は)ありません|まだ|届いて(?:い)?ません|確認できません)|"
            r"振り込まれて(?:い)?(?:ない|ません)|引き落と(?:され|し)[^。\n]{0,10}(?:て(?:い)?ます|ました)[^。\n]{0,10}(?:解約|退会|にもかかわらず)|"
            r"(?:円|ドル)(?:が|を|も|分)?[^。\n]{0,20}(?:請求されて|引かれて|引き落とされ|取られ|振り込んで|振込んで)|"
            # (Not lines painted: 「区画の上に引かれています」, fresh-eval55 t-ja-001.)
            r"(?:請求されて|(?<!上に)(?<!下に)(?<!横に)(?<!側に)(?<!沿いに)(?<!線が)(?<!ラインが)引かれて|引き落とされて)[^。\n]{0,10}(?:い|お)ます|"
            r"(?:誤って|間違えて|知らない口座)[^。\n]{0,20}(?:振り?込|送金)|未払い|差し押さえ|督促|口座が凍結|凍結され",
            r"(?:no|still no|haven'?t (?:had|got|received) (?:a|my|the)|not (?:yet )?(?:been )?received (?:a|my|the)) (?:refund|payment|reimbursement)|"
            r"(?:haven'?t|hasn'?t|have not|has not|wasn'?t|were not|weren'?t) (?:been )?(?:paid|refunded|returned|released|reversed)|"
            r"not (?:been )?(?:paid|refunded)|taken twice|(?:you'?ve|you have) (?:now |also |still )?(?:charged|deducted|taken|debited)|"
            r"(?:payment|wages|salary|benefit|pay)[^.\n]{0,20}(?:didn'?t|did not|hasn'?t|has not) (?:come|arrive|go)|\btwice\b[^.\n]{0,20}(?:charged|taken|paid|debit)|"
            # "charged four times", not "tried four times"; an account frozen, not embryos.
            r"\b(?:six|five|four|three|[2-9]) charges|charged (?:me |us )?(?:six|five|four|three|[2-9]) times|overdrawn|overdraft|bounce|"
            r"(?:charged|billed|taken|debited)[^.\n]{0,40}(?:never|didn'?t|did not|not mine|cancelled|canceled|no-show)|"
            r"wrong account|to an account i don'?t know|sent money|final demand|enforcement action|"
            r"(?:held|holding|withheld|withholding|frozen) (?:my|our) (?:payouts?|funds|money|wages|earnings|payments?)|"
            r"(?:leaves?|left|leaving) (?:me|us) (?:with )?(?:just |only |about |around )?[£$€][0-9]+|leaves? (?:me|us) with (?:just |only )?[0-9]+|enforcement agents?|bailiffs?|debt collect|"
            r"(?:funds|money|payouts?|payments?|wages|earnings) (?:are|is|were|was|being|have been|has been) (?:held|withheld|frozen|on hold)|"
            r"(?:account|card(?! (?:reader|machine|terminal|printer|scanner))|funds|money|payments?|wallet|balance)[^.\n]{0,20}frozen|frozen (?:account|card|funds|money)|"
            r"deposit[^.\n]{0,30}\b(?:not|hasn'?t|never|no)\b|(?:authori[sz]ed|charged) for (?:that|the wrong|[0-9])",
        ),
        # --- a business or a household stopped --------------------------------------------
        *_cues(
            STOPPED,
            1.0,
            # (「仕事で参加できない」: work as the reason the writer cannot come, not work stopped.)
            r"(?:ライン|ラインが|生産|工場|設備|業務|営業|売上|決済|注文|出荷|受付|仕事(?!で|の都合)|配信(?!(?:を|の)?停止))[^。\n]{0,10}"
            # (Not a stop feared as what a change might do: 「反映すると配信が一時的に止まったり〜しないか
            # 心配です」, fresh-eval44 t-ja-096.)
            r"(?:止ま(?!ったり[^。\n]{0,40}(?:しないか|しませんか|ないか))|停止|(?<!参加)(?<!出席)できな|出来な|受けられ|でき(?:ず|ません)|通らず|ならな|になりません|回らな)|"
            r"全停止|(?:電気|ガス|水|水道|お湯)(?:が|も)[^。\n]{0,6}(?:止ま|出(?:ない|ません)|使えな)|断水|停電|"
            r"圏外|(?:回線|ネット|インターネット|電話|光)[^。\n]{0,8}(?:繋がら|つながら|不通|使えな)|"
            r"(?:一件も|1件も|１件も|一通も|1通も)[^。\n]{0,16}(?:ない|ません|されて)|"
            # (Not a full bin: 「ゴミ箱もあふれていて」, fresh-eval48 t-ja-103.)
            r"(?<!ゴミ箱が)(?<!ゴミ箱も)(?<!ごみ箱が)(?<!ごみ箱も)(?<!ゴミが)(?<!ごみが)(?:溢れ|あふれ)て|水が止まらな|鍵が(?:かから|かかりません|開かな)|"
            r"(?:動かなく|動きません|起動しな|エンジン)[^。\n]{0,6}(?:なりました|かからな)|読み込み中のまま|"
            # fresh-eval42 t-ja-019: a car that will not start after our fitting, and the
            # writer kept from work (「エンジンがかからず」「今日は仕事に行けていません」).
            r"エンジンが(?:かから|掛から)(?:ず|なく)|仕事に(?:行けて(?:い)?ません|行けない|行けず|出られ(?:ない|ません|ず))|"
            r"(?:誰が|何が)[^。\n]{0,10}(?:分から|わから)ない状態|"
            # (Not 「利用者様向けに演芸をお願いできないかと」: a polite request, fresh-eval38 t-ja-049.)
            r"(?:お客様|お客さま|顧客|来店|患者|利用者|会員)[^。\n]{0,20}(?<!お願い)(?<!ご依頼)(?<!お頼み)(?:でき(?:ない|ません|ず)(?!か(?:と|な|しら))|確認できな|使えな|入れな)|"
            r"障害(?:が発生|発生|です|でしょうか|ですか|中)|(?:サーバー|サーバ|システム|サイト)(?:が|に)?(?:落ち|ダウン|停止|接続できな|接続できません)",
            r"(?:none|no) of our [a-z]+ (?:have|has) (?:fired|worked|run|arrived|synced)|no orders have been|"
            r"(?:every|all|no) (?:card )?payments? (?:fail|fails|failing|go through|has gone through|goes through)|not one has gone through|"
            # Walk 20 G10: "This is blocking our nightly sync since Tuesday" read normal.
            r"(?:is|are|has been|have been|keeps?) blocking (?:our|my|the|all) [^.\n]{0,25}(?:sync|integration|release|launch|deploy(?:ment)?|go-live|payroll|orders?|shipping|production|billing|invoicing|imports?|exports?|backups?|pipeline|work|team|business|customers)|"
            r"(?:sync|integration|pipeline|import|export|backup|job)s? (?:has|have) (?:been )?(?:failing|failed|broken|stopped) (?:since|for) |"
            r"(?:line|lines|production|plant|warehouse|shift|checkout|sales|payroll|orders?|office|shop|business|store)"
            r"[^.\n]{0,25}(?:stopped|is idle|are idle|idle|down|rejected|can'?t (?:process|take|open)|closed today|at a standstill)|"
            r"(?:no|lost) (?:power|water|heating|heat|hot water|signal|service|phone line)|power (?:went )?out|"
            r"(?:phone|phones|line|landline)[^.\n]{0,20}(?:dead|down)|(?:dead|down) for (?:[0-9]+|two|three|four|five|six|several|a|an) (?:hour|day|minute|week)|"
            # "not a single email has gone out", not "not a single drip" (a roof that held).
            r"not a single [a-z]+ (?:has |have |had )?(?:gone|come|arrived|been|worked|synced|got|went|came)|"
            r"(?:boiler|heating|machine|lift|elevator|cnc|system)[^.\n]{0,20}(?:stopped|broke|failed|won'?t)|"
            r"(?:time|timing) out|times out|won'?t (?:load|boot|start)|stopped booting|"
            r"overflowing|won'?t stop running|(?:can'?t|cannot) take (?:customer )?orders|\bi can'?t (?:do my job|work at all)\b|without (?:it|the [\w-]+|my [\w-]+),? i can'?t work\b|(?:stuck|sitting|still) (?:in (?:the|a) )?queue|(?:are|is|have been|been|stuck|sitting|still) queued|haven'?t synced|"
            r"nothing (?:has )?(?:synced|gone out|arrived)|no (?:orders|emails?) (?:have )?(?:synced|gone)|"
            r"\b(?:customers|guests|patients|clients|members|agents|staff|drivers)\b[^.\n]{0,30}(?:can'?t|cannot|unable to|are stuck)|"
            r"no (?:customer|guest|patient|client|one) can|"
            r"(?:site|website|server|system|service|platform|api|portal|network|checkout|app) (?:is|has been|went|has gone|was) (?:completely )?(?:down|offline)",
        ),
        # --- fraud, takeover, data in the wrong hands --------------------------------------
        *_cues(
            INCIDENT,
            1.0,
            r"知らない(?:端末|住所|口座|IP|ip)|身に覚えのない|(?:私|自分)(?:ではない|じゃない|以外の)方?の|"
            r"他の(?:方|人|お客様)の(?:名前|氏名|情報|個人|履歴書|注文)|カード番号を(?:伝え|入力)|"
            r"(?:ID|id|パスワード)[^。\n]{0,10}(?:入力して|教えて)しまい|偽物(?!かも|だったら|ではないか|じゃないか|ではないでしょうか|なのでは|かどうか)|偽の|"
            + FRAUD_JA
            + r"|SIMの再発行|"
            r"sim(?:の)?再発行|誤送信|(?:履歴書|個人情報|データ)[^。\n]{0,12}(?:送られ|流れ|見られ|アクセスされ)|"
            r"海外の?IP|海外のip|ログインされて|乗っ取|誰かが[^。\n]{0,12}(?:開けよう|入ろう|ログイン|使って)",
            # ("We didn't buy the video package but would happily pay for the pictures": no
            # charge disowned, fresh-eval47 t-en-040; "buy" counts with what was charged.)
            r"(?:didn'?t|did not|never) (?:make|place[sd]?|request(?:ed)?|order(?:ed)?|authori[sz]ed?|change[sd]?|upload(?:ed)?|install(?:ed)?)\b|(?:didn'?t|did not|(?<!'ve )(?<!’ve )(?<!have )never) (?:buy|bought) (?:this|that|it|these|them|anything)\b|"
            r"without my (?:consent|permission|knowledge)|someone called|different person|"
            # Someone else acting on the account, not "the book I'd ordered from someone else"
            # (fresh-eval34 t-en-009).
            r"someone else (?:has|had|is|was|used|logged|signed|accessed|got|made|placed|ordered|changed|bought|booked|paid|took|can|picked|collected|received|opened)\b|"
            # ("…which trains those are, because they're certainly not mine": no account of
            # theirs, fresh-eval46 t-en-052.)
            r"(?:charge|payment|transaction|purchase|order|login|sign-in|device|number|address|card|booking|account|email|parcel|package)s?\b[^.\n]{0,30}\bnot mine|(?:entered|typed|gave) (?:my|them my|it my|them) |clicked (?:a|the) link|(?<!look )(?<!looks )(?<!looked )(?<!looking )fake\b|"
            r"defraud|new bank (?:account|details)|change of bank|(?:api|secret) key[^.\n]{0,40}public|"
            r"(?:sent|forwarded) my (?:cv|resume|details|data)|unknown (?:country|device|ip)|another country|"
            r"claiming to be|none of us (?:created|added|made|uploaded|installed|sent|were)|nobody here (?:created|added|did)|(?:didn'?t|did not) create|"
            r"someone (?:has )?(?:got in|logged in|signed in|accessed|broken in|changed|reset my)|new payee|payee[^.\n]{0,20}added|(?:logged|signed) in (?:to [a-z ]{0,20})?from [a-z]+ at|"
            r"(?:login|log-in|sign-in) (?:alert|notification|attempt)s? from",
        ),
        # --- a regulator, an ombudsman, a court, a formal claim ----------------------------
        *_cues(
            AUTHORITY,
            1.0,
            r"保健所(?!への提出|に提出|へ提出|に出す|へ出す)|金融庁|ADR|adr|労働基準監督署|労基|個人情報保護委員会|消費者庁|観光庁|市議会|議員|"
            r"医療安全|監督官庁|宅建業法|景品表示法|損害賠償|遅延損害金|損害について|責任を問|"
            r"正式に請求|請求させていただ|申し立て(?![^。\n]{0,20}と聞)|書面で(?:の)?(?:ご)?回答|契約(?:の)?解除",
            r"ombudsman|commissioner|regulator|(?:licensing|medical|dental|nursing|ethics|regulatory|standards|tenancy|housing|gaming|pharmacy|appeals?) board|cfpb|nhtsa|\bfca\b|formal complaint|"
            r"consumer rights|statutory(?! (?:\w+ )?(?:test|tests|testing|inspection|check|checks|requirement|holiday|minimum|notice|pay|sick))|small claims|claiming for|billing you for|(?:will|'ll|going to) (?:claim|bill you) for|"
            r"dispute (?:it|the charge)|card issuer|compensation|rights lawyer|tribunal(?! (?:claim|fee|hearing|case|form|papers))|\bpolice\b|reporting (?:it|this|you)",
        ),
        # --- a trip, delivery or event with a near time -----------------------------------
        *_cues(
            CANNOT_WAIT,
            1.0,
            rf"{_JA_EVENT}[^。\n]{{0,30}}(?:{_JA_TODAY}|明日|明朝|明後日|{_JA_UNDATED_CLOCK})|"
            rf"(?:{_JA_TODAY}|明日|明朝|明後日)(?:の)?[^。\n]{{0,20}}{_JA_EVENT}|"
            r"間に合(?:わ|いま)(?:ない|せん)|間に合うか|乗れなかった|乗り遅れ|"
            # A need tied to a dated step (fresh-eval14: a seal wanted before a contract, a
            # bank appointment): 「その前に…必要」「遅くとも…受け取りたい」「間に合う方法」, and a
            # faulty order to be made again in time: 「作り直し…いつ届く」.
            r"(?:その前に|その時に|その際に)[^。\n]{0,24}必要|"
            # fresh-eval57 t-ja-008: a change wanted before tomorrow's dispatch (「初回の発送が明日と
            # のことなので、その前に直していただけますか」).
            r"(?:発送|出荷|配送|お届け|引き落とし|引落し)(?:日)?(?:は|が)(?:明日|あす|明朝)[^。\n]{0,30}(?:その前に|それまでに)|遅くとも[^。\n]{0,30}(?:受け取|届|必要|欲し|ほし)|"
            r"間に合う(?:方法|手段|ように|でしょうか|のでしょうか)|作り直し[^。\n]{0,20}(?:いつ|間に合)",
            rf"{_EN_EVENT}[^.\n]{{0,40}}(?:today|tonight|tomorrow|this (?:morning|afternoon|evening)|in (?:about |around |under |less than )?{_EN_NUMBER} (?:hours?|minutes?)\b|{_EN_DATED_BEFORE}at {_EN_CLOCK}{_EN_NOT_DATED}|first thing)|"
            rf"(?:{EN_TODAY_DUE}|tonight|tomorrow)(?:'s)?[^.\n]{{0,30}}{_EN_EVENT}|"
            r"missed (?:my|the|our) (?:connection|flight|train)|won'?t (?:make it|get in)|(?<!ideally )(?<!preferably )(?<!hopefully )(?<!possible, )in time for|"
            r"on my way|at the (?:station|airport|venue|stop)|one dose left|last (?:tablet|dose)|"
            r"(?:one|last|only|no) (?:pen|dose|tablet|inhaler|vial|injection)s? left|(?:one|two|[0-9]) days?'?s? (?:worth of )?(?:tablets|pills|medication|medicine|supply|doses?) left|run(?:ning)? out of (?:my |her |his )?(?:insulin|medication|meds|tablets|inhaler)|"
            r"(?:handing|hand) (?:the|my|our) keys? back|(?:fly|flying|leave|leaving|sail|sailing) (?:out |home |to [a-z]+ )?(?:first thing|at [0-9]|early)",
        ),
        # --- asked again and again ----------------------------------------------------------
        *_cues(
            ESCALATION,
            1.0,
            r"[0-9](?:回|度)目|[一二三四五六七八九十何](?:回|度)目|再三|再々|再度の(?:お問い合わせ|ご連絡)|度重な|"
            r"(?<![0-9])[2-9](?:回|度)(?:も)?(?:連絡|電話|メール|問い合わせ|お問い合わせ|お願い|通報|申し上げ|かけ)|"
            r"[二三四五六七八九十何](?:回|度)(?:も)?(?:連絡|電話|メール|問い合わせ|お問い合わせ|お願い|通報|申し上げ|かけ)|"
            r"(?:何度|何回)(?:も|か)[^。\n]{0,12}(?:連絡|電話|メール|問い合わせ|お願い|かけ)|"
            r"(?:音沙汰|折り返し|お返事|ご回答|ご返信|返信|返事|連絡)(?:が|も|は)?[^。\n]{0,8}(?:ない|ありません|ございません|いただけ(?:て)?(?:い)?ません)|"
            r"既読にも|(?:[0-9]|[一二三四])(?:週間|か月|ヶ月|カ月)(?:が)?(?:経|たち|経ち|経過)|毎回[^。\n]{0,20}(?:だけ|のみ|同じ)",
            r"(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|[0-9]+th) (?:time|email|request|message|call|report|attempt)"
            + _EN_NOT_A_FAILURE_COUNT
            + r"|"
            # A count of contacts is a word of its own: "50 requests" are an API's, not ours.
            r"\b(?:two|three|four|five|several|multiple|many|[2-9]|1[0-9]) (?:emails|calls|phone calls|times|reports|requests|messages)|"
            r"(?:asked|emailed|called|written|wrote|reported|chased|raised this) (?:you )?(?:twice|three times|again|repeatedly|[0-9]+ times)|"
            r"(?:no|without an?|never (?:got|had) an?) (?:reply|answer|response|call ?back|update)(?! (?:needed|necessary|required|expected|wanted))|nobody has|no one has|"
            r"(?:it'?s|it has) been (?:[0-9]+|two|three|four|five|six) (?:weeks|days|months)|"
            r"(?:weeks|days|months) (?:running|now|later(?=[^.\n]{0,30}\b(?:still|nothing|no)\b))|(?:same|canned|template) (?:reply|answer|response)|"
            r"each time|every time|nobody (?:came|does|did)|still (?:no|not|nothing|hasn'?t|haven'?t|waiting|dead|dark)",
        ),
        # --- a deadline and the next step ---------------------------------------------------
        *_cues(
            ULTIMATUM,
            1.0,
            r"(?:なければ|ない場合(?:は|には)?|ないなら|ないのであれば|ないようであれば|なかったら|いただけない場合|"
            r"がない場合|がなければ|直らなければ|応じていただけない)"
            # (Not another way the customer will take: 「できない場合は2回に分けて注文します」,
            # fresh-eval57 t-ja-014.)
            r"(?![^。\n]{0,30}(?:注文|購入|申し込|申込|予約|利用|購読|手配)(?:します|いたします|させていただきます|しようと思います))"
            r"[^。\n]{0,40}"
            r"(?:します|いたします|致します|させていただきます|考えています|検討|相談|請求|申し立て|通報|"
            r"降ります|見送ります|取り消します|移ります|解約|訴|連絡します)|"
            r"(?:これ以上)[^。\n]{0,12}(?:待て|放置|我慢)|最終(?:通告|警告)|【最終】",
            # (A question mark ends the clause: "a brochure or spec sheets …? We're starting to
            # plan next year's budget", fresh-eval40 t-en-045.)
            r"(?:\bif\b|\bunless\b|otherwise|\bor\b|either)[^.?!\n]{0,60}"
            r"(?:i'?ll|i will|we'?ll|we will|i'?m going to|we'?re going to|i am going to|i'?m|we'?re) "
            # ("if I'm going to freeze on the day" is a fear, not a step: fresh-eval63 t-en-025.)
            r"(?:be )?(?:file|filing|report|reporting|take|taking|go\b|going(?! to\b)|dispute|do|doing|stop|move|"
            r"cancel|leave|pull|pulling|sue|start|contact|claim|claiming|bill|billing|speak|speaking|want|refer|escalate|book|booking|shop|look|"
            # fresh-eval57 t-en-022: "If they aren't on site by 10, I'm standing the crane down".
            r"standing (?:the|my|our) [a-z ]{0,15}down|stand (?:the|my|our) [a-z ]{0,15}down|withhold(?:ing)? (?:payment|the))|"
            r"final notice|i am done|i'?m done being|can'?t accept any more|last chance|or else",
        ),
        # --- how soon ------------------------------------------------------------------------
        *_cues(
            TIME_NEAR,
            1.0,
            # (Not a time already past: 「本日11時の予約で伺いましたが」, fresh-eval40 t-ja-041.)
            rf"{_JA_TODAY}(?:中|の)?[^。\n]{{0,8}}(?:{_JA_CLOCK}|中|まで|締め?切|期限|夜|夕方|午後|午前|営業時間)"
            + JA_NOT_ALREADY_PAST
            + r"|"
            r"(?:あと|残り)(?:[0-9]+|[一二三四五六七八九十数]|半)?(?:時間|分)|(?:[0-9]+|[一二三])(?:時間|分)(?:以内|後|ほど(?!(?:使|運転|走|乗|経|続け|動か|回し|つけ|放置|置|遊))|で空|しか)|"
            r"今夜中|今日中|本日中|今日が|本日が|(?:今日|本日)のうちに|"
            + JA_RIGHT_NOW
            # (Not 「夜中に亡くなった場合」, a case asked about ahead: fresh-eval39 t-ja-076.)
            + r"|直ちに|今晩中|今夜|(?<!以前)(?<!前に)(?<!以前は)(?<!昔)(?<!数日、)(?<!数日)(?<!毎日)(?<!毎晩)(?<!時々)(?<!ときどき)夜中(?![^。\n]{0,30}(?:音がします|音がする))(?![^。\n]{0,12}(?:場合|とき|時は|たら))(?![^。\n]{0,30}(?:ことがあ|こともあ))|当日中|"
            # 「すぐに拾って電池を抜きました」 tells what was done at once, not how soon we must act.
            r"すぐに(?:でも|対応|来て|きて|連絡|ご連絡|確認|ご確認|止め|停止|直し|修理|交換|返金|お願い|見に|手配)",
            # (Not "Today I see a $40 fee on my card": the day it was found, fresh-eval40 t-en-038.)
            rf"(?:{EN_TODAY_DUE}|tonight)|{_EN_DATED_BEFORE}(?:by|before|until|at) {_EN_CLOCK}{_EN_NOT_DATED}|in (?:about |around |under |less than )?{_EN_NUMBER} (?:hours?|minutes?|mins?)\b(?! of\b)|"
            # "COB" said as a deadline ("by COB"), not "a 10-year-old cob" (a horse, fresh-eval34 t-en-004).
            r"close of business|(?:by|before|until|at|end of|eod ?/ ?) cob\b|\bcob (?:today|tomorrow|tonight|on|friday|monday)\b|(?:by|before) (?:lunch|lunchtime|the end of the day)\b|"
            r"within (?:the|an|[0-9]+) (?:hour|minutes)|(?:only|just|another|under|less than) (?:[0-9]+|one|two|three) hours?\b(?!['’]? notice)|(?:[0-9]+|one|two|three) hours? (?:left|to go|from now|away)|end of (?:the )?day|\beod\b|"
            # "since this morning" says how long it has lasted, not how long is left.
            # ("(I can't have dairy right now)": an aside in brackets tells how things stand,
            # not how soon; fresh-eval47 t-en-039.)
            # ("Sample 3 arrived this morning": the time of an arrival already past, fresh-eval51
            # t-en-046.)
            r"right now(?![)）])|(?<!since )(?<!arrived )(?<!came )(?<!landed )(?<!delivered )(?<!happened )"
            r"(?<!received it )(?<!noticed it )(?<!turned up )(?<!showed up )(?<!came in )this (?:morning|afternoon|evening)"
            rf"|(?:it'?s|it is) (?:now )?{_EN_CLOCK}",
            negatable=True,
        ),
        *_cues(
            ONGOING,
            1.0,
            # 「明日の朝から配信」「毎朝から」 start later or every day: not a problem running now.
            r"(?:今朝|(?<!明日の)(?<!明日)(?<!明後日の)(?<!翌日の)(?<!翌)(?<!毎)(?<!来週の)(?<!週明けの)朝|昨夜|昨晩|夜中|本日|今日)(?:の[^。\n]{0,6})?から(?!の)"
            r"|[0-9]{1,2}(?:時|:[0-9]{2})(?:[0-9]{1,2}分|半)?(?:頃|ごろ|過ぎ)?(?:から|以降)",
            r"since (?:this (?:morning|afternoon|evening)|today|last night|early today"
            r"|(?:about |around |roughly )?[0-9]{1,2}(?:[:.][0-9]{2})? ?(?:am|pm|utc|cet|gmt|jst)?\b)",
            negatable=True,
        ),
        *_cues(
            TIME_SOON,
            1.0,
            r"明日|明朝|明後日|今週中|今週(?:の)?(?:金|土|日|月|火|水|木)曜|来週(?:の)?(?:月|火)曜|(?:[0-9]+|[一二三])日以内|"
            # (Not a lapse feared with no date: 「有効期限が切れてしまわないか心配です」 about sessions
            # carried past a birth, fresh-eval42 t-ja-106; a date close at hand is read above.)
            r"週明け|金曜(?:日)?まで|月曜(?:日)?まで|月末まで|今月中|期限(?:が|は)(?!まだ先|まだ(?:ずっと|しばらく|十分)|先の|切れてしまわない|切れない(?:か|よう)|切れて|切れた|過ぎて|過ぎた|特に(?:書|記|決|な|あり|ござい)|(?:書かれて|記載されて|決まって)(?:い|おり)ません|ありません|ない)|締め?切(?:り)?(?:が|は)",
            rf"tomorrow|by {_EN_DAY}|this {_EN_DAY}|(?:before|until) {_EN_DAY}|this week|first thing (?:on )?{_EN_DAY}|"
            r"end of (?:the )?(?:week|month)|day after tomorrow|within [0-9]+ days|deadline|due (?:on|by)|"
            # fresh-eval64 t-en-007: "opens to press on Tuesday, four days from now".
            r"(?:two|three|four|five|2|3|4|5) days from (?:now|today)",
            negatable=True,
        ),
        # --- cold, formal anger -----------------------------------------------------------------
        *_cues(
            COLD_ANGER,
            1.0,
            r"理解でき(?:ません|ない)|納得でき|(?:説明|回答|謝罪|対応)(?:を)?求め|ご説明(?:を)?(?:求め|ください)|"
            r"どのように(?:お考え|対応され)|どうお考え|改善していただけるのか|二度と[^。\n]{0,10}(?:ない|なく)|"
            # (Not 「苦情もまったくありませんでした」 in a thank-you: fresh-eval55 t-ja-071.)
            r"苦情(?![^。\n]{0,2}(?:まったく|全く|一切|特に|一件も|ひとつも|1件も)?(?:あり|ござい)ませ|(?:も|は)(?:なく|なかっ|出て(?:い|お)ませ))|抗議|(?:正式|書面)に|書面で|一方的|一切(?:あり|いただ|なかっ|ござ)|何の(?:連絡|説明)も|"
            r"説明(?:が|も)(?:ない|なく|ありません|ないまま)|支払う(?:つもり|気)はありません|気分が悪|"
            r"いかがなもの|どうかと思|信じがた|遺憾|(?:事前の)?(?:告知|説明|連絡|お知らせ)も?なく|受けていない|"
            # (Not 「急な相談にもかかわらず、…来ていただき、ありがとうございました」: thanks for help
            # given despite the short notice, fresh-eval52 t-ja-089.)
            r"べきではない(?:でしょうか|か)|(?<!急な相談)(?<!急なご相談)(?<!急なお願い)(?<!急な依頼)(?<!急なご依頼)(?<!無理なお願い)(?<!お忙しい中)(?<!休日)(?<!夜分)にもかかわらず(?![^。\n]{0,40}(?:ありがとう|感謝|助かり))|以前にも(?:同じ|お願い)|見直していただ|取り消しを求め|"
            r"(?:説明|連絡|告知)(?:が|は)?一切|"
            # Session 31 (fresh-eval33): 「どのような修理をされたのか、ご説明を」 what was done, demanded.
            r"どのような(?:修理|対応|作業|確認|点検|処置|検査|調整)を(?:された|なさった|していただいた)(?:の|ん)か",
            r"formal complaint|i expect (?:better|the|a|an|it|to)|expect (?:a|an) (?:explanation|apology|answer)|"
            r"what you (?:intend|plan|are going) to do|how you (?:intend|plan) to|put this right|"
            r"not (?:acceptable|good enough)|i (?:would|'d) like (?:an explanation|to know how|this reversed)|"
            r"no (?:apology|explanation)|with no (?:explanation|warning|notice)|never (?:consented|agreed)|"
            r"explicitly asked|i am done|i'?m done|refused|spoken to|in front of|"
            r"doesn'?t seem (?:proportionate|fair|right)|\bdemand\b|\bthe fourth\b|"
            r"should (?:have been|be) (?:communicated|told|notified|emailed)|the minimum i'?d expect|"
            r"(?:this|it) has happened before|without any (?:notice|warning|explanation)|please reverse|"
            r"i (?:don'?t|do not) accept|doesn'?t seem to have been|not good enough|yet (?:the|you|we|it)\b",
        ),
        # 「申し込んだ覚えはありません」「２回お伝えしましたが」「期待していました」: the
        # other side's fault stated politely, in Japanese.
        *_cues(
            COLD_ANGER,
            1.0,
            r"覚え(?:は|が|も)(?:ありません|ない|ございません)|(?:[2-9２-９二三四]|何)回(?:も)?(?:お伝え|お願い|連絡|問い合わせ|申し上げ)"
            r"|期待して(?:い)?(?:ました|たのですが|おりました)|ありがたいのですが|話が違|聞いて(?:い)?(?:ません|ない)"
            r"|確認もなく|勝手に|一言も|お察しします|がっかり|失望|残念(?:です|でなりません|に思)|明らかに"
            r"|はずでは|お約束(?:でした|いただいた)|約束(?:が|を)(?:違|守)"
            # Session 33 (fresh-eval35, angry mails read as anxious): the check we skipped asked
            # as a question (「ドアの開け閉めは確認されなかったのでしょうか」), what they asked
            # for recalled (「確認をお願いしたはずです」), 「〜など、あり得ません」, and 「〜と言われて
            # 払ったのに、どういうことですか」.
            r"|(?:確認|点検|チェック|検品|試運転|テスト|説明)(?:され|なさら)なかったの(?:でしょうか|ですか)"
            r"|(?:お願い|お伝え|申し上げ|ご指定|指定)(?:した|いたした)はずです|(?:など|なんて)[、,]?(?:あり得|ありえ)(?:ません|ない)"
            r"|のに[、,]?どういうこと",
        ),
        *_cues(
            COLD_ANGER,
            1.0,
            r"(?:これでは|それでは|このままでは|こういうことでは|毎回これでは|何度も|こちらとしても|こちらも)困ります"
            r"|困ります(?:。|ね|よ|ので)|いいかげん|いい加減|残念(?:ながら|な対応|な気持ち|でした)"
            r"|(?:我慢|辛抱)(?:の限界|できません|しかねます)|限界です|不誠実|誠意(?:が|の)(?:ない|感じられ|見え)"
            r"|(?:対応|説明|姿勢)に[^。\n]{0,6}(?:疑問|不信)|信用(?:でき|して)(?:ません|ない)|信頼(?:でき|を失)",
        ),
        # Cold anger in English states the other side's fault and the writer's rights:
        # "your own records show", "my contract says", "I'm not paying for", "Again."
        *_cues(
            COLD_ANGER,
            1.0,
            r"\byour own (?:policy|terms|website|site|app|records?|system|ticket|staff|agent|advert|email|confirmation)"
            r"|\b(?:my|our|the) (?:contract|agreement|booking confirmation|terms) (?:says|states|clearly|is clear)"
            r"|\bclause [0-9]|\bunder (?:uk261|eu261|the consumer|section|gdpr|your own)"
            r"|(?:not|won'?t|refuse to|will not) (?:be )?pay(?:ing)? (?:for|this|that|it)|for nothing(?: then)?[.!]"
            r"|(?:not|haven'?t had) (?:so much as|even) (?:an? )?(?:acknowledge?ment|apology|reply|call|email|word)"
            r"|(?:nobody|no one) (?:called|rang|bothered|turned up|showed up|let (?:me|us) know)"
            r"|still (?:nothing|no (?:reply|answer|word|refund))"
            r"|i(?:'ve| have) (?:now )?(?:turned up|called|rung|written|emailed|chased) (?:twice|three times|[0-9]+ times)",
        ),
        *_cues(CURT_AGAIN, 1.0, r"^again\.|\. again\.|\bagain\?!|\b(?:yet|once) again\b"),
        *_cues(
            PROMISE_MISSED,
            1.0,
            r"(?:ご?連絡|ご?回答|ご?返信|お?返事|折り返し|お電話|ご報告|ご案内|お見積)(?:を|が)?"
            r"(?:いただける|頂ける|くださる|下さる|もらえる|する|します|いたします|致します|いただく|頂く)"
            # (The promise quoted: 「翌日「確認して連絡します」と言われたきりです」, fresh-eval45 t-ja-090.)
            r"[」』]?(?:と|との(?:こと|お話)で?)[^。\n]{0,6}(?:伺|聞い|言われ|おっしゃ|お約束|約束|お話)|"
            r"(?:昨日中に|今日中に|本日中に|今週中に|までに|以内に)[^。\n]{0,16}(?:とのお約束|と約束|とお約束|と伺|と聞い|とおっしゃ|と言われ)[^。\n]{0,12}(?:が|けど|のに)",
            r"\b(?:you|your [a-z]+|they|he|she) (?:said|promised|told (?:me|us)|assured (?:me|us))(?: that)? "
            r"(?:you|they|he|she|someone|somebody|i|we)(?:'d| would| will|'ll)? "
            r"(?:get back|call (?:me |us )?back|ring (?:me |us )?back|reply|respond|be in touch|email|contact|send|update|hear)|"
            r"\b(?:i|we) (?:was|were) (?:told|promised|assured)(?: that)? (?:i|we|you|someone|somebody)(?:'d| would| will|'ll) "
            r"(?:get|hear|receive|be contacted|be called)|promised (?:me |us )?(?:a |an )?(?:reply|call ?back|update|answer|response) (?:by|within|on|before)",
        ),
        # Anger told as the record of our failure, with no angry word (fresh-eval6's
        # English writer read anger where our cues read fear or nothing): a promise
        # broken, contact that met silence, the same mistake again, a no-show.
        *_cues(
            COLD_ANGER,
            1.0,
            r"\b(?:you|your (?:staff|rep|sales ?rep|agent|salesperson|technician|website|site|ad)) (?:said|promised|assured (?:me|us)|told (?:me|us)) (?:it|that|there|we|i|this|the)\b"
            r"|\b(?:i|we) (?:was|were) (?:told|promised|assured) (?:it|that|there|this|the)\b|\bwas supposed to\b"
            r"|heard nothing|(?:haven'?t|have not|hasn'?t|didn'?t) heard (?:anything|back)|no word (?:on|from|about)"
            r"|nothing has (?:arrived|come|changed|happened)|nothing (?:changed|happened)\b"
            r"|\bagain (?:includes|shows|charged|billed|sent|missed|forgot)|the same (?:error|mistake)|both times|"
            r"(?:never|didn'?t) (?:came|come|showed up|show up|turned up|turn up)\b|(?:marked|charged) (?:me |us )?(?:as )?(?:a )?no-show",
        ),
        *_cues(
            SARCASM,
            1.0,
            r"さすがですね|(?:教えて|お聞かせ)いただきたいもの|ぜひ教えて|ずいぶん(?:違う|な)|"
            r"ということでしょうか|意味はある(?:の)?でしょうか|ようで。|んですね。|なんですね。|"
            r"ものですね|(?:基準|定義)では|拝見していただいたようで|(?:少しでも|せめて)[^。\n]{0,20}(?:嬉しい|いいと思)|"
            r"疑いたく|本当に正しいんですかね|のでしょうかね|(?:来るな|するな)ということ|でしょうね。|ということですね",
            r"impressive|lovely to|great to know|can'?t make this up|interesting definition|very restful|"
            r"quite the|really tailored|remarkable|i'?m sure everyone is|is anyone (?:actually|even)|"
            r"(?:^|\n)(?:wow|oh great|brilliant|fantastic)[,.]|more of a suggestion|\"[a-z0-9 -]{2,25}\" (?:hotel|room|fee|helpline|cleaning|delivery|job alert|reading)|"
            r"apparently|\beventually\b|such (?:great|excellent) service|thanks for nothing|eventually\.\.\.|"
            r"must have been (?:measured|written|done)|i assume i'?m (?:meant|supposed) to|"
            r"would be nice if (?:someone|somebody|anyone|you) (?:were|was|could|would|actually)\b",
        ),
        *_cues(
            RESIGNATION,
            1.0,
            r"(?:もう|正直)[^。\n]{0,10}(?:期待して(?:い)?ません|諦め|あきらめ|結構です|いいです)|"
            r"期待していません|諦めかけ|あきらめかけ|今さら|何を言っても|記録として|一応お伝え|仕方ない",
            r"given up|stopped expecting|not (?:really )?expecting anything|no longer expect|"
            r"not sure why i bother|on record|at this point|done being patient|(?:^|\n)whatever\b|\bwhatever[.!]|"
            r"don'?t expect (?:much|anything)|i give up|what'?s the point",
        ),
        # --- fear, and not knowing what to do ---------------------------------------------------
        *_cues(
            FEAR,
            1.0,
            r"(?:不安|心配(?!(?:を)?(?:お)?(?:かけ|掛け))|怖|こわ|焦)(?!でしたが|だったのですが|だったけど)(?:で|く|い|に|って|です|だ|な)|怖い|こわい|頭が真っ白|"
            r"(?<!ば)(?<!たら)(?<!これで)(?:大丈夫|安全)(?:でしょうか|ですか|なのか|か)|(?:ても|て)(?:いい|よい|大丈夫)(?:の|ん)?でしょうか|"
            r"(?:ても|て)(?:いい|よい)のか|使えなくなるのでしょうか|受け取れなくなる|取られてしまう|"
            r"(?:見られて|送られて)(?:いる|しまって)のでは|"
            # Not 「どうなりますか」: 「年末年始の訪問はどうなりますか」 asks for a schedule.
            r"(?:てしまう|でしまう|なくなる|なくなってしまう)(?:の|ん)(?:でしょうか|ですか)|どうなって?しまう|"
            r"(?:ならない|されない|かからない|響かない|影響しない)(?:か|でしょうか)|"
            r"(?:影響|ペナルティ|違約金|延滞金|不利益)(?:は|が)?[^。\n]{0,6}(?:ありますか|あるのでしょうか|出ますか|出るのでしょうか)",
            r"\b(?:worried|scared|afraid|frightened|nervous(?! (?:around|of|with) (?!(?:this|the|what|how)\b))|panicking|panic(?! over)|terrified|anxious)\b|"
            r"(?:don'?t|do not) want to (?:get scammed|pay twice|lose)|is (?:that|this) (?:really|even) (?:from|allowed)|"
            r"is (?:it|that|this) (?:safe|okay|ok|normal|allowed)|(?:safe|okay|ok) to (?:stay|drive|eat|keep|take|turn|wait)|"
            r"should (?:i|we) (?:be )?(?:going|worried|take|call|keep|rotate)|am i (?:even )?allowed|"
            r"can'?t afford|mind'?s gone blank|my mind|is (?:my|our) (?:money|data|account)|"
            r"starting to worry|stressed|what happens if|will (?:i|this) (?:lose|affect|be able)|is this a scam",
        ),
        *_cues(
            AT_A_LOSS,
            1.0,
            r"(?:どう|どのように)(?:したら|すれば|すべき)|(?:分から|わから|判断がつか|判断でき)(?:ない|ず|なく|ません)|"
            r"どこに(?:連絡|行け|知らせ)|誰に(?:連絡|相談)|何から(?:始め|手を)|何をすべき|どちらに連絡",
            r"(?:don'?t|do not|didn'?t) know (?:what|who|where|how|if|whether)|not sure (?:what|who|where|how|whether|if)|"
            r"what (?:should|do) (?:i|we) do|who (?:should|do) (?:i|we) (?:call|contact)|where (?:do|should) (?:i|we)|"
            r"can'?t tell if|where am i supposed|what do i need to do|what else we should",
        ),
        # --- relief --------------------------------------------------------------------------------
        *_cues(
            RELIEF,
            1.0,
            r"安心しました|ほっとしました|ホッとしました|救われ|無事に|おかげさまで|おかげで|助かります",
            r"\bphew\b|panic over|relieved|what a relief|all sorted|all good now|lifesaver|made the trip|"
            r"meant a lot|so kind|brilliant|spot on|wonderful|outstanding|impressive(?:!|\.)$",
        ),
        *_cues(
            RELIEF,
            0.7,
            r"ありがとうございます|感謝しています|嬉しかった|楽しめ|喜んで|大喜び|感動|快適",
            # "Thanks for your reply" opens a reply, complaints too: a formula, not relief.
            r"thanks (?:for(?! (?:your|the) (?:quick |prompt |fast )?(?:reply|response|answer|email|e-mail|message|note))|so|again)|"
            r"thank you (?:for(?! (?:your|the) (?:quick |prompt |fast )?(?:reply|response|answer|email|e-mail|message|note))|so|all)|\blove[sd]?\b|best (?:thing|festival|we|trip)|"
            r"game changer|great work|great job|so fast|really clear|was perfect|shout-out",
        ),
        # --- a wish: an idea or a suggestion, phrased any way ------------------------------------
        *_cues(
            WISH,
            1.0,
            r"(?:ようになると|ようになれば|できると|できたら|あると|られると|見られると|分かると|わかると|書いてあると|ていただけると)"
            r"[^。\n]{0,8}(?:嬉しい|うれしい|助かり|便利|いい|良い|ありがたい)|いいなと思|ご検討(?:ください|いただければ)|"
            r"改善されるといい|かもしれません。?$",
            r"would be (?:handy|helpful|useful|awesome|good|nice|great)(?! if (?:someone|somebody|anyone)\b)|any plans for|just (?:a thought|an idea|a suggestion)|"
            r"(?<!sure it's a )(?<!sure it’s a )small thing(?! from where| to you)|it would help (?:if|to)|please add|could (?:you|the) [^.\n]{0,40}(?:let(?! (?:me|us) know)|show|include)|"
            r"maybe (?:the|you|let)|would it be possible to (?:get|add|have)|might be (?:nice|worth)",
        ),
        # --- for information only: a note, a change of details, "no need to reply" ---------------
        *_cues(
            FOR_INFORMATION,
            1.0,
            r"(?:ご)?返信(?:は)?(?:不要|いりません|結構です|には及びません|なさらず)|(?:お|ご)?返事(?:は)?(?:不要|いりません|結構です|なさらず)"
            r"|ご報告まで|お知らせまで|ご参考まで|お礼まで|取り急ぎ(?:ご報告|お礼|ご連絡)まで|念のため(?:お知らせ|ご連絡|共有)(?:します|いたします|まで)"
            r"|ご連絡(?:は)?(?:不要|いりません)",
            r"no (?:need|reply|response) (?:to (?:reply|respond|get back|answer|do anything|come|reissue)|needed|required)|nothing for you to do|keeping you in the loop|\bfyi\b|for your (?:records|information)"
            r"|just (?:letting you know|to let you know|so you know|so you've got it|a (?:quick )?(?:note|one|line) to say)"
            r"|i don'?t expect a (?:reply|response)|not (?:asking|after) (?:for )?anything|you can close (?:the|this|it)"
            r"|nothing (?:else )?(?:to add|needed|to do)(?: from you)?",
        ),
        # --- a firm demand: with a grievance, cold anger -------------------------------------------
        *_cues(
            DEMAND,
            1.0,
            r"(?:ご連絡|ご回答|回答|返金|説明|ご説明|ご提示|提示|明細|日程|日付|返還|補償額|対応)(?:を|と|だけ(?:は|でも)?)?[^。\n]{0,6}"
            r"(?:ください|下さい|願います|求めます|お願いします)|はっきり|今度こそ|せめて|いつになったら|"
            r"(?:返金|交換|説明|回答|謝罪)(?:を)?(?:求め|要求)",
            r"\bi (?:want|expect|need) (?:the|a|an|it|this|my|them|to know|someone)|\btell me\b|give me|i'?d like (?:a|the|this|my|to know)|"
            # A bare imperative ("Refund it.", "Just fix this"), not one inside a polite
            # request ("Could you check and refund the duplicate", walk 11 F-10).
            r"(?<![a-z,;] )(?<![a-z])(?:just |now |then )?(?:send|refund|fix|return|correct) (?:it|them|this|the)\b|"
            r"(?:need|want) (?:a|an) (?:date|answer|decision|figure)|"
            r"\bconfirm the\b",
        ),
        # --- a request (for time × request) -------------------------------------------------------
        *_cues(
            REQUEST,
            1.0,
            r"(?:ください|下さい|いただけ(?:ます|ません)か|いただけないでしょうか|お願い(?:します|いたします|できますか)|"
            r"でしょうか|ますか|可能ですか|教えて|いただければ(?:幸い|助かり|嬉し|うれし)|知りたい)|\?",
            r"\b(?:please|could you|can you|can someone|could someone|is there any way|i need|we need)\b|\?",
        ),
        # --- something broken, missing or wrong (not a mere request) ---------------------------
        *_cues(
            BROKEN,
            1.0,
            # (「今年の合宿は参加できない」: the writer not coming, nothing broken; fresh-eval36.
            # 「〜お願いできないかと考えています」 stays: outside writers file such quote requests
            # normal, and this cue is what keeps them from low.)
            r"(?<!参加)(?<!出席)(?<!同席)(?<!参加が)(?<!出席が)(?:でき|出来)(?:ない|ません|なく|ず|なかった)|エラー|使えな|動かな|届かな|届きません|届いていな|表示されな|反映されな"
            r"|おかしい|不具合|バグ|止まっ|消えて|壊れ|故障|失敗|間違|違(?:う|います|っていま)|足りな|入っていな|載って(?:い)?(?:ない|ません)|溶け(?:きって|てしま)|ぬるく(?:なって|なりかけ)|見当たら|漏れ|破損|汚れ",
            r"\b(?:doesn'?t|does not|don'?t|didn'?t|isn'?t|won'?t|not) (?:work|load|open|show|arrive|sync|save|send|print|start|turn on)"
            r"|\berror\b|\bbug\b|broken|\bfail|\bcrash|\bstuck|(?<!already )(?<!really )\bmissing|\bwrong\b|\bcan'?t\b(?! wait| make it| attend| come| join)|\bcannot\b(?! wait| attend| come| join)|damaged|\bleak"
            r"|not working|stopped working|hasn'?t (?:arrived|come)",
        ),
        # --- Japanese consequence said as what happened (session 12) --------------------------
        # fresh-eval9's Japanese high mails read as normal said no 至急 and no danger word:
        # a child or an animal swallowed or touched something (「〜が…食べてしまった」), a
        # body that shows it (「うずくまって」「傷口が開いて」「2回吐いて」), medicine for
        # someone else, and a question whether it is safe to go on (「このまま運転しても問題
        # ないでしょうか」「食べても大丈夫なものか」「様子を見ていてよかったのでしょうか」).
        # Built from the verb's て-form + しまう (something done that cannot be undone) and
        # the permission question 〜ても(いい|大丈夫|問題ない)か, not from whole sentences.
        *_cues(
            SAFETY,
            1.0,
            # (Not "3歳": a digit would be this cue's anchor, tried at every number in a mail.)
            r"(?:犬|猫|子ども|子供|息子|娘|赤ちゃん|乳児|幼児|ペット|うさぎ|インコ|ハムスター)"
            r"[^。\n]{0,40}(?:(?<!ぺろりと)(?<!ぺろっと)(?<!あっという間に)(?<!一気に)(?<!全部)(?:食べ|飲ん|飲み込ん|舐め|なめ|口に入れ|触っ|触れ|吸い込ん)(?:て|で)しま|(?:食べ|飲ん|触っ)ちゃ|かじって(?:い|しま))|"
            # (Not eaten up with pleasure: 「家族であっという間に食べてしまいました」, fresh-eval37
            # t-ja-033.)
            r"(?<!あっという間に)(?<!あっというまに)(?<!ぺろりと)(?<!ぺろっと)(?<!一気に)(?<!すぐに)(?<!全部)(?<!美味しくて)(?<!おいしくて)"
            r"(?:食べ|飲ん|飲み込ん|口に入れ|舐め|吸い込ん)(?:て|で)しま(?:い|った|っていました)|"
            # A child who may have swallowed a part, on the way to hospital (fresh-eval49 t-ja-069).
            r"(?:病院|救急外来|小児科|夜間救急)(?:に|へ)(?:向かって|向かう|向かい|連れて(?:行|い)|運ばれ|搬送)|口に入れて(?:い)?た(?:の|ところ|かも|可能性|と)|"
            r"うずくま|傷口が(?:開|ひら)|(?:おしっこ|尿)(?:が)?[^。\n]{0,8}出(?:て(?:い)?(?:ない|ません)|ない|ません)|"
            r"頭を(?:打|ぶつけ)|(?:[0-9]回|何度も|何回も)(?:も)?吐|ぼんやりして|(?:ごはん|ご飯|えさ|餌|食事)(?:を|も)?(?:食べ|取ら|とら)(?:ず|ない|ません|ていません)|"
            r"血が(?:出|止ま)|赤いものが見え|"
            r"(?:薬|薬袋|処方)[^。\n]{0,30}(?:別の方|他の方|ほかの方|違う方|別の人|他の人|ほかの人)|別の方の(?:名前|お名前|薬)|"
            # Not 「食べても大丈夫でしょうか」 alone: a thawed parcel or two medicines together
            # are questions (normal) in our data and outside sets alike.
            r"(?:運転し|乗っ|乗せ|寝|戻っ|様子を見)(?:て|で)(?:も|いて)?"
            r"(?:いい|よい|よかった|大丈夫|問題(?:ない|ありません)|差し支え(?:ない|ありません))(?:の|ん|もの)?(?:でしょうか|ですか|か)",
        ),
        # Something of ours left a person locked out of their work or their data scrambled:
        # 「個室に入れません」「ファイルが…開けなくなっています」, a lost pass with a key to it.
        *_cues(
            STOPPED,
            1.0,
            r"(?:中|部屋|室内|個室|店内|事務所|家|自宅|建物|オフィス|教室|会場)に入れ(?:ません|ない|ず|なく)|"
            r"(?:ロック|鍵|錠)[^。\n]{0,10}(?:反応せ|反応しな|開かな|開きません|解除でき)|"
            r"冷え(?:ない|ません|なくな|ていない)",
        ),
        *_cues(
            INCIDENT,
            1.0,
            # A lost house key is a question of a new lock (normal, fresh-eval6); a lost pass
            # to shared offices lets a stranger in.
            # Anchored on the rare words, not on データ (in most SaaS mails).
            r"(?<!切れて)(?<!切れたので)(?<!切れたため)開けなくな(?:って|りま)|暗号化され(?:て|た|まし)|見慣れない(?:文字列|拡張子|ファイル)|"
            r"(?:(?:入館|社員|セキュリティ)(?:カード|証)|カードキー)(?:を)?[^。\n]{0,6}(?:落とし|紛失|なくし|失くし)",
        ),
        *_cues(MONEY_LOST, 1.0, r"破産|倒産|経営破綻|夜逃げ|事業(?:を)?停止"),
        # A date that will not move, said as an obligation: 「金曜の午前中に大使館へ提出しなけれ
        # ばならず」「予約の変更はできない」「式まであと3日」「間に合いますでしょうか」.
        *_cues(
            CANNOT_WAIT,
            1.0,
            r"(?:提出|出発|署名|調印|搭乗|出席|出演|参加|入稿|掲示|納品)しなければ(?:ならず|なりません|ならない)|"
            r"(?:予約|日程|日時)(?:の)?変更(?:は|が|も)?でき(?:ない|ません|ず)|"
            # Not 「間に合いますか」 alone: 「何曜日までに手続きすれば間に合いますか」 asks a rule.
            r"(?:まで|までに)(?:は)?(?:あと|残り)(?:[0-9]|[一二三四五六七])日",
        ),
        # An event later today at a clock time (「本日14時からの発表会」「10時半から…打ち合わせ
        # があり」): little time left, weighed with the trouble the mail states.
        *_cues(
            TIME_NEAR,
            1.0,
            # Not 「来週火曜の10時からの打ち合わせ」「毎週土曜10時から」: a day named before the hour.
            r"(?<![曜週月0-9])(?<![曜週月]の)(?<!(?<![本今])日)(?<!(?<![本今])日の)[0-9]{1,2}(?:時|:[0-9]{2})(?:半|[0-9]{1,2}分)?から(?:の)?[^。\n]{0,16}"
            r"(?:打ち合わせ|会議|発表会|集まり|挙式|式|商談|面接|試合|本番|公演|説明会)",
        ),
        # Anxiety said calmly: 「判断がつきません」「迷っています」「何も手につきません」
        # 「経理のデータが入っていたら困るので」「血の気が引きました」.
        *_cues(
            AT_A_LOSS,
            1.0,
            r"迷って(?:い|お)(?:ます|ります)|悩んで(?:い|お)(?:ます|ります)",
        ),
        # Not being able to judge whether it is all right is the worry itself.
        *_cues(
            FEAR,
            1.0,
            r"判断が(?:つき|付き)(?:ません|かね)|どうしたらよいのか(?:分から|わから)|"
            # Torn over their own course (「このまま続けるか、やめるか迷っています」), not over
            # which of two products (「300ピースと500ピースのどちらにするか迷っています」): the
            # model carried the first until fresh-eval51's retrain (session 40).
            r"(?:続ける|やめる|辞める|諦める|あきらめる|退会する|休会する)か(?:どうか)?[、,]?[^。\n]{0,12}(?:迷って|悩んで)|"
            r"手につ(?:か|きません)|血の気が引|ショックを受け|立ち直れ|(?:たら|れば)困る(?:ので|のですが|ため)|気が気で|"
            r"眠れ(?:ず|ない|ません|なかった)|落ち着かな|居ても立っても|(?:お金|代金|支払(?:い|った)[^。\n]{0,6})(?:は)?どうなる",
        ),
        # --- new standing details (address, contact, where invoices go) ----------------------------
        *_cues(
            STANDING_CHANGE,
            1.0,
            r"(?:住所|新住所|送付先|請求先|宛先|宛名|連絡先|窓口|担当者?|経理担当|転送先|メールアドレス)"
            # Up to 40 characters between: a new e-mail address sits there (「送付先を経理部
            # keiri@… に変更してください」).
            r"(?:が|を|の|は)?[^。\n?？]{0,40}(?:変更(?:します|しました|いたします|になります|してください|をお願い|お願い|していただけ)|変わ(?:ります|りました))"
            r"|新住所[:：は]|(?:次回|今後|来月)[^。\n]{0,10}(?:から|以降)[^。\n]{0,20}(?:新住所|新しい住所|自宅|勤務先)|今後の(?:ご連絡|連絡|お知らせ|ご案内|請求書|郵便物)は[^。\n]{0,30}(?:宛|へ|に)",
            r"new (?:postal |mailing |shipping |billing |registered |home |office )?address|change of address"
            r"|(?:send|forward|address) (?:our|my|all|any|the) (?:future )?(?:invoices|mail|post|statements|letters|correspondence|bills)\b[^.\n?]{0,40}\bto\b"
            r"|(?:send|forward) (?:future|all future) (?:invoices|mail|post|statements|letters|bills) to"
            r"|will be our new|is our new (?:contact|admin|account manager)"
            r"|please (?:use|note) (?:this|my|our|the) (?:new )?(?:address|email|e-mail|contact)"
            r"|(?:update|change) (?:my|our|the) (?:shipping |billing |postal |mailing |invoice |registered |delivery )?(?:address|email address|contact)\b(?! (?:online|myself))",
        ),
        *_cues(
            PAST_WORRY,
            1.0,
            r"(?:不安|心配|怖|こわ|緊張)(?:で|だった|でした|していた|してい(?:まし)?た|かった)[^。\n]{0,6}(?:が|けど|けれど|のですが|ものの)"
            r"|あんなに(?:怖|こわ|不安|心配)|(?:不安|心配)(?:だった|でした)(?:の)?(?:ですが)?[^。\n]{0,20}(?:おかげ|無事|安心)",
            r"\b(?:i|we|she|he|they) (?:was|were|had been|used to be) (?:so |really |very |quite |a bit |absolutely |pretty )?"
            r"(?:terrified|scared|worried|nervous|anxious|afraid|petrified|frightened)"
            r"|\b(?:i|we) (?:was|were) (?:so |really |very )?worried (?:about|that)[^.\n]{0,60}\bbut\b",
        ),
        *_cues(
            REPEATED,
            1.0,
            r"(?:[3-9]|[1-9][0-9]|[三四五六七八九十何])(?:回|度)目",
            r"(?<!than a )\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th) (?:time|email|e-mail|request|message|call|attempt)\b"
            + _EN_NOT_A_FAILURE_COUNT,
        ),
        *_cues(
            REPEATED_CONTACT,
            1.0,
            r"(?:[3-9]|[三四五六七八九十何])(?:回|度)目の(?:ご連絡|連絡|問い合わせ|お問い合わせ|メール|お願い|催促)|"
            # 「なぜこちらが何度も催促しなければならないのでしょうか」 (fresh-eval48 t-ja-102).
            r"(?:何度も|再三|繰り返し)(?:催促|督促|問い合わせ|お問い合わせ|連絡|ご連絡)(?:し|を)|"
            r"(?:連絡|問い合わせ|メール|お送り)(?:する|いたす|させていただく)?の(?:は|も)(?:これで)?(?:[3-9]|[三四五六七八九])(?:回|度)目|"
            # fresh-eval63 t-ja-033: 「12月3日と12月5日にもお送りしましたが、お返事をいただけていない
            # ので再度ご連絡します」 — two earlier dates, and this one: a third contact.
            r"(?<=[0-9０-９])日(?:と|、|,)(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:に)?も(?:お送り|送り|ご連絡|連絡|メール|お電話|電話|お問い合わせ|問い合わせ)",
            r"\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th) (?:email|e-mail|request|message|call|reminder|chaser|chase|follow-?up)\b|"
            # "I chased on 3 June and again on 9 June" (fresh-eval49 t-en-052): two chases after
            # the first report are a third contact.
            r"\b(?:i|we) (?:chased|followed up|emailed|e-mailed|called|rang|phoned|wrote)\b[^.\n]{0,30}\band again\b|"
            r"\b(?:third|fourth|fifth|sixth|3rd|4th|5th|6th) time (?:i'?m |i am |i'?ve |i have )?(?:writing|asking|emailing|chasing|calling|contacting|raising|reporting|following up)|"
            r"\b(?:asked|emailed|e-mailed|written|wrote|called|rang|phoned|chased|contacted|complained|reported|raised (?:this|it)(?: with you)?|messaged|followed up)"
            r"(?: (?:about|on) (?:this|it))? (?:three|four|five|six|seven|[3-9]|several|multiple|many) times\b|"
            r"\b(?:three|four|five|six|[3-9]) (?:emails|e-mails|calls|phone calls|messages|tickets|reminders) (?:about|and|now|later|so far)",
        ),
        # --- session 13: consequence families fresh-eval10 showed thin ----------------------
        # A hazard of a THING (a swelling battery, a hot charger, scorch marks), said as
        # what the writer sees or touches rather than as danger.
        *_cues(
            SAFETY,
            1.0,
            r"(?:バッテリー|電池|充電器|充電池|モバイルバッテリー|スマホ|本体|缶|ボンベ)[^。\n]{0,20}(?:ふくらん|膨らん|ふくれ|膨れ|膨張|変形し)|"
            r"(?:触る|触ると|触ったら|触れると|触れたら)[^。\n]{0,6}(?:熱い|熱く|熱かった|熱を)|"
            r"(?:充電中|充電して|充電器|バッテリー|電池)[^。\n]{0,30}(?:熱く(?:な|て)|熱い|熱を持|焦げ|溶け|煙)|"
            r"(?:コンセント|プラグ|配線|ケーブル|ブレーカー)[^。\n]{0,12}(?:焦げ|溶け|黒く|変色|火花|バチ)|焦げ跡|焦げて(?:い|しま)|(?:から|より)煙|煙(?:が|も)?(?:出|上が)",
            r"puff(?:ed|ing) up|scorch(?:ed|ing)?|scorch marks?|"
            r"(?:plug|socket|outlet|cable|charger|adapter|wire|battery)s?[^.\n]{0,30}(?:melted|melting|blackened|charred|hissing|smoking)|"
            r"(?:melted|charred|blackened) (?:plug|socket|outlet|cable|charger|adapter|wire)",
        ),
        # Someone else's papers or data sent to this customer, or theirs to someone else:
        # personal data in the wrong hands, however calmly told.
        *_cues(
            INCIDENT,
            1.0,
            # (「他社の見積もりも取らせていただきます」: quotes they will ask others for, no data
            # of theirs astray: fresh-eval64 t-ja-078.)
            r"(?:別の方|他の方|ほかの方|違う方|別の人|他の人|ほかの人|他社(?!の(?:見積|相見積)(?:もり|り)?(?:も|を)?(?:取|と|もら|いただ|頂|集め|比べ|比較))|別の会社|知らない会社|別のお客様|他のお客様|他の利用者|別の患者さん|他の患者さん|知らない方|見知らぬ方)(?:宛て?)?の"
            r"[^。\n]{0,16}(?:書類|登記|印鑑|証明書|請求書|明細|見積|契約書|個人情報|住所|氏名|写真|画像|データ|診断書|カルテ|履歴書|(?<![ァ-ヶー])ファイル|資料|名簿|連絡先|申込書|領収書|給与明細|源泉徴収票|情報)|"
            r"(?:私|自分|うち|当社|弊社)の(?:書類|個人情報|情報|データ|写真|明細|請求書)[^。\n]{0,20}(?:別の方|他の方|ほかの方|別の人|他の人|誰か|他社)に",
            r"(?:someone else'?s|somebody else'?s|another (?:client|customer|patient|person|guest|family|company)'?s?|(?:other|different) (?:clients?|customers?|people|patients?|guests?)'?s?)"
            r"[^.\n]{0,30}(?:documents?|papers?|invoices?|details|records?|passport|file|data|address|statements?|contract|photos?|report|results|deeds|certificate)|"
            r"(?:my|our) (?:documents?|details|data|records?|papers?|invoices?|photos?)[^.\n]{0,30}(?:sent|went|gone|posted|emailed) to (?:someone|another|the wrong|a stranger)|"
            r"sent to the wrong (?:person|address|client|customer|family)",
        ),
        # A person physically stuck, often said in fragments: 「出られない。ゲート開かない」,
        # "Gate won't open. Stuck inside."
        *_cues(
            STOPPED,
            1.0,
            r"(?:ゲート|ドア|扉|シャッター|バー|門|出口|自動ドア)(?:が|も)?[^。\n]{0,4}(?:開か|あか|開き|あき|ひらか|ひらき|上がら|あがら|上がり)(?:ない|ず|なく|ません)|"
            # 「ドアがひらきません　中に人がいます」 (fresh-eval51 t-ja-106): someone shut in.
            r"(?<!お腹の)(?<!おなかの)(?<!腹の)(?<!胎内の)(?:中|なか|内側|室内|車内|部屋)に(?:人|子ども|子供|こども|作業員|従業員|スタッフ|お客様|家族|娘|息子|母|父)が(?:い(?:ます|る)|残って|取り残|閉じ込め)|"
            r"(?:外に|外へ|中から|車が|駐車場から|部屋から|建物から|トイレから)?(?<![にへ])(?<!用事で)(?<!行事で)(?<!都合で)(?<!仕事で)(?<!予定で)(?<!用事があり)(?<!レッスンに)(?<!授業に)(?<!練習に)出られ(?:ない|ません|なく|ず)(?![^。\n]{0,20}(?:振替|振り替え|欠席|お休み))|内側から(?:は)?開か(?:ない|ず|なく)",
            r"stuck (?:inside|in (?:the|my|our|a) (?:car ?park|parking|garage|lift|elevator|car|building|room|toilet))|"
            r"(?:gate|barrier|door|shutter)s? (?:won'?t|will not|doesn'?t|does not|didn'?t|isn'?t|is not) (?:open|lift|go up|rise|opening|lifting)|"
            r"can'?t get out|cannot get out|(?:barrier|gate|door|shutter)s? (?:is |are )?stuck|(?:shut|closed|locked) behind (?:me|us)|no handle (?:inside|on the inside)|(?:locked|shut) out of (?:my|our|the) (?:house|flat|apartment|home|room|car)",
        ),
        # Someone who depends on the service left without it: a child nobody may collect, a
        # carer or a pick-up that did not come.
        *_cues(
            DEPENDENT,
            1.0,
            r"(?:お迎え|送迎|引き渡し|引渡し|ヘルパー|訪問介護|訪問看護|デイサービス|配食|介護タクシー)[^。\n]{0,20}"
            r"(?:来(?:ない|ません|なかった|ていない|ていません)|登録(?:者)?に(?:なって|入って)(?:い|お)(?:ない|りません|ません)|引き渡(?:せ|し(?:て(?:もら|いただ)けない))|忘れられ)|"
            r"(?:祖母|祖父|おばあちゃん|おじいちゃん|母|父|子ども|子供|娘|息子)[^。\n]{0,16}(?:置き去り|取り残さ|ひとりで待|一人で待)",
            r"(?:pick-?up|carer|caregiver|care worker|home help|aide|escort|minibus|school run)[^.\n]{0,30}(?:(?:didn'?t|did not|hasn'?t|has not|won'?t) (?:come|arrive|show|turn up)|never (?:came|come|arrived|showed|turned up))|"
            r"not on the (?:pick-?up|collection|authori[sz]ed) list|(?:left|still) waiting (?:alone|on (?:her|his) own)",
        ),
        # An amount said to be an order of magnitude out (the two amounts themselves are
        # compared in amounts.py).
        *_cues(
            AMOUNT_MISMATCH,
            1.0,
            r"桁(?:が|を)?(?:一つ|ひとつ|1つ|二つ)?(?:違|多|間違)|桁違い|ゼロが(?:一つ|ひとつ|1つ|二つ)多",
            r"extra zero|(?:one|two) zeros? too many|(?:an )?order of magnitude",
        ),
        # Praise said as gratitude for how life is now (「お風呂場が寒くないのが本当にありがたい」),
        # or "they're beautiful": no thanks word, still praise.
        *_cues(
            RELIEF,
            0.7,
            r"(?:本当に|ほんとうに|とても|大変|すごく)ありがた(?:い|く)(?!のですが|ですが|けど|けれど)|気持ちよく",
            r"\b(?:they'?re|it'?s|is|are|look|looks|was|were) (?:so |really |absolutely )?(?:beautiful|gorgeous|stunning)|\b(?:delighted|thrilled)\b",
        ),
        # --- session 13: asked about later plans, or for a brochure, nothing pressing ----------
        *_cues(
            LATER,
            1.0,
            # A season or more away, no month named (「来年3月」 is a date to plan for), and
            # the writer wondering or gathering information, not asking for something now.
            r"(?:来年|来春|来夏|来秋|来年度|再来年|数年(?:以内|後|先)|将来(?:的に)?|いずれ)(?![0-9]|の[0-9])[^。\n]{0,30}"
            r"(?:考えて|検討して|つもり|かもしれ|たいと思|予定です|予定ですが|予定なので|いつ(?:ごろ|頃)|いつから|始まり|決まり)|"
            r"今すぐ(?:では|じゃ)(?:ない|なく|ありません)|次回(?:は|の)?[^。\n]{0,8}いつ(?:ごろ|頃)?の?予定|毎年[^。\n]{0,8}いつ|"
            r"(?:パンフレット|カタログ)(?:を|が)?[^。\n]{0,6}(?:ほしい|欲しい|送って|お送り|いただけ|もらえ)|"
            # Session 19: no time at all, only "some day" or "when I happen to come by".
            r"(?:そのうち|いつか|また今度|今度(?:近く|そちら)に行く(?:とき|時|際)|近くに(?:行|寄)った(?:とき|時|際|ついで))",
            r"\bat some point\b|\bsome ?time (?:next|later|in the)|\bwhen i'?m next in\b|\bnext time i'?m in\b|"
            r"\bi'?ll (?:pop|drop|swing|come) (?:in|by) (?:some ?time|when|next)|"
            r"\b(?:run|running|hold|holding|offer|offering|do|doing) (?:the |your |that |a )?[a-z-]+(?: [a-z-]+)? (?:class|course|workshop|tour|event|session)e?s? again\b|"
            r"\bwhen do you (?:start|begin|open) (?:taking )?(?:bookings|reservations|orders|sign-?ups)|"
            r"(?:thinking|considering|planning|might|gathering|curious)[^.\n]{0,60}(?:next (?:year|spring|summer|autumn|fall|winter|season)|later next year|in (?:a few|two|three|several|a couple of) years)|"
            r"(?:next (?:year|spring|summer|autumn|fall|winter|season)|in (?:a few|two|three|several|a couple of) years)[^.\n]{0,60}(?:thinking|considering|planning|gathering|curious|for now)|"
            r"(?:see you|count us in for) next (?:year|spring|summer|autumn|fall|winter|season)|"
            r"when(?:'s| is| will be) the next (?:one|ride|event|class|session|course|tour|sale|open day|workshop)|when do you (?:usually|normally) (?:open|start|take)|"
            r"(?:send|post|mail) (?:me |us )?(?:a|your|the) (?:brochure|catalogue|catalog|prospectus|leaflet)",
        ),
        *_cues(
            ASKS_HOW,
            1.0,
            r"手続き|方法|何を(?:すれば|したら|用意)|準備が必要|どう(?:すれば|やって|したら)|どこで|どこから|必要な書類|書類(?:は|が)必要|(?:アプリ|マイページ|ウェブ|web|サイト)(?:で|から)[^。\n]{0,10}(?:でき|変更でき)",
            r"\bhow (?:do|can|to|would|should)\b|what (?:do i|documents|forms|paperwork)|\bwhere (?:do|can) i\b|can i (?:do|change|update) (?:it|this|that) (?:online|in the app|myself)",
        ),
        # --- session 14: fresh-eval11's Japanese high mails read as normal (spent, now dev) ----
        # A date that passes and what is lost then, told as a condition: 「期日までに払えないと
        # 製造枠を来年4月まで後ろにずらされてしまいます」「期限を過ぎるととりなおしになる」. A
        # date-noun, a negative or passing condition (〜ないと / 〜なければ / 過ぎると / 切れると)
        # and a loss (〜てしまう, 〜になる, 取り直し, 失効); not a question about the rule
        # (「期限を過ぎると無効になりますか」).
        *_cues(
            CANNOT_WAIT,
            1.0,
            r"(?:期日|期限|締め?切り?|満了日|納期|支払日|支払い期日|までに)[^。\n?？]{0,16}"
            r"(?:ないと|なければ|なかったら|ない場合|過ぎると|過ぎたら|過ぎれば|切れると|切れたら|超えると)[^。\n?？]{0,30}"
            r"(?:てしま|になり(?:ます|まし)|になる|とりなおし|取り直し|やり直し|失効|無効|没収|流れて|受けられな|られなくな|乗れな|使えな|間に合わな)"
            r"(?![^。\n]{0,12}(?:でしょうか|ですか|ますか|か[?？]))",
            r"(?:if|unless)\b[^.\n?]{0,50}\b(?:by|before) (?:the )?(?:[0-9]{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|end of|deadline|cut-?off)[^.\n?]{0,50}"
            r"(?:we'?ll|we will|i'?ll|i will|they'?ll|it'?ll|it will|you'?ll) (?:lose|forfeit|miss|have to (?:start|pay|redo|resit|re-?take)|be (?:void|cancelled|canceled|charged|fined|evicted))",
        ),
        # A permit or a car's inspection about to lapse, and what they hold of ours not back or
        # not fixed: 「仮免許の有効期限が12月11日までなのですが、まだ卒業検定の日がきまっていません」,
        # 「期限までに戻ってくるでしょうか」; a filing date the law sets, near:
        # 「申告期限は…今月の17日」.
        *_cues(
            CANNOT_WAIT,
            1.0,
            r"(?:車検|免許|仮免|在留|ビザ|査証|パスポート|旅券|資格|許可証)[^。\n]{0,12}(?:満了|有効期限|期限)[^。\n]{0,12}(?:まで|までに)[^。\n]{0,30}"
            r"(?:戻|返|届|終わ|完了|間に合|決ま|きま|発行|でき)[^。\n]{0,6}(?:ない|ません|ず|でしょうか|ますか|か)|"
            r"(?:満了日|有効期限|期限)(?:まで|までに)(?:は)?[^。\n]{0,4}(?:戻|返)(?:って|して|る|り)[^。\n]{0,10}(?:でしょうか|ますか|か)|"
            r"(?:申告|納付|届出|届け出|登記|更新手続き)(?:の)?(?:期限|期日|締め?切り)[^。\n]{0,30}(?:今月|今週|明日|明後日|来週)",
            r"(?:visa|permit|licen[cs]e|passport|registration|mot|inspection|insurance|policy|cover)[^.\n]{0,30}(?:expires?|runs? out|lapses?)[^.\n]{0,30}(?:today|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this week|in (?:two|three|four|five|[2-5]) days)|"
            r"(?:filing|tax|submission|registration) deadline[^.\n]{0,30}(?:this week|this month|tomorrow|on (?:the )?[0-9]{1,2}(?:st|nd|rd|th)?\b)|"
            # 「予約の変更はできない」 in English: a fixed date the writer cannot move.
            r"(?:can'?t|cannot|can not|unable to|no way to) (?:move|change|reschedule|postpone|push back) (?:the|my|our|his|her|their) (?:appointment|booking|flight|date|surgery|operation|ceremony|wedding|hearing|exam|sailing)",
        ),
        # A near miss: someone almost hurt (「子どもが転びそうになりました」, "my son nearly
        # fell"), a lift moving with its doors open; fuel smelled in a car a child rides in.
        *_cues(
            SAFETY,
            1.0,
            r"(?:転び|転倒し|挟まれ|はさまれ|落ち|ぶつかり|ひかれ|轢かれ|倒れ|けがをし|怪我をし|やけどし|火傷し|感電し|溺れ|巻き込まれ)そうに(?:なり|なった|なって)(?!(?:いた)?(?:とき|時|ところ|際))|"
            r"(?:扉|ドア)が開いたまま[^。\n]{0,12}(?:動|上が|下が)|"
            r"(?:ガソリン|灯油|軽油|排気ガス|排ガス)(?:の|のような)?(?:臭|にお|匂)|"
            r"(?:子ども|子供|娘|息子|母|父|妻|夫|家族)が[^。\n]{0,8}(?:気持ち悪い|頭が痛い|めまいがする)と",
            r"\b(?:nearly|almost) (?:fell|fall|tripped|got (?:trapped|hit|crushed|burned|burnt|electrocuted|knocked)|trapped|crushed|hit|electrocuted|choked|drowned|knocked (?:over|down))(?![^.\n]{0,40}\b(?:caught|saved|grabbed|held|helped|thanks to)\b)|"
            r"doors? (?:still |wide )?open (?:while|and) (?:it|the (?:lift|elevator|car)) (?:moved|moving|started)|"
            r"(?:smell of|smells of|smelling of) (?:petrol|gasoline|fuel|diesel|exhaust)|(?:petrol|gasoline|fuel|diesel|exhaust) (?:smell|fumes)",
        ),
        # Someone taken into hospital now (「救急車で病院に運ばれ」, "taken to hospital and
        # admitted", "hospitalised abroad"), an animal that swallowed something: a person's
        # health at stake, told as what happened.
        *_cues(
            SAFETY,
            1.0,
            r"病院に(?:運ばれ|搬送され|担ぎ込まれ)|救急車で|緊急入院|入院することに(?:なり|なった)",
            r"(?:taken|rushed|admitted|airlifted|brought) (?:in)?to (?:the )?(?:hospital|a&e|er\b|emergency room|icu|intensive care)|"
            r"\bhospitali[sz]ed\b|(?:was|were|been|got) admitted\b|in (?:the )?(?:icu|intensive care|emergency room)|"
            r"(?:dog|cat|puppy|kitten|pet|baby|toddler|child|son|daughter)\b[^.\n]{0,30}\b(?:just |has )?(?:ate|eaten|swallowed|chewed|licked|drank)\b|"
            r"(?:no|hasn'?t done a) (?:wee|pee|urine)\b",
        ),
        # Personal details posted where the public can read them (「住所がSNSに晒されて」,
        # "posted my home address in your Discord"), or an action on the account nobody took
        # (「誰も解除していないはず」「キャンセルの操作をしておりません」).
        *_cues(
            INCIDENT,
            1.0,
            r"(?:住所|電話番号|本名|個人情報|顔写真|自宅)[^。\n]{0,12}(?:晒され|さらされ|公開され|投稿され|書き込まれ|拡散され|載せられ)|"
            r"(?:誰も|だれも|私は|私も|わたしは|家族も|本人は)[^。\n]{0,12}(?:解除|解錠|キャンセル|解約|申し込|申込|購入|注文|送金|振込|ログイン)(?:の操作)?(?:を)?(?:して|し)(?:い|お)(?:ない|ません|りません)",
            r"(?:posted|shared|published|leaked|put up|doxx?ed)[^.\n]{0,30}(?:my|our|his|her) (?:home |full |private |personal )?(?:address|phone number|real name|details)|"
            r"(?:my|our) (?:home |private |personal )?(?:address|phone number|real name)[^.\n]{0,20}(?:posted|shared|published|leaked|visible|public)|\bdoxx?(?:ed|ing)\b|"
            r"(?:nobody|no one|none of us|i did ?n'?t|i did not|we did ?n'?t|we did not|i never|we never) (?:here )?(?:has |have )?(?:disarmed|unlocked|cancell?ed|canceled|logged in|ordered|authori[sz]ed|made (?:that|this|the) (?:change|payment|order))",
        ),
        # --- session 14: walk 12, F-25 ---------------------------------------------------------
        # The plain imperative at the end of a sentence: 「返金しろ」「早く直してくれ」「説明せよ」;
        # not 「〜してくれました」「〜してくれませんか」 (the lookahead wants the sentence's end).
        *_cues(
            COMMAND,
            2.0,
            r"(?:しろ|せよ|よこせ|返せ|直せ|出せ|戻せ|払え|謝れ|答えろ|教えろ|止めろ|やめろ|出ろ|見ろ|考えろ|来い)(?=[。!！?？…\s]|$)|"
            r"(?:して|で|て)くれ(?:よ)?(?=[。!！?？…\s]|$)|"
            r"(?:早く|はやく|さっさと|とっとと)[^。\n]{0,12}(?:して|しろ|せ|くれ|ろ)(?:よ)?(?=[。!！?？…\s]|$)",
            r"(?<!please )(?<!kindly )\b(?:refund|fix|cancel|give|return|delete|close|sort|answer|call) (?:me|it|this|my|our|the)\b[^.\n?]{0,30}\b(?:now|immediately|right now|asap)\b(?=[.!]|$)",
        ),
        # A verdict alone as the last line (「使えない。」, "Useless."), or a verdict word on
        # the product anywhere (「使い物にならない」「役に立たない」, "total garbage").
        *_cues(
            VERDICT,
            2.0,
            # (Anchored on the verdict word, not on the line's start: an unanchored cue is
            # scanned at every position of every Japanese mail.)
            r"(?<![^\n、。\s])(?:使えな(?:い|さすぎ)|使い物にならな(?:い)?|役に立たな(?:い)?|ゴミ|ポンコツ|クソ)(?:ね|な|わ|です|じゃん|だな)?[。!！…]*(?=\s*$)|"
            r"使い物に(?:なら|なりま)|役に立た(?:ない|ず|ん)|ゴミ(?:アプリ|サービス|みたい)|ポンコツ|クソ(?:アプリ|サービス|すぎ)",
            r"(?:^|\n)(?:this (?:app|thing|service|product|site) is |it'?s |you(?:'re| are) |so )?(?:useless|garbage|rubbish|trash|pathetic|a joke|terrible|awful|the worst)[.!]*(?=\s*$)|"
            r"\b(?:total|complete|absolute|utter) (?:garbage|rubbish|trash|junk)|waste of space|\bunusable\b",
        ),
        # 「もう3回目です。」 as a sentence of its own: the writer counts their own contacts.
        *_cues(
            REPEATED_CONTACT,
            1.0,
            r"もう(?:[3-9]|[三四五六七八九十何])(?:回|度)目(?:です|だ|ですよ|なんです|なんですけど|ですけど)?(?=[。!！?？…\s]|$)",
            r"(?:this is|that'?s|it'?s) (?:now )?the (?:third|fourth|fifth|sixth|3rd|4th|5th|6th) time(?=[.!?]|$)",
        ),
        # --- session 15: fresh-eval12's misses, by family -------------------------------------
        *_cues(
            MONEY_BACK,
            1.0,
            r"返金(?:は|って)?(?:まだ|いつ)(?:ですか|なの|なんですか|でしょうか|になるんですか)|"
            r"(?:お金|代金|返金)(?:を)?(?:早く)?(?:返して|戻して)(?:ください|下さい|ほしい|欲しい|もらえ)|"
            r"(?:返金|お金|代金)[^。\n]{0,12}いつになったら|全額(?:の)?返金を(?:お願い|求め|要求)",
            r"\bwhere(?:'s| is| are) (?:my|our|the) (?:refund|money|deposit|credit)\b(?! (?:policy|form|page))|"
            r"\b(?:i|we) want (?:my|our) (?:money|deposit) back\b|\bstill (?:no|waiting (?:on|for)) (?:my|our|the|a) (?:refund|money back)\b",
        ),
        # The thing is not what was agreed or shown: a complaint in one sentence.
        *_cues(
            COLD_ANGER,
            2.0,
            r"(?:写真|画像|見本|サンプル|説明|注文|話)と(?:全然|全く|まったく|ぜんぜん)(?:違|ちが)",
            r"\b(?:that'?s|this is|it'?s|this isn'?t|that isn'?t|it isn'?t|not) (?:not )?what (?:we|i) (?:agreed|ordered|paid for|were promised|was promised|asked for)\b|"
            r"\bnothing like (?:the|your|what) (?:photos?|pictures?|description|listing|advert|ad|website|sample|catalogue|brochure)\b",
        ),
        *_cues(
            SHUT_OUT,
            1.0,
            r"(?<![^\n。\s])(?:電子)?(?:チケット|鍵|カギ|qrコード|会員証|入館証|年間パスポート|年パス|予約番号)(?:が|は)[^。\n]{0,10}"
            r"(?:表示され|出てこ|出てき|出て来|開き|開か|読み取れ|読み込め|使え)(?:ません|ない)(?=[。…!?！？\s]|$)",
            r"\b(?:tickets?|keys?|key ?cards?|door code|entry code|gate code|qr code|boarding pass|vouchers?)"
            r" (?:won'?t|will not|isn'?t|aren'?t) (?:show|open|load|appear|scan|come up|turn)(?:ing)?\b",
        ),
        # Not knowing what to do said as a plea about one's own situation: in hospital and
        # could not, "is there anything you can do?", "I feel bad for…".
        *_cues(
            AT_A_LOSS,
            1.0,
            r"\b(?:i|we) (?:was|were) (?:in|admitted to) (?:the )?hospital\b|\bi feel (?:bad|terrible|awful|sick) (?:for|about)\b|"
            r"\bis there (?:anything|any way|anything at all) (?:you|that you) (?:can|could) do\b",
        ),
        *_cues(
            SAFETY,
            1.0,
            r"(?:非常口|避難口|避難経路|防火扉|消火器|非常階段)[^。\n]{0,20}(?:塞が|ふさが|塞い|ふさい|積まれ|置かれ|開かな|開きませ|施錠され)",
            r"(?:fire|emergency) (?:exit|door|escape)s?[^.\n]{0,30}\b(?:blocked|obstructed|chained|padlocked|locked shut)\b|"
            r"\bblock(?:ed|ing) (?:the |a )?(?:fire|emergency) (?:exit|door|escape)",
        ),
        *_cues(
            PROPERTY_AT_RISK,
            1.0,
            r"(?:船|船尾|船首|艇|ボート|ヨット)[^。\n]{0,8}(?:沈ん|沈み|沈没|傾い)|浸水(?:して|し始め|が始ま)|"
            r"取り返しが(?:つか|付か)(?:ない|ず|なく)|取り返しが(?:つき|付き)ません|"
            r"(?:物品|荷物|私物|家財|所有物|預け(?:た|ている)[^。\n]{0,6})[^。\n]{0,10}(?:を)?(?:撤去|処分|廃棄)(?:する|される|されて|されると|されたら)",
            r"\b(?:is|was|are) (?:sinking|taking on water)\b|\birreplaceable\b|"
            r"\b(?:my|our) (?:things|belongings|stuff|goods|items|possessions) (?:will|would|are going to) be (?:disposed of|thrown away|destroyed|auctioned|removed)",
        ),
        # Charged many times over for one thing: money gone, not a billing question.
        *_cues(
            MONEY_LOST,
            1.0,
            r"(?:[3-9]|[1-9][0-9])回(?:も|分)?(?:引き落とされ|請求され|決済され|課金され|引かれ)",
            r"\b(?:charged|billed|debited) (?:me |us )?(?:[3-9]|[1-9][0-9]|three|four|five|six|seven|eight|nine|ten|eleven|twelve) times\b",
        ),
        # Thanks for the harm done ("Thanks so much for cancelling…"): sarcasm.
        *_cues(
            SARCASM,
            1.0,
            r"\bthank(?:s| you) (?:so much |a lot |very much )?for (?:cancell?ing|charging|ignoring|losing|breaking|wasting|keeping (?:me|us) waiting|double[- ]charging|the (?:silence|runaround))\b",
        ),
        # The same failure again after a promise: 「先月も同じ」「今回も割れて」.
        *_cues(
            COLD_ANGER,
            1.0,
            r"(?:先月|前回|以前|この前)も同じ|今回も[^。\n]{0,10}(?:割れ|壊れ|届か|間違|遅れ|欠け)|どのように改善され|いつになったら",
        ),
        # A body at risk said as a symptom or as a loose rail, and asking where to go.
        *_cues(
            SAFETY,
            1.0,
            r"(?:手すり|手摺|柵|フェンス|階段|床板|足場|はしご)[^。\n]{0,10}(?:ぐらつ|グラつ|ぐらぐら|グラグラ|外れかけ|外れて|抜けかけ|折れ)",
            r"\b(?:railing|handrail|banister|guard ?rail|ladder)s? (?:is|was|are|were) (?:loose|wobbly|coming away|broken|cracked)\b|"
            r"\bchest pains?\b|\b(?:can'?t|cannot|struggling to) breathe\b|\bpassed out\b|\bunconscious\b|\ballergic reaction\b",
        ),
        *_cues(
            FEAR,
            1.0,
            r"(?:診て|みて)もらえる(?:病院|ところ|医院)|(?:近く|夜間)[^。\n]{0,8}(?:病院|救急)(?:は|が)(?:あります|ありません|ない)",
            r"\bwhere(?:'s| is) the nearest (?:hospital|a&e|er|emergency room|doctor|pharmacy)\b|"
            r"\b(?:if|whether) (?:my|our) (?:card )?(?:details|data|card|account|information|money|savings|password)s? (?:is|are|was|were|will be) (?:safe|secure|at risk|compromised|exposed)\b",
        ),
        *_cues(
            PROPERTY_AT_RISK,
            1.0,
            r"(?:区画|倉庫|トランクルーム|室内|車内|荷物)[^。\n]{0,10}水が(?:入り込|入って|溜ま|たま|漏れ)",
        ),
        *_cues(
            RELIEF,
            1.0,
            r"すっかり(?:楽|よく|良く)にな|(?:ずっと|何度も)[^。\n]{0,12}話をして",
            r"\bthank you to (?:the|your|everyone|all)\b|hasn'?t stopped talking about|changed my (?:week|life|year|mornings)|"
            r"\bthe best (?:it'?s|i'?ve) (?:been|felt|had)\b",
        ),
        # Joy said plainly about what was enjoyed: 「とても楽しいです」「最高でした！」.
        *_cues(
            RELIEF,
            1.0,
            r"(?:とても|すごく|本当に|ほんとに|めちゃくちゃ|大変)楽し(?:い|かった)(?:です)?(?!が|けど|けれど|のに|はず)|"
            r"最高でした(?!が|けど|けれど|のに)|大喜び(?!でしたが|だったのに)",
            r"\b(?:we|i) (?:had|have had) (?:a|the most) (?:great|fantastic|wonderful|brilliant|amazing|lovely) (?:time|day|evening|night|stay)\b",
        ),
        # --- session 30: fresh-eval31/32's misses ----------------------------------------------
        # The customer leaves the country within days with the matter still open ("I fly back
        # to New Zealand on Tuesday", 「金曜日に帰国します」): after that it cannot be put
        # right. Every such mail in the labelled and outside data is high (16 en, 8 ja).
        *_cues(
            CANNOT_WAIT,
            1.0,
            r"(?:帰国|出国|出発)(?:する|します|の日|日|予定)?[^。\n]{0,12}(?:明日|明後日|[月火水木金土日]曜|までに|前に)|"
            r"(?:[月火水木金土日]曜日?|明日|明後日)[^。\n]{0,12}(?:帰国|出国)",
            rf"\b(?:fly|flying|flies|leave|leaving|check(?:ing)? out|depart|departing|head(?:ing)? home)\b[^.\n]{{0,30}}"
            rf"\b(?:on )?(?:{_EN_DAY}|tomorrow)\b",
            negatable=True,
        ),
        # Asked twice already and this is the next ("I've asked twice for a refund", "I wrote
        # on 19 May and 26 May"): a chase that is urgent when angry (14 of 17 high).
        *_cues(
            REPEATED,
            1.0,
            r"(?:2|２|二)(?:回|度)(?:も)?(?:問い合わせ|連絡|メール|お問い合わせ|ご連絡|お電話|電話)(?:を)?(?:し|いたし|さしあげ)",
            r"\b(?:asked|emailed|e-mailed|written|wrote|called|rang|phoned|chased|contacted|messaged|followed up)(?: you)?"
            r"(?: about (?:this|it))? twice\b|"
            r"\b(?:wrote|emailed|called|asked)[^.\n]{0,40}\bon [0-9]{1,2} [a-z]+ and (?:again on )?[0-9]{1,2} [a-z]+",
        ),
        # Time running out before a date: 「立ち会いまで２週間を切っていて」「あと3日しかない」.
        *_cues(
            TIME_SOON,
            1.0,
            r"まで(?:あと|残り)?(?:[0-9０-９]+|[一二三])(?:日|週間)を切|今度の[月火水木金土日]曜",
        ),
    ]
)
