"""Hybrid logical clock: physical milliseconds in the high bits, a counter in the low 16.

It never goes backwards on a desk, even when the wall clock does, and after a desk has seen a
change stamped by another desk, its own next stamp is greater (causality survives wrong clocks).
"""

from __future__ import annotations

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(ms: int, counter: int) -> int:
    return (ms << COUNTER_BITS) | counter


def physical_ms(stamp: int) -> int:
    return stamp >> COUNTER_BITS


def tick(last: int, now_ms: int) -> int:
    """The next stamp for a local event."""
    last_ms, last_counter = physical_ms(last), last & COUNTER_MASK
    if now_ms > last_ms:
        return pack(now_ms, 0)
    if last_counter >= COUNTER_MASK:  # 65,536 stamps in one millisecond: borrow the next one
        return pack(last_ms + 1, 0)
    return pack(last_ms, last_counter + 1)


def receive(last: int, remote: int, now_ms: int) -> int:
    """The stamp after seeing a remote one: above both it and our own last."""
    return tick(max(last, remote), now_ms)
