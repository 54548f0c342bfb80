"""Reading the other computers' new segments (docs/sync.md; compaction.py for snapshots).

Per other computer, segments after this computer's cursor, in order, until one is missing
or does not authenticate yet (retried at the next sync) or was written by a newer
Resilience (the cursor stops before it). A gap left by a compaction is filled first from
the announced snapshots. Cursors (and the names and times the manifests give) are
stored when done, inside the engine's transaction.
"""

from __future__ import annotations

from pathlib import Path

from resilience_desktop.services.sync import compaction, segments


def read_new_segments(store, clock, folder: Path, access, report, version: int,
                      record_format: int) -> list[list]:
    own, cursors = store.get("device"), store.cursors()
    devices = [device for device in segments.device_ids(folder) if device != own]
    found = compaction.manifests(folder, access, devices)
    seqs = {device: cursor["seq"] for device, cursor in cursors.items()}
    names = {device: found.get(device, {}).get("name") or cursors.get(device, {}).get("name")
             or "" for device in devices}
    reader = _Reader(folder, access, clock, report, version, record_format, names)
    records = catch_up(reader, found, seqs, own)
    for device in devices:
        seq = seqs.get(device, 0)
        while (payload := reader.next(device, seq)) is not None:
            seq += 1
            snapshot = payload.get("snapshot")
            if snapshot and compaction.covered(seqs, snapshot.get("covers", {}), own):
                continue  # this computer has every change the snapshot holds
            records += reader.take(device, payload)
            if snapshot and snapshot.get("part") == snapshot.get("parts", 1) - 1:
                advance(seqs, snapshot.get("covers", {}), own)
        seqs[device] = max(seq, seqs.get(device, 0))
    for device in devices:
        cursor = cursors.get(device, {"seq": 0, "name": "", "seen_at": ""})
        store.set_cursor(device, seqs.get(device, 0), names[device],
                         str(found[device].get("synced_at", cursor["seen_at"])))
    return records


def advance(seqs: dict[str, int], covers: dict, own: str) -> None:
    for device, seq in covers.items():
        if device != own:
            seqs[device] = max(seqs.get(device, 0), int(seq))


def catch_up(reader: _Reader, found: dict[str, dict], seqs: dict[str, int],
             own: str) -> list[list]:
    """Segments this computer never read are gone: apply announced snapshots whole (the
    one that covers the most first) until no gap is left."""
    records: list[list] = []
    announced = sorted((item for item in found.items() if usable(item[1].get("snapshot"))),
                       key=lambda item: -compaction.size_of(item[1]["snapshot"]))
    for device, manifest in announced:
        gapped = [gap for gap, gap_manifest in found.items()
                  if compaction.has_gap(reader.folder, gap, seqs.get(gap, 0), gap_manifest)]
        snapshot = manifest["snapshot"]
        if not any(int(snapshot["covers"].get(gap, 0)) > seqs.get(gap, 0) for gap in gapped):
            continue  # no gap it fills (or a segment still arriving, not a compaction)
        payloads = [reader.next(device, seq - 1) for seq in range(
            int(snapshot["first"]), int(snapshot["first"]) + int(snapshot["parts"]))]
        if any(payload is None for payload in payloads):
            continue  # still arriving, newer, or gone: another snapshot may do
        records += [record for payload in payloads for record in reader.take(device, payload)]
        advance(seqs, snapshot["covers"], own)
        seqs[device] = max(seqs.get(device, 0), int(snapshot["first"]) + len(payloads) - 1)
        reader.report.caught_up = True
    return records


def usable(snapshot) -> bool:
    return (isinstance(snapshot, dict) and isinstance(snapshot.get("covers"), dict)
            and isinstance(snapshot.get("first"), int) and isinstance(snapshot.get("parts"), int))


class _Reader:
    def __init__(self, folder, access, clock, report, version, record_format, names) -> None:
        self.folder, self.access, self.clock, self.report = folder, access, clock, report
        self.version, self.record_format, self.names = version, record_format, names

    def next(self, device: str, seq: int) -> dict | None:
        """Segment seq+1 of device, or None (missing, not yet whole, or newer)."""
        payload = segments.read_segment(self.folder, self.access.folder_id, self.access.key,
                                        device, seq + 1)
        if payload is None:
            if seq + 1 in segments.own_segment_numbers(self.folder, device):
                self.report.waiting_files += 1
            return None
        if payload.get("schema", 0) > self.version or payload.get("format") != self.record_format:
            self.report.newer.add(self.names.get(device) or device[:8])
            return None
        return payload

    def take(self, device: str, payload: dict) -> list[list]:
        for record in payload["records"]:
            if not self.clock.observe(record[2]):
                self.report.clocks_ahead.add(self.names.get(device) or device[:8])
        self.report.computers.add(device)
        if payload["records"]:
            self.report.from_names.add(self.names.get(device) or device[:8])
        return payload["records"]
