"""Version 8: an entry's earlier texts, the "edited on two computers" marks, and the
phone-inbox import log (issue 18; services/journal/revisions.py, services/sync/inbox_note.py).

* ``journal_revision``: one earlier title/body of an entry. ``reason`` is "saved" (kept
  when a save replaced it) or "sync-conflict" (the losing side of a merge). ``written_at``
  is when that text was the entry's text, ``kept_at`` when it became a revision.
* ``journal_review``: at most one row per entry: the entry was edited on two computers
  (``device`` = the other computer's name) and is shown "to review" until
  ``reviewed_at`` is set.
* ``inbox_import``: the sha256 of every inbox note already imported, so no computer
  imports the same note twice.

Every table carries a stable ``uid`` from creation (export and sync merge on it); all
three are synced data. Rows go with their entry when it is deleted for good. Frozen:
never edit after shipping.
"""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE journal_revision ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,"
        " title TEXT NOT NULL DEFAULT '',"
        " body TEXT NOT NULL DEFAULT '',"
        " reason VARCHAR(32) NOT NULL CHECK (reason IN ('saved', 'sync-conflict')),"
        " device VARCHAR(255),"
        " written_at DATETIME NOT NULL,"
        " kept_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX journal_revision_uid ON journal_revision (uid)")
    db.execute_sql("CREATE INDEX journal_revision_entry_written"
                   " ON journal_revision (entry_id, written_at)")
    db.execute_sql(
        "CREATE TABLE journal_review ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,"
        " device VARCHAR(255),"
        " marked_at DATETIME NOT NULL,"
        " reviewed_at DATETIME)"
    )
    db.execute_sql("CREATE UNIQUE INDEX journal_review_uid ON journal_review (uid)")
    db.execute_sql("CREATE UNIQUE INDEX journal_review_entry ON journal_review (entry_id)")
    db.execute_sql(
        "CREATE TABLE inbox_import ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " content_hash VARCHAR(64) NOT NULL,"
        " entry_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,"
        " imported_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX inbox_import_uid ON inbox_import (uid)")
    db.execute_sql("CREATE UNIQUE INDEX inbox_import_content_hash"
                   " ON inbox_import (content_hash)")
