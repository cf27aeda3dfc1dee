"""imperative (命令口調): a verb's て形 + ください, 〜なさい, 〜すること, or a curt English command.

Japanese business mail asks through honorific forms: お/ご + noun or 連用形 + ください
(「ご確認ください」「お待ちください」) or 〜をお願いいたします. A plain verb in て形 before
ください (「返送してください」), なさい, a bare 命令形 (送れ) or a sentence ending in 〜すること
reads as an order from above.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Sequence

from madoguchi.quality.lint.base import Document, Finding, Level, Sentence
from madoguchi.quality.lint.english import is_bare_command
from madoguchi.quality.lint.japanese import (
    command_positions,
    honorific_noun,
    is_troubleshooting_step,
    reports_a_request,
    verb_renyou,
)
from madoguchi.quality.morphology import Token

ID = "imperative"
MESSAGE = (
    "動詞のて形＋「ください」は命令口調に読まれます。「ご〜をお願いいたします」「お〜いただけますでしょうか」のような依頼の形にすると、お客様に丁寧に伝わります。",
    'A bare command reads as an order. Ask instead: "Could you …, please?" or "Please …".',
)
MESSAGE_NASAI = (
    "「〜なさい」「〜すること」「〜しろ」は目上から指示する言い方で、お客様への文面では命令に聞こえます。依頼の形に改めてください。",
    "",
)


# 「クジラの話を聞きに、ぜひ乗りに来てください」 (fresh-eval39 d-ja-016): an invitation to come
# and enjoy something is warm, not an order.
COME_AND_ENJOY_JA = re.compile(
    r"(ぜひ|是非)(また|一度|とも)?[、,]?[^。]{0,20}に(来て|いらして)(ください|くださいね|ね)|"
    r"(に|へ)[、,]?\s*(ぜひ|是非)(また|一度|とも)?[、,]?\s*(来て|いらして)(ください|くださいね|ね)|"
    # A wish, as 「お楽しみください」 is (fresh-eval59 d-ja-028: 「新しい生活を楽しまれてください」):
    # nobody is ordered to enjoy themselves.
    r"(楽しんで|楽しまれて)(ください|くださいね|くださいませ)"
)


def _sentence_findings(document: Document, sentence: Sentence) -> list[Finding]:
    if reports_a_request(sentence.masked) or COME_AND_ENJOY_JA.search(sentence.masked):
        return []
    tokens = sentence.tokens_unquoted()
    findings: list[Finding] = []
    for start, end, kind in command_positions(tokens):
        if kind == "te" and is_troubleshooting_step(tokens, sentence.masked, start):
            continue
        if kind == "te":
            findings.append(
                _finding(document, sentence, tokens, _with_object(tokens, start), end, MESSAGE)
            )
        else:
            findings.append(_finding(document, sentence, tokens, start, end, MESSAGE_NASAI))
    return findings


def _with_object(tokens: Sequence[Token], start: int) -> int:
    """Include 「書類を」 before 「返送してください」 so the rewrite can say 「書類のご返送」."""
    if start >= 2 and tokens[start - 1].surface == "を" and tokens[start - 2].pos1 == "名詞":
        return start - 2
    return start


def _finding(
    document: Document,
    sentence: Sentence,
    tokens: Sequence[Token],
    start: int,
    end: int,
    message: tuple[str, str],
) -> Finding:
    absolute_start = sentence.start + tokens[start].start
    absolute_end = sentence.start + tokens[end].end
    return document.finding(
        ID,
        absolute_start,
        absolute_end,
        (message[0], message[1] or MESSAGE[1]),
        (_rewrite(tokens[start : end + 1], _after_te(tokens, start)), None),
    )


def _after_te(tokens: Sequence[Token], start: int) -> bool:
    """Whether the command's verb is the helper after a て-form: 「しまって|おいてください」."""
    return start > 0 and tokens[start].pos1 == "動詞" and tokens[start - 1].surface in ("て", "で")


def _rewrite(span: Sequence[Token], after_te: bool = False) -> str | None:
    """「書類を返送してください」 → 「書類のご返送をお願いいたします」, 「送ってください」 → 「お送りいただけますでしょうか」.

    A helper verb after a て-form keeps its own て-form: 「しまっておいてください」 →
    「しまっておいていただけますでしょうか」 (session 23: it became 「しまっておおきいただけます
    でしょうか」, お + おき, for every 〜ておいてください)."""
    words = list(span)
    if after_te:
        ask = next((i for i, token in enumerate(words) if token.lemma == "下さる"), None)
        if ask is None or any(token.lemma in ("ない", "ず") for token in words[:ask]):
            return None
        helper = "".join(token.surface for token in words[:ask])
        return f"{helper}いただけますでしょうか" if helper.endswith(("て", "で")) else None
    head = ""
    if len(words) >= 2 and words[1].surface == "を":
        head = words[0].surface
        words = words[2:]
    lemmas = [token.lemma for token in words]
    negative = "ない" in lemmas or "ず" in lemmas
    again = "再度の" if "直す" in lemmas else ""  # ログインし直す → 再度のログイン
    verb_index = next((i for i, token in enumerate(words) if token.pos1 in ("動詞", "名詞")), None)
    if verb_index is None:
        return None
    noun_end = verb_index
    while noun_end + 1 < len(words) and words[noun_end + 1].pos1 == "名詞":
        noun_end += 1  # the whole compound: ログ|イン
    verb = words[verb_index]
    noun_start = verb_index
    if (
        noun_start > 0
        and words[noun_start - 1].pos1 == "接頭辞"
        and words[noun_start - 1].lemma != "御"
    ):
        noun_start -= 1  # 再|起動 keeps its 再; お/ご are put back by honorific_noun
    noun = "".join(token.surface for token in words[noun_start : noun_end + 1])
    followed_by_suru = noun_end + 1 < len(words) and words[noun_end + 1].lemma == "為る"
    if verb.pos1 == "名詞" and followed_by_suru:
        if negative:
            return f"{head}{'の' if head else ''}{noun}はお控えいただけますようお願いいたします"
        return f"{head}{'の' if head else ''}{again}{honorific_noun(noun)}をお願いいたします"
    if verb.pos1 == "動詞" and verb.lemma != "為る":
        object_part = f"{head}を" if head else ""
        if verb.lemma not in _HONORIFIC_VERBS:
            te_form = _te_form(words, verb_index)
            if negative or te_form is None:
                return None
            return f"{object_part}{te_form}いただけますでしょうか"
        stem = verb_renyou(verb)
        if negative:
            return f"{head}{'は' if head else ''}お{stem}にならないようお願いいたします"
        return f"{object_part}お{stem}いただけますでしょうか"
    return None


# お + 連用形 + いただく reads naturally for these verbs (dictionary forms as UniDic's lemma);
# any other verb is asked with its own て-form, 「来ていただけますでしょうか」「浴びていただけます
# でしょうか」, which is always Japanese — session 23 found 「お来るいただけますでしょうか」,
# 「お見いただけ…」「お浴びいただけ…」「お言いいただけ…」 offered as rewrites.
_HONORIFIC_VERBS = frozenset(
    "送る 押す 開く 受ける 入れる 選ぶ 書く 返す 控える 決める 見せる 聞く 使う 試す 預ける 撮る 教える "
    "知らせる 持つ 伝える 答える 読む 取る 支払う 振り込む 待つ 届ける 守る 渡す 貼る 付ける "
    "戻す 止める 辞める 消す 閉める 開ける 受け取る 引き取る 呼ぶ 探す 調べる 申し込む 届け出る "
    "出す 包む 外す 変える 詰める 抜く 差す 畳む 済ませる 確かめる 立ち寄る 寄る 頼む 掛ける "
    "乗る 降りる 切る 入る 休む 急ぐ 申し出る 問い合わせる 尋ねる 求める 買う 越す 知る 願う "
    "待ち合わせる 持ち帰る 持ち込む 引き受ける 送り返す 差し込む 差し替える 取り替える 取り寄せる "
    "書き直す 見直す 決め直す 選び直す 入れ直す 送り直す 差し直す 出し直す".split()
)


def _te_form(words: Sequence[Token], verb_index: int) -> str | None:
    """The verb's て-form as written (「来て」「浴びて」 before ください), else built from its
    conjugation type (「浴びること」 → 「浴びて」); None where neither is sure."""
    ask = next(
        (i for i, token in enumerate(words) if token.lemma == "下さる" and i > verb_index), None
    )
    if ask is not None:
        written = "".join(token.surface for token in words[verb_index:ask])
        return written if written.endswith(("て", "で")) else None
    verb = words[verb_index]
    base, kind = verb.orth_base or verb.surface, verb.ctype
    if kind.startswith(("上一段", "下一段")) and base.endswith("る"):
        return base[:-1] + "て"
    if kind.startswith("カ行変格"):
        return base[:-2] + ("来て" if base.endswith("来る") else "きて")
    if kind.startswith("五段"):
        if verb.lemma == "行く":
            return base[:-1] + "って"
        ending = {
            "く": "いて",
            "ぐ": "いで",
            "す": "して",
            "つ": "って",
            "る": "って",
            "う": "って",
            "ぬ": "んで",
            "ぶ": "んで",
            "む": "んで",
        }.get(base[-1:])
        return base[:-1] + ending if ending else None
    return None


# "You must send it" asked as "Could you you must send it" read as a stutter: the
# obligation goes, the verb phrase stays ("Could you send it now, please?").
_OBLIGATION = re.compile(
    r"^(?:you\s+(?:must|need\s+to|have\s+to|should|will\s+need\s+to|are\s+required\s+to)"
    r"|(?:you'll|you\s+will)\s+have\s+to)\s+",
    re.IGNORECASE,
)


# "Could you do not contact the courier" is no English (session 23): a command not to do
# something is asked with "Please" ("Please do not contact the courier directly.").
_NEGATIVE = re.compile(r"^(?:do\s+not|don['’]t|never)\b", re.IGNORECASE)


def _could_you(text: str) -> str:
    body = _OBLIGATION.sub("", text.strip()).rstrip(".!")
    if body[:1].isupper() and not body[1:2].isupper():
        body = body[0].lower() + body[1:]
    if body.lower().startswith("not "):  # "You must not use the lift" → "do not use the lift"
        body = "do " + body
    if _NEGATIVE.match(body):
        return f"Please {body}."
    return f"Could you {body}, please?"


def _english(document: Document, sentence: Sentence) -> list[Finding]:
    if not is_bare_command(sentence.text):
        return []
    return [
        document.finding(
            ID,
            sentence.start,
            sentence.end,
            MESSAGE,
            (None, _could_you(sentence.text)),
        )
    ]


class Imperative:
    id = ID
    description_ja = "命令口調（「〜してください」「〜しなさい」「〜すること」）"
    description_en = (
        "Commanding tone: a verb + てください, しなさい, すること; a bare English command"
    )
    level: Level = "sentence"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        ("te_kudasai", "て形＋ください（「返送してください」）", "(Japanese) て-form + ください"),
        (
            "koto",
            "文末の「〜すること」「〜しておくように」",
            "(Japanese) a sentence ending in 〜すること / 〜ように",
        ),
        ("nasai", "「〜しなさい」・命令形", "(Japanese) 〜しなさい, the plain imperative"),
        (
            "bare_command",
            "（英語）命令文、must / need to",
            'Bare commands, "you must / need to", "make sure you …"',
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        findings: list[Finding] = []
        for sentence in document.sentences:
            if sentence.list_item:
                continue  # "1. Open Settings." is a step of a procedure, not an order
            if sentence.lang == "ja":
                findings.extend(_sentence_findings(document, sentence))
            else:
                findings.extend(_english(document, sentence))
        return findings


RULE = Imperative()
