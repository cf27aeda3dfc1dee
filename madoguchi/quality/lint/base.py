"""The types every lint rule shares: what a rule sees (Document) and what it returns (Finding)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from madoguchi.quality.language import Language
from madoguchi.quality.morphology import Token

Level = Literal["sentence", "draft"]


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    start: int  # character offset into the draft body, end exclusive
    end: int
    excerpt: str
    message: str
    suggestion: str | None
    # Which family of wording the finding belongs to (blame, ultimatum, time …), named by
    # the learned layer; not part of the CONTRACT.md finding object.
    family: str = ""
    # The message in both languages (ja, en): the web panel writes it in the reader's UI
    # language (walk 8 finding 24), `message` stays the draft's for the CLI contract.
    messages: tuple[str, str] = ("", "")
    # How sure the learned layer is of the finding (its probability for the rule on the
    # sentence; 1.0 where no model reads the rule), and what the draft-level decision made
    # of it (learned.grade): a "warning" is what the checker asserts reads badly (the
    # CONTRACT.md `findings`), a "hint" a weaker finding shown quietly that blocks nothing.
    # Neither is part of the CONTRACT.md finding object.
    evidence: float = 1.0
    severity: str = "warning"
    added: bool = False  # found by the learned layer alone, on a sentence no rule flagged

    def to_dict(self) -> dict[str, object]:
        """Exactly the finding object of CONTRACT.md."""
        return {
            "rule": self.rule,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str  # the body's characters start:end
    masked: str  # text with quoted words (「…」『…』"…") blanked, same length
    paragraph: int  # blank-line separated block number, from 0
    lang: Language  # by script: a Japanese draft may quote an English error message
    list_item: bool  # a numbered or bulleted line: a step of a procedure the customer asked for
    tokens: tuple[Token, ...] = field(default=())  # Japanese only; offsets relative to text
    # What the sentence is in the mail (sentences.roles): "body" is the agent's own wording;
    # "addressee", "closing" and "signature" are formulas no sentence rule reads.
    role: str = "body"

    def tokens_unquoted(self) -> tuple[Token, ...]:
        """Tokens outside quotation brackets: quoted customer or UI text is not our wording."""
        if QUOTE_MASK not in self.masked:
            return self.tokens  # the common case: nothing quoted
        return tuple(token for token in self.tokens if self.masked[token.start] != QUOTE_MASK)


QUOTE_MASK = "\u2003"  # an em space stands in for quoted characters: no rule pattern matches it


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    subject: str | None
    lang: Language  # the language findings are written in
    sentences: tuple[Sentence, ...]
    # The sentences' start offsets, in order (build_document fills it; index_at bisects it).
    starts: tuple[int, ...] = field(default=())

    def say(self, japanese: str, english: str) -> str:
        return japanese if self.lang == "ja" else english

    def finding(
        self,
        rule: str,
        start: int,
        end: int,
        message: tuple[str, str],
        suggestion: tuple[str | None, str | None] = (None, None),
    ) -> Finding:
        """A finding with the message and suggestion in the draft's language."""
        chosen = suggestion[0] if self.lang == "ja" else suggestion[1]
        return Finding(
            rule=rule,
            start=start,
            end=end,
            excerpt=self.text[start:end],
            message=self.say(*message),
            suggestion=chosen,
            messages=message,
        )

    def index_at(self, offset: int) -> int | None:
        """The index of the sentence holding character `offset`, or None (between sentences).

        A bisection over the sentence starts: looking it up by scanning every sentence for
        every finding made a long draft quadratic (a 200,000-character paste cost 8 s).
        """
        starts = self.starts or tuple(sentence.start for sentence in self.sentences)
        index = bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return index
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        index = self.index_at(offset)
        return None if index is None else self.sentences[index]

    def index_of(self, sentence: Sentence) -> int:
        """The index of one of this document's sentences (by its start, not by equality)."""
        index = self.index_at(sentence.start)
        if index is None:
            raise ValueError("not a sentence of this document")
        return index

    def neighbours(self, index: int, before: int, after: int) -> tuple[Sentence, ...]:
        """Sentences around one, within the same paragraph-independent reading window."""
        return self.sentences[max(0, index - before) : index + after + 1]


SentenceCheck = Callable[["Document", Sentence], list[Finding]]


def each_sentence(
    document: Document, japanese: SentenceCheck, english: SentenceCheck
) -> list[Finding]:
    """Run a sentence-level check on every sentence, in the checker for its language."""
    findings: list[Finding] = []
    for sentence in document.sentences:
        findings.extend((japanese if sentence.lang == "ja" else english)(document, sentence))
    return findings


class Rule(Protocol):
    """A lint rule: one module under rules/, shaped like a Mailman rule."""

    id: str
    description_ja: str
    description_en: str
    level: Level

    def check(self, document: Document) -> list[Finding]: ...
