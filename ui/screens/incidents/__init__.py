"""考场记录: the incident form and the list of a sitting's incidents."""
