"""The difference of two means with a 95 % Welch interval (standard library only).

The t quantile is exact for any degrees of freedom, fractional ones included
(Welch's df is rarely whole): Student's t distribution function is written
with the regularized incomplete beta function (a continued fraction, evaluated
by the modified Lentz method as in Numerical Recipes 6.4), and the 0.975
quantile is found by Newton steps from the normal quantile, guarded by
bisection. Checked against published table values in the tests.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist, fmean, variance

_TINY = 1e-300
_EPS = 1e-15


def _beta_continued_fraction(x: float, a: float, b: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, 1000):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            result *= d * c
        if abs(d * c - 1.0) < _EPS:
            break
    return result


def regularized_beta(x: float, a: float, b: float) -> float:
    """I_x(a, b) for 0 <= x <= 1 and a, b > 0."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_continued_fraction(x, a, b) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(1.0 - x, b, a) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with df > 0 degrees of freedom."""
    tail = 0.5 * regularized_beta(df / (df + t * t), df / 2.0, 0.5)
    return 1.0 - tail if t >= 0 else tail


def t_pdf(t: float, df: float) -> float:
    log_density = (math.lgamma((df + 1) / 2) - math.lgamma(df / 2)
                   - 0.5 * math.log(df * math.pi) - (df + 1) / 2 * math.log1p(t * t / df))
    return math.exp(log_density)


def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p, for 0.5 <= p < 1 and df > 0."""
    if not 0.5 <= p < 1.0 or df <= 0:
        raise ValueError("t_quantile needs 0.5 <= p < 1 and df > 0")
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2.0
    t = min(max(NormalDist().inv_cdf(p), low), high)
    for _ in range(200):
        error = t_cdf(t, df) - p
        if abs(error) < 1e-13:
            break
        if error > 0:
            high = t
        else:
            low = t
        step = t - error / t_pdf(t, df)
        t = step if low < step < high else (low + high) / 2.0
    return t


def t_quantile_975(df: float) -> float:
    """The two-sided 95 % quantile t(0.975, df); df below 1 is treated as 1."""
    return t_quantile(0.975, max(df, 1.0))


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
