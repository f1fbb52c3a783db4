"""Alerts: what an alert says (``messages``), how it is sent (``senders``: e-mail and signed
webhooks) and the worker that claims due alerts and records each outcome (``delivery``).
Which rules match and the outbox rows themselves live in the data layer
(``store.services.alert_rules`` and ``alert_outbox``): they are written in the same transaction
as the advert that raised them."""
