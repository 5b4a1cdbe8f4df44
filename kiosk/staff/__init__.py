"""The staff back-office without a screen: accounts with their own PINs, and `doctor` (no Qt).

``StaffDirectory.open(data_dir)`` is the way in for the staff panel's sign-in and for
``kiosk staff ...``. Accounts live in the kiosk's requests.db beside the queue.
"""

from kiosk.staff.directory import (
    Disabled,
    MustWait,
    SignedIn,
    SignInResult,
    StaffAccount,
    StaffDirectory,
    UnknownName,
    WrongPin,
)
from kiosk.staff.errors import StaffError
from kiosk.staff.pins import check_pin, pin_problem
from kiosk.staff.throttle import ThrottlePolicy

__all__ = [
    "Disabled",
    "MustWait",
    "SignInResult",
    "SignedIn",
    "StaffAccount",
    "StaffDirectory",
    "StaffError",
    "ThrottlePolicy",
    "UnknownName",
    "WrongPin",
    "check_pin",
    "pin_problem",
]
