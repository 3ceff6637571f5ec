"""Messages of the site operations log, one module per area; ``app.messages`` merges them into
``MESSAGES`` (same context ``messages``, same Chinese catalog)."""
