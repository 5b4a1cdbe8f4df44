"""Checking a write-ahead log for damage before SQLite replays it (no Qt).

SQLite recovers a WAL by reading frames until the first one whose salt or running checksum is
wrong and keeps every transaction committed before it. That is right after a crash, which can
only cut the *end* of the log short; but a flipped bit in the middle makes SQLite drop every
later commit too, silently: ``integrity_check`` then says ok, and the next checkpoint deletes
the log. This module tells the two apart from the bytes alone, following the formats in
https://sqlite.org/fileformat2.html#walformat and #walindexformat:

- the -shm file's wal-index header (written at every commit, intact after a crash of the
  process) says how many frames were committed, so frames SQLite cannot read below that
  number are lost commits (after a power cut it may be an older count: a lower bound);
- a commit frame of this log that is intact when checked against the checksum stored in the
  frame before it, found after the first bad frame, is a lost commit: the frames a crash
  leaves behind (an unfinished transaction, one overwritten after recovery) hold no commit;
- a whole commit frame that ends the file but fails is one too: a crash mid-write leaves the
  file ending mid-frame.

Without a usable -shm, damage confined to the last commit frames before the end of the log
may look like a write cut short; the kiosk's own crashes leave the -shm intact.

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
    """Frames from the first bad one to the last committed one (some may be missing from a
    log cut short)."""
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

    def offset(index: int) -> int:
        return WAL_HEADER_SIZE + index * frame_size

    running = header.checksum
    first_bad = total
    for index in range(total):
        if not _frame_matches(log, offset(index), frame_size, header, running):
            first_bad = index
            break
        running = _stored_checksum(log, offset(index))
    # The last frame that held a commit SQLite will not replay, by three signs; the -shm's
    # count is only a lower bound, because after a power cut it may be an older one.
    ends = []
    if committed is not None and committed > first_bad:
        ends.append(committed - 1)  # may lie past the end of a log cut short
    ends.extend(
        # An intact commit of this log after the first bad frame, checked against the
        # checksum stored in the frame before it: frames a crash left behind are never that.
        index
        for index in range(first_bad + 1, total)
        if _is_own_commit(log, offset(index), header)
        and _frame_matches(
            log, offset(index), frame_size, header, _stored_checksum(log, offset(index - 1))
        )
    )
    if first_bad == total - 1 and _is_own_commit(log, offset(first_bad), header):
        # A whole commit frame ends the file yet fails: a write cut short by a crash ends the
        # file mid-frame instead. (A power cut can leave this too, for a commit that was never
        # acknowledged: then the alert is a false one, and the files are kept all the same.)
        ends.append(first_bad)
    if not ends:
        return None  # every commit reads back; what follows was never committed
    last = max(ends)
    commits = sum(
        1
        for index in range(first_bad, min(last + 1, total))
        if _is_own_commit(log, offset(index), header)
    )
    return WalDamage(
        unreadable_frames=last - first_bad + 1,
        lost_commits=max(commits, 1),
        total_frames=total,
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


def _is_own_commit(log: bytes, offset: int, header: _Header) -> bool:
    """A commit frame whose header carries this log's salts (an older log's frames do not)."""
    return _is_commit(log, offset) and log[offset + 8 : offset + 16] == header.salts


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
