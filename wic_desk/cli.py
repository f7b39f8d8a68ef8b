"""The ``wic-desk`` command: opens the app by default; sub-commands for admins and scripts.

Contract (DESIGN.md): exit 0 on success; on a user error exit 1 with one line on stderr, in the
user's language, never a traceback, with the database as it was. Output meant for scripts is
tab-separated, one record a line.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wic_desk import __version__
from wic_desk.domain.errors import UserError
from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

log = logging.getLogger("wic_desk")

USER_ENV = "WIC_DESK_USER"
PASSWORD_ENV = "WIC_DESK_PASSWORD"

E_NO_LOGIN = T("Errors", "Say who you are: your login in WIC_DESK_USER and your password in WIC_DESK_PASSWORD "
                         "or --password-file FILE.")
E_NO_ADMIN_PASSWORD = T("Errors", "Give the first administrator's password in WIC_DESK_PASSWORD or --password-file "
                                  "FILE.")
E_PASSWORD_FILE = T("Errors", "Cannot read the password file {path}.")
E_PASSWORDS_DIFFER = T("Errors", "The two passwords are not the same.")
PROMPT_LOGIN = T("CommandLine", "Login: ")
PROMPT_PASSWORD = T("CommandLine", "Password: ")
PROMPT_NEW_PASSWORD = T("CommandLine", "The first administrator's password: ")
PROMPT_REPEAT_PASSWORD = T("CommandLine", "The same password again: ")
RECOVERY_ENV = "WIC_DESK_RECOVERY_KEY"
E_NO_RECOVERY_KEY = T("Errors", "Give the recovery key in WIC_DESK_RECOVERY_KEY, or run the command on a terminal.")
E_NO_NEW_PASSWORD = T("Errors", "Give the new password in WIC_DESK_PASSWORD or --password-file FILE.")
PROMPT_RECOVERY_KEY = T("CommandLine", "The recovery key (from the sealed envelope): ")
PROMPT_NEW_OWN_PASSWORD = T("CommandLine", "The new password: ")
NOTE_RECOVERED = T("CommandLine", "{login} has a new password. Make a new recovery key in Administration and "
                                  "seal it: this one has been seen.")
JOIN_CODE_ENV = "WIC_DESK_JOIN_CODE"
E_NO_JOIN_CODE = T("Errors", "Give the join code shown when the join file was written (or the centre's recovery "
                             "key) in WIC_DESK_JOIN_CODE, or run the command on a terminal.")
E_NO_CENTRE_KEY_CLI = T("Errors", "This desk was set up before exchange files used the centre key: give the "
                                  "centre's former sync passphrase once, in WIC_DESK_PASSPHRASE or "
                                  "--passphrase-file FILE (after that, no passphrase is needed).")
PROMPT_JOIN_CODE = T("CommandLine", "The join code (or the centre's recovery key): ")
NOTE_JOIN_CODE = T("CommandLine", "Give the new desk this join code with the file, not in the same message; "
                                  "it is shown only now: {code}")
NOTE_ENCRYPTED = T("CommandLine", "The database is now encrypted; an encrypted backup was made and {removed} "
                                  "unencrypted backups were deleted.")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is a one-line user error (exit 1), as the contract says."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(T("Errors", "Wrong command: {detail}. See wic-desk --help."), detail=message)


def _translator() -> Callable[[str, str], str]:
    try:
        from wic_desk.app import command_line_translate
        return command_line_translate()
    except Exception:  # the message must get out even if translations cannot load
        return lambda _context, text: text


def _translator_identity(_context: str, text: str) -> str:
    return text


def _progress_printer(enabled: bool) -> Callable[[int, int, str], None] | None:
    if not enabled:
        return None

    def report(done: int, total: int, _what: str = "") -> None:
        percent = int(done * 100 / total) if total else 100
        print(f"\r{percent:3d}%", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)
    return report


def _common(p: argparse.ArgumentParser) -> None:
    """The options every command takes, after its name as well as before it."""
    p.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file")
    p.add_argument("--password-file", type=Path, default=argparse.SUPPRESS, metavar="FILE",
                   help="your password, on the first line of FILE")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="wic-desk", description="WIC Desk: the integration centre's front-desk app.")
    parser.add_argument("--version", action="version", version=f"wic-desk {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: the user data folder)")
    parser.add_argument("--password-file", type=Path, default=None, metavar="FILE",
                        help=f"your password, on the first line of FILE (default: {PASSWORD_ENV}, or a prompt "
                             f"on a terminal); your login is {USER_ENV}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    def add(name: str, **kw) -> argparse.ArgumentParser:
        p = sub.add_parser(name, **kw)
        _common(p)
        return p

    p = add("init", help="set up a new database without the wizard (the administrator's password from "
                         "WIC_DESK_PASSWORD or --password-file)")
    p.add_argument("--centre", required=True)
    p.add_argument("--desk", required=True)
    p.add_argument("--admin", required=True, metavar="LOGIN")
    p.add_argument("--admin-name", default=None)

    p = add("recover", help="a forgotten administrator password: the centre's recovery key sets a new one (the key "
                            "from WIC_DESK_RECOVERY_KEY or a prompt, the new password from WIC_DESK_PASSWORD, "
                            "--password-file or a prompt)")
    p.add_argument("--admin", required=True, metavar="LOGIN")

    p = add("demo", help="make a realistic demo/training database in a new file, all or nothing; refuses a "
                         "set-up database, a demo included")
    p.add_argument("--persons", type=int, default=2000)
    p.add_argument("--visits", type=int, default=None, help="visits in all (default: 10 per person)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--no-gui", action="store_true")

    p = add("import", help="import records from a file")
    what = p.add_subparsers(dest="what", required=True, parser_class=_Parser)
    pi = what.add_parser("people", help="xlsx/csv register of people")
    pi.add_argument("file", type=Path)
    _common(pi)
    pi.add_argument("--rejects", type=Path, default=None, help="where to write rows not taken")

    p = add("people", help="look people up")
    what = p.add_subparsers(dest="what", required=True, parser_class=_Parser)
    ps = what.add_parser("search", help="best matches: id, Latin name, native name, birth date")
    ps.add_argument("text")
    _common(ps)
    ps.add_argument("--limit", type=int, default=20)
    pr = what.add_parser("retention", help="who is due for erasure under the retention policy: id and last "
                                           "contact date (administrators); --apply erases them and deletes "
                                           "backups older than the retention period")
    _common(pr)
    pr.add_argument("--apply", action="store_true", help="erase those due and delete the old backups")
    pe = what.add_parser("export", help="everything held about one person (GDPR art. 15 and 20): FILE is written "
                                        "as PDF and the same content as JSON beside it (FILE.pdf -> FILE.json, "
                                        "any other name gets .json added); prints both paths")
    pe.add_argument("person_id", metavar="PERSON_ID")
    pe.add_argument("--out", required=True, type=Path, metavar="FILE")
    pe.add_argument("--language", choices=("pl", "uk", "en"), default=None,
                    help="the PDF's language (default: the app's)")
    _common(pe)

    p = add("notes", help="access to consultation notes (administrators)")
    what = p.add_subparsers(dest="what", required=True, parser_class=_Parser)
    pn = what.add_parser("pending", help="readers whose access to some notes is pending: staff id, name, groups")
    _common(pn)
    pn = what.add_parser("let-in", help="the centre's recovery key (WIC_DESK_RECOVERY_KEY or a prompt) seals every "
                                        "note key for everyone pending (a reset password); prints how many")
    _common(pn)

    p = add("activities", help="group activities")
    what = p.add_subparsers(dest="what", required=True, parser_class=_Parser)
    pl = what.add_parser("list", help="id, kind, title, first date, sessions, participants")
    _common(pl)

    p = add("attendance-sheet", help="printable sign-in list of one session (PDF)")
    p.add_argument("--activity", required=True, metavar="ID")
    p.add_argument("--session", type=int, default=None, metavar="N", help="session number (default: the next)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    p = add("certificates", help="issue certificates for everyone who completed an activity (PDF)")
    p.add_argument("--activity", metavar="ID")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="one PDF; a folder for a file each")
    p.add_argument("--separate", action="store_true", help="a file each, into the --out folder")
    p.add_argument("--participation", action="store_true", help="also certificates of participation")
    what = p.add_subparsers(dest="what", required=False, parser_class=_Parser)
    pv = what.add_parser("verify", help="is a certificate genuine? exit 0 if so, 1 if not")
    pv.add_argument("serial")
    pv.add_argument("code")
    _common(pv)
    pp = what.add_parser("publish", help="static verification page for any web host (hashes, no personal data)")
    pp.add_argument("--out", dest="page_dir", required=True, type=Path, metavar="DIR")
    pp.add_argument("--url", default=None, metavar="URL",
                    help="where the page will be published; stored, and carried by the QR codes of "
                         "certificates issued from now on (\"\" clears it)")
    _common(pp)

    p = add("report", help="the donor's Excel reports")
    what = p.add_subparsers(dest="what", required=True, parser_class=_Parser)
    rd = what.add_parser("donor", help="donor report for a date range")
    rd.add_argument("--from", dest="date_from", required=True, metavar="DATE")
    rd.add_argument("--to", dest="date_to", required=True, metavar="DATE")
    rd.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    _common(rd)
    rm = what.add_parser("monthly", help="the same figures for one month")
    rm.add_argument("--month", required=True, metavar="YYYY-MM")
    rm.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    _common(rm)
    rs = what.add_parser("sent", help="the reports sent, newest first: id, kind, from, to, project, made by, made at, "
                                      "file, size, SHA-256")
    _common(rs)
    rc = what.add_parser("copy", help="save a report sent again, byte for byte as it was sent (its checksum "
                                      "checked first)")
    rc.add_argument("id", metavar="ID", help="the id from `report sent` (its first characters will do)")
    rc.add_argument("--out", required=True, type=Path, metavar="FILE.xlsx")
    _common(rc)
    for rp in (rd, rm):
        rp.add_argument("--language", "--lang", dest="language", choices=("pl", "uk", "en"), default=None,
                        help="the workbook's language: sheet names, headings, kinds, countries "
                             "(default: the app's)")

    p = add("sync", help="exchange files between desks")
    what = p.add_subparsers(dest="what", required=True, parser_class=_Parser)

    def sync_cmd(name: str, **kw) -> argparse.ArgumentParser:
        sp = what.add_parser(name, **kw)
        _common(sp)
        return sp

    def once_passphrase(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--passphrase-file", type=Path, default=None, metavar="FILE",
                        help="only once, on a desk set up before centre keys: the centre's former sync "
                             "passphrase (default: WIC_DESK_PASSPHRASE)")

    se = sync_cmd("export", help="write an exchange file")
    se.add_argument("--out", required=True, type=Path, metavar="FILE")
    se.add_argument("--for", dest="for_desk", default=None, metavar="DESK", help="only what that desk lacks")
    se.add_argument("--full", action="store_true", help="everything (for a new desk)")
    se.add_argument("--new-desk", default=None, metavar="NAME",
                    help="a full file for a new desk of this name, known here at once (a join file)")
    once_passphrase(se)
    si = sync_cmd("import", help="read an exchange file")
    si.add_argument("file", type=Path)
    si.add_argument("--desk", default=None, metavar="NAME",
                    help="on a new database: set this desk up from a full exchange file, under this name "
                         "(run again, the same join reports the desk again; another name is refused); the "
                         "join code in WIC_DESK_JOIN_CODE or asked for on a terminal")
    once_passphrase(si)
    sync_cmd("digest", help="one line; equal on desks holding the same data")
    sync_cmd("conflicts", help="one conflict a line")
    sr = sync_cmd("retire", help="retire a desk for good: files for every desk stop waiting for it (administrators)")
    sr.add_argument("desk", metavar="DESK", help="the desk's name or id")

    add("backup", help="consistent copy into the backup folder")
    p = add("restore", help="replace the database with a backup (the current one is backed up first)")
    p.add_argument("file", type=Path)
    return parser


E_NO_DATABASE = T("Errors", "There is no database at {path}. Set this desk up first: start the app, or run "
                            "wic-desk init, or join a centre with wic-desk sync import FILE --desk NAME.")


def _database_file(args) -> Path | None:
    from wic_desk import paths
    from wic_desk.store.engine import database_url, sqlite_path
    return sqlite_path(database_url(args.db, default_path=paths.default_database_path()))


def _open(args, create: bool = False):
    """The database the command works on. Only the commands that set a desk up (``init``, a join)
    make a new database file; any other command given a path where there is none (a mistyped
    ``--db``) says so and leaves nothing behind."""
    from wic_desk.services import auth, keys
    from wic_desk.services.context import Database
    file = _database_file(args)
    if not create and file is not None and not file.exists():
        raise UserError(E_NO_DATABASE, path=str(file))
    if keys.is_encrypted(args.db):
        # An encrypted database opens only with a password: who runs the command comes first.
        user, password = _credentials(args)
        try:
            db, actor = keys.open_for_login(args.db, user, password, via=auth.VIA_COMMAND)
        except auth.PasswordChangeRequired as exc:
            exc.db.close()
            raise
        db.cli_actor = actor
        return db
    db = Database.open(args.db)
    if db.converted is not None:
        translate = _translator()
        print(translate("CommandLine", NOTE_ENCRYPTED).format(removed=db.converted.plain_backups_removed),
              file=sys.stderr)
    return db


def _remove_new_database(file: Path | None) -> None:
    """Take away a database file this command made, with its companions, when the command failed."""
    if file is None:
        return
    for suffix in ("", "-wal", "-shm", "-journal", ".keys", ".lock"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)


def _on_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def _read_password_file(path: Path) -> str:
    """The first line of ``path``, without its line end (the rest of the file is ignored)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        raise UserError(E_PASSWORD_FILE, path=str(path)) from None
    lines = text.splitlines()
    return lines[0] if lines else ""


def _given_password(args) -> str | None:
    """--password-file, else WIC_DESK_PASSWORD; None when neither is given."""
    file = getattr(args, "password_file", None)
    if file is not None:
        return _read_password_file(file)
    return os.environ.get(PASSWORD_ENV) or None


def _script_actor(db, args):
    """Who runs the command, proven: WIC_DESK_USER with WIC_DESK_PASSWORD or --password-file, or
    asked for on a terminal. No command runs as anyone without a password; a wrong one, or a
    login that must wait, is the one-line error of the contract (and counts, as on the screen)."""
    from wic_desk.services import auth
    proven = getattr(db, "cli_actor", None)
    if proven is not None:  # proven when the encrypted database was opened
        return proven
    if not db.is_set_up():
        raise UserError(T("Errors", "This database is not set up yet. Run wic-desk init first."))
    user, password = _credentials(args)
    return auth.login(db, user, password, via=auth.VIA_COMMAND)


def _credentials(args) -> tuple[str, str]:
    """WIC_DESK_USER with WIC_DESK_PASSWORD or --password-file, or asked for on a terminal (the
    translations, which load Qt, only then: a script's command starts 0.15 s sooner)."""
    user = os.environ.get(USER_ENV, "").strip()
    if not user and _on_terminal():
        # the prompt goes to stderr, as getpass's does: stdout is the command's output
        print(_translator()("CommandLine", PROMPT_LOGIN), end="", file=sys.stderr, flush=True)
        user = sys.stdin.readline().strip()
    password = _given_password(args)
    if password is None and user and _on_terminal():
        password = getpass.getpass(_translator()("CommandLine", PROMPT_PASSWORD))
    if not user or not password:
        raise UserError(E_NO_LOGIN)
    return user, password


def _new_admin_password(args) -> str:
    password = _given_password(args)
    if password is None and _on_terminal():
        translate = _translator()
        password = getpass.getpass(translate("CommandLine", PROMPT_NEW_PASSWORD))
        if password != getpass.getpass(translate("CommandLine", PROMPT_REPEAT_PASSWORD)):
            raise UserError(E_PASSWORDS_DIFFER)
    if not password:
        raise UserError(E_NO_ADMIN_PASSWORD)
    return password


def _cmd_init(args) -> int:
    from wic_desk.domain.passwords import check_password
    from wic_desk.services import setup
    password = _new_admin_password(args)
    check_password(password, (args.admin, args.admin_name or args.admin))  # before a file is made
    db = _open(args, create=True)
    try:
        result = setup.initialise(db, args.centre, args.desk, args.admin, args.admin_name or args.admin, password)
    finally:
        db.close()
    print(f"{result.desk_id}\t{db.url}")
    # once, on stdout only: the script that deploys laptops prints it for the centre's safe
    print(f"recovery-key\t{result.recovery_key}")
    return 0


def _cmd_recover(args) -> int:
    from wic_desk.services import keys
    file = _database_file(args)
    if file is not None and not file.exists():
        raise UserError(E_NO_DATABASE, path=str(file))
    translate = _translator()
    recovery_key = _recovery_key()
    password = _given_password(args)
    if password is None and _on_terminal():
        password = getpass.getpass(translate("CommandLine", PROMPT_NEW_OWN_PASSWORD))
        if password != getpass.getpass(translate("CommandLine", PROMPT_REPEAT_PASSWORD)):
            raise UserError(E_PASSWORDS_DIFFER)
    if not password:
        raise UserError(E_NO_NEW_PASSWORD)
    actor = keys.recover(args.db, recovery_key, args.admin, password)
    print(translate("CommandLine", NOTE_RECOVERED).format(login=actor.login))
    return 0


def _cmd_demo(args) -> int:
    from wic_desk.services import demo
    if args.persons < 0:
        raise UserError(T("Errors", "The number of persons cannot be negative."))
    if args.visits is not None and args.visits < 0:
        raise UserError(T("Errors", "The number of visits cannot be negative."))
    result = demo.build_demo_file(args.db, persons=args.persons, visits=args.visits, seed=args.seed,
                                  progress=_progress_printer(sys.stderr.isatty()))
    print(f"persons\t{result.persons}\nvisits\t{result.visits}\nlogin\t{result.login}\tpassword\t{result.password}")
    if not args.no_gui:
        from wic_desk.app import run_gui
        return run_gui(args.db)
    return 0


def _cmd_import(args) -> int:
    from wic_desk.services import importer
    db = _open(args)
    try:
        actor = _script_actor(db, args)
        result = importer.import_people(db, actor, args.file, rejects_path=args.rejects,
                                        progress=_progress_printer(sys.stderr.isatty()))
    finally:
        db.close()
    print(f"imported\t{result.imported}\nrejected\t{result.rejected}")
    if result.rejects_path:
        print(f"rejects\t{result.rejects_path}")
    return 0


def _cmd_people(args) -> int:
    if args.what == "retention":
        return _cmd_retention(args)
    from wic_desk.services import people
    if args.what == "export":
        return _cmd_people_export(args)
    db = _open(args)
    try:
        _script_actor(db, args)
        hits = people.search(db, args.text, limit=args.limit)
    finally:
        db.close()
    for h in hits:
        born = h.birth_date.isoformat() if h.birth_date else (str(h.birth_year) if h.birth_year else "")
        print(f"{h.id}\t{h.latin_name}\t{h.native_name or ''}\t{born}")
    return 0


def _cmd_retention(args) -> int:
    """Ids and last contacts only: a script's log keeps no names."""
    from wic_desk.services import retention
    db = _open(args)
    try:
        actor = _script_actor(db, args)
        rows = retention.due(db, actor)
        for row in rows:
            print(f"{row.id}\t{row.last_contact.isoformat()}")
        if args.apply:
            result = retention.apply(db, actor, progress=_progress_printer(sys.stderr.isatty()))
            print(f"erased\t{result.erased}\nbackups-deleted\t{result.backups_deleted}")
    finally:
        db.close()
    return 0


def _cmd_people_export(args) -> int:
    from wic_desk.services import preferences, subject_export
    person_id = _uuid_arg(args.person_id, "PERSON_ID")
    language = args.language or preferences.language()
    try:
        from wic_desk.app import command_line_translate
        translate = command_line_translate(language)
    except Exception:  # the English source texts rather than no file
        log.exception("translations for the export could not be loaded")
        translate = _translator_identity
    db = _open(args)
    try:
        result = subject_export.export_person(db, _script_actor(db, args), person_id, args.out, language, translate)
    finally:
        db.close()
    print(f"pdf\t{result.pdf}\njson\t{result.json}")
    return 0


def _cmd_notes(args) -> int:
    from wic_desk.domain.permissions import Action
    from wic_desk.services import auth, notes
    db = _open(args)
    try:
        actor = auth.require_action(_script_actor(db, args), Action.NOTES_RECOVERY)
        if args.what == "pending":
            for p in notes.pending(db):
                print(f"{p.staff_id}\t{p.full_name}\t{','.join(p.groups)}")
            return 0
        made = notes.grant_with_recovery(db, actor, _recovery_key())
    finally:
        db.close()
    print(f"granted\t{made}")
    return 0


def _recovery_key() -> str:
    recovery_key = os.environ.get(RECOVERY_ENV, "").strip()
    if not recovery_key and _on_terminal():
        recovery_key = getpass.getpass(_translator()("CommandLine", PROMPT_RECOVERY_KEY)).strip()
    if not recovery_key:
        raise UserError(E_NO_RECOVERY_KEY)
    return recovery_key


def _cmd_activities(args) -> int:
    from wic_desk.services import activities
    db = _open(args)
    try:
        _script_actor(db, args)
        rows = activities.list_activities(db)
    finally:
        db.close()
    for r in rows:
        first = r.first_date.isoformat() if r.first_date else ""
        print(f"{r.id}\t{r.kind.value}\t{r.title}\t{first}\t{r.sessions}\t{r.participants}")
    return 0


def _uuid_arg(text: str, field: str):
    import uuid
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise UserError(T("Errors", "\"{value}\" is not a valid id."), value=text) from None


def _cmd_attendance_sheet(args) -> int:
    from wic_desk.services import sheets
    activity_id = _uuid_arg(args.activity, "activity")
    db = _open(args)
    try:
        out = sheets.attendance_sheet(db, _script_actor(db, args), activity_id, args.session, args.out)
    finally:
        db.close()
    print(out)
    return 0


def _cmd_certificates(args) -> int:
    from wic_desk.services import certificates
    if args.what == "publish":
        db = _open(args)
        try:
            published = certificates.publish_page(db, _script_actor(db, args), args.page_dir, url=args.url)
        finally:
            db.close()
        print(f"file\t{published.path}\ncertificates\t{published.certificates}\nurl\t{published.url or ''}")
        return 0
    if args.what == "verify":
        db = _open(args)
        try:
            result = certificates.verify(db, _script_actor(db, args), args.serial, args.code)
        finally:
            db.close()
        if not result.genuine:
            raise UserError(T("Errors", "Not genuine: no certificate has this serial number and code."))
        print(f"genuine\t{result.serial}\t{result.person_name}\t{result.native_name or ''}\t"
              f"{result.activity_title}\t{result.issued_on.isoformat()}")
        return 0
    if not args.activity or not args.out:
        raise UserError(T("Errors", "Give --activity ID and --out FILE.pdf (or verify SERIAL CODE)."))
    activity_id = _uuid_arg(args.activity, "activity")
    db = _open(args)
    try:
        result = certificates.issue_batch(db, _script_actor(db, args), activity_id, args.out, one_file=not args.separate,
                                          progress=_progress_printer(sys.stderr.isatty()),
                                          include_participation=args.participation)
    finally:
        db.close()
    print(f"issued\t{result.issued}\nreprinted\t{result.reprinted}")
    for f in result.files:
        print(f"file\t{f}")
    return 0


def _cmd_report_archive(args) -> int:
    from wic_desk.services import report_archive
    db = _open(args)
    try:
        actor = _script_actor(db, args)
        if args.what == "sent":
            for r in report_archive.list_reports(db, actor):
                print("\t".join(_tsv(v) for v in (
                    r.id, r.kind, r.period_from.isoformat(), r.period_to.isoformat(), r.project, r.made_by,
                    r.made_at.isoformat(sep=" "), r.file_name, r.size, r.sha256)))
            return 0
        out = report_archive.save_copy(db, actor, report_archive.find(db, actor, args.id), args.out)
    finally:
        db.close()
    print(out)
    return 0


def _tsv(value) -> str:
    """One tab-separated field: tabs and line breaks in a name would break the line."""
    return " ".join(str(value).split()) if any(c in str(value) for c in "\t\r\n") else str(value)


def _cmd_report(args) -> int:
    from wic_desk.domain.validation import parse_iso_date
    from wic_desk.services import preferences, reports
    if args.what in ("sent", "copy"):
        return _cmd_report_archive(args)
    language = args.language or preferences.language()
    try:
        from wic_desk.app import command_line_translate
        translate = command_line_translate(language)
    except Exception:  # the English source texts rather than no file
        log.exception("translations for the report could not be loaded")
        translate = _translator_identity
        language = "en"
    progress = _progress_printer(sys.stderr.isatty())
    if args.what == "donor":
        date_from = parse_iso_date(args.date_from, "from")
        date_to = parse_iso_date(args.date_to, "to")
    db = _open(args)
    try:
        actor = _script_actor(db, args)
        if args.what == "donor":
            out = reports.donor_report(db, actor, date_from, date_to, args.out, translate, progress, language)
        else:
            out = reports.monthly_report(db, actor, args.month, args.out, translate, progress, language)
    finally:
        db.close()
    print(out)
    return 0


PASSPHRASE_ENV = "WIC_DESK_PASSPHRASE"


def _former_passphrase(db, args) -> str | None:
    """A desk set up before centre keys takes the key once, from the former sync passphrase (again,
    while no file of the centre has been read with it: a mistyped passphrase). The key is kept
    only when the command succeeds."""
    from wic_desk.services import sync
    if getattr(args, "passphrase_file", None) is not None:
        phrase = sync.read_passphrase_file(args.passphrase_file)
    else:
        phrase = os.environ.get(PASSPHRASE_ENV, "")
    if not sync.has_centre_key(db) and not phrase:
        raise UserError(E_NO_CENTRE_KEY_CLI)
    return phrase or None


def _join_code() -> str:
    code = os.environ.get(JOIN_CODE_ENV, "").strip()
    if not code and _on_terminal():
        code = getpass.getpass(_translator()("CommandLine", PROMPT_JOIN_CODE)).strip()
    if not code:
        raise UserError(E_NO_JOIN_CODE)
    return code


def _desk_arg(db, text: str):
    """A desk named by its id or its name (services.sync.find_desk says what to do if unknown)."""
    from wic_desk.services import sync
    return sync.find_desk(db, text)


def _print_join(joined) -> None:
    print(f"desk\t{joined.desk_id}\ncentre\t{joined.centre_name}\nstaff\t{joined.staff}\nchanges\t{joined.changes}")


def _cmd_sync(args) -> int:
    from wic_desk.services import sync
    progress = _progress_printer(sys.stderr.isatty())
    joining = args.what == "import" and bool(args.desk)
    file = _database_file(args)
    made = joining and file is not None and not file.exists()
    db = _open(args, create=joining)
    try:
        if args.what == "digest":
            _script_actor(db, args)
            print(sync.digest(db))
        elif args.what == "conflicts":
            for conflict in sync.conflicts(db, _script_actor(db, args)):
                print(conflict.line())
        elif args.what == "retire":
            desk = _desk_arg(db, args.desk)
            sync.retire_desk(db, _script_actor(db, args), desk)
            print(f"retired\t{desk}")
        elif args.what == "export":
            actor = _script_actor(db, args)
            former = _former_passphrase(db, args)
            for_desk = _desk_arg(db, args.for_desk) if args.for_desk else None
            result = sync.export_changes(db, actor, args.out, for_desk=for_desk, full=args.full, progress=progress,
                                         new_desk=args.new_desk, former_passphrase=former)
            print(f"changes\t{result.changes}\nbytes\t{result.size}\nfile\t{result.path}")
            if args.new_desk:
                print(f"new-desk\t{result.for_desk}")
            if result.join_code:
                # once, on stdout (the script's output) and, on a terminal, said plainly
                print(f"join-code\t{result.join_code}")
                if sys.stderr.isatty():
                    print(_translator()("CommandLine", NOTE_JOIN_CODE).format(code=result.join_code),
                          file=sys.stderr)
        elif not db.is_set_up():
            if not args.desk:
                raise UserError(T("Errors", "This database is not set up yet. Give --desk NAME to set this "
                                            "desk up from a full exchange file."))
            _print_join(sync.join_centre(db, args.file, _join_code(), args.desk, progress=progress))
        elif args.desk:
            # The same join again (its first run was stopped after it had finished): the file is
            # read as any other, which takes nothing twice, and the join is reported once more.
            if not sync.joined_as(db, args.desk):
                raise UserError(sync.E_SET_UP)
            result = sync.import_file(db, _script_actor(db, args), args.file, progress=progress)
            assert db.desk_id is not None
            _print_join(sync.join_result(db, db.desk_id, result.new))
        else:
            actor = _script_actor(db, args)
            result = sync.import_file(db, actor, args.file, progress=progress,
                                      former_passphrase=_former_passphrase(db, args))
            print(f"from\t{result.from_desk_name}\nchanges\t{result.changes}\nnew\t{result.new}\n"
                  f"conflicts\t{result.conflicts}")
    except BaseException:
        db.close()
        if made:  # a join that failed leaves no empty database where there was none
            _remove_new_database(file)
        raise
    db.close()
    return 0


def _cmd_backup(args) -> int:
    from wic_desk.services import backup
    db = _open(args)
    try:
        _script_actor(db, args)
        print(backup.backup(db))
    finally:
        db.close()
    return 0


def _cmd_restore(args) -> int:
    from wic_desk.services import backup
    db = _open(args)
    try:
        safety = backup.restore(db, args.file, _script_actor(db, args))
    finally:
        db.close()
    print(f"restored\t{args.file}\nprevious\t{safety}")
    return 0


COMMANDS = {"init": _cmd_init, "recover": _cmd_recover, "demo": _cmd_demo, "import": _cmd_import, "people": _cmd_people,
            "notes": _cmd_notes,
            "activities": _cmd_activities, "attendance-sheet": _cmd_attendance_sheet,
            "certificates": _cmd_certificates, "report": _cmd_report, "sync": _cmd_sync, "backup": _cmd_backup, "restore": _cmd_restore}


_log_handler: logging.Handler | None = None


def _setup_logging() -> None:
    """Bugs go with their traceback to wic-desk.log in the data folder, not to the terminal."""
    global _log_handler
    from wic_desk import paths
    try:
        handler: logging.Handler = logging.FileHandler(paths.data_dir() / "wic-desk.log", encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _log_handler is not None:  # main() run again in one process (tests): one handler, not two
        root.removeHandler(_log_handler)
        _log_handler.close()
    _log_handler = handler
    root.addHandler(handler)
    root.setLevel(os.environ.get("WIC_DESK_LOG", "INFO"))


def _database_user_error(exc: Exception) -> UserError | None:
    """A database error the user can act on (busy, disk full, not a database, read-only) that a
    service let through, as a UserError; None for anything else, which is a bug."""
    from sqlalchemy.exc import DatabaseError

    from wic_desk.services.context import user_db_error
    from wic_desk.store import cipher
    if not isinstance(exc, DatabaseError | cipher.DatabaseError):
        return None
    return user_db_error(exc)


SIGPIPE_EXIT = 141  # 128 + SIGPIPE: what a shell reports for a tool that a closed pipe stopped


def _quiet_after_broken_pipe() -> int:
    """The reader of our output went away (``wic-desk ... | head -1``): stop quietly, as other
    tools do. Standard output is pointed at the null device so that the interpreter's own flush
    at exit does not fail again and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or already closed
        pass
    return SIGPIPE_EXIT


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; the exit code of the contract (0, 1 for a user error, 2 for a bug,
    130 when interrupted, 141 when the reader of the output closed the pipe)."""
    from wic_desk import paths
    paths.keep_files_private()
    _setup_logging()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from wic_desk.app import run_gui
            return run_gui(args.db)
        code = COMMANDS[args.command](args)
        # Flush here, not at the interpreter's exit: a closed pipe must be noticed inside this try.
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_after_broken_pipe()
    except UserError as exc:
        print(f"wic-desk: {exc.render(_translator())}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        known = _database_user_error(exc)
        if known is not None:
            print(f"wic-desk: {known.render(_translator())}", file=sys.stderr)
            return 1
        log.exception("unexpected error")
        print(_translator()("Errors", "An unexpected error happened; it was written to the log file. "
                                      "Please report it."), file=sys.stderr)
        return 2
