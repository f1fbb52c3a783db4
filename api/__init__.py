"""The HTTP service: investigators' review UI and JSON API, the citizens' check, health."""
