"""First run, Settings (Ctrl+,), theme and reminders."""
