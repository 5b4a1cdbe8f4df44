"""The staff command line, run in-process through ``kiosk.cli.main``.

Every command answers --help, does its job, and fails with one line on stderr and the
documented exit code: 0 done, 1 the operation failed, 2 a usage or settings mistake.
"""

from __future__ import annotations

import getpass
import io
import json
import os
import re
import shutil
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import cli
from kiosk.heartbeat import write_heartbeat
from kiosk.requests.model import Status
from kiosk.staff import Disabled
from kiosk.staff.doctor import run_checks
from kiosk.storage import RequestQueue
from tests.conftest import ROOT
from tests.staff.support import PIN, WRONG_PIN, open_fast
from tests.storage.support import patient_request, raw_database
from tests.unit.content_files import builtin_files

OK, FAILED, USAGE = 0, 1, 2
HELP_COMMANDS = [
    [],
    ["export"],
    ["requests"],
    ["purge"],
    ["doctor"],
    ["alerts"],
    ["stats"],
    ["staff"],
    ["staff", "add"],
    ["staff", "list"],
    ["staff", "remove"],
    ["staff", "reset"],
]


class Run:
    """``kiosk.cli.main`` with the data folder given, and what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
        self._capsys = capsys
        self.data_dir = data_dir
        self.out = self.err = ""

    def __call__(self, *arguments: str, stdin: str | None = None) -> int:
        if stdin is not None:
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr("sys.stdin", io.StringIO(stdin))
                code = cli.main([*arguments, "--data-dir", str(self.data_dir)])
        else:
            code = cli.main([*arguments, "--data-dir", str(self.data_dir)])
        self.out, self.err = self._capsys.readouterr()
        return code

    def one_line_error(self) -> str:
        assert "Traceback" not in self.err
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        return lines[0]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_dir: Path) -> Run:
    return Run(capsys, data_dir)


@pytest.fixture
def typed_pins(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the user "types" at each getpass prompt, in order."""
    answers: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": answers.pop(0))
    return answers


# --help and usage ------------------------------------------------------------------------


@pytest.mark.parametrize("command", HELP_COMMANDS, ids=" ".join)
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    assert cli.main([*command, "--help"]) == OK
    out = capsys.readouterr().out
    assert out.startswith("usage: kiosk")
    assert "--data-dir" in out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "required: COMMAND"),
        (["bogus"], "invalid choice"),
        (["export"], "required: --format, --out"),
        (["export", "--format", "xlsx", "--out", "x"], "invalid choice: 'xlsx'"),
        (["export", "--format", "csv", "--out", "x", "--since", "14/03/2026"], "YYYY-MM-DD"),
        (["export", "--format", "csv", "--out", "x", "--status", "old"], "invalid choice"),
        (["purge", "--older-than", "-3"], "whole number of days"),
        (["purge", "--older-than", "ten"], "whole number of days"),
        (["staff"], "required: ACTION"),
        (["staff", "add"], "required: NAME"),
        (["staff", "frobnicate"], "invalid choice"),
    ],
)
def test_usage_mistakes_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    assert cli.main(arguments) == USAGE
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1, err
    assert message in err
    assert "--help" in err


def test_global_options_work_before_and_after_the_command(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_fast(tmp_path / "here") as directory:
        directory.add("Ann", PIN)
    for arguments in (
        ["--data-dir", str(tmp_path / "here"), "staff", "list"],
        ["staff", "--data-dir", str(tmp_path / "here"), "list"],
        ["staff", "list", "--data-dir", str(tmp_path / "here")],
    ):
        assert cli.main(arguments) == OK
        assert "Ann" in capsys.readouterr().out
    assert not (tmp_path / "elsewhere").exists()


def test_a_settings_mistake_exits_2_with_one_line(run: Run, tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text('[requests]\nretention_days = "soon"\n')
    assert run("purge", "--config", str(settings)) == USAGE
    assert "requests.retention_days" in run.one_line_error()
    assert run("requests", "--config", str(tmp_path / "missing.toml")) == USAGE
    assert "does not exist" in run.one_line_error()


def test_a_storage_failure_exits_1_with_one_line(run: Run) -> None:
    run.data_dir.parent.mkdir(parents=True, exist_ok=True)
    run.data_dir.write_text("a file where the data folder should be")
    assert run("requests") == FAILED
    assert run.one_line_error().startswith("kiosk: ")


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can write in another user's folder")
def test_root_is_refused_in_the_kiosk_users_data_folder(run: Run) -> None:
    """Files root made there would be root's, and the kiosk could no longer open them."""
    run.data_dir.mkdir(parents=True)
    os.chown(run.data_dir, 65534, 65534)
    assert run("staff", "list") == FAILED
    assert "run this as that user, for example: sudo -u" in run.one_line_error()
    assert list(run.data_dir.iterdir()) == []


def test_the_umask_is_restored_afterwards(run: Run) -> None:
    before = os.umask(0o022)
    try:
        run("requests")
        assert os.umask(0o022) == 0o022
    finally:
        os.umask(before)


# staff -----------------------------------------------------------------------------------


def test_staff_add_with_pin_stdin_then_list_and_sign_in(run: Run) -> None:
    assert run("staff", "add", "  Ann Lee ", "--pin-stdin", stdin=f"{PIN}\n") == OK
    assert "Added Ann Lee" in run.out
    assert run("staff", "list") == OK
    assert "Ann Lee" in run.out
    assert "can sign in" in run.out
    with open_fast(run.data_dir) as directory:
        assert directory.names() == ["Ann Lee"]


@pytest.mark.parametrize("weak", ["123456", "000000", "2740", "27401x", ""])
def test_staff_add_refuses_a_weak_pin_and_adds_nobody(run: Run, weak: str) -> None:
    assert run("staff", "add", "Ann", "--pin-stdin", stdin=f"{weak}\n") == FAILED
    assert "PIN" in run.one_line_error()
    with open_fast(run.data_dir) as directory:
        assert directory.names() == []


def test_staff_add_asks_twice_without_echo(run: Run, typed_pins: list[str]) -> None:
    typed_pins += [PIN, PIN]
    assert run("staff", "add", "Ann") == OK
    assert typed_pins == []


def test_two_different_pins_change_nothing(run: Run, typed_pins: list[str]) -> None:
    typed_pins += [PIN, "803615"]
    assert run("staff", "add", "Ann") == FAILED
    assert "not the same" in run.one_line_error()
    with open_fast(run.data_dir) as directory:
        assert directory.names() == []


def test_a_weak_typed_pin_is_refused_before_the_second_prompt(
    run: Run, typed_pins: list[str]
) -> None:
    typed_pins += ["111111", "111111"]
    assert run("staff", "add", "Ann") == FAILED
    assert typed_pins == ["111111"]  # it did not ask again


def test_without_a_terminal_it_says_to_use_pin_stdin(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_terminal(prompt: str = "") -> str:
        warnings.warn("Can not control echo on the terminal.", getpass.GetPassWarning, 2)
        return PIN

    monkeypatch.setattr(getpass, "getpass", no_terminal)
    assert run("staff", "add", "Ann") == FAILED
    assert "--pin-stdin" in run.one_line_error()


def test_staff_add_refuses_a_duplicate_before_asking_for_a_pin(
    run: Run, typed_pins: list[str]
) -> None:
    assert run("staff", "add", "Ann", "--pin-stdin", stdin=f"{PIN}\n") == OK
    assert run("staff", "add", "ANN") == FAILED  # typed_pins is empty: a prompt would fail
    assert "'Ann' already exists" in run.one_line_error()


def test_staff_add_refuses_a_bad_name(run: Run) -> None:
    assert run("staff", "add", "x" * 61, "--pin-stdin", stdin=f"{PIN}\n") == FAILED
    assert "at most 60" in run.one_line_error()


def test_staff_remove(run: Run) -> None:
    assert run("staff", "add", "Ann", "--pin-stdin", stdin=f"{PIN}\n") == OK
    assert run("staff", "remove", "ann") == OK
    assert "Removed Ann." in run.out
    assert run("staff", "remove", "Ann") == FAILED
    assert "no staff account named 'Ann'" in run.one_line_error()
    assert run("staff", "list") == OK
    assert "No staff accounts" in run.out


def test_staff_reset_enables_a_disabled_account_with_a_new_pin(run: Run) -> None:
    with open_fast(run.data_dir) as directory:
        directory.add("Ann", PIN)
        now = datetime(2026, 3, 14, tzinfo=UTC)
        for _ in range(10):
            result = directory.sign_in("Ann", WRONG_PIN, now=now)
            now += timedelta(hours=2)
        assert result == Disabled()
    assert run("staff", "list") == OK
    assert "disabled after 10 wrong PINs" in run.out
    assert run("staff", "reset", "ANN", "--pin-stdin", stdin="803615\n") == OK
    assert "Ann has a new PIN" in run.out
    with open_fast(run.data_dir) as directory:
        assert directory.names() == ["Ann"]
        assert directory.sign_in("Ann", "803615").__class__.__name__ == "SignedIn"
    assert run("staff", "reset", "Zed", "--pin-stdin", stdin="803615\n") == FAILED
    assert "no staff account named 'Zed'" in run.one_line_error()


def test_staff_list_shows_a_wait(run: Run) -> None:
    with open_fast(run.data_dir) as directory:
        directory.add("Ann", PIN)
        for _ in range(3):
            directory.sign_in("Ann", WRONG_PIN)
    assert run("staff", "list") == OK
    assert "must wait" in run.out
    assert "3 wrong PINs" in run.out


# requests, export, purge, alerts -----------------------------------------------------------


def saved(data_dir: Path, **changes: object) -> str:
    request = patient_request(**changes)
    with RequestQueue.open(data_dir) as queue:
        queue.save(request)
    return request.id


def test_requests_lists_a_summary_without_what_the_patient_typed(run: Run) -> None:
    saved(run.data_dir, name="Ada Secret", message="very private", urgent=True)
    saved(run.data_dir, name="Bob Hidden", email="bob@hidden.example")
    assert run("requests") == OK
    lines = run.out.splitlines()
    assert lines[0].split() == ["REFERENCE", "CREATED", "KIND", "STATUS", "URGENT", "TOPIC"]
    assert "URGENT" in lines[1]  # urgent first
    assert lines[-1] == "2 requests."
    for private in ("Ada", "Secret", "private", "Bob", "hidden", "555", "example"):
        assert private not in run.out
    assert run("requests", "--status", "handled") == OK
    assert run.out.splitlines()[-1] == "0 requests."


def test_export_writes_marks_and_refuses_to_overwrite(run: Run, tmp_path: Path) -> None:
    first = saved(run.data_dir)
    out = tmp_path / "out.csv"
    arguments = ("export", "--format", "csv", "--out", str(out), "--mark-exported")
    assert run(*arguments) == OK
    assert run.out == f"Wrote 1 request to {out}; 1 marked exported.\n"
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert run(*arguments) == FAILED
    assert "already exists" in run.one_line_error()
    second = saved(run.data_dir)
    assert run(*arguments, "--force") == OK
    assert "Wrote 1 request" in run.out  # only the new one
    everything = tmp_path / "all.json"
    assert run("export", "--format", "json", "--out", str(everything), "--status", "all") == OK
    records = json.loads(everything.read_text())
    assert {record["id"] for record in records} == {first, second}
    with RequestQueue.open(run.data_dir) as queue:
        assert queue.counts()["exported"] == 2


def test_export_since_a_day(run: Run, tmp_path: Path) -> None:
    with RequestQueue.open(run.data_dir) as queue:
        queue.save(patient_request(), now=datetime(2026, 3, 1, 12, tzinfo=UTC))
        recent = patient_request()
        queue.save(recent, now=datetime(2026, 3, 20, 12, tzinfo=UTC))
    out = tmp_path / "since.json"
    assert run("export", "--format", "json", "--out", str(out), "--since", "2026-03-10") == OK
    assert [record["id"] for record in json.loads(out.read_text())] == [recent.id]


def test_export_into_a_folder_that_does_not_exist_fails_with_one_line(
    run: Run, tmp_path: Path
) -> None:
    saved(run.data_dir)
    out = tmp_path / "nowhere" / "x.csv"
    assert run("export", "--format", "csv", "--out", str(out)) == FAILED
    assert "does not exist" in run.one_line_error()


def test_purge_uses_the_retention_period_from_the_settings(run: Run, tmp_path: Path) -> None:
    settings = tmp_path / "kiosk.toml"
    settings.write_text("[requests]\nretention_days = 10\n")
    now = datetime.now(UTC)
    with RequestQueue.open(run.data_dir) as queue:
        old, recent = patient_request(), patient_request()
        queue.save(old)
        queue.save(recent)
        queue.mark_handled([old.id], "Ann", now=now - timedelta(days=11))
        queue.mark_handled([recent.id], "Ann", now=now - timedelta(days=9))
    assert run("purge", "--config", str(settings)) == OK
    assert run.out == "Purged 1 request handled more than 10 days ago.\n"
    assert run("purge", "--older-than", "0") == OK
    assert run.out == "Purged 1 request handled more than 0 days ago.\n"
    with RequestQueue.open(run.data_dir) as queue:
        assert queue.requests(Status.HANDLED) == []
        assert [entry.origin for entry in queue.audit_log()] == ["cli", "cli", "panel", "panel"]


def test_a_purge_beside_a_reader_says_the_wipe_comes_later(run: Run) -> None:
    RequestQueue.open(run.data_dir).close()
    with raw_database(run.data_dir) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM requests").fetchall()  # a backup, say
        assert run("purge") == OK
        reader.execute("COMMIT")
    first, second = run.out.splitlines()
    assert first.startswith("Purged 0 requests")
    assert "Another program is still reading the database" in second
    assert run.err == ""


def test_alerts_lists_and_dismisses(run: Run) -> None:
    with RequestQueue.open(run.data_dir) as queue:
        queue.add_alert("save_failed", "the disk was full")
    assert run("alerts") == OK
    assert "[save_failed]  the disk was full" in run.out
    assert run("alerts", "--dismiss") == OK
    assert "Dismissed 1 alert." in run.out
    assert run("alerts") == OK
    assert run.out == "No pending alerts.\n"


# doctor ------------------------------------------------------------------------------------


def doctor_lines(run: Run, *arguments: str) -> tuple[int, dict[str, str]]:
    code = run("doctor", *arguments)
    lines = {}
    for line in run.out.splitlines():
        verdict = line[:8].strip()
        name, _, detail = line[9:].partition(": ")
        assert verdict in ("OK", "WARNING", "NOT YET", "PROBLEM"), line
        lines[name] = f"{verdict} {detail}"
    return code, lines


def test_doctor_before_anything_is_set_up_asks_for_a_staff_account_only(run: Run) -> None:
    """A new data folder: the database and heartbeat are the kiosk's own to make (NOT YET);
    the one problem is the staff account, which IT adds before the first start."""
    code, lines = doctor_lines(run)
    assert code == FAILED
    assert lines["settings"].startswith("OK")
    assert lines["content"].startswith("OK")
    assert lines["database"].startswith("NOT YET no database")
    assert "kiosk staff add NAME" in lines["database"]
    assert lines["staff accounts"] == (
        "PROBLEM none yet, so the staff panel cannot open; add one with: kiosk staff add NAME"
    )
    assert lines["heartbeat"].startswith("NOT YET none yet")
    assert lines["alerts"] == "OK none (no database yet)"
    assert not (run.data_dir / "requests.db").exists()  # looking made nothing


def test_doctor_passes_once_a_staff_account_is_added_before_the_first_start(run: Run) -> None:
    """The deployment guide's order: add an account, run doctor, then start the kiosk."""
    with open_fast(run.data_dir) as directory:
        directory.add("Ann", PIN)
    code, lines = doctor_lines(run)
    assert code == OK, run.out
    assert lines["heartbeat"].startswith("NOT YET none yet")
    assert [name for name, line in lines.items() if not line.startswith("OK")] == [
        "content review",  # the shipped content is not yet reviewed: a warning
        "heartbeat",
    ]


def test_doctor_with_no_staff_account_says_how_to_add_one(run: Run) -> None:
    RequestQueue.open(run.data_dir).close()
    write_heartbeat(run.data_dir, datetime.now(UTC))
    code, lines = doctor_lines(run)
    assert code == FAILED
    assert lines["database"].startswith("OK")
    assert lines["staff accounts"].startswith("PROBLEM")
    assert "add one with: kiosk staff add NAME" in lines["staff accounts"]
    assert lines["heartbeat"].startswith("OK")


def test_doctor_with_an_account_and_a_fresh_heartbeat_is_all_ok(run: Run) -> None:
    with open_fast(run.data_dir) as directory:
        directory.add("Ann", PIN)
    write_heartbeat(run.data_dir, datetime.now(UTC))
    code, lines = doctor_lines(run)
    assert code == OK, run.out
    assert list(lines) == [
        "settings",
        "content",
        "content review",
        "database",
        "staff accounts",
        "heartbeat",
        "alerts",
        "leftover files",
    ]
    # The shipped content is not reviewed yet: worth a warning, not a failed check.
    assert lines.pop("content review").startswith("WARNING")
    assert all(value.startswith("OK") for value in lines.values())
    assert "1 can sign in" in lines["staff accounts"]
    assert "0 seconds ago" in lines["heartbeat"] or "1 second ago" in lines["heartbeat"]


def test_doctor_without_a_heartbeat_or_with_an_old_one(run: Run) -> None:
    with open_fast(run.data_dir) as directory:
        directory.add("Ann", PIN)
    code, lines = doctor_lines(run)
    assert code == OK
    assert lines["heartbeat"].startswith("NOT YET none yet")
    write_heartbeat(run.data_dir, datetime.now(UTC) - timedelta(minutes=42))
    code, lines = doctor_lines(run)
    assert code == FAILED
    assert "42 minutes ago" in lines["heartbeat"]
    assert "not running" in lines["heartbeat"]
    write_heartbeat(run.data_dir, datetime.now(UTC) + timedelta(hours=3))
    _, lines = doctor_lines(run)
    assert "in the future" in lines["heartbeat"]
    (run.data_dir / "heartbeat").write_text("garbled\n")
    _, lines = doctor_lines(run)
    assert "holds no valid time" in lines["heartbeat"]


def test_doctor_reports_settings_content_and_alert_problems(run: Run, tmp_path: Path) -> None:
    with open_fast(run.data_dir) as directory:
        directory.add("Ann", PIN)
    write_heartbeat(run.data_dir, datetime.now(UTC))
    with RequestQueue.open(run.data_dir) as queue:
        queue.add_alert("save_failed", "the disk was full")
    overrides = tmp_path / "pages" / "en"
    overrides.mkdir(parents=True)
    (overrides / "about.toml").write_text("title = 'no section'\n")
    (overrides / "not-a-page.toml").write_text("")
    settings = tmp_path / "kiosk.toml"
    settings.write_text('[kiosk]\ncontent_dir = "pages"\n')
    code, lines = doctor_lines(run, "--config", str(settings))
    assert code == FAILED
    assert lines["settings"].startswith("OK")
    assert lines["content"].startswith("PROBLEM 2 override file(s) refused")
    assert lines["alerts"].startswith("PROBLEM 1 pending")
    assert "kiosk alerts --dismiss" in lines["alerts"]

    settings.write_text("[kiosk]\nnonsense = 1\n")
    _, lines = doctor_lines(run, "--config", str(settings))
    assert lines["settings"].startswith("PROBLEM")
    assert "kiosk.nonsense" in lines["settings"]


def shipped_files() -> int:
    """Pages of both languages, and each language's teach-back and questions-to-ask files."""
    return len(builtin_files("en")) + len(builtin_files("es")) + 4


def test_doctor_counts_unreviewed_pages_and_learning_files_of_both_languages(run: Run) -> None:
    _, lines = doctor_lines(run)
    files = shipped_files()
    assert lines["content"].startswith(f"OK {files - 4} pages and 4 learning files valid")
    assert lines["content review"] == (
        f"WARNING {files} of {files} files not yet reviewed by a clinician; patients are told "
        "so on every screen that shows them (docs/content.md)"
    )


def source_tree(tmp_path: Path) -> Path:
    """A copy of the kiosk's content, learning files and images to change in a test."""
    root = tmp_path / "builtin"
    for part in ("content", "learning", "images"):
        shutil.copytree(ROOT / "resources" / part, root / part)
    return root


def set_review(path: Path, **fields: str) -> None:
    text = path.read_text(encoding="utf-8")
    for field, value in fields.items():
        text, found = re.subn(rf'^{field} = ""$', f'{field} = "{value}"', text, flags=re.M)
        assert found == 1, (path, field)
    path.write_text(text, encoding="utf-8")


def test_doctor_names_an_overdue_learning_file_as_a_problem(tmp_path: Path) -> None:
    source = source_tree(tmp_path)
    learning = source / "learning"
    reviewer = {"reviewed_by": "Dr Ana Ruiz", "reviewed_on": "2025-01-31"}
    set_review(learning / "en" / "teach-back.toml", **reviewer, review_due="2026-01-31")
    set_review(learning / "es" / "questions-to-ask.toml", **reviewer, review_due="2026-12-31")
    checks = run_checks(
        None, tmp_path / "data", now=datetime(2026, 6, 1, 12, tzinfo=UTC), builtin=source
    )
    review = next(check for check in checks if check.name == "content review")
    assert not review.ok
    files = shipped_files()
    assert review.line() == (
        f"PROBLEM  content review: review overdue for 1 of {files} files: en/teach-back; have a "
        "clinician check them again and update reviewed_on and review_due in their [review] "
        f"table (docs/content.md); {files - 2} of {files} files not yet reviewed by a clinician"
    )


def test_doctor_is_content_once_every_file_is_reviewed_and_none_is_due(tmp_path: Path) -> None:
    source = source_tree(tmp_path)
    for path in sorted(source.glob("*/*/*.toml")):
        set_review(path, reviewed_by="Dr Ana Ruiz", reviewed_on="2026-01-31")
        set_review(path, review_due="2027-01-31")
    checks = run_checks(
        None, tmp_path / "data", now=datetime(2026, 6, 1, 12, tzinfo=UTC), builtin=source
    )
    review = next(check for check in checks if check.name == "content review")
    assert review.line() == (
        f"OK       content review: all {shipped_files()} files reviewed, none overdue"
    )


def test_doctor_reports_a_damaged_database_without_moving_it(run: Run) -> None:
    run.data_dir.mkdir(parents=True)
    damaged = run.data_dir / "requests.db"
    damaged.write_bytes(b"not a database " * 500)
    code, lines = doctor_lines(run)
    assert code == FAILED
    assert lines["database"].startswith("PROBLEM")
    assert "start it again" in lines["database"]
    assert damaged.read_bytes() == b"not a database " * 500
    assert sorted(p.name for p in run.data_dir.iterdir()) == ["requests.db"]


# python -m kiosk dispatch -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "is_cli"),
    [
        ([], False),
        (["--smoke"], False),
        (["--kiosk", "--portrait"], False),
        (["--data-dir", "export", "--smoke"], False),  # a folder named "export"
        (["--config", "doctor"], False),
        (["export", "--format", "csv"], True),
        (["--data-dir", "/tmp/x", "doctor"], True),
        (["--config", "k.toml", "--data-dir", "d", "staff", "list"], True),
        (["staff"], True),
        (["stats"], True),
    ],
)
def test_which_arguments_mean_the_command_line(arguments: list[str], is_cli: bool) -> None:
    assert cli.is_cli_command(arguments) is is_cli


def test_python_m_kiosk_runs_the_kiosk_for_anything_else(
    monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    import kiosk.__main__ as entry  # noqa: PLC0415
    import kiosk.app  # noqa: PLC0415

    started: list[list[str]] = []

    def start_kiosk(argv: list[str]) -> int:
        started.append(argv)
        return 0

    monkeypatch.setattr(kiosk.app, "main", start_kiosk)
    assert entry.main(["--smoke", "--data-dir", "x"]) == 0
    assert started == [["--smoke", "--data-dir", "x"]]
    assert entry.main(["requests", "--data-dir", str(run.data_dir)]) == OK
    assert len(started) == 1
