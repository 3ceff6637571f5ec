"""Drivers for the devices at a check-in desk (ID-card readers). Qt-free, like all of app/."""
