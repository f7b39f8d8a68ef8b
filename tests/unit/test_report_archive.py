"""The archive of reports sent: every report written is kept as written and saved again identical."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from tests.unit.test_reports import A, B, world  # noqa: F401 - the fixture with known answers
from wic_desk.domain.enums import Role, ServiceCategory
from wic_desk.domain.errors import PermissionDenied, UserError
from wic_desk.domain.permissions import Action, allowed
from wic_desk.services import merge, report_archive, reports, visits
from wic_desk.services.uow import UnitOfWork
from wic_desk.store.models import ArchivedReport, AuditEntry, ChangeLogEntry


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the reports (the database lives in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _unique_persons(path) -> int:
    summary = load_workbook(path)["Summary"]
    for row in summary.iter_rows(values_only=True):
        if row and isinstance(row[0], str) and "nique" in row[0]:
            return row[1]
    raise AssertionError("no unique persons line")


def test_a_report_reopened_after_a_merge_is_the_file_that_was_sent(db, admin, world, tmp_path):  # noqa: F811
    first = reports.monthly_report(db, admin, "2024-03", tmp_path / "march.xlsx", language="pl")
    sent = first.read_bytes()
    merge.merge_persons(db, admin, world["twice"], world["birthday"])
    visits.record_visit(db, admin, world["returning"], [ServiceCategory.LEGAL], when=dt.datetime(2024, 3, 28, 10))
    second = reports.monthly_report(db, admin, "2024-03", tmp_path / "march-again.xlsx")
    assert second.read_bytes() != sent
    listed = report_archive.list_reports(db, admin)
    assert len(listed) == 2
    older = [r for r in listed if r.file_name == "march.xlsx"][0]
    assert (older.kind, older.period_from, older.period_to, older.language) == ("monthly", A, B, "pl")
    assert older.made_by == "Anna Admin" and older.project and older.size == len(sent)
    assert older.sha256 == hashlib.sha256(sent).hexdigest()
    first.unlink()  # the file sent is gone from the disk: the archive still has it
    copy = report_archive.save_copy(db, admin, older.id, tmp_path / "copy.xlsx")
    assert copy.read_bytes() == sent
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == older.sha256
    assert _unique_persons(copy) == _unique_persons(second) + 1  # the merge changed the figures, not the copy
    with db.read() as s:
        actions = s.execute(select(AuditEntry.action, AuditEntry.record_id).order_by(AuditEntry.at, AuditEntry.seq)
                            ).all()
    assert ("export.archived_report", older.id) in actions
    assert ("export.monthly_report", older.id) in actions


def test_newest_first_and_a_donor_report_is_archived_too(db, admin, world, tmp_path):  # noqa: F811
    reports.monthly_report(db, admin, "2024-03", tmp_path / "m.xlsx")
    with UnitOfWork(db, admin) as uow:  # the first one made a minute earlier
        uow.session.execute(update(ArchivedReport).values(made_at=dt.datetime(2024, 4, 1, 9, 0)))
    reports.donor_report(db, admin, A, B, tmp_path / "d.xlsx")
    listed = report_archive.list_reports(db, admin)
    assert [(r.kind, r.file_name) for r in listed] == [("donor", "d.xlsx"), ("monthly", "m.xlsx")]
    assert listed[0].sha256 == hashlib.sha256((tmp_path / "d.xlsx").read_bytes()).hexdigest()


def test_the_archive_travels_whole_in_the_change_log(db, admin, world, tmp_path):  # noqa: F811
    reports.monthly_report(db, admin, "2024-03", tmp_path / "m.xlsx")
    with db.read() as s:
        [fields] = s.execute(select(ChangeLogEntry.fields).where(ChangeLogEntry.table_name == "archived_reports")
                             ).scalars().all()
    assert set(fields) == {c.name for c in ArchivedReport.__table__.columns} - {"id"}
    assert base64.b64decode(fields["content"]) == (tmp_path / "m.xlsx").read_bytes()


@pytest.mark.parametrize("damage", ["checksum", "content", "not_base64"])
def test_a_damaged_entry_is_refused_and_nothing_is_written(db, admin, world, out, damage):  # noqa: F811
    reports.monthly_report(db, admin, "2024-03", out / "m.xlsx")
    [entry] = report_archive.list_reports(db, admin)
    with db.read() as s:
        stored = s.execute(select(ArchivedReport.content)).scalar_one()
    values = {"checksum": {"sha256": "0" * 64},
              "content": {"content": base64.b64encode(base64.b64decode(stored)[:-1] + b"!").decode()},
              "not_base64": {"content": stored[:10] + "*" + stored[10:]}}[damage]
    with UnitOfWork(db, admin) as uow:
        uow.session.execute(update(ArchivedReport).values(**values))
    with db.read() as s:
        audits = s.execute(select(func.count()).select_from(AuditEntry)).scalar_one()
    with pytest.raises(UserError) as refused:
        report_archive.save_copy(db, admin, entry.id, out / "copy.xlsx")
    assert "damaged" in refused.value.render() and "m.xlsx" in refused.value.render()
    assert sorted(p.name for p in out.iterdir()) == ["m.xlsx"]
    with db.read() as s:
        assert s.execute(select(func.count()).select_from(AuditEntry)).scalar_one() == audits


def test_bad_paths_and_ids_write_nothing(db, admin, world, out):  # noqa: F811
    reports.monthly_report(db, admin, "2024-03", out / "m.xlsx")
    [entry] = report_archive.list_reports(db, admin)
    with pytest.raises(UserError, match="does not exist"):
        report_archive.save_copy(db, admin, entry.id, out / "missing" / "copy.xlsx")
    with pytest.raises(UserError, match=r"\.xlsx"):
        report_archive.save_copy(db, admin, entry.id, out / "copy.pdf")
    assert report_archive.find(db, admin, str(entry.id)[:8]) == entry.id
    assert report_archive.find(db, admin, str(entry.id).upper()) == entry.id
    for wrong in ("abc", "ffffffff-ffff", "not an id"):
        with pytest.raises(UserError):
            report_archive.find(db, admin, wrong)
    assert sorted(p.name for p in out.iterdir()) == ["m.xlsx"]


def test_only_coordinators_and_admins(db, admin, make_staff, world, tmp_path):  # noqa: F811
    reports.monthly_report(db, admin, "2024-03", tmp_path / "m.xlsx")
    [entry] = report_archive.list_reports(db, admin)
    coordinator = make_staff(Role.COORDINATOR)
    assert [r.id for r in report_archive.list_reports(db, coordinator)] == [entry.id]
    receptionist = make_staff(Role.RECEPTIONIST)
    assert not allowed(Role.RECEPTIONIST, Action.REPORTS_ARCHIVE)
    with pytest.raises(PermissionDenied):
        report_archive.list_reports(db, receptionist)
    with pytest.raises(PermissionDenied):
        report_archive.save_copy(db, receptionist, entry.id, tmp_path / "copy.xlsx")
    assert not (tmp_path / "copy.xlsx").exists()


def test_a_report_sent_on_one_desk_reopens_identical_on_another(tmp_path):
    from tests.unit.test_sync_helpers import centre, close_all, key_of
    from wic_desk.sync import fileformat
    a, b = centre(tmp_path / "centre", 2)
    try:
        sent = reports.monthly_report(a.db, a.admin, "2024-03", tmp_path / "march.xlsx")
        original = sent.read_bytes()
        exchange = a.export(for_desk=b)
        assert b"PK\x03\x04" not in exchange.read_bytes()  # the file inside travels encrypted
        assert fileformat.read_file(exchange, key_of(b)).manifest.changes >= 1
        assert report_archive.list_reports(b.db, b.admin) == []
        b.read(exchange)
        [arrived] = report_archive.list_reports(b.db, b.admin)
        assert [arrived] == report_archive.list_reports(a.db, a.admin)
        assert arrived.made_by == "Anna Admin" and arrived.project
        copy = report_archive.save_copy(b.db, b.admin, arrived.id, tmp_path / "on-b.xlsx")
        assert copy.read_bytes() == original and hashlib.sha256(original).hexdigest() == arrived.sha256
    finally:
        close_all([a, b])
