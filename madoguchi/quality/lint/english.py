"""Word-level helpers for English drafts (no tagger: English mail is short and regular)."""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re

from madoguchi.quality import phrases

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Month and day names are matched case-sensitively: "may" is a verb far more often than a month.
_NAMED_DATE = re.compile(rf"\b({_MONTHS}|{_DAYS})\b")
CONCRETE = phrases.compile(
    r"\d|\b(today|tomorrow|tonight|noon|midnight|end of (the )?day|this (morning|afternoon|evening))\b"
    r"|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\s+(business\s+)?(minutes?|hours?|days?|weeks?|months?|dollars?)\b"
    # a fixed rhythm is a time the customer can count on: "a photo each evening"
    r"|\b(each|every) (morning|afternoon|evening|night|day|weekday|business day|hour)\b",
    re.IGNORECASE,
)

# Verbs a support reply uses to tell the customer what to do; a sentence that opens with
# one in its base form (no subject, no "please") is a bare command.
COMMAND_VERBS = frozenset(
    """send fill restart reboot reply provide update upgrade make delete upload check click enter
    call contact return sign submit attach remove install uninstall reinstall open close go try
    read stop change type use select choose add do don't never follow complete confirm verify
    tell give get take put turn set include keep ensure forward resend re-enter clear log wait
    pay download move copy paste save write fix print scan mail ship bring email respond
    reset enable disable activate deactivate refresh reload empty unplug plug connect disconnect press
    tap hold swipe scroll navigate visit head review report describe explain share cancel renew
    register create rename edit modify adjust replace switch toggle allow grant approve reject drag
    export import sync restore retry repeat specify list mention text pack leave avoid start run
    launch quit exit power charge include reinsert photograph decide regenerate grant skip stamp
    post issue reissue prepare book tick strip wash wipe drain unpack label measure sort have
    arrive show store wear pin rinse refill weigh unlock apply spread stir soak dilute shake sprinkle
    tighten loosen unscrew insert fold discard dispose bleed flush descale defrost enrol enroll
    re-enrol re-enroll re-register re-pair pick collect""".split()
)
# "Power-cycle the scanner", "Double-check the address", "Hand-wash it at 30°" (fresh-eval41
# s-en-012): a hyphenated verb whose first part is a command verb or one of these.
# (fresh-eval54 s-en-042: "Factory-reset the watch and pair it again".)
_COMPOUND_VERB_HEADS = frozenset(
    "power double hand spot air deep spin cross factory hard soft".split()
)
_LEADING = re.compile(
    r"^\s*(?:[-*•]\s*|\d+[.)]\s*)?(?:(?:also|then|next|now|and|so|first|finally|to be clear|just so you know|one more thing)\s*[,:]?\s+)*",
    re.IGNORECASE,
)


def first_words(text: str) -> list[str]:
    """Lower-cased words after list markers and connective openers ("Then, …")."""
    rest = text[_LEADING.match(text).end() :]  # type: ignore[union-attr]  # the pattern always matches
    return re.findall(r"[a-z][a-z'’-]*", rest.lower().replace("’", "'"))[:6]


# "Bring your ticket, and we'll hand the watch back": an imperative whose clause goes on to
# what we then do is the customer's way to get something ("if you …, we …"), an offer.
_THEN_WE = re.compile(r"(,\s*|\s)and (we|i)('ll|’ll| will| can)\b", re.IGNORECASE)
# "Open Mon to Sat, 9 am to 5:30 pm": opening hours, an adjective, not an order.
_HOURS = re.compile(
    r"^\s*(open|closed)\b[\s,:]*(mon|tue|wed|thu|fri|sat|sun|daily|every|weekdays|weekends|from|until|till|24|\d)",
    re.IGNORECASE,
)


def is_offer_or_hours(text: str) -> bool:
    """ "Reply and I'll update the quote", "Open Mon to Sat, 9 am to 5 pm": verb-first, no order."""
    return _HOURS.match(text) is not None or _THEN_WE.search(text) is not None


# "Plug the cable in first, then tap Start": two commands in sequence are the steps of a
# procedure (the how-to the customer asked for), like a numbered list written on one line.
_THEN_STEP = re.compile(
    r"(,|\bfirst\b|\band\b)\s*(and\s+)?(then|next|after that)\s*,?\s+([a-z]+)", re.IGNORECASE
)


def is_procedure(text: str) -> bool:
    return any(match.group(4).lower() in COMMAND_VERBS for match in _THEN_STEP.finditer(text))


# "Bring it in whenever suits you", "Drop by any time that works for you": the customer
# chooses whether and when, so the verb-first clause invites rather than orders
# (fresh-eval6 gd-058, a clean casual reply).
_AT_THEIR_CONVENIENCE = re.compile(
    r"\b(when(ever)? (it )?(suits|works for|is convenient for) you|whenever you (like|can|want|are ready|have a (moment|minute))|any ?time (that )?(suits|works)|at your (convenience|leisure)|if you('d| would) like)\b|"
    # "Reply to this email to book one": how to get what they may want, an offer (fresh-eval27
    # d-en-004, a clean quote).
    r"^\s*(just )?(reply|call|email|e-mail|ring|phone|text|message|contact us)\b[^.]{0,30}\bto (book|reserve|order|claim|secure|grab|join|sign up)\b",
    re.IGNORECASE,
)


# "Have someone home all day" orders; "Have a look", "Have a great weekend", "Have you …" do not.
_HAVE_NOT_ORDER = frozenset(
    "a an you we they i he she it fun look great nice good lovely wonderful safe".split()
)


# "Return deadline: Saturday, December 20", "Pick-up time: 10 am": a label and its value, a
# line of a form rather than a sentence; its first word is a noun there, whatever else it can
# be (session 16, fresh-eval13 d-en-09: a clean draft's label read as "Return …!").
_LABEL_LINE = re.compile(
    r"^\s*(?P<label>[A-Za-z][\w'’-]*(\s+[\w'’-]+){0,3})\s*[:：]\s*(?P<value>\S.*)$"
)


# "Bring: nothing at all." (fresh-eval31 d-en-016): a list heading whose answer is nothing.
_NOTHING_TO_DO = re.compile(r"^\s*[A-Za-z]+\s*[:：]\s*(nothing|none|no need)\b", re.IGNORECASE)


def _is_label_line(text: str) -> bool:
    match = _LABEL_LINE.match(text)
    if match is None:
        return False
    label, value = first_words(match.group("label")), first_words(match.group("value"))
    if set(label) & {
        "the",
        "a",
        "an",
        "your",
        "our",
        "my",
        "this",
        "that",
        "it",
        "us",
        "me",
        "them",
    }:
        return False  # "Send the invoice: we need it today" is an order with its reason
    return len(label) >= 2 and not (value and value[0] in COMMAND_VERBS)


# A verb known by its shape (session 26, fresh-eval23: "Slacken the strings before you ship
# it.", "Refrigerate the parcel as soon as it arrives."): a word ending like a verb
# (-en, -ate, -ise/-ize, -ify) that opens the sentence before its object or a number is a
# command though no list names it. Words of that shape that are no verbs are excluded.
_VERB_SHAPE = re.compile(r"^[a-z]{3,}(?:en|ate|i[sz]e|ify)$")
_NOT_VERBS = frozenset(
    """often even seven eleven then when given taken been seen open happen kitchen garden
    children women men golden wooden broken frozen hidden private climate certificate
    separate ultimate estimate delicate immediate accurate appropriate otherwise likewise
    precise concise outside inside""".split()
)
_OBJECT_NEXT = frozenset(
    "the your it them this that these those all any a an each every both his her our".split()
)
_OPENING_WORDS = re.compile(r"[a-z][a-z'-]*|\d+")


# Verbs that are as often a noun or an adjective at the start of a sentence ("Clean towels are
# provided", "Top quality"): a command only with its object or particle next ("Clean the
# print bed", "Top up the tablets", "Hand in the slips"; fresh-eval26).
# ("Ring the plant before 4pm", fresh-eval44 s-en-050: ring and phone take their object;
# "Throw away any pouch that arrived thawed", fresh-eval47 s-en-020.)
_VERBS_WITH_OBJECT = frozenset(
    "hand top clean pick collect feed lock drop transfer ring phone throw toss".split()
)
_PARTICLE_NEXT = frozenset("up in out off over back down away".split())


# Words that open a sentence before "the", "your", "each" … and are no verb: prepositions,
# conjunctions, adverbs and the words of a subjectless remark ("Hope the parcel arrived",
# "Glad the fit is right", "Enjoy the festival!").
_OPENERS_NOT_VERBS = frozenset(
    """once if when unless whilst while since until till like per re via including despite about
    after before during for from in on at with without by to into onto through throughout across
    along among around behind beyond near over under above below between within as because
    although though whereas whether where why how what which who whose hope hoping glad sorry
    shame enjoy thanks thank welcome congratulations happy all both half only even just also so
    then now still yet meanwhile not and but or nor please perhaps maybe here there this that
    these those it its our your their his her my we you they he she i a an the no yes ok okay
    good great nice lovely best kind warm many much more most some any each every same such
    luckily sadly plus minus given seeing following regarding concerning unlike besides
    off up down out back again almost nearly quite very really too had should let whatever
    true were would could might must shall will however moreover therefore furthermore
    nevertheless nonetheless instead indeed incidentally anyway""".split()
)
_EACH_OBJECT = frozenset("the your each every all any both this these those".split())


def _any_verb_with_object(words: list[str], text: str) -> bool:
    """ "Flush the pen with water", "Wrap each doll in tissue" (fresh-eval29/30): a word of no
    other use opening the sentence right before its object is a verb nobody listed. The object
    must come next ("the", "your", "each" …), and the opener must not be a function word,
    an -ly adverb, an -ing or -ed form."""
    first = words[0]
    if (
        first in _OPENERS_NOT_VERBS
        or first in _NOT_VERBS
        or len(first) < 3
        or not first.isalpha()
        or first.endswith(("ly", "ing", "ed"))
    ):
        return False
    rest = text[_LEADING.match(text).end() :]  # type: ignore[union-attr]  # always matches
    if not rest[:1].isupper():
        return False  # a mid-sentence fragment, or a name in lower case
    opening = _OPENING_WORDS.findall(rest.lower().replace("’", "'"))[:2]
    return len(opening) == 2 and opening[1] in _EACH_OBJECT


def is_command_verb(words: list[str], text: str) -> bool:
    """Whether the sentence opens with a verb of command: one of COMMAND_VERBS, or a word of
    a verb's shape (_VERB_SHAPE) or one of _VERBS_WITH_OBJECT followed by its object, a
    particle or a number."""
    if not words:
        return False
    if words[0] in COMMAND_VERBS:
        return True
    head, hyphen, _tail = words[0].partition("-")
    if hyphen and (head in COMMAND_VERBS or head in _COMPOUND_VERB_HEADS) and len(words) > 1:
        return words[1] in _OBJECT_NEXT
    if words[0] in _VERBS_WITH_OBJECT:
        rest = text[_LEADING.match(text).end() :].lower()  # type: ignore[union-attr]  # always matches
        opening = _OPENING_WORDS.findall(rest.replace("’", "'"))[:2]
        return len(opening) == 2 and (
            opening[1] in _OBJECT_NEXT or opening[1] in _PARTICLE_NEXT or opening[1].isdigit()
        )
    if _any_verb_with_object(words, text):
        return True
    if words[0] in _NOT_VERBS or not _VERB_SHAPE.match(words[0]):
        return False
    rest = text[_LEADING.match(text).end() :].lower()  # type: ignore[union-attr]  # always matches
    opening = _OPENING_WORDS.findall(rest.replace("’", "'"))[:2]
    return len(opening) == 2 and (opening[1] in _OBJECT_NEXT or opening[1].isdigit())


# "Be at the gate by nine", "Be there on time", "Be ready at 7": where and when the customer is
# told to be (fresh-eval27); "Be aware that …" informs and stays out.
_BE_WHERE = frozenset("at in there here on ready back outside inside home seated".split())
# "Stay off the roof until we get there" (fresh-eval38); "Stay with us for three nights" offers.
_STAY_WHERE = frozenset("off away out clear inside indoors back home behind in on put".split())

_REASSURANCE = (
    ["don't", "worry"],
    ["don't", "hesitate"],
    ["don't", "panic"],
    ["never", "mind"],
    ["do", "not", "worry"],
    ["do", "not", "hesitate"],
)


# A past participle by its shape, regular and the common irregular ones ("bought", "seen",
# "misread", "sent"): "You must have <done>" is a guess about the past, not an order (read by the
# rule here, request_without_reason's "you must" and the learned layer's additions).
PAST_PARTICIPLE = r"[a-z]+(?:ed|en|ought|aught|ent|ead|ard|ot|ade|id|ound|eft|ost|un|ook)"


# "You need to understand that …": what the reader is told to think, a lecture, not a task
# (is_bare_command and request_without_reason's "you need to").
MIND_VERBS = ("understand", "realise", "realize", "appreciate", "accept", "remember", "know")
MIND_VERB = "(" + "|".join(MIND_VERBS) + ")"


_BE_FORMS = frozenset("is are was were isn't aren't wasn't weren't".split())
# "Check everything is plugged in", "Make sure the …": the word after the verb is its object.
_OBJECT_WORDS = frozenset(
    """the a an your our my this that these those it them everything anything something
    nothing all each every both there he she they we you sure""".split()
)


def is_bare_command(text: str) -> bool:
    """ "Send us the invoice." — an imperative with no please, could-you or subject."""
    words = first_words(text)
    if not words or _HOURS.match(text) or _THEN_WE.search(text) or is_procedure(text):
        return False
    if _is_label_line(text) or _NOTHING_TO_DO.match(text):
        return False
    if len(words) > 2 and words[2] in _BE_FORMS and words[1] not in _OBJECT_WORDS:
        return False  # "Store parking is run by the council": a noun, then its verb (fresh-eval52)
    if len(words) > 3 and words[1] in ("and", "or") and words[3] in _BE_FORMS:
        return False  # "Wear and tear isn't covered": two nouns, then their verb (fresh-eval54)
    if _AT_THEIR_CONVENIENCE.search(text.split(";")[0]):
        return False  # "Bring her in whenever suits you": an invitation, the time is theirs
    if words[:3] == ["spread", "the", "word"]:
        return False  # a friendly close, no task
    if words[:2] in _REASSURANCE or words[:3] in _REASSURANCE:
        return False  # "Don't worry if it doesn't stick the first time": comfort, no order
    if words[:3] == ["you", "must", "have"] and re.fullmatch(PAST_PARTICIPLE, "".join(words[3:4])):
        return False  # "You must have bought it on another account": a guess about the past
    if words[0] in ("don't", "never") or words[:2] in (["do", "not"], ["you", "must"]):
        return True
    if words[:3] == ["let", "us", "have"] and len(words) > 3 and words[3] in ("your", "the", "all"):
        return True  # "Let us have your artwork by Friday": an order in a polite coat
    if words[0].startswith("re-") and words[0][3:] in COMMAND_VERBS | _VERBS_WITH_OBJECT:
        words = [words[0][3:], *words[1:]]  # "Re-export the model with 1.2 mm walls"
    if words[:3] in (["you", "have", "to"], ["you", "need", "to"]) and (
        len(words) > 3 and words[3] in MIND_VERBS
    ):
        return False  # "You need to understand that …": a lecture (condescending), no task
    if words[:3] in (["you", "have", "to"], ["you", "need", "to"]) or words[:3] == [
        "make",
        "sure",
        "you",
    ]:
        return True
    if words[0] == "just" and len(words) > 1 and words[1] in COMMAND_VERBS:
        return True
    if words[:1] == ["stay"] and len(words) > 1 and words[1] in _STAY_WHERE:
        return not text.rstrip().endswith("?")  # "Stay off the roof until we get there."
    if words[:2] == ["just", "ignore"]:
        return True  # "Just ignore it."
    if words[:1] == ["be"] and len(words) > 1 and words[1] in _BE_WHERE:
        return not text.rstrip().endswith("?")  # "Be at the meeting point fifteen minutes early."
    if words[0] == "do" or not is_command_verb(words, text):
        return False
    if words[0] == "have" and (len(words) < 2 or words[1] in _HAVE_NOT_ORDER):
        return False  # "Have a look at the attached", "Have you …": no order
    if words[0] == "make" and len(words) > 1 and words[1] != "sure":
        return True
    return not text.rstrip().endswith("?")


# A sentence after a request that says what the request is needed for: a requirement or
# what cannot happen without it ("The Home Office requires the stamps to be translated").
CONSEQUENCE = re.compile(
    r"\b(requires?|required|requirement|mandatory|need (it|this|that|them|these|those)|without (it|this|that|them|these|those)|otherwise|"
    r"(won't|will not|can't|cannot|can not|are unable to|aren't able to) (be able to )?(process|accept|issue|ship|release|proceed|complete|approve|start|book|register|verify|confirm))\b",
    re.IGNORECASE,
)
# A request opening with a connective refers to the sentence before as its reason.
CONNECTIVE = re.compile(
    r"^\s*(so|therefore|for this reason|for that reason|that's why|that is why|because of this|to do (this|that|so)|with that in mind|to (get|keep) (this|that|things) moving|"
    # "After that, please restart the phone": the next step of the process just described.
    r"after that|afterwards|once (that|this|it)('s|’s| is| has| arrives| comes)|when (that|this|it)('s|’s| is| has| arrives| comes))\b",
    re.IGNORECASE,
)


# A number that names a thing is no time or amount: "Pump 4 … will be fixed when the engineer
# can get to it" (fresh-eval62 s-en-070), "order #5512", "SS-0412", "Room 12".
_IDENTIFIER = re.compile(
    r"\b(pump|room|unit|bay|line|door|gate|platform|court|pitch|table|seat|row|floor|aisle|locker|"
    r"order|invoice|ticket|booking|case|ref|reference|account|flat|apartment|suite|building|block|plot|"
    r"lane|stand|counter|desk|till|checkout|van|truck|bus|route|bed|ward|studio|hall|field|section|"
    r"zone|step|page|chapter|question|item|model|version|no|number|lot|batch|team|group|division|"
    r"machine|lift|elevator|kiosk|terminal|tank|boiler|oven|fridge|freezer|dock|berth|hangar|shed)"
    r"\.?\s?(#|no\.?\s?)?[a-z]?\d+[a-z]?\b(?![:.]\d)|#\s?\d+\b|\b[a-z]{1,4}-\d{2,}\b",
    re.IGNORECASE,
)


def has_concrete_figure(text: str) -> bool:
    text = _IDENTIFIER.sub(lambda match: " " * len(match.group(0)), text)
    return CONCRETE.search(text) is not None or _NAMED_DATE.search(text) is not None


REASON = re.compile(
    r"\b(because|since|so that|so we|so i|(?<!just )so you(?! know)|so (the|they|it|our|your|that)|in order to|as (the|we|your|our|this|it(?! (is|was|looks|stands|arrived|came)( now| today| at the moment)?\s*[.!?]?\s*$))|due to|"
    r"to (help|allow|enable|verify|confirm|check|activate|process|locate|identify|find|investigate|see|"
    r"make sure|complete|prevent|avoid|ensure|fix|resolve|speed|protect|match|finish|apply|update)|"
    r"it will help|this will help|will help us|helps us|for (verification|security|our records)|and (we|i)('ll|’ll| will| can)|if(?! you (could|would|can|don't mind|wouldn't mind))(?! i (asked|ask|may|might|could))|when|once|"
    r"as (you|he|she|they|there|otherwise)|in case|that way|otherwise|(which|that|this|it) (helps|lets|allows|means|gives)|lets us|so it|so they|"
    r"^\s*(to|in order to) \w+[^,]{0,80},|^\s*should\b|for (your|the|their|everyone's) (own )?(safety|security|protection|comfort|privacy|health)|"
    r"or (you|it|the|your|this|that|we)\b[^.,;]{0,25}\b(could|can|will|won\'t|can\'t|may|might|would)\b|\bor (else )?(you|it|they|we)('ll|’ll|'d|’d)\b|[,;] (it|this|that|they) (will|can|could|may|might) |"
    # Session 27 (fresh-eval25/26): "For safety, please keep …"; "…, as UV breaks down fresh ink".
    r"^\s*for (safety|security|hygiene|health|insurance|legal)( reasons)?\b|"
    # Session 28 (fresh-eval27): "…: the exhaust contains carbon monoxide" (the why after a
    # colon) and "… while the concrete cures" (the time it guards).
    r":\s+(the|a|an|it|this|that|they|these|those|its|fumes|exhaust|water|ice|heat)\b[^.]{0,20}\b(contains?|is|are|can|could|will|may|might|causes?|releases?|gets?|becomes?|burns?|holds?|has|have|keeps?|needs?|protects?|stops?|depends?)\b|"
    r"\bwhile (the|it|they|its|your) [a-z]+ (cures?|dries|dry|sets?|settles?|cools?|charges?|heats? up|warms? up)\b|"
    # fresh-eval63 s-en-022: "Would you mind parking on the street … - the new surface needs 48
    # hours before it can take the weight of a car": the why after a dash, as after a colon.
    r"\s[-–—]\s+(the|a|an|it|this|that|they|these|those|its|our|your)\b[^.]{0,40}\b(needs?|is|are|will|won't|can|can't|cannot|must|has|have|takes?)\b|"
    # fresh-eval64 s-en-055, s-en-020: "… before we lift her - anything that shifts in the
    # slings can crack the hull"; "Keep the drums off the ground, or rainwater will get in".
    r"\s[-–—]\s+(anything|anyone|everything|nothing|water|rain|rainwater|dust|damp|moisture|frost|heat)\b[^.]{0,40}\b(can|could|will|would|may|might|gets?|causes?)\b|"
    r",\s*or (else )?(rainwater|water|rain|damp|moisture|dust|frost|rust|mould|mold|pests?|the [a-z]+)\b[^.,;]{0,20}\b(will|can|could|may|might|would|gets?)\b|"
    r"[,;] as (?!soon\b|well\b|long\b|much\b|many\b|far\b|per\b|usual\b|always\b|needed\b|required\b|agreed\b|discussed\b|mentioned\b|requested\b|follows\b|before\b|possible\b|a\b|an\b|shown\b|described\b|instructed\b|directed\b|planned\b|normal\b|promised\b)[a-z]+ [a-z]+)",
    re.IGNORECASE,
)
