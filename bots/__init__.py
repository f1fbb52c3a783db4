"""The citizens' check as chat bots on Telegram and WhatsApp: forward a job offer to the task
force's number and get the answer in the same chat.

``inbound`` reads the platforms' deliveries, ``identity`` hashes senders, ``conversation``
decides the answer (with the web check's :class:`citizen.check.Checker`), ``render`` cuts the
answer for a chat, ``messages`` holds the words, ``platforms`` sends replies, ``media`` fetches
the pictures people send, and ``worker`` does the answering and sending in the background. The
webhook routes (signature checks, HTTP) are in ``api.routes.bots``; what is stored, in
``store.services.bots``.
"""
