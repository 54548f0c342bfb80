"""What one sync did, in the window's words (the command line's are in cli/sync_cmd.py)."""

from __future__ import annotations

from resilience_desktop.core.i18n import translate


def report_lines(report) -> list[str]:
    """Lines for the Sync dialog: what was sent and received, then anything to act on."""
    return _exchange_lines(report) + _merge_lines(report) + _waiting_lines(report)


def _exchange_lines(report) -> list[str]:
    """A new folder's recovery key, and what was sent and received."""
    lines = []
    if report.recovery_key:
        lines.append(translate("Resilience", "Created the sync folder. Its recovery key opens it if the passphrase is lost. It is shown only now: write it down and keep it safe:\n{key}").format(key=report.recovery_key))
    if report.sent or report.received:
        sent = translate("Resilience", "Sent %n changes", "Sent %n change", report.sent)
        received = translate("Resilience", "received %n changes", "received %n change", report.received)
        computers = translate("Resilience", "from %n computers", "from %n computer", len(report.computers))
        lines.append(f"{sent}, {received} {computers}.")
    else:
        lines.append(translate("Resilience", "Up to date with the sync folder: nothing new to send or receive."))
    return lines


def _merge_lines(report) -> list[str]:
    """How the changes were merged: caught up, notes imported, edits made on two computers."""
    lines = []
    if report.caught_up:
        lines.append(translate("Resilience", "This computer was away longer than the folder keeps changes: caught up by merging the folder's summary (edits made here are kept)."))
    if report.notes_imported:
        lines.append(translate("Resilience", "Imported %n notes from the inbox.", "Imported %n note from the inbox.", report.notes_imported))
    if report.edited_on_two:
        lines.append(translate("Resilience", "%n entries were edited on two computers: see Journal → Review.", "%n entry was edited on two computers: see Journal → Review.", report.edited_on_two))
    if report.notes_edited_on_two:
        lines.append(translate("Resilience", "%n other notes were edited on two computers: the other texts are kept (Show older versions…).", "%n other note was edited on two computers: the other text is kept (Show older versions…).", report.notes_edited_on_two))
    return lines


def _waiting_lines(report) -> list[str]:
    """What waits or was left out: newer computers, clocks ahead, files not whole, notes refused."""
    lines = []
    for name in sorted(report.newer):
        lines.append(translate("Resilience", "{name} runs a newer Resilience: update Resilience to read its changes (they wait in the folder).").format(name=name))
    for name in sorted(report.clocks_ahead):
        lines.append(translate("Resilience", "The clock of {name} is more than a day ahead; its times are not trusted.").format(name=name))
    if report.waiting_files:
        lines.append(translate("Resilience", "%n files in the folder did not arrive whole yet; they are read at the next sync.", "%n file in the folder did not arrive whole yet; it is read at the next sync.", report.waiting_files))
    for reason in report.notes_refused:
        lines.append(translate("Resilience", "Inbox note not imported: {reason}").format(reason=reason))
    return lines


def status_text(report, when: str) -> str:
    """The status line after a sync of this session: from which computers its changes
    came, or that there was nothing new."""
    if not report.received:
        return translate("Resilience", "Up to date with the sync folder · {when}").format(when=when)
    computers = ", ".join(sorted(report.from_names, key=str.casefold))
    return translate("Resilience", "Synced {when} · %n changes from {computers}",
                     "Synced {when} · %n change from {computers}",
                     report.received).format(when=when, computers=computers)
