"""The staff panel: today's requests, urgent first; details; mark handled; export; purge;
content review status; alerts; anonymous reading insight; lock; exit for maintenance.

Everything on it is wiped by clear(), which the window calls whenever the panel locks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.content import Learning, Library
from kiosk.content.review_status import content_files, review_status
from kiosk.requests.model import ContactMethod, RequestKind, Status, StoredRequest
from kiosk.staff import StaffDirectory
from kiosk.storage import InsightStore, PurgeResult, RequestQueue, StorageError
from kiosk.storage.export import ExportResult, export_requests
from kiosk.ui.background import BackgroundTask
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.flow import FlowLayout
from kiosk.ui.widgets.kinetic import make_kinetic, make_scroll_area
from kiosk.ui.widgets.labels import make_label
from kiosk.ui.widgets.reading_insight import ReadingInsightView
from kiosk.ui.widgets.retranslating import RetranslatingWidget
from kiosk.ui.widgets.touch_button import TouchButton

LIST_ROW_PX = 88


@dataclass(frozen=True)
class StaffTools:
    """What the panel works with; built by the app from the settings."""

    queue: RequestQueue
    directory: StaffDirectory
    data_dir: Path
    export_dir: Path
    retention_days: int
    insights: InsightStore


class StaffPanelPage(RetranslatingWidget):
    lock_requested = Signal()
    exit_requested = Signal()

    def __init__(
        self,
        tools: StaffTools | None,
        library: Library,
        *,
        libraries: Iterable[Library],
        learning: Iterable[Learning],
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        """``library`` names the pages in the reading insight; ``libraries`` and ``learning``
        (every language's) are what the content review status counts."""
        super().__init__(parent)
        self.setObjectName("staffPanelPage")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._tools = tools
        self._library = library
        self._content_files = content_files(libraries, learning)
        self._today = today
        self._staff_name = ""
        self._export = BackgroundTask(self)
        self._export.finished.connect(self._on_export_finished)
        self._export.failed.connect(self._on_task_failed)
        self._purge = BackgroundTask(self)
        self._purge.finished.connect(self._on_purge_finished)
        self._purge.failed.connect(self._on_task_failed)

        self._heading = make_label("panelHeading", "heading")
        self._counts = make_label("panelCounts", "fieldLabel")
        self._status = make_label("panelStatus", "alert")
        self._status.hide()
        self._list = QListWidget()
        self._list.setObjectName("requestList")
        self._list.setMinimumHeight(320)
        self._list.currentItemChanged.connect(self._on_list_current_item_changed)
        make_kinetic(self._list)
        self._details = make_label("requestDetails", None)
        self._details.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._review = make_label("contentReview", "smallPrint")
        self._alerts = make_label("staffAlerts", "error")
        self._insight = ReadingInsightView()
        self._buttons = {
            name: TouchButton(name, variant="primary" if name == "exportButton" else "secondary")
            for name in (
                "markHandledButton",
                "exportButton",
                "purgeButton",
                "dismissAlertsButton",
                "lockButton",
                "exitKioskButton",
            )
        }
        self._buttons["markHandledButton"].clicked.connect(self._on_mark_handled_clicked)
        self._buttons["exportButton"].clicked.connect(self._on_export_clicked)
        self._buttons["purgeButton"].clicked.connect(self._on_purge_clicked)
        self._buttons["dismissAlertsButton"].clicked.connect(self._on_dismiss_alerts_clicked)
        self._buttons["lockButton"].clicked.connect(self.lock_requested)
        self._buttons["exitKioskButton"].clicked.connect(self.exit_requested)

        scroll = self._build_body()
        top = QHBoxLayout()
        top.addWidget(self._heading, 1)
        top.addWidget(self._buttons["lockButton"])
        top.addWidget(self._buttons["exitKioskButton"])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 32, 24)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.retranslate_ui()

    def _build_body(self) -> QScrollArea:
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 24, 0)
        body_layout.setSpacing(18)
        for widget in (self._counts, self._status, self._list, self._details):
            body_layout.addWidget(widget)
        body_layout.addWidget(self._row(["markHandledButton", "exportButton", "purgeButton"]))
        body_layout.addWidget(self._alerts)
        body_layout.addWidget(self._row(["dismissAlertsButton"]))
        body_layout.addWidget(self._insight)
        body_layout.addWidget(self._review)
        body_layout.addStretch(1)
        return make_scroll_area("panelScroll", body)

    def use_tools(self, tools: StaffTools) -> None:
        """The queue and accounts, readable now (the database opened after the start)."""
        self._tools = tools

    def open_for(self, staff_name: str) -> None:
        self._staff_name = staff_name
        self._heading.setText(self.tr("Staff panel: {0}").format(staff_name))
        self._show_status("")
        self.refresh()

    def clear(self) -> None:
        """No staff name, request or detail left in any widget (or list model)."""
        self._staff_name = ""
        self._list.clear()
        self._details.setText("")
        self._counts.setText("")
        self._alerts.setText("")
        self._heading.setText("")
        self._insight.clear()
        self._show_status("")

    def set_theme(self, theme: Theme) -> None:
        """Colours for what the panel paints itself (the chart); the rest follows the style."""
        self._insight.set_theme(theme)

    def refresh(self) -> None:
        self._list.clear()
        self._details.setText("")
        self._review.setText(self._review_status())
        if self._tools is None:
            self._show_status(self.tr("The request database cannot be opened. Run: kiosk doctor"))
            return
        try:
            counts = self._tools.queue.counts()
            summaries = self._tools.queue.summaries()
            alerts = self._tools.queue.pending_alerts()
            days = self._tools.insights.days(today=self._today())
        except StorageError as error:
            self._show_status(self.tr("The requests cannot be read: {0}").format(error))
            return
        self._counts.setText(
            self.tr("New {0} · Exported {1} · Handled {2} · Urgent {3}").format(
                counts.get("new", 0),
                counts.get("exported", 0),
                counts.get("handled", 0),
                counts.get("urgent", 0),
            )
        )
        for summary in summaries:
            urgent = self.tr("URGENT") + " · " if summary.urgent else ""
            kind = (
                self.tr("Question")
                if summary.kind is RequestKind.QUESTION
                else self.tr("Appointment")
            )
            when = summary.created_at.astimezone().strftime("%d %b %H:%M")
            item = QListWidgetItem(
                f"{urgent}{summary.reference} · {when} · {kind} · {summary.status.value}"
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setSizeHint(QSize(0, LIST_ROW_PX))
            self._list.addItem(item)
        self._alerts.setText(
            "\n".join(f"{a.created_at.astimezone():%d %b %H:%M}: {a.message}" for a in alerts)
        )
        self._buttons["dismissAlertsButton"].setVisible(bool(alerts))
        self._insight.show_days(days, {p.id: p.menu_title for p in self._library.pages})

    def retranslate_ui(self) -> None:
        names = {
            "markHandledButton": self.tr("Mark handled"),
            "exportButton": self.tr("Export new requests (CSV)"),
            "purgeButton": self.tr("Delete old handled requests"),
            "dismissAlertsButton": self.tr("Dismiss alerts"),
            "lockButton": self.tr("Lock"),
            "exitKioskButton": self.tr("Exit kiosk"),
        }
        for name, text in names.items():
            self._buttons[name].setText(text)
        self._list.setAccessibleName(self.tr("Requests, urgent first, then newest"))
        self._review.setText(self._review_status())

    def _row(self, names: list[str]) -> QWidget:
        row = QWidget()
        flow = FlowLayout(row, spacing=16)
        for name in names:
            flow.addWidget(self._buttons[name])
        return row

    def _selected_id(self) -> str | None:
        item = self._list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    @Slot()
    def _on_list_current_item_changed(self) -> None:
        request_id = self._selected_id()
        if self._tools is None or request_id is None:
            self._details.setText("")
            return
        try:
            stored = self._tools.queue.get(request_id)
        except StorageError as error:
            self._show_status(str(error))
            return
        self._details.setText(_details(stored) if stored else "")

    @Slot()
    def _on_mark_handled_clicked(self) -> None:
        request_id = self._selected_id()
        if self._tools is None or request_id is None:
            self._show_status(self.tr("Choose a request in the list first."))
            return
        try:
            self._tools.queue.mark_handled([request_id], staff_name=self._staff_name)
        except StorageError as error:
            self._show_status(str(error))
            return
        self.refresh()

    @Slot()
    def _on_export_clicked(self) -> None:
        tools = self._tools
        if tools is None:
            return
        staff = self._staff_name

        def export() -> ExportResult:
            tools.export_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            return export_requests(
                tools.data_dir,
                tools.export_dir,
                "csv",
                status=Status.NEW,
                mark_exported=True,
                staff_name=staff,
            )

        if self._export.run(export):
            self._show_status(self.tr("Exporting..."))

    @Slot(object)
    def _on_export_finished(self, result: ExportResult) -> None:
        self._show_status(self.tr("Exported {0} requests to {1}").format(result.count, result.path))
        self.refresh_keeping_status()

    @Slot(object)
    def _on_task_failed(self, error: object) -> None:
        self._show_status(self.tr("That did not work: {0}").format(error))

    @Slot()
    def _on_purge_clicked(self) -> None:
        # The purge ends by wiping the WAL, which waits for readers: off the screen's thread.
        tools = self._tools
        if tools is None:
            return
        staff = self._staff_name
        if self._purge.run(
            lambda: tools.queue.purge_handled(tools.retention_days, staff_name=staff)
        ):
            self._show_status(self.tr("Deleting old handled requests..."))

    @Slot(object)
    def _on_purge_finished(self, result: PurgeResult) -> None:
        days = self._tools.retention_days if self._tools else 0
        done = self.tr("Deleted {0} requests handled more than {1} days ago.").format(
            result.deleted, days
        )
        if not result.wiped:
            done += " " + self.tr(
                "Another program is still reading the database; the kiosk wipes the last "
                "copies of them as soon as it stops."
            )
        self._show_status(done)
        self.refresh_keeping_status()

    @Slot()
    def _on_dismiss_alerts_clicked(self) -> None:
        if self._tools is None:
            return
        try:
            self._tools.queue.dismiss_alerts(staff_name=self._staff_name)
        except StorageError as error:
            self._show_status(str(error))
            return
        self.refresh()

    def refresh_keeping_status(self) -> None:
        status = self._status.text()
        self.refresh()
        self._show_status(status)

    def _show_status(self, text: str) -> None:
        self._status.setText(text)
        self._status.setVisible(bool(text))

    def _review_status(self) -> str:
        status = review_status(self._content_files, self._today())
        lines = [
            self.tr("Content review: {0} of {1} files not yet reviewed by a clinician.").format(
                len(status.unreviewed), status.total
            )
        ]
        if status.overdue:
            lines.append(self.tr("Review overdue: {0}").format(", ".join(status.overdue)))
        return "\n".join(lines)


def _details(stored: StoredRequest) -> str:
    request = stored.request
    contact = {
        ContactMethod.PHONE: f"phone {request.phone} ({request.phone_e164})",
        ContactMethod.EMAIL: f"email {request.email}",
        ContactMethod.FRONT_DESK: "at the front desk",
    }[request.contact]
    slots = ", ".join(slot.value.replace("_", " ") for slot in request.time_slots)
    lines = [
        f"{stored.reference} · {request.kind.value} · {stored.status.value}"
        + (" · URGENT" if request.urgent else ""),
        f"{request.name} · {contact}",
        f"Topic: {request.topic or '-'}" + (f" · Times: {slots}" if slots else ""),
        request.message,
    ]
    return "\n".join(lines)
