"""The ``waspada`` command line: the composition root.

Only here are settings read from the environment and database engines built; everything below
(api, crawler, citizen, alerts, reports, store, classifier) is handed what it needs. One module
per group of commands; each exposes ``register(app)``, and :mod:`cli.app` assembles them.
:mod:`cli.context` holds what one invocation shares: the settings, read once, and the engine,
built on first use and disposed when the command ends.
"""
