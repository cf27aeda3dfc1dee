"""Grammar helpers for Japanese business mail, shared by the Japanese side of the rules.

They read fugashi/UniDic tokens (see madoguchi.quality.morphology), so conjugated and
honorific forms are told apart by part of speech and conjugation form rather than by
spelling: 「返送してください」 is て形 + くださる命令形, 「ご確認ください」 is 接頭辞 ご + 名詞 +
くださる命令形, 「お待ちください」 is お + 連用形 + くださる命令形.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from madoguchi.quality.morphology import Token

# A figure the customer can act on: a number with a unit, a weekday, or a named day.
# 〇 counts: a template placeholder 「〇円」「〇日」 is meant to be filled in.
_NUMBER = r"[0-9０-９〇一二三四五六七八九十百千万]"
CONCRETE = re.compile(
    rf"(?<![数何]){_NUMBER}+\s*(円|日|時|分|秒|週|か月|ヶ月|カ月|ケ月|月|年|営業日|%|％|件|名|回|GB|MB|TB|行|台|枚|個|点|倍|割|万|千|ドル|ポイント)"
    r"|[0-9０-９]+[/／:：][0-9０-９]+"
    r"|本日|今日|明日|明後日|あす|今夜|今週中|今週末|今月末|今月中|月末|年内|来週中"
    r"|[月火水木金土日]曜|（[月火水木金土日]）|\([月火水木金土日]\)|午前中|正午"
)


def is_request_auxiliary(token: Token) -> bool:
    """くださる in 命令形 (ください) — the end of every 〜ください request."""
    return token.lemma == "下さる" and token.cform.startswith("命令形")


# A third person the customer is asked to make act: 「お子様に宿題をさせてください」 orders.
_CAUSEE = frozenset(
    ("子", "子供", "子ども", "息子", "娘", "家族", "社員", "従業員", "スタッフ", "部下", "犬", "猫")
)


def is_let_us(tokens: Sequence[Token], index: int) -> bool:
    """「ご相談させてください」「考えさせてください」「ご案内させてください」: causative + て +
    ください asks the customer to let US act; a courtesy about our own next step, not an order
    or a task (outside8 leave-domains-out: four clean sentences read as commands). 「知らせて
    ください」 is the verb 知らせる, not a causative; 「お子様に〜させてください」 is an order."""
    if index < 3 or tokens[index - 1].surface != "て":
        return False
    auxiliary = tokens[index - 2]
    causative = auxiliary.lemma == "させる" or (
        auxiliary.lemma == "せる" and tokens[index - 3].lemma == "為る"
    )
    if not causative:
        return False
    for position in range(1, index):
        token = tokens[position]
        if token.surface == "に" and token.pos1 == "助詞":
            before = tokens[position - 1]
            if before.lemma in _CAUSEE or before.surface in ("様", "さん", "君", "ちゃん"):
                return False
    return True


def te_form_before(tokens: Sequence[Token], index: int) -> int | None:
    """Start index of 'verb + て/で' right before tokens[index], or None.

    「返送して|ください」「送って|ください」「削除しないで|ください」 are て形 requests;
    「ご確認|ください」「お待ち|ください」 have no て and are the accepted honorific form.
    """
    if index < 2:
        return None
    particle = tokens[index - 1]
    if particle.surface not in ("て", "で") or particle.pos1 not in ("助詞", "助動詞"):
        return None
    verb = tokens[index - 2]
    if verb.pos1 not in ("動詞", "助動詞", "形容詞"):
        return None
    return predicate_start(tokens, index - 2)


def predicate_start(tokens: Sequence[Token], index: int) -> int:
    """Walk back over a verb chain (返送|し, 削除|し|ない, お|送り) to where it starts."""
    start = index
    while start > 0:
        previous = tokens[start - 1]
        current = tokens[start]
        if current.pos1 in ("助動詞",) or current.pos2 == "非自立可能" and current.pos1 == "動詞":
            if previous.pos1 in ("動詞", "名詞", "助動詞", "接頭辞", "形容詞"):
                start -= 1
                continue
        if current.pos1 == "動詞" and previous.pos1 == "接頭辞":
            start -= 1
            continue
        if current.pos1 == "名詞" and previous.pos1 == "接頭辞":
            start -= 1
            continue
        if (
            current.pos1 == "名詞"
            and previous.pos1 == "名詞"
            and "数詞" not in (previous.pos2, current.pos2)
        ):
            start -= 1  # a compound noun: ログ|イン, 再|起動
            continue
        break
    return start


def content_before(tokens: Sequence[Token], index: int) -> Token | None:
    """The nearest noun or verb before tokens[index], skipping particles and honorifics.

    It names the action a request asks for: 「ご返送を|お願いいたします」 → 返送,
    「送って|いただけますか」 → 送る, 「今後とも|よろしく|お願いいたします」 → 今後.
    """
    skip_lemmas = {
        "為る",
        "頂く",
        "下さる",
        "宜しい",
        "願う",
        "御",
        "程",
        "居る",
        "有る",
        "成る",
        "宜しく",
        "様",
    }
    position = index - 1
    while position >= 0:
        token = tokens[position]
        if token.lemma in skip_lemmas or token.pos1 in (
            "助詞",
            "助動詞",
            "接頭辞",
            "補助記号",
            "記号",
        ):
            position -= 1
            continue
        if token.pos1 in ("名詞", "動詞", "副詞", "形状詞", "形容詞", "代名詞", "接尾辞"):
            return token
        position -= 1
    return None


def is_past_after(tokens: Sequence[Token], index: int) -> bool:
    """Whether the first predicate after tokens[index] is in the past (〜た).

    「早急に対応いたしました」 reports what was done; 「早急に対応いたします」 promises.
    """
    seen_predicate = False
    for token in tokens[index + 1 :]:
        if token.surface in ("、", "，", "。") and seen_predicate:
            return False
        if token.pos1 in ("動詞", "形容詞") or token.lemma in ("ない", "だ", "です"):
            seen_predicate = True
        # 〜たら is a condition (「期限が近づいたら送られる」), not a report of the past.
        if (
            seen_predicate
            and token.lemma == "た"
            and token.pos1 == "助動詞"
            and token.surface not in ("たら", "だら")
        ):
            return True
        if (
            seen_predicate
            and token.pos1 == "助詞"
            and token.pos2 in ("接続助詞",)
            and token.surface not in ("て", "で")
        ):
            return False
    return False


# The last sentence's tokens and their command positions: imperative, request_without_reason
# (three times) and the learned layer ask for the same sentence's in turn (session 25). The
# tokens are held, so their id cannot be reused by another tuple; the pair is one tuple, read
# and replaced whole, so a thread never pairs one sentence's tokens with another's positions.
_LAST_COMMANDS: tuple[object, tuple[tuple[int, int, str], ...]] = (None, ())


def command_positions(tokens: Sequence[Token]) -> Sequence[tuple[int, int, str]]:
    """(start, end, kind) token spans of commanding forms; kind is "te" or "bare".

    "te": verb て形 + ください (「返送してください」「削除しないでください」), not the softened
    「〜てくださいませ」. "bare": 〜なさい, a plain 命令形 (送れ, しろ), or a sentence ending in
    verb 連体形 + こと (「提出すること。」).
    """
    global _LAST_COMMANDS
    last = _LAST_COMMANDS
    if tokens is last[0]:
        return last[1]
    positions = tuple(_command_positions(tokens))
    _LAST_COMMANDS = (tokens, positions)
    return positions


def _command_positions(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if is_request_auxiliary(token):
            if following is not None and following.surface == "ませ":
                continue
            start = te_form_before(tokens, index)
            # 「お大事になさってください」: なさる honours the customer; a courtesy, not an order.
            # So do 「おっしゃって」「いらっしゃって」「召し上がって」 (fresh-eval44 d-ja-020:
            # 「お名前をおっしゃってください」).
            if (
                start is not None
                and all(t.lemma not in HONOURING_VERBS for t in tokens[start:index])
                and not is_let_us(tokens, index)
            ):
                found.append((start, index, "te"))
        elif (
            token.lemma == "為さる"
            and token.cform.startswith("命令形")
            and index > 0
            # 「ごめんなさい」「お帰りなさい」「おやすみなさい」: greetings, not orders.
            and tokens[index - 1].surface not in _GREETING_BEFORE_NASAI
        ):
            found.append((_verb_start(tokens, index), index, "bare"))
        elif (
            token.pos1 == "動詞"
            and token.cform.startswith("命令形")
            and token.lemma not in _COURTEOUS_IMPERATIVES
            # 「はやせ会計の早瀬です」: a 命令形 straight before a noun is a name MeCab misread
            # (はやせ as 生やす), not an order (fresh11-d-ja-002's sender line).
            and (following is None or following.pos1 != "名詞")
            # 「何とかしろと言われても困ります」: an order quoted, not given (fresh-eval29).
            and not (following is not None and following.surface in ("と", "って"))
        ):
            found.append((_verb_start(tokens, index), index, "bare"))
        elif (
            token.surface == "こと"
            and token.pos1 == "名詞"
            and index > 0
            and _ends_sentence(tokens, index)
        ):
            previous = tokens[index - 1]
            # 提出する|こと, 済ませ|る|こと (causative), 削除し|ない|こと
            if previous.cform.startswith("連体形") and previous.pos1 in ("動詞", "助動詞"):
                found.append((_verb_start(tokens, index - 1), index, "bare"))
        elif (
            token.lemma == "様"
            and token.pos2 == "助動詞語幹"
            and 0 < index < len(tokens) - 1
            and tokens[index + 1].surface == "に"
            and _ends_sentence(tokens, index + 1)
            and tokens[index - 1].pos1 in ("動詞", "助動詞")
            and tokens[index - 1].cform.startswith("連体形")
            and tokens[index - 1].lemma != "ます"  # 「楽しいご旅行になりますように」: a wish
        ):
            # 「確認しておく|よう|に。」: a sentence that ends on 〜ように is a directive.
            found.append((_verb_start(tokens, index - 1), index + 1, "bare"))
    return found


_GREETING_BEFORE_NASAI = {"ごめん", "御免", "お帰り", "おかえり", "お休み", "おやすみ", "ご免"}

# Verbs that honour the customer (尊敬語): a request made with one is already polite.
HONOURING_VERBS = frozenset({"為さる", "仰る", "いらっしゃる", "召し上がる"})
# 命令形 that are set phrases of courtesy (いらっしゃいませ), not orders.
_COURTEOUS_IMPERATIVES = {"いらっしゃる", "下さる", "為さる", "召す", "ます"}


def _ends_sentence(tokens: Sequence[Token], index: int) -> bool:
    return all(token.pos1 in ("補助記号", "記号") for token in tokens[index + 1 :])


def _verb_start(tokens: Sequence[Token], index: int) -> int:
    """Back to the start of 「確認し|なさい」「提出|する|こと」: one noun at most."""
    start = index
    while (
        start > 0
        and tokens[start - 1].pos1 in ("動詞", "名詞", "助動詞", "接頭辞")
        and tokens[start - 1].pos2 != "数詞"
    ):
        start -= 1
        if tokens[start].pos1 == "名詞":
            break
    return start


def has_concrete_figure(text: str) -> bool:
    return CONCRETE.search(text) is not None


_REASON_WORDS = re.compile(
    r"ので|(?<!あら)ため|必要|できるよう|ように|(?:[うくつぬむるぐぶい]|(?<!ま)す)よう[、,]|ことで(?!す)|により|によって|都合(で|により|上)|観点|目的|次第|"
    r"場合|ましたら|ようでしたら|であれば|なら[ばず、]|れば|おかげ|関係で|の上で|のうえで|た上で|たうえで|確認が取れ|[のなるた]方は|"
    # Session 23: a purpose said as what must not happen, with no comma after it (「薬剤が
    # かからないよう食器をしまっておいてください」「濡れないよう袋に入れて」); not the
    # request itself (「走らないようにしてください」「お忘れのないようお願いします」) nor
    # "seems" (ないようです).
    r"ないよう(に)?(?!(に)?(して|する|し|お願い|願|ご|注意|気を|です|だ|な|で))|"
    # Session 27 (fresh-eval26 s-ja-052): 「〜場合に備えて、…」 names what it is for.
    r"備え(て|、|,)|"
    # Session 35 (fresh-eval40): what it is for (「作品の持ち帰り用に、」「発送を止めるには、」) and
    # the trouble it is for (「現地で困ったことが起きたら、」).
    r"に(使い|使わせていただき|利用させていただき|役立て)ます|用に[、,]|(る|う|く|す|つ|む|ぶ|ぐ)には[、,]|(困っ|困る|問題が|トラブルが|何かあっ|異常が)[^。、]{0,8}ら[、,]"
)
_NOT_REASON = re.compile(
    r"念のため|念の為|ご確認のため|確認のため(?:に)?[、,]?$|差し支え(なければ|ございませんでしたら)|よろしければ|可能であれば|できましたら"
)


# 「〜の際は」「〜ときは」: when, not why. A circumstance for most requests (「お振込みの際は、
# 会員番号を入力していただけますでしょうか」 says which payment), but no reason for being asked
# to bring, show or write something (「ご来場の際は、身分証明書をお持ちください」: why the ID?).
_OCCASION = re.compile(r"際[はに、]|とき[は、]")


# Session 25: with occasion=False, a condition that is only the customer's own planned act
# (「教室を欠席する場合は、前日までに連絡してください」「法人でのお取引の場合は、免許の写しを
# 送ってください」「フィルムを送るときは、パトローネごと送ってください」) says when the rule
# applies, not why it is asked: outside writers label such requests with no reason (21 of 24
# in the hand data, fresh-eval21 all six). A trouble or a wish in the clause is the reason
# (「ログインできない場合は」「ランプが点滅しているときは」「ご希望の場合は」).
_CONDITION_CLAUSE = re.compile(r"[^、。,]*?(場合|際|とき|(?<![0-9０-９])時)(は|には|に|、)")
_TROUBLE_OR_WISH = re.compile(
    r"ない|なく|ず[、に]|エラー|不具合|故障|異常|点滅|表示され|鳴|届か|難し|優れ|異議|問題|困|"
    r"紛失|なくし|なくされ|壊|破損|汚れ|遅れ|遅く|痛|体調|悪い|合わない|希望|必要|(?<=[いきしちにびみりえけせてねべめれぎじ])たい(?=場合|とき|際|方)|興味|関心|急ぎ|不明|心配|不安|疑問|わから|分から|"
    # A need of the customer's own (「車いすでご乗車の際は、係員にお声がけいただけますか」).
    r"車いす|車椅子|ベビーカー|アレルギー|お体|障がい|障害|"
    # Session 34 (fresh-eval37 s-ja-010): a symptom on the body is the reason for a safety
    # step (「赤みやかゆみが出た場合は使用をやめて、皮膚科を受診してください」).
    r"赤み|かゆみ|痒み|腫れ|発疹|湿疹|かぶれ|ヒリヒリ|出血|発熱|熱が|めまい|吐き気|しみる|しびれ"
)


def _without_planned_acts(text: str) -> str:
    def keep(match: re.Match[str]) -> str:
        clause = match.group(0)
        if _TROUBLE_OR_WISH.search(clause) or _REASON_WORDS.search(clause.replace("場合", "")):
            return clause
        return ""

    return _CONDITION_CLAUSE.sub(keep, text)


def states_reason(masked_text: str, occasion: bool = True) -> bool:
    """A reason or circumstance clause: ため/ので/〜に必要/〜できるよう/conditional; with
    occasion=False a condition naming only the customer's planned act (〜の際は, 〜する場合は)
    is none.

    念のため ("just in case") is not a reason the customer can weigh; あらためて is no ため.
    """
    text = _NOT_REASON.sub("", masked_text.replace("念のため", ""))
    if occasion and _OCCASION.search(text):
        return True
    if not occasion:
        if any(
            _OCCASION.search(match.group(0)) and _TROUBLE_OR_WISH.search(match.group(0))
            for match in _CONDITION_CLAUSE.finditer(text)
        ):
            return True  # 「耳抜きができないときは」: the trouble is the reason
        text = _without_planned_acts(text)
    text = re.sub(
        r"ように\s*[。.!！]?\s*$", "", text
    )  # 「〜しておくように。」 is an order, not a purpose
    return (
        _REASON_WORDS.search(text) is not None
        # The plain form too, as a teacher says it: 「変更点が多いから、〜読み込んでおきなさい」
        # (fresh-eval43 s-ja-049).
        or re.search(r"(です|ます|した|[いただる])から[、,]", text) is not None
    )


def verb_renyou(token: Token) -> str:
    """連用形 (送る → 送り, 入れる → 入れ) from a verb token's dictionary form and type."""
    base = token.orth_base or token.surface
    kind = token.ctype
    if kind.startswith("五段"):
        row = {
            "う": "い",
            "く": "き",
            "ぐ": "ぎ",
            "す": "し",
            "つ": "ち",
            "ぬ": "に",
            "ぶ": "び",
            "む": "み",
            "る": "り",
        }
        return base[:-1] + row.get(base[-1], base[-1])
    if kind.startswith(("上一段", "下一段")) and base.endswith("る"):
        return base[:-1]
    return base


# 漢語 take ご, but these everyday ones take お (お電話, お返事 …).
_O_NOUNS = {
    "電話",
    "返事",
    "手紙",
    "約束",
    "時間",
    "名前",
    "支払い",
    "支払",
    "手続き",
    "申し込み",
    "申込",
    "問い合わせ",
    "振込",
    "振り込み",
    "届け",
    "知らせ",
    "見積もり",
    "写真",
}
_KANJI = re.compile(r"^[\u4e00-\u9fff]+$")
# Operations on a thing, not acts toward us: no prefix (「キャッシュの削除をお願いいたします」,
# not 「ご削除」, walk 24 H9).
_BARE_NOUNS = frozenset(
    "削除 消去 保存 起動 終了 解除 接続 切断 充電 印刷 再生 停止 掃除 清掃 洗浄 圧縮 解凍 "
    "初期 再読 点検 交換 装着 取付 分解 組立 乾燥 冷却 加熱 撮影 録画 録音 複製".split()
)


def honorific_noun(noun: str) -> str:
    """お/ご + noun where the prefix is natural (ご返送, お電話), else the bare noun (再起動,
    削除)."""
    if noun in _O_NOUNS:
        return "お" + noun
    if _KANJI.match(noun) and len(noun) == 2 and noun not in _BARE_NOUNS:
        return "ご" + noun
    return noun


# Operating a device or a screen: the verbs of a fix the customer carries out for themselves.
_OPERATING = frozenset(
    """押す 長押し 抜く 差す 挿す 差し直す 挿し直す 入れ直す 再起動 起動 開く 閉じる
    タップ クリック 選ぶ 選択 切る 外す 待つ 試す 更新 戻す 回す 長押しする 入力
    切り替える 立ち上げる 押し直す 設定 再設定 登録 ログイン インストール ダウンロード
    保存 アップデート 追加 貼り付ける 読み込む""".split()
)
_SWITCHED_ON = re.compile(r"(電源|スイッチ|チェック|電池|バッテリー|SIM|カード)を[^。]{0,10}入れ")
_CONDITION = re.compile(r"(場合|とき|時|際)[はに、]|(たら|れば)[、,]")
# 「以下の手順で再設定してください」「次の値を入力してください」: the sentence that opens the
# steps the customer asked for (outside drafts, session 8: clean replies flagged for it).
_ANSWERING = re.compile(
    r"^\s*(ご質問の|お尋ねの|お問い合わせの|ご相談の)|(以下|下記|次)の(手順|方法|とおり|通り|値|設定|内容|画面)|"
    # 「文字化けの件、取り込み画面で文字コードを選んでください」: the customer's matter named
    # as the topic, then where to do what: the fix asked for (walk 13 F6).
    r"^\s*[^。、]{1,24}件(ですが|は|につきましては|について(は)?)?[、,][^。]{0,30}(画面|メニュー|設定|タブ|ボタン|欄|アプリ)(で|から|の)"
)


# Session 32 (fresh-eval34 s-ja-135): 「鍵盤の上に物を置かないでくださいと、以前にもお願いした
# はずです」 reports a request made before; the sentence asks nothing now (what it does is
# condescending's: the reproach for asking again).
_REPORTED_REQUEST = re.compile(
    r"(ください|下さい)と[、,]?[^。]{0,16}(お願い|申し上げ|お伝え|ご案内|書い|記載|言っ|注意)"
)


def reports_a_request(masked: str) -> bool:
    """Whether the sentence's only 「ください」 is a request it reports (「〜てくださいと、以前にも
    お願いしました」), not one it makes."""
    return (
        _REPORTED_REQUEST.search(masked) is not None
        and masked.count("ください") + masked.count("下さい") == 1
    )


def is_troubleshooting_step(tokens: Sequence[Token], masked: str, start: int) -> bool:
    """「エラーが再び表示された場合は、〜ボタンを押してください」「ご質問の「月次締め」は、〜を
    開いて、〜を押してください」: how to fix a symptom, or the steps the customer asked for, told
    as what to press; help, not an order. Obligations (必ず, 電話してください) stay orders."""
    if "必ず" in masked or not (_CONDITION.search(masked) or _ANSWERING.search(masked)):
        return False

    def names(token: Token) -> set[str]:
        return {token.lemma.split("-")[0], token.surface}

    words = names(tokens[start])
    if tokens[start].pos1 == "接頭辞" and start + 1 < len(tokens):
        words |= names(tokens[start + 1])  # 再|設定|して
    if tokens[start].lemma in ("為る", "直す") and start > 0:
        words |= names(tokens[start - 1])  # 長押し|して, 差し|直して
    if "入れる" in words and _SWITCHED_ON.search(masked):
        # 「電源を入れてください」; 「箱に入れてください」 is packing, an order (fe27 s-ja-157).
        return True
    return not words.isdisjoint(_OPERATING)
