"""Who may do what: one table of actions and the roles allowed to take them.

The services check it on every call (``services.auth.require_action``, or
``auth.require(actor, roles_for(action))``) and the screens consult it (``allowed``) to show or
enable what a role may use, so a hidden button is never the only guard and the two never disagree.
Each action is a dotted name. The certificate, sync and staff-account actions are here; other services still keep
their role sets beside their code and move here as they are touched.
"""

from __future__ import annotations

from enum import StrEnum

from wic_desk.domain.enums import Role


class Action(StrEnum):
    ISSUE_CERTIFICATES = "certificates.issue"  # issue, reprint, list the register
    VERIFY_CERTIFICATE = "certificates.verify"  # is a printed certificate genuine?
    PUBLISH_CERTIFICATES = "certificates.publish"  # the static verification page and its address
    SYNC_EXPORT = "sync.export"  # a file for every desk or for one desk
    SYNC_EXPORT_FULL = "sync.export_full"  # everything: staff accounts included
    SYNC_IMPORT = "sync.import"
    SYNC_RESOLVE = "sync.resolve"  # settle a conflict
    SYNC_RETIRE = "sync.retire"  # retire a desk for good
    SYNC_REBUILD = "sync.rebuild"
    STAFF_LIST = "staff.list"  # the staff page: accounts, roles, active or not
    STAFF_CREATE = "staff.create"  # a new account, with the password it starts with
    STAFF_UPDATE = "staff.update"  # name, role, specialist kind, (de)activate
    STAFF_RESET_PASSWORD = "staff.reset_password"  # someone forgot theirs: a new one, lock-out lifted
    RECOVERY_KEY = "centre.recovery_key"  # a new recovery key for the centre, printed and sealed
    ACTIVITY_CANCEL = "activity.cancel"  # an activity or one of its sessions did not take place
    ACTIVITY_TAG = "activity.tag"  # the event or series an activity belongs to (indicators count by it)
    NOTES_RECOVERY = "notes.recovery"  # the recovery key opens a note (court order) or lets the pending in
    OWN_PASSWORD = "account.password"  # change one's own password (the current one proves it)
    OWN_PIN = "account.pin"  # set or remove one's own PIN for the idle lock
    PEOPLE_ERASE = "people.erase"  # anonymise one person (the right to erasure)
    PEOPLE_RETENTION = "people.retention"  # the retention period, who is due, erase them, old backups
    # record that a person withdrew consent, then erase them or restrict them to the figures
    CONSENT_WITHDRAW = "people.withdraw_consent"
    PERSON_EXPORT = "people.export"  # everything held about one person (GDPR art. 15 and 20): PDF and JSON
    REPORTS_ARCHIVE = "reports.archive"  # the reports sent: list them, save or open one again as it was sent


_EVERYONE = frozenset(Role)
_COORDINATION = frozenset({Role.COORDINATOR, Role.ADMIN})

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.ISSUE_CERTIFICATES: _COORDINATION,
    # Receptionists are asked first ("is this certificate ours?"); any staff member may answer.
    Action.VERIFY_CERTIFICATE: _EVERYONE,
    Action.PUBLISH_CERTIFICATES: _COORDINATION,
    Action.SYNC_EXPORT: _EVERYONE,
    Action.SYNC_EXPORT_FULL: _COORDINATION,
    Action.SYNC_IMPORT: _EVERYONE,
    Action.SYNC_RESOLVE: _COORDINATION,
    Action.SYNC_RETIRE: frozenset({Role.ADMIN}),
    Action.SYNC_REBUILD: frozenset({Role.ADMIN}),
    Action.STAFF_LIST: frozenset({Role.ADMIN}),
    Action.STAFF_CREATE: frozenset({Role.ADMIN}),
    Action.STAFF_UPDATE: frozenset({Role.ADMIN}),
    Action.STAFF_RESET_PASSWORD: frozenset({Role.ADMIN}),
    Action.RECOVERY_KEY: frozenset({Role.ADMIN}),
    Action.NOTES_RECOVERY: frozenset({Role.ADMIN}),
    Action.ACTIVITY_CANCEL: _COORDINATION,
    Action.ACTIVITY_TAG: _COORDINATION,
    Action.OWN_PASSWORD: _EVERYONE,
    Action.OWN_PIN: _EVERYONE,
    Action.PEOPLE_ERASE: frozenset({Role.ADMIN}),
    Action.PEOPLE_RETENTION: frozenset({Role.ADMIN}),
    # Whoever the person tells at the desk or in a session records it, either way (erase or
    # restrict: both are what the person asked for); specialists pass it on.
    Action.CONSENT_WITHDRAW: frozenset({Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN}),
    Action.PERSON_EXPORT: _COORDINATION,
    # who makes the donor's reports (services.reports.REPORTERS) sees what was sent
    Action.REPORTS_ARCHIVE: _COORDINATION,
}


def roles_for(action: Action | str) -> frozenset[Role]:
    """The roles allowed to take ``action`` (KeyError for an action not in the table: a bug)."""
    return PERMISSIONS[Action(action)]


def allowed(role: Role | None, action: Action | str) -> bool:
    return role is not None and role in roles_for(action)


allows = allowed  # the name the sync screen uses
