"""Login, first-start setup, lock screen, quick user switch and own password change."""
