"""The People tab: people, groups, the contacts log, stay-in-touch status and pictures.

Dialogs open window-modal with ``open()`` (never a blocking ``exec()``) and
are kept in ``self.active_dialog`` so tests can fill them in like a person.
Every write goes through a service; afterwards the tab emits people_changed
and refreshes from that signal.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from resilience_desktop.core import clock
from resilience_desktop.core.errors import UserFacingError, ValidationError
from resilience_desktop.services.people import records as svc
from resilience_desktop.services.people import contacts
from resilience_desktop.services.people import status as people_status
from resilience_desktop.services.people.importing import import_vcard_entries, preview_vcard_file
from resilience_desktop.ui.people.contact_dialog import ContactDialog
from resilience_desktop.ui.people.group_dialog import GroupDialog
from resilience_desktop.ui.people.people_canvases import ContactsOverTimePage, NetworkCanvas
from resilience_desktop.ui.people.people_pages import ContactsPage, GroupsPage, PeoplePage
from resilience_desktop.ui.people.people_panels import LosingTouchPanel, SupportMapPanel
from resilience_desktop.ui.people.person_dialog import PersonDialog
from resilience_desktop.ui.people.vcard_dialog import VCardImportDialog
from resilience_desktop.ui.widgets.base_tab import BaseTab
from resilience_desktop.services.dates import format_day
from resilience_desktop.core.i18n import translate

CONTACTS_SHOWN = 1000


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(translate("Resilience", text))
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class PeopleTab(BaseTab):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.active_dialog = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        splitter = QSplitter()
        splitter.setObjectName("people_splitter")
        splitter.addWidget(self._build_views())
        splitter.addWidget(self._build_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([860, 380])
        layout.addWidget(splitter, 1)
        self.listen(context.signals.people_changed, self._on_signals_people_changed)
        self.listen(context.signals.data_replaced, self._on_signals_people_changed)
        # A session logged with someone is a contact in person: their clock moves.
        self.listen(context.signals.exercise_changed, self._on_signals_people_changed)
        self.refresh()

    # -- building ---------------------------------------------------------
    def _build_toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_person_button = _button(translate("Resilience", "Add person…"), "add_person_button", self.open_person_dialog)
        self.add_group_button = _button(translate("Resilience", "Add group…"), "add_group_button", self.open_group_dialog)
        self.log_contact_button = _button(translate("Resilience", "Log contact…"), "log_contact_button",
                                          self._on_log_contact_button_clicked)
        self.import_button = _button(translate("Resilience", "Import contacts (vCard)…"), "import_button",
                                     self._on_import_button_clicked)
        for button in (self.add_person_button, self.add_group_button, self.log_contact_button,
                       self.import_button):
            row.addWidget(button)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        row.addWidget(self.status_label, 1)
        return row

    def _build_views(self) -> QTabWidget:
        self.views_tabs = QTabWidget()
        self.views_tabs.setObjectName("views_tabs")
        self.people_page = PeoplePage()
        self.groups_page = GroupsPage()
        self.contacts_page = ContactsPage()
        self._connect_pages()
        self.network_canvas = NetworkCanvas()
        self.network_canvas.setObjectName("network_canvas")
        self.over_time_page = ContactsOverTimePage()
        self.contacts_canvas = self.over_time_page.canvas
        self.views_tabs.addTab(self.people_page, translate("Resilience", "People"))
        self.views_tabs.addTab(self.groups_page, translate("Resilience", "Groups"))
        self.views_tabs.addTab(self.contacts_page, translate("Resilience", "Contacts log"))
        self.views_tabs.addTab(self.network_canvas, translate("Resilience", "Network"))
        self.views_tabs.addTab(self.over_time_page, translate("Resilience", "Over time"))
        return self.views_tabs

    def _connect_pages(self) -> None:
        """The pages ask; the tab opens the dialogs and changes the data."""
        for page in (self.people_page, self.groups_page, self.contacts_page):
            page.message.connect(self._show_message)  # the status line is built later
        self.people_page.edit_requested.connect(self.open_person_dialog)
        self.people_page.log_requested.connect(self.open_contact_dialog)
        self.people_page.remove_requested.connect(self.delete_person)
        self.groups_page.edit_requested.connect(self.open_group_dialog)
        self.groups_page.log_requested.connect(self._log_meeting)
        self.groups_page.remove_requested.connect(self.delete_group)
        self.contacts_page.edit_requested.connect(
            lambda contact_id: self.open_contact_dialog(contact_id=contact_id))
        self.contacts_page.remove_requested.connect(self.delete_contact)

    def _show_message(self, text: str) -> None:
        self.status_label.setText(translate("Resilience", text))

    def _log_meeting(self, group_id: int) -> None:
        self.open_contact_dialog()
        dialog = self.active_dialog
        dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(group_id))

    def _build_side(self) -> QWidget:
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        self.losing_touch_panel = LosingTouchPanel()
        self.losing_touch_panel.setObjectName("losing_touch_panel")
        self.losing_touch_panel.log_requested.connect(self._on_losing_touch_panel_log_requested)
        self.losing_touch_panel.snooze_requested.connect(
            self._on_losing_touch_panel_snooze_requested)
        self.support_map_panel = SupportMapPanel()
        self.support_map_panel.setObjectName("support_map_panel")
        column.addWidget(self.losing_touch_panel, 3)
        column.addWidget(self.support_map_panel, 2)
        return side

    # -- refreshing -------------------------------------------------------
    def refresh(self) -> None:
        on = clock.today()
        statuses = sorted(people_status.people_statuses(on), key=lambda s: s.name.casefold())
        self.people_page.set_rows(statuses)
        self.losing_touch_panel.set_rows(people_status.losing_touch(on, statuses))
        self.support_map_panel.set_entries(people_status.support_map(statuses))
        members = svc.memberships()
        self.groups_page.set_rows([(g, len(members.get(g.id, []))) for g in svc.list_groups()])
        self.contacts_page.set_rows(contacts.list_contacts(limit=CONTACTS_SHOWN))
        self.network_canvas.mark_stale()
        self.over_time_page.refresh()

    def _on_signals_people_changed(self) -> None:
        self.refresh()

    def _changed(self, message: str) -> None:
        self.status_label.setText(translate("Resilience", message))
        self.context.signals.people_changed.emit()

    def _show_error(self, error: UserFacingError) -> None:
        self.status_label.setText(str(error))

    # -- dialogs ----------------------------------------------------------
    def _open(self, dialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def open_person_dialog(self, person_id: int | None = None) -> None:
        data = None
        if person_id:
            data = svc.person_input(svc.get_person(person_id))

        def save(value):
            if person_id:
                svc.update_person(person_id, value)
            else:
                svc.add_person(value, today=clock.today())
            self._changed(translate("Resilience", "Saved {split}.").format(split=' '.join(value.name.split())))

        self._open(PersonDialog(save, data, self))

    def open_group_dialog(self, group_id: int | None = None) -> None:
        data = svc.group_input(svc.get_group(group_id)) if group_id else None

        def save(value):
            if group_id:
                svc.update_group(group_id, value)
            else:
                svc.add_group(value, today=clock.today())
            self._changed(translate("Resilience", "Saved the group {split}.").format(split=' '.join(value.name.split())))

        self._open(GroupDialog(save, self._people_choices(), data, self))

    def open_contact_dialog(self, person_ids: list[int] = (), contact_id: int | None = None) -> None:
        today = clock.today()
        data = contacts.contact_input(contact_id) if contact_id else None
        if data is None and person_ids:
            data = contacts.ContactInput(day=today, person_ids=list(person_ids))
        members = svc.memberships()
        groups = [(g.id, g.name, members.get(g.id, [])) for g in svc.list_groups()]

        def save(value):
            if contact_id:
                contacts.update_contact(contact_id, value, today=today)
            else:
                contacts.log_contact(value, today=today)
            self._changed(translate("Resilience", "Contact on {day} saved.").format(day=format_day(value.day)))

        self._open(ContactDialog(save, self._people_choices(), groups, today, data, self))

    def _people_choices(self) -> list[tuple[int, str]]:
        return [(person.id, person.name) for person in svc.list_people()]

    # -- toolbar and panels -----------------------------------------------
    def _on_log_contact_button_clicked(self) -> None:
        if not svc.list_people() and not svc.list_groups():
            self.status_label.setText(translate("Resilience", "Add a person or a group first, then log your contacts."))
            return
        self.open_contact_dialog(self.people_page.selected_ids())

    def _on_import_button_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, translate("Resilience", "Import contacts"), str(Path.home()),
                                                    translate("Resilience", "vCard files (*.vcf *.vcard);;All files (*)"))
        if path:
            self.import_vcard(Path(path))

    def import_vcard(self, path: Path) -> None:
        try:
            preview = preview_vcard_file(path)
        except UserFacingError as error:
            self.status_label.setText(translate("Resilience", "{name}: {error} Nothing was imported.").format(name=path.name, error=error))
            return

        def save(entries):
            if not entries:
                raise ValidationError(translate("Resilience", "Tick at least one person to add."))
            report = import_vcard_entries(entries, today=clock.today())
            self._changed(translate("Resilience", "{added} people added from {name}.").format(added=report.added, name=path.name))

        self._open(VCardImportDialog(save, preview, path.name, self))

    def _on_losing_touch_panel_log_requested(self, person_id: int) -> None:
        self.open_contact_dialog([person_id])

    def _on_losing_touch_panel_snooze_requested(self, person_id: int, days: int) -> None:
        until = clock.today() + timedelta(days=days)
        svc.snooze_person(person_id, until)
        self._changed(translate("Resilience", "Snoozed until {until}.").format(until=format_day(until)))

    # -- deleting (called by the pages) -----------------------------------
    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, translate("Resilience", "Please confirm"), translate("Resilience", question))
        return answer == QMessageBox.StandardButton.Yes

    def delete_person(self, person_id: int, name: str) -> None:
        if self.confirm(translate("Resilience", "Remove {name} and their part in your contacts log?").format(name=name)):
            svc.delete_person(person_id)
            self._changed(translate("Resilience", "Removed {name}.").format(name=name))

    def delete_group(self, group_id: int, name: str) -> None:
        if self.confirm(translate("Resilience", "Remove the group {name}? Its meetings stay in your contacts log.").format(name=name)):
            svc.delete_group(group_id)
            self._changed(translate("Resilience", "Removed the group {name}.").format(name=name))

    def delete_contact(self, contact_id: int) -> None:
        if self.confirm(translate("Resilience", "Remove this contact from your log?")):
            contacts.delete_contact(contact_id)
            self._changed(translate("Resilience", "Contact removed."))
