"""Every dialog of the app, built with harmless arguments (for the F1 and keyboard tests).

Add a new dialog here when you add one: the F1 test and the keyboard walk
cover every entry.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _exercise_preview():
    from resilience_desktop.services.exercise.importing import preview_exercise_csv

    return preview_exercise_csv(FIXTURES / "exercise" / "plain_with_header.csv")


def _vcard_preview():
    from resilience_desktop.services.people.importing import preview_vcards
    from resilience_desktop.services.people.vcard import parse_vcards

    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n"
    return preview_vcards(parse_vcards(text))


def _history(context):
    from resilience_desktop.services.journal import entries, lookup
    from resilience_desktop.ui.journal.history_dialog import HistoryDialog

    entry_id = entries.save_entry(entries.EntryInput(entry_date=date(2026, 1, 2), body="One."))
    entries.save_entry(entries.EntryInput(entry_date=date(2026, 1, 2), body="Two."), entry_id)
    return HistoryDialog(lookup.uid_of(entry_id), context.signals)


def _save(_data) -> None:
    return None


def _build(name: str, context):
    from resilience_desktop.ui.about_dialog import AboutDialog
    from resilience_desktop.ui.calm.pattern_dialog import PatternDialog
    from resilience_desktop.ui.exercise.activity_dialog import ActivityCatalogueDialog
    from resilience_desktop.ui.exercise.import_dialog import ImportPreviewDialog
    from resilience_desktop.ui.exercise.session_dialog import SessionDialog
    from resilience_desktop.services.insights.scales import WHO5
    from resilience_desktop.ui.insights.questionnaire_dialog import QuestionnaireDialog
    from resilience_desktop.ui.insights.summary_dialog import SummaryDialog
    from resilience_desktop.ui.journal.review_dialog import ReviewDialog
    from resilience_desktop.ui.journal.trash_dialog import TrashDialog
    from resilience_desktop.ui.people.contact_dialog import ContactDialog
    from resilience_desktop.ui.people.group_dialog import GroupDialog
    from resilience_desktop.ui.people.person_dialog import PersonDialog
    from resilience_desktop.ui.people.vcard_dialog import VCardImportDialog
    from resilience_desktop.ui.safety.backups_dialog import BackupsDialog
    from resilience_desktop.ui.safety.lock_settings_dialog import LockSettingsDialog
    from resilience_desktop.ui.safety.transfer_dialogs import ImportDialog
    from resilience_desktop.ui.safety.unlock_dialog import UnlockDialog
    from resilience_desktop.ui.settings.settings_dialog import SettingsDialog
    from resilience_desktop.ui.sync.controller import SyncController
    from resilience_desktop.ui.sync.note_versions_dialog import NoteVersionsDialog
    from resilience_desktop.ui.sync.sync_dialog import SyncDialog

    people = [(1, "Ada")]
    builders = {
        "trash": lambda: TrashDialog(context.signals),
        "session": lambda: SessionDialog(),
        "activities": lambda: ActivityCatalogueDialog(),
        "exercise import": lambda: ImportPreviewDialog(_exercise_preview(), "walks.csv"),
        "lock settings": lambda: LockSettingsDialog(context),
        "backups": lambda: BackupsDialog(context),
        "import": lambda: ImportDialog(context),
        "person": lambda: PersonDialog(_save),
        "group": lambda: GroupDialog(_save, people),
        "contact": lambda: ContactDialog(_save, people, [], date(2026, 12, 1)),
        "vcard import": lambda: VCardImportDialog(_save, _vcard_preview(), "contacts.vcf"),
        "unlock": lambda: UnlockDialog(context.paths),
        "settings": lambda: SettingsDialog(context),
        "questionnaire": lambda: QuestionnaireDialog(WHO5),
        "summary": lambda: SummaryDialog(context),
        "breathing patterns": lambda: PatternDialog(),
        "history": lambda: _history(context),
        "review": lambda: ReviewDialog(context.signals),
        "about": lambda: AboutDialog(),
        "sync": lambda: SyncDialog(context, SyncController(context)),
        "note versions": lambda: NoteVersionsDialog(),
    }
    return builders[name]()


DIALOG_NAMES = ("trash", "session", "activities", "exercise import", "lock settings", "backups",
                "import", "person", "group", "contact", "vcard import", "unlock", "settings",
                "questionnaire", "breathing patterns", "summary", "history", "review", "about", "sync",
                "note versions")


def build_dialog(name: str, context, parent=None):
    """A freshly built dialog (not shown), parented to parent if given."""
    dialog = _build(name, context)
    if parent is not None:
        dialog.setParent(parent, dialog.windowFlags())
    return dialog


def dialog_classes_in_app() -> set[str]:
    """Names of every QDialog subclass defined in the app's UI modules."""
    import ast

    root = Path(__file__).resolve().parents[2] / "resilience_desktop" / "ui"
    found = set()
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    getattr(base, "id", "").endswith("Dialog") for base in node.bases):
                found.add(node.name)
    return found
