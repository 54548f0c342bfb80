"""Version 5: insights — questionnaire responses answered item by item, strengths
and their examples. Every table has a stable ``uid`` from creation. Frozen:
never edit after shipping.
"""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE insights_response ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " scale VARCHAR(16) NOT NULL,"
        " version VARCHAR(32) NOT NULL,"
        " taken_on DATE NOT NULL,"
        " created_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX insights_response_uid ON insights_response (uid)")
    db.execute_sql("CREATE INDEX insights_response_scale ON insights_response (scale)")
    db.execute_sql("CREATE INDEX insights_response_taken_on ON insights_response (taken_on)")
    db.execute_sql(
        "CREATE TABLE insights_answer ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " response_id INTEGER NOT NULL REFERENCES insights_response (id) ON DELETE CASCADE,"
        " item INTEGER NOT NULL CHECK (item BETWEEN 1 AND 50),"
        " value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 5))"
    )
    db.execute_sql("CREATE UNIQUE INDEX insights_answer_uid ON insights_answer (uid)")
    db.execute_sql("CREATE UNIQUE INDEX insights_answer_response_id_item"
                   " ON insights_answer (response_id, item)")
    db.execute_sql(
        "CREATE TABLE insights_strength ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " name VARCHAR(200) NOT NULL,"
        " description TEXT NOT NULL DEFAULT '',"
        " created_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX insights_strength_uid ON insights_strength (uid)")
    db.execute_sql(
        "CREATE TABLE insights_strength_example ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " uid VARCHAR(255) NOT NULL,"
        " strength_id INTEGER NOT NULL REFERENCES insights_strength (id) ON DELETE CASCADE,"
        " entry_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,"
        " note TEXT NOT NULL DEFAULT '',"
        " created_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE UNIQUE INDEX insights_strength_example_uid"
                   " ON insights_strength_example (uid)")
    db.execute_sql("CREATE INDEX insights_strength_example_strength_id"
                   " ON insights_strength_example (strength_id)")
    db.execute_sql("CREATE INDEX insights_strength_example_entry_id"
                   " ON insights_strength_example (entry_id)")
