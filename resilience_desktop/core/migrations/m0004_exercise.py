"""Version 4: exercise — the activity catalogue (seeded) and sessions with links.

The seed rows are the MET values of the Compendium of Physical Activities
(Ainsworth BE et al., 2011 Compendium of Physical Activities, Med Sci Sports
Exerc 2011;43(8):1575-81) as listed in PRODUCT.md. Frozen: never edit after
shipping; later catalogue changes go into a new step.
"""

# (name, MET, muscle-strengthening)
SEED_ACTIVITIES = (
    ("Walking for pleasure", 3.5, 0),
    ("Walking, brisk (3.5 mph)", 4.3, 0),
    ("Walking, very brisk (4 mph)", 5.0, 0),
    ("Yoga, Hatha", 2.5, 0),
    ("Yoga, power", 4.0, 1),
    ("Swimming laps, slow", 5.8, 0),
    ("Swimming laps, fast", 9.8, 0),
    ("Swimming, leisurely", 6.0, 0),
    ("Dancing, slow", 3.0, 0),
    ("Dancing, salsa or cultural", 4.5, 0),
    ("Dancing, ballet or modern", 5.0, 0),
    ("Dancing, general", 7.8, 0),
    ("Basketball, shooting baskets", 4.5, 0),
    ("Basketball, general", 6.5, 0),
    ("Basketball, game", 8.0, 0),
    ("Cycling, leisure (< 10 mph)", 4.0, 0),
    ("Cycling, general", 7.5, 0),
    ("Jogging", 7.0, 0),
    ("Running, 5 mph", 8.3, 0),
    ("Running, 6 mph", 9.8, 0),
    ("Resistance training", 3.5, 1),
    ("Weight lifting, vigorous", 6.0, 1),
    ("Circuit training", 4.3, 1),
    ("Pilates", 3.0, 1),
    ("Stretching", 2.3, 0),
    ("Meditating", 1.0, 0),
)


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE exercise_activity ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " name VARCHAR(255) NOT NULL,"
        " met REAL NOT NULL CHECK (met >= 1.0 AND met <= 23.0),"
        " muscle_strengthening INTEGER NOT NULL DEFAULT 0,"
        " built_in INTEGER NOT NULL DEFAULT 0)"
    )
    db.execute_sql("CREATE UNIQUE INDEX exercise_activity_name ON exercise_activity (name)")
    db.execute_sql(
        "CREATE TABLE exercise_session ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " started_at DATETIME NOT NULL,"
        " activity_id INTEGER NOT NULL REFERENCES exercise_activity (id) ON DELETE RESTRICT,"
        " minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),"
        " effort INTEGER CHECK (effort BETWEEN 0 AND 10),"
        " distance_km REAL,"
        " notes TEXT NOT NULL DEFAULT '',"
        " mood_before INTEGER CHECK (mood_before BETWEEN -5 AND 5),"
        " mood_after INTEGER CHECK (mood_after BETWEEN -5 AND 5),"
        " created_at DATETIME NOT NULL)"
    )
    db.execute_sql("CREATE INDEX exercise_session_started_at ON exercise_session (started_at)")
    db.execute_sql("CREATE INDEX exercise_session_activity_id ON exercise_session (activity_id)")
    db.execute_sql(
        "CREATE TABLE exercise_session_person ("
        " session_id INTEGER NOT NULL REFERENCES exercise_session (id) ON DELETE CASCADE,"
        " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,"
        " PRIMARY KEY (session_id, person_id))"
    )
    db.execute_sql(
        "CREATE INDEX exercise_session_person_person_id ON exercise_session_person (person_id)")
    db.execute_sql(
        "CREATE TABLE exercise_session_group ("
        " session_id INTEGER NOT NULL REFERENCES exercise_session (id) ON DELETE CASCADE,"
        " group_id INTEGER NOT NULL REFERENCES social_group (id) ON DELETE CASCADE,"
        " PRIMARY KEY (session_id, group_id))"
    )
    db.execute_sql(
        "CREATE INDEX exercise_session_group_group_id ON exercise_session_group (group_id)")
    db.execute_sql(
        "INSERT INTO exercise_activity (name, met, muscle_strengthening, built_in) "
        "VALUES " + ", ".join(["(?, ?, ?, 1)"] * len(SEED_ACTIVITIES)),
        [value for row in SEED_ACTIVITIES for value in row],
    )
