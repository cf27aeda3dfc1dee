"""madoguchi trends [--days 7|30] [--format table|csv|json] [--mailbox ADDR] — recurring
topics in customer mail, for engineering (傾向不良)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from madoguchi.actions.triage import TREND_WINDOWS, load_topics, trend_mailboxes
from madoguchi.models import Mailbox
from madoguchi.quality.trends import Topic, topics_to_csv, topics_to_json


def _table(topics: list[Topic] | tuple[Topic, ...]) -> str:
    if not topics:
        return "no recurring topic in this period\n"
    lines = [f"{'':2}{'count':>5}  {'recent/d':>8}  {'before/d':>8}  topic"]
    for topic in topics:
        mark = "↑ " if topic.rising else "  "
        lines.append(
            f"{mark}{topic.count:>5}  {topic.recent_per_day:>8.1f}  "
            f"{topic.baseline_per_day:>8.1f}  {topic.label}"
        )
        lines.append(f"{'':21}examples: {' '.join(topic.example_keys)}")
    return "\n".join(lines) + "\n"


class Command(BaseCommand):
    help = "Recurring topics and rising ones in the customer mail of the last 7 or 30 days."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--days", type=int, choices=TREND_WINDOWS, default=7)
        parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
        parser.add_argument("--mailbox", help="only this mailbox (its address)")

    def handle(self, *args: Any, **options: Any) -> None:
        mailbox = None
        if options["mailbox"]:
            mailbox = Mailbox.objects.filter(address__iexact=options["mailbox"]).first()
            if mailbox is None:
                raise CommandError(f"no mailbox {options['mailbox']}")
        trends = load_topics(trend_mailboxes(None, mailbox), days=options["days"], cached=False)
        formats = {"csv": topics_to_csv, "json": lambda t: topics_to_json(t) + "\n"}
        render = formats.get(options["format"], _table)
        self.stdout.write(render(trends.topics), ending="")
