"""Opening the main window as a person sees it, for the tests that walk every screen."""

from __future__ import annotations


def shown_main_window(context, qtbot, demo_years: int = 0):
    """The main window at 1280x800, shown and exposed, past the first-run page; on
    demo_years of demo data when given."""
    from resilience_desktop.ui.main_window import MainWindow

    if demo_years:
        from resilience_desktop.services.demo import generate_demo

        generate_demo(demo_years)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    if getattr(window, "first_run_page", None) is not None:
        window.stack.setCurrentWidget(window.tab_widget)
    return window
