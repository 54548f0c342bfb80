"""Resilience: an offline desktop companion for building emotional resilience."""

__version__ = "0.1.0"
APP_NAME = "Resilience"
APP_ID = "resilience-desktop"
