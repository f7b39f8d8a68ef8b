"""Noticing that nobody has touched the desk for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

# Only a person's input counts: timers, repaints and network replies must not keep a desk open.
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
    QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits ``idle`` once ``timeout_ms`` pass without keyboard, mouse or touch input anywhere in
    the application (an application-wide event filter restarts a single-shot timer)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, int(timeout_ms)))
        self._timer.timeout.connect(self.idle)
        self._running = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    @timeout_ms.setter
    def timeout_ms(self, value: int) -> None:
        self._timer.setInterval(max(1, int(value)))
        if self._running:
            self._timer.start()

    @property
    def running(self) -> bool:
        return self._running

    def start(self) -> None:
        self._running = True
        self._timer.start()

    def stop(self) -> None:
        self._running = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self._running and event.type() in INPUT_EVENTS:
            self._timer.start()
        return False
