import pytest

from resilience_desktop.core import vault
from tests.session.helpers import FAST_KDF


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(vault, "DEFAULT_KDF", FAST_KDF)

