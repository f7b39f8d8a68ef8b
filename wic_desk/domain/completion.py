"""The completion rule of an activity, defined once: the attendance grid, certificates and the
"participants who completed" figure (``wic_desk.reports.rules``) all use it."""

from __future__ import annotations


def completed(present: int, sessions: int, percent: int) -> bool:
    """Present at >= ``percent`` of the activity's sessions that took place (none: not completed)."""
    return sessions > 0 and present * 100 >= percent * sessions
