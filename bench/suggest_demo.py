"""Suggestions on the demo data: how many are offered, how many share no content word with
the customer's mail, how many are text for the website (it tells the customer to contact
support). Run against a data directory where `madoguchi demo` was loaded:

    MADOGUCHI_DATA_DIR=/tmp/demo .venv/bin/madoguchi migrate
    MADOGUCHI_DATA_DIR=/tmp/demo .venv/bin/madoguchi demo
    MADOGUCHI_DATA_DIR=/tmp/demo .venv/bin/python bench/suggest_demo.py [--show]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madoguchi.settings")

import django  # noqa: E402

django.setup()

from madoguchi.actions.assist import _entries, latest_customer_message  # noqa: E402
from madoguchi.models import Conversation  # noqa: E402
from madoguchi.quality.similarity import SuggestionIndex, is_reply_ready  # noqa: E402
from madoguchi.quality.words import content_words, stem  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every suggestion")
    args = parser.parse_args()
    entries = _entries()
    text_of = {entry.key: f"{entry.title}\n{entry.text}" for entry in entries}
    index = SuggestionIndex(entries)
    mails = 0
    offered = unrelated = website = website_first = 0
    for conversation in Conversation.objects.order_by("pk"):
        message = latest_customer_message(conversation)
        if message is None:
            continue
        mails += 1
        query = f"{message.subject}\n{message.text}"
        query_words = {stem(word) for word in content_words(query)}
        found = index.suggest(query, k=3)
        offered += len(found)
        if args.show:
            print(f"#{conversation.pk} {conversation.subject[:40]}")
        for rank, suggestion in enumerate(found):
            entry_words = {stem(word) for word in content_words(text_of[suggestion.key])}
            unrelated += not entry_words & query_words
            if not is_reply_ready(text_of[suggestion.key]):
                website += 1
                website_first += rank == 0
            if args.show:
                print(f"    {suggestion.kind} {suggestion.score:.3f} {suggestion.title[:40]}")
    print(
        f"{mails} mails, {offered} suggestions, {unrelated} share no content word, "
        f"{website} not reply-ready ({website_first} ranked first)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
