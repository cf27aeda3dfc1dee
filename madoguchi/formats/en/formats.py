"""English dates in one shape everywhere: the timeline's 2026-12-02 05:35.

Django's English default ("Dec. 4, 2026, 9 a.m.") appeared in flashes and hints beside the
timeline's ISO-like dates (walk 20, G17). Japanese keeps Django's own (2026年12月4日9:00).
"""

DATE_FORMAT = "Y-m-d"
DATETIME_FORMAT = "Y-m-d H:i"
SHORT_DATE_FORMAT = "Y-m-d"
SHORT_DATETIME_FORMAT = "Y-m-d H:i"
TIME_FORMAT = "H:i"
