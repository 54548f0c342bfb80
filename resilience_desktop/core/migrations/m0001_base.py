"""Version 1: preferences."""


def apply(db, migrator) -> None:
    db.execute_sql(
        "CREATE TABLE preference ("
        " key VARCHAR(255) NOT NULL PRIMARY KEY,"
        " value TEXT NOT NULL)"
    )
