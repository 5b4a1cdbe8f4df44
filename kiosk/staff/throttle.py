"""How long a staff account must wait after wrong PINs (pure functions, no I/O, no Qt).

After ``free_failures`` consecutive failures each further try waits ``first_wait_s``, doubling
per failure up to ``longest_wait_s``; at ``disable_after`` failures the account is disabled
until ``staff reset``. With the defaults: 3 free tries, then 30 s, 60 s, 2 min ... and the
tenth failure disables; at most 10 guesses per account before someone must step in.

Waits are kept as "the last failure's time and the wait it started", and a wait ends only when
the clock reads that time plus the wait. Nothing else is stored, so no clock reading can move
that end earlier: a clock set back makes the wait longer by as much as it went back, and
setting it right again gives back exactly that, never more. (Restarting the wait from the
earlier reading would not do: the clock set right again would then look like the wait having
run.) Only a clock set *ahead* of the real time ends a wait early; see 0003-staff-accounts.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ThrottlePolicy:
    free_failures: int = 3
    first_wait_s: int = 30
    longest_wait_s: int = 60 * 60
    disable_after: int | None = 10
    """None: never disable (only for tests of the cap)."""

    def wait_after(self, failures: int) -> int:
        """Seconds to wait after ``failures`` consecutive failures."""
        if failures < self.free_failures:
            return 0
        doublings = min(failures - self.free_failures, 32)
        return min(self.longest_wait_s, self.first_wait_s * (1 << doublings))

    def disables(self, failures: int) -> bool:
        return self.disable_after is not None and failures >= self.disable_after


DEFAULT_POLICY = ThrottlePolicy()


def remaining_wait(last_failure_at: datetime | None, wait_s: int, now: datetime) -> int:
    """Whole seconds still to wait at ``now`` (rounded up), 0 if none.

    If ``now`` is before the last failure the clock went back: the wait still ends at the
    failure's time plus ``wait_s``, so more than ``wait_s`` is left.
    """
    if last_failure_at is None or wait_s <= 0:
        return 0
    left = wait_s - (now - last_failure_at).total_seconds()
    return max(0, math.ceil(left))
