"""Breathing patterns: PRODUCT.md timings, the pure phase timeline, cycle planning."""

import pytest

from resilience_desktop.services.calm.patterns import (BUILT_IN_PATTERNS, HOLD_IN, HOLD_OUT, IN,
                                                       OUT, SAFETY_LINE, TOP_UP, phase_at,
                                                       phase_boundaries, plan_cycles)

PATTERNS = {p.name: p for p in BUILT_IN_PATTERNS}

# PRODUCT.md, "Breathing patterns": one breath of each, (phase, seconds).
EXPECTED = {
    "Box": [(IN, 4), (HOLD_IN, 4), (OUT, 4), (HOLD_OUT, 4)],
    "4-7-8": [(IN, 4), (HOLD_IN, 7), (OUT, 8)],
    "Resonance": [(IN, 5.5), (OUT, 5.5)],
    "Cyclic sighing": [(IN, 2), (TOP_UP, 1), (OUT, 6)],  # out = twice the whole in-breath
    "Extended exhale": [(IN, 4), (OUT, 6)],
}


def test_the_built_in_patterns_are_product_md_s_in_its_order():
    assert [p.name for p in BUILT_IN_PATTERNS] == list(EXPECTED)
    assert SAFETY_LINE.startswith("Stop if dizzy; skip breath holds when pregnant")


@pytest.mark.parametrize("name", list(EXPECTED))
def test_phase_sequence_and_durations_over_several_cycles(name):
    pattern = PATTERNS[name]
    breath = EXPECTED[name]
    cycles = 5
    start = 0.0
    for cycle in range(cycles):
        for index, (phase, seconds) in enumerate(breath):
            for offset in (0.0, seconds / 2, seconds - 0.001):
                state = phase_at(pattern, start + offset)
                assert (state.phase, state.cycle, state.phase_index) == (phase, cycle, index)
                assert state.seconds_left == pytest.approx(seconds - offset, abs=1e-6)
                assert state.progress == pytest.approx(offset / seconds, abs=1e-3)
            start += seconds
    assert phase_at(pattern, start).cycle == cycles  # the next breath begins
    assert [(round(t, 6), p) for t, p in phase_boundaries(pattern, 2)][:len(breath) + 1] == \
        [(round(sum(s for _, s in breath[:i]), 6), p) for i, (p, _) in enumerate(breath)] + \
        [(round(sum(s for _, s in breath), 6), breath[0][0])]


def test_the_shape_grows_in_rests_on_holds_and_shrinks_out():
    box = PATTERNS["Box"]
    sizes = [phase_at(box, t).size for t in (0, 1, 2, 3, 4, 6, 8, 10, 12, 14)]
    assert sizes[0] == 0 and sizes[1] < sizes[2] < sizes[3] < sizes[4] == 1  # eased growth
    assert sizes[5] == 1 and sizes[6] == 1  # hold
    assert 0 < sizes[7] < 1 and sizes[8] == 0 and sizes[9] == 0  # out, then resting empty
    sigh = PATTERNS["Cyclic sighing"]
    assert phase_at(sigh, 1.99).size < 0.8 <= phase_at(sigh, 2.5).size < 1


def test_a_session_in_minutes_is_whole_breaths_and_4_7_8_keeps_its_beginner_limit():
    assert plan_cycles(PATTERNS["Box"], minutes=4) == (15, "")
    assert plan_cycles(PATTERNS["Resonance"], minutes=1) == (6, "")  # 66 s: never stops mid-breath
    assert plan_cycles(PATTERNS["4-7-8"]) == (4, "")
    cycles, note = plan_cycles(PATTERNS["4-7-8"], cycles=8, beginner=True)
    assert cycles == 4 and "at most 4 cycles" in note
    assert plan_cycles(PATTERNS["4-7-8"], cycles=8, beginner=False) == (8, "")
    assert plan_cycles(PATTERNS["Box"], cycles=8, beginner=True) == (8, "")


def test_the_timeline_does_not_drift_over_ten_minutes():
    resonance = PATTERNS["Resonance"]
    boundaries = phase_boundaries(resonance, 60)  # 11 minutes
    late = [t for t, _ in boundaries if t > 600][0]
    assert phase_at(resonance, late - 0.001).phase == OUT
    assert phase_at(resonance, late + 0.001).phase == IN
