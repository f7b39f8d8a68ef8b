"""Which tabs each role finds in the main window (the services check the roles again)."""

from __future__ import annotations

import pytest

from wic_desk.domain.enums import ConsultationKind, Role

EXPECTED = {
    Role.RECEPTIONIST: ["Front desk", "Activities", "Possible duplicates", "Sync"],
    Role.COUNSELLOR: ["Front desk", "Activities", "My follow-ups", "Sync"],
    Role.SPECIALIST: ["Front desk", "Activities", "My follow-ups", "Sync"],
    Role.COORDINATOR: ["Front desk", "Activities", "Dashboard", "Projects", "Possible duplicates", "Sync"],
    Role.ADMIN: ["Front desk", "Activities", "Dashboard", "Projects", "Possible duplicates", "Sync", "Staff",
                 "Audit log"],
}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_tabs_by_role(qtbot, gui_ctx, make_staff, admin, role):
    from wic_desk.gui.main_window import MainWindow
    if role != Role.ADMIN:
        kind = ConsultationKind.PSYCHOLOGIST if role == Role.SPECIALIST else None
        gui_ctx.actor = make_staff(role, kind=kind)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    titles = window.tab_titles()
    for title in EXPECTED[role]:
        assert title in titles, (role, titles)
    forbidden = set() if role == Role.ADMIN else {"Staff", "Audit log"}
    if role in (Role.COUNSELLOR, Role.SPECIALIST):
        forbidden.add("Possible duplicates")
    if role not in (Role.COORDINATOR, Role.ADMIN):
        forbidden |= {"Dashboard", "Projects"}
    assert not forbidden & set(titles)
    assert window.ui.action_topics.isEnabled() == (role == Role.ADMIN)
