"""Charts: plots.py (Qt-free draw functions) and canvas.py (the Qt widget)."""
