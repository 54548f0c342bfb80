"""Reading import files, shared by every importer (transfer, exercise, people): UTF-8
text with a size limit (textfile), streamed CSV (csv_reader), value checks (values)
and the import report and its ImportFailed (report). Depends on core/ only."""
