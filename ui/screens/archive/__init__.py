"""档案保管: retention dates, encrypted batch archive export, purge."""
