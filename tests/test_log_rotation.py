"""The log rotates as logging.handlers.RotatingFileHandler did (the file, then .1 to .5,
each under the size limit, the oldest dropped) without importing logging.handlers at
start-up (rotating_log.RotatingLog, docs/performance.md)."""

import logging

from resilience_desktop.rotating_log import RotatingLog


def _log_lines(tmp_path, count, max_bytes=300, backups=3):
    handler = RotatingLog(tmp_path / "resilience.log", max_bytes=max_bytes, backups=backups)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger("test_log_rotation")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        for number in range(count):
            logger.info("event %03d %s", number, "x" * 20)
    finally:
        logger.removeHandler(handler)
        handler.close()
    return {path.name: path.read_text().splitlines() for path in tmp_path.iterdir()}


def test_the_log_rolls_over_into_numbered_files_and_drops_the_oldest(tmp_path):
    files = _log_lines(tmp_path, 100)
    assert sorted(files) == ["resilience.log", "resilience.log.1", "resilience.log.2",
                             "resilience.log.3"]
    assert all(len("\n".join(lines)) + 1 < 300 for lines in files.values())
    assert files["resilience.log"][-1].startswith("event 099")  # newest in the file itself
    assert files["resilience.log.1"][-1] < files["resilience.log"][0]  # then .1, .2, .3
    assert files["resilience.log.3"][-1] < files["resilience.log.2"][0]
    assert not any("event 000" in line for lines in files.values() for line in lines)


def test_a_small_log_stays_in_one_file(tmp_path):
    files = _log_lines(tmp_path, 5)
    assert list(files) == ["resilience.log"] and len(files["resilience.log"]) == 5
