"""The crash proof: a process saving in a loop is killed with SIGKILL at random moments,
hundreds of times; after each kill the database must open without any repair and hold
every save that was acknowledged before the kill.

PACTWRIGHT_FAULT_KILLS sets the number of kills (default 200; CI may raise it).
The saving process is a fork of this one, so each round costs milliseconds, not a
Python start-up.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from storage.repository import DraftRepository
from tests.storage_helpers import make_terms

KILLS = int(os.environ.get("PACTWRIGHT_FAULT_KILLS", "200"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL"),
]

Ack = tuple[str, int, str]  # draft id, version number, payload


def _saver(data_dir: Path, round_number: int, ack_fd: int) -> None:
    """Runs in the forked child: save forever, acknowledging each save once it returned."""
    try:
        rng = random.Random(round_number)
        repo = DraftRepository.open(data_dir)
        ids = [summary.id for summary in repo.list()]
        os.write(ack_fd, b"ready\n")
        for counter in range(1_000_000):
            payload = f"round {round_number} save {counter}"
            if not ids or rng.random() < 0.15:
                summary = repo.create(make_terms(background=payload), title=f"draft {round_number}-{counter}")
                ids.append(summary.id)
                line = f"{summary.id} 1 {payload}\n"
            else:
                draft_id = rng.choice(ids)
                info = repo.save(draft_id, make_terms(background=payload), note=payload)
                line = f"{draft_id} {info.number} {payload}\n"
            os.write(ack_fd, line.encode())  # one write() below PIPE_BUF: never torn
    finally:
        os._exit(0)


def _run_and_kill(data_dir: Path, round_number: int, delay: float, after_open: bool) -> list[Ack]:
    """Fork a saver and SIGKILL it ``delay`` seconds after the fork, or after it opened the
    database (so that slow machines still get saves in before the kill)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _saver(data_dir, round_number, write_fd)
    os.close(write_fd)
    received = b""
    if after_open:
        while b"\n" not in received and (chunk := os.read(read_fd, 65536)):
            received += chunk
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        received += chunk
    os.close(read_fd)
    acks = []
    for line in received.decode().splitlines():
        if line != "ready":
            draft_id, number, payload = line.split(" ", 2)
            acks.append((draft_id, int(number), payload))
    return acks


def _check(repo: DraftRepository, acks: list[Ack]) -> None:
    listed = {summary.id: summary.version_count for summary in repo.list()}
    for draft_id, number, payload in acks:
        assert listed.get(draft_id, 0) >= number, f"{draft_id} v{number} missing from the list"
        assert repo.get_version(draft_id, number).terms.background == payload


def test_sigkill_at_random_moments_never_loses_an_acknowledged_save(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    rng = random.Random(20261122)
    every_ack: list[Ack] = []
    for round_number in range(KILLS):
        # A quarter of the kills land while the saver opens the database (and repairs
        # what the last kill left); the rest up to 40 ms into its saves.
        acks = _run_and_kill(data_dir, round_number, rng.uniform(0, 0.04), after_open=rng.random() < 0.75)
        every_ack += acks
        with DraftRepository.open(data_dir) as repo:
            assert repo.recovery_report is None, f"round {round_number}: {repo.recovery_report}"
            _check(repo, acks)
    # On a loaded machine a save can take longer than 40 ms: a few rounds with more time
    # make sure some kills land after acknowledged saves.
    for round_number in range(KILLS, KILLS + 20):
        if every_ack:
            break
        acks = _run_and_kill(data_dir, round_number, 0.5, after_open=True)
        every_ack += acks
        with DraftRepository.open(data_dir) as repo:
            assert repo.recovery_report is None, f"round {round_number}: {repo.recovery_report}"
            _check(repo, acks)
    assert every_ack, "the saver never got a save in; the test proved nothing"
    latest: dict[str, int] = defaultdict(int)
    for draft_id, number, _ in every_ack:
        latest[draft_id] = max(latest[draft_id], number)
    with DraftRepository.open(data_dir) as repo:
        _check(repo, every_ack)
        for draft_id, number in latest.items():
            history = repo.history(draft_id)
            assert [info.number for info in history] == list(range(1, len(history) + 1))
            assert len(history) >= number
