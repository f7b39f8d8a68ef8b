"""What every screen is handed: the open database, this desk, the background runner, the user."""

from __future__ import annotations

from dataclasses import dataclass, field

from wic_desk.gui.tasks import BackgroundRunner
from wic_desk.services.context import Actor, Database
from wic_desk.services.setup import DeskInfo


@dataclass
class AppContext:
    db: Database
    runner: BackgroundRunner = field(default_factory=BackgroundRunner)
    desk: DeskInfo | None = None
    actor: Actor | None = None  # set at login, cleared at log-out
