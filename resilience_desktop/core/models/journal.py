"""Journal models (issue 3): entries, their tags and named emotions, the
user's own emotion words and the editor draft.

The full-text index ``journal_entry_fts`` (an FTS5 virtual table) is not a
model: migration m0003 creates it with triggers that keep it in step with every
write to ``journal_entry`` and ``journal_entry_tag``, whoever writes (services,
import, restore). Backup/export code should skip it and its shadow tables
(``DERIVED_TABLES``): it is rebuilt from the rows by those triggers.
"""

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from resilience_desktop.core.models.base import BaseModel, DayField, MomentField

# Tables derived from the models' rows (never export them; prefixes cover FTS shadow tables).
DERIVED_TABLES = ("journal_entry_fts",)

KIND_FREE = "free"
KIND_GRATITUDE = "gratitude"
KIND_HARD_TIME = "hard_time"
KIND_GROWTH = "growth"
ENTRY_KINDS = (KIND_FREE, KIND_GRATITUDE, KIND_HARD_TIME, KIND_GROWTH)


class JournalEntry(BaseModel):
    id = AutoField()
    entry_date = DayField(index=True)
    title = TextField(default="")
    body = TextField()
    kind = CharField(max_length=32, default=KIND_FREE)
    pleasantness = IntegerField(null=True)  # -5 .. +5
    energy = IntegerField(null=True)  # -5 .. +5
    intensity_before = IntegerField(null=True)  # 0 .. 10, before naming the feeling
    intensity_after = IntegerField(null=True)  # 0 .. 10, after naming it
    follow_up_of = ForeignKeyField("self", null=True, on_delete="SET NULL",
                                   backref="follow_ups")
    follow_up_of_id: int | None  # the key's own column, as peewee reads it (typed for mypy)
    follow_up_stage = CharField(max_length=8, null=True)  # "3d", "1m", "6m"
    created_at = MomentField()
    updated_at = MomentField()
    deleted_at = MomentField(null=True)  # in the Trash since

    class Meta:
        table_name = "journal_entry"


class JournalEntryTag(BaseModel):
    id = AutoField()
    entry = ForeignKeyField(JournalEntry, on_delete="CASCADE", backref="tag_rows")
    name = CharField()

    class Meta:
        table_name = "journal_entry_tag"
        indexes = ((("entry", "name"), True),)


class JournalEntryEmotion(BaseModel):
    id = AutoField()
    entry = ForeignKeyField(JournalEntry, on_delete="CASCADE", backref="emotion_rows")
    word = CharField(max_length=64)
    position = IntegerField(default=0)

    class Meta:
        table_name = "journal_entry_emotion"
        indexes = ((("entry", "word"), True),)


class EmotionWord(BaseModel):
    """A word the user added to the built-in vocabulary."""

    id = AutoField()
    word = CharField(max_length=64, unique=True)
    quadrant = CharField(max_length=32)
    definition = TextField(default="")
    created_at = MomentField()

    class Meta:
        table_name = "emotion_word"


class JournalDraft(BaseModel):
    """What an editor holds but has not saved yet, exactly as typed."""

    id = AutoField()
    editor = CharField(max_length=32, unique=True)
    entry = ForeignKeyField(JournalEntry, null=True, on_delete="SET NULL",
                            backref="drafts")
    follow_up_of = ForeignKeyField(JournalEntry, null=True, on_delete="SET NULL",
                                   backref="follow_up_drafts")
    entry_id: int | None  # the keys' own columns, as peewee reads them (typed for mypy)
    follow_up_of_id: int | None
    follow_up_stage = CharField(max_length=8, null=True)
    entry_date = CharField(max_length=10, default="")
    title = TextField(default="")
    body = TextField(default="")
    tags = TextField(default="")
    kind = CharField(max_length=32, default=KIND_FREE)
    pleasantness = IntegerField(null=True)
    energy = IntegerField(null=True)
    intensity_before = IntegerField(null=True)
    intensity_after = IntegerField(null=True)
    emotions = TextField(default="[]")  # JSON list of words
    saved_at = MomentField()

    class Meta:
        table_name = "journal_draft"


MODELS = (JournalEntry, JournalEntryTag, JournalEntryEmotion, EmotionWord, JournalDraft)
