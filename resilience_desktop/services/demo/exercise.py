"""Demo data for the exercise domain (filled in by the exercise work)."""


def generate(ctx) -> None:
    """Write this domain's demo rows for ctx.start..ctx.end using ctx.rng only."""
