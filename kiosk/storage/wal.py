"""Checking a write-ahead log for damage before SQLite replays it (no Qt).

SQLite recovers a WAL by reading frames until the first one whose salt or running checksum is
wrong and keeps every transaction committed before it. That is right after a crash, which can
only cut the *end* of the log short; but a flipped bit in the middle makes SQLite drop every
later commit too, silently: ``integrity_check`` then says ok, and the next checkpoint deletes
the log. This module tells the two apart from the bytes alone, following the formats in
https://sqlite.org/fileformat2.html#walformat and #walindexformat:

- the -shm file's wal-index header (written at every commit, intact after a crash of the
  process) says how many frames were committed, so frames SQLite cannot read below that
  number are lost commits;
- without a usable -shm (after a power cut it may be stale): the kiosk's log only ever grows
  between resets, so a crash can cut short only the last frame, and a whole frame of this
  log (its salts) that fails its checksum is damage; so is an intact commit frame after a
  bad frame that is not this log's.

Read-only: nothing here changes a file.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

WAL_HEADER_SIZE = 32
FRAME_HEADER_SIZE = 24
_MAGIC_LITTLE_ENDIAN = 0x377F0682
_MAGIC_BIG_ENDIAN = 0x377F0683
_FORMAT_VERSION = 3007000
_INDEX_HEADER_SIZE = 48
"""One copy of the wal-index header at the start of -shm; a second copy follows it."""
_INDEX_CHECKSUM_OFFSET = 40


@dataclass(frozen=True)
class WalDamage:
    """What a damaged log holds that SQLite would not replay."""

    unreadable_frames: int
    """Frames at or after the first bad one that belonged to committed transactions."""
    lost_commits: int
    """Commit frames among them whose header can still be read (each saved request is one):
    at least 1, and a lower bound, because damage can hide a frame's header too."""
    total_frames: int
    """Whole frames in the file."""
    header_damaged: bool = False
    """The log's own header is unreadable, so SQLite would ignore every frame."""


def inspect(database: Path) -> WalDamage | None:
    """Damage in ``database``'s -wal that would lose commits, or None if it replays whole.

    None also when there is no log, it is empty, or only its unfinished end is cut short.
    Raises OSError if the files cannot be read.
    """
    try:
        log = Path(f"{database}-wal").read_bytes()
    except FileNotFoundError:
        return None
    if len(log) < WAL_HEADER_SIZE:
        return None  # a header cut short while being written: no frame was ever committed
    header = _read_header(log)
    if header is None:
        # Frames are still where they were: count those that say they end a transaction.
        frame_size = FRAME_HEADER_SIZE + _database_page_size(database)
        frames = (len(log) - WAL_HEADER_SIZE) // frame_size
        commits = sum(
            _is_commit(log, WAL_HEADER_SIZE + index * frame_size) for index in range(frames)
        )
        return WalDamage(
            unreadable_frames=frames,
            lost_commits=max(commits, 1) if frames else 0,
            total_frames=frames,
            header_damaged=True,
        )
    committed = _committed_frames(Path(f"{database}-shm"), header)
    return _scan(log, header, committed)


def _database_page_size(database: Path) -> int:
    """The page size in the database file's header (offset 16, 1 meaning 65536), else 4096."""
    try:
        with database.open("rb") as file:
            header = file.read(18)
    except OSError:
        return 4096
    if len(header) < 18 or not header.startswith(b"SQLite format 3\0"):
        return 4096  # SQLite's default; an empty or unreadable file has none of its own
    size: int = struct.unpack_from(">H", header, 16)[0]
    return 65536 if size == 1 else size or 4096


@dataclass(frozen=True)
class _Header:
    big_endian: bool
    page_size: int
    salts: bytes
    checksum: tuple[int, int]


def _read_header(log: bytes) -> _Header | None:
    magic, version, page_size = struct.unpack_from(">III", log, 0)
    if magic not in (_MAGIC_LITTLE_ENDIAN, _MAGIC_BIG_ENDIAN) or version != _FORMAT_VERSION:
        return None
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    big_endian = magic == _MAGIC_BIG_ENDIAN
    stored = struct.unpack_from(">II", log, 24)
    if _checksum(log[:24], (0, 0), big_endian) != stored:
        return None
    return _Header(big_endian, page_size, log[16:24], stored)


def _scan(log: bytes, header: _Header, committed: int | None) -> WalDamage | None:
    frame_size = FRAME_HEADER_SIZE + header.page_size
    total = (len(log) - WAL_HEADER_SIZE) // frame_size
    running = header.checksum
    first_bad = None
    for index in range(total):
        offset = WAL_HEADER_SIZE + index * frame_size
        if not _frame_matches(log, offset, frame_size, header, running):
            first_bad = index
            break
        running = _stored_checksum(log, offset)
    if first_bad is None:
        return None
    own = [
        index
        for index in range(first_bad, total)
        if _has_own_salts(log, WAL_HEADER_SIZE + index * frame_size, header)
    ]
    if committed is not None:
        if committed <= first_bad:
            return None  # every committed frame reads back; the rest was never committed
        last = committed - 1
    elif own and own[0] == first_bad:
        # A whole frame of this log that fails its checksum: the kiosk's log only grows
        # (journal_size_limit=0 truncates it at each reset), so a crash leaves whole frames
        # intact and at most the last one cut short, which is not counted as a frame at all.
        last = own[-1]
    else:
        # The first bad frame is not this log's (its salts are damaged, or it is left from an
        # older log): damage only if an intact commit of this log follows it, checked against
        # the checksum stored in the frame before it.
        intact = [
            index
            for index in own
            if _is_commit(log, WAL_HEADER_SIZE + index * frame_size)
            and _frame_matches(
                log,
                WAL_HEADER_SIZE + index * frame_size,
                frame_size,
                header,
                _stored_checksum(log, WAL_HEADER_SIZE + (index - 1) * frame_size),
            )
        ]
        if not intact:
            return None  # only an unfinished transaction at the end: what a crash leaves
        last = intact[-1]
    commits = sum(
        1
        for index in own
        if index <= last and _is_commit(log, WAL_HEADER_SIZE + index * frame_size)
    )
    return WalDamage(
        unreadable_frames=last - first_bad + 1, lost_commits=max(commits, 1), total_frames=total
    )


def _frame_matches(
    log: bytes, offset: int, frame_size: int, header: _Header, seed: tuple[int, int]
) -> bool:
    """Whether the frame at ``offset`` has the log's salts and the checksum ``seed`` leads to."""
    page_number = struct.unpack_from(">I", log, offset)[0]
    if page_number == 0 or log[offset + 8 : offset + 16] != header.salts:
        return False
    covered = log[offset : offset + 8] + log[offset + FRAME_HEADER_SIZE : offset + frame_size]
    return _checksum(covered, seed, header.big_endian) == _stored_checksum(log, offset)


def _is_commit(log: bytes, offset: int) -> bool:
    """A commit frame records the database's size in pages after the commit; others hold 0."""
    size_after_commit: int = struct.unpack_from(">I", log, offset + 4)[0]
    return size_after_commit != 0


def _has_own_salts(log: bytes, offset: int, header: _Header) -> bool:
    """Whether the frame's header carries this log's salts (a frame of an older log does not)."""
    return log[offset + 8 : offset + 16] == header.salts


def _stored_checksum(log: bytes, offset: int) -> tuple[int, int]:
    first, second = struct.unpack_from(">II", log, offset + 16)
    return first, second


def _checksum(data: bytes, seed: tuple[int, int], big_endian: bool) -> tuple[int, int]:
    """SQLite's running WAL checksum (fileformat2 section 4.3) over 8-byte aligned ``data``."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    first, second = seed
    pairs = iter(words)
    for word0, word1 in zip(pairs, pairs, strict=True):
        first = (first + word0 + second) & 0xFFFFFFFF
        second = (second + word1 + first) & 0xFFFFFFFF
    return first, second


def _committed_frames(shm: Path, header: _Header) -> int | None:
    """How many frames the wal-index says were committed, or None if it cannot be trusted.

    Trusted only when both copies of its header agree, its checksum holds and its salts are
    this log's: after a power cut the -shm may never have reached the disk.
    """
    try:
        with shm.open("rb") as file:
            index = file.read(2 * _INDEX_HEADER_SIZE)
    except OSError:
        return None
    if len(index) < 2 * _INDEX_HEADER_SIZE:
        return None
    first, second = index[:_INDEX_HEADER_SIZE], index[_INDEX_HEADER_SIZE:]
    if first != second:
        return None
    # The wal-index is in the byte order of the machine that wrote it, which is this one.
    version, _, _, is_init, _, _, max_frame = struct.unpack_from("=IIIBBHI", first, 0)
    salts = first[32:40]
    if version != _FORMAT_VERSION or not is_init or salts != header.salts:
        return None
    stored = struct.unpack_from("=II", first, _INDEX_CHECKSUM_OFFSET)
    native_big_endian = struct.pack("=I", 1) == struct.pack(">I", 1)
    if _checksum(first[:_INDEX_CHECKSUM_OFFSET], (0, 0), native_big_endian) != stored:
        return None
    return int(max_frame)
