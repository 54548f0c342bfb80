"""Demo data for the people domain (filled in by the people work)."""


def generate(ctx) -> None:
    """Write this domain's demo rows for ctx.start..ctx.end using ctx.rng only."""
