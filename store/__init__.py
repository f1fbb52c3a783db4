"""The data layer shared by the crawler and the API: models, migrations and service functions.

Service functions own their transaction (they take a ``sessionmaker`` or run inside a
``with session.begin()`` the caller opens once); helpers below them only ``flush``.
This package imports only :mod:`waspada.settings`.
"""
