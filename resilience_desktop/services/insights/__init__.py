"""Insights: self-check questionnaires, "what helps me", strengths, the summary (Qt-free)."""
