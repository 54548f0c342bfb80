"""Version 7: a stable identity ``uid`` (32 hex digits) on every row of every table.

Export writes it and import merges on it, so importing a journal's own export
changes nothing, and the same row is recognised across computers. The tables
are the ones that exist through migration 4 (frozen list; tables added later,
like the insights and calm tables of migrations 5 and 6,
carry ``uid TEXT NOT NULL UNIQUE`` from creation). The full-text index and its
shadow tables are derived data and get none.

SQLite cannot add a UNIQUE column or a non-constant default with ALTER TABLE,
so each table gets ``uid TEXT NOT NULL DEFAULT ''``, every existing row a
random value, a UNIQUE index, and a trigger that gives a row inserted without
a uid (raw SQL, old code) a random one.
"""

import uuid

TABLES = (
    "preference",
    "person", "social_group", "group_membership", "contact", "contact_person",
    "journal_entry", "journal_entry_tag", "journal_entry_emotion", "emotion_word",
    "journal_draft",
    "exercise_activity", "exercise_session", "exercise_session_person",
    "exercise_session_group",
)

RANDOM_UID = "lower(hex(randomblob(16)))"
# Built-in catalogue rows get the same uid on every computer (uuid5 of the name).
SEED_NAMESPACE = uuid.UUID("6f1c0b52-8d4e-4c36-9a5e-6a2f3e1d7b90")


def seed_uid(table: str, name: str) -> str:
    return uuid.uuid5(SEED_NAMESPACE, f"{table}:{name}").hex


def statements(table: str) -> tuple[str, ...]:
    return (
        f'ALTER TABLE "{table}" ADD COLUMN uid TEXT NOT NULL DEFAULT \'\'',
        f'UPDATE "{table}" SET uid = {RANDOM_UID}',
        f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" (uid)',
        f'CREATE TRIGGER "{table}_uid_fill" AFTER INSERT ON "{table}" WHEN new.uid = \'\' BEGIN'
        f' UPDATE "{table}" SET uid = {RANDOM_UID} WHERE rowid = new.rowid; END',
    )


def apply(db, migrator) -> None:
    for table in TABLES:
        for statement in statements(table):
            db.execute_sql(statement)
    for (name,) in db.execute_sql(
            "SELECT name FROM exercise_activity WHERE built_in = 1").fetchall():
        db.execute_sql("UPDATE exercise_activity SET uid = ? WHERE name = ?",
                       (seed_uid("exercise_activity", name), name))
