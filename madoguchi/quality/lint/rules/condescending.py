"""condescending (上から目線): threats, 「当然」, blaming the customer, "as I already said".

A threat is a negative condition on the customer's action (〜いただかないと, 〜なければ)
followed by a penalty (キャンセル, 停止, 無効 …) or by 〜てしまいます. The same fact put as
「〜いただけない場合は〜となりますことご了承ください」 is how business mail says it, and a
technical consequence (「再起動しないと設定が反映されません」) is no threat.
「当然」 about our own duty (「送料は当然弊社で負担いたします」) or the customer's feelings
(「ご不満は当然のことと存じます」) is not talking down either.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re

from madoguchi.quality.lint.base import Document, Finding, Level, Sentence, each_sentence

ID = "condescending"

_CONDITION = re.compile(r"(ない|なけれ|ず)(と|ば|では)[、,]?|済まないと|なければ")
_PENALTY = re.compile(
    r"キャンセル|取り?消し|取消|無効|失効|停止|解約|削除|消去|打ち切|終了|違約金|延滞|法的|督促|強制|"
    r"対応(でき|いたしかね|しかね)|お受けでき|受け付け(られ|でき)|ご利用いただけなく|利用できなく|責任|てしまい|でしまい|困ります"
)
_OBVIOUS = re.compile(
    r"当然|当たり前|常識|普通(は|なら|に考え)|ふつうは|言うまでもな|お分かりいただけ(まし|ます)たか|ご理解いただけましたでしょうか|お分かりになりましたか|そんなことも|としか考えられ"
)
_OBVIOUS_OK = re.compile(r"存じ|ごもっとも|弊社|当社|私ども|こちらで|いたします|させていただ")
_KNOWN_BEFORE = re.compile(
    r"(何度も|再三|繰り返し|先ほども|前回も|以前にも|以前も|先日も|かねてより)(申し上げ|お伝え|ご説明|ご案内|説明|案内)"
)
_SHOULD_KNOW = re.compile(
    r"(存じ|知っ|知ら|分か|わか|書い|記載|説明|案内|読|伝え|理解|承知|気付|気づ)[^。]{0,10}はず"
)
_BLAME = re.compile(
    r"お客様(ご自身)?(の|側の?|が|で)[^。]{0,14}?(操作ミス|ミス|誤操作|確認不足|過失|不注意|勘違い|誤解|間違|落ち度|せい|責任)"
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
_SELF = re.compile(r"弊社|当社|私ども|こちら|私が|担当")
_NAGGING = re.compile(r"(ちゃんと|きちんと|よく)(マニュアル|説明書|手順|規約|ご確認|確認|読)")
_TROUBLE = re.compile(r"(?<!お)困ります")
# 「正しく操作していただければ、問題は起きないはずです」: if only the customer had done it right.
_IF_ONLY = re.compile(r"(れば|たら)[、,]?[^。]{0,20}はず(です|でしょう|だ|では)")
# 「見落とされたのではないでしょうか」: a guess at the customer's mistake, put as a question.
_SUSPECTED_MISTAKE = re.compile(
    r"(見落と|お忘れ|忘れ|勘違い|誤解|間違え|読み飛ば|見逃|ご覧になっていない|確認されていない)[^。]{0,12}(のではないでしょうか|のではありませんか|のでは[？?]|のではと)"
)
# 「ご説明しておりますので、ご理解いただいているものと存じます」: we told you, so you know.
_ASSUMED_KNOWN = re.compile(
    r"(ご理解|ご承知|ご存じ|ご存知)(いただいて|されて)(いる|おられる)(もの|こと|はず)"
)

_EN = re.compile(
    r"\b(as (i|we) (already |have already |previously )?(explained|said|mentioned|stated|told you)|as (i|we) told you|(already|previously) told you|told you (twice|before|already|again)|anyone (could|would|can) (have )?(see|seen|know|known|tell|understand)|as (clearly )?stated|obviously|you clearly|(did not|didn't) (read|follow|check)|"
    r"clearly stated|if you had (read|followed|checked)|you should have|you should've|your (fault|mistake|responsibility)|"
    r"it is your responsibility|because you (entered|did|failed|forgot|didn't|did not|ignored|clicked)|you failed to|"
    r"as anyone (can|could)|simply read|read the manual)\b",
    re.IGNORECASE,
)
_EN_THREAT = re.compile(
    r"\bif you (don't|do not|fail to|haven't|have not)\b[^.]*\b(will be|we will)\b[^.]*\b(terminated|suspended|cancell?ed|deleted|closed|lost|charged|blocked)\b",
    re.IGNORECASE,
)

MESSAGE_THREAT = (
    "お客様の行動を条件にした脅しのように読まれます。「〇日までにご対応いただけない場合は、誠に恐縮ながら〜となりますことをご了承ください」のように事実として丁寧に伝えてください。",
    "This reads as a threat. State the consequence as a fact, politely, and offer help.",
)
MESSAGE_OBVIOUS = (
    "「当然」「常識」「〜のはずです」「何度も申し上げている通り」は、お客様を責める上から目線の表現です。事実だけを伝えてください。",
    'Words like "obviously" or "as I already explained" talk down to the customer; state the facts only.',
)
MESSAGE_BLAME = (
    "お客様の落ち度を指摘する書き方は反発を招きます。原因は中立的に（「〜の設定により〜となっておりました」）説明し、解決方法を示してください。",
    "Blaming the customer provokes them. Describe the cause neutrally and give the way out.",
)


def _japanese(document: Document, sentence: Sentence) -> list[Finding]:
    text = sentence.masked
    condition = _CONDITION.search(text)
    if (
        condition
        and _PENALTY.search(text, condition.end())
        and "場合" not in text[: condition.start() + 8]
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
    if obvious and not (obvious.group(0) == "当然" and _OBVIOUS_OK.search(text)):
        return [_at(document, sentence, obvious.start(), MESSAGE_OBVIOUS, None, obvious.end())]
    for pattern in (
        _KNOWN_BEFORE,
        _SHOULD_KNOW,
        _NAGGING,
        _TROUBLE,
        _IF_ONLY,
        _SUSPECTED_MISTAKE,
        _ASSUMED_KNOWN,
    ):
        match = pattern.search(text)
        if match:
            return [_at(document, sentence, match.start(), MESSAGE_OBVIOUS, None, match.end())]
    for pattern in (_BLAME_CAUSE, _NOT_OUR_FAULT):
        match = pattern.search(text)
        if match:
            return [_at(document, sentence, match.start(), MESSAGE_BLAME, None, match.end())]
    blame = _BLAME.search(text)
    if blame and not _BLAME_DENIED.search(text, blame.end()):
        return [_at(document, sentence, blame.start(), MESSAGE_BLAME, None, blame.end())]
    should = _SHOULD_HAVE.search(text)
    if should and not _SELF.search(text):
        return [_at(document, sentence, should.start(), MESSAGE_BLAME, None, should.end())]
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


def _english(document: Document, sentence: Sentence) -> list[Finding]:
    threat = _EN_THREAT.search(sentence.masked)
    if threat:
        return [_at(document, sentence, threat.start(), MESSAGE_THREAT, None)]
    match = _EN.search(sentence.masked)
    if match:
        return [_at(document, sentence, match.start(), MESSAGE_OBVIOUS, None, match.end())]
    return []


class Condescending:
    id = ID
    description_ja = (
        "上から目線・脅し（「〜いただかないと〜になってしまいます」「当然」、お客様を責める）"
    )
    description_en = "Talking down to or threatening the customer, blaming them"
    level: Level = "sentence"

    def check(self, document: Document) -> list[Finding]:
        return each_sentence(document, _japanese, _english)


RULE = Condescending()
