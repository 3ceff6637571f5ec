"""The check-in desk screen (检录)."""
