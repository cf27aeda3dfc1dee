"""Word-level helpers for English drafts (no tagger: English mail is short and regular)."""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# Month and day names are matched case-sensitively: "may" is a verb far more often than a month.
_NAMED_DATE = re.compile(rf"\b({_MONTHS}|{_DAYS})\b")
CONCRETE = re.compile(
    r"\d|\b(today|tomorrow|tonight|noon|midnight|end of (the )?day|this (morning|afternoon|evening))\b"
    r"|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty)\s+(business\s+)?(minutes?|hours?|days?|weeks?|months?|dollars?)\b",
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
    post issue reissue prepare book tick""".split()
)
_LEADING = re.compile(
    r"^\s*(?:[-*•]\s*|\d+[.)]\s*)?(?:(?:also|then|next|now|and|so|first|finally|to be clear|just so you know|one more thing)\s*[,:]?\s+)*",
    re.IGNORECASE,
)


def first_words(text: str) -> list[str]:
    """Lower-cased words after list markers and connective openers ("Then, …")."""
    rest = text[_LEADING.match(text).end() :]  # type: ignore[union-attr]  # the pattern always matches
    return re.findall(r"[a-z][a-z'’-]*", rest.lower().replace("’", "'"))[:6]


def is_bare_command(text: str) -> bool:
    """ "Send us the invoice." — an imperative with no please, could-you or subject."""
    words = first_words(text)
    if not words:
        return False
    if words[0] in ("don't", "never") or words[:2] in (["do", "not"], ["you", "must"]):
        return True
    if words[:3] in (["you", "have", "to"], ["you", "need", "to"]) or words[:3] == [
        "make",
        "sure",
        "you",
    ]:
        return True
    if words[0] == "just" and len(words) > 1 and words[1] in COMMAND_VERBS:
        return True
    if words[0] == "do" or words[0] not in COMMAND_VERBS:
        return False
    if words[0] == "make" and len(words) > 1 and words[1] != "sure":
        return True
    return not text.rstrip().endswith("?")


def has_concrete_figure(text: str) -> bool:
    return CONCRETE.search(text) is not None or _NAMED_DATE.search(text) is not None


REASON = re.compile(
    r"\b(because|since|so that|so we|so i|(?<!just )so you(?! know)|so (the|they|it|our|your|that)|in order to|as (the|we|your|our|this|it)|due to|"
    r"to (help|allow|enable|verify|confirm|check|activate|process|locate|identify|find|investigate|see|"
    r"make sure|complete|prevent|avoid|ensure|fix|resolve|speed|protect|match|finish|apply|update)|"
    r"it will help|this will help|will help us|helps us|for (verification|security|our records)|if(?! you (could|would|can|don't mind|wouldn't mind))(?! i (asked|ask|may|might|could))|when|once)\b",
    re.IGNORECASE,
)
