"""Red flags: words in a message that mean the patient should speak to staff now (no Qt).

The phrases come from the settings file. Matching ignores case, accents, curly quotes,
punctuation and extra spaces, so "CAN\u2019T  feel my legs!" (with a curly apostrophe) matches
"can't feel my legs". A false alarm costs a word with the front desk; a missed one could cost
much more, so matching leans towards yes.
"""

from __future__ import annotations

import re
import unicodedata

DEFAULT_URGENT_PHRASES = (
    "chest pain",
    "can't breathe",
    "cannot breathe",
    "trouble breathing",
    "short of breath",
    "can't feel my legs",
    "cannot feel my legs",
    "can't move my legs",
    "cannot move my legs",
    "can't walk",
    "numb legs",
    "lost control of my bladder",
    "lost control of my bowels",
    "fever",
    "redness",
    "swelling at the needle",
    "severe bleeding",
    "bleeding a lot",
    "worst headache",
    "stroke",
    "suicide",
    "kill myself",
    "overdose",
    "allergic reaction",
    "dolor de pecho",
    "no puedo respirar",
    "no siento las piernas",
    "no puedo mover las piernas",
    "fiebre",
    "sangrado",
)

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'"})


def normalise(text: str) -> str:
    """Lower case, no accents, straight quotes, single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", normalise(text))


def is_urgent(message: str, phrases: tuple[str, ...]) -> bool:
    """True if the message holds any phrase as whole words; the phrase's last word may go on
    ("fever" matches "fevers", "bleeding" matches "bleedings")."""
    said = words(message)
    for phrase in phrases:
        wanted = words(phrase)
        if wanted and _contains(said, wanted):
            return True
    return False


def _contains(said: list[str], wanted: list[str]) -> bool:
    *head, last = wanted
    for start in range(len(said) - len(wanted) + 1):
        if said[start : start + len(head)] == head and said[start + len(head)].startswith(last):
            return True
    return False
