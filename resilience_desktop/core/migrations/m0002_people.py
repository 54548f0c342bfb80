"""Version 2: people, groups, group membership, the contacts log and its participants."""

STATEMENTS = (
    "CREATE TABLE person ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " name VARCHAR(255) NOT NULL,"
    " relationship VARCHAR(255) NOT NULL DEFAULT 'friend',"
    " closeness INTEGER NOT NULL DEFAULT 3,"
    " supports VARCHAR(255) NOT NULL DEFAULT '',"
    " cadence_days INTEGER,"
    " notes TEXT NOT NULL DEFAULT '',"
    " birthday DATE,"
    " added_on DATE NOT NULL DEFAULT CURRENT_DATE,"
    " snoozed_until DATE)",
    "CREATE TABLE social_group ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " name VARCHAR(255) NOT NULL,"
    " kind VARCHAR(255) NOT NULL DEFAULT 'other',"
    " schedule VARCHAR(255) NOT NULL DEFAULT '',"
    " notes TEXT NOT NULL DEFAULT '',"
    " added_on DATE NOT NULL DEFAULT CURRENT_DATE)",
    "CREATE TABLE group_membership ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " group_id INTEGER NOT NULL REFERENCES social_group (id) ON DELETE CASCADE,"
    " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE)",
    "CREATE UNIQUE INDEX group_membership_group_id_person_id"
    " ON group_membership (group_id, person_id)",
    "CREATE INDEX group_membership_person_id ON group_membership (person_id)",
    "CREATE TABLE contact ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " day DATE NOT NULL,"
    " group_id INTEGER REFERENCES social_group (id) ON DELETE SET NULL,"
    " channel VARCHAR(255) NOT NULL DEFAULT 'in_person',"
    " duration_minutes INTEGER,"
    " felt_supported INTEGER,"
    " mood_after INTEGER,"
    " note TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX contact_day ON contact (day)",
    "CREATE INDEX contact_group_id ON contact (group_id)",
    "CREATE TABLE contact_person ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,"
    " person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE)",
    "CREATE UNIQUE INDEX contact_person_contact_id_person_id"
    " ON contact_person (contact_id, person_id)",
    "CREATE INDEX contact_person_person_id ON contact_person (person_id, contact_id)",
)


def apply(db, migrator) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
