"""A person's data as the registration and edit dialogs collect it, each error next to its field.

The form is plain widgets over ``services.people.PersonInput``. It checks what was typed with the
same rules as the service (``validate(normalise(data))``, no database, so it runs as the user
leaves a field) and shows each message in a red line under the field it is about. Errors the
service raises on save (``FormErrors``) are shown the same way with ``show_errors``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wic_desk.domain import pesel as pesel_rules
from wic_desk.domain import translit
from wic_desk.domain.enums import COMMON_CITIZENSHIPS, Disability, ResidenceStatus, Sex
from wic_desk.domain.errors import ValidationError
from wic_desk.domain.validation import parse_date
from wic_desk.gui.i18n import enum_text, error_text
from wic_desk.gui.models.display import countries, date_text
from wic_desk.services.people import PersonInput, normalise, validate

_CTX = "PersonForm"

# field name (as the services name it) -> label source text
LABELS: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP(_CTX, "&First name (as in the document)"),
    "family_name": QT_TRANSLATE_NOOP(_CTX, "&Last name (as in the document)"),
    "native_name": QT_TRANSLATE_NOOP(_CTX, "Name in &native script"),
    "sex": QT_TRANSLATE_NOOP(_CTX, "Se&x"),
    "birth_date": QT_TRANSLATE_NOOP(_CTX, "Date of &birth"),
    "pesel": QT_TRANSLATE_NOOP(_CTX, "PE&SEL"),
    "citizenship": QT_TRANSLATE_NOOP(_CTX, "&Citizenship"),
    "languages": QT_TRANSLATE_NOOP(_CTX, "Lan&guages"),
    "phone": QT_TRANSLATE_NOOP(_CTX, "&Phone"),
    "email": QT_TRANSLATE_NOOP(_CTX, "&E-mail"),
    "city": QT_TRANSLATE_NOOP(_CTX, "Ci&ty"),
    "district": QT_TRANSLATE_NOOP(_CTX, "&District"),
    "residence_status": QT_TRANSLATE_NOOP(_CTX, "&Residence status"),
    "disability": QT_TRANSLATE_NOOP(_CTX, "Disab&ility"),
    "heard_from": QT_TRANSLATE_NOOP(_CTX, "&How they heard of the centre"),
}
PLACEHOLDERS: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP(_CTX, "Latin letters, as in the passport"),
    "family_name": QT_TRANSLATE_NOOP(_CTX, "Latin letters, as in the passport"),
    "native_name": QT_TRANSLATE_NOOP(_CTX, "e.g. Cyrillic, as the person writes it"),
    "birth_date": QT_TRANSLATE_NOOP(_CTX, "DD.MM.YYYY, or only the year"),
    "pesel": QT_TRANSLATE_NOOP(_CTX, "11 digits, if the person has one"),
    "languages": QT_TRANSLATE_NOOP(_CTX, "e.g. Ukrainian, Russian, Polish A2"),
    "phone": QT_TRANSLATE_NOOP(_CTX, "+48 …"),
    "email": QT_TRANSLATE_NOOP(_CTX, "name@example.com"),
    "city": QT_TRANSLATE_NOOP(_CTX, "e.g. Wrocław"),
    "district": QT_TRANSLATE_NOOP(_CTX, "e.g. Krzyki"),
}
HEARD_FROM: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(_CTX, "Family or friends"),
    QT_TRANSLATE_NOOP(_CTX, "Facebook / Telegram / Viber"),
    QT_TRANSLATE_NOOP(_CTX, "Another organisation"),
    QT_TRANSLATE_NOOP(_CTX, "An office (city, voivodeship, labour office)"),
    QT_TRANSLATE_NOOP(_CTX, "Poster or leaflet"),
    QT_TRANSLATE_NOOP(_CTX, "Website"),
    QT_TRANSLATE_NOOP(_CTX, "Was here before"),
)
BAD_BIRTH_DATE = QT_TRANSLATE_NOOP("Errors", "Type the date as DD.MM.YYYY or YYYY-MM-DD, or only the year.")

IDENTITY = ("given_name", "family_name", "native_name", "sex", "birth_date", "pesel", "citizenship")
CONTACT = ("languages", "phone", "email", "city", "district", "residence_status", "disability", "heard_from")
FIELDS = IDENTITY + CONTACT
NAME_FIELDS = ("given_name", "family_name", "native_name", "birth_date")

ERROR_STYLE = "color: #b00020;"


def _tr(text: str, context: str = _CTX) -> str:
    return QCoreApplication.translate(context, text)


class PersonForm(QWidget):
    """Two columns: who the person is (left), how to reach them and their situation (right)."""

    names_changed = Signal()
    """A name or the birth date was edited: time to look for likely duplicates."""
    edited = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("personForm")
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self._errors: dict[str, ValidationError] = {}
        self._touched: set[str] = set()
        self._show_all = False
        self._build()
        self.retranslate()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        for name in ("given_name", "family_name", "native_name", "birth_date", "pesel", "languages", "phone",
                     "email", "city", "district"):
            edit = QLineEdit(self)
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(lambda n=name: self._left(n))
            edit.textEdited.connect(lambda _t, n=name: self._edited(n))
            self.fields[name] = edit
        self.fields["given_name"].setMaxLength(120)
        self.fields["family_name"].setMaxLength(120)
        self.fields["native_name"].setMaxLength(240)
        self.fields["pesel"].setMaxLength(13)
        self.fields["languages"].setMaxLength(120)
        self.fields["phone"].setMaxLength(20)
        self.fields["email"].setMaxLength(200)
        for name in ("sex", "citizenship", "residence_status", "disability"):
            self.fields[name] = QComboBox(self)
        heard = QComboBox(self)
        heard.setEditable(True)
        heard.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        heard.lineEdit().setMaxLength(200)
        heard.addItem("")
        for _ in HEARD_FROM:
            heard.addItem("")
        self.fields["heard_from"] = heard
        sex = self.fields["sex"]
        for value in Sex:
            sex.addItem("", value)
        sex.setCurrentIndex(-1)
        citizenship = self.fields["citizenship"]
        citizenship.addItem("", None)
        for code, _name in countries():
            citizenship.addItem("", code)
        citizenship.insertSeparator(1 + len(COMMON_CITIZENSHIPS))
        citizenship.setMaxVisibleItems(20)
        residence = self.fields["residence_status"]
        residence.addItem("", None)
        for value in ResidenceStatus:
            residence.addItem("", value)
        disability = self.fields["disability"]
        for value in Disability:
            disability.addItem("", value)
        for combo_name in ("sex", "citizenship", "residence_status", "disability", "heard_from"):
            self.fields[combo_name].setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.fields[combo_name].setMinimumContentsLength(12)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        outer.addLayout(columns)
        columns.setSpacing(18)
        for group in (IDENTITY, CONTACT):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(4)
            for name in group:
                field = self.fields[name]
                field.setObjectName(name)
                field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                field.setMinimumWidth(230)
                label = QLabel(self)
                label.setBuddy(field)
                label.setObjectName(f"{name}Label")
                error = QLabel(self)
                error.setObjectName(f"{name}Error")
                error.setStyleSheet(ERROR_STYLE)
                error.setWordWrap(True)
                error.setVisible(False)
                cell = QWidget(self)
                box = QVBoxLayout(cell)
                box.setContentsMargins(0, 0, 0, 0)
                box.setSpacing(1)
                box.addWidget(field)
                box.addWidget(error)
                form.addRow(label, cell)
                self.labels[name] = label
                self.error_labels[name] = error
            columns.addLayout(form, 1)
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setVisible(False)
        self.general_error.setObjectName("generalError")
        self.general_error.setWordWrap(True)
        outer.addWidget(self.general_error)
        for name in ("sex", "citizenship", "residence_status", "disability"):
            self.fields[name].currentIndexChanged.connect(lambda _i, n=name: self._left(n))

    def retranslate(self) -> None:
        for name, text in LABELS.items():
            self.labels[name].setText(_tr(text))
        for name, text in PLACEHOLDERS.items():
            self.fields[name].setPlaceholderText(_tr(text))
        sex = self.fields["sex"]
        sex.setPlaceholderText(self.tr("Choose…"))
        for i, value in enumerate(Sex):
            sex.setItemText(i, enum_text(value))
        citizenship = self.fields["citizenship"]
        citizenship.setItemText(0, self.tr("— not given —"))
        names = dict(countries())
        for i in range(1, citizenship.count()):
            code = citizenship.itemData(i)
            if code:
                citizenship.setItemText(i, f"{names.get(code, code)} ({code})")
        residence = self.fields["residence_status"]
        residence.setItemText(0, self.tr("— not given —"))
        for i, value in enumerate(ResidenceStatus, start=1):
            residence.setItemText(i, enum_text(value))
        disability = self.fields["disability"]
        for i, value in enumerate(Disability):
            disability.setItemText(i, enum_text(value))
        heard = self.fields["heard_from"]
        for i, text in enumerate(HEARD_FROM, start=1):
            heard.setItemText(i, _tr(text))
        self.fields["disability"].setToolTip(self.tr(
            "Washington Group short set; kept only to count people with disabilities in reports."))
        self.fields["pesel"].setToolTip(self.tr("Checked as you leave the field: check digit, date of birth and sex."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- values ---------------------------------------------------------------------------------

    def text(self, name: str) -> str:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            return field.currentText()
        return field.text()

    def set_text(self, name: str, text: str) -> None:
        field = self.fields[name]
        if isinstance(field, QComboBox):
            field.setEditText(text)
        else:
            field.setText(text)

    def _combo_value(self, name: str):
        combo: QComboBox = self.fields[name]
        return combo.currentData() if combo.currentIndex() >= 0 else None

    def _set_combo_value(self, name: str, value) -> None:
        combo: QComboBox = self.fields[name]
        combo.setCurrentIndex(combo.findData(value) if value is not None else (0 if name != "sex" else -1))

    def _birth(self) -> tuple[dt.date | None, int | None, ValidationError | None]:
        typed = self.text("birth_date").strip()
        if not typed:
            return None, None, None
        if re.fullmatch(r"\d{4}", typed):
            return None, int(typed), None
        date = parse_date(typed)
        if date is None:
            return None, None, ValidationError("birth_date", BAD_BIRTH_DATE)
        return date, None, None

    def person_input(self) -> tuple[PersonInput, dict[str, ValidationError]]:
        """What is typed, and the problems found before the service's own checks (a date that
        cannot be read)."""
        birth_date, birth_year, birth_error = self._birth()

        def optional(name: str) -> str | None:
            return self.text(name).strip() or None

        data = PersonInput(
            given_name=self.text("given_name").strip(), family_name=self.text("family_name").strip(),
            native_name=optional("native_name"), sex=self._combo_value("sex") or Sex.OTHER,
            birth_date=birth_date, birth_year=birth_year, citizenship=self._combo_value("citizenship"),
            languages=optional("languages"), phone=optional("phone"), email=optional("email"),
            city=optional("city"), district=optional("district"),
            residence_status=self._combo_value("residence_status"), pesel=optional("pesel"),
            disability=self._combo_value("disability") or Disability.NOT_ASKED, heard_from=optional("heard_from"),
        )
        return data, ({"birth_date": birth_error} if birth_error else {})

    def set_person(self, data: PersonInput) -> None:
        """Show a registered person's data (for editing)."""
        for name in ("given_name", "family_name", "native_name", "languages", "phone", "email", "city",
                     "district", "pesel", "heard_from"):
            self.set_text(name, getattr(data, name) or "")
        self.set_text("birth_date", date_text(data.birth_date, data.birth_year))
        self._set_combo_value("sex", data.sex)
        citizenship = self.fields["citizenship"]
        if data.citizenship and citizenship.findData(data.citizenship) < 0:
            citizenship.addItem(data.citizenship, data.citizenship)
        self._set_combo_value("citizenship", data.citizenship)
        self._set_combo_value("residence_status", data.residence_status)
        self._set_combo_value("disability", data.disability)
        self._extra = data  # household link and first contact date are kept as they were

    def person_for_update(self) -> tuple[PersonInput, dict[str, ValidationError]]:
        data, local = self.person_input()
        kept = getattr(self, "_extra", None)
        if kept is not None:
            data = replace(data, household_id=kept.household_id, household_relation=kept.household_relation,
                           first_contact_date=kept.first_contact_date)
        return data, local

    def prefill(self, typed: str) -> None:
        """Put what was typed in the desk's search field where it belongs: a date, a PESEL, a
        phone number, or a name (Cyrillic goes to the native-script field, and its Latin form
        to the document-name fields)."""
        typed = typed.strip()
        if not typed:
            return
        if parse_date(typed) is not None:
            self.set_text("birth_date", typed)
            return
        digits = re.sub(r"[\s\-+()./]", "", typed)
        if digits.isdigit():
            is_pesel = not typed.startswith("+") and pesel_rules.checksum_ok(digits)
            self.set_text("pesel" if is_pesel else "phone", typed)
            return
        words = typed.split()
        if translit.has_cyrillic(typed):
            self.set_text("native_name", typed)
            words = translit.to_latin(typed).split()
        if len(words) == 1:
            self.set_text("family_name", words[0])
        else:
            self.set_text("given_name", words[0])
            self.set_text("family_name", " ".join(words[1:]))

    # -- checking -------------------------------------------------------------------------------

    def check(self) -> dict[str, ValidationError]:
        """Every problem with what is typed now, by field."""
        data, local = self.person_input()
        return local | {k: v for k, v in validate(normalise(data)).items() if k not in local}

    def validate_all(self) -> dict[str, ValidationError]:
        """Check every field and show every problem (before saving)."""
        self._show_all = True
        self._errors = self.check()
        self._show()
        return self._errors

    def show_errors(self, errors: dict[str, ValidationError]) -> None:
        """Show errors the service reported, each next to its field."""
        self._show_all = True
        self._errors = dict(errors)
        self._show()

    def errors(self) -> dict[str, ValidationError]:
        return dict(self._errors)

    def error_text(self, name: str) -> str:
        label = self.error_labels.get(name)
        return label.text() if label is not None and label.isVisible() else ""

    def focus_first_error(self) -> None:
        for name in FIELDS:
            if name in self._errors and (self._show_all or name in self._touched):
                self.fields[name].setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _left(self, name: str) -> None:
        if name == "pesel":
            self._fill_from_pesel()
        self._touched.add(name)
        self._errors = self.check()
        self._show()
        self.edited.emit()
        if name in ("sex",):
            self.names_changed.emit()

    def _edited(self, name: str) -> None:
        if name in self._errors:
            self._errors = self.check()  # the red line goes away as soon as the value is right
            self._show()
        self.edited.emit()
        if name in NAME_FIELDS:
            self.names_changed.emit()

    def _fill_from_pesel(self) -> None:
        """A valid PESEL carries the birth date and sex: fill them in when still empty."""
        number = re.sub(r"\s", "", self.text("pesel"))
        if not pesel_rules.checksum_ok(number):
            return
        encoded = pesel_rules.birth_date(number)
        if encoded is not None and not self.text("birth_date").strip():
            self.set_text("birth_date", date_text(encoded))
            self.names_changed.emit()
        if self.fields["sex"].currentIndex() < 0:
            self._set_combo_value("sex", pesel_rules.sex(number))

    def _show(self) -> None:
        others = []
        for name, label in self.error_labels.items():
            error = self._errors.get(name)
            visible = error is not None and (self._show_all or name in self._touched)
            label.setText(error_text(error) if visible else "")
            label.setVisible(visible)
            self.fields[name].setProperty("invalid", visible)
            self.fields[name].setAccessibleDescription(label.text())
        if self._show_all:
            others = [error_text(e) for name, e in self._errors.items() if name not in self.error_labels]
        self.general_error.setText("\n".join(others))
        self.general_error.setVisible(bool(others))

