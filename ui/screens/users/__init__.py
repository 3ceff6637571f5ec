"""The site manager's account administration screen."""
