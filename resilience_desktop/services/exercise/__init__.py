"""Exercise sessions, the activity catalogue, guideline statistics and imports."""
