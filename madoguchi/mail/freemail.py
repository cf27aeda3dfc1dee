"""Free-mail and mobile-carrier domains: a customer there is a person, not a company.

Never turned into an Organization (two gmail.com users are not colleagues).
"""

from __future__ import annotations

FREE_MAIL_DOMAINS = frozenset(
    """
    gmail.com googlemail.com yahoo.co.jp yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com
    rocketmail.com icloud.com me.com mac.com outlook.com outlook.jp hotmail.com hotmail.co.jp
    hotmail.co.uk hotmail.fr live.com live.jp live.co.uk msn.com aol.com aol.jp
    docomo.ne.jp ezweb.ne.jp au.com softbank.ne.jp i.softbank.jp disney.ne.jp ymobile.ne.jp
    y-mobile.ne.jp emobile.ne.jp willcom.com pdx.ne.jp uqmobile.jp rakumail.jp
    nifty.com nifty.ne.jp biglobe.ne.jp ocn.ne.jp so-net.ne.jp excite.co.jp goo.jp
    plala.or.jp dion.ne.jp hi-ho.ne.jp ybb.ne.jp infoseek.jp livedoor.com rakuten.jp
    zoho.com zohomail.com fastmail.com fastmail.fm protonmail.com proton.me pm.me
    tutanota.com tuta.io mail.com gmx.com gmx.de gmx.net web.de yandex.ru yandex.com
    mail.ru inbox.ru qq.com 163.com 126.com sina.com sohu.com naver.com hanmail.net
    daum.net kakao.com hey.com duck.com
    """.split()
)


def is_free_mail_domain(domain: str) -> bool:
    domain = domain.lower().strip(".")
    if domain in FREE_MAIL_DOMAINS:
        return True
    # Carrier sub-domains such as c.vodafone.ne.jp, or a user's own sub-domain of a provider.
    parts = domain.split(".")
    return any(".".join(parts[i:]) in FREE_MAIL_DOMAINS for i in range(1, len(parts) - 1))
