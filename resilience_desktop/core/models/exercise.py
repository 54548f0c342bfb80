"""Exercise models (issue: Exercise)."""
MODELS: tuple = ()
