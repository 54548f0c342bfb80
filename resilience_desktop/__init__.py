"""Resilience: an offline desktop companion for building emotional resilience."""

__version__ = "0.1.0"
APP_NAME = "Resilience"
APP_ID = "resilience-desktop"
# Reverse-DNS id of the desktop file, icon and AppStream metainfo (packaging/linux/);
# Wayland matches the window to its launcher by it.
DESKTOP_ID = "io.github.resilience_desktop"
