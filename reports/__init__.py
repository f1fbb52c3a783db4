"""The task force's reports: presentation of :mod:`store.services.stats` as a dashboard,
charts, a monthly PDF and a CSV (see README "Reports")."""
