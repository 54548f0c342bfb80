"""Journal models (issue: Journal)."""
MODELS: tuple = ()
