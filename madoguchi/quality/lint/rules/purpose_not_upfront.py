"""purpose_not_upfront: can the reader tell from the subject and the first content sentence
what this mail wants from them?

A generic subject (「ご連絡」「お問い合わせの件」「Re: お問い合わせ」, "Update") is fine when
the first sentence after the usual addressee, greeting and self-introduction
(「お世話になっております。〇〇の佐藤です。」 are conventions, not the purpose) says what the
mail is for. Families it catches (ja / en):
- pleasantries_first: two or more pleasantries or company statements (季節の挨拶,
  「弊社では〜に努めております」 / "At Acme we value …", "I hope you had a great weekend")
  before the first sentence with content;
- request_last: the first content sentence is background (「先月より〜を新しくいたしました」,
  「社内で確認したところ〜」 / "Last month we moved …") and the request or purpose comes only
  after it (「つきましては〜いただけますでしょうか」 / "With that in mind, could you …").
A company statement counts as a pleasantry however topical its words (「当店では、〜について
独自の基準を設けております」 / "an exciting year for all of us at …"), history of the customer's
matter is background ("Your plan was set up in 2023 …", "Since then we …"), and a subject that
is only a greeting and the sender ("Hello from Fjord Tours") or the customer's matter ("Your
account", 「お客様の件」) states no topic.
- answer_last (session 17, walk 13 F1): a reply (subject 「Re: 〜」, the customer's own words,
  or none) whose answer, what we do about their matter (「5,500円を返金いたします」 / "we will
  refund …"), is its last content sentence after three or more of background that neither
  ask, answer nor apologise. A short reply opening with the answer is clean.
Session 18 (fresh-eval15's missed drafts): a subject that only greets or checks in
(「ご挨拶」「近況のご報告」「お世話になっております」「〇〇通信」「〇〇よりお知らせ」 / "Checking in",
"Some thoughts", "Following up") states no topic; a reply's 「Re: 〜」 subject is the
customer's own words, so pleasantries, or the sender's news before a turn of topic
(「ところで、」 / "Anyway,", "By the way,", "One more thing:"), still put the point off.
Session 24 (fresh-eval19): request_after_report — a subject naming only the matter
(「看板の件」「現場の状況について」 / "From the workshop"), a report on it sentence after sentence,
and the decision wanted of the reader, with its deadline, only at the end (「つきましては、
11月10日までにご署名をいただけますでしょうか」 / "Could you let us know by Friday?"). Clean when
the subject asks or names a schedule, quote or notice, when the opening announces the news
(「〜が確定しましたので、お知らせいたします」), or when the mail answers the customer's question.
A first content sentence that names the topic (〜について, 〜の件, "about", "regarding"),
asks (〜いただけますか, お願い, "could you", "please"), answers or reports on the customer's
own matter (ご注文, お問い合わせ, "your order") or apologises is the purpose, up front.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import replace

from madoguchi.quality.lint.base import Document, Finding, Level, Sentence

ID = "purpose_not_upfront"

_SUBJECT_NOISE = re.compile(
    r"^\s*((re|fwd?|fw|返信|転送)\s*[:：]\s*)+|[【】\[\]()（）「」『』<>＜＞#＃:：!！?？、。,.\-_/|]|\d+|"
    r"お問い?合わ?せ|ご?質問|ご?連絡|ご?回答|ご?返信|お?返事|ご?確認|お願い|ご?案内|お知らせ|ご?報告|ご?相談|ご?依頼|ご?対応|"
    r"重要|至急|件名なし|について|の件|件|です|ます|再送|追加|その他|先日|本日|ありがとうございます|お礼|"
    r"\b(re|fwd|fw|your|our|the|a|an|my|request|requests|question|questions|inquiry|enquiry|update|updates|hello|hi|hey|follow|up|"
    r"followup|regarding|about|ticket|case|email|message|support|help|info|information|reply|response|urgent|important|"
    r"quick|note|notice|news|greetings|thanks|thank|you|no|subject|from|to|for|of|and|on|few|couple|several|things|thing|bits|points|"
    # "Your account", "Re: Your booking", 「お客様の件」: the customer's matter, not this mail's point.
    r"account|order|booking|reservation|subscription|membership|matter|issue|customer|details|contact|"
    # "From the tea garden - May" (fresh-eval30 d-en-011): the month says when, not what.
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    r"お客様|ご?契約者様|アカウント|ご利用|重要なお知らせ|"
    # Session 18 (fresh-eval15 d-ja-025/026, d-en-012): a greeting, "news" or "checking in"
    # as the subject says nothing of what the mail wants (「ご挨拶」「近況のご報告」
    # 「お世話になっております」「〇〇通信」, "Checking in", "Some thoughts", "Following up").
    r"ご?挨拶|近況|お世話になっております|お世話になります|通信|便り|だより|"
    r"\b(checking|check|in|some|thoughts|touching|touch|base|catching|just|following|hello|hi)\b",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(
    r"(様|御中|各位|さん|殿|皆様|皆さま)\s*[、,]?$|^(dear|hi|hello|hey|good (morning|afternoon))\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"お世話に(なって|なり)|いつも|平素|ご利用を?いただき|ご連絡(を)?(いただき|ありがとう)|お問い合わせ(を)?(いただき|ありがとう)|ご返信(を)?(いただき|ありがとう)|"
    r"ご質問(を)?(いただき|ありがとう)|申します|と申|^[^。]{0,30}(担当|サポート|部|課|株式会社|チーム|窓口|の)[^。、]{0,10}(です|でございます)。?$|お待たせ|遅くなり|"
    r"^(thank you|thanks) for (contacting|reaching|your (email|message|patience|note)|getting in touch|writing)|^my name is|^this is \w+ (from|at|with|of)\b|^(hello|greetings) from|"
    r"^(i'm|i am) \w+ from|sorry for the (slow|late|delayed)|"
    # Thanks for what the customer did (fresh-eval14 d-en-003): 「ご予約いただきありがとうございます」
    # "Thank you for booking with …" is the frame; the news comes after it.
    r"(ご予約|ご注文|ご購入|お申し込み|お申込み|ご登録)(を)?(いただき|ありがとう)|^(thank you|thanks) for (booking|ordering|choosing|purchasing|your (order|booking|purchase|reservation))|"
    # 「田中です。」: the sender's name alone, after 「お世話になっております」.
    r"^[\u4e00-\u9fff\u30a0-\u30ff]{1,6}\s?[\u4e00-\u9fff\u30a0-\u30ff]{0,6}(です|でございます)。?$",
    re.IGNORECASE,
)
_PLEASANTRY = re.compile(
    r"日頃(より|から)|季節|涼しく|暑|寒|春|秋|夏|冬|候|いかがお過ごし|ご清栄|ご健勝|お慶び|ご愛顧|感謝申し上げ|(弊社|当社|私ども)(で)?は|創業|心がけ|努めて|"
    r"研鑽|一同|先日は|当日は|お忙しい(ところ|中)|恐縮|精一杯|至らない|盛況|周年|ご来場|"
    r"\b(hope (you|this|your)|pleasure|great weekend|committed to|our (team|company|mission|support team)|we (really )?value|as you may know|"
    r"loyal customer|always here|works hard|has grown|(we|i) (love|enjoy|appreciate|value)|our (whole |entire )?(team|company|staff)|(busy|lovely|wonderful|great|nice) (week|weekend|day|summer|holiday)|customers like you)\b",
    re.IGNORECASE,
)
_TOPIC = re.compile(
    # 「今回の件は」「この件につきましては」 point back at the customer's matter without naming
    # what this mail does about it (walk 13 F1: background opened so).
    r"(?<!今回)(?<!この)(?<!その)(?<!先日)(?<!本)(について|に関して|につき|の件|件で)|本題|さて|ところで|早速ですが|つきましては|regarding|writing (about|to)|following up",
    re.IGNORECASE,
)

# The answer itself: what we do or did about the customer's matter (「返金いたします」
# 「再送いたしました」 / "we will refund", "we have replaced"). First, it is the purpose up
# front; last, after background, it is the point put off (walk 13 F1).
_ANSWER = (
    r"(返金|返品|交換|再送|再発行|修正|訂正|取り消し|取消|キャンセル|解約|変更|延長|無償|振替|復旧|返還|払い戻し)(を)?(いたし|し|させていただき)(ます|ました)|"
    r"\b(we|i)('ll| will| have| 've|'ve)( now)? (refund|refunded|replace|replaced|resend|resent|reissue|reissued|cancel|cancell?ed|correct|corrected|fix|fixed|extend|extended|waive|waived|credit|credited|restore|restored|resend|resent)\b"
)
# A sentence that says what the mail wants or is about: a request, a topic, an answer on
# the customer's own matter, an apology.
_PURPOSE = re.compile(
    _ANSWER
    + r"|お願い|いただけ(ます|ません|れば|ると)|いただきたく|ください|について|に関して|の件|につき|ご案内(いたし|し|申し上げ)|ご連絡(いたしました|を差し上げ|差し上げ)|お知らせ(いたし|し)ます|ご報告|お詫び|申し訳|結論|ご回答|お答え|"
    r"(ご注文|お問い合わせ|ご依頼|ご質問|ご指摘|お申し込み|お申込み|ご予約|ご契約|ご請求|ご相談|ご要望)(いただいた|の|は|に|を)|"
    r"\b(please|could you|would you|can you|kindly|writing (to|about)|this is about|regarding|following up|sorry|apologi[sz]e|apologies|in short|here is|here's|your (order|request|question|inquiry|account|booking|application|claim|parcel|bill))\b",
    re.IGNORECASE,
)
# 「どうぞご自愛ください」 / "Stay warm": wishing them well asks for nothing.
_WELL_WISHING = re.compile(
    r"ご自愛|お体(を|に|には)|お気をつけ|お過ごしください|\b(take care|stay (safe|warm|well))\b",
    re.IGNORECASE,
)
# Closings ask for nothing: 「ご不明な点がございましたら〜ください」「よろしくお願いいたします」.
# 「引き続き」 only with what closes a mail: 「御社で引き続きご利用になるかどうか」 is a request
# (fresh-eval17 d-ja-008, read as a closing, so the late request went unseen).
_CLOSING = re.compile(
    r"ご不明|お気軽|よろしくお願い|今後とも|引き続き(よろしく|ご愛顧|ご支援|ご指導|どうぞ)|\b(regards|any (other )?questions|let us know if)\b",
    re.IGNORECASE,
)

# The customer's own matter brought in only after a change of topic (「ところで、お問い合わせの
# シーズン券の払い戻しにつきましては」「なお、ご注文のコンタクトレンズですが」 / "By the way,
# regarding your question about …"): what the mail is for comes after the sender's news.
_SHIFT_TO_THEIR_MATTER = re.compile(
    r"^\s*(ところで|なお|さて|話は変わりますが|それから|また)[、,]?[^。]{0,12}(お問い合わせ|ご注文|ご質問|ご依頼|ご相談|ご予約|ご契約|ご請求|お申し込み|お申込み|ご要望|ご指摘)|"
    r"^\s*(by the way|on another note|incidentally|as for|also|separately|regarding|with regard to|as to)\b[, ]*[^.!?]{0,24}\byour (question|order|request|inquiry|enquiry|booking|reservation|claim|account|bill|email|message|complaint)\b|"
    # Session 17 (fresh-eval14 d-en-006): "By the way, the coupon book you bought in June expires …"
    r"^\s*(by the way|on another note|incidentally)\b[, ]*[^.!?]{0,40}\b(you|your)\b|"
    # Session 18 (fresh-eval15 d-ja-025, d-en-012): a turn of topic alone after the sender's
    # news is the point coming last, whatever it is about (「ところで、冬期講習の締切が〜」,
    # "Anyway, your booking …", "One more thing: the pool will close …").
    r"^\s*(ところで|話は変わりますが|by the way|anyway|on another (note|matter)|one more thing|one last thing)\b",
    re.IGNORECASE,
)
_THEIR_MATTER = re.compile(
    r"お問い合わせ(の|いただいた)|ご注文(の|いただいた)|ご質問(の|いただいた)|ご依頼(の|いただいた)|ご相談(の|いただいた)|"
    r"\byour (question|order|request|inquiry|enquiry|booking|reservation|claim|complaint)\b",
    re.IGNORECASE,
)

MESSAGE = (
    "件名からも本文の冒頭からも、何についてのメールかが分かりません。挨拶のすぐ後に用件（「〇〇の件についてご案内いたします」）を書くか、件名に用件を入れてください。",
    "Neither the subject nor the opening says what this mail is about. Put the topic in the subject or right after the greeting.",
)


# "Hello from Wordbridge", 「〇〇株式会社からのお知らせ」: a greeting and a sender name only.
_SUBJECT_GREETING = re.compile(
    r"^\s*(hello|hi|greetings|news|a note|an update|updates?) from\b.*$|^.{1,30}(?<![0-9０-９時分日月頃])(から|より)(の?(ご連絡|お知らせ|ご案内|ご挨拶|お便り))?\s*$|"
    # (「工事日のご確認：3月14日（金）9時から」 is a time, not a sender: fresh-eval35 d-ja-001.)
    # Session 16 (fresh-eval13 d-ja-21, d-ja-39, d-en-15): the sender alone (「メガネのヨシダより」)
    # or the sender's news ("Clearview news") names no topic either.
    r"^\s*[\w&'.-]+( [\w&'.-]+){0,2} (news|newsletter)\s*[!.]?\s*$|"
    # 「たねや緑屋です」: the sender introducing itself (fresh-eval14 d-ja-024).
    r"^\s*[^。、\s]{1,20}(です|でございます)[。!！]?\s*$",
    re.IGNORECASE,
)
# Our own organisation as the sentence's topic (「弊社では〜について〜しております」「当工房では〜に
# 関して〜」 / "At Wordbridge we …", "all of us at …"): a company statement, however topical its
# wording, until it asks or answers something.
_OWN_STATEMENT = re.compile(
    r"^\s*(弊社|当社|私ども|わたくしども|当(店|工房|院|館|施設|ホテル|旅館|教室|校|塾|事務所|サロン|クリニック|スクール|サービス|センター|ショップ|園|会|クラブ|スタジオ|ジム))(で|に|と|におきまして|において)?(は|も)|"
    # Session 35 (fresh-eval40 d-ja-018): our staff praised (「当クラブのインストラクターは全員が…」).
    r"^\s*(弊社|当社|当(店|院|館|教室|校|サロン|クリニック|スクール|クラブ|スタジオ|ジム|工房))の[^。、]{1,10}(は|も)[^。]{0,20}(全員|みな|皆|すべて)|"
    # 「おかげさまで、サービス開始から5年を迎えることができました」: the sender's milestone, a
    # pleasantry however it is put (fresh-eval55 d-ja-039; 14 of 15 such openers in the labelled
    # drafts put the point off). Not their matter mended (「おかげさまで、無事に復旧いたしました」).
    r"^\s*おかげさまで[、,]?(?![^。]{0,16}(復旧|解決|直り|直っ|届き|治り|回復|見つかり|完了))|"
    r"\b(all of us at|everyone at|(busy|rewarding|exciting|eventful|wonderful|challenging) (year|month|season|few months|autumn|summer|spring|winter))\b",
    re.IGNORECASE,
)
# Background on the customer's matter told as history ("Your account was opened in March
# 2024 on our old plan", "Since then we have …") names their matter but is not the point.
_HISTORY_EN = re.compile(
    r"\b(was|were|had been) (opened|created|set up|registered|placed|started|signed|made|booked|bought|purchased|taken out) (in|on|back in|last|at|through|via)\b|^\s*since then\b",
    re.IGNORECASE,
)
# 「安心してお楽しみいただけます」: praise of our own service, not an answer or a request.
_PROMISE_OF_ENJOYMENT = re.compile(r"(安心して|気軽に|存分に)?(お楽しみ|ご安心|ご満足)いただけます")
_ASKS_OR_ANSWERS = re.compile(
    _ANSWER
    + r"|お願い|いただけ(ます|ません)|いただきたく|ください|ご案内(いたし|し)|お知らせ(いたし|し)ます|ご回答|お答え|申し訳|お詫び|"
    r"\b(please|could you|would you|can you|we need|i need|yes|no,|sorry|apologi[sz]e|here is|here's)\b",
    re.IGNORECASE,
)


# 「Re: 二重に請求されています」: a reply's subject is the customer's own words; it names
# their matter, not what this reply does about it (walk 13 F1).
_REPLY_SUBJECT = re.compile(r"^\s*(re|返信)\s*[:：]", re.IGNORECASE)


def is_reply_subject(subject: str | None) -> bool:
    return subject is not None and _REPLY_SUBJECT.match(subject) is not None


def is_formula(text: str) -> bool:
    """An addressee, a greeting, a self-introduction or a closing: the frame of a mail."""
    text = text.strip()
    return bool(
        (_ADDRESSEE.search(text) and len(text) <= 40)
        or _GREETING.search(text)
        or _CLOSING.search(text)
    )


_ANSWER_SUBJECT = re.compile(
    r"(ご質問|お問い?合わ?せ|ご相談|ご照会)(へ|に対する|について)の?(ご?回答|お答え|ご返答)|\b(answer|reply|response) to your (question|enquiry|inquiry)\b",
    re.IGNORECASE,
)


def subject_states_topic(subject: str | None) -> bool:
    if not subject:
        return False
    if _SUBJECT_GREETING.match(subject):
        return False
    if _ANSWER_SUBJECT.search(subject):
        # 「のれんの色についてのご質問への回答」: an answer to what they asked is a purpose, even
        # when the matter is a word in kana (fresh-eval48 d-ja-036).
        return True
    rest = _SUBJECT_NOISE.sub(" ", subject)
    rest = re.sub(r"[\u3040-\u309f]", "", rest)  # hiragana alone (の, を) names nothing
    return len(re.sub(r"\s", "", rest)) >= 2


class PurposeNotUpfront:
    id = ID
    description_ja = "件名にも本文冒頭にも用件が書かれていない"
    description_en = "Neither the subject nor the first paragraph says what the mail is about"
    level: Level = "draft"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        ("pleasantries_first", "用件の前に挨拶や会社紹介が続く", "Pleasantries before the point"),
        (
            "request_last",
            "背景説明の後、最後に依頼が来る",
            "Background first, the request only at the end",
        ),
        (
            "answer_last",
            "返信の答え（返金いたします等）が背景説明の後、最後の一文にだけある",
            "A reply's answer (we will refund …) only in its last sentence, after background",
        ),
        (
            "request_after_report",
            "件名は話題だけで、本文は経過の報告が続き、期限つきの依頼が最後に来る",
            "The subject names only the matter; a report comes first and the request, with its deadline, last",
        ),
        (
            "point_late",
            "件名はお知らせや季節の話題で、依頼は世間話の後、件名にない話として最後に来る",
            "The subject names news or the season; the request comes last, about something else",
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        if len(document.sentences) < 2:
            return []  # one sentence has no "later" for the point to be put off to
        if document.subject is None or _REPLY_SUBJECT.match(document.subject):
            point = _answer_last(document)
            if point is not None:
                start, end = point
                suggestion = ("〇〇の件について、ご案内いたします。", "I'm writing about …")
                return [document.finding(ID, start, end, MESSAGE, suggestion)]
        reply = is_reply_subject(document.subject)
        # 「Re: 〜」 is the customer's own subject: it names their matter, not what this reply
        # wants (session 18), so pleasantries or the sender's news before a late turn to
        # their matter still put the point off.
        if subject_states_topic(document.subject) and not reply:
            put_off = _point_off_subject(document)
            family = "point_late"
            if put_off is None:
                put_off = _request_after_report(document)
                family = "request_after_report"
            if put_off is None:
                put_off = _turned_to_request(document)
                family = "point_late"
            if put_off is None and _subject_names_nothing(document):
                put_off = _their_matter_last(document)
            return [] if put_off is None else [_put_off(document, put_off, family)]
        names_nothing = not reply and _subject_names_nothing(document)
        if names_nothing:
            put_off = _request_after_report(document)
            if put_off is not None:
                return [_put_off(document, put_off, "request_after_report")]
            put_off = _their_matter_last(document)
            if put_off is not None:
                return [_put_off(document, put_off, "point_late")]
        if not reply and not names_nothing and _names_matter_only(document.subject):
            # "Your account": the matter named, not what is wanted of it; three sentences of
            # the sender's news, then "we need you to re-verify … by October 15" (fresh-eval55
            # d-en-014).
            put_off = _request_after_report(document)
            if put_off is not None:
                return [_put_off(document, put_off, "request_after_report")]
        if names_nothing or not reply and _ANNOUNCING_SUBJECT.search(document.subject or ""):
            # "Update from the Crimson Lanterns Fan Club": news, then "Also, a quick note:" and
            # what the reader must do by a date (fresh-eval39 d-en-001).
            put_off = _turned_to_request(document)
            if put_off is not None:
                return [_put_off(document, put_off, "point_late")]
        pleasantries = []
        first = len(document.sentences)
        for index, sentence in enumerate(document.sentences):
            text = sentence.masked.strip()
            if _OWN_STATEMENT.search(text) and not _ASKS_OR_ANSWERS.search(
                _PROMISE_OF_ENJOYMENT.sub("", text)
            ):
                pleasantries.append(sentence)
                continue
            if _TOPIC.search(text):
                first = index
                break
            if sentence.role == "addressee" or _ADDRESSEE.search(text) and len(text) <= 40:
                continue  # 「株式会社フォトツアーズ」 above 「佐藤様」 is the addressee too
            # A sentence that asks is never small talk, whatever season it names (「来春の枠を
            # 引き続きご利用になるかお知らせいただけますでしょうか」).
            if _PLEASANTRY.search(text) and (
                _WELL_WISHING.search(text) or not _ASKS_OR_ANSWERS.search(text)
            ):
                pleasantries.append(sentence)
                continue
            if _GREETING.search(text):
                continue
            first = index
            break
        suggestion = ("〇〇の件について、ご案内いたします。", "I'm writing about …")
        late = _late_shift(document, first, len(pleasantries))
        if late is not None and document.subject is not None:
            start = (pleasantries or [document.sentences[first]])[0].start
            return [document.finding(ID, start, late.end, MESSAGE, suggestion)]
        if len(pleasantries) >= 2:
            start, end = pleasantries[0].start, pleasantries[-1].end
            return [document.finding(ID, start, end, MESSAGE, suggestion)]
        if (
            document.subject is None  # no subject to judge: only pleasantries are certain
            or reply  # a reply whose subject names their matter: only the surer signs above
            and subject_states_topic(document.subject)
            or first >= len(document.sentences)
            or _purposeful(document.sentences[first].masked)
        ):
            return []
        later = document.sentences[first + 1 : first + 9]
        for offset, sentence in enumerate(later):
            if _purposeful(sentence.masked) and not _CLOSING.search(sentence.masked):
                start = (pleasantries or [document.sentences[first]])[0].start
                end = document.sentences[first + offset].end
                return [document.finding(ID, start, end, MESSAGE, suggestion)]
        return []


_ANSWERS = re.compile(_ANSWER, re.IGNORECASE)
# How many sentences of background before the only answer make the point put off.
_BACKGROUND_BEFORE_ANSWER = 3


def _answer_last(document: Document) -> tuple[int, int] | None:
    """「決済代行会社では〜。今回は〜。改善を検討しております。5,500円を返金いたします。」: a
    reply whose answer (what we do about the customer's matter) comes only in its last
    content sentence, after three or more of background that neither ask, answer nor
    apologise. The subject of a reply is the customer's own, so only the body can say it
    (walk 13 F1). The span runs from the first background sentence to the answer."""
    content = _content(document)
    for index, sentence in enumerate(content):
        text = sentence.masked
        if _ANSWERS.search(text) is None:
            if _ASKS_OR_ANSWERS.search(text):
                return None  # a request or an apology before the answer: the point is up front
            continue
        if index < _BACKGROUND_BEFORE_ANSWER or index < len(content) - 1:
            return None
        return content[0].start, sentence.end
    return None


def _late_shift(document: Document, first: int, pleasantries: int = 0) -> Sentence | None:
    """The sentence that turns to the customer's matter after two or more sentences of our own
    news or pleasantries that never mention it (the sender's news first, the answer after
    「ところで」)."""
    before = pleasantries
    for sentence in document.sentences[first:]:
        text = sentence.masked.strip()
        if _SHIFT_TO_THEIR_MATTER.search(text):
            return sentence if before >= 2 else None
        if (
            _THEIR_MATTER.search(text)
            or _ASKS_OR_ANSWERS.search(text)
            and not _CLOSING.search(text)
        ):
            return None
        if not (_ADDRESSEE.search(text) and len(text) <= 40):
            before += 1
    return None


# Session 21 (fresh-eval18 d-ja-033, d-ja-037): the subject names a topic, but the sender's
# own (「冬の馬場について」「秋のお彼岸について」); the mail opens with the season and the
# sender's news, and what it asks of the reader comes three or more sentences in, about
# something the subject never names (「馬着を新しく購入するか修理するか、12月10日までに
# お決めいただけますか」). A reader of the subject and the opening cannot tell what is wanted.
_POINT_LATE_AT = 3
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々]{2,}")
_KATAKANA_RUN = re.compile(r"[\u30a1-\u30faー]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
# Words of a subject that name no topic of a request: the time of year, the sender's kind of
# news, and the words every subject uses.
_SUBJECT_FRAME_WORDS = frozenset(
    "季節 今年 来年 今月 来月 年末 年始 年末年始 お知らせ 案内 連絡 報告 近況 挨拶 新着 最新 情報 "
    "update updates news newsletter season seasonal autumn spring summer winter from about this "
    "that with your year month "
    # Session 28 (fresh-eval27/28): "Following up", "A few things about …", "Quick note".
    "following followup hello quick note things couple checking touching catching base "
    # fresh-eval56 d-en-007: "Greetings from the PTA".
    "greetings "
    # fresh-eval60 d-en-018: "A message from Cardiora".
    "message messages letter メッセージ "
    # Session 29 (fresh-eval30 d-ja-005, d-ja-030): the season or issue of a newsletter
    # (「茶園だより 初夏号」「【クラウドホスト通信】6月号」).
    "初夏 盛夏 晩夏 初秋 晩秋 初春 新春 晩冬 春季 夏季 秋季 冬季 通信 便り "
    # fresh-eval54 d-ja-022: thanks as the whole subject (「いつもご利用ありがとうございます」).
    "利用 愛顧 thank thanks".split()
)
# A subject that only thanks or greets (fresh-eval54 d-ja-022: 「いつもありがとうございます」).
_THANKS_SUBJECT = re.compile(
    r"^\s*(いつも|日頃より|日ごろより|平素より|平素は)?[^\w]*(誠に|本当に)?(ありがとうございます|ありがとう|お世話になっております)[。!！]*\s*$"
)
# 「6月号」「初夏号」「vol.3」: which issue of a newsletter, no topic.
_ISSUE = re.compile(
    r"[\d０-９一二三四五六七八九十]+月?号|(初|晩|盛|新)?(春|夏|秋|冬)号|第?[\d０-９]+号|\bvol\.?\s*\d+|\bissue\s*\d+",
    re.IGNORECASE,
)
# "Quick note from Kitwell", "Summer season news from Riverside Street Food": the sender
# named after "from" in a subject that only greets or brings news.
_FROM_SENDER = re.compile(
    r"\bfrom\s+((?!the\b|your\b|our\b)[A-Z][\w&'’. -]*|(the|our)\s+[a-z]+(\s+[a-z]+)?)\s*$|"
    # Session 32 (fresh-eval34 d-en-013, d-ja-038): "News from the workshop", 「スイミング
    # スクールより」: the sender's place or name, nothing of a topic.
    r"(^|[\s】」])[^\s、。!！?？はがをにで\d０-９]{2,20}より\s*$"
)
# The time of year an opening may name without naming the subject's topic (「秋のお彼岸が近づいて
# まいりました」 under 「秋のお彼岸について」 is the season, not the request).
_SEASON_WORDS = frozenset(
    "彼岸 正月 新年 新春 年度 連休 梅雨 紅葉 花見 七夕 節分 台風 猛暑 残暑".split()
)
# A topic named before the request (「団体投映の件で」); a turn alone (「さて」) names none.
_NAMES_TOPIC = re.compile(
    r"(?<!今回)(?<!この)(?<!その)(?<!先日)(について|に関して|の件|件で)|\bregarding\b",
    re.IGNORECASE,
)
# A price or a fee before the request: the mail is about the transaction the subject names
# (a quote, a booking), not small talk (「お見積りは総額297,000円です」).
_TERMS = re.compile(
    r"\d[\d,，]*\s*円|[¥￥$£€]\s*\d|料金|金額|費用|総額|\b(price|cost|fee|total)\b", re.IGNORECASE
)


def _words(text: str) -> set[str]:
    """The words that name things in `text`: kanji bigrams, katakana words, English stems."""
    found: set[str] = set()
    for run in _KANJI_RUN.findall(text):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    found.update(_KATAKANA_RUN.findall(text))
    found.update(word.lower()[:5] for word in _LATIN_WORD.findall(text))
    return found


def _sender_words(document: Document) -> set[str]:
    """The sender's own names (a self-introduction, the signature): a subject made of them
    names the sender, not a topic."""
    words: set[str] = set()
    for sentence in document.sentences:
        if sentence.role != "body" or is_formula(sentence.masked):
            words |= _words(sentence.masked)
    return words


def _point_off_subject(document: Document) -> tuple[int, int] | None:
    """The span from the small talk to a request the subject never names, or None."""
    subject = document.subject or ""
    if _ANSWERS_THEIR_QUESTION.search(subject):
        # 「のれんの色についてのご質問への回答」: the subject says this answers their question,
        # and what comes first is the answer (fresh-eval48 d-ja-036).
        return None
    named = {word for word in _words(subject) if word not in _SUBJECT_FRAME_WORDS}
    named -= _sender_words(document)
    content = _content(document)
    if not named or len(content) <= _POINT_LATE_AT:
        return None
    opening = content[0].masked
    if not (_PLEASANTRY.search(opening) or _OWN_STATEMENT.search(opening)):
        return None
    if (_words(opening) - _SEASON_WORDS) & named:
        return None  # the opening names the subject's topic: the reader knows what it is about
    for index, sentence in enumerate(content):
        text = sentence.masked
        if not _ASKS_OR_ANSWERS.search(text) or _CLOSING.search(text):
            if _THEIR_MATTER.search(text) or _NAMES_TOPIC.search(text) and index > 0:
                return None  # 「ご依頼の件で」 before the request: the topic is said
            if _TERMS.search(text):
                return None
            continue
        if index < _POINT_LATE_AT:
            return None
        asked = _words(text) | _words(content[index - 1].masked)
        if asked & named:
            return None  # the request is about what the subject names
        return content[0].start, sentence.end
    return None


# Session 24 (fresh-eval19: six Japanese drafts and one English, all missed): a subject that
# names only the matter (「現場の状況について」「看板の件」「ご依頼の件（受付番号…）」, "From the
# workshop"), a body that reports on it sentence after sentence (what was inspected, made,
# found), and what the reader must do — with a deadline — only in the last lines
# (「つきましては、11月10日（月）までにご署名をいただけますでしょうか」, "Could you let us know
# which you'd prefer by Friday?"). The reader of the subject and the opening learns there is
# news, not that a decision is wanted of them by a date.
_REPORT_BEFORE_REQUEST = 3
# A subject that already says something is wanted (「ご署名のお願い」「日程のご確認」,
# "Action needed", "Please choose …?").
_SUBJECT_ASKS = re.compile(
    r"お願い|確認|ご回答|ご返信|お返事|ご検討|ご選択|お選び|ご署名|ご提出|ご記入|ご相談|要返信|要確認|締切|締め切り|期限|までに|"
    # What comes is a schedule, a quote or a notice (「面接の日程について」「お見積り」「冬期合宿の
    # ご案内」): the reader expects to be told something and asked about it.
    r"日程|見積|ご案内|お知らせ|予定表|"
    r"ご判断|ご決定|ご指示|ご承認|ご了承|[?？]|"
    r"\b(action|confirm|confirmation|required|reply|respond|decision|decide|choose|choice|sign|signature|deadline|"
    r"request|please|approval|approve|needed|need|rsvp|schedule|dates?|quote|estimate|notice|by (mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
# What the reader is asked to do (「ご署名をいただけますでしょうか」「ご提出いただく必要があります」,
# "Could you let us know …"); an invitation (「ぜひご覧ください」, "feel free to …") asks for
# nothing by a date.
_REQUEST = re.compile(
    # Not 「見本棚で実際に触っていただけます」: what the reader can do is an offer, not a request.
    r"いただけ(ます|ません|ない)(でしょう)?か|いただけますと|いただけないでしょうか|いただければ(幸い|と存じ|と思い|助かり)|いただきたく|ください|お願い(いたします|します|申し上げます|できますでしょうか)|いただく必要が|"
    r"\b(could you|would you|can you|please|kindly|let (us|me) know|we('ll| will)? need (you|your)|we('ll| will)? need (access|the keys?|a key|someone|a signature|the form|payment|confirmation)\b|you('ll| will)? need to|if you (can|could) (update|send|confirm|check|reply|sign|fill|complete|choose|renew|return))\b|"
    # Session 29 (fresh-eval29/30): what the reader must do said as what must happen to their
    # thing or what fails without it — "your renewal form needs to be signed and returned by 30
    # September", "your next payment will fail unless it's updated", "we'll need yours by 30 May",
    # "If it isn't updated by Friday 16 May, we'll have to pause your June box".
    r"\b(needs?|has|have) to be (signed|returned|updated|completed|renewed|paid|sent|submitted|confirmed|filled in|uploaded|replaced)\b|"
    # fresh-eval56 d-en-007, d-en-015: "parents who signed up … must attend a briefing on 3
    # December", "We need to know by Friday whether you'd like …".
    r"\b(must|will need to|are required to|is required to) (attend|complete|return|sign|submit|bring|register|confirm|book|reply|send|pay|update|choose|renew|collect)\b|"
    r"\bwe('ll| will)? need to (know|hear|have your (answer|decision|reply))\b|"
    # fresh-eval60 d-en-020: "we need every subscriber to confirm their delivery address".
    r"\bwe('ll| will)? need (every|all|each) [\w -]{1,25}\bto (confirm|update|send|check|reply|sign|return|complete|register|renew|choose|book|pay)\b|"
    # fresh-eval50 d-en-017: "the card needs updating in your account by 10 May".
    r"\bneeds? (updating|renewing|signing|replacing|confirming|returning|re-?entering)\b|"
    # Session 34 (fresh-eval37 d-en-010): "we need a new one before your first fixture".
    r"\bwe('ll| will)? need (a |an )?(new|updated|current|valid|renewed|up-to-date|fresh|signed) (one|copy|certificate|form|card|document|licence|license|policy)\b|"
    r"\bwill (fail|lapse|be declined|bounce|roll over|expire|be cancell?ed|be paused|be suspended)\b[^.]{0,30}\bunless\b|\bwe('ll| will) need yours\b|"
    r"\bif (it|this|the card|your card|the form|the payment|your details) (isn't|is not|hasn't been|has not been|aren't|are not) [a-z]+ed\b[^.]{0,60}\b(we'll|we will|we'd) (have to|need to)\b|"
    # Session 32 (fresh-eval34 d-ja-038, d-en-013, d-en-014): 「12月15日までに依頼書をご提出
    # いただかないと、1月分が引き落とせなくなります」, "the repair needs your written approval by 21
    # November, otherwise …", "If it stays on a commercial page after 30 November, we'll have to
    # treat it as unlicensed use".
    r"いただかないと|いただけない場合|"
    # fresh-eval51 d-en-005, d-en-013: "we would need the transcript by 9 January", "If you
    # confirm your spring order by 15 January, we can buy the fabric at the current price".
    r"\bwe('d|’d| would)? need (the|your) [\w -]{1,30}\b(by|before) \w|"
    r"\bif you (can )?(confirm|place|send|book|reply|sign|pay|let us know|order|return|renew)\b[^.]{0,60}\b(by|before) [^.]{0,30}\b(we can|we'll|we’ll|we will|we('d|’d| would) be able)\b|"
    r"\bneeds? your (written |signed )?(approval|signature|confirmation|go-ahead|reply|answer|decision|consent|authori[sz]ation)\b|"
    r"\bif (it|this|they|the [a-z]+|your [a-z]+) (stays|remains|is still|are still|is left|continues)\b[^.]{0,60}\b(we'll|we will|we'd) (have to|need to)\b",
    re.IGNORECASE,
)
_INVITATION = re.compile(
    r"ぜひ|是非|お楽しみ|ご覧ください|ご期待|お越しください|ご来店ください|\b(feel free|do come|enjoy|have a look)\b|"
    # 「雨の日でも防水カバーをかけてお運びしますのでご安心ください」 (fresh-eval34 d-ja-021):
    # reassurance asks for nothing.
    r"ご安心(ください|いただけ)|"
    # "If it hasn't turned up by Saturday, we'll chase it … as soon as you let us know"
    # (fresh-eval31 d-en-006): what to do should something go wrong, no request now.
    r"^\s*if (it|they|the [a-z]+|your [a-z]+) (hasn'?t|haven'?t|doesn'?t|don'?t|has not|have not|does not|do not|isn'?t|aren'?t) [^.]{0,80}\b(we'?ll|we will|let us know|get in touch|contact us)\b",
    re.IGNORECASE,
)
# The date the request must be met by (「11月10日（月）までに」「21日までに」, "by Friday", "by the 14th").
_DEADLINE = re.compile(
    r"までに|までの間に|まで(に)?(ご|お)|(今週|今月|本日|今日|明日|来週|週明け)(中|いっぱい)に?|"
    r"\b(by|before) ((this|next|the coming) )?(mon|tues|wednes|thurs|fri|satur|sun)day|\b(by|before) (the )?\d|"
    # "re-verify your driver's license in the app by October 15" (fresh-eval55 d-en-014).
    r"\b(by|before) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?\b|\bby (tomorrow|tonight|noon|end of|the end of)\b|"
    r"\b(on|by) \d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b[^.]{0,60}\b(before|by) then\b|"
    # "If it stays on the page after 30 November, we'll have to …": the date is the deadline.
    r"\bif\b[^.]{0,60}\bafter (the )?\d|"
    # "before your first fixture on 11 June" (fresh-eval37 d-en-010).
    r"\bbefore (your|the|our) [a-z ]{1,30}\bon \d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
# Asked to stop using a product (「ご使用をお控えください」, "please stop relying on it"): a safety
# request needs no date to be the point of a newsletter it is buried in (fresh-eval60 d-en-018).
_STOP_USING = re.compile(
    r"(ご?使用|ご利用|お使い|充電)(を)?[、,]?(すぐに|直ちに|ただちに)?(中止|お控え|おやめ|お止め)|"
    r"\b(stop (using|relying on|charging)|do not (use|charge)|don'?t (use|charge)|unplug (it|the))\b",
    re.IGNORECASE,
)
# Said before the report, the reader knows a request is coming (「ご相談があり」「お願いがあって」,
# "I need your decision on …"), or the mail is an apology first.
_REQUEST_AHEAD = re.compile(
    # (「庭木の病気のご相談が例年より多い一年でした」 is news about others, no request ahead.)
    r"お願い|ご相談(が(あり|ござい)|したく|したい|させて|です)|ご確認いただきたい|お伺いしたい|お尋ねしたい|お聞きしたい|ご判断|ご決定|お選び|ご返信|お返事|申し訳|お詫び|"
    r"\b(ask you|need (you|your)|decision|decide|choose|confirm|writing to|reply|let us know|sorry|apologi[sz]e)\b",
    re.IGNORECASE,
)


# 「体験でもお選びいただけるようになりました」, "you can now choose": news of something the
# reader may do, no request announced (fresh-eval31 d-ja-001).
_NEWS_OF_A_CHOICE = re.compile(
    r"いただけるようにな[りっ]|になれるようにな[りっ]|\byou can now\b|\byou(’|')?re now able\b",
    re.IGNORECASE,
)
# An opening that says the mail is news (「〜が確定しましたので、お知らせいたします」, "I'm
# writing to let you know …", "This is to confirm …"): the request after it is a detail of it.
_ANNOUNCES = re.compile(
    r"(お知らせ|ご案内|ご報告|ご連絡)(いたし|し|申し上げ)ます|決まりました|確定(いた)?しました|"
    r"\b(let you know|to confirm|this is to|writing to (tell|inform|confirm)|pleased to (confirm|tell|inform))\b",
    re.IGNORECASE,
)
# 「お忘れ物のお問い合わせについて」「お問い合わせありがとうございます」: the mail answers what
# the customer asked (fresh15-d-ja-039, clean: the glove is kept, collect it by the 31st).
_ANSWERS_THEIR_QUESTION = re.compile(
    r"お問い?合わ?せ|ご質問|\b(inquiry|enquiry|question|thank you for asking|you asked)\b",
    re.IGNORECASE,
)
# How much of a subject may name the matter before it says what the mail is (「看板の件」
# 「現場の状況について」 name a matter; 「年末年始の納品日程のご案内」 says what comes).
_MATTER_ONLY_CHARS = 8
_MATTER_ONLY_WORDS = 2


def _names_matter_only(subject: str | None) -> bool:
    """A short subject naming only the matter: a few characters or words once the frame words
    are gone."""
    rest = _SUBJECT_NOISE.sub(" ", subject or "")
    latin = re.findall(r"[A-Za-z]{2,}", rest)
    other = re.sub(r"ありがとうございま(す|した)|ございま(す|した)|[A-Za-z\s\u3000]", "", rest)
    return len(latin) <= _MATTER_ONLY_WORDS and len(other) <= _MATTER_ONLY_CHARS


_TURN = re.compile(
    # ("Looking ahead, parents who signed up … must attend …": fresh-eval56 d-en-007.)
    r"^\s*(ところで|さて|それから|話は変わりますが|なお)[、,]|\b(by the way|one more thing|on another note|on a separate (note|matter)|separately|incidentally)\b|^\s*(looking ahead|on your [a-z]+)\s*[:：,]|"
    r"^\s*(we|i) (also |just )?wanted to (mention|let you know|flag|remind you|give you a heads-up)\b|"
    # "One thing from Friday: …" (fresh-eval28 d-en-001).
    r"^\s*one (other |last )?thing\b[^.:]{0,20}[:：]",
    re.IGNORECASE,
)
# Stems as _words gives them ("spring" → "sprin"): a frame word longer than five letters.
_SUBJECT_FRAME_STEMS = frozenset(word[:5] for word in _SUBJECT_FRAME_WORDS)


def _subject_names_nothing(document: Document) -> bool:
    """A subject made only of the sender's name, the season and the kind of news (「東湾データ
    センター 秋のご案内」, "TrialMatch news - spring 2025"): a newsletter's, which says
    neither what the mail is about nor that anything is wanted."""
    subject = _FROM_SENDER.sub(" ", _ISSUE.sub(" ", document.subject or ""))
    words = _words(subject)
    if not words:  # 「6月号」「スイミングスクールより」「いつもありがとうございます」 name nothing
        return bool(
            _ISSUE.search(document.subject or "")
            or _FROM_SENDER.search(document.subject or "")
            or _THANKS_SUBJECT.search(document.subject or "")
        )
    named = {
        word
        for word in words
        if word not in _SUBJECT_FRAME_WORDS and word[:5] not in _SUBJECT_FRAME_STEMS
    }
    return not (named - _sender_words(document))


def _request_after_report(document: Document) -> tuple[int, int] | None:
    """The span from the first report sentence to a request with a deadline that comes only at
    the end, after three or more sentences that neither ask nor announce a request."""
    # Session 27 (fresh-eval26 d-ja-038, d-en-005): a newsletter's subject names nothing, so a
    # request with a deadline after its news is as hidden as one after a report — and so is
    # one the mail turns to (「ところで、」"One more thing:") after the news, deadline or not.
    newsletter = _subject_names_nothing(document)
    if not newsletter and (
        _SUBJECT_ASKS.search(document.subject or "") or not _names_matter_only(document.subject)
    ):
        return None
    if any(_ANSWERS_THEIR_QUESTION.search(s.masked) for s in document.sentences[:6]):
        return None  # a reply to their question: what it reports first is the answer
    if _ANSWERS_THEIR_QUESTION.search(document.subject or ""):
        return None
    content = _content(document)
    if content and _ANNOUNCES.search(content[0].masked):
        return None  # 「日程が決まりましたので、お知らせいたします」: the news is the point, said first
    for index, sentence in enumerate(content):
        text = sentence.masked
        if _INVITATION.search(text) or not _REQUEST.search(text):
            if (
                _REQUEST_AHEAD.search(text)
                and not (newsletter and index >= _REPORT_BEFORE_REQUEST)
                and not _NEWS_OF_A_CHOICE.search(text)
            ):
                return None  # said before the news, the reader knows a request is coming
            continue
        turned = newsletter and (
            _TURN.search(text) is not None
            or index > 0
            and _TURN.search(content[index - 1].masked) is not None
        )
        # A newsletter's request after two items of news and a turn (「なお、」"We also wanted
        # to mention …") is as hidden as one after three (fresh-eval30 d-ja-030, d-en-017).
        # After a turn in a newsletter (「さて、」), the request's reason and its date may follow
        # it in two sentences (fresh-eval51 d-ja-006: a price rise put after the year's news).
        after_it = 3 if turned else 2
        if index < _REPORT_BEFORE_REQUEST - (1 if turned else 0) or index < len(content) - after_it:
            return None  # the request is up front, or more follows it than a reason
        following = content[index + 1].masked if index + 1 < len(content) else ""
        if not (
            _DEADLINE.search(text)
            or _DEADLINE.search(following)
            or turned
            or (newsletter and _STOP_USING.search(text))
        ):
            return None  # 「ご確認ください」 closing a report asks for no decision by a date
        return content[0].start, sentence.end
    return None


# A turn away from the news (「ところで、」「さて、」, "By the way") — not 「なお、」, which
# adds a note to the matter at hand.
_TURN_AWAY = re.compile(
    r"^\s*(ところで|さて|それから|話は変わりますが|別件(ですが|で恐縮ですが))[、,]|"
    r"^\s*(by the way|on (another|a separate|a different) (note|matter)|separately|one more thing|incidentally)\b|"
    # "Also, a quick note: membership cards … will only be sent to members whose address is
    # confirmed … by 30 November" (fresh-eval39 d-en-001).
    r"^\s*((also|and|oh|finally)\s*,?\s*)?(a |one )?(quick|short|small|brief|important|little) (note|reminder|heads-up|housekeeping note)\s*[:：,]",
    re.IGNORECASE,
)
# What the reader must do said as a condition of ours: "cards will only be sent to members whose
# address is confirmed in the app by 30 November".
_ONLY_IF_EN = re.compile(
    r"\b(will|can|may) only (be )?\w+\b[^.!?]{0,80}\b(whose|who (have|has|are)|if (you|your)|once (you|your))\b",
    re.IGNORECASE,
)


# 「なお、」 adds a note to the matter at hand, except after a subject that only announces the
# sender's news (「春の新作のご案内」): there a note asking something by a date, about nothing the
# subject names, is the point put last (fresh-eval37 d-ja-040: a card about to expire).
_NOTE_TURN = re.compile(r"^\s*なお[、,]")
_ANNOUNCING_SUBJECT = re.compile(
    r"ご案内|お知らせ|ご紹介|のご報告|通信|便り|だより|\b(news|newsletter|update|updates)\b",
    re.IGNORECASE,
)


def _turned_to_request(document: Document) -> tuple[int, int] | None:
    """Session 30 (fresh-eval31 d-ja-033): the subject announces the sender's news (「新作の
    竹刀のご案内」), two or more sentences give it, and only then the mail turns away
    (「ところで、」) to what it wants, with a date (「先日の防具セットの代金が…3月14日までに
    お振込みが確認できない場合は…」) that the subject never names. The span runs from the
    news to the request."""
    named = {word for word in _words(document.subject or "") if word not in _SUBJECT_FRAME_WORDS}
    content = _content(document)
    note_turns = _ANNOUNCING_SUBJECT.search(document.subject or "") is not None
    for index, sentence in enumerate(content):
        text = sentence.masked
        if not (_TURN_AWAY.search(text) or note_turns and _NOTE_TURN.search(text)):
            if _REQUEST.search(text) and not _INVITATION.search(text):
                return None  # asked before any turn: the request is not put off
            continue
        if index < 2:
            return None
        rest = content[index : index + 2]
        request = next(
            (
                s
                for s in rest
                if (_REQUEST.search(s.masked) or _ONLY_IF_EN.search(s.masked))
                and not _INVITATION.search(s.masked)
            ),
            None,
        )
        if request is None or not any(_DEADLINE.search(s.masked) for s in rest):
            return None
        if set().union(*(_words(s.masked) for s in rest)) & named:
            return None  # the turn comes back to what the subject names
        return content[0].start, request.end
    return None


# The first sentence about the reader's own matter ("Your T900 is due its free service", "The
# moisturiser you ordered is being held for you", 「ご注文の〜」).
_THEIR_MATTER_OPENS = re.compile(
    r"^\s*(your\b|the [\w -]{1,30}? you (ordered|bought|booked|reserved|asked about|reported|sent|returned|left)\b)|"
    # fresh-eval53 d-en-012: "Before Zain's first session on Monday, we need the signed consent
    # form from his welcome pack": what is needed of the reader, after the sender's news.
    r"\b(we|we'll|we will|we still) need (the|your|a|an|his|her|their) [^.!?]{0,60}\b(from (you|his|her|their|your)|by|before)\b|"
    r"^[^。]{0,12}(お客様の|ご注文(の|いただいた)|ご依頼(の|いただいた)|ご予約(の|いただいた)|お預かりして(いる|おります)|ご購入(の|いただいた))",
    re.IGNORECASE,
)
_ABOUT_THEM = re.compile(r"\b(you|your|yours)\b|お客様|様の", re.IGNORECASE)
_THANK_YOU = re.compile(r"\bthank(s| you)\b", re.IGNORECASE)


def _their_matter_last(document: Document) -> tuple[int, int] | None:
    """fresh-eval52 d-en-003, d-en-010, d-en-016: under a subject that names only the sender
    ("Hello from FitHome", "Everpan Customer Care"), two or more sentences of the sender's own
    news or praise of itself, and only in the last two the reader's matter ("Your replacement
    pan has been approved …", "The moisturiser you ordered is being held for you until 12
    October"; fresh-eval53 d-en-012: "we need the signed consent form from his welcome pack").
    Nothing before it speaks of the reader (a "thank you" aside). The span runs from
    the news to that sentence."""
    content = _content(document)
    for index, sentence in enumerate(content):
        if not _THEIR_MATTER_OPENS.search(sentence.masked):
            if _ABOUT_THEM.search(_THANK_YOU.sub(" ", sentence.masked)):
                return None  # the reader was spoken to before: not all news
            continue
        if index < 2 or index < len(content) - 2:
            return None
        return content[0].start, sentence.end
    return None


def _content(document: Document) -> list[Sentence]:
    """The body sentences that say something: no greeting, signature or set formula."""
    return [s for s in document.sentences if s.role == "body" and not is_formula(s.masked)]


def _put_off(document: Document, span: tuple[int, int], family: str) -> Finding:
    suggestion = ("〇〇の件について、ご案内いたします。", "I'm writing about …")
    found = document.finding(ID, span[0], span[1], MESSAGE, suggestion)
    return replace(found, family=family)


def _purposeful(text: str) -> bool:
    if _HISTORY_EN.search(text) and not _ASKS_OR_ANSWERS.search(text):
        return False
    return _TOPIC.search(text) is not None or _PURPOSE.search(text) is not None


RULE = PurposeNotUpfront()
