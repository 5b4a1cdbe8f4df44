"""PySide6 6.12.0 drops references to None; on Python 3.11 that is fatal (the project now pins
6.11.3; these checks guard against the bug coming back with a later upgrade).

The wheels are built for the stable ABI (cp310-abi3). Since Python 3.12 None, True and False
are immortal and a missing Py_INCREF costs nothing, but on 3.10 and 3.11 each such call takes a
reference off the object for good, and when the count reaches zero the interpreter aborts with
"Fatal Python error: none_dealloc: deallocating None" (or bool_dealloc). Any void method called
from Python loses one reference to None (``QTimer().stop()``, ``QWidget.hide()``,
``QLabel.setText()``, a signal delivered to a Python slot...). A fresh kiosk holds about 11,000.

``lost_per_call`` measures it; ``pin_none`` sets the counts so high that a measuring process
survives, so the measurements report the loss as a figure instead of crashing half-way.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

PINNED = 1 << 60
SINGLETONS: dict[str, object] = {"None": None, "True": True, "False": False}


def none_refs() -> int:
    return sys.getrefcount(None)


def singleton_refs() -> dict[str, int]:
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


def affected() -> bool:
    """True where a lost reference to None is fatal (Python before 3.12)."""
    return sys.version_info < (3, 12)


def pin_none() -> bool:
    """Gives None, True and False counts they cannot run out of; True if that was needed."""
    if not affected():
        return False
    for value in SINGLETONS.values():
        # CPython before 3.12: ob_refcnt is the first field of every object.
        ctypes.c_ssize_t.from_address(id(value)).value = PINNED
    return True


def lost_per_call(action: Callable[[], object], calls: int = 200) -> float:
    """References to None lost per call of ``action`` (0 where None is immortal)."""
    if not affected():
        return 0.0
    action()
    before = none_refs()
    for _ in range(calls):
        action()
    return (before - none_refs()) / calls
