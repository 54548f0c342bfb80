"""Resilience: an offline desktop companion for building emotional resilience."""

__version__ = "0.1.0"
APP_NAME = "Resilience"
APP_ID = "resilience-desktop"
# Reverse-DNS id of the desktop file, icon and AppStream metainfo (packaging/linux/);
# Wayland matches the window to its launcher by it.
DESKTOP_ID = "io.github.resilience_desktop"

# numpy's OpenBLAS starts a thread per core when numpy is first imported (the charts'
# matplotlib import): ~20 ms of CPU on two cores, more on many, for linear algebra the
# app never does at that size. One thread, unless the person's environment says
# otherwise (read once, at numpy's import: this package is imported before it).
import os as _os

_os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
