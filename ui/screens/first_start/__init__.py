"""First start: no database chosen and no demo yet — open the demo, set up a site, or set up
the certification body's console."""
