"""Domain errors raised by service functions; the API maps them to HTTP responses in one place."""


class StoreError(Exception):
    """Base class: a request that cannot be carried out as asked. The message says what to fix."""


class NotFound(StoreError):
    pass


class Conflict(StoreError):
    pass


class InvalidInput(StoreError):
    pass


class PermissionDenied(StoreError):
    pass
