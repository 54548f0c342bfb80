"""The difference of two means with a 95 % Welch interval (standard library only).

The t quantile: exact two-sided 95 % values for 1-30 degrees of freedom
(tabulated; a fractional df uses the next lower whole df, so the interval is
never too narrow), and above 30 the Cornish-Fisher expansion of Student's t
around the normal quantile (Abramowitz & Stegun 26.7.5), accurate to better
than 0.001 there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist, fmean, variance

#: Two-sided 95 % quantiles t(0.975, df) for df = 1..30.
T_975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
         2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
         2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042)


def t_quantile_975(df: float) -> float:
    if df < 1:
        df = 1
    if df <= 30:
        return T_975[int(math.floor(df)) - 1]
    z = NormalDist().inv_cdf(0.975)
    g1 = (z ** 3 + z) / 4
    g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96
    g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384
    return z + g1 / df + g2 / df ** 2 + g3 / df ** 3


@dataclass(frozen=True)
class Difference:
    mean_with: float
    mean_without: float
    n_with: int
    n_without: int
    low: float  # 95 % interval of (with - without)
    high: float

    @property
    def difference(self) -> float:
        return self.mean_with - self.mean_without

    @property
    def clear(self) -> bool:
        """The interval does not include zero."""
        return self.low > 0 or self.high < 0


def welch_difference(with_values: list[float], without_values: list[float]) -> Difference:
    """Mean(with) - mean(without) and its 95 % Welch interval (needs >= 2 each side)."""
    n1, n2 = len(with_values), len(without_values)
    if n1 < 2 or n2 < 2:
        raise ValueError("each side needs at least two values")
    m1, m2 = fmean(with_values), fmean(without_values)
    a, b = variance(with_values, m1) / n1, variance(without_values, m2) / n2
    se = math.sqrt(a + b)
    if se == 0:
        return Difference(m1, m2, n1, n2, m1 - m2, m1 - m2)
    df = (a + b) ** 2 / ((a * a / (n1 - 1) if a else 0) + (b * b / (n2 - 1) if b else 0))
    half = t_quantile_975(df) * se
    return Difference(m1, m2, n1, n2, m1 - m2 - half, m1 - m2 + half)
