"""The one error a staff-account operation raises when staff asked for something it refuses."""

from __future__ import annotations


class StaffError(Exception):
    """A bad name, a weak PIN, a duplicate or unknown account; the message says which, for
    staff (never a patient) to read."""
