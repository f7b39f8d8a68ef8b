"""The side panel of the registration form: people already registered who may be this one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from wic_desk.gui.models.display import country_name, date_text
from wic_desk.services.people import DuplicateHit

WARNING_STYLE = "QFrame#duplicateHit { background: #fff4e5; border: 1px solid #f0b36b; border-radius: 4px; }"


class DuplicatesPanel(QFrame):
    """Lists likely duplicates with an "Open existing" button each. Advice only: it never blocks."""

    open_requested = Signal(uuid.UUID)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesPanel")
        self.setMinimumWidth(260)
        self._hits: list[DuplicateHit] = []
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("duplicatesTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("duplicatesHint")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        if self._hits:
            self.title.setText(self.tr("Possible duplicate"))
            self.hint.setText(self.tr("Someone similar is already registered. Open them if it is the same "
                                      "person; otherwise you can still register."))
        else:
            self.title.setText(self.tr("Possible duplicates"))
            self.hint.setText(self.tr("People already registered with a similar name or the same date of "
                                      "birth will show here while you type."))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hits(self) -> list[DuplicateHit]:
        return list(self._hits)

    def set_hits(self, hits: list[DuplicateHit]) -> None:
        self._hits = list(hits)
        self.retranslate()

    def _fill(self) -> None:
        while self._list_layout.count() > 1:
            item = self._list_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = []
        for number, hit in enumerate(self._hits):
            person = hit.person
            box = QFrame(self._list)
            box.setObjectName("duplicateHit")
            box.setStyleSheet(WARNING_STYLE)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 6, 8, 6)
            inner.setSpacing(2)
            name = QLabel(person.latin_name, box)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            inner.addWidget(name)
            if person.native_name:
                inner.addWidget(QLabel(person.native_name, box))
            details = [date_text(person.birth_date, person.birth_year), country_name(person.citizenship)]
            details = [d for d in details if d]
            if hit.same_birth_date:
                details.append(self.tr("same date of birth"))
            if details:
                inner.addWidget(QLabel(" · ".join(details), box))
            button = QPushButton(self.tr("Open existing"), box)
            button.setObjectName(f"openExisting{number}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, pid=person.id: self.open_requested.emit(pid))
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons.append(button)
            self._list_layout.insertWidget(self._list_layout.count() - 1, box)
