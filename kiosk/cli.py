"""The staff command line: exports, the request list, purges, alerts, accounts, reading
statistics and `doctor`.

Reached as ``kiosk <command>`` (the console script; ``python -m kiosk <command>`` too) on the
kiosk's own computer, with or without a display: nothing here imports Qt. Every error is one
line on stderr, never a traceback. Exit codes: 0 done, 1 the operation failed (or `doctor` found a
problem), 2 a usage or settings error.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import pwd
import sys
import warnings
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from kiosk.config import Config, ConfigError, default_data_dir, load_config
from kiosk.requests.model import Status
from kiosk.staff import StaffDirectory, StaffError, pin_problem
from kiosk.staff.doctor import describe_duration, run_checks
from kiosk.staff.names import clean_name, name_key
from kiosk.storage import (
    ExportFormat,
    Origin,
    RequestQueue,
    StorageError,
    command_line_user,
    export_requests,
    write_stats_csv,
)
from kiosk.storage.insights import MAX_EXPORT_DAYS

log = logging.getLogger(__name__)

PROG = "kiosk"
COMMANDS = frozenset({"export", "requests", "purge", "doctor", "staff", "alerts", "stats"})
"""First arguments that mean "the staff command line" rather than "start the kiosk"."""
GLOBAL_OPTIONS_WITH_VALUES = frozenset({"--config", "--data-dir"})
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
STATUS_CHOICES = ("new", "exported", "handled", "all")


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error that points at --help instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see: {self.prog} --help)\n")


class _CommandError(Exception):
    """An operation that cannot go on; the message is printed as one line."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one staff command; returns the exit code (never raises SystemExit itself)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        options = build_parser().parse_args(arguments)
    except SystemExit as exit_request:  # --help, or a usage error already printed
        return exit_request.code if isinstance(exit_request.code, int) else EXIT_USAGE
    previous_umask = os.umask(0o077)  # exports and database files private, as in the app
    try:
        run: Callable[[argparse.Namespace], int] = options.run
        return run(options)
    except Exception as error:  # the promise is one line, never a traceback
        message, code = _explain(error)
        _say_error(message)
        return code
    except KeyboardInterrupt:
        _say_error("cancelled")
        return EXIT_INTERRUPTED
    finally:
        os.umask(previous_umask)


def _explain(error: Exception) -> tuple[str, int]:
    """The one line and exit code for an error that ended a command."""
    if isinstance(error, _CommandError):
        return str(error), error.code
    if isinstance(error, ConfigError):
        return str(error), EXIT_USAGE
    if isinstance(error, StaffError | StorageError):
        return str(error), EXIT_FAILED
    log.debug("unexpected error", exc_info=error)
    return f"unexpected error: {type(error).__name__}: {error}", EXIT_FAILED


def is_cli_command(argv: Sequence[str]) -> bool:
    """True if ``argv`` names a staff command (global options may come first)."""
    skip_value = False
    for argument in argv:
        if skip_value:
            skip_value = False
            continue
        if argument in GLOBAL_OPTIONS_WITH_VALUES:
            skip_value = True
            continue
        if argument.startswith("-"):
            continue
        return argument in COMMANDS
    return False


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    _add_global_options(common, default=argparse.SUPPRESS)
    parser = _Parser(
        prog=PROG,
        description="Staff tools for the patient kiosk. Run without a command to start the "
        "kiosk itself.",
    )
    _add_global_options(parser, default=None)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    export = commands.add_parser(
        "export",
        parents=[common],
        help="write requests to a CSV or JSON file",
        description="Write requests to a CSV or JSON file (columns: docs/export.md). The file "
        "is written whole or not at all, readable only by you, and never replaces a file "
        "unless --force is given.",
    )
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument(
        "--out", required=True, type=Path, help="the file to write, or a folder to write it in"
    )
    _add_status(export, default="new")
    export.add_argument(
        "--since", type=_day, help="only requests made on or after this day (YYYY-MM-DD)"
    )
    export.add_argument(
        "--mark-exported",
        action="store_true",
        help="afterwards, mark the new requests in the file as exported",
    )
    export.add_argument("--force", action="store_true", help="replace an existing file")
    export.set_defaults(run=_export)

    listing = commands.add_parser(
        "requests",
        parents=[common],
        help="list requests (no names, contact details or messages)",
        description="List requests, urgent first, then newest first. Shows no names, contact "
        "details or messages: use export for those.",
    )
    _add_status(listing, default="all")
    listing.set_defaults(run=_requests)

    purge = commands.add_parser(
        "purge",
        parents=[common],
        help="delete handled requests past the retention period",
        description="Delete requests handled more than DAYS days ago, leaving no trace in the "
        "database files.",
    )
    purge.add_argument(
        "--older-than",
        type=_days,
        metavar="DAYS",
        help="default: requests.retention_days from the settings (30)",
    )
    purge.set_defaults(run=_purge)

    doctor = commands.add_parser(
        "doctor",
        parents=[common],
        help="check settings, content and its review, database, staff accounts and the kiosk's "
        "heartbeat",
        description="Check the kiosk's set-up, one line per check: OK, WARNING (worth knowing, "
        "e.g. content no clinician has reviewed yet), NOT YET (made by the kiosk when it first "
        "starts: its database, its heartbeat) or PROBLEM. Exit code 0 when no check is a "
        "PROBLEM, 1 otherwise.",
    )
    doctor.set_defaults(run=_doctor)

    alerts = commands.add_parser(
        "alerts",
        parents=[common],
        help="list pending alerts (failed saves, damaged files)",
        description="List the alerts staff have not dismissed yet, newest first.",
    )
    alerts.add_argument("--dismiss", action="store_true", help="mark them all as seen")
    alerts.set_defaults(run=_alerts)

    stats = commands.add_parser(
        "stats",
        parents=[common],
        help="write anonymous reading statistics to a CSV file",
        description="Write how often each page was opened and read, and how many request "
        "forms were started, abandoned and submitted, per day, to a CSV file (columns: "
        "docs/export.md). Counts only: nothing about any patient. The file is written whole "
        "or not at all, readable only by you, and never replaces a file unless --force is "
        "given.",
    )
    stats.add_argument(
        "--out", required=True, type=Path, help="the file to write, or a folder to write it in"
    )
    stats.add_argument(
        "--days",
        type=_stats_days,
        default=30,
        help=f"how many days up to today (1 to {MAX_EXPORT_DAYS}, default: %(default)s)",
    )
    stats.add_argument("--force", action="store_true", help="replace an existing file")
    stats.set_defaults(run=_stats)

    _add_staff_commands(commands, common)
    return parser


def _add_staff_commands(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    staff = commands.add_parser(
        "staff",
        parents=[common],
        help="manage staff accounts (each with their own PIN)",
        description="Manage staff accounts. Each member of staff signs in to the staff panel "
        "with their own name and PIN (6 to 12 digits, not an easy one).",
    )
    actions = staff.add_subparsers(dest="staff_command", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add", parents=[common], help="add an account", description="Add a staff account."
    )
    add.add_argument("name", metavar="NAME")
    _add_pin_stdin(add)
    add.set_defaults(run=_staff_add)
    listing = actions.add_parser(
        "list", parents=[common], help="list accounts", description="List the staff accounts."
    )
    listing.set_defaults(run=_staff_list)
    remove = actions.add_parser(
        "remove",
        parents=[common],
        help="remove an account",
        description="Remove a staff account.",
    )
    remove.add_argument("name", metavar="NAME")
    remove.set_defaults(run=_staff_remove)
    reset = actions.add_parser(
        "reset",
        parents=[common],
        help="give an account a new PIN and enable it again",
        description="Give a staff account a new PIN; clears its wrong-PIN count and its "
        "disabled state.",
    )
    reset.add_argument("name", metavar="NAME")
    _add_pin_stdin(reset)
    reset.set_defaults(run=_staff_reset)


def _add_global_options(parser: argparse.ArgumentParser, *, default: object) -> None:
    parser.add_argument(
        "--config", type=Path, default=default, help="settings file, as for the kiosk"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=default, help="the kiosk's data folder, as for the kiosk"
    )


def _add_status(parser: argparse.ArgumentParser, *, default: str) -> None:
    parser.add_argument(
        "--status", choices=STATUS_CHOICES, default=default, help="default: %(default)s"
    )


def _add_pin_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from one line of standard input (for scripts) instead of asking",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, not {text!r}") from None


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of days, not {text!r}")
    return int(text)


def _stats_days(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_EXPORT_DAYS:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of days from 1 to {MAX_EXPORT_DAYS}, not {text!r}"
        )
    return int(text)


# Commands -------------------------------------------------------------------------------


def _export(options: argparse.Namespace) -> int:
    _settings(options)
    since = None
    if options.since is not None:
        day: date = options.since
        since = datetime(day.year, day.month, day.day).astimezone()  # local midnight
    result = export_requests(
        _data_dir(options),
        options.out,
        options.format,
        status=_status(options.status),
        since=since,
        mark_exported=options.mark_exported,
        force=options.force,
        staff_name=command_line_user(),
        origin=Origin.CLI,
    )
    marked = f"; {result.marked} marked exported" if options.mark_exported else ""
    print(f"Wrote {_requests_word(result.count)} to {result.path}{marked}.")
    return EXIT_OK


def _requests(options: argparse.Namespace) -> int:
    _settings(options)
    with RequestQueue.open(_data_dir(options)) as queue:
        summaries = queue.summaries(_status(options.status))
    rows = [
        (
            summary.reference,
            summary.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            summary.kind.value,
            summary.status.value,
            "URGENT" if summary.urgent else "",
            summary.topic,
        )
        for summary in summaries
    ]
    _print_table(("REFERENCE", "CREATED", "KIND", "STATUS", "URGENT", "TOPIC"), rows)
    print(f"{_requests_word(len(rows))}.")
    return EXIT_OK


def _purge(options: argparse.Namespace) -> int:
    config = _settings(options)
    days: int = (
        options.older_than if options.older_than is not None else config.requests.retention_days
    )
    with RequestQueue.open(_data_dir(options)) as queue:
        purged = queue.purge_handled(days, staff_name=command_line_user(), origin=Origin.CLI)
    print(f"Purged {_requests_word(purged.deleted)} handled more than {days} days ago.")
    if not purged.wiped:
        print(
            "Another program is still reading the database, so old copies of the purged "
            "requests stay in its write-ahead log until it finishes; the running kiosk wipes "
            "them within a minute of that (or run this purge again)."
        )
    return EXIT_OK


def _doctor(options: argparse.Namespace) -> int:
    checks = run_checks(options.config, _data_dir(options))
    for check in checks:
        print(check.line())
    return EXIT_OK if all(check.ok for check in checks) else EXIT_FAILED


def _alerts(options: argparse.Namespace) -> int:
    _settings(options)
    with RequestQueue.open(_data_dir(options)) as queue:
        pending = queue.pending_alerts()
        for alert in pending:
            when = alert.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{when}  [{alert.kind}]  {alert.message}")
        if options.dismiss:
            dismissed = queue.dismiss_alerts(command_line_user(), origin=Origin.CLI)
            print(f"Dismissed {dismissed} alert{'' if dismissed == 1 else 's'}.")
        elif not pending:
            print("No pending alerts.")
    return EXIT_OK


def _stats(options: argparse.Namespace) -> int:
    _settings(options)
    result = write_stats_csv(
        _data_dir(options), options.out, days=options.days, force=options.force
    )
    rows = f"{result.rows} row{'' if result.rows == 1 else 's'}"
    print(
        f"Wrote {rows} of reading statistics ({result.first_day} to {result.last_day}) "
        f"to {result.path}."
    )
    return EXIT_OK


def _staff_add(options: argparse.Namespace) -> int:
    _settings(options)
    name = clean_name(options.name)  # refuse a bad name before asking for a PIN
    with StaffDirectory.open(_data_dir(options)) as directory:
        existing = _existing_name(directory, name)
        if existing is not None:
            raise _CommandError(f"a staff account named {existing!r} already exists")
        pin = _new_pin(options, f"PIN for {name}")
        directory.add(name, pin, staff_name=command_line_user(), origin=Origin.CLI)
    print(f"Added {name}. They can now sign in to the staff panel.")
    return EXIT_OK


def _staff_list(options: argparse.Namespace) -> int:
    _settings(options)
    with StaffDirectory.open(_data_dir(options)) as directory:
        accounts = directory.accounts()
    if not accounts:
        print("No staff accounts. Add one with: kiosk staff add NAME")
        return EXIT_OK
    rows = []
    for account in accounts:
        if account.disabled:
            state = f"disabled after {account.failures} wrong PINs (staff reset NAME)"
        elif account.wait_seconds:
            state = (
                f"must wait {describe_duration(account.wait_seconds)} "
                f"({account.failures} wrong PINs)"
            )
        elif account.failures:
            state = f"can sign in ({account.failures} wrong PINs)"
        else:
            state = "can sign in"
        added = account.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        rows.append((account.name, added, state))
    _print_table(("NAME", "ADDED", "STATE"), rows)
    return EXIT_OK


def _staff_remove(options: argparse.Namespace) -> int:
    _settings(options)
    with StaffDirectory.open(_data_dir(options)) as directory:
        name = _account_named(directory, options.name)
        directory.remove(name, staff_name=command_line_user(), origin=Origin.CLI)
    print(f"Removed {name}.")
    return EXIT_OK


def _staff_reset(options: argparse.Namespace) -> int:
    _settings(options)
    with StaffDirectory.open(_data_dir(options)) as directory:
        name = _account_named(directory, options.name)
        pin = _new_pin(options, f"New PIN for {name}")
        directory.reset(name, pin, staff_name=command_line_user(), origin=Origin.CLI)
    print(f"{name} has a new PIN and can sign in again.")
    return EXIT_OK


# Helpers --------------------------------------------------------------------------------


def _settings(options: argparse.Namespace) -> Config:
    """The settings (raising ConfigError, exit code 2), read as the kiosk reads them."""
    return load_config(options.config)


def _data_dir(options: argparse.Namespace) -> Path:
    """The kiosk's data folder; refuses to work in another user's folder as root.

    Files root made there (the database, its lock file) would be root's, 0600, and the kiosk
    could no longer open them: it would start without its queue.
    """
    folder: Path = options.data_dir or default_data_dir()
    try:
        owner = folder.stat().st_uid
    except OSError:
        return folder
    if os.geteuid() == 0 and owner != 0:
        user = _user_name(owner)
        raise _CommandError(
            f"{folder} belongs to {user}; run this as that user, for example: "
            f"sudo -u {user} {PROG} ... --data-dir {folder}"
        )
    return folder


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _status(choice: str) -> Status | None:
    return None if choice == "all" else Status(choice)


def _existing_name(directory: StaffDirectory, name: str) -> str | None:
    """The stored name of the account ``name`` refers to (in any case), or None."""
    try:
        wanted = name_key(name)
    except StaffError:
        return None
    return next(
        (account.name for account in directory.accounts() if name_key(account.name) == wanted),
        None,
    )


def _account_named(directory: StaffDirectory, name: str) -> str:
    existing = _existing_name(directory, name)
    if existing is None:
        raise _CommandError(f"there is no staff account named {name.strip()!r}")
    return existing


def _new_pin(options: argparse.Namespace, prompt: str) -> str:
    """The PIN from stdin (--pin-stdin) or typed twice without echo; refused if weak before
    it is asked a second time."""
    if options.pin_stdin:
        line = sys.stdin.readline()
        if not line:
            raise _CommandError("no PIN on standard input")
        pin = line.rstrip("\r\n")
        _refuse_weak(pin)
        return pin
    pin = _ask(f"{prompt} (6 to 12 digits): ")
    _refuse_weak(pin)
    if _ask("The same PIN again: ") != pin:
        raise _CommandError("the two PINs were not the same; nothing was changed")
    return pin


def _refuse_weak(pin: str) -> None:
    problem = pin_problem(pin)
    if problem:
        raise _CommandError(problem)


def _ask(prompt: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(prompt)
        except getpass.GetPassWarning:
            raise _CommandError(
                "there is no terminal to ask for the PIN; use --pin-stdin to pass it on "
                "standard input"
            ) from None
        except EOFError:
            raise _CommandError("no PIN was typed; nothing was changed") from None


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]
    for row in (headers, *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def _requests_word(count: int) -> str:
    return f"{count} request{'' if count == 1 else 's'}"


def _say_error(message: str) -> None:
    print(f"kiosk: {message}", file=sys.stderr)
