"""Registering a person: consent first, errors next to their fields, duplicates that never block."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from wic_desk.domain import pesel
from wic_desk.domain.enums import ConsentKind, ResidenceStatus, Sex
from wic_desk.gui.context import AppContext
from wic_desk.gui.pages.register import RegisterDialog
from wic_desk.gui.tasks import ImmediateRunner
from wic_desk.services import people


def type_text(widget, text: str) -> None:
    """Type any text, Polish or Cyrillic included (qtbot.keyClicks handles ASCII only)."""
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def ctx(db, admin):
    return AppContext(db=db, runner=ImmediateRunner(), actor=admin)


@pytest.fixture
def dialog(qtbot, ctx):
    widget = RegisterDialog(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def field(dialog, name):
    return dialog.form.fields[name]


def fill(qtbot, dialog, **values):
    """Type into fields and leave each with Tab, as a receptionist does."""
    for name, value in values.items():
        widget = field(dialog, name)
        widget.setFocus()
        if value.isascii():
            qtbot.keyClicks(widget, value)
        else:
            type_text(widget, value)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def everyone(db):
    return people.search(db, "a") + people.search(db, "e") + people.search(db, "o")


def test_consent_comes_first(qtbot, dialog):
    assert not dialog.person_box.isEnabled()
    assert not dialog.register_button.isEnabled()
    assert "consent" in dialog.no_consent_hint.text().lower()
    qtbot.keyClick(dialog.written, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.written.isChecked)
    assert dialog.person_box.isEnabled()
    assert dialog.consent_date.date().toPython() == dt.date.today()
    assert dialog.consent_scope.text()  # a sensible default scope


def test_without_consent_only_the_anonymous_visit_is_offered(qtbot, dialog, db):
    dialog.no_consent.setChecked(True)
    assert not dialog.person_box.isEnabled()
    assert not dialog.register_button.isEnabled()
    assert dialog.anonymous_button.isVisible()
    dialog.accept()  # Ctrl+Enter anyway
    assert dialog.isVisible()
    assert dialog.consent_error.isVisible()
    dialog.anonymous_button.click()
    assert dialog.anonymous_requested
    assert not dialog.isVisible()


def test_a_bad_pesel_is_explained_next_to_the_field_and_nothing_is_saved(qtbot, dialog, db):
    dialog.written.setChecked(True)
    fill(qtbot, dialog, given_name="Olena", family_name="Marchenko", pesel="90010112345")
    # shown as soon as the field is left, before saving
    assert field(dialog, "pesel").hasFocus() is False
    assert "check digit" in dialog.form.error_text("pesel")
    assert dialog.form.error_labels["pesel"].isVisible()
    dialog.register_button.click()
    assert dialog.isVisible()
    assert dialog.registered_id is None
    assert "check digit" in dialog.form.error_text("pesel")
    assert dialog.form.error_text("given_name") == ""
    assert people.search(db, "Marchenko") == []


def test_pesel_must_agree_with_birth_date_and_sex(qtbot, dialog, db):
    dialog.written.setChecked(True)
    number = pesel.make(dt.date(1990, 5, 17), male=True)
    fill(qtbot, dialog, given_name="Olena", family_name="Marchenko", birth_date="18.05.1990", pesel=number)
    assert "1990-05-17" in dialog.form.error_text("pesel")
    field(dialog, "birth_date").clear()
    fill(qtbot, dialog, birth_date="17.05.1990")
    field(dialog, "sex").setCurrentIndex(field(dialog, "sex").findData(Sex.FEMALE))
    assert "sex" in dialog.form.error_text("pesel")
    field(dialog, "sex").setCurrentIndex(field(dialog, "sex").findData(Sex.MALE))
    assert dialog.form.error_text("pesel") == ""


def test_a_valid_pesel_fills_birth_date_and_sex(qtbot, dialog):
    dialog.written.setChecked(True)
    fill(qtbot, dialog, pesel=pesel.make(dt.date(2001, 2, 3), male=False))
    assert field(dialog, "birth_date").text() == "03.02.2001"
    assert field(dialog, "sex").currentData() == Sex.FEMALE


def test_required_names_and_bad_values_are_shown_per_field(qtbot, dialog, db):
    dialog.written.setChecked(True)
    fill(qtbot, dialog, birth_date="31.02.1990", phone="12", email="nobody-at-example")
    dialog.register_button.click()
    assert dialog.form.error_text("given_name") == "This field is required."
    assert dialog.form.error_text("family_name") == "This field is required."
    assert "year" in dialog.form.error_text("birth_date")
    assert "7 to 15 digits" in dialog.form.error_text("phone")
    assert "e-mail" in dialog.form.error_text("email")
    assert field(dialog, "given_name").hasFocus()  # the first field to put right
    assert everyone(db) == []


def test_error_goes_away_once_the_value_is_right(qtbot, dialog):
    dialog.written.setChecked(True)
    fill(qtbot, dialog, phone="12")
    assert dialog.form.error_text("phone")
    field(dialog, "phone").setFocus()
    qtbot.keyClicks(field(dialog, "phone"), "3456789")
    assert dialog.form.error_text("phone") == ""


def test_register_saves_the_person_with_consent(qtbot, dialog, db, admin):
    dialog.verbal.setChecked(True)
    fill(qtbot, dialog, given_name="Oksana", family_name="Melnyk", birth_date="1987", phone="+48 600 700 800",
         city="Wroclaw", languages="Ukrainian, Polish A2")
    field(dialog, "citizenship").setCurrentIndex(field(dialog, "citizenship").findData("UA"))
    field(dialog, "residence_status").setCurrentIndex(
        field(dialog, "residence_status").findData(ResidenceStatus.TEMPORARY_PROTECTION))
    qtbot.keyClick(field(dialog, "city"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.registered_id is not None
    detail = people.get_person(db, admin, dialog.registered_id)
    assert (detail.data.given_name, detail.data.family_name, detail.data.birth_year) == ("Oksana", "Melnyk", 1987)
    assert detail.data.citizenship == "UA"
    assert detail.data.phone == "+48600700800"
    assert detail.data.residence_status == ResidenceStatus.TEMPORARY_PROTECTION
    assert detail.consent_kind == ConsentKind.VERBAL_CERTIFIED
    assert detail.consent_by_name == admin.full_name


def test_enter_moves_to_the_next_field_instead_of_saving(qtbot, dialog, db):
    dialog.written.setChecked(True)
    field(dialog, "given_name").setFocus()
    qtbot.keyClicks(field(dialog, "given_name"), "Oksana")
    qtbot.keyClick(field(dialog, "given_name"), Qt.Key.Key_Return)
    assert field(dialog, "family_name").hasFocus()
    assert dialog.registered_id is None


def test_a_cyrillic_name_is_kept_in_native_script_with_its_latin_form(qtbot, dialog, db, admin):
    dialog.written.setChecked(True)
    fill(qtbot, dialog, given_name="Олександр", family_name="Шевченко")
    dialog.register_button.click()
    detail = people.get_person(db, admin, dialog.registered_id)
    assert detail.data.native_name == "Олександр Шевченко"
    assert (detail.data.given_name, detail.data.family_name) == ("Oleksandr", "Shevchenko")


def test_a_likely_duplicate_shows_while_typing_and_register_anyway_still_saves(qtbot, ctx, db, admin, consent):
    existing = people.register(db, admin, people.PersonInput(
        given_name="Olena", family_name="Kovalenko", native_name="Олена Коваленко", sex=Sex.FEMALE,
        birth_date=dt.date(1990, 5, 5)), consent)
    dialog = RegisterDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.written.setChecked(True)
    assert dialog.duplicates.hits() == []
    field(dialog, "given_name").setFocus()
    qtbot.keyClicks(field(dialog, "given_name"), "Olena")
    field(dialog, "family_name").setFocus()
    qtbot.keyClicks(field(dialog, "family_name"), "Kowalenko")  # the Polish spelling
    qtbot.waitUntil(lambda: len(dialog.duplicates.hits()) == 1)
    assert dialog.duplicates.hits()[0].person.id == existing
    assert dialog.duplicates.title.text() == "Possible duplicate"
    assert dialog.register_button.text().startswith("Register anyway")
    assert dialog.register_button.isEnabled()
    dialog.register_button.click()
    assert dialog.registered_id not in (None, existing)
    assert len(people.search(db, "Kovalenko")) == 2


def test_open_existing_from_the_duplicates_panel(qtbot, ctx, db, admin, consent):
    existing = people.register(db, admin, people.PersonInput(
        given_name="Petro", family_name="Savchuk", sex=Sex.MALE, birth_date=dt.date(1968, 1, 9)), consent)
    dialog = RegisterDialog(ctx, prefill="Petro Savchuk")  # what was typed on the desk
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.duplicates.buttons) == 1)
    dialog.duplicates.buttons[0].click()
    assert dialog.open_existing_id == existing
    assert not dialog.isVisible()


def test_prefill_puts_what_was_typed_where_it_belongs(qtbot, ctx):
    cases = {
        "Kowalska": {"family_name": "Kowalska"},
        "Anna Maria Nowak": {"given_name": "Anna", "family_name": "Maria Nowak"},
        "12.03.1985": {"birth_date": "12.03.1985"},
        "+48 501 222 333": {"phone": "+48 501 222 333"},
        "501222333": {"phone": "501222333"},
        pesel.make(dt.date(1985, 3, 12), male=True): {"pesel": pesel.make(dt.date(1985, 3, 12), male=True)},
        "Ірина Бойко": {"native_name": "Ірина Бойко", "given_name": "Iryna", "family_name": "Boiko"},
    }
    for typed, expected in cases.items():
        dialog = RegisterDialog(ctx, prefill=typed)
        qtbot.addWidget(dialog)
        for name, value in expected.items():
            assert dialog.form.text(name) == value, (typed, name)


def test_service_errors_land_next_to_their_fields(qtbot, dialog):
    from wic_desk.domain.errors import FormErrors, ValidationError
    dialog.written.setChecked(True)
    dialog._failed(FormErrors({"email": ValidationError("email", "This e-mail address is not valid.")}))
    assert dialog.form.error_text("email") == "This e-mail address is not valid."
    assert dialog.register_button.isEnabled()
