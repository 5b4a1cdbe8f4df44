"""Red-flag phrases are found however they are typed, and ordinary messages are left alone."""

from __future__ import annotations

import pytest

from kiosk.requests.urgent import DEFAULT_URGENT_PHRASES, is_urgent


@pytest.mark.parametrize(
    "message",
    [
        "I have CHEST  pain!",
        "I can\u2019t feel my legs since this morning",
        "fevers and chills",
        "There is redness at the needle site",
        "Tengo fiebre",
        "severe   bleeding",
        "No puedo respirar bien",
    ],
)
def test_urgent_messages_are_flagged(message: str) -> None:
    assert is_urgent(message, DEFAULT_URGENT_PHRASES)


@pytest.mark.parametrize(
    "message",
    ["How long does relief last?", "Can I drive home?", "push", "chest", ""],
)
def test_ordinary_messages_are_not(message: str) -> None:
    assert not is_urgent(message, DEFAULT_URGENT_PHRASES)


def test_the_clinic_phrase_list_is_used() -> None:
    assert is_urgent("my hip feels hot", ("feels hot",))
    assert not is_urgent("my hip feels hot", ())
