"""Version 11: Heart Minutes per day as a fitness app counts them (issue 22).

* ``exercise_heart_minutes``: one row per day and source (``google-fit``): ``minutes``
  as that app counts them (Google Fit: 1 a minute of moderate activity, 2 a minute of
  vigorous), ``imported_at``. Shown beside the guideline meter, never added to the
  guideline minutes (those come from the sessions' MET values). Synced data: its uid
  derives from the source and the day, so two computers importing the same export
  make one row.

Frozen: never edit after shipping.
"""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE exercise_heart_minutes ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " day DATE NOT NULL,"
        " minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 2880),"
        " source VARCHAR(64) NOT NULL,"
        " imported_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX exercise_heart_minutes_uid ON exercise_heart_minutes (uid)")
    db.execute_sql("CREATE UNIQUE INDEX exercise_heart_minutes_day_source"
                   " ON exercise_heart_minutes (day, source)")
