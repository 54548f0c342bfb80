"""Errors whose message is meant for the user, plain words, no traceback."""


class UserFacingError(Exception):
    """Base class: str(error) is a sentence a person can act on."""


class ValidationError(UserFacingError):
    """Input the user gave cannot be saved (empty entry, future date, ...)."""


class DatabaseTooNewError(UserFacingError):
    """The database was written by a newer version of Resilience."""


class DatabaseDamagedError(UserFacingError):
    """The database file cannot be read or fails its integrity check."""
