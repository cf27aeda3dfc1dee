"""request_without_reason: asks the customer to do something without saying why.

A request is a くださる/いただく/お願い form whose action is work for the customer (send,
fill in, restart, pay …). It needs a reason or circumstance (ため, ので, 〜に必要, 〜できるよう,
a condition 〜場合は/〜ましたら) in the sentence or right beside it. Requests that cost the
customer nothing need none: waiting (お待ちください), accepting (ご了承ください), reading what
we attached (添付の資料をご確認ください), closings (よろしくお願いいたします) and offers
(お気軽にお問い合わせください).

Where a good mail puts the reason, so none of these is a finding:
- the sentence before, pointed at by a connective (「…時期が近づいてまいりました。つきましては、
  〜お知らせいただけますでしょうか」 / "So, could you …");
- the sentence after, as a requirement or a consequence (「…のない用紙では登録ができない決まり
  となっております」 / "The Home Office requires …"), or in English any statement right after
  the request (or after its semicolon) that is not our next step ("We'll reply then");
- the request itself asks for the customer's own choice (「ご希望をお聞かせください」), or is a
  step of the fix for a symptom, or of the procedure the customer asked for (「エラーが出た場合
  は、〜ボタンを押してください」「ご質問の〜は、〜を開いて〜を押してください」);
- "Reply and I'll update the quote": a command whose clause goes on to what we then do.
"""

# Phrase lists and Japanese messages stay one unit per line, to be read and diffed whole.
# ruff: noqa: E501

from __future__ import annotations

import re
from collections.abc import Sequence

from madoguchi.quality.lint import english, japanese
from madoguchi.quality.lint.base import Document, Finding, Level, Sentence
from madoguchi.quality.lint.rules.dismissive import about_the_same, refuses
from madoguchi.quality.lint.rules.imperative import COME_AND_ENJOY_JA
from madoguchi.quality.lint.rules.purpose_not_upfront import _words
from madoguchi.quality.morphology import Token

ID = "request_without_reason"

# Actions that ask nothing of the customer, or ask only for patience or goodwill.
_FREE_ACTIONS = {
    "待つ",
    "了承",
    "容赦",
    "理解",
    "安心",
    "放念",
    "許す",
    "査収",
    "自愛",
    "検討",
    "今後",
    "引き続き",
    "以上",
    "何卒",
    "どうぞ",
    "是非",
    "ぜひ",
    "気軽",
    "遠慮",
    "協力",
    "配慮",
    "周知",
    "活用",
    "利用",
    "使う",  # 「返却は、同封の伝票をお使いください」: the means for what they are doing, like ご利用
    "参考",
    "注意",
    "一読",
    "承知",
    "確認",
    "参照",
    "覧",
    "ご覧",
    "時間",
    "猶予",
    "指導",
    "鞭撻",
    "お越し",
    "越す",
    "来る",
    "立ち寄る",
    "気",
    "進む",
    "過ごす",
    "楽しみ",
    "期待",
    "問い合わせる",  # 「〜にお問い合わせください」: an offer, or (elsewhere) the dismissive rule's business
}
# 確認/参照 are free only when they point at what we sent; otherwise they ask for a check.
_OUR_CONTENT = re.compile(
    r"添付|下記|以下|上記|資料|URL|ＵＲＬ|ページ|マニュアル|ヘルプ|ガイド|記事|FAQ|案内|メール|リンク|詳細|請求書|見積書"
)
_REQUEST_TAIL = re.compile(
    r"いただけ(ます|ません|ない)(でしょう)?か|いただけますと幸い|いただければ幸い|いただきたく|いただきますよう|いただけますよう|"
    r"いただけると(助かり|幸い)|いただく(必要|よう)|くださいますよう|お願い(いたし|し|申し上げ|できます)"
)
_CASUAL_TAIL = re.compile(
    r"もらえ(ます|ません|ない)(でしょう)?(か|[？?])|もらえる?[？?]|もらえ(ると|れば)(助かり|幸い|嬉し|うれし)|もらいたい"
)
_OFFER = re.compile(
    r"お気軽に|いつでも|遠慮なく|ご不明な点|ご不明点|ご不安な点|ご心配な点|ご質問があれば|ほかにも|他にも|"
    # Comfort, not work asked for: 「どうかお気になさらないでください」「ご心配なさらないでください」.
    r"(お?気に|ご?心配)(なさらない|されない|しない)で(ください|くださいませ)|"
    # Session 16: where to send questions (「ご質問は事務所（平日9〜17時）までお寄せください」,
    # fresh12-d-ja-012, a clean notice) invites, it asks for no work.
    r"(ご質問|ご意見|お問い合わせ|ご相談)(など|等)?(は|につきましては|については)[、,]?[^。]{0,30}(まで|へ|宛て)[、,]?(お寄せ|ご連絡|お問い合わせ|お電話|メール)"
)
_CLOSING = re.compile(
    r"^((今後とも|引き続き|何卒|どうぞ|以上|本年も|今年も)[、,]?\s*)*(よろしく|宜しく)"
)
# Session 16: the closing formula with ourselves as its object — 「引き続き当スクールをよろしく
# お願いいたします」「これからもみどり学生服店をよろしくお願いいたします」「今後とも当店の
# サービスをよろしく」 — asks for goodwill, not work; with a task as the object
# (「引き続き、書類のご提出をよろしくお願いいたします」) it is a request like any other.
_CONTINUING = r"今後とも|今後も|引き続き|これからも|来年も|来季も|来シーズンも|本年も|今年も|変わらず|末永く|また"
_CLOSING_WITH_OBJECT = re.compile(
    rf"(^|[、,。]\s*)(?P<continuing>(({_CONTINUING}|どうぞ|何卒)[、,]?\s*)*)(?P<object>[^。、,]{{1,30}}?)(を|のことを)[、,]?\s*(どうぞ|何卒)?\s*(よろしく|宜しく)お願い"
)
_TASK_NOUN = re.compile(
    r"提出|返送|返却|返品|確認|連絡|入金|支払|振込|振り込み|手続|回答|記入|送付|返信|準備|持参|登録|申し込|申込|予約|検討|記載|署名|捺印|押印|変更|解約|キャンセル|受け取り|受取|来店|来院|対応|協議|清算|精算|書類|写真|資料|用紙|フォーム"
)
_OURSELVES = re.compile(
    r"^(当|弊|私ども|わたくしども)|(店|院|社|スクール|クリニック|ホテル|リゾート|クラブ|教室|サロン|サービス|工房|旅館|センター|協会|薬局|歯科|病院|学園|塾|ショップ|ストア|オークション|交通|館|園|サイト|アプリ|ブランド|商品|製品|スタッフ|一同|グループ|ジム|スタジオ|ファーム|醸造所)$"
)


def closing_formula_ja(masked: str) -> bool:
    """The sentence is a closing: よろしく with nothing before it, or with ourselves (our shop,
    our service) as its object; a task as the object is a request."""
    text = masked.strip()
    if _CLOSING.match(text):
        return True
    for match in _CLOSING_WITH_OBJECT.finditer(text):
        thing = match.group("object").strip()
        if _TASK_NOUN.search(thing):
            continue
        if match.group("continuing") or _OURSELVES.search(
            re.sub(r"の?(ご利用|ご愛顧)$", "", thing)
        ):
            return True
    return False


# Closing formulas asking for the customer's goodwill, not for work: 「今後とも変わらぬご愛顧を
# 賜りますよう、お願い申し上げます」「変わらぬお引き立てを賜りますよう」「末永くお付き合い
# くださいますよう」, "Please continue to choose us" (fresh-eval12's clean drafts drew a
# finding on the first). The whole sentence must be that formula: a task beside it still counts.
_GOODWILL_JA = re.compile(
    r"^[^。]{0,24}(ご愛顧|愛顧|お引き立て|お引立て|引き立て|ご贔屓|ごひいき|ご厚情|ご高配|ご厚誼|お力添え|末永く|お付き合い|ご用命|ご愛読|ご愛用|ご支援|ご指導|ご鞭撻)"
    r"[^。]{0,20}(賜り|賜わり|いただき|いただけ|くださいます|下さいます|くださる)?[^。]{0,6}(よう|ほど)[、,]?\s*(何卒|どうぞ|よろしく|宜しく)?\s*(お願い|願い)"
)
# 「ぜひまたお店やサイトをのぞいてみてください」「ぜひ一度お試しください」: an invitation to
# something the customer may enjoy asks nothing of them that needs a reason (outside8 t8d-096).
# (「ぜひまた来てください」 after what to come for is imperative.COME_AND_ENJOY_JA's.)
_INVITATION_JA = re.compile(
    r"(ぜひ|是非)(また|一度|とも|お気軽に)?[、,]?[^。]{0,30}(のぞいて|覗いて|お越し|お立ち寄り|お試し|試して|ご利用|ご覧|お楽しみ|楽しんで|ご参加|遊びに|お声がけ|味わって|ご賞味|に来て|にいらして)|"
    # Session 37: the customer's own enjoyment or rest (「冷めないうちにお召し上がりください」
    # 「ゆっくりお休みになってください」) is a courtesy, no task.
    r"(召し上がって|お召し上がり|お休みになって|おくつろぎ|お楽しみ|楽しんで)(ください|くださいませ|くださいね)|"
    + COME_AND_ENJOY_JA.pattern
)
_GOODWILL_EN = re.compile(
    r"^\s*(please\s+)?(continue to|keep)\s+(choos|us(e|ing)|support|trust|shop|fly|stay|rely|visit|think of|count on)\w*\s+(us|with us|on us|our)\b|"
    # Session 16: ourselves by name ("Please continue to choose Hopline Craft Beer Club", "Please
    # keep trusting Clearview Opticians with your eyes"), the whole sentence being that formula.
    r"^\s*(please\s+)?(continue to|keep)\s+(choos|support|trust|shop|fly|stay|rely|visit|think of|count on)\w*\s+((at|with|on)\s+)?(the\s+)?(?-i:[A-Z])[\w&'’.-]*(\s+(?-i:[A-Z])[\w&'’.-]*){0,4}(\s+(for|with|in|again|next|this|whenever)\b[^.!?]{0,40})?\s*[.!]?\s*$",
    re.IGNORECASE,
)

MESSAGE = (
    "お客様に手間をお願いしていますが、理由が書かれていません。「〜のため」「〜に必要となりますので」と理由を添えると、納得して対応していただけます。",
    'This asks the customer to do something without saying why. Add the reason ("so that we can …", "because …").',
)


# 「キャンセルは2日前までにお願いしていたはずです」「先月からお願いしております帳簿の提出が
# まだのようです」: a request made before, reported (a reproach, or a reminder whose request,
# if any, comes in a sentence of its own); not a request this sentence makes (fresh-eval12
# d-ja-039, fresh-eval11 d-ja-040).
_ASKED_BEFORE = re.compile(
    r"願い(いたし|し)て(い|おり)(た|まし)|願い(いたし|し)た(はず|とおり|通り|件|ように|もの|のに|が|けれど)|"
    r"願い(いたし|し)て(い|おり)(る|ます)(?=[\u4e00-\u9fffごお])"
)


# 「〜お控えいただくようお伝えしておりましたが」: the request as we made it before, reported
# (fresh-eval63 s-ja-032); the same as _ASKED_BEFORE, with the request word after いただく.
_TOLD_BEFORE = re.compile(
    r"いただく(よう|ように)[^。]{0,4}(お伝え|お願い|ご案内|ご説明|申し上げ)(いたし|し)て(い|おり)(た|まし)"
)


def _request_actions(tokens: Sequence[Token], masked: str) -> list[tuple[int, Token | None, bool]]:
    """(token index of the request word, the action it asks for, whether it is a command)."""
    found: list[tuple[int, Token | None, bool]] = []
    for index, token in enumerate(tokens):
        if token.surface == "願い" and _is_closing(tokens, index):
            continue
        if token.surface == "願い" and _ASKED_BEFORE.match(masked, token.start):
            continue  # 「お願いしていたはずです」: what we asked before, told, not asked now
        if japanese.is_request_auxiliary(token) and japanese.is_let_us(tokens, index):
            continue  # 「ご相談させてください」: our own next step, asked leave for
        if japanese.is_request_auxiliary(token) or (
            token.lemma == "願い" or token.surface == "願い"
        ):
            found.append((index, japanese.content_before(tokens, index), False))
        elif (
            token.lemma == "頂く"
            and token.start < len(masked)
            and _REQUEST_TAIL.match(masked, token.start)
            and not masked[: token.start].endswith(("させて", "せて"))
            and not _TOLD_BEFORE.match(masked, token.start)
        ):
            # 「確認させていただきたく」 is what we will do, asked politely; not work for the customer.
            found.append((index, japanese.content_before(tokens, index), False))
        elif (
            token.lemma == "貰う"
            and masked[: token.start].endswith(("て", "で"))
            and not masked[: token.start].endswith(("させて", "せて"))
            and _CASUAL_TAIL.match(masked, token.start)
        ):
            # 「写真、送ってもらえます？」: the plain form of the same request (fresh-eval59
            # s-ja-039).
            found.append((index, japanese.content_before(tokens, index), False))
    for start, _end, _kind in japanese.command_positions(tokens):
        found.append((start, tokens[start], True))
    return found


def _is_closing(tokens: Sequence[Token], index: int) -> bool:
    """「〜が、よろしくお願いいたします」: よろしく with no 「Xのほど」「Xを」 before it is a closing."""
    position = index - 1
    while position >= 0 and tokens[position].pos1 == "接頭辞":
        position -= 1
    if position < 0 or tokens[position].lemma != "宜しく":
        return False
    before = [
        token.surface for token in tokens[max(0, position - 2) : position] if token.surface != "、"
    ]
    return not (before and before[-1] in ("を", "ほど"))


# 「ご希望をお聞かせください」「ご都合のよい日時をお知らせください」: asking for the customer's
# own choice is an offer; the choice is theirs to make, not work to explain.
_THEIR_CHOICE = re.compile(
    r"(ご希望|ご都合|ご要望|ご意向|ご感想|ご意見|お好み)(の[^。、]{0,12})?(を|について|など)[^。]{0,16}(お?聞かせ|お?知らせ|お?教え|ご連絡|ご返信|お伝え)|"
    # 「12月12日のお届けでよろしいか、ご返信いただけますでしょうか」「以下のいずれかをお選び
    # いただけますでしょうか」「ご確認をお願いしたくご連絡しました」: the customer's own choice,
    # or the mail saying what it is for (outside drafts, session 8).
    # 「醤油味をお送りするか、その分を返金するか、お選びいただけますか」: the two ways named.
    r"(る|す|う|く|む|ぶ|ぐ|つ)か[、,][^。]{1,40}(る|す|う|く|む|ぶ|ぐ|つ)か[、,]\s*(お選び|お決め|選んで|決めて|お知らせ|ご指示|ご返信)|"
    r"よろしいか[、,]|いずれか(を|に|で)|どちらか(を|に|で)|(お願い|ご確認|ご相談|お伺い|お尋ね)(いた)?したく|"
    # 「ご希望でしたら、このメールにご返信ください」: an offer the customer may take up, not a
    # task (fresh-eval6 gd-045, a clean reply offering a free trial lesson).
    r"(ご希望|ご興味|ご関心|ご入用|必要|お急ぎ)(でしたら|の場合は?|であれば|がございましたら|がありましたら|があれば|がおありでしたら)"
)


def _needs_reason(action: Token | None, masked: str, command: bool) -> bool:
    if action is None:
        return False
    if not command and _THEIR_CHOICE.search(masked):
        return False
    if command:  # 「確認しなさい」 orders a task, whatever the verb
        return action.lemma != "待つ"
    name = action.lemma if action.pos1 == "動詞" else action.surface
    if action.surface in ("確認", "参照", "ご覧", "覧"):
        # 「ご確認ください」 alone or about what we sent costs nothing; 「設定をご確認ください」 is a task.
        return re.search(r"[をがは]", masked) is not None and not _OUR_CONTENT.search(masked)
    return name not in _FREE_ACTIONS and action.surface not in _FREE_ACTIONS


# 「…必ず入れてください。そうでなければ、納期はお約束できかねます」: what follows if it is not
# done, however curtly put, is the request's reason (fresh-eval53 s-ja-065).
_IF_NOT_JA = re.compile(
    r"^\s*(そうでなければ|そうでない場合(は)?|でなければ|さもないと|さもなければ|そうでないと)"
)
# The sentence after a request may give its reason as a consequence or a requirement:
# 「処理券の貼られていないものは収集できない決まりとなっております」.
_CONSEQUENCE_JA = re.compile(
    r"^\s*(そうでなければ|そうでない場合|でなければ|さもないと|さもなければ)|でき(ません|かね|ない|ず)|いたしかね|決まり|規定|必須|義務|要件|法律|法令|求められ|(ない|なければ|ないと)[^。]{0,20}(なり|なっ)|"
    # What we use it for, said after the request: 「入金の照合に使用いたします」 (session 13).
    r"(に|へ)(使用|利用|活用)(いたし|し|させていただき)|に(使わせて|用い)|"
    # fresh-eval57 s-ja-040: 「クラス分けの参考にいたします」.
    r"の参考に(いたし|させていただき|し)ます|"
    # fresh-eval51 s-ja-112: 「番号から製造ロットを特定し、…確認いたします」 — what we find from it.
    r"^[^。]{0,16}(番号|写真|画像|情報|データ|ログ|記録|控え|数値|型番|シリアル|お名前|レシート|明細)"
    r"(から|をもとに|を元に|を基に|を手がかりに|を照合して)[、,]?[^。]{0,30}(特定|判別|照合|お調べ|調べ|割り出|お探し|探し)|に[、,]?[^。]{0,24}を(使用|利用|活用)(いたし|し|させていただき)|"
    # fresh-eval63 s-ja-148: 「…写真を撮っていただけますか。同じロットの出荷を止めるべきかどうか、
    # その写真で判断したいと考えています」 — what we decide with the thing asked for.
    r"その(写真|画像|資料|書類|データ|情報|記録|番号|ログ|ファイル|動画|控え)(で|を見て|をもとに|を元に|から)[、,]?[^。]{0,20}(判断|決め|確認|判定|見極め|特定)|"
    # Session 23: what follows if it is not done, said after the request — a refusal or a
    # penalty (「巻いた後の返品は受け付けません」「当日の連絡は受け付けない」「盗まれたら弁償です」
    # 「遅れたチームは不戦敗とする」), or the harm (「補充の邪魔です」「故障の原因になります」).
    r"受け?付け(られ)?(ません|ない|かね|できません)|お断り|弁償|自己負担|実費|対象外|無効|失格|不戦敗|"
    # fresh-eval42 s-ja-014: the harm as a risk (「〜でけがをする恐れがあります」).
    r"邪魔|危険|故障の原因|原因(に|と)(なり|なる)|(たら|れば|ないと)[^。]{0,30}(です|となり|になり|となる|になる)|(恐れ|おそれ)(が|も)?(あり|ござい)|"
    # fresh-eval44 d-ja-012: what doing it makes possible (「〜12月6日には間に合います」).
    r"間に合い(ます|ません)"
)
# 「届いたらすぐ冷凍庫に入れてください、常温だと2日で固くなります」「リストバンドを着けて
# ください、なくすと再発行に500円かかります」: the reason said after a comma, in the same
# sentence, as what happens otherwise (fresh-eval14 s-ja-012, -019).
_REASON_AFTER_COMMA_JA = re.compile(
    r"(ください|下さい|なさい|願いします|願いいたします)[、,][^。]*?"
    r"((だと|と|ば|たら|ては|では)[、,]?[^。]{1,30}(ます|です|ません|なる|なり|かかり|かかる|しまい)|ため|ので|から(です)?[。]?$)"
)
# A request opening with a connective takes the sentence before as its reason.
_CONNECTIVE_JA = re.compile(
    r"^\s*(つきましては|そのため|そこで|したがって|従いまして|したがいまして|このため|そのような(事情|理由)から|"
    # 「その後、」「完了後、」: the next step of a process the sentence before describes (ours,
    # or the one the customer asked for); the process is the reason.
    r"その後|そのあと|完了後|(完了|終了|到着|受け取り|お受け取り)(し|いたし)?(ましたら|次第|後))"
)


# A request to mention what the sentence before said takes that sentence as its reason
# (fresh-eval21 s-ja-144).
_POINTS_BACK_JA = re.compile(r"その旨|そのこと|その件|その点")


# A rule or deadline stated just before the request is its reason, as much as one after it
# (the walker's 「2027年1月15日から、管理者アカウントでは二段階認証が必須になります。それまで
# に、〜設定をお済ませいただけますと幸いです」).
_REQUIREMENT_JA = re.compile(
    r"必須|義務|(必要|不要|有効|無効|終了|停止|変更)(に|と)(なり|なる|なっ)|決まり|規定|要件|法律|法令|求められ|期限|"
    # What is missing or wrong in what the customer sent, stated just before the request to
    # put it right (train9: 「調査書に校長印が押されておりませんでした。恐れ入りますが、押印済み
    # の調査書を〜ご郵送いただけますでしょうか」): the defect is the reason.
    r"不備|不足|漏れ|抜け|誤り|(押され|記入され|記載され|添付され|同封され|入って|届いて|確認でき)(て)?(おり|い)?ませんでした|(押され|記入され|記載され|添付され|同封され|届いて)(て)?(おり|い)ません|"
    # Session 17: what is lacking on either side, said just before the request that settles
    # it (「戸籍謄本が足りておりません」「取っ手の色をまだ伺っておりませんでした」「産地の不作で
    # 入荷できないことになりました」 → choose another, or cancel).
    r"足りて(おり|い)ません|まだ(伺|いただ|頂|お聞き)(って|いて|け|き)?(おり|い)?ません|(入荷|ご用意|用意|お届け|提供|ご提供|販売|生産)(でき|いたしかね)(ない|ません|かね)|できないことになり"
)
# 「お申し込みは、次の手順でお願いいたします。」 followed by the numbered steps, "Please follow
# these steps:": the request introduces the procedure the customer asked for or needs
# (fresh-eval6 gd-004, gd-039); the steps, not a reason, are what it owes them.
_INTRODUCES_STEPS = re.compile(
    r"手順|方法|操作|流れ|以下|下記|次の|次のとおり|次の通り|\b(steps?|following|as follows|below)\b|[:：]\s*$",
    re.IGNORECASE,
)


# Session 16 (fresh-eval13 d-ja-28): 「下記の書類をご郵送ください」 before a list of documents
# asks for things to be sent; the list says what, not why, and is no procedure to follow.
_SEND_LISTED_THINGS = re.compile(
    r"(下記|以下|次)の(書類|資料|証明書|提出物|必要書類|もの|物|品)[^。]{0,6}(郵送|送付|提出|お送り|返送|アップロード)|"
    r"\b(send|submit|post|mail|upload|email|return) (us )?(the )?(following|below) (documents?|papers|forms|files|certificates|copies|records)\b",
    re.IGNORECASE,
)


def introduces_steps(document: Document, index: int) -> bool:
    sentence = document.sentences[index]
    following = document.sentences[index + 1] if index + 1 < len(document.sentences) else None
    return (
        following is not None
        and following.list_item
        and not sentence.list_item
        and _INTRODUCES_STEPS.search(sentence.masked) is not None
        and _SEND_LISTED_THINGS.search(sentence.masked) is None
    )


_PRESENCE_JA = re.compile(r"在宅|立ち会い|立会い|お立ち会い|ご同席|いらっしゃ")
_OUR_VISIT_JA = re.compile(r"伺い|伺います|訪問|お届けに|点検|工事|作業|配達|お迎え")


# "Please bring comfortable clothes and water", 「当日は動きやすい服装で、飲み物をお持ちください」:
# what to bring or wear to the visit or activity the customer booked; the activity is the
# reason, and spelling it out ("so that you can hike") reads oddly.
_BRING_OR_WEAR = re.compile(
    r"お持ち|持参|持って|服装|着用|お召し|履(い|き)|\b(bring|wear|pack|dress in|have (your|a|some))\b",
    re.IGNORECASE,
)
_VISIT_OR_ACTIVITY = re.compile(
    r"当日|お越し|ご来店|ご来院|ご来場|ご参加|参加(さ|いただ)|集合|受診|レッスン|体験|ツアー|教室|講座|見学|"
    r"\b(on the day|booked|you('re|’re| are) (booked|registered|signed up|all set)|your (visit|appointment|class|lesson|tour|session|hike|trip|stay|booking)|meet(ing)? (at|in)|see you|join(ing)? us|the (class|lesson|tour|session|hike|trip|event|workshop|course|walk|ride))\b",
    re.IGNORECASE,
)


# Papers and proof are another matter: why we need the customer's ID, card or receipt is a
# question they may rightly ask (train9: 「次回ご来館時に、図書館カード、身分証明書、レシートを
# お持ちください」 asks for three papers with no reason).
_PAPERS = re.compile(
    r"書類|証明書|証明|身分証|免許証|保険証|カード|レシート|領収書|印鑑|通帳|契約書|申込書|用紙|控え|\b(id|identification|passport|licen[cs]e|receipt|documents?|paperwork|proof|card|certificate|forms?|invoice)\b",
    re.IGNORECASE,
)


# What to wear or carry for the visit itself (clothes, water, a towel). Anything else asked to
# be brought is the customer's to weigh: 「次回ご来店の際は、補聴器の電池ケースもお持ちくださ
# い」「ご来院の際は、ワンちゃんの便を少量お持ちいただけますでしょうか」 (outside writers: no
# reason, 11 of 13 in the hand data; session 25).
_OUTFIT_OR_SUPPLIES = re.compile(
    r"服装|服で|衣装|着物|振袖|一式|髪飾り|水着|ウェア|動きやすい|汚れても|着替え|タオル|お水|飲み物|水筒|帽子|雨具|上履き|室内履き|靴|手袋|軍手|日焼け止め|お弁当|昼食|"
    r"\b(wear|dress|cloth(es|ing)|shoes|boots|trainers|sneakers|water|towel|hat|sunscreen|lunch|snacks?|jacket|layers|gloves|swimsuit|raincoat)\b",
    re.IGNORECASE,
)


def _preparation_for_visit(document: Document, index: int) -> bool:
    sentence = document.sentences[index]
    if (
        not _BRING_OR_WEAR.search(sentence.masked)
        or not _OUTFIT_OR_SUPPLIES.search(sentence.masked)
        or _PAPERS.search(sentence.masked)
    ):
        return False
    # The visit may be named anywhere before: a reply about a trial lesson gives its days and
    # price, then how to book, then what to bring (outside8 t8d-057).
    return _first_visit(document) <= index


_VISIT_CACHE: list[tuple[str, int]] = []


def _first_visit(document: Document) -> int:
    """The first sentence naming the visit or activity, once per document (the cache holds the
    last document's text object): a pasted 100,000 characters of "bring …" stays linear."""
    if _VISIT_CACHE and _VISIT_CACHE[0][0] is document.text:
        return _VISIT_CACHE[0][1]
    first = next(
        (
            position
            for position, item in enumerate(document.sentences)
            if _VISIT_OR_ACTIVITY.search(item.masked)
        ),
        len(document.sentences),
    )
    _VISIT_CACHE[:] = [(document.text, first)]
    return first


# The sentence after a request saying only what we will do once the customer has done it:
# 「確認が取れ次第、会員カードを発送いたします」, "The committee meets on January 12, and I will
# let you know the result" — the next step, not why the ID is needed. Outside writers
# labelled both requests as having no reason (fresh-eval12 d-ja-036, d-en-020), and
# "Send us your permit number. We'll get back to you with a date." was already no reason
# to _explained_after; _reason_nearby read the 次第 / "and I will" as one.
_OUR_NEXT_STEP = re.compile(
    # Only a check or a word back: 「届き次第、ご返金いたします」 (the refund) is why a return
    # is sent, and stays a reason.
    r"^[^。]{0,20}(確認が取れ|確認でき|確認(いたし|し)?(まし)?たら|確認(の)?(後|のち))(次第)?[、,][^。]*?(いたします|します|させていただきます|差し上げます)[。.]?\s*$|"
    r"^(?![^.?!]*\b(will|'ll|’ll|help|show|let us|allow)\b[^.?!]*\b(and|then) (we|i)\b)[^.?!]{0,80}\b(and|then) (we|i)('ll|’ll| will| shall) (let you know|get back to you|be in touch|contact you|reply|confirm|tell you|inform you)\b[^.?!]*[.!]?\s*$",
    re.IGNORECASE,
)

_ANOTHER_THING = re.compile(r"^\s*(また|あと|それと|それから|ついでに|加えて|あわせて|併せて)[、,]")
_ANOTHER_REQUEST = re.compile(
    r"(ください|下さい|くださいませ|いただけ(ます|ません)(でしょう)?か|お願い(いた)?します|お願い申し上げます|こと)[。！!]?\s*$|"
    r"^\s*(please|kindly|could you|would you|can you|make sure)\b",
    re.IGNORECASE,
)
_EXPLICIT_REASON = re.compile(
    r"ので|ため|から[、,]|都合(上|により|で)|上[、,]|によ(り|って)[、,]|よう(に)?、|\b(because|since|so that|as|in order to|so we|to (make|help|avoid|keep|let|allow|ensure))\b",
    re.IGNORECASE,
)

_REASON_IN_NEXT_STEP = re.compile(r"ので|ため|because|since|so that|in order", re.IGNORECASE)


# 「このまま作ると前足の付け根がきつくなるおそれがあります。」 before 「もう一度測っていただけ
# ますでしょうか」: what goes wrong if nothing is done is why we ask (fresh-eval48 d-ja-016).
_RISK_AS_IT_IS_JA = re.compile(
    r"(このまま|そのまま|今のまま|現状のまま)[^。]{0,30}(と|ば|たら|場合)[、,]?[^。]{0,40}(おそれ|恐れ|可能性|心配)が(あり|ござい)"
)


def _reason_nearby(document: Document, index: int) -> bool:
    """A reason in the sentence or the one before, a connective that points back to the one
    before, or a reason or consequence in the one after."""
    sentence = document.sentences[index]
    if _preparation_for_visit(document, index):
        return True
    if _PRESENCE_JA.search(sentence.masked) and any(
        _OUR_VISIT_JA.search(item.masked) for item in document.neighbours(index, 2, 0)
    ):
        return True  # 「〜に伺います。当日はご在宅をお願いいたします」: the visit is the reason
    connective = _CONNECTIVE_JA if sentence.lang == "ja" else english.CONNECTIVE
    if index > 0 and connective.search(sentence.masked):
        return True
    if index > 0 and _POINTS_BACK_JA.search(sentence.masked):
        return True  # 「…無料でお直しします。次回のご予約の際に、その旨をお伝えいただけますか」
    # 「また、学科の受講票を窓口に提出してください」「あと、ロゴの元データも送ってください」
    # (Japanese only: in English "Also restart your phone" goes on with the steps of a fix.) A
    # request that opens as one more thing starts its own topic; a reason before it was for
    # what came before (session 20, hand drafts).
    another = _ANOTHER_THING.search(sentence.masked) is not None
    # Two sentences back: in a reply the reason often comes, then a detail (a number, what we
    # did), then the request (「…行っておりますので、下記へご連絡いただけますか。当店からも
    # 伝えておきました。受付番号をお伝えください」); outside writers saw the reason there.
    for neighbour in document.neighbours(index, 2, 1):
        if neighbour.paragraph != sentence.paragraph:
            continue
        after = neighbour.start > sentence.start
        if another and neighbour.start < sentence.start:
            continue
        if (
            neighbour is not sentence
            and _ANOTHER_REQUEST.search(neighbour.masked)
            and not _EXPLICIT_REASON.search(neighbour.masked)
        ):
            # 「申込書を提出してください。記入漏れがないようにしてください」: a second request
            # beside it says how, not why.
            continue
        if (
            after
            and _OUR_NEXT_STEP.search(neighbour.masked)
            and not _REASON_IN_NEXT_STEP.search(neighbour.masked)
        ):
            continue  # what we do once it arrives is the next step, not why we ask
        if (
            after
            and refuses(neighbour.masked, neighbour.lang)
            and not about_the_same(sentence.masked, neighbour.masked)
            and not _IF_NOT_JA.match(neighbour.masked)
        ):
            # 「キャッシュを削除してください。二重請求は仕様ですので対応できません。」: the ので
            # gives an unrelated no its reason, not the request (walk 24 H1); 「開封前に型番を
            # ご確認ください。開封後の交換はお受けできかねます」 is the request's consequence.
            continue
        if neighbour.lang == "ja" and (
            japanese.states_reason(
                neighbour.masked,
                occasion=neighbour is not sentence,
            )
            or (after and _CONSEQUENCE_JA.search(neighbour.masked) is not None)
            or (not after and _REQUIREMENT_JA.search(neighbour.masked) is not None)
            or (not after and _RISK_AS_IT_IS_JA.search(neighbour.masked) is not None)
        ):
            return True
        if neighbour.lang == "en" and (
            english.REASON.search(
                neighbour.masked
                if after
                else _without_past_cause(neighbour.masked, sentence.masked)
            )
            or english.CONSEQUENCE.search(neighbour.masked) is not None
        ):
            return True
    return False


# "You were charged twice because you clicked the button twice. Please send us the
# statement.": the "because" says what the reader did to cause it, not why we now ask (walk
# F-11). Such a cause before a request is its reason only when the request is about the same
# thing ("… because your address was incomplete. Please send us the full address."): the
# request then names a word of it. Other past causes ("Your account was locked because of
# five failed logins. Please reset your password.") are the reason for the fix asked.
_PAST_CAUSE_EN = re.compile(
    r"\b(was|were|had|did|got|went|came|\w+ed)\b[^.!?;]{0,80}?\b(because|since) (you|your)\b[^.!?;]*",
    re.IGNORECASE,
)
_CONTENT_WORD_EN = re.compile(r"[a-z]{4,}")
_NOT_CONTENT_EN = frozenset(
    "because since please could would kindly send with that this your from have were when "
    "what there their them they then than also just need about again".split()
)


def _without_past_cause(before: str, request: str) -> str:
    match = _PAST_CAUSE_EN.search(before)
    if match is None:
        return before
    cause = match.group(0).lower()
    asked = set(_CONTENT_WORD_EN.findall(request.lower())) - _NOT_CONTENT_EN
    if any(word in cause for word in asked):
        return before
    cut = match.start(2)
    return before[:cut] + before[match.end() :]


# 「ご予約は https://… から、または 03-… までお電話ください」「返却は、同封の伝票をお使いくだ
# さい」: the topic is an act the customer may choose to do, and the request gives the way to do
# it (outside8 t8d-057, train9); how to do what they want needs no reason.
_HOW_TO_DO_JA = re.compile(
    r"^\s*([^、。]{0,8}を)?(ご|お)?(予約|申し込み|申込|返却|返品|返送|支払い|支払|キャンセル|解約|変更|手続き|交換|受け取り|受取|振込|振り込み|来店|相談|問い合わせ|入会|退会|登録)(する|される|なさる)?(の際|のとき|の場合|際|とき|場合)?(は|には)[、,]?[^。]{0,80}(から|で|まで|にて|を使って|をお使い)"
)


# 「ご依頼の際はお電話ください」「ご契約の場合は3月25日までにご返信ください」「継続してお預け
# になる場合は、マイページから更新のお手続きをお願いいたします」: when the customer chooses to go
# ahead, how to tell us or pay (session 25: hand drafts, once an occasion stopped counting as a
# reason). Notice asked in advance (「欠席する場合は、前日までに連絡してください」「ご返済の際は、
# 事前にお電話ください」) is a rule of ours, and its reason is owed (outside writers, fresh-eval21).
_CONTACT_WHEN_JA = re.compile(
    r"(場合|際|とき)(は|には|に)?[、,]?[^。]{0,40}?(?<!を)(お電話|電話|ご連絡|連絡|ご返信|返信|お知らせ|お手続き|手続き|お支払い|お支払|ご入金|お振込み|お振込)"
    r"(して|を)?(ください|下さい|いただ|お願い|くださ)|"
    r"^\s*(お支払い|お支払|ご入金|お振込み|お振込|ご連絡|ご返信|お手続き)(は|につきましては)[、,]?[^。]{0,40}(場合|際|とき|時)(に|は)?[、,]?(お願い|ください)"
)
_IN_ADVANCE_JA = re.compile(r"事前|前日|前もって|あらかじめ|日前")


def _asked_by_subject(document: Document, action: Token | None) -> bool:
    """The request is the act the customer wrote about: a reply to 「延長保育の申し込み」 that
    says 「3月15日までにお申し込みください」 tells them how and when to do what they asked to
    do (train9); its purpose is theirs, not ours to explain."""
    if action is None or not document.subject or action.pos1 not in ("動詞", "名詞"):
        return False
    from madoguchi.quality.morphology import tokenize

    wanted = {action.lemma, action.surface}
    return any(
        token.lemma in wanted or token.surface in wanted
        for token in tokenize(document.subject)
        if token.pos1 in ("動詞", "名詞") and len(token.surface) >= 2
    )


# 「返品のお申し出を承りました。…返品伝票を貼ってお送りください」: a step of what the customer
# asked for and we took on (fresh-eval42 d-ja-031); its purpose is theirs.
_TOOK_THEIR_REQUEST_JA = re.compile(
    r"(お申し出|お申し込み|お申込み|ご依頼|ご希望|ご要望|ご注文|ご相談|ご予約)(を|は)?[^。]{0,10}(承りました|受け付けました|受け付けいたしました|承知いたしました|お受けしました|お受けいたしました)"
)


def _step_of_their_request(document: Document, index: int) -> bool:
    if _ANOTHER_THING.search(document.sentences[index].masked):
        return False  # 「また、次回の袋にはメモを入れておいてください」: a rule of ours, told aside
    request = _words(document.sentences[index].masked)
    return any(
        sentence.role == "body"
        and _TOOK_THEIR_REQUEST_JA.search(sentence.masked) is not None
        and bool(_words(sentence.masked) & request)
        for sentence in document.sentences[max(0, index - 4) : index]
    )


def _japanese(document: Document, sentence: Sentence, index: int) -> list[Finding]:
    masked = sentence.masked
    if (
        _OFFER.search(masked)
        or closing_formula_ja(masked)
        or _GOODWILL_JA.search(masked)
        or _INVITATION_JA.search(masked)
        or japanese.reports_a_request(masked)
    ):
        return []
    tokens = sentence.tokens_unquoted()
    if any(
        kind == "te" and japanese.is_troubleshooting_step(tokens, masked, start)
        for start, _end, kind in japanese.command_positions(tokens)
    ):
        return []  # how to fix a symptom, or the steps asked for: the purpose is the fix
    for position, action, command in _request_actions(tokens, masked):
        if not _needs_reason(action, masked, command):
            continue
        if _reason_nearby(document, index) or _asked_by_subject(document, action):
            return []
        if _step_of_their_request(document, index):
            return []
        if _REASON_AFTER_COMMA_JA.search(masked):
            return []
        if _HOW_TO_DO_JA.search(masked) and not (command and _IN_ADVANCE_JA.search(masked)):
            # (Session 34, fresh-eval37 s-ja-073: 「解約は次回発送日の10日前までに手続きしなさい」
            # orders a deadline of ours; its reason is owed, as in _CONTACT_WHEN_JA.)
            return []
        if _CONTACT_WHEN_JA.search(masked) and not _IN_ADVANCE_JA.search(masked):
            return []
        tokens = sentence.tokens_unquoted()
        end = sentence.start + _tail_end(tokens, position)
        # No rewrite: only the agent knows the reason, and a pattern with a blank
        # (「〇〇のため、…てください」) is flagged by placeholder_left and imperative in turn
        # (walk 13 F2, F6). The message says how to add it.
        return [document.finding(ID, sentence.start, end, MESSAGE)]
    return []


def _tail_end(tokens: Sequence[Token], position: int) -> int:
    end = tokens[position].end
    for token in tokens[position + 1 :]:
        if token.pos1 in ("補助記号",):
            break
        end = token.end
    return end


_EN_REQUEST = re.compile(
    r"^\s*((also|then|so|now|and|to be clear|just so you know|one more thing)\s*[,:]?\s*)?(please|kindly|could you|would you|can you|will you|would you mind|we need you to|i need you to|we ask that you|we would ask you to|we('ll|’ll| will|'d|’d| would) need you to|we('d|’d| would) ask (that|you to)|we ask that|you must(?! have "
    + english.PAST_PARTICIPLE
    + r"\b)|you (need|have) to(?! "
    + english.MIND_VERB
    + r"\b)|you will need to|make sure)\b|"
    r"^[^,.?!]{3,60},\s*(could you|would you|can you|please)\b|"
    # ("We'd be grateful if the head teacher could sign the attached form": a request to
    # someone on their side, fresh-eval48 s-en-042.)
    r"\b(appreciate it if you could|grateful if (you|your [\w -]{1,25}|the [\w -]{1,25}) could|may i ask you to|would you be able to|we'?d like you to|we would like you to|i'?d like you to|asked you to)\b",
    re.IGNORECASE,
)
_EN_FREE = re.compile(
    # "let us know if …" offers; "let us know which vet / your address" asks for work (session 13).
    r"\b(let (us|me) know(?! (which|your|the|how many|how much)\b)|feel free|don't hesitate|do not hesitate|accept (our|my)|find (the )?.{0,30}attached|see (the )?(attached|below|above)|"
    r"note that|bear with|be patient|wait|rest assured|keep in mind|enjoy|be aware|(don't|do not) worry|make yourself at home|accept (this|these|the|our|my|a)|"
    r"(find|see|review|read|look (at|over|through)|have a look at|take a look at)\b[^.?!]{0,40}\b(attached|enclosed|below|above)|"
    # The customer's own choice among what we offered ("reply with the date that suits you"):
    # an offer, like 「ご都合のよい日時をお知らせください」, not work to explain.
    r"suits? you|works? (best )?for you|(is|are) (most )?convenient (for|to) you|you('d| would)? (prefer|like)|your (preferred|preference|choice)|which (one|option|date|time|slot|day|plan)s?|whichever)\b",
    re.IGNORECASE,
)


# A statement right after a request, in the present and not about what we will do next, is
# nearly always why we ask: "Could you send the seating plan by Wednesday? The florist needs
# it …", "Please keep Bella off her wound; licking is the most common reason stitches open."
# "Send us your permit number. We'll get back to you with a date." says what follows, not why.
_NEXT_STEP_EN = re.compile(
    r"\b(will|'ll|’ll|going to|shall)\b|^\s*(thanks|thank you|many thanks|best|regards|cheers|kind regards|also|and)\b",
    re.IGNORECASE,
)


# "Bring a warm jacket, it gets cold on the ridge after dark" (fresh-eval39 s-en-070): a
# statement spliced on with a comma is the reason, like one after a semicolon.
_COMMA_SPLICE_EN = re.compile(
    r",\s+(it('s|’s|\s+(gets|can get|can be|tends|often|usually|helps|saves|means|is (very|really|always|usually|often|quite)))\b[^.?!]*)",
    re.IGNORECASE,
)


def _explained_after(document: Document, sentence: Sentence, index: int) -> bool:
    text = sentence.masked
    clauses = []
    if ";" in text:
        clauses.append(text.split(";", 1)[1])
    # "Please don't restart the compressor until our engineer has checked it: it's running very
    # hot …" (fresh-eval61 s-en-075): what follows a colon explains, as after a semicolon.
    colon = re.search(r"[^\d\s]:\s+(?=[A-Za-z])", text)
    if colon:
        clauses.append(text[colon.end() :])
    splice = _COMMA_SPLICE_EN.search(text)
    if splice:
        clauses.append(splice.group(1))
    following = document.sentences[index + 1] if index + 1 < len(document.sentences) else None
    if following is not None and following.paragraph == sentence.paragraph:
        if following.role == "body":
            clauses.append(following.masked)
    for clause in clauses:
        words = re.findall(r"[A-Za-z']+", clause)
        if (
            len(words) >= 4
            and not clause.rstrip().endswith("?")
            and not _NEXT_STEP_EN.search(clause)
            and not _EN_REQUEST.search(clause.strip())
            and not english.is_bare_command(clause.strip())
        ):
            return True
    return False


_EN_ASKED_VERB = re.compile(
    r"\b(please|kindly|could you|would you|can you|you('ll| will)? need to|make sure to)\s+(?P<verb>\w+)",
    re.IGNORECASE,
)


def _asked_by_subject_en(document: Document, text: str) -> bool:
    """ "Re: Returning the tent" answered with "Please return it with the enclosed label": the
    request is the act the customer wrote about (see _asked_by_subject)."""
    if not document.subject:
        return False
    asked = _EN_ASKED_VERB.search(text)
    words = english.first_words(text)
    verb = asked.group("verb").lower() if asked else (words[0] if words else "")
    if len(verb) < 4:
        return False
    stem = verb[:5]
    return any(
        word.lower().startswith(stem) for word in re.findall(r"[A-Za-z]{4,}", document.subject)
    )


def _english(document: Document, sentence: Sentence, index: int) -> list[Finding]:
    text = sentence.masked
    if not (_EN_REQUEST.search(text) or english.is_bare_command(text)):
        return []
    if _EN_FREE.search(text) or _GOODWILL_EN.search(text) or _reason_nearby(document, index):
        return []
    if _asked_by_subject_en(document, text):
        return []
    if _explained_after(document, sentence, index):
        return []
    return [document.finding(ID, sentence.start, sentence.end, MESSAGE)]


def context_clears(document: Document, index: int) -> bool:
    """Whether what is around a sentence, or what it asks for, answers "why": a reason nearby,
    an explanation after it, the customer's own choice, the steps of a fix, what we attached.
    The learned layer reads one sentence; a finding it adds must survive this too."""
    sentence = document.sentences[index]
    masked = sentence.masked
    if _reason_nearby(document, index) or introduces_steps(document, index):
        return True
    if sentence.lang == "en":
        return (
            _EN_FREE.search(masked) is not None
            or _GOODWILL_EN.search(masked) is not None
            or _asked_by_subject_en(document, masked)
            or english.is_offer_or_hours(masked)
            or _explained_after(document, sentence, index)
        )
    tokens = sentence.tokens_unquoted()
    return (
        _THEIR_CHOICE.search(masked) is not None
        or _step_of_their_request(document, index)
        or _OFFER.search(masked) is not None
        or _GOODWILL_JA.search(masked) is not None
        or _INVITATION_JA.search(masked) is not None
        or _HOW_TO_DO_JA.search(masked) is not None
        or any(
            kind == "te" and japanese.is_troubleshooting_step(tokens, masked, start)
            for start, _end, kind in japanese.command_positions(tokens)
        )
    )


class RequestWithoutReason:
    id = ID
    description_ja = "理由のない依頼（お客様に手間をお願いする理由が書かれていない）"
    description_en = "Asks the customer to do something without saying why"
    level: Level = "sentence"
    # Families of wording this rule covers: (id, ja, en), shown on the rules page.
    families = (
        (
            "no_reason",
            "理由のない依頼（「〜をお送りいただけますか」だけ）",
            'A request with no reason ("Could you send …?" alone)',
        ),
    )

    def check(self, document: Document) -> list[Finding]:
        findings: list[Finding] = []
        for index, sentence in enumerate(document.sentences):
            if sentence.list_item or introduces_steps(document, index):
                continue  # a step of a procedure, or its introduction: the steps are the help
            check = _japanese if sentence.lang == "ja" else _english
            findings.extend(check(document, sentence, index))
        return findings


RULE = RequestWithoutReason()
