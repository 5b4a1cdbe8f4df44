"""PIN hashes: salted scrypt in a self-describing string (stdlib hashlib, no Qt).

Format: ``scrypt$n=16384,r=8,p=5$<salt, base64>$<hash, base64>``. Each string carries its own
parameters, so raising them later only changes new hashes; old strings keep verifying (and a
successful sign-in rewrites them with the current parameters). docs/design/0003 says why these
parameters.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass

log = logging.getLogger(__name__)

SALT_BYTES = 16
HASH_BYTES = 32
SCHEME = "scrypt"
_MAX_MEMORY = 256 * 1024 * 1024
"""Refuse stored parameters needing more than this, so a tampered row cannot exhaust memory."""
_PATTERN = re.compile(
    r"scrypt\$n=(?P<n>[0-9]{1,8}),r=(?P<r>[0-9]{1,3}),p=(?P<p>[0-9]{1,3})"
    r"\$(?P<salt>[A-Za-z0-9+/=]+)\$(?P<hash>[A-Za-z0-9+/=]+)"
)


@dataclass(frozen=True)
class ScryptParameters:
    n: int = 2**14
    """CPU/memory cost; a power of two."""
    r: int = 8
    """Block size; memory is about 128 * n * r bytes (16 MiB here)."""
    p: int = 5
    """Parallelism: multiplies the time (about 0.2 s here), not the memory."""

    def __post_init__(self) -> None:
        if self.n < 2 or self.n & (self.n - 1) or self.r < 1 or self.p < 1:
            raise ValueError("scrypt needs n a power of two above 1, and r and p of at least 1")
        if self.memory() > _MAX_MEMORY:
            raise ValueError("these scrypt parameters need more memory than allowed")

    def memory(self) -> int:
        """Bytes scrypt needs: 128 * r * (n + p), plus room to spare."""
        return 128 * self.r * (self.n + self.p) + 1024 * 1024

    def text(self) -> str:
        return f"n={self.n},r={self.r},p={self.p}"


DEFAULT_PARAMETERS = ScryptParameters()


def hash_pin(pin: str, parameters: ScryptParameters = DEFAULT_PARAMETERS) -> str:
    """A new self-describing hash of ``pin`` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(pin, salt, parameters, HASH_BYTES)
    return f"{SCHEME}${parameters.text()}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, encoded: str) -> bool:
    """True if ``pin`` matches ``encoded``, whatever parameters it was made with.

    A malformed string never matches (and is logged): a damaged row must not open the panel.
    """
    parsed = _parse(encoded)
    if parsed is None:
        log.error("a stored PIN hash is not in the expected format; it cannot match")
        return False
    parameters, salt, expected = parsed
    return hmac.compare_digest(_scrypt(pin, salt, parameters, len(expected)), expected)


def needs_rehash(encoded: str, parameters: ScryptParameters = DEFAULT_PARAMETERS) -> bool:
    """True if ``encoded`` was made with other parameters than ``parameters``."""
    parsed = _parse(encoded)
    return parsed is None or parsed[0] != parameters


def _parse(encoded: str) -> tuple[ScryptParameters, bytes, bytes] | None:
    match = _PATTERN.fullmatch(encoded)
    if match is None:
        return None
    try:
        parameters = ScryptParameters(int(match["n"]), int(match["r"]), int(match["p"]))
        salt = base64.b64decode(match["salt"], validate=True)
        digest = base64.b64decode(match["hash"], validate=True)
    except (ValueError, binascii.Error):
        return None
    if len(salt) < SALT_BYTES or len(digest) < 16:
        return None
    return parameters, salt, digest


def _scrypt(pin: str, salt: bytes, parameters: ScryptParameters, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=parameters.n,
        r=parameters.r,
        p=parameters.p,
        maxmem=parameters.memory(),
        dklen=length,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
