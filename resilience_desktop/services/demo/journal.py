"""Demo data for the journal domain (filled in by the journal work)."""


def generate(ctx) -> None:
    """Write this domain's demo rows for ctx.start..ctx.end using ctx.rng only."""
