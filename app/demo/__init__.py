"""Synthetic, realistic demo data (deterministic for a seed)."""
