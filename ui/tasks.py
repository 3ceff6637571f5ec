"""The one runner for database calls and long work: a single worker thread.

Every service call from a screen goes through here so SQLite writes stay ordered and the GUI
never blocks. Results come back to the GUI thread by queued signals; worker code never touches
widgets. Usage::

    runner.task(lambda progress: service(uow, ..., progress=progress)) \
        .on_success(self._on_done).with_progress(self.tr("Importing..."), self).run()
"""

from __future__ import annotations

import itertools
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import DomainError, UserCancelled

log = logging.getLogger(__name__)

# Called on the GUI thread with (parent widget, exception, exc_info) for failures no task
# handles itself.
ErrorSink = Callable[[QWidget | None, BaseException, Any], None]


class TaskProgress:
    """The Qt-free ``app.progress.Progress`` handed to worker code."""

    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Worker(QObject):
    finished = Signal(int, object, object)  # task id, result, exc_info
    progressed = Signal(int, int, int)  # task id, done, total

    @Slot(int, object)
    def execute(self, task_id: int, fn: Callable[[TaskProgress], Any]) -> None:
        progress = TaskProgress(lambda d, t: self.progressed.emit(task_id, d, t))
        _Worker.current_progress[task_id] = progress
        try:
            result = fn(progress)
        except BaseException:  # noqa: BLE001  (re-raised on the GUI thread as a failure)
            self.finished.emit(task_id, None, sys.exc_info())
        else:
            self.finished.emit(task_id, result, None)
        finally:
            _Worker.current_progress.pop(task_id, None)

    current_progress: dict[int, TaskProgress] = {}


class Task:
    """A unit of work for the runner; configure with the ``on_*``/``with_*`` methods."""

    def __init__(self, runner: TaskRunner, fn: Callable[[TaskProgress], Any]) -> None:
        self.runner, self.fn = runner, fn
        self.success: Callable[[Any], None] | None = None
        self.failure: Callable[[BaseException], None] | None = None
        self.label: str | None = None
        self.parent: QWidget | None = None
        self.dialog: QProgressDialog | None = None

    def on_success(self, cb: Callable[[Any], None]) -> Task:
        self.success = cb
        return self

    def on_failure(self, cb: Callable[[BaseException], None]) -> Task:
        self.failure = cb
        return self

    def with_progress(self, label: str, parent: QWidget | None) -> Task:
        self.label, self.parent = label, parent
        return self

    def run(self) -> None:
        self.runner.submit(self)


class TaskRunner(QObject):
    """Owns the worker thread; errors without a failure callback go to ``error_sink``."""

    _dispatch = Signal(int, object)
    idle = Signal()

    def __init__(self, error_sink: ErrorSink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error_sink = error_sink
        self._ids = itertools.count(1)
        self._pending: dict[int, Task] = {}
        self._thread = QThread()
        self._thread.setObjectName("examsite-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._dispatch.connect(self._worker.execute, Qt.ConnectionType.QueuedConnection)
        self._worker.finished.connect(self._on_worker_finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._on_worker_progressed,
                                        Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def task(self, fn: Callable[[TaskProgress], Any]) -> Task:
        return Task(self, fn)

    def submit(self, task: Task) -> None:
        task_id = next(self._ids)
        self._pending[task_id] = task
        if task.label is not None:
            dialog = QProgressDialog(task.label, self.tr("Cancel"), 0, 0, task.parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(lambda: self._cancel(task_id))
            task.dialog = dialog
            # Show after the minimum duration even if no progress is reported.
            QTimer.singleShot(400, lambda: self._show_if_pending(task_id))
        self._dispatch.emit(task_id, task.fn)

    def busy(self) -> bool:
        return bool(self._pending)

    def _show_if_pending(self, task_id: int) -> None:
        task = self._pending.get(task_id)
        if task is not None and task.dialog is not None:
            task.dialog.show()

    def _cancel(self, task_id: int) -> None:
        progress = _Worker.current_progress.get(task_id)
        if progress is not None:
            progress.cancel()

    @Slot(int, int, int)
    def _on_worker_progressed(self, task_id: int, done: int, total: int) -> None:
        task = self._pending.get(task_id)
        if task is not None and task.dialog is not None:
            task.dialog.setMaximum(max(total, 1))
            task.dialog.setValue(min(done, max(total, 1)))

    @Slot(int, object, object)
    def _on_worker_finished(self, task_id: int, result: Any, exc_info: Any) -> None:
        task = self._pending.pop(task_id)
        if task.dialog is not None:
            task.dialog.close()
            task.dialog.deleteLater()
        if exc_info is None:
            if task.success is not None:
                task.success(result)
        else:
            exc = exc_info[1]
            if isinstance(exc, UserCancelled):
                pass
            elif task.failure is not None and isinstance(exc, DomainError):
                task.failure(exc)
            else:
                if not isinstance(exc, DomainError):
                    log.error("task failed", exc_info=exc_info)
                self._error_sink(task.parent, exc, exc_info)
        if not self._pending:
            self.idle.emit()

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait(5000)
