"""Write the labelled lint corpus (tests/quality/lint/data) from frames × domain words.

    .venv/bin/python scripts/build_lint_corpus.py

Keeps the hand-written items already in the files (domain "legacy" when none is known;
they were written next to the rules, so they stay on the fitting side), and adds items
built from the frames of scripts/lint_corpus_frames.py filled with the words of each
domain in scripts/lint_corpus_vocab.py, plus drafts assembled from parts. Every item
carries its domain and family, and built sentences their frame. The split is by domain
and by frame: a third of each family's frames and the HELDOUT_DOMAINS are held out; a
sentence is "heldout" when both its domain and its frame are, "dev" when neither is, and
"cross" otherwise (a seen frame in a new domain or the reverse: neither fitted on nor
counted in the held-out figures, scripts/lint_eval.py reports it apart).
A candidate whose character 3-grams overlap an accepted item's at Jaccard ≥ 0.6 is
dropped, so no item is a near-copy of another. Deterministic (fixed seed).
"""

# Sample mail text stays whole on one line, as an agent would write it.
# ruff: noqa: E501

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from lint_corpus_frames import EN, JA, MONEY_EN, MONEY_JA, WHEN_EN, WHEN_JA  # noqa: E402
from lint_corpus_vocab import DOMAINS, HELDOUT_DOMAINS  # noqa: E402

DATA = ROOT / "tests" / "quality" / "lint" / "data"
NEAR = 0.6
VARIANTS = 3  # fillings tried per frame and domain


def grams(text: str) -> set[str]:
    compact = re.sub(r"\s+", " ", text.lower())
    return {compact[i : i + 3] for i in range(max(1, len(compact) - 2))}


class NearIndex:
    """Accepted items by character 3-gram, to refuse near-copies quickly."""

    def __init__(self) -> None:
        self.sets: list[set[str]] = []
        self.by_gram: dict[str, list[int]] = defaultdict(list)

    def near(self, text: str) -> bool:
        mine = grams(text)
        shared: dict[int, int] = defaultdict(int)
        for gram in mine:
            for index in self.by_gram.get(gram, ()):
                shared[index] += 1
        for index, count in shared.items():
            other = self.sets[index]
            if count / (len(mine) + len(other) - count) >= NEAR:
                return True
        return False

    def add(self, text: str) -> None:
        mine = grams(text)
        index = len(self.sets)
        self.sets.append(mine)
        for gram in mine:
            self.by_gram[gram].append(index)


def _choices(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _fill_ja(template: str, words: dict[str, str], rng: random.Random) -> str:
    obj, te, noun = rng.choice(_choices(words["acts"])).split("|")
    slots = {key: rng.choice(_choices(words[key])) for key in words if not key.startswith("en_")}
    slots.update(
        obj=obj,
        te=te,
        noun=noun,
        when=rng.choice(_choices(WHEN_JA)),
        money=rng.choice(_choices(MONEY_JA)),
    )
    return template.format(**slots)


def _fill_en(template: str, words: dict[str, str], rng: random.Random) -> str:
    verb, vobj = rng.choice(_choices(words["en_acts"])).split("|")
    slots = {key[3:]: rng.choice(_choices(words[key])) for key in words if key.startswith("en_")}
    slots.update(
        verb=verb,
        vobj=vobj,
        when=rng.choice(_choices(WHEN_EN)),
        money=rng.choice(_choices(MONEY_EN)),
    )
    for key in list(slots):
        slots[key[0].upper() + key[1:]] = slots[key][0].upper() + slots[key][1:]
    return template.format(**slots)


_OPENERS_JA = ("なお、", "また、", "ちなみに、", "ご参考までに、", "")
_OPENERS_EN = ("Also, ", "Just so you know, ", "To be clear, ", "One more thing: ", "")
_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _vary_ja(text: str, rng: random.Random) -> str:
    """The shapes real mail has: a connective opener, full-width digits, a wrapped line."""
    if rng.random() < 0.25 and not text.startswith(("な", "ま", "ち", "ご参")):
        text = rng.choice(_OPENERS_JA) + text
    if rng.random() < 0.2:
        text = text.translate(_FULL_WIDTH)
    if rng.random() < 0.08 and "、" in text[4:-4]:
        cut = text.index("、", 4) + 1
        text = text[:cut] + "\n" + text[cut:]
    return text


def _vary_en(text: str, rng: random.Random) -> str:
    if rng.random() < 0.2 and text[:1].isupper() and not text.startswith(("I ", "I'")):
        text = rng.choice(_OPENERS_EN) + text[0].lower() + text[1:]
    return text


def _split(domain: str) -> str:
    return "heldout" if domain in HELDOUT_DOMAINS else "dev"


_LEGACY_FAMILIES = (
    ("condescending", r"ない(と|ければ)|なければ|if you (don't|do not|fail)|unless", "ultimatum"),
    ("condescending", r"当然|当たり前|常識|普通|obvious|clearly|anyone", "obvious"),
    ("condescending", r"何度も|再三|先ほども|前回|以前|already|told you|again", "asked_again"),
    ("condescending", r"はず|ちゃんと|きちんと|should have|read the manual", "lecturing"),
    ("condescending", r"", "blame"),
    ("vague", r"費用|料金|手数料|円|fee|cost|charge|少し|多少|若干|slight|little", "amount"),
    ("vague", r"", "time"),
    ("imperative", r"", "te_kudasai"),
    ("request_without_reason", r"", "no_reason"),
    ("unknown_without_followup", r"調査|確認|investigat|check", "no_date"),
    ("unknown_without_followup", r"", "bare_unknown"),
    ("dismissive", r"仕様|by design|intended|expected", "by_design"),
    ("dismissive", r"メーカー|製造元|contact the", "refer_elsewhere"),
    ("dismissive", r"", "out_of_scope"),
    ("apology_incomplete", r"", "missing_part"),
    ("purpose_not_upfront", r"", "pleasantries_first"),
)


def legacy_family(text: str, labels: list[str]) -> str:
    """The family of a hand-written item, from its first label and a few cue words."""
    for label, cue, family in _LEGACY_FAMILIES:
        if labels and labels[0] == label and re.search(cue, text, re.IGNORECASE):
            return family
    return "clean"


def sentences(language: str, index: NearIndex, rng: random.Random) -> list[dict[str, object]]:
    frames = JA if language == "ja" else EN
    fill = _fill_ja if language == "ja" else _fill_en
    vary = _vary_ja if language == "ja" else _vary_en
    items: list[dict[str, object]] = []
    seen: dict[tuple[str, tuple[str, ...]], int] = defaultdict(int)
    frame_ids = []
    for family, labels, _template in frames:
        number = seen[(family, labels)]
        seen[(family, labels)] += 1
        frame_ids.append(
            (f"{language}:{'+'.join(labels) or 'clean'}:{family}:{number}", number % 3 == 1)
        )
    for domain, words in DOMAINS.items():
        for (family, labels, template), (frame, frame_held) in zip(frames, frame_ids, strict=True):
            domain_held = domain in HELDOUT_DOMAINS
            split = "cross" if frame_held != domain_held else _split(domain)
            for _ in range(VARIANTS):
                text = vary(fill(template, words, rng), rng)
                if index.near(text):
                    continue
                index.add(text)
                items.append(
                    {
                        "id": f"{language}-{domain[:4]}-{len(items) + 1:04d}",
                        "text": text,
                        "labels": list(labels),
                        "split": split,
                        "domain": domain,
                        "family": family,
                        "frame": frame,
                    }
                )
    return items


# --- drafts -------------------------------------------------------------------------

COMPANY = {
    "ecommerce": "ミドリ通販",
    "saas": "クラウドノート",
    "travel": "たびまど旅行",
    "education": "まなびオンライン",
    "finance": "さくら信用金庫",
    "telecom": "ひかりモバイル",
    "clinic": "あおば内科クリニック",
    "realestate": "青空不動産",
    "logistics": "はやて運輸",
    "utilities": "みらい電力",
    "games": "スターリーフ運営事務局",
    "insurance": "あんしん損保",
    "recruiting": "キャリアブリッジ",
    "manufacturing": "ミナト精工",
    "public": "みどり市役所 市民課",
    "fitness": "フィットラボ",
}
COMPANY_EN = {
    "ecommerce": "Greenmart",
    "saas": "CloudNote",
    "travel": "Tabimado Travel",
    "education": "Manabi Online",
    "finance": "Sakura Credit Bank",
    "telecom": "Hikari Mobile",
    "clinic": "Aoba Clinic",
    "realestate": "Aozora Homes",
    "logistics": "Hayate Express",
    "utilities": "Mirai Power",
    "games": "Starleaf Games",
    "insurance": "Anshin Insurance",
    "recruiting": "Career Bridge",
    "manufacturing": "Minato Precision",
    "public": "Midori City Office",
    "fitness": "FitLab",
}
NAMES = "山田; 佐藤; 鈴木; 高橋; 田中; 伊藤; 渡辺; 中村; 小林; 加藤; 吉田; 山本; 松本; 井上; 木村"
AGENTS = "森; 石井; 岡田; 長谷川; 藤田; 後藤; 近藤; 村上; 遠藤; 青木"
NAMES_EN = "Ms Tanaka; Mr Brown; Ms Garcia; Mr Chen; Ms Novak; Mr Okafor; Ms Rossi; Mr Lee; Ms Walsh; Mr Dubois"
AGENTS_EN = "Emma; Ken; Priya; Tom; Sara; Luis; Mina; Jack"

GENERIC_SUBJECTS = "ご連絡; お問い合わせの件; Re: お問い合わせ; ご案内; Re: ご質問について; お知らせ; Re: Re: お問い合わせ; 【ご連絡】; ご確認のお願い; Re: 先日の件"
GENERIC_SUBJECTS_EN = "Re: your inquiry; Update; Information; Following up; Re: Question; A quick note; Re: お問い合わせ; Re: your email; Hello; Important information"

GREETINGS = "お世話になっております。; いつも{company}をご利用いただき、ありがとうございます。; 平素より格別のご愛顧を賜り、厚く御礼申し上げます。; お問い合わせいただき、ありがとうございます。; ご連絡ありがとうございます。"
INTROS = "{company}の{agent}です。; {company}サポート担当の{agent}でございます。; {company} お客様窓口の{agent}と申します。"
CLOSINGS = "今後ともよろしくお願いいたします。; 引き続きどうぞよろしくお願い申し上げます。; ご不明な点がございましたら、お気軽にご返信ください。; 何卒よろしくお願いいたします。"
PLEASANTRIES = "春の陽気が心地よい季節となりました。; 朝晩はすっかり涼しくなりましたが、いかがお過ごしでしょうか。; 暑さ厳しき折、皆様ますますご清栄のこととお慶び申し上げます。; おかげさまで弊社は今年で創業二十周年を迎えました。; 弊社では、お客様に安心してご利用いただけるよう、日々サービスの改善に努めております。; 先日は弊社のイベントにご来場いただき、誠にありがとうございました。; 寒さが日ごとに増してまいりましたが、お変わりなくお過ごしでしょうか。; 私ども一同、より良いサービスを目指して精一杯取り組んでおります。"
BACKGROUND = "先月より{system}の仕組みを新しくいたしました。; この変更に伴い、一部のお客様のご登録内容に確認が必要な箇所が見つかりました。; 現在、{thing}に関するお問い合わせを多くいただいております。; 社内で確認を進めたところ、{problem}がいくつか報告されていることが分かりました。; 弊社では、法令の改正を受けて手続きの見直しを進めてまいりました。; 昨年からは{system}でのお手続きも承っております。; 担当部署でも、これまでの記録を一件ずつ見直しております。"
LATE_REQUEST = "つきましては、お手数ですが{obj}を{te}いただけますでしょうか。; そこで、{when}{obj}の{noun}をお願いできますと幸いです。; お手数をおかけしますが、{obj}の{noun}をお願いいたします。; 恐れ入りますが、{when}{obj}を{te}いただけますと助かります。"
UPFRONT = "{obj}の{noun}をお願いしたく、ご連絡いたしました。; {topic}の件でご連絡いたしました。; お問い合わせいただいた{topic}について、ご案内いたします。; 本日は、{obj}の{noun}のお願いでご連絡を差し上げました。; ご依頼の{topic}について、結論から申し上げますと、{ours}を{when}行います。"
DETAILS = "{reason}、ご協力をお願いしております。; {ours}は{when}行う予定です。; 詳しい手順は{system}にも掲載しております。; {fee}は{money}となります。"

APOLOGY = "このたびは{problem}により、多大なご迷惑をおかけいたしましたことを深くお詫び申し上げます。; {problem}でご不便をおかけし、誠に申し訳ございませんでした。; {thing}に関して{problem}が生じ、大変申し訳ございません。"
CAUSE = "原因は、弊社のシステム設定の誤りでございました。; 調査の結果、担当者の確認漏れが原因であることが分かりました。; 原因は、作業手順の一部が更新されていなかったことにありました。"
ACTION = "{ours}を{when}完了いたしました。; 本日、{ours}に必要な対応を済ませております。; すでに{ours}を行い、正常な状態に戻っております。"
PREVENTION = "今後は二名での確認を徹底し、再発防止に努めてまいります。; 再発を防ぐため、作業手順を見直し、全担当者に周知いたしました。; 今後同様のことが起きないよう、確認の仕組みを改めました。"

GREETINGS_EN = "Thank you for contacting {company}.; Thanks for your email.; Thank you for your patience.; Hello from the {company} support team."
INTROS_EN = "My name is {agent} and I'm handling your request.; This is {agent} from {company}.; I'm {agent} from the {company} team."
CLOSINGS_EN = "Best regards,; Kind regards,; Many thanks,; Warm regards,"
PLEASANTRIES_EN = "I hope you are having a lovely week.; At {company}, we are committed to giving every customer the best experience.; As you may know, our company has grown a lot this year.; We really value loyal customers like you.; I hope you had a great weekend.; Our whole team works hard to keep our service reliable."
BACKGROUND_EN = "Last month we moved {system} to a new platform.; Since then, a few accounts have needed extra checks.; We have been receiving many questions about {thing} lately.; Our team has been reviewing older records one by one.; New regulations came into force this spring.; We also now accept requests through {system}."
LATE_REQUEST_EN = "With that in mind, could you {verb} {vobj}?; So, could you please {verb} {vobj} {when}?; For this reason, we would be grateful if you could {verb} {vobj}."
UPFRONT_EN = "I'm writing to ask you to {verb} {vobj}.; This is about {topic_lower}.; I'm following up on {topic_lower}, and here is where things stand.; In short: {ours} will be completed {when}."
DETAILS_EN = "We ask this {reason}.; {Ours} is planned {when}.; The steps are also described in {system}.; The {fee} is {money}."
APOLOGY_EN = "We are very sorry for {problem}.; Please accept our apologies for {problem}.; I apologise for the trouble caused by {problem}."
CAUSE_EN = "It was caused by a configuration error on our side.; Our investigation found that a check was missed by our staff.; The cause was an outdated step in our procedure."
ACTION_EN = "We completed {ours} {when}.; We have already arranged {ours}.; {Ours} is done and everything is working normally again."
PREVENTION_EN = "To prevent this from happening again, two people now check each change.; We have updated our procedure and briefed every team member.; We have added a check so that this does not recur."


def _pick(value: str, rng: random.Random) -> str:
    return rng.choice(_choices(value))


def _draft_ja(domain: str, kind: str, rng: random.Random) -> tuple[str, str, list[str], str]:
    words = DOMAINS[domain]

    def fill(template: str) -> str:
        return _fill_ja(template.replace("{company}", COMPANY[domain]), words, rng)

    head = [
        f"{_pick(NAMES, rng)}様",
        "",
        _pick(GREETINGS, rng).replace("{company}", COMPANY[domain])
        + _pick(INTROS, rng)
        .replace("{company}", COMPANY[domain])
        .replace("{agent}", _pick(AGENTS, rng)),
        "",
    ]
    tail = ["", _pick(CLOSINGS, rng), "", f"{COMPANY[domain]}　{_pick(AGENTS, rng)}"]
    topic = _pick(words["topic"], rng)
    generic = _pick(GENERIC_SUBJECTS, rng)
    labels: list[str] = []
    if kind in ("late_request", "late_request_topic"):
        background = rng.sample(_choices(BACKGROUND), rng.randint(2, 3))
        body = [fill(line) for line in background] + [fill(_pick(LATE_REQUEST, rng))]
        subject = generic if kind == "late_request" else f"{topic}のお願い"
        labels = ["purpose_not_upfront"] if kind == "late_request" else []
        family = "request_last" if kind == "late_request" else "clean"
    elif kind in ("pleasantries", "pleasantries_topic"):
        opening = rng.sample(_choices(PLEASANTRIES), rng.randint(2, 3))
        body = [fill(line) for line in opening]
        point = fill(_pick(UPFRONT, rng))
        body += [point, fill(_pick(DETAILS, rng))]
        subject = generic if kind == "pleasantries" else topic
        labels = ["purpose_not_upfront"] if kind == "pleasantries" else []
        family = "pleasantries_first" if kind == "pleasantries" else "clean"
        if (
            kind == "pleasantries_topic"
            and len(opening) == 3
            and topic.lower() not in point.lower()
        ):
            # Session 21: the subject's topic is drawn apart from the point, so three
            # pleasantries and then a point the subject never names is the point put off
            # (point_late; fresh-eval18 d-ja-033, d-ja-037), not a clean draft.
            labels, family = ["purpose_not_upfront"], "point_late"
    elif kind == "upfront":
        details = rng.sample(_choices(DETAILS), 2)
        body = [fill(_pick(UPFRONT, rng))] + [fill(line) for line in details]
        subject = generic
        family = "clean"
    else:  # apology, with one part left out or none
        parts = [APOLOGY, CAUSE, ACTION, PREVENTION]
        missing = kind.split("_", 1)[1]
        order = {"cause": 1, "action": 2, "prevention": 3}
        if missing in order:
            parts.pop(order[missing])
            labels = ["apology_incomplete"]
            family = f"missing_{missing}"
        else:
            family = "clean"
        body = [fill(_pick(part, rng)) for part in parts]
        subject = f"{fill(_pick(words['problem'], rng))}についてのお詫び"
    text = "\n".join(head + body + tail) + "\n"
    return subject, text, labels, family


def _draft_en(domain: str, kind: str, rng: random.Random) -> tuple[str, str, list[str], str]:
    words = DOMAINS[domain]
    company = COMPANY_EN[domain]
    topic = _pick(words["en_topic"], rng)

    def fill(template: str) -> str:
        text = template.replace("{company}", company).replace(
            "{topic_lower}", topic[0].lower() + topic[1:]
        )
        return _fill_en(text, words, rng)

    agent = _pick(AGENTS_EN, rng)
    head = [
        f"Dear {_pick(NAMES_EN, rng)},",
        "",
        fill(_pick(GREETINGS_EN, rng))
        + " "
        + fill(_pick(INTROS_EN, rng).replace("{agent}", agent)),
        "",
    ]
    tail = ["", _pick(CLOSINGS_EN, rng), agent, company]
    generic = _pick(GENERIC_SUBJECTS_EN, rng)
    labels: list[str] = []
    if kind in ("late_request", "late_request_topic"):
        background = rng.sample(_choices(BACKGROUND_EN), rng.randint(2, 3))
        body = [fill(line) for line in background] + [fill(_pick(LATE_REQUEST_EN, rng))]
        subject = generic if kind == "late_request" else topic
        labels = ["purpose_not_upfront"] if kind == "late_request" else []
        family = "request_last" if kind == "late_request" else "clean"
    elif kind in ("pleasantries", "pleasantries_topic"):
        opening = rng.sample(_choices(PLEASANTRIES_EN), rng.randint(2, 3))
        body = [fill(line) for line in opening]
        point = fill(_pick(UPFRONT_EN, rng))
        body += [point, fill(_pick(DETAILS_EN, rng))]
        subject = generic if kind == "pleasantries" else topic
        labels = ["purpose_not_upfront"] if kind == "pleasantries" else []
        family = "pleasantries_first" if kind == "pleasantries" else "clean"
        if (
            kind == "pleasantries_topic"
            and len(opening) == 3
            and topic.lower() not in point.lower()
        ):
            # Session 21: the subject's topic is drawn apart from the point, so three
            # pleasantries and then a point the subject never names is the point put off
            # (point_late; fresh-eval18 d-ja-033, d-ja-037), not a clean draft.
            labels, family = ["purpose_not_upfront"], "point_late"
    elif kind == "upfront":
        details = rng.sample(_choices(DETAILS_EN), 2)
        body = [fill(_pick(UPFRONT_EN, rng))] + [fill(line) for line in details]
        subject = generic
        family = "clean"
    else:
        parts = [APOLOGY_EN, CAUSE_EN, ACTION_EN, PREVENTION_EN]
        missing = kind.split("_", 1)[1]
        order = {"cause": 1, "action": 2, "prevention": 3}
        if missing in order:
            parts.pop(order[missing])
            labels = ["apology_incomplete"]
            family = f"missing_{missing}"
        else:
            family = "clean"
        body = [fill(_pick(part, rng)) for part in parts]
        subject = "Our apologies: " + fill(_pick(words["en_problem"], rng))
    text = "\n".join(head + body + tail) + "\n"
    return subject, text, labels, family


DRAFT_KINDS = (
    "late_request",
    "late_request_topic",
    "pleasantries",
    "pleasantries_topic",
    "upfront",
    "apology_cause",
    "apology_action",
    "apology_prevention",
    "apology_complete",
)


def drafts(index: NearIndex, rng: random.Random) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    for domain in DOMAINS:
        for language, build, repeats in (("ja", _draft_ja, 2), ("en", _draft_en, 1)):
            for kind in DRAFT_KINDS:
                for _ in range(repeats):
                    subject, text, labels, family = build(domain, kind, rng)
                    if index.near(text):
                        continue
                    index.add(text)
                    items.append(
                        {
                            "id": f"draft-{language}-{domain[:4]}-{len(items) + 1:04d}",
                            "subject": subject,
                            "text": text,
                            "labels": labels,
                            "split": _split(domain),
                            "domain": domain,
                            "family": family,
                            "lang": language,
                        }
                    )
    return items


def unit_test_strings() -> list[str]:
    """The string literals of the rule unit tests: no labelled item may copy one."""
    found = []
    for path in sorted((ROOT / "tests" / "quality" / "lint").glob("test_*.py")):
        source = path.read_text(encoding="utf-8")
        found.extend(re.findall(r'"((?:[^"\\\n]|\\.){6,})"', source))
    return found


def _legacy(name: str) -> list[dict[str, object]]:
    with open(DATA / name, encoding="utf-8") as handle:
        items = [json.loads(line) for line in handle if line.strip()]
    tested = NearIndex()
    for literal in unit_test_strings():
        tested.add(literal)
    kept = [
        item
        for item in items
        if item.get("domain", "legacy") == "legacy" and not tested.near(str(item["text"]))
    ]
    for item in kept:
        item["split"] = "dev"
        item["domain"] = "legacy"
        item["family"] = legacy_family(str(item["text"]), list(item["labels"]))  # type: ignore[call-overload]
    return kept


def _write(name: str, items: list[dict[str, object]]) -> None:
    with open(DATA / name, "w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")


def main() -> int:
    rng = random.Random(20261130)
    counts = {}
    for name, language in (("sentences_ja.jsonl", "ja"), ("sentences_en.jsonl", "en")):
        legacy = _legacy(name)
        index = NearIndex()
        for text in [str(item["text"]) for item in legacy] + unit_test_strings():
            index.add(text)
        new = sentences(language, index, rng)
        _write(name, legacy + new)
        counts[name] = (len(legacy), len(new))
    legacy = _legacy("drafts.jsonl")
    index = NearIndex()
    for item in legacy:
        index.add(str(item["text"]))
    new = drafts(index, rng)
    _write("drafts.jsonl", legacy + new)
    counts["drafts.jsonl"] = (len(legacy), len(new))
    for name, (old, added) in counts.items():  # hand-written items a unit test copies are dropped
        print(f"{name}: {old} hand-written + {added} built = {old + added}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
