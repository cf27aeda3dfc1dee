"""The content words of a mail: what it is about, in Japanese and English alike.

Character n-grams compare the particles and endings of Japanese as much as its words:
「昨日、二重請求の件で…」 and 「二重に請求されています」 share few 2–3-grams but are one
topic, and two unrelated Japanese mails share 「して」「ます」「ません」 (s8 walk: merge
preview and trends judged by language first). So Japanese goes through MeCab (fugashi +
unidic-lite, as the linter does) and keeps nouns, their compounds (二重請求 → 二重請求 and
請求), and independent verbs and adjectives by dictionary form (届かない → 届く); English
keeps words that are not stop words, plurals folded (invoices → invoice). Person names
(固有名詞-人名, and the names a caller passes: the sender's) and the words every mail has
(greetings, "please", 確認, 連絡) are never content.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from madoguchi.quality.morphology import _lock, _tagger

# Words that say nothing about what a mail is about (walk 8: "last / tsunagu / month" was
# the top rising topic): scikit-learn's English stop words, the words of mail itself, time
# words, and their Japanese counterparts.
STOP_TERMS = ENGLISH_STOP_WORDS | frozenset(
    """the and for you your our are was were this that with have has not but can please
    thanks thank from will would could there what when how about any all just been into
    support team hello regards best dear sent wrote after before since didn doesn don isn
    wasn can't cannot help need want like also still only some more very really today
    yesterday since then than which who why where get got use using used one two
    hi hey kind sincerely cheers asap issue issues problem question questions regarding
    let know tell able try tried trying make made getting having going way thing things
    day days week weeks month months year years time times hour hours minute minutes
    morning afternoon evening tonight tomorrow monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december ago recently currently soon quick quickly sure okay fine great good
    customer customers company mr mrs ms contact account example com reply replies
    お世話 宜しく 対応 確認 連絡 質問 件名 本日
    今回 以下 下記 弊社 御社 貴社 大変 申し訳 失礼 お願い 願い
    先日 昨日 今日 明日 今週 先週 来週 今月 先月 来月 今年 昨年 毎日 毎月 以前 現在 最近
    午前 午後 時間 担当 担当者 皆様 皆さま 様子 状況 問題 件数 当社 御中 何卒 恐縮 早急
    至急 可能 必要 場合 方法 内容 ご確認 ご連絡 ご対応 ご教示 ご案内 お手数 サポート
    メール ご担当 担当様 よろしく 致します いたします 世話 ところ こと もの ため よう
    出来る 成る 有る 居る 思う 言う 分かる 存じる 頂く 下さる 致す 参る 申す 貰う 為る
    良い 無い 宜しい 早い 同じ 新しい 古い 多い 少ない 欲しい
    自分 私 皆 方 様 今 前 後 中 際 度 事 物 所 為
    サポート窓口 窓口 問い合わせ 問合せ お問い合わせ 付く つく 教える 知る 見る 来る
    行く 使う 変わる 入る 出る 持つ 掛かる 受ける 伺う 聞く""".split()
)

_ENGLISH_WORD = re.compile(r"[a-z][a-z0-9\-']{2,}")
_HAS_JAPANESE = re.compile(r"[ぁ-ゖァ-ヺ一-龥々]")
_KATAKANA_ONLY = re.compile(r"[ァ-ヺー]+")
_JAPANESE_WORD = re.compile(r"[ぁ-ゖァ-ヺー一-龥々]{2,}")
_NOUN_PARTS = ("名詞-普通名詞", "名詞-固有名詞", "名詞-数詞", "接尾辞-名詞的", "接頭辞")
_INDEPENDENT = ("動詞-一般", "形容詞-一般")


# Words any kind of mail uses: never a topic's name, not enough on their own to make mails
# one topic (walk 13 F16: 「リスト / 名前 / 困る」 over a login failure, a list import and an
# API 500; 「登録 / 消す / データ」), nor a template related to a mail (walk 20 G15).
GENERIC_WORDS = frozenset(
    "困る 名前 利用 データ 登録 消す 使う 出来る できる 分かる わかる 確認 対応 問題 "
    "件 方 時 今 前 後 中 書 願い 連絡 質問 相談 教える 思う 方法 場合 状態 "
    "use data name problem issue help question please need anymore lately".split()
)


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def fold_plural(word: str) -> str:
    """invoices → invoice, deliveries → delivery; address, status and this stay."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("shes", "ches", "xes", "sses", "zes")):
        return word[:-2]  # crashes → crash, boxes → box
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stem(word: str) -> str:
    """A key under which an English word's forms meet (charged, charges, charge → charg);
    Japanese words are already in dictionary form."""
    if not word.isascii():
        return word
    word = fold_plural(word)
    for suffix in ("ing", "ed", "es"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def name_words(names: Iterable[str]) -> frozenset[str]:
    """The words of people's and companies' names (山田 太郎, ミナト商事, Grace Hopper), as
    content_words() would find them in a mail."""
    words: set[str] = set()
    for name in names:
        words |= _words_of_name(name)
    return frozenset(words)


@lru_cache(maxsize=4096)  # a customer writes many mails: their name is split once
def _words_of_name(name: str) -> frozenset[str]:
    flat = normalise(name)
    words = set(re.split(r"[\s,.・　]+", flat)) | {flat.replace(" ", "")}
    words |= set(content_words(flat))  # ミナト and 商事 of ミナト商事
    return frozenset(word for word in words if word)


def content_words(text: str, exclude: frozenset[str] = frozenset()) -> list[str]:
    """The words of `text` that say what it is about, in order, repeats kept."""
    flat = normalise(text)
    words = [
        fold_plural(word.strip("-'"))
        for word in _ENGLISH_WORD.findall(flat)
        if word not in STOP_TERMS and word not in exclude
    ]
    words = [word for word in words if word not in STOP_TERMS and len(word) > 2]
    if _HAS_JAPANESE.search(flat):
        words += _japanese_words(flat, exclude)
    return words


@lru_cache(maxsize=4096)
def adverbial_noun(word: str) -> bool:
    """One Japanese word that UniDic files as a noun usable as an adverb
    (名詞-普通名詞-副詞可能: 全部, 今回, 最近, 先日, 一部): time or amount, never a subject."""
    if not _HAS_JAPANESE.search(word):
        return False
    with _lock:
        analysed = _tagger().parse(word)
    tokens = [line.split("\t") for line in analysed.splitlines() if "\t" in line]
    return len(tokens) == 1 and len(tokens[0]) > 4 and tokens[0][4].endswith("副詞可能")


def loanword_head(token: tuple[str, str]) -> bool:
    """スマート of スマートフォン: a katakana adjective stem heading a compound."""
    surface, pos = token
    return pos.startswith("形状詞") and bool(_KATAKANA_ONLY.fullmatch(surface))


def _japanese_words(text: str, exclude: frozenset[str]) -> list[str]:
    with _lock:  # a MeCab tagger is not safe to share between threads mid-parse
        analysed = _tagger().parse(text)
    words: list[str] = []
    compound: list[tuple[str, str]] = []  # (surface, part of speech)

    def close() -> None:
        # A compound says more than its parts (二重請求); its parts and adjacent pairs
        # let it meet 「二重に請求」. A prefix or a number is no word alone (再, 二), and
        # short katakana parts are syllables of one loanword (ログ + イン), not words.
        while compound and compound[-1][1] == "接頭辞":
            compound.pop()
        parts = [surface for surface, _pos in compound]
        whole = "".join(parts)
        if len(parts) > 1 and _JAPANESE_WORD.fullmatch(whole):
            words.append(whole)
        for index, (surface, pos) in enumerate(compound):
            if index + 1 < len(parts) and len(parts) > 2:
                pair = surface + parts[index + 1]  # 二重 of 二重請求, 発行 of 再発行
                if _JAPANESE_WORD.fullmatch(pair) and pair != whole:
                    words.append(pair)
            if not pos.startswith("名詞-") or not _JAPANESE_WORD.fullmatch(surface):
                continue
            if len(parts) > 1 and _KATAKANA_ONLY.fullmatch(surface) and len(surface) < 3:
                continue
            if index and _KATAKANA_ONLY.fullmatch(surface) and loanword_head(compound[index - 1]):
                continue  # フォン of スマートフォン: a syllable of the loanword
            words.append(surface)
        compound.clear()

    for line in analysed.splitlines():
        fields = line.split("\t")
        if len(fields) < 5:
            close()
            continue
        surface, lemma, pos = fields[0], fields[3], fields[4]
        if (surface in STOP_TERMS and len(surface) > 1) or not _HAS_JAPANESE.search(surface):
            close()  # 今月 of 今月二重, 3 of 3名: no part of a topic's word
            continue
        if pos.startswith(_NOUN_PARTS) and "人名" not in pos and surface not in exclude:
            if pos == "接頭辞" and not re.fullmatch(r"[一-龥]", surface):
                close()  # ご, お: politeness, not part of the word
                continue
            if (pos.startswith("接尾辞") or "助数詞" in pos and len(surface) == 1) and not compound:
                continue  # 様 after a name, 料 after nothing: no word of its own
            compound.append((surface, pos))
            continue
        if loanword_head((surface, pos)):
            # スマート of スマートフォン: MeCab reads the loanword's head as an adjective
            # stem, which left 「フォン」 as a topic's word (walk 11, F-4). As a part it
            # joins the compound; alone (スマートな) it names nothing (close() skips it).
            close()
            compound.append((surface, pos))
            continue
        close()
        if pos.startswith(_INDEPENDENT) and _JAPANESE_WORD.fullmatch(lemma):
            words.append(lemma)
    close()
    return [word for word in words if word not in STOP_TERMS and word not in exclude]
