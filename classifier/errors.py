"""User-facing errors: one clear line on stderr and a distinct exit code, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """An error caused by the user's input or environment, reported as one line.

    Each subclass has its own exit code so scripts can tell failures apart.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(UserError):
    """Missing, empty, unreadable or undecodable input."""

    exit_code = 3


class DataError(UserError):
    """Input that is readable but breaks the annotation scheme or record format."""

    exit_code = 4


class ModelError(UserError):
    """A model folder that is missing, incomplete or unsafe to load."""

    exit_code = 5


class OutputError(UserError):
    """Output that cannot be written (unwritable path, full disk)."""

    exit_code = 6
