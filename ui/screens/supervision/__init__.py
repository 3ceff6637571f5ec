"""The internal supervisor's notes (内部督导情况记录) and their printed record."""
