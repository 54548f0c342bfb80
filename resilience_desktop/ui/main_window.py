"""The main window: seven tabs, menus, shortcuts, remembered geometry.

``Qt`` (the namespace) is imported where it is used, never at the top: the first time
Python touches it PySide builds the enums of the whole namespace (~15 ms of CPU), and the
start-up shell (ui/shell.py) is painted without it; its keyboard part (``add_keyboard``:
shortcut contexts, focus policies), which needs it, comes right after that first frame.
"""

from __future__ import annotations

import base64
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QAction, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QMainWindow, QScrollArea, QStackedWidget,
                               QTabWidget, QVBoxLayout, QWidget)

from resilience_desktop import APP_NAME
from resilience_desktop.paths import resource_path
from resilience_desktop.ui.tab_registry import TAB_SPECS, TAB_TITLES
from resilience_desktop.core.i18n import translate
from resilience_desktop.core.log import get_logger

if TYPE_CHECKING:
    from resilience_desktop.ui.app_context import AppContext

log = get_logger(__name__)
GEOMETRY_PREFERENCE = "window.geometry"  # = core.shell_preferences.GEOMETRY
LAST_TAB_PREFERENCE = "window.last_tab"  # = core.shell_preferences.LAST_TAB


def _remembered() -> dict:
    """The stored size and tab, from the open journal."""
    from resilience_desktop.services.preferences import get_preferences

    return get_preferences({GEOMETRY_PREFERENCE: None, LAST_TAB_PREFERENCE: "Today"})


def _scrolling_holder(title: str) -> QScrollArea:
    """A tab's page: a frameless scroll area, so a tab taller or wider than a small
    screen (1280x720 at 1.5x font is 853x480 logical pixels) scrolls inside the
    window instead of growing the window off the screen."""
    holder = QWidget()
    holder.setObjectName(f"{title.lower()}_holder")
    QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
    area = QScrollArea()
    area.setObjectName(f"{title.lower()}_scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setAccessibleName(translate("Resilience", title))
    area.setWidget(holder)
    return area


class MainWindow(QMainWindow):
    """With a context: the whole window. Without one (``remembered`` given instead:
    the size and tab read by core/shell_preferences.py) the shell only — tabs,
    menus, shortcuts — shown before the data layer is imported; ``attach`` then
    gives it the data and builds the shown tab in place (docs/performance.md).
    keyboard_later: the shortcuts and focus policies wait for ``add_keyboard`` (the
    shell calls it once its first frame is painted; no key is read before that)."""

    def __init__(self, context: AppContext | None, parent: QWidget | None = None,
                 remembered: dict | None = None, keyboard_later: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("main_window")
        self.setWindowTitle(translate("Resilience", APP_NAME))
        if QApplication.windowIcon().isNull():  # make_application() normally sets it
            self.setWindowIcon(QIcon(str(resource_path("icons", "resilience.svg"))))
        self._tabs: dict[str, QWidget] = {}
        self.tab_widget = QTabWidget()
        self.tab_widget.setObjectName("tab_widget")
        self.tab_widget.setDocumentMode(True)
        for title in TAB_TITLES:
            self.tab_widget.addTab(_scrolling_holder(title), translate("Resilience", title))
        # The first-run page, when shown, sits in front of the tabs in this stack.
        self.stack = QStackedWidget()
        self.stack.setObjectName("central_stack")
        self.stack.addWidget(self.tab_widget)
        self.setCentralWidget(self.stack)
        self.first_run_page = None
        self.keeps_in_tray = None  # set by the reminders: () -> bool
        self.quitting = False
        self._build_menus()
        self.sync = None  # the SyncController, made on attach (it reads the journal)
        self._tab_shortcuts: list[QShortcut] = []
        if not keyboard_later:
            self.add_keyboard()
        self._restore_state(remembered if remembered is not None else _remembered())
        self.tab_widget.currentChanged.connect(self._on_tab_widget_current_changed)
        if context is not None:
            self.attach(context)

    def attach(self, context: AppContext) -> None:
        """The journal is open: connect the signals and build the shown tab."""
        self.context = context
        self._make_sync_controller(context)
        context.signals.show_tab_requested.connect(self.show_tab)
        context.signals.preferences_changed.connect(self._on_signals_preferences_changed)
        self._ensure_built(self.tab_widget.currentIndex())
        # F1 in every dialog and the keyboard defaults: installed after the shown tab is
        # built, which it makes cheaper; the widgets already polished get them now.
        from resilience_desktop.ui.app_keyboard import install_app_keyboard

        install_app_keyboard(QApplication.instance())

    def _make_sync_controller(self, context: AppContext) -> None:
        from resilience_desktop.ui.sync.controller import SyncController

        self.sync = SyncController(context, self)  # started by application.py
        self.statusBar().addPermanentWidget(self.sync.label)
        self.sync.review_requested.connect(lambda: self.show_tab("Journal"))
        self.sync.review_requested.connect(lambda: self.tab("Journal").show_review())

    # -- tabs -------------------------------------------------------------
    def tab(self, title: str) -> QWidget:
        """The tab widget for a title, built on first use."""
        self._ensure_built(TAB_TITLES.index(title))
        return self._tabs[title]

    def show_tab(self, title: str) -> None:
        self.tab_widget.setCurrentIndex(TAB_TITLES.index(title))

    def show_first_run(self, start_demo=None):
        """The first-run page in front of the tabs until its Start is pressed."""
        from resilience_desktop.ui.settings.first_run_page import FirstRunPage

        extra = {"start_demo": start_demo} if start_demo is not None else {}
        page = FirstRunPage(self.context, self, **extra)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.finished.connect(self._on_first_run_finished)
        self.first_run_page = page
        page.name_edit.setFocus()
        return page

    def _on_first_run_finished(self) -> None:
        page, self.first_run_page = self.first_run_page, None
        self.stack.setCurrentWidget(self.tab_widget)
        self.show_tab("Today")
        if page is not None:
            page.deleteLater()

    def open_settings(self):
        from resilience_desktop.ui.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.open()
        return dialog

    def _on_signals_preferences_changed(self, key: str) -> None:
        from resilience_desktop.ui.settings.apply import apply_preference

        apply_preference(self, key)

    def current_tab_title(self) -> str:
        return TAB_TITLES[self.tab_widget.currentIndex()]

    def _ensure_built(self, index: int) -> None:
        title, module_name, class_name = TAB_SPECS[index]
        if title in self._tabs or self.context is None:  # the shell: built on attach
            return
        tab_class = getattr(import_module(module_name), class_name)
        tab = tab_class(self.context)
        tab.setObjectName(f"{title.lower()}_tab")
        self.tab_widget.widget(index).widget().layout().addWidget(tab)
        tab.show()  # a child added to a visible parent is otherwise shown only later
        self._tabs[title] = tab

    def release_tab(self, title: str) -> None:
        """Free a built tab (its widgets, charts and rows); built again when next shown.
        --screenshot frees each tab once its pictures are taken (peak memory)."""
        tab = self._tabs.pop(title, None)
        if tab is not None:
            tab.hide()
            tab.setParent(None)
            tab.deleteLater()

    def _on_tab_widget_current_changed(self, index: int) -> None:
        self._ensure_built(index)

    # -- menus and shortcuts ---------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("Resilience", "&File"))
        self.export_action = self._action("export_action", translate("Resilience", "&Export…"), file_menu)
        self.import_action = self._action("import_action", translate("Resilience", "&Import…"), file_menu)
        self.backups_action = self._action("backups_action", translate("Resilience", "&Backups…"), file_menu)
        self.export_action.triggered.connect(self.open_export)
        self.import_action.triggered.connect(self.open_import)
        self.backups_action.triggered.connect(self.open_backups)
        self.sync_action = self._action("sync_action", translate("Resilience", "S&ync…"), file_menu)
        self.sync_action.triggered.connect(self.open_sync)
        file_menu.addSeparator()
        self.summary_action = self._action("summary_action", translate("Resilience", "Export su&mmary (PDF)…"), file_menu)
        self.summary_action.triggered.connect(self._on_summary_action_triggered)
        file_menu.addSeparator()
        self.settings_action = self._action("settings_action", translate("Resilience", "&Settings…"), file_menu)
        self.settings_action.triggered.connect(self.open_settings)
        self.lock_settings_action = self._action("lock_settings_action", translate("Resilience", "&Passphrase lock…"),
                                                 file_menu)
        self.lock_settings_action.triggered.connect(self.open_lock_settings)
        file_menu.addSeparator()
        self.quit_action = self._action("quit_action", translate("Resilience", "&Quit"), file_menu)
        self.quit_action.triggered.connect(self.quit)
        self.file_menu = file_menu
        help_menu = self.menuBar().addMenu(translate("Resilience", "&Help"))
        self.support_action = self._action("support_action", translate("Resilience", "&Support and help lines"), help_menu)
        self.support_action.triggered.connect(lambda: self.show_tab("Support"))
        self.about_action = self._action("about_action", translate("Resilience", "&About {app_name}").format(app_name=APP_NAME), help_menu)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        self.help_menu = help_menu

    # -- data safety (ui/safety/actions.py opens the dialogs) ----------------
    def open_export(self):
        from resilience_desktop.ui.safety.actions import open_export_dialog

        return open_export_dialog(self, self.context)

    def open_import(self):
        from resilience_desktop.ui.safety.actions import open_import_dialog

        return open_import_dialog(self, self.context)

    def open_backups(self):
        from resilience_desktop.ui.safety.actions import open_backups_dialog

        return open_backups_dialog(self, self.context)

    def open_lock_settings(self):
        from resilience_desktop.ui.safety.actions import open_lock_settings_dialog

        return open_lock_settings_dialog(self, self.context)

    def open_sync(self):
        if self.sync is None:  # the shell, before the journal is open
            return None
        from PySide6.QtCore import Qt
        from resilience_desktop.ui.sync.sync_dialog import SyncDialog

        dialog = SyncDialog(self.context, self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_summary_action_triggered(self) -> None:
        from PySide6.QtCore import Qt
        from resilience_desktop.ui.insights.summary_dialog import SummaryDialog

        self.summary_dialog = SummaryDialog(self.context, self)
        self.summary_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary_dialog.open()

    def _on_about_action_triggered(self) -> None:
        from resilience_desktop.ui.about_dialog import show_about

        show_about(self)

    def _action(self, name: str, text: str, menu) -> QAction:
        action = QAction(translate("Resilience", text), self)
        action.setObjectName(name)
        menu.addAction(action)
        return action

    def add_keyboard(self) -> None:
        """The menus' shortcuts, those that work from every window of the app (Quit, F1 —
        dialogs included —, Ctrl+1…7, Ctrl+B) and the tab pages' focus policies (once;
        setting a shortcut builds Qt's namespace enums too)."""
        if self._tab_shortcuts:
            return
        from PySide6.QtCore import Qt

        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.support_action.setShortcut(QKeySequence("F1"))
        self.support_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        for index in range(self.tab_widget.count()):
            # Tab goes to the controls; the area scrolls each focused one into view.
            self.tab_widget.widget(index).setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for number, title in enumerate(TAB_TITLES, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(lambda t=title: self.show_tab(t))
            self._tab_shortcuts.append(shortcut)
        # Ctrl+B, "Breathe now": the Calm pacer on the last used pattern, from anywhere.
        self.breathe_shortcut = QShortcut(QKeySequence("Ctrl+B"), self)
        self.breathe_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.breathe_shortcut.activated.connect(self.breathe_now)

    def breathe_now(self) -> None:
        self.show_tab("Calm")
        self.tab("Calm").breathe_now()

    # -- remembered state ------------------------------------------------
    def _restore_state(self, remembered: dict) -> None:
        encoded = remembered.get(GEOMETRY_PREFERENCE)
        restored = False
        if isinstance(encoded, str):
            try:
                restored = self.restoreGeometry(QByteArray(base64.b64decode(encoded)))
            except ValueError:  # not base64 (binascii.Error): the default size
                restored = False
        if not restored:
            self.resize(self._default_size())
        last = remembered.get(LAST_TAB_PREFERENCE, "Today")
        if last in TAB_TITLES:
            self.tab_widget.setCurrentIndex(TAB_TITLES.index(last))

    def _default_size(self) -> QSize:
        size = QSize(1280, 800)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry().size()
            size = size.boundedTo(QSize(int(available.width() * 0.95),
                                        int(available.height() * 0.95)))
        return size

    def save_state(self) -> None:
        if self.context is None:  # the shell, closed before the journal opened
            return
        from resilience_desktop.services.preferences import set_preferences

        geometry = base64.b64encode(bytes(self.saveGeometry())).decode("ascii")
        set_preferences({GEOMETRY_PREFERENCE: geometry,
                         LAST_TAB_PREFERENCE: self.current_tab_title()})

    def quit(self) -> None:
        """Quit for real (File → Quit), even when closing would keep Resilience in the tray."""
        self.quitting = True
        if not self.close():
            self.quitting = False

    def _close_again(self, quitting: bool) -> None:
        self.quitting = quitting
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self.quitting and self.keeps_in_tray is not None and self.keeps_in_tray():
            event.ignore()  # the person chose to keep Resilience in the tray
            self.hide()
            return
        for tab in self._tabs.values():
            can_close = getattr(tab, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        quitting = self.quitting  # a last sync first; then close (or quit) again
        if self.sync is not None and not self.sync.sync_before_close(
                lambda: self._close_again(quitting)):
            event.ignore()
            return
        try:
            self.save_state()
        except Exception:  # never block closing on a preference write
            log.exception("could not save window state")
        super().closeEvent(event)
