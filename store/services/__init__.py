"""Service functions: each one is a unit of work over the models (see :mod:`store`)."""
