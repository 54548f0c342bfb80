"""Version 10: earlier texts of notes other than journal entries (issue 18; docs/sync.md).

* ``note_revision``: the losing side of a note edited on two computers (a person's,
  group's, contact's, session's or strength's note: ``services/sync/schema.TEXT_COLUMNS``).
  ``tbl``, ``row_uid`` and ``col`` name the note (by the row's stable uid, not a local id:
  one table for all of them, so no foreign key; revisions of a deleted row are removed at
  the next sync). ``written_at`` is when that text was written, ``kept_at`` when it
  became a revision. Synced data (uid derived from the note and the text).

Frozen: never edit after shipping.
"""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE note_revision ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " tbl VARCHAR(64) NOT NULL,"
        " row_uid VARCHAR(255) NOT NULL,"
        " col VARCHAR(64) NOT NULL,"
        " text TEXT NOT NULL DEFAULT '',"
        " device VARCHAR(255),"
        " written_at DATETIME NOT NULL,"
        " kept_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX note_revision_uid ON note_revision (uid)")
    db.execute_sql("CREATE INDEX note_revision_row ON note_revision (tbl, row_uid)")
