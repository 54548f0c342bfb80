"""Demo settings: a made-up first name, and the first-run page already passed
(demo data is for exploring and benchmarking Today, not for a first start)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resilience_desktop.services import settings

if TYPE_CHECKING:
    from resilience_desktop.services.demo import DemoContext

DEMO_FIRST_NAME = "Alex"


def generate(ctx: DemoContext) -> None:  # noqa: ARG001 (the shared generator signature)
    settings.save_settings({settings.FIRST_NAME: DEMO_FIRST_NAME, settings.FIRST_RUN_DONE: True})
