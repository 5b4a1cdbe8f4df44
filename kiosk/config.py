"""Typed kiosk settings from one TOML file; every key is optional (no Qt).

The file lives at ``--config PATH`` or, by default, in the platform's config directory
(``~/.config/rfa-kiosk/kiosk.toml`` on Linux). docs/configuration.md documents every key.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import phonenumbers
import platformdirs

from kiosk.requests.urgent import DEFAULT_URGENT_PHRASES

APP_NAME = "rfa-kiosk"
LANGUAGES = ("en", "es")
MIN_WARNING_SECONDS = 20
MAX_URL_LENGTH = 300
MIN_SCREEN_SCALE = 0.5
MAX_SCREEN_SCALE = 4
# A clinic's kiosk.toml is a few KB, so 1 MiB is far more than any clinic needs. The cap stops a
# wrong --config (a disk image, a log, an endless device) from filling the memory.
MAX_SETTINGS_BYTES = 1024 * 1024
PAGE_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
ANCHOR = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
# RFC 3986 characters only: anything else (non-ASCII included) is read differently by different
# phone scanners, so the clinic writes an international domain as xn--... and percent-encodes.
_URL_CHARACTERS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


class ConfigError(Exception):
    """A setting the kiosk cannot use; the message names the file, the key and what is expected."""

    def __init__(self, source: Path | None, key: str, expected: str) -> None:
        self.source = source
        self.key = key
        self.expected = expected
        where = str(source) if source else "settings"
        super().__init__(f"{where}: {key}: expected {expected}" if key else f"{where}: {expected}")


@dataclass(frozen=True)
class ClinicSettings:
    name: str = "Pain Care Clinic"
    phone: str = ""
    region: str = "US"
    """Two-letter region for phone numbers typed without a country code."""
    take_home_url: str = ""
    """The clinic's public page a patient can scan to read at home; empty: no QR code anywhere."""
    take_home_anchors: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({}), hash=False
    )
    """Page id -> anchor added to the URL on that page's QR code (``#anchor``)."""

    def take_home_link(self, page_id: str | None = None) -> str | None:
        """What a QR code carries: the URL, with the page's anchor if it has one; None: no code."""
        if not self.take_home_url:
            return None
        anchor = self.take_home_anchors.get(page_id) if page_id else None
        if not anchor:
            return self.take_home_url
        return urlunsplit(urlsplit(self.take_home_url)._replace(fragment=anchor))


@dataclass(frozen=True)
class KioskSettings:
    id: str = "kiosk-1"
    """Names this kiosk in exported requests when a clinic has several."""
    languages: tuple[str, ...] = LANGUAGES
    default_language: str = "en"
    content_dir: Path | None = None
    """A folder with <language>/<page>.toml files that replace built-in pages."""
    export_dir: Path | None = None
    """Where the staff panel writes exports (a mounted USB drive also works); None: data dir."""
    hide_cursor: bool = False
    """For touch-only kiosks: no mouse pointer on screen."""
    read_aloud: bool = True
    """Offer "Read to me" where a speech engine has a voice; off for a kiosk without speakers."""
    screen_scale: float | None = None
    """How much larger than its design pixels the kiosk draws; None: chosen from the screen."""

    @property
    def language(self) -> str:
        return self.default_language


@dataclass(frozen=True)
class Timeouts:
    """Seconds. Reading and form screens ask "Are you still there?" for `warning` seconds."""

    reading_idle: int = 120
    form_idle: int = 90
    warning: int = 30
    thank_you: int = 20
    staff_idle: int = 60


@dataclass(frozen=True)
class RequestSettings:
    max_per_10_min: int = 6
    """Submissions this kiosk accepts in any 10 minutes; more get "please ask at the desk"."""
    urgent_phrases: tuple[str, ...] = DEFAULT_URGENT_PHRASES
    retention_days: int = 30
    """Handled requests older than this are purged."""


@dataclass(frozen=True)
class Config:
    clinic: ClinicSettings = field(default_factory=ClinicSettings)
    kiosk: KioskSettings = field(default_factory=KioskSettings)
    timeouts: Timeouts = field(default_factory=Timeouts)
    requests: RequestSettings = field(default_factory=RequestSettings)
    source: Path | None = None


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "kiosk.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def load_config(path: Path | None = None) -> Config:
    """Reads the settings file; with no path, uses the default file if it exists."""
    explicit = path is not None
    path = path or default_config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(path, "", "a settings file at this path (it does not exist)")
        return Config()
    try:
        text = _read_settings(path).decode("utf-8")
    except OSError as error:
        raise ConfigError(path, "", f"a readable UTF-8 file ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise ConfigError(path, "", f"a readable UTF-8 file ({error})") from None
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib reads nested lists and tables by recursion
        raise ConfigError(path, "", "valid TOML (lists or tables nested too deeply)") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(path, "", f"valid TOML ({error})") from None
    except ValueError:  # Python turns no more than 4300 digits into a whole number
        raise ConfigError(path, "", "valid TOML (a whole number too long to read)") from None
    return parse_config(data, path)


def _read_settings(path: Path) -> bytes:
    """The file's bytes; refuses anything but a regular file of at most MAX_SETTINGS_BYTES."""
    # O_NONBLOCK: opening a named pipe for reading would otherwise wait for a writer. It changes
    # nothing for a regular file. Windows has no such flag (nor such pipes at a file path).
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(fd).st_mode  # of what was opened: no swap after a check by name
        if not stat.S_ISREG(mode):
            raise ConfigError(path, "", f"a settings file at this path (it is {_kind(mode)})")
        with os.fdopen(fd, "rb", closefd=False) as file:
            # One byte more than the cap tells a file at the cap from a larger one, even one
            # that grows while it is read.
            data = file.read(MAX_SETTINGS_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_SETTINGS_BYTES:
        size = f"{MAX_SETTINGS_BYTES / 1024 / 1024:g} MiB"
        raise ConfigError(path, "", f"a settings file of at most {size} (this one is larger)")
    return data


def _kind(mode: int) -> str:
    """What a path that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "neither a file nor a folder"


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    reader = _Reader(data, source)
    clinic = reader.table(
        "clinic", {"name", "phone", "region", "take_home_url", "take_home_anchors"}
    )
    kiosk = reader.table(
        "kiosk",
        {
            "id",
            "languages",
            "default_language",
            "content_dir",
            "export_dir",
            "hide_cursor",
            "read_aloud",
            "screen_scale",
        },
    )
    timeouts = reader.table("timeouts", {f.name for f in fields(Timeouts)})
    requests = reader.table("requests", {"max_per_10_min", "urgent_phrases", "retention_days"})
    reader.no_other_tables({"clinic", "kiosk", "timeouts", "requests"})

    region = reader.text(clinic, "clinic.region", ClinicSettings.region).upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ConfigError(source, "clinic.region", 'a two-letter region code such as "US"')
    languages = reader.texts(kiosk, "kiosk.languages", KioskSettings.languages)
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if not languages or unknown:
        raise ConfigError(source, "kiosk.languages", f"a list of some of {', '.join(LANGUAGES)}")
    default_language = reader.text(kiosk, "kiosk.default_language", languages[0])
    if default_language not in languages:
        raise ConfigError(source, "kiosk.default_language", f"one of {', '.join(languages)}")

    defaults = Timeouts()
    seconds = {
        f.name: reader.number(timeouts, f"timeouts.{f.name}", getattr(defaults, f.name), 1, 86_400)
        for f in fields(Timeouts)
    }
    if seconds["warning"] < MIN_WARNING_SECONDS:
        # WCAG 2.2.1: a person must have at least 20 seconds to say "I'm still here".
        raise ConfigError(
            source, "timeouts.warning", f"at least {MIN_WARNING_SECONDS} seconds (WCAG 2.2.1)"
        )
    return Config(
        clinic=ClinicSettings(
            name=reader.text(clinic, "clinic.name", ClinicSettings.name, required=True),
            phone=reader.text(clinic, "clinic.phone", ClinicSettings.phone),
            region=region,
            take_home_url=_take_home_url(clinic.get("take_home_url", ""), source),
            take_home_anchors=_take_home_anchors(clinic.get("take_home_anchors", {}), source),
        ),
        kiosk=KioskSettings(
            id=reader.text(kiosk, "kiosk.id", KioskSettings.id, required=True),
            languages=languages,
            default_language=default_language,
            content_dir=reader.path(kiosk, "kiosk.content_dir"),
            export_dir=reader.path(kiosk, "kiosk.export_dir"),
            hide_cursor=reader.flag(kiosk, "kiosk.hide_cursor", KioskSettings.hide_cursor),
            read_aloud=reader.flag(kiosk, "kiosk.read_aloud", KioskSettings.read_aloud),
            screen_scale=_screen_scale(kiosk.get("screen_scale", "auto"), source),
        ),
        timeouts=Timeouts(**seconds),
        requests=RequestSettings(
            max_per_10_min=reader.number(
                requests, "requests.max_per_10_min", RequestSettings.max_per_10_min, 1, 1000
            ),
            urgent_phrases=reader.texts(
                requests, "requests.urgent_phrases", RequestSettings.urgent_phrases
            ),
            retention_days=reader.number(
                requests, "requests.retention_days", RequestSettings.retention_days, 1, 3650
            ),
        ),
        source=source,
    )


def _screen_scale(value: object, source: Path | None) -> float | None:
    if value == "auto":
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not MIN_SCREEN_SCALE <= value <= MAX_SCREEN_SCALE
    ):
        raise ConfigError(
            source,
            "kiosk.screen_scale",
            f'"auto" or a number from {MIN_SCREEN_SCALE} to {MAX_SCREEN_SCALE} (such as 1.5)',
        )
    return float(value)


def _take_home_url(value: object, source: Path | None) -> str:
    """A public http(s) address with a host and nothing personal or ambiguous in it."""
    key = "clinic.take_home_url"
    if not isinstance(value, str):
        raise ConfigError(source, key, "a web address in quotes")
    url = value.strip()
    if not url:
        return ""
    if len(url) > MAX_URL_LENGTH:
        raise ConfigError(source, key, f"a web address of at most {MAX_URL_LENGTH} characters")
    if any(ch.isspace() or not ch.isprintable() for ch in url):
        raise ConfigError(source, key, "a web address without spaces or control characters")
    if not _URL_CHARACTERS.fullmatch(url) or _BAD_PERCENT.search(url):
        raise ConfigError(
            source,
            key,
            "a web address of ASCII letters, digits and -._~:/@!$&'()*+,;=% only "
            "(write an international domain as xn--..., percent-encode other characters)",
        )
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as error:
        raise ConfigError(source, key, f"a valid web address ({error})") from None
    if parts.scheme.lower() not in {"http", "https"}:
        raise ConfigError(source, key, 'a web address starting with "https://" (or "http://")')
    if "@" in parts.netloc:
        raise ConfigError(source, key, 'a web address without a user name or password ("user@")')
    if not parts.hostname:
        raise ConfigError(source, key, 'a web address with a host, like "https://example.org/rfa"')
    if "?" in url:
        raise ConfigError(source, key, 'a web address without a query ("?...")')
    if "#" in url:
        raise ConfigError(
            source, key, 'a web address without "#": anchors go in [clinic.take_home_anchors]'
        )
    return url


def _take_home_anchors(value: object, source: Path | None) -> Mapping[str, str]:
    key = "clinic.take_home_anchors"
    if not isinstance(value, dict):
        raise ConfigError(source, key, f'a [{key}] table of page id = "anchor" lines')
    anchors: dict[str, str] = {}
    for page_id, anchor in value.items():
        if not PAGE_ID.fullmatch(page_id):
            raise ConfigError(
                source,
                f"{key}.{page_id}",
                'a page id of lowercase letters and digits joined by "-", like "after" or "step-2"',
            )
        if not isinstance(anchor, str) or not ANCHOR.fullmatch(anchor):
            raise ConfigError(
                source,
                f"{key}.{page_id}",
                'an anchor in quotes: a letter or digit, then up to 63 letters, digits, "-" or "_"',
            )
        anchors[page_id] = anchor
    return MappingProxyType(anchors)


class _Reader:
    def __init__(self, data: dict[str, Any], source: Path | None) -> None:
        self._data = data
        self._source = source

    def table(self, name: str, keys: set[str]) -> dict[str, Any]:
        value = self._data.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(self._source, name, f"a [{name}] table")
        unknown = sorted(set(value) - keys)
        if unknown:
            known = ", ".join(sorted(keys))
            raise ConfigError(self._source, f"{name}.{unknown[0]}", f"one of the keys {known}")
        return value

    def no_other_tables(self, names: set[str]) -> None:
        unknown = sorted(set(self._data) - names)
        if unknown:
            raise ConfigError(
                self._source, unknown[0], f"one of the tables {', '.join(sorted(names))}"
            )

    def path(self, table: dict[str, Any], key: str) -> Path | None:
        """An optional folder; relative paths are read from the settings file's folder."""
        text = self.text(table, key, "")
        if not text:
            return None
        path = Path(text).expanduser()
        if not path.is_absolute() and self._source is not None:
            path = self._source.parent / path
        return path

    def flag(self, table: dict[str, Any], key: str, default: bool) -> bool:
        value = table.get(key.rsplit(".", maxsplit=1)[-1], default)
        if not isinstance(value, bool):
            raise ConfigError(self._source, key, "true or false (without quotes)")
        return value

    def number(self, table: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
        value = table.get(key.rsplit(".", maxsplit=1)[-1], default)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ConfigError(self._source, key, f"a whole number from {low} to {high}")
        return value

    def texts(self, table: dict[str, Any], key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = table.get(key.rsplit(".", maxsplit=1)[-1], list(default))
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(self._source, key, 'a list of texts in quotes, like ["a", "b"]')
        return tuple(self._line(item, key) for item in value if item.strip())

    def text(self, table: dict[str, Any], key: str, default: str, *, required: bool = False) -> str:
        return self._line(table.get(key.rsplit(".", maxsplit=1)[-1], default), key, required)

    def _line(self, value: object, key: str, required: bool = False) -> str:
        if not isinstance(value, str):
            raise ConfigError(self._source, key, "a text in quotes")
        if required and not value.strip():
            raise ConfigError(self._source, key, "a text that is not empty")
        if len(value) > 200 or any(ord(ch) < 32 for ch in value):
            raise ConfigError(self._source, key, "one line of at most 200 characters")
        return value.strip()
