"""Export and import: the JSON document and CSV, Daylio and jrnl importers."""
