"""WIC Desk: the front-desk app of a migrant and refugee integration centre."""

__version__ = "0.1.0"
