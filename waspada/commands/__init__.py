"""One module per group of ``waspada`` commands; each exposes ``register(app)``."""
