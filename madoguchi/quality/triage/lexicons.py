"""The phrases customers actually write, grouped by the signal they carry.

Patterns run on NFKC-normalised text (full-width ！？ＡＢＣ and half-width ｶﾀｶﾅ already
folded) and lower-cased, so they are written once in half-width, lower case.
Japanese and English cues sit in the same table: Japanese mails quote English error
messages, and a cue that cannot occur in a language costs nothing.

A weight of 1.0 or more is enough on its own; weaker cues (0.5) need company.
"""

# Phrase tables read better with an alternation unbroken than split at column 100.
# ruff: noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

Signal = Literal[
    "high",
    "low",
    "resolved",
    "calm",
    "angry",
    "anxious",
    "positive",
    "problem",
    "time",
    "context",
]


@dataclass(frozen=True, slots=True)
class Category:
    name: str
    signal: Signal
    reason_ja: str
    reason_en: str


@cache
def compiled(source: str) -> re.Pattern[str]:
    """A cue's regular expression, compiled the first time a mail may hold it.

    Compiling all ~120 cues when triage was imported cost ~0.2 s CPU in every process
    (the CLI, each web and import worker); most cues are absent from most mails, and the
    anchor index (matching.py) tries a cue only where one of its first words occurs.
    """
    return re.compile(source)


@dataclass(frozen=True, slots=True)
class Cue:
    category: Category
    weight: float
    source: str  # the regular expression, compiled on first use (`pattern`)
    negatable: bool  # "not urgent", 「急ぎではありません」 cancel the cue
    japanese: bool  # written in Japanese: never matches a mail without kana or kanji

    @property
    def pattern(self) -> re.Pattern[str]:
        return compiled(self.source)


def _category(name: str, signal: Signal, reason_ja: str, reason_en: str) -> Category:
    return Category(name, signal, reason_ja, reason_en)


# --- urgency: high ----------------------------------------------------------------------
OUTAGE = _category("outage", "high", "サービスが止まっている・使えない", "service down or unusable")
LOGIN = _category(
    "login", "high", "ログインできない（サービスを利用できない）", "cannot log in (locked out)"
)
PAID_UNUSABLE = _category(
    "paid_unusable", "high", "支払ったのに使えない", "paid but cannot use what they paid for"
)
BILLING = _category("billing", "high", "請求・返金の問題", "wrong charge or refund")
DEADLINE = _category(
    "deadline", "high", "期限が迫っている・至急の依頼", "deadline or urgent request"
)
SECURITY = _category(
    "security", "high", "セキュリティ・個人情報に関わる", "security or personal data at stake"
)
LEGAL = _category(
    "legal", "high", "法的措置・公的機関への申し出の示唆", "legal threat or complaint"
)
CANCEL_THREAT = _category(
    "cancel_threat", "high", "解約・乗り換えの示唆", "threatens to cancel or leave"
)

# --- urgency: low -----------------------------------------------------------------------
IDEA = _category("idea", "low", "要望・提案", "idea or feature request")
THANKS = _category("thanks", "low", "お礼", "thanks")
FEEDBACK = _category("feedback", "low", "感想・フィードバック", "general feedback")
RESOLVED = _category("resolved", "resolved", "問題は解決済み", "problem already solved")
CALM = _category("calm", "calm", "急ぎではないと明記", "says it is not urgent")

# --- emotion ----------------------------------------------------------------------------
ANGRY = _category("angry", "angry", "強い不満・怒りの表現", "angry wording")
# 「！！」, "!!!", words in capitals: anger in a complaint, joy in a thank-you.
SHOUTING = _category(
    "shouting", "angry", "感嘆符の連続・大文字での強調", "exclamation marks or capitals"
)
ANXIOUS = _category("anxious", "anxious", "困惑・不安の表現", "worried or confused wording")
POSITIVE = _category("positive", "positive", "感謝・好意的な表現", "thanks or praise")

# --- a problem or request of any urgency (for terseness and for "thanks, but …") ------------
PROBLEM = _category("problem", "problem", "不具合・依頼", "problem or request")


JAPANESE_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")  # kana and kanji


def _cues(category: Category, weight: float, *patterns: str, negatable: bool = False) -> list[Cue]:
    return [
        Cue(
            category,
            weight,
            pattern,
            negatable,
            JAPANESE_CHARACTER.search(pattern) is not None,
        )
        for pattern in patterns
    ]


# 詐欺 as fraud or a legal step, not as a figure of speech for a bad photo (「写真詐欺」「詐欺みたい」,
# fresh-eval37 t-ja-098); read by the legal cue here and the fraud cue in families.py.
FRAUD_JA = r"(?<!写真)(?<!画像)詐欺(?!みたい|まがい|っぽ|レベル|だと言われても)"

# 「今すぐ」 that is denied: 「今すぐでなくても」「今すぐ予約したいというわけではなく」
# 「今すぐどうこう」 (fresh-eval31: every such mail read as a deadline, with anger).
# "today" as a deadline, not the day something was found ("Today I see a $40 fee on my card",
# fresh-eval40 t-en-038); read by the deadline cue here and the time cues in families.py.
# (Not "It's working fine today, but I'm worried …": the trouble has stopped for now,
# fresh-eval47 t-en-011.)
EN_TODAY_DUE = r"(?<!fine )(?<!normally )(?<!okay )(?<!ok )today(?!,? (?:i|we) (?:see|saw|noticed|found|got|received|checked|opened|looked|spotted|discovered)\b)"

# A time today that is already past: 「本日11時の予約で伺いましたが」 (fresh-eval40 t-ja-041).
JA_NOT_ALREADY_PAST = (
    r"(?![^。\n]{0,12}(?:伺いました|行きました|来院しました|来店しました|参りました|でしたが))"
)

JA_RIGHT_NOW = r"今すぐ(?!では|でな|でも|じゃ|どうこう|の(?:話|こと|用|ご相談)(?:では|じゃ)|[^。\n、]{0,16}(?:という|って)?(?:わけ|訳)(?:では|じゃ))"

_CANT = r"(?:can'?t|cannot|can not|unable to|couldn'?t|can no longer|not able to|won'?t let me)"
_JA_NOT_ABLE = r"(?:でき|出来)(?:ない|ません|なく|ず|なかった|なくな)"

CUES: tuple[Cue, ...] = tuple(
    [
        *_cues(
            OUTAGE,
            1.0,
            r"(?:サービス|サイト|システム|サーバ|アプリ|管理画面|画面|ページ|api|ダッシュボード)"
            r"[^。\n]{0,12}(?:落ちて|止まって|ダウン|繋がら|つながら|開かな|開けな|表示されな|表示されず|開けず|繋がらず"
            r"|動かな|使えな|利用できな|使用できな|応答しな|真っ白|エラーにな)",
            # (Not a disability: 「障害のある方への配慮」「障害者」, fresh-eval63 t-ja-018.)
            r"(?<!発達)(?<!身体)(?<!知的)(?<!精神)(?<!視覚)(?<!聴覚)障害(?!のある|のあ|を持つ|をお持ち|者|児|をもつ|の有無|特性|福祉)|全く(?:使え|動か|繋が|つなが|開か)|業務が(?:止ま|できな|進ま)|仕事になら",
            r"(?:取り込|受信|同期|送信)(?:が|も)?(?:止ま|でき(?:ない|ません)|されて(?:い)?(?:ない|ません)|されな)"
            r"|(?:一|1)件も[^。\n]{0,12}(?:ません|ない)",
            r"\b(?:import|sync|syncing|ingestion|delivery|receiving|sending) (?:has )?(?:stopped|failing|broken)"
            r"|nothing (?:\w+ ){0,5}shows up|stopped (?:importing|syncing|receiving|arriving)",
            r"(?:site|service|app|system|server|dashboard|api|platform|website|portal)"
            r"[^.\n]{0,25}\b(?:is|are|went|seems|keeps)?\s?(?:down|offline|not loading"
            r"|not responding|unreachable|crashing|broken)\b",
            r"\boutage\b|nothing (?:works|is working)|everything is broken|\b50[0234] error"
            r"|production is down|(?:whole|entire) (?:team|company|office) (?:can'?t|cannot|is)",
            rf"{_CANT} (?:access|reach|open|load|use) (?:the |your |our )?"
            r"(?:site|service|app|system|dashboard|account|platform|website)",
        ),
        *_cues(
            LOGIN,
            1.0,
            rf"(?:ログイン|サインイン|ログオン){_JA_NOT_ABLE}",
            r"(?:ログイン|サインイン)が?(?:通らな|弾かれ|失敗)",
            rf"パスワード[^。\n]{{0,12}}(?:再設定|リセット|変更)[^。\n]{{0,4}}{_JA_NOT_ABLE}",
            # (Not a suspension feared: 「不正だと思われて、アカウントを停止されたりしないでしょうか」,
            # fresh-eval44 t-ja-069.)
            r"アカウント[^。\n]{0,6}(?:ロック|凍結|停止)され(?!たり[^。\n]{0,20}(?:しない|ないか)|ないか|てしまわない)|認証コードが?[^。\n]{0,6}(?:届か|来な|こな)",
            rf"{_CANT} (?:log ?in|sign ?in|login|log on|access my account|get into my account)",
            r"locked out|account (?:is |has been |was )?(?:locked|suspended|disabled)",
            r"(?:verification|2fa|one-time|reset) (?:code|link|email)[^.\n]{0,20}"
            r"(?:never|not|doesn'?t|didn'?t|isn'?t|hasn'?t)",
            r"(?:login|password) (?:doesn'?t|does not|isn'?t|is not) work",
        ),
        *_cues(
            PAID_UNUSABLE,
            1.0,
            # (Not a question about a rule heard of: 「購入に住宅ローンは使えないと聞いたのですが、
            # 本当でしょうか」, fresh-eval49 t-ja-088.)
            r"(?:支払|払った|払って|購入|課金|決済|アップグレード|契約)[^。\n]{0,25}"
            # (Nor a condition: 「お金を払って借りているのに、自分で干さないと使えないのは」,
            # fresh-eval50 t-ja-026: usable once aired, a complaint, not a purchase that failed.)
            r"(?<!ないと)(?<!なければ)(?:使えな|利用できな|反映されな|有効にならな|届いていな|届かな|無料プランのまま)"
            r"(?!い?と(?:聞|伺|書|言わ|読)|い?(?:の|ん)(?:でしょうか|ですか)|い?場合)",
            r"無料プランのまま|有料(?:の)?機能が(?:使え|利用でき)",
            r"(?:paid|purchased|bought|upgraded|subscribed|renewed)[^.\n]{0,40}"
            r"(?:can'?t|cannot|not (?:working|active|showing|available|unlocked)|still (?:on|shows?)"
            r" (?:the )?(?:free|trial|basic)|no access|haven'?t received)",
        ),
        *_cues(
            BILLING,
            1.0,
            r"二重(?:に)?(?:請求|課金|引き落と|決済)|重複(?:して)?(?:請求|課金|決済)|2回(?:請求|課金|引き落と)",
            r"請求[^。\n]{0,10}(?:間違|誤|おかし|多すぎ|高すぎ|違う|違います)|身に覚えのない"
            r"|勝手に(?:課金|請求|更新|引き落と)|(?:解約|退会)したのに[^。\n]{0,12}(?:請求|課金|引き落と)",
            # A refund asked for or missing, not a question about refunds in general.
            r"返金(?:され(?:て|ず|ない|ません)|が(?:ない|ありません|まだ|され)|して(?:ください|ほしい|下さい|いただけ)|を(?:求め|お願い|要求|希望))"
            r"|払い戻(?:され|しが|しを(?:求め|お願い))|不正(?:な)?(?:請求|課金)|不正利用され"
            r"|返金(?:して)?(?:もらえ|いただけ)|返金方法|差額の?返金",
            r"charged (?:me )?(?:twice|double|two times|again|after)|double[- ]?(?:charged|charge|billed)"
            # fresh-eval62 t-en-008: "Charged £97 twice", "shows two payments of £97.40".
            r"|charged (?:me )?[£$€¥]\s?\d[\d,.]* (?:twice|two times)"
            r"|(?:two|2) (?:identical )?(?:payments|charges|debits|transactions) of [£$€¥]\s?\d",
            r"duplicate (?:charge|payment)|overcharg|wrong (?:amount|charge)"
            r"|refund (?:me|it|them|the|my|this)\b|(?:want|need|expect|like|demand|request(?:ing)?) (?:a |my |the |an? full )?refund"
            r"|(?:no|full) refund|not (?:been )?refunded|refund (?:has|hasn'?t|never|still)\b|refunded\?"
            r"|(?:can|could|may) (?:i|we) (?:get|have|receive) (?:a |my |our |the )?refund"
            r"|unauthori[sz]ed (?:charge|payment)|still (?:being )?(?:charged|billed)"
            r"|billed (?:twice|incorrectly|wrongly)|charged (?:the )?wrong",
        ),
        *_cues(
            DEADLINE,
            1.0,
            r"至急|大至急|緊急(?!連絡|時の?連絡)|今日中|本日中|今日の?\d{1,2}時(?!から|以降|頃から|ごろから)|本日の?\d{1,2}時(?!から|以降|頃から|ごろから)"
            + JA_NOT_ALREADY_PAST
            + r"|今夜中|明日の?朝までに"
            r"|"
            + JA_RIGHT_NOW
            + r"|締め?切りが?(?:今日|本日|明日)|期限が?(?:今日|本日|明日)|本日が?(?:締め|支払期限|期限)"
            r"|今日が?(?:締め|期限)|(?:今日|本日)\d{1,2}時まで",
            r"due (?:today|tonight)|(?:before|by) \d{1,2}(?::\d{2})? ?(?:am\b|pm\b|a\.m\.|p\.m\.)|\burgent(?:ly)?\b|\bemergency\b(?! contact| number| line)|\bimmediately\b|right now(?![)）])|(?<!were finished )(?<!was finished )(?<!had finished )(?<!were done )(?<!was done )by (?:today|tonight|"
            r"end of (?:the )?day|eod|tomorrow morning|this afternoon|noon)|deadline (?:is )?"
            r"(?:today|tonight|tomorrow)|time[- ]sensitive|\bcritical\b",
            negatable=True,
        ),
        *_cues(
            DEADLINE,
            0.5,
            r"急ぎ(?!いただかなく|頂かなく|にならなく)|急いで(?!いただかなく|もらわなく|くださらなく)|早急|大急ぎ|間に合わな|すぐに(?:対応|返信|回答|ご対応|ご回答|ご連絡)",
            r"\basap\b|as soon as possible|\bquickly\b|" + EN_TODAY_DUE,
            negatable=True,
        ),
        *_cues(
            SECURITY,
            1.0,
            # 「個人情報の扱いについて調べています」: the topic of a question, no incident
            # (fresh-eval35 t-ja-011).
            r"個人情報(?!の(?:取り)?扱い(?:について|に関して|に関する|の方針))|情報(?:漏え|漏洩|漏れ)|漏洩|流出|不正アクセス|不正ログイン|乗っ取|ハッキング"
            r"|第三者[^。\n]{0,6}(?:ログイン|アクセス|閲覧)|他人の(?:情報|データ|注文|名前|住所)"
            # (Not フライフィッシング, a way of fishing: fresh-eval39 t-ja-073.)
            r"|(?<![ァ-ヶー])フィッシング|なりすまし|身に覚えのないログイン"
            # Session 34 (fresh-eval37 t-ja-069): private mail gone where others read it.
            r"|誰かに見られ(?:て|た)|(?:ほか|他)に誰に(?:届|送)|(?:会社|職場|勤務先)の(?:メール)?アドレスに(?:も)?(?:届|送られ)"
            r"|ウイルス(?:に感染|感染|が(?:検出|見つか|入)|に(?:かか|やられ)|(?:の)?警告)",
            r"data (?:breach|leak)|personal (?:data|information|details)|\bprivacy\b(?! (?:terms|policy|notice|statement|page))|\bhacked\b"
            r"|compromised|unauthori[sz]ed (?:access|login|sign-?in)|someone (?:else )?"
            r"(?:logged|accessed|is using|has access)|phishing|\bgdpr\b"
            # "someone else's order / data", not "it feels like someone else's child"
            # (fresh-eval35 t-en-019).
            r"|someone else(?:'|’)s (?:order|data|details|account|name|address|information|card|parcel|package|"
            r"documents?|papers|files?|photos?|e-?mails?|invoice|bill|booking|records?|results?|prescription)\b"
            # "We can see another company's payroll in our portal" (hand set, session 34).
            r"|another (?:company|business|firm|organi[sz]ation|school|employer)(?:'|’)s (?:payroll|payslips?|data|details|records|account|invoices?|orders?|files?|documents?|information|bank details|salaries)"
            # (Not a pen or a pipe: "Leaking pen", "leaked all over the gift box", fresh-eval37
            # t-en-001.)
            r"|other (?:customers|users)'? (?:data|orders|information|names)|\bleak(?!ing\b|y\b|ed (?:all over|everywhere|onto|into|through|out|ink))"
            r"|someone (?:\w+ )?(?:got|gained|has|have) access|(?:didn'?t|did not|never) (?:write|send|sent)"
            r"|sent from (?:my|our) account"
            # Session 35 (fresh-eval39 t-en-043): someone let go who can still get in.
            r"|(?:dismissed|fired|sacked|let go|former|ex-)[^\n]{0,60}\bstill (?:has|have|had|got) (?:a |an |her |his |their )?(?:[\w-]+ )?(?:login|access|password|account|keys?)",
        ),
        *_cues(
            LEGAL,
            1.0,
            r"訴え(?!られ)|訴訟|裁判|弁護士(?!の先生に(?:お願い|依頼)すれば|さんなら|の先生なら|費用|報酬)|法務部|法務担当|消費者センター|消費生活センター|国民生活センター|法的(?:措置|手段|対応)"
            r"|警察|通報|特商法|景品表示法|少額訴訟|"
            # Session 35 (fresh-eval39 t-ja-046): work of ours sold or used without permission.
            r"無断(?:で)?(?:転売|販売|使用|転載|複製|掲載|利用)(?:され|し|を)|無断で[^。\n]{0,12}(?:売られ|使われ|載せられ)|"
            + FRAUD_JA,
            # A court or an attorney as an institution ("take you to court", "my attorney"),
            # not an address ("3 Mill Court") or a power of attorney.
            # "sue" as a verb (a modal or subject before it, an object after it), not Sue
            # signing off or introducing herself ("Thanks, Sue", "Sue here from accounts").
            # British English (fresh-eval34 t-en-038): "forwarded our agreement to our solicitor".
            r"\blawyer(?!s (?:bill|charge|work|usually|always|often|are|do)\b)|(?:my|our|an|the|your|with|to|from) (?:attorney|solicitors?)\b|legal action|lawsuit"
            r"|(?:will|'ll|to|gonna|could|can|may|might|would|should|shall|and|or|i|we|not) sue\b"
            r"|\bsue (?:you|your|them|him|her|us|for|over|the company)\b|\bsuing\b|\bsued\b"
            r"|(?:to|in|into|before|the|a|county|crown|magistrates'?|high|family|civil) court\b"
            r"|\bcourt (?:order|summons|action|case|claim|hearing|date)|small claims"
            r"|consumer protection|chargeback|trading standards|\bfraud|(?<!real or a )(?<!is this a )(?<!is it a )(?<!if it's a )\bscam\b|report (?:you|this) to"
            # fresh-eval64 t-en-025: a third party "taking advice" after an injury.
            r"|(?:taking|seeking|sought|getting|take|seek|get|took) legal advice"
            r"|(?:they're|they are|he's|he is|she's|she is) (?:now )?['‘]?taking advice",
        ),
        *_cues(
            CANCEL_THREAT,
            1.0,
            r"解約(?:します|させていただ|を検討|する(?:しか|つもり|こと)|も考え|も検討)"
            r"|退会(?:します|させていただ|を検討)|もう使いません|二度と(?:使|利用|買|頼)"
            r"|他社(?:に|へ|の)[^。\n]{0,6}(?:乗り換|切り替|移|変え)|契約(?:を|の)(?:打ち切|見直|解除)"
            r"|(?:使う|利用する|使用する)の?をやめ|乗り換えます",
            r"(?:will|'ll|going to|gonna|about to|(?:have )?decided to|ready to) (?:cancel|terminate"
            r"|leave|switch|close (?:my|our) account)|take (?:our|my) business elsewhere"
            r"|switch(?:ing)? to (?:a |an |another )?(?:competitor|different|other|another|alternative)"
            r"|(?:we'?re|i'?m|we are|i am) done\b(?! wasting| trying| waiting| chasing)|move (?:to|over to) (?:a )?competitor"
            r"|never (?:use|buy|order|recommend) [^.\n]{0,20}again|looking (?:at|for) alternatives",
        ),
        # --- low urgency ------------------------------------------------------------------
        *_cues(
            IDEA,
            1.0,
            r"要望|ご提案|提案|あったら(?:嬉しい|うれしい|便利|いい|助か)|あると(?:嬉しい|うれしい"
            r"|助か|便利|いい)|できるようになると|できるようになれば|機能(?:を)?追加|改善案|アイデア"
            r"|ご検討いただけ|検討していただけ",
            # (Not "it would be nice if somebody were actually handling this": reproach,
            # fresh-eval53 t-en-038.)
            r"feature request|suggestion|it would be (?:nice|great|cool|helpful)(?! if (?:someone|somebody|anyone)\b)|would love "
            r"(?:to see|it if|if)|\bidea\b|could you (?:add|consider)|nice to have|wish(?:list| list)"
            r"|would be (?:nice|great) (?:if(?! (?:someone|somebody|anyone)\b)|to)",
        ),
        *_cues(
            THANKS,
            1.0,
            # 「ご回答ありがとうございました。」 opening a reply is a formula, not thanks for
            # something done (fresh-eval6: a complaint answering ours read as a thank-you).
            r"(?<!ご回答)(?<!ご返信)(?<!お返事)(?<!ご回答を)(?<!ご返信を)ありがとうございました|助かりました|感謝(?:して|いた|申し上げ)|お礼(?:を|まで|申し上げ)",
            r"thank you (?:so|very) much|thanks (?:so much|a lot|a million)|many thanks"
            r"|(?:really |truly )?appreciate (?:it|your|the)|thanks again|you guys rock|much appreciated",
        ),
        *_cues(
            FEEDBACK,
            1.0,
            r"感想|使いやすい|気に入って|満足して|素晴らしい|最高です|便利です|愛用|感動|大?好評|楽しく使",
            r"\bfeedback\b|love (?:the|your|it|using)|great (?:job|work|product|app|service)"
            r"|awesome|amazing|well done|just wanted to (?:say|let you know)|keep up the good"
            r"|\bsurvey\b|overall (?:satisfied|happy)|first impression",
        ),
        *_cues(
            RESOLVED,
            1.0,
            r"解決しました|解決いたしました|直りました|復旧しました|解消しました|解消されました"
            r"|できるようになりました|ログインできました|無事に?[^。\n]{0,10}(?:でき|届き|反映)"
            r"|問題なく[^。\n]{0,10}(?:でき|使え|動)|返金を?確認(?:しました|できました)|(?:無事に?|ようやく)届きました|(?:今日|本日|先ほど)届きました[!！]|見つかりました",
            r"works now|working (?:again|now)|\b(?:is|was|got|been|all) (?:fixed|resolved|solved|sorted)\b"
            r"|sorted (?:it )?out|all good now|figured it out|never ?mind|issue is gone"
            r"|(?:received|got) the refund|no longer (?:an issue|a problem|needed)|^fixed\b(?!\s*\?)|\bfixed[!.]"
            r"|fixed it|did it\b|back in\b|(?:came|arrived|turned up|showed up|came through) (?:today|now|yesterday|this morning|after all)"
            r"|\b(?:it|they|the parcel|the package) (?:came|arrived)\b(?! (?:off|out|loose|apart|away|undone|unstuck)\b)",
        ),
        *_cues(
            CALM,
            1.0,
            r"急ぎ(?:では|じゃ)(?:ない|ありません)|急ぎません|お手すきの(?:際|時|ときに)"
            # fresh-eval63 t-ja-105: 「急ぎの質問ではありません」「今すぐ何かを変えるつもりはなく」.
            r"|急ぎの(?:質問|ご質問|ご相談|相談|用件|ご用件|件|お願い|話)(?:では|じゃ)(?:ない|ありません|ございません)"
            r"|今すぐ[^。\n]{0,12}(?:つもり|予定)は(?:なく|ない|ありません|ございません)"
            # fresh-eval40 t-ja-039 (session 35): 「お返事は次に伺うときで大丈夫です」.
            r"|(?:お返事|ご返信|ご回答|お返し)は[^。\n]{0,12}(?:とき|時|際|ついで)で(?:大丈夫|構いません|結構|かまいません)"
            r"|お時間(?:の)?ある(?:とき|時|際)|いつでも(?:構いません|大丈夫)|ついでの(?:際|時)"
            # 「難しければ別の日でも構いません」: the writer offers another day, nothing presses.
            r"|(?:難しければ|無理なら|無理でしたら|ご都合が(?:悪|つかな)ければ|厳しければ)[、,]?[^。\n]{0,12}(?:でも|で)(?:構いません|かまいません|大丈夫です|結構です)"
            r"|急ぐ(?:話|もの|こと)では|ゆっくりで(?:構いません|大丈夫|結構)|ご都合の(?:よい|良い|いい)(?:時|とき)で"
            # Session 30 (fresh-eval31/32): the writer saying it is not needed now, or asked
            # only for reference or out of curiosity.
            r"|今すぐ(?:で(?:は)?なくても|でも|どうこう|の(?:話|こと|用|ご相談)(?:では|じゃ)|[^。\n、]{0,16}(?:という|って)?(?:わけ|訳)(?:では|じゃ))"
            r"|すぐに?(?:は)?必要(?:という|って)(?:わけ|訳)では|すぐに?(?:は)?必要(?:では|じゃ)(?:ない|ありません)"
            r"|参考(?:まで|程度|として)に?[^。\n]{0,30}(?:教え|知り|伺|お聞かせ|分かれば|わかれば)"
            r"|興味本位|ふと気になった|お急ぎ(?:いただく|になる|頂く)?必要は(?:ありません|ございません|ない)"
            r"|急ぎの(?:話|用件|件|ご相談)では"
            # fresh-eval61 t-ja-092: 「お急ぎいただかなくて大丈夫です」.
            r"|(?:お急ぎ|急ぎ|急い)(?:いただか|頂か|になら|で)?(?:なくて|なくても)(?:大丈夫|構いません|かまいません|結構|いい|よい)"
            # Session 33 (fresh-eval36): 「ご都合のよい時にお返事いただければ」, 「まだだいぶ先の話ですが」.
            r"|ご都合の(?:よい|良い|いい)(?:時|とき)に|まだ(?:だいぶ|かなり|ずっと|少し)?先の(?:話|こと)"
            # Session 31: 「時期はまだ決めていません」 nothing is set yet.
            r"|(?:時期|日程|日にち|日取り)(?:は|も)?まだ(?:決めて|決まって)(?:い|お)?(?:ません|ない|りません)"
            # fresh-eval57 t-ja-027: 「具体的な時期は決まっておらず、まずは情報収集の段階です」.
            r"|(?:時期|日程|日にち|日取り)(?:は|も)?(?:まだ)?(?:決めて|決まって)(?:おらず|いなくて)|(?:情報収集|比較検討|検討)の段階",
            r"no rush|not urgent|no hurry|whenever you (?:have|get) (?:time|a (?:chance|moment))"
            r"|low priority|not (?:a big deal|time[- ]sensitive)|at your convenience"
            # fresh-eval54 t-en-001: "Not needed until next season, just asking."
            r"|not needed (?:until|till|before) (?:next|the) (?:season|year|month|spring|summer|autumn|fall|winter|term)"
            r"|not in (?:a|any) (?:rush|hurry)|no urgency|whenever (?:suits|is convenient|it suits|works)"
            r"|take your time|in your own time|when you get (?:a )?(?:round|around) to it"
            # "No problem either way." closing a question says nothing hangs on it.
            r"|no (?:problem|worries) either way|either way is (?:fine|ok(?:ay)?)"
            # Session 30: "just curious", "no deadline", "nothing decided yet", "not
            # looking to buy right now", "not now, … probably after that".
            r"|just (?:curious|wondering|dreaming)|(?:purely |only )?out of curiosity|no deadline"
            r"|(?:nothing|no plans?) (?:decided|booked|fixed|made) yet|no plans yet"
            r"|not (?:looking to [a-z]+ |planning to [a-z]+ |needed |needing it )?(?:right )?now\b(?! that)"
            r"|(?:interested|happy to wait) whenever|whenever it happens|for (?:the )?future reference"
            r"|curious for the future"
            # Session 31 (fresh-eval33): "this isn't pressing".
            r"|(?:isn'?t|is not|nothing|not) (?:at all |really )?pressing",
        ),
        # --- emotion ----------------------------------------------------------------------
        *_cues(
            ANGRY,
            2.0,
            r"いい加減に|どうなって(?:いる|る)(?:んですか|のですか|んだ|の[?!]|のか)|ふざけ"
            r"|腹が立|頭にき|許せ(?:ない|ません)|いつまで待て|早くしろ|説明しろ|返せ(?![るまなたてばずそ])|誠意(?:を|が|の)"
            r"|責任者を?出|バカにし|舐め|なめてる|二度と",
            r"ridiculous(?!ly (?:good|great|tasty|delicious|cheap|easy|fast|quick|comfortable|cute|fun|kind|helpful|generous|soft|light|well))|unacceptable|outrageous|disgusting|pathetic|furious|pissed|fed up"
            r"|sick (?:and tired|of)|how many times|incompeten|what the hell|\bwtf\b"
            r"|absolutely (?:useless|terrible|awful)|this is a joke|waste of (?:my )?(?:time|money)"
            r"|(?:really|very|so|extremely) (?:disappointed|annoying|annoyed|frustrated|frustrating|upset)",
            r"(?:本当に|非常に|大変|とても|かなり)(?:がっかり|残念|不愉快|迷惑)|何(?:度|回)(?!計算|練習|考え|解い|読み直|数え)[^。\n]{0,10}ても",
        ),
        *_cues(
            ANGRY,
            1.2,
            r"最悪|ありえない|あり得ない|信じられない|不愉快|不誠実|納得(?:でき|いか|出来)(?:ない|ません)"
            r"|何度(?:も|目)|何回(?:も|目)|酷い|ひどい|対応が遅|返事が(?:ない|来ない|ありません)"
            r"|返信が(?:ない|来ない|ありません)|連絡が(?:ない|来ない|ありません)|まだですか"
            r"|怒って|呆れ|あきれ|失望|がっかり|ガッカリ|詐欺|ぼったくり|馬鹿",
            r"\bworst\b|(?<!feel )(?<!felt )(?<!feel so )(?<!felt so )(?<!feel really )(?:terrible|horrible|awful)|\bangry\b|useless|(?:third|3rd|fourth|4th|fifth)"
            r" time|(?:no one|nobody) (?:has )?(?:replied|responded|answered|gets back)|\bscam\b"
            r"|rip-?off|disappointed|frustrat|still (?:no|haven'?t|not|waiting)|no response"
            r"|shameful|joke|annoy|unbelievable|\bagain\?|what'?s going on|what is going on"
            r"|nobody (?:seems to )?cares?|(?:no|zero) communication|speak to (?:a|your) (?:manager|supervisor)"
            r"|copy-?paste|same (?:answer|reply)|(?:third|3rd|fourth|fifth|another) (?:outage|incident)"
            r"|yet again|once again|\b(?:five|several|multiple|many|[0-9]+) times|nobody answers|no one answers",
            r"信用でき(?:ない|ません)|信頼でき(?:ない|ません)|意味が(?:わから|分から)(?:ない|ん)|話になら"
            r"|不信感|度重なる|一度も(?:ありません|ない)",
        ),
        *_cues(
            ANGRY,
            1.5,
            r"(?:ません|ない|できず|ないです)!",
            r"(?:n'?t|not) \w+(?: \w+)?!",
        ),
        *_cues(
            ANGRY,
            1.0,
            r"makes no sense|doesn'?t answer|didn'?t answer|\bescalate|without (?:any )?(?:notice|warning)"
            r"|(?:we|i) pay for (?:this|it)|paying for (?:a|this)|despite (?:multiple|several|many)"
            # Session 31 (fresh-eval33): the same fault again and again, and the writing it costs.
            r"|every single (?:time|tournament|month|week|year|order|season|delivery|visit|event|game|match|bill)"
            r"|(?:have|had) to (?:write|email|call|chase|ask|complain) (?:in )?(?:about (?:this|it) )?(?:again|every)",
            r"お金を払って|勝手に",
        ),
        *_cues(
            ANGRY,
            0.7,
            r"すぐに[^。\n]{0,8}(?:してください|しろ)|"
            + JA_RIGHT_NOW
            + r"|たのに|ているのに|てるのに|ばかり",
            # "right now" as a demand ("refund me right now"), not "not buying anything right now"
            # (fresh-eval36 t-en-060).
            r"\bimmediately\b|\b(?:do|fix|send|sort|call|refund|need|want|give|cancel) (?:[\w']+ ){0,3}right now|even though|for weeks|\bfix it\b",
        ),
        *_cues(
            ANXIOUS,
            1.5,
            r"困って(?:い|お)(?!(?:る|ります)?(?:わけ|訳)(?:では|じゃ)|(?:る|ります)?(?:こと|の)は(?:特に)?(?:ない|ありません|ございません)|ません|ない)|不安|心配|大丈夫(?:でしょうか|ですか|なのでしょうか)|どうしたら"
            r"|どうすれば|助けて|焦って|怖い|こわい|どうしよう|間に合う(?:でしょうか|か)"
            r"|わからなくて|分からなくて|わからず|分からず|途方に|泣きそう"
            r"|どう(?:対応|したら|すれば)[^。\n]{0,6}(?:よい|いい|良い)",
            r"\bworried|concerned|anxious|nervous|scared|afraid|\bpanic|not sure what to do"
            r"|don'?t know what to do|please help|help me|desperate|stressed|what should i do"
            r"|is (?:my|our) (?:data|account|money|payment) safe|i'?m (?:lost|confused)|help please|\bsos\b"
            r"|don'?t know what (?:the right|i should|we should)|overwhelm|(?:really|so) stressed"
            # Session 31 (fresh-eval33): guilt at one's own mistake ("I feel terrible - I didn't
            # know"), strain ("it's been a lot"), and a child kept from something until checked.
            r"|\bi (?:feel|felt) (?:so |really )?(?:terrible|awful|horrible)|it'?s been a lot|it has been a lot"
            r"|(?:don'?t|do not) want (?:him|her|them|my (?:son|daughter|kids?|children|child|mum|mom|dad|mother|father))"
            r" (?:on|in|using|to use|near|riding|driving|eating)\b",
        ),
        *_cues(
            ANXIOUS,
            0.7,
            r"困り|初めてで|初心者|消えて(?:しまい|しまった)|消えた|大丈夫",
            r"\bconfused|\bhelp\b|lost (?:all(?! (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten) )|my|our)|\bhope\b|not sure (?:where|how|what)|never used"
            r"|would really help|a bit lost",
        ),
        *_cues(
            POSITIVE,
            2.0,
            r"助かりました|感謝(?:して|いた|申し上げ|です)|嬉しい|うれしい|素晴らしい|素敵|気に入って"
            r"|使いやすい|感動|最高です|解決しました|直りました|(?<!ご回答)(?<!ご返信)(?<!お返事)(?<!ご回答を)(?<!ご返信を)ありがとうございました|大?好評|楽しく",
            r"thank you (?:so|very) much|thanks (?:so much|a lot|a million)|many thanks|awesome"
            r"|amazing|excellent|fantastic|wonderful|brilliant|lifesaver|love (?:the|your|it|using)"
            r"|really (?:appreciate|helpful|happy)|works (?:now|perfectly|great)|great (?:job|work|tool|product)"
            r"|much appreciated|(?:you|y'all|you guys) rock|\blegend\b|nice job|(?:was|were) impressed|gratitude|grateful"
            r"|(?:the )?highlight of|saved (?:my|our|us|the day)|can'?t thank"
            # Praise shouted in joy: "the invites are STUNNING", "you absolute legend".
            r"|stunning|blown away|made my (?:day|week|year)|deserve a medal|game[ -]changer|\bwizards?\b|superstars?"
            r"|you'?re the best|best [a-z]+ ever|over the moon|(?:i'?m|we'?re|i am|we are|was|were|so|absolutely|really|'s) (?:thrilled|delighted)|chuffed|kudos|hats off|above and beyond"
            r"|thank you thank you|huge thanks|big thanks|i passed|teared up|cried (?:happy|with joy)|(?:was|were) unreal",
        ),
        *_cues(
            POSITIVE,
            0.7,
            r"ありがとう|満足|便利|丁寧な(?:ご)?対応|迅速な(?:ご)?対応|早速",
            # "Thanks for your reply." opening a reply is a formula (see THANKS).
            r"\bthanks\b(?! for (?:your|the) (?:quick |prompt |fast )?(?:reply|response|answer|email|e-mail|message|note))|thank you(?! for (?:your|the) (?:quick |prompt |fast )?(?:reply|response|answer|email|e-mail|message|note))|\bgreat\b(?! deal)|\bperfect\b|helpful|\bhappy\b|appreciate|\bnice\b|:\)",
            negatable=True,  # "Not happy.", 「満足ではない」
        ),
        # --- a problem or a request, whatever its urgency -----------------------------------
        *_cues(
            PROBLEM,
            1.0,
            r"でき(?:ない|ません|なく|ず)|出来(?:ない|ません)|エラー|使えな|動かな|届かな|届きません"
            r"|表示されな|反映されな|おかしい|不具合|バグ|止まっ|消え|壊れ|失敗|返品|交換|キャンセル"
            r"|解約|教えて|お願い(?:します|いたします|致します)|ください|下さい|いただけ(?:ます|ません)か",
            r"\b(?:doesn'?t|does not|don'?t|didn'?t|isn'?t|won'?t|not) (?:work|load|open|show|arrive"
            r"|sync|save|send)|\berror\b|\bbug\b|broken|\bfail|\bcrash|\bstuck|\bmissing"
            r"|\bwrong\b|\bcan'?t\b|\bcannot\b|please|could you|can you|how (?:do|can|to)"
            r"|\bcancel|\brefund|\breturn|\bhelp\b",
        ),
    ]
)

# Words that, just before an English cue, turn it around ("not urgent", "no refund needed").
NEGATION_BEFORE = re.compile(
    r"(?:\bnot|\bno|n'?t|\bnon-?|\bnever|\bwithout)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# Japanese negation follows the word: 「至急ではありません」「急ぎません」「緊急性はない」.
NEGATION_AFTER = re.compile(
    r"^(?:の)?(?:性)?(?:では|じゃ|で?は)?(?:ない|ありません|ございません|なく)|^ません"
)
# "Thanks, but it is still broken": gratitude does not close a mail that carries these.
# Matched on lower-cased text (matching.has_contrast).
CONTRAST = re.compile(
    r"しかし|ですが|ただ、|まだ|依然|相変わらず|再発|また(?:同じ|発生|エラー)|とはいえ"
    r"|\bbut\b|\bstill\b|\bhowever\b|\bagain\b|\banother\b|\bnow (?:it|the)\b"
    # fresh-eval43 t-en-035: "Thanks for the replacement - it came yesterday. Unfortunately it's
    # the Fahrenheit-only version".
    r"|\bunfortunately\b|ところが"
    # fresh-eval53 t-ja-116: thanks for the delivery, then 「ひとつお願いなのですが」 and a
    # receipt to reissue by a date — a new request the thanks does not close.
    r"|お願いなのですが|お願いがあ(?:るのですが|ります)|ひとつ(?:だけ)?(?:お願い|ご相談)"
    r"|\bone (?:more )?(?:small )?(?:request|favou?r)\b|\ba (?:quick|small) (?:request|favou?r)\b"
)
