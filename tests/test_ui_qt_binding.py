"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 released one reference
to None on every call to a method that returns nothing (``setText``, ``setData``,
``setIcon``...), so on Python 3.11, where None is an ordinary object, a long session
typing into the wizard ended in "Fatal Python error: none_dealloc". The pin in
requirements.txt avoids that release; this test fails on any binding with the bug."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12: the bug cannot show")
def test_calls_that_return_nothing_keep_none_alive(qtbot) -> None:
    label = QLabel()
    listing = QListWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(listing)
    item = QListWidgetItem("Step")
    listing.addItem(item)
    before = sys.getrefcount(None)
    for number in range(500):
        label.setText(f"Step {number}")
        item.setData(Qt.ItemDataRole.UserRole + 1, number % 2 == 0)
        label.setEnabled(True)
    assert sys.getrefcount(None) >= before - 50
