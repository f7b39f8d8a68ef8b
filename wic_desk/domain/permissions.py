"""Who may do what: one table of actions and the roles allowed to take them.

The services check it on every call (``services.auth.require_action``) and the screens consult it
to show or hide what a role may use, so a hidden button is never the only guard and the two never
disagree.
"""

from __future__ import annotations

from enum import StrEnum

from wic_desk.domain.enums import Role


class Action(StrEnum):
    ISSUE_CERTIFICATES = "certificates.issue"  # issue, reprint, list the register
    VERIFY_CERTIFICATE = "certificates.verify"  # is a printed certificate genuine?
    PUBLISH_CERTIFICATES = "certificates.publish"  # the static verification page and its address


_EVERYONE = frozenset(Role)

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.ISSUE_CERTIFICATES: frozenset({Role.COORDINATOR, Role.ADMIN}),
    # Receptionists are asked first ("is this certificate ours?"); any staff member may answer.
    Action.VERIFY_CERTIFICATE: _EVERYONE,
    Action.PUBLISH_CERTIFICATES: frozenset({Role.COORDINATOR, Role.ADMIN}),
}


def roles_for(action: Action) -> frozenset[Role]:
    """The roles allowed to take ``action`` (none for an action missing from the table)."""
    return PERMISSIONS.get(action, frozenset())


def allowed(role: Role | None, action: Action) -> bool:
    return role is not None and role in roles_for(action)
