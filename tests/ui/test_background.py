"""Slow work off the screen's thread: its result reaches a live owner, and an owner that went
away first gets nothing and nothing is printed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from kiosk.ui.background import BackgroundTask, wait_for_tasks

POOL_WAIT_MS = 5000


def delete_now(owner: QObject) -> None:
    """As the kiosk destroys its window at exit (app._close): deleted, no event loop after."""
    owner.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_result_for_an_owner_deleted_meanwhile_is_dropped_without_a_word(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    owner = QObject()
    task = BackgroundTask(owner)
    results: list[object] = []
    task.finished.connect(results.append)
    task.failed.connect(results.append)
    gate = threading.Event()
    assert task.run(lambda: gate.wait(POOL_WAIT_MS / 1000) and "exported")

    delete_now(owner)
    gate.set()  # the work ends after its owner is gone
    assert QThreadPool.globalInstance().waitForDone(POOL_WAIT_MS)
    QCoreApplication.processEvents()

    assert results == []
    assert capfd.readouterr().err == ""  # was: RuntimeError: Signal source has been deleted


def test_the_result_or_the_error_arrives_on_the_owners_thread(qtbot: QtBot) -> None:
    task = BackgroundTask()
    main_thread = threading.current_thread()
    ran_on: list[threading.Thread] = []

    def work() -> str:
        ran_on.append(threading.current_thread())
        return "exported"

    with qtbot.waitSignal(task.finished) as finished:
        assert task.run(work)
    assert finished.args == ["exported"]
    assert ran_on != [main_thread]
    assert not task.busy

    def broken() -> object:
        raise OSError("disk full")

    with qtbot.waitSignal(task.failed) as failed:
        assert task.run(broken)
    assert failed.args is not None
    assert str(failed.args[0]) == "disk full"


def test_a_second_tap_while_it_runs_starts_nothing(qtbot: QtBot) -> None:
    task = BackgroundTask()
    gate = threading.Event()
    runs: list[int] = []

    def work() -> None:
        runs.append(1)
        gate.wait(POOL_WAIT_MS / 1000)

    assert task.run(work)
    assert not task.run(work)
    with qtbot.waitSignal(task.finished):
        gate.set()
    assert runs == [1]
    assert task.run(lambda: None)  # free again once the result arrived
    assert task.wait(POOL_WAIT_MS)
    qtbot.waitUntil(lambda: not task.busy)


def test_an_owner_about_to_go_waits_for_its_work_only_so_long(qtbot: QtBot) -> None:
    owner = QObject()
    tasks = [BackgroundTask(owner), BackgroundTask(owner)]
    gate = threading.Event()
    for task in tasks:
        assert task.run(lambda: gate.wait(POOL_WAIT_MS / 1000))
    assert not wait_for_tasks(owner, 30)  # still running: the owner goes anyway
    gate.set()
    assert wait_for_tasks(owner, POOL_WAIT_MS)
    qtbot.waitUntil(lambda: not any(task.busy for task in tasks))
    delete_now(owner)


def test_nothing_of_a_run_is_left_once_its_result_arrived(qtbot: QtBot) -> None:
    """Each run's carrier goes with it, so a kiosk that exports all day keeps no objects."""
    pool = QThreadPool.globalInstance()
    before = len(pool.children())
    task = BackgroundTask()
    for _ in range(3):
        with qtbot.waitSignal(task.finished):
            task.run(lambda: None)
    qtbot.waitUntil(lambda: len(pool.children()) == before)
