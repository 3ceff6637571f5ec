"""公示: the registration and results publicities of a batch."""
