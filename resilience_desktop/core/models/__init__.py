"""All peewee models, one module per domain.

``all_models()`` is what backup, export/import and the schema tests walk: a
model that is not listed in its domain module's ``MODELS`` is a bug.
"""

from __future__ import annotations

from importlib import import_module

# Domain modules, in dependency order (a module may reference earlier ones).
DOMAIN_MODULES = ("preference", "people", "journal", "journal_history", "exercise", "insights", "calm")


def all_models() -> list[type]:
    """Every model class, in an order where foreign keys point backwards."""
    models: list[type] = []
    for name in DOMAIN_MODULES:
        module = import_module(f"resilience_desktop.core.models.{name}")
        models.extend(getattr(module, "MODELS", ()))
    return models
