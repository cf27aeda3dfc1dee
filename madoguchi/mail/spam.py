"""Spam verdicts: the upstream filter's headers, and the team's block list.

SpamAssassin (and rspamd in its compatible mode) add `X-Spam-Flag: YES` and an
`X-Spam-Status: Yes, score=…` line; Dovecot and Postfix set-ups pass them through. A block
list entry is an address ("promo@shop.example") or a domain, which covers its
subdomains ("shop.example" blocks "news.shop.example").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def marked_as_spam(spam_flag: str | None, spam_status: str | None) -> bool:
    flag = (spam_flag or "").strip().lower()
    status = (spam_status or "").strip().lower()
    return flag in ("yes", "true", "1") or status.startswith("yes")


@dataclass(frozen=True)
class BlockList:
    addresses: frozenset[str]
    domains: frozenset[str]

    @classmethod
    def of(cls, patterns: Iterable[str]) -> BlockList:
        addresses: set[str] = set()
        domains: set[str] = set()
        for pattern in patterns:
            pattern = pattern.strip().lower().lstrip("@")
            if not pattern:
                continue
            (addresses if "@" in pattern else domains).add(pattern)
        return cls(frozenset(addresses), frozenset(domains))

    def blocks(self, sender: str) -> bool:
        sender = sender.strip().lower()
        if not sender:
            return False
        if sender in self.addresses:
            return True
        domain = sender.rpartition("@")[2]
        parts = domain.split(".")
        return any(".".join(parts[index:]) in self.domains for index in range(len(parts)))
