"""An SLA clock that pauses and resumes (pure: no Django).

A clock is the business time already spent plus, while it runs, the instant it was last
started. Pausing banks the business time since then; resuming starts counting again. The
deadline of a running clock is "target minus spent" business time after it started, so
a pause moves the deadline by exactly the business time it lasted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from madoguchi.sla.calendar import (
    Calendar,
    add_business_seconds,
    add_business_seconds_each,
    business_seconds_between,
)


@dataclass(frozen=True)
class Clock:
    spent: int = 0  # business seconds counted before running_since
    running_since: datetime | None = None  # None: paused (or never started)

    @property
    def running(self) -> bool:
        return self.running_since is not None

    def start(self, at: datetime) -> Clock:
        """A new clock from zero, running from `at`."""
        return Clock(0, at)

    def pause(self, calendar: Calendar, at: datetime) -> Clock:
        if self.running_since is None:
            return self
        return Clock(self.spent + business_seconds_between(calendar, self.running_since, at))

    def resume(self, at: datetime) -> Clock:
        return self if self.running else replace(self, running_since=at)

    def elapsed(self, calendar: Calendar, at: datetime) -> int:
        if self.running_since is None:
            return self.spent
        return self.spent + business_seconds_between(calendar, self.running_since, at)

    def due(self, calendar: Calendar, target_seconds: int) -> datetime | None:
        """When the clock reaches the target; None while it is paused."""
        if self.running_since is None:
            return None
        return add_business_seconds(
            calendar, self.running_since, max(0, target_seconds - self.spent)
        )

    def due_each(self, calendar: Calendar, targets: list[int]) -> list[datetime] | None:
        """`due` for several targets in one walk of the calendar."""
        if self.running_since is None:
            return None
        remaining = [max(0, target - self.spent) for target in targets]
        return add_business_seconds_each(calendar, self.running_since, remaining)
