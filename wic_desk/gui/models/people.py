"""The desk's search results: people found for what the receptionist typed."""

from __future__ import annotations

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP
from wic_desk.domain.translit import polish_sort_key
from wic_desk.gui.models.base import IdRole, RowsModel, SortProxy, sort_value
from wic_desk.gui.models.display import country_name, date_sort_key, date_text
from wic_desk.services.people import PersonHit

PersonIdRole = IdRole

_CONTEXT = "PersonResultsModel"


class PersonResultsModel(RowsModel):
    """Rows are ``services.people.PersonHit``; best match first as the service ranked them."""

    CONTEXT = _CONTEXT
    LATIN_NAME, NATIVE_NAME, BIRTH_DATE, PHONE, CITIZENSHIP = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP(_CONTEXT, "Name (as in the document)"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Name in native script"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Date of birth"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Phone"),
        QT_TRANSLATE_NOOP(_CONTEXT, "Citizenship"),
    )

    def display(self, row: PersonHit, column: int) -> str:
        if column == self.LATIN_NAME:
            return row.latin_name
        if column == self.NATIVE_NAME:
            return row.native_name or ""
        if column == self.BIRTH_DATE:
            return date_text(row.birth_date, row.birth_year)
        if column == self.PHONE:
            return row.phone or ""
        if column == self.CITIZENSHIP:
            return country_name(row.citizenship)
        return ""

    def sort_key(self, row: PersonHit, column: int):
        if column == self.LATIN_NAME:
            # Polish order, by family name first, as on every list the centre prints
            return sort_value(polish_sort_key(f"{row.family_name} {row.given_name}"))
        if column == self.NATIVE_NAME:
            return sort_value(polish_sort_key(row.native_name or ""))
        if column == self.BIRTH_DATE:
            return sort_value(date_sort_key(row.birth_date, row.birth_year))
        return sort_value(polish_sort_key(self.display(row, column)))

    def tooltip(self, row: PersonHit, column: int) -> str | None:
        if column == self.CITIZENSHIP and row.citizenship:
            return row.citizenship
        return None


class PersonSortProxy(SortProxy):
    """Search results keep the service's ranking until the user clicks a header."""
