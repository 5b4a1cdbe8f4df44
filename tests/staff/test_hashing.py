"""Only a salted scrypt hash is kept, in a string that says how it was made."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Any

import pytest

from kiosk.staff.hashing import (
    DEFAULT_PARAMETERS,
    ScryptParameters,
    hash_pin,
    needs_rehash,
    verify_pin,
)
from tests.staff.support import FAST, PIN, WRONG_PIN

FORMAT = re.compile(
    r"scrypt\$n=(?P<n>\d+),r=(?P<r>\d+),p=(?P<p>\d+)\$(?P<salt>[A-Za-z0-9+/=]+)\$(?P<hash>[A-Za-z0-9+/=]+)"
)


def test_the_default_parameters_are_those_of_the_design_record() -> None:
    assert (DEFAULT_PARAMETERS.n, DEFAULT_PARAMETERS.r, DEFAULT_PARAMETERS.p) == (2**14, 8, 5)


def test_a_hash_records_its_parameters_a_16_byte_salt_and_never_the_pin() -> None:
    encoded = hash_pin(PIN)
    match = FORMAT.fullmatch(encoded)
    assert match is not None, encoded
    assert (match["n"], match["r"], match["p"]) == ("16384", "8", "5")
    salt = base64.b64decode(match["salt"])
    digest = base64.b64decode(match["hash"])
    assert len(salt) == 16
    assert len(digest) == 32
    assert PIN not in encoded
    expected = hashlib.scrypt(PIN.encode(), salt=salt, n=2**14, r=8, p=5, maxmem=64 << 20, dklen=32)
    assert digest == expected


def test_the_same_pin_gets_a_different_salt_every_time() -> None:
    hashes = [hash_pin(PIN, FAST) for _ in range(20)]
    salts = {FORMAT.fullmatch(encoded)["salt"] for encoded in hashes}  # type: ignore[index]
    assert len(salts) == 20
    assert all(verify_pin(PIN, encoded) for encoded in hashes)


def test_the_right_pin_verifies_and_a_wrong_one_does_not() -> None:
    encoded = hash_pin(PIN, FAST)
    assert verify_pin(PIN, encoded)
    assert not verify_pin(WRONG_PIN, encoded)
    assert not verify_pin(PIN[:-1], encoded)
    assert not verify_pin(PIN + "0", encoded)


def test_hashes_made_with_older_parameters_still_verify() -> None:
    old = "scrypt$n=1024,r=4,p=1$" + base64.b64encode(b"0123456789abcdef").decode() + "$"
    old += base64.b64encode(
        hashlib.scrypt(PIN.encode(), salt=b"0123456789abcdef", n=1024, r=4, p=1, dklen=32)
    ).decode()
    assert verify_pin(PIN, old)
    assert not verify_pin(WRONG_PIN, old)
    assert needs_rehash(old)
    assert not needs_rehash(hash_pin(PIN, FAST), FAST)


def test_verification_compares_in_constant_time_with_maxmem_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, Any] = {}
    real_compare, real_scrypt = hmac.compare_digest, hashlib.scrypt

    def compare(a: bytes, b: bytes) -> bool:
        seen["compared"] = True
        return real_compare(a, b)

    def scrypt(password: bytes, **kwargs: Any) -> bytes:
        seen["maxmem"] = kwargs.get("maxmem")
        return real_scrypt(password, **kwargs)

    encoded = hash_pin(PIN, FAST)
    monkeypatch.setattr(hmac, "compare_digest", compare)
    monkeypatch.setattr(hashlib, "scrypt", scrypt)
    assert verify_pin(PIN, encoded)
    assert seen["compared"] is True
    assert seen["maxmem"] == FAST.memory() > 128 * FAST.n * FAST.r


@pytest.mark.parametrize(
    "damaged",
    [
        "",
        PIN,
        "bcrypt$n=1024,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",
        "scrypt$n=1000,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # n not 2^k
        "scrypt$n=1024,r=8,p=1$AAAA$AAAAAAAAAAAAAAAAAAAAAA==",  # salt too short
        "scrypt$n=1024,r=8,p=1$!!!!$AAAA",
        "scrypt$n=67108864,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # 64 GiB
    ],
)
def test_a_damaged_or_foreign_hash_never_matches(damaged: str) -> None:
    assert not verify_pin(PIN, damaged)


def test_parameters_that_scrypt_cannot_use_are_refused() -> None:
    with pytest.raises(ValueError, match="power of two"):
        ScryptParameters(n=1000)
    with pytest.raises(ValueError, match="memory"):
        ScryptParameters(n=2**20, r=8, p=1)
