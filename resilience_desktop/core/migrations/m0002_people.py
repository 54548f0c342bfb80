"""Version 2: people and groups (the People work extends this step before it ships)."""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE person (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL)"
    )
    db.execute_sql(
        "CREATE TABLE social_group (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(255) NOT NULL)"
    )
