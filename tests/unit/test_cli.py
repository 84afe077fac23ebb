"""The `octorate` command: usage errors and `auth check` classification without leaking secrets."""

from __future__ import annotations

import pytest

from octorate.__main__ import main

SECRET = "secret_cli0123456789abcdef0123456789ABCDEFGHIJ"


def test_unknown_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["frobnicate"]) == 2
    assert "usage: octorate" in capsys.readouterr().err


def test_auth_check_needs_credentials(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OCTORATE_CLIENT_ID", raising=False)
    monkeypatch.delenv("OCTORATE_CLIENT_SECRET", raising=False)
    assert main(["auth", "check"]) == 2
    assert "OCTORATE_CLIENT_ID" in capsys.readouterr().err


def test_auth_check_reports_a_network_error_without_the_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OCTORATE_CLIENT_ID", "public_cli")
    monkeypatch.setenv("OCTORATE_CLIENT_SECRET", SECRET)
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    assert main(["auth", "check", "--base-url", "http://127.0.0.1:9/connect"]) == 1
    out = capsys.readouterr()
    assert "network_error" in out.out
    assert SECRET not in out.out + out.err
