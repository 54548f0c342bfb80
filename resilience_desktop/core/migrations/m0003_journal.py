"""Version 3: journal entries, tags, named emotions, own emotion words, drafts,
and the FTS5 full-text index kept in step by triggers.

The index is a plain FTS5 table (it keeps its own copy of title, body and
tags, so snippet() and highlight() work). Triggers on journal_entry and
journal_entry_tag update it on every insert, update and delete, so every
writer (services, JSON import, restore) keeps search correct without
knowing about it.
"""

TABLES = (
    "CREATE TABLE journal_entry ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " entry_date DATE NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL,"
    " kind VARCHAR(32) NOT NULL DEFAULT 'free'"
    "  CHECK (kind IN ('free', 'gratitude', 'hard_time', 'growth')),"
    " pleasantness INTEGER CHECK (pleasantness BETWEEN -5 AND 5),"
    " energy INTEGER CHECK (energy BETWEEN -5 AND 5),"
    " intensity_before INTEGER CHECK (intensity_before BETWEEN 0 AND 10),"
    " intensity_after INTEGER CHECK (intensity_after BETWEEN 0 AND 10),"
    " follow_up_of_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,"
    " follow_up_stage VARCHAR(8),"
    " created_at DATETIME NOT NULL,"
    " updated_at DATETIME NOT NULL,"
    " deleted_at DATETIME)",
    "CREATE INDEX journal_entry_entry_date ON journal_entry (entry_date)",
    "CREATE INDEX journal_entry_follow_up_of_id ON journal_entry (follow_up_of_id)",
    "CREATE INDEX journal_entry_kind ON journal_entry (kind)",
    "CREATE TABLE journal_entry_tag ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,"
    " name VARCHAR(255) NOT NULL)",
    "CREATE UNIQUE INDEX journal_entry_tag_entry_id_name ON journal_entry_tag (entry_id, name)",
    "CREATE INDEX journal_entry_tag_name ON journal_entry_tag (name)",
    "CREATE TABLE journal_entry_emotion ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,"
    " word VARCHAR(64) NOT NULL,"
    " position INTEGER NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX journal_entry_emotion_entry_id_word"
    " ON journal_entry_emotion (entry_id, word)",
    "CREATE INDEX journal_entry_emotion_word ON journal_entry_emotion (word)",
    "CREATE TABLE emotion_word ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " word VARCHAR(64) NOT NULL UNIQUE,"
    " quadrant VARCHAR(32) NOT NULL,"
    " definition TEXT NOT NULL DEFAULT '',"
    " created_at DATETIME NOT NULL)",
    "CREATE TABLE journal_draft ("
    " id INTEGER NOT NULL PRIMARY KEY,"
    " editor VARCHAR(32) NOT NULL UNIQUE,"
    " entry_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,"
    " follow_up_of_id INTEGER REFERENCES journal_entry (id) ON DELETE SET NULL,"
    " follow_up_stage VARCHAR(8),"
    " entry_date VARCHAR(10) NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '',"
    " body TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '',"
    " kind VARCHAR(32) NOT NULL DEFAULT 'free',"
    " pleasantness INTEGER,"
    " energy INTEGER,"
    " intensity_before INTEGER,"
    " intensity_after INTEGER,"
    " emotions TEXT NOT NULL DEFAULT '[]',"
    " saved_at DATETIME NOT NULL)",
    "CREATE INDEX journal_draft_entry_id ON journal_draft (entry_id)",
    "CREATE INDEX journal_draft_follow_up_of_id ON journal_draft (follow_up_of_id)",
)

_TAGS_OF = ("(SELECT coalesce(group_concat(name, ' '), '') FROM journal_entry_tag"
            " WHERE entry_id = {ref})")

SEARCH_INDEX = (
    "CREATE VIRTUAL TABLE journal_entry_fts USING fts5("
    "title, body, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')",
    # Entries: insert, update of the indexed columns, delete.
    "CREATE TRIGGER journal_entry_fts_insert AFTER INSERT ON journal_entry BEGIN"
    " INSERT INTO journal_entry_fts (rowid, title, body, tags)"
    f" VALUES (new.id, new.title, new.body, {_TAGS_OF.format(ref='new.id')});"
    " END",
    "CREATE TRIGGER journal_entry_fts_update AFTER UPDATE OF id, title, body ON journal_entry"
    " BEGIN"
    " DELETE FROM journal_entry_fts WHERE rowid = old.id;"
    " INSERT INTO journal_entry_fts (rowid, title, body, tags)"
    f" VALUES (new.id, new.title, new.body, {_TAGS_OF.format(ref='new.id')});"
    " END",
    "CREATE TRIGGER journal_entry_fts_delete AFTER DELETE ON journal_entry BEGIN"
    " DELETE FROM journal_entry_fts WHERE rowid = old.id;"
    " END",
    # Tags: any change rewrites the tags column of the entries involved.
    "CREATE TRIGGER journal_entry_tag_fts_insert AFTER INSERT ON journal_entry_tag BEGIN"
    f" UPDATE journal_entry_fts SET tags = {_TAGS_OF.format(ref='new.entry_id')}"
    " WHERE rowid = new.entry_id;"
    " END",
    "CREATE TRIGGER journal_entry_tag_fts_delete AFTER DELETE ON journal_entry_tag BEGIN"
    f" UPDATE journal_entry_fts SET tags = {_TAGS_OF.format(ref='old.entry_id')}"
    " WHERE rowid = old.entry_id;"
    " END",
    "CREATE TRIGGER journal_entry_tag_fts_update AFTER UPDATE ON journal_entry_tag BEGIN"
    f" UPDATE journal_entry_fts SET tags = {_TAGS_OF.format(ref='old.entry_id')}"
    " WHERE rowid = old.entry_id;"
    f" UPDATE journal_entry_fts SET tags = {_TAGS_OF.format(ref='new.entry_id')}"
    " WHERE rowid = new.entry_id;"
    " END",
)


def apply(db, migrator) -> None:
    for statement in TABLES + SEARCH_INDEX:
        db.execute_sql(statement)
