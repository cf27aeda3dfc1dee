"""Read side of customer satisfaction for the reports: the answers given in a period (by
when the customer answered), counted per rating in one grouped query over the survey rows
(one per resolved conversation that was asked, so far fewer than messages)."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import Any

from django.db.models import Count, QuerySet

from madoguchi.actions.satisfaction import Satisfaction
from madoguchi.models import Rating, SatisfactionSurvey, Team
from madoguchi.web.report_queries import ReportFilter, _midnight


def rated_bad(conversation_ids: list[int]) -> dict[int, str]:
    """評価：不満 on queue rows and the header (walk 13, F19): of these conversations, those
    whose customer answered the survey Bad, with their comment ("" when none)."""
    return dict(
        SatisfactionSurvey.objects.filter(
            conversation_id__in=conversation_ids, rating=Rating.BAD
        ).values_list("conversation_id", "comment")
    )


def _answers(report: ReportFilter) -> QuerySet[SatisfactionSurvey]:
    rows = SatisfactionSurvey.objects.filter(
        rated_at__gte=_midnight(report.start),
        rated_at__lt=_midnight(report.end + timedelta(days=1)),
        mailbox_id__in=report.mailbox_ids,
    )
    if report.agent_id is not None:
        rows = rows.filter(agent_id=report.agent_id or None)
    if report.priority is not None:
        rows = rows.filter(conversation__priority=report.priority)
    if report.label_id:
        rows = rows.filter(conversation__labels__id=report.label_id)
    return rows


_COLUMNS = {
    "mailbox": "mailbox_id",
    "team": "mailbox_id",  # summed into teams afterwards
    "agent": "agent_id",
    "priority": "conversation__priority",
    "label": "conversation__labels__id",
}


def satisfaction(report: ReportFilter, group: str | None = None) -> dict[Any, Satisfaction]:
    """Counts per rating for each group value (None: one for everything): one query."""
    column = _COLUMNS[group] if group else None
    values = [column, "rating"] if column else ["rating"]
    by_key: dict[Any, Satisfaction] = defaultdict(Satisfaction)
    for row in _answers(report).values(*values).annotate(count=Count("id")).order_by():
        key = row[column] if column else None
        if group == "agent":
            key = key or 0  # the reports' "nobody"
        by_key[key].count(row["rating"], row["count"])
    if group == "team":
        teams: dict[Any, Satisfaction] = defaultdict(Satisfaction)
        for team_id, mailbox_id in Team.mailboxes.through.objects.values_list(
            "team_id", "mailbox_id"
        ):
            if mailbox_id in by_key:
                teams[team_id].add(by_key[mailbox_id])
        return dict(teams)
    return dict(by_key)


def satisfaction_text(counted: Satisfaction | None) -> str:
    """「75.0% (3/4)」: the share of 満足 with the counts it comes from."""
    if counted is None or not counted.answers:
        return "—"
    return f"{counted.great_share:.1f}% ({counted.great}/{counted.answers})"
