"""`kiosk doctor`: is this kiosk set up and running? One check per line (no Qt).

Each check says OK, WARNING, NOT YET or PROBLEM and, for a problem, what to do about it, in
words for the person at the kiosk with a keyboard: settings, built-in and override content, its
clinical review, the database, staff accounts, the kiosk's heartbeat and alerts nobody has
looked at yet. A WARNING is worth knowing but leaves the kiosk fit to run; NOT YET is what only
a kiosk that has started makes (its database, its heartbeat), before its first start. Only a
PROBLEM fails ``doctor``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import kiosk
from kiosk.config import Config, ConfigError, default_config_path, default_data_dir, load_config
from kiosk.content import (
    ContentError,
    Learning,
    Library,
    load_library,
    load_questions_to_ask,
    load_teach_back,
    read_override_dir,
)
from kiosk.content.review_status import (
    QUESTIONS_TO_ASK,
    TEACH_BACK,
    ReviewedFile,
    content_files,
    review_status,
)
from kiosk.heartbeat import HEARTBEAT_NAME, read_heartbeat, read_heartbeat_problems
from kiosk.staff.directory import StaffDirectory
from kiosk.storage import Database, StorageError
from kiosk.storage.database import DATABASE_NAME, check_file
from kiosk.storage.export import stale_partials
from kiosk.storage.migrations import LATEST_VERSION
from kiosk.storage.retention import kept_evidence
from kiosk.storage.times import utc

BUILTIN = Path(kiosk.__file__).parent / "builtin"
"""The built-in content, learning files and images: resources/ in the source tree (kiosk/builtin
links to it), a copy inside the installed package on a kiosk."""
HEARTBEAT_LATE_AFTER = timedelta(minutes=3)
"""Three missed heartbeats (the kiosk writes one a minute): not running, or stuck."""
ADD_STAFF = "kiosk staff add NAME"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    """What was found and, for a problem, what to do."""
    warning: bool = False
    """An ok check with something staff should know (e.g. content no clinician has reviewed):
    shown as WARNING, and ``doctor`` still passes."""
    not_yet: bool = False
    """An ok check of something only a running kiosk makes (its database, its heartbeat),
    before the kiosk's first start with this data folder: shown as NOT YET, and ``doctor``
    still passes."""

    def line(self) -> str:
        if not self.ok:
            verdict = "PROBLEM"
        elif self.warning:
            verdict = "WARNING"
        elif self.not_yet:
            verdict = "NOT YET"
        else:
            verdict = "OK"
        return f"{verdict:<8} {self.name}: {self.detail}"


def run_checks(
    config_path: Path | None,
    data_dir: Path | None,
    *,
    now: datetime | None = None,
    builtin: Path = BUILTIN,
) -> list[Check]:
    """Every check, in order. ``data_dir`` None means the platform default, as for the app."""
    moment = utc(now)
    settings, config = _settings(config_path)
    content, files = _content(config, builtin)
    checks = [settings, content, _content_review(files, moment.astimezone().date())]
    folder = data_dir or default_data_dir()
    database_check, database = _database(folder)
    checks.append(database_check)
    try:
        checks.append(_staff(database))
        checks.append(_heartbeat(folder, moment))
        checks.append(_alerts(database))
        checks.append(_leftovers(folder, config))
    finally:
        if database is not None:
            database.close()
    return checks


def describe_duration(seconds: float) -> str:
    """ "45 seconds", "3 minutes", "2 hours", "4 days": rounded down to one unit."""
    whole = int(seconds)
    for unit, size in (("day", 86_400), ("hour", 3600), ("minute", 60)):
        if whole >= size:
            count = whole // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{whole} second{'' if whole == 1 else 's'}"


def _settings(config_path: Path | None) -> tuple[Check, Config]:
    try:
        config = load_config(config_path)
    except ConfigError as error:
        return Check("settings", False, f"{error}; fix the file (docs/configuration.md)"), Config()
    if config.source is None:
        where = config_path or default_config_path()
        return Check("settings", True, f"no settings file at {where}; using the defaults"), config
    return Check("settings", True, f"{config.source} is valid"), config


def _content(config: Config, builtin_dir: Path) -> tuple[Check, tuple[ReviewedFile, ...]]:
    """Loads every language's pages (with valid overrides) and learning files as the kiosk does;
    also returns the files a patient reads, for the review check (none if the content is broken).
    """
    content_dir = builtin_dir / "content"
    learning_dir = builtin_dir / "learning"
    images = {path.name for path in (builtin_dir / "images").glob("*.svg")}
    override_dir = config.kiosk.content_dir
    problems: list[str] = []
    libraries: list[Library] = []
    learning: list[Learning] = []
    for language in config.kiosk.languages:
        builtin = {
            path.name: path.read_text(encoding="utf-8")
            for path in sorted((content_dir / language).glob("*.toml"))
        }
        if not builtin:
            return Check(
                "content",
                False,
                f"no built-in content files in {content_dir / language}; reinstall the kiosk",
            ), ()
        overrides: dict[str, str] = {}
        refused: list[ContentError] = []
        if override_dir is not None:
            overrides, refused = read_override_dir(override_dir, language)
        try:
            result = load_library(
                language,
                builtin,
                images,
                overrides,
                override_origin=str(override_dir / language) if override_dir else "",
            )
            learning.append(_learning(learning_dir, result.library))
        except (ContentError, OSError) as error:
            return Check(
                "content", False, f"the built-in content is not valid: {error}; reinstall"
            ), ()
        libraries.append(result.library)
        problems += [str(problem) for problem in [*refused, *result.problems]]
    files = content_files(libraries, learning)
    if override_dir is not None and not override_dir.is_dir():
        return Check(
            "content",
            False,
            f"the override folder {override_dir} does not exist; create it or fix "
            "kiosk.content_dir in the settings",
        ), files
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return Check(
            "content",
            False,
            f"{len(problems)} override file(s) refused, the built-in page is shown instead: "
            f"{problems[0]}{more}; fix the file(s) (docs/content.md)",
        ), files
    pages = sum(len(library.pages) for library in libraries)
    source = f" with overrides from {override_dir}" if override_dir else ""
    return Check(
        "content", True, f"{pages} pages and {2 * len(learning)} learning files valid{source}"
    ), files


def _learning(learning_dir: Path, library: Library) -> Learning:
    """One language's teach-back and questions-to-ask files, checked as the kiosk loads them."""
    language = library.language
    folder = learning_dir / language
    teach_back = folder / f"{TEACH_BACK}.toml"
    questions = folder / f"{QUESTIONS_TO_ASK}.toml"
    return Learning(
        load_teach_back(
            language,
            teach_back.read_text(encoding="utf-8"),
            f"built-in learning/{language}/{teach_back.name}",
            library,
        ),
        load_questions_to_ask(
            language,
            questions.read_text(encoding="utf-8"),
            f"built-in learning/{language}/{questions.name}",
        ),
    )


def _content_review(files: Sequence[ReviewedFile], today: date) -> Check:
    """Unreviewed content is a warning (the shipped text is honestly unreviewed and says so on
    screen); a review past its due date is a problem: the clinic said it would check again."""
    if not files:
        return Check("content review", False, "cannot be checked without valid content")
    status = review_status(files, today)
    unreviewed = f"{len(status.unreviewed)} of {status.total} files not yet reviewed by a clinician"
    if status.overdue:
        return Check(
            "content review",
            False,
            f"review overdue for {len(status.overdue)} of {status.total} files: "
            f"{', '.join(status.overdue)}; have a clinician check them again and update "
            f"reviewed_on and review_due in their [review] table (docs/content.md)"
            + (f"; {unreviewed}" if status.unreviewed else ""),
        )
    if status.unreviewed:
        return Check(
            "content review",
            True,
            f"{unreviewed}; patients are told so on every screen that shows them (docs/content.md)",
            warning=True,
        )
    return Check("content review", True, f"all {status.total} files reviewed, none overdue")


def _database(data_dir: Path) -> tuple[Check, Database | None]:
    path = data_dir / DATABASE_NAME
    if not path.exists():
        return Check(
            "database",
            True,
            f"no database at {path} yet; the kiosk makes it when it first starts ({ADD_STAFF} "
            "makes it too)",
            not_yet=True,
        ), None
    try:
        version = check_file(path)
    except StorageError as error:
        return Check(
            "database",
            False,
            f"{error}; stop the kiosk and start it again: it keeps a copy of a damaged file, "
            "carries on with what it can read and records an alert",
        ), None
    try:
        database = Database.open(data_dir)
        pragmas = database.pragmas()
    except StorageError as error:
        return Check("database", False, f"{path} cannot be opened: {error}"), None
    upgraded = f" (upgraded from {version})" if version < LATEST_VERSION else ""
    wanted = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "secure_delete": 1}
    wrong = {name: pragmas[name] for name, value in wanted.items() if pragmas[name] != value}
    if wrong:
        database.close()
        return Check("database", False, f"{path}: settings not in force: {wrong}"), None
    return Check(
        "database",
        True,
        f"{path}: quick_check ok, schema version {pragmas['user_version']}{upgraded}, WAL, "
        f"synchronous=FULL, secure_delete on, busy_timeout {pragmas['busy_timeout']} ms",
    ), database


def _staff(database: Database | None) -> Check:
    if database is None:
        return Check(
            "staff accounts",
            False,
            f"none yet, so the staff panel cannot open; add one with: {ADD_STAFF}",
        )
    directory = StaffDirectory(database)
    try:
        accounts = directory.accounts()
    except StorageError as error:
        return Check("staff accounts", False, f"cannot be read: {error}")
    usable = [account for account in accounts if not account.disabled]
    disabled = len(accounts) - len(usable)
    note = (
        f"; {disabled} disabled after too many wrong PINs (kiosk staff reset NAME)"
        if disabled
        else ""
    )
    if not usable:
        return Check(
            "staff accounts",
            False,
            f"no account can sign in, so the staff panel cannot open{note}; add one with: "
            f"{ADD_STAFF}",
        )
    return Check("staff accounts", True, f"{len(usable)} can sign in{note}")


def _heartbeat(data_dir: Path, now: datetime) -> Check:
    path = data_dir / HEARTBEAT_NAME
    beat = read_heartbeat(data_dir)
    if beat is None and path.exists():
        return Check(
            "heartbeat",
            False,
            f"{path} cannot be read or holds no valid time; the kiosk rewrites it every "
            "minute while it runs, so start (or restart) the kiosk",
        )
    if beat is None:
        return Check(
            "heartbeat",
            True,
            f"none yet ({path}): the kiosk has not started with this data folder; a minute "
            "after it starts this line says OK",
            not_yet=True,
        )
    age = (now - beat).total_seconds()
    when = f"last at {beat.isoformat(timespec='seconds')}"
    if age < -60:
        return Check(
            "heartbeat",
            False,
            f"{when}, {describe_duration(-age)} in the future; check the computer's clock",
        )
    if age > HEARTBEAT_LATE_AFTER.total_seconds():
        return Check(
            "heartbeat",
            False,
            f"{when}, {describe_duration(age)} ago: the kiosk is not running or is stuck; "
            "restart it",
        )
    problems = read_heartbeat_problems(data_dir)
    if problems:
        return Check(
            "heartbeat",
            False,
            f"{when}, {describe_duration(max(age, 0))} ago, but the kiosk reports: "
            + "; ".join(problems),
        )
    return Check("heartbeat", True, f"{when}, {describe_duration(max(age, 0))} ago")


def _leftovers(data_dir: Path, config: Config) -> Check:
    """Files holding patient data that no screen shows: damaged-database copies kept as
    evidence, and exports cut short before they were renamed into place."""
    evidence = kept_evidence(data_dir / DATABASE_NAME)
    export_dir = config.kiosk.export_dir or data_dir / "exports"
    partials = stale_partials(export_dir) if export_dir.is_dir() else []
    found = []
    if evidence:
        oldest = evidence[0][1].astimezone().strftime("%Y-%m-%d")
        found.append(
            f"{len(evidence)} file(s) of a damaged database kept in {data_dir} (oldest set "
            f"aside {oldest}; see the alerts); they hold patient requests, and the purge "
            f"deletes them {config.requests.retention_days} days after they were set aside"
        )
    if partials:
        found.append(
            f"{len(partials)} half-written export file(s) in {export_dir} from exports cut "
            "short; they hold patient requests, and the next export there deletes them"
        )
    if not found:
        return Check("leftover files", True, "none")
    return Check("leftover files", True, "; ".join(found), warning=True)


def _alerts(database: Database | None) -> Check:
    if database is None:
        return Check("alerts", True, "none (no database yet)")
    try:
        pending = database.alerts(pending_only=True)
    except StorageError as error:
        return Check("alerts", False, f"cannot be read: {error}")
    if not pending:
        return Check("alerts", True, "none pending")
    newest = pending[0]
    return Check(
        "alerts",
        False,
        f"{len(pending)} pending, newest {newest.created_at.isoformat(timespec='seconds')} "
        f"[{newest.kind}] {newest.message}; read them with: kiosk alerts, then dismiss "
        "them with: kiosk alerts --dismiss",
    )
