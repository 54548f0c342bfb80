"""Version 6: calm — logged practice sessions and custom breathing patterns.

Both tables carry a stable ``uid`` from creation (export writes it, import
merges on it). Frozen: never edit after shipping.
"""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE calm_pattern ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " name VARCHAR(255) NOT NULL,"
        " inhale REAL NOT NULL CHECK (inhale > 0 AND inhale <= 20),"
        " hold_in REAL NOT NULL DEFAULT 0 CHECK (hold_in >= 0 AND hold_in <= 20),"
        " exhale REAL NOT NULL CHECK (exhale > 0 AND exhale <= 20),"
        " hold_out REAL NOT NULL DEFAULT 0 CHECK (hold_out >= 0 AND hold_out <= 20),"
        " created_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX calm_pattern_uid ON calm_pattern (uid)")
    db.execute_sql("CREATE UNIQUE INDEX calm_pattern_name ON calm_pattern (name)")
    db.execute_sql(
        "CREATE TABLE calm_session ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " started_at DATETIME NOT NULL,"
        " kind VARCHAR(255) NOT NULL"
        "  CHECK (kind IN ('breathing', 'meditation', 'imagery', 'grounding')),"
        " name VARCHAR(255) NOT NULL,"
        " planned_seconds INTEGER CHECK (planned_seconds BETWEEN 0 AND 86400),"
        " actual_seconds INTEGER NOT NULL CHECK (actual_seconds BETWEEN 0 AND 86400),"
        " stress_before INTEGER CHECK (stress_before BETWEEN 0 AND 10),"
        " stress_after INTEGER CHECK (stress_after BETWEEN 0 AND 10),"
        " notes TEXT NOT NULL DEFAULT '')"
    )
    db.execute_sql("CREATE UNIQUE INDEX calm_session_uid ON calm_session (uid)")
    db.execute_sql("CREATE INDEX calm_session_started_at ON calm_session (started_at)")
