"""What a restricted person is (consent withdrawn, the service record kept: GDPR art. 18), as plain rules.

When a person withdraws their consent, the desk either erases them (``wic_desk.domain.erasure``)
or, where the law requires the centre to keep the service record, restricts them: the record stays
as it is, marked by the date of the withdrawal (``consent_withdrawn_on``), and from then on it is
only kept and counted:

- it is not found by the search (so it is neither enrolled nor given a visit from the desk);
- no new visit, consultation, enrolment or employment outcome is recorded for it (``NO_NEW``,
  refused with ``E_RESTRICTED`` by the services' unit of work, whichever service asks);
- the figures count it as before, but the records behind a figure show it without a name.

An erased person is not restricted: there is nothing left to restrict. The withdrawal date travels
to every desk with the person's record, so every desk applies the same rules.
"""

from __future__ import annotations

import datetime as dt

from wic_desk.domain.i18n import QT_TRANSLATE_NOOP as T

# tables whose records belong to a person (their ``person_id``) and that a restricted person gets no new one of
NO_NEW: tuple[str, ...] = ("visits", "consultations", "enrolments", "employment_outcomes")

E_RESTRICTED = T("Errors", "This person withdrew their consent: their record is kept only for the figures, "
                           "and nothing new can be recorded for them.")


def is_restricted(consent_withdrawn_on: dt.date | str | None, anonymised: bool | int | None) -> bool:
    """Whether a person's record is restricted: consent withdrawn, and not erased."""
    return consent_withdrawn_on is not None and not anonymised
