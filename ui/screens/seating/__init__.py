"""The seating map screen (座位图): site overview, room maps, seat moves."""
