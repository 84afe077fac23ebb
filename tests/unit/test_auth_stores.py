"""Token stores: MemoryTokenStore and FileTokenStore (permissions, atomicity, corruption)."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from pytest_httpx import HTTPXMock

from octorate._auth import (
    CorruptTokenFileError,
    FileTokenStore,
    InsecureTokenFileError,
    MemoryTokenStore,
    Token,
    TokenManager,
    TokenStore,
    TokenStoreError,
)

BASE = "https://api.test.octorate.example/connect"
REFRESH = f"{BASE}/rest/v1/identity/refresh"
T0 = 1_700_000_000.0

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="POSIX file permissions"),
    pytest.mark.anyio,
]


def token(access: str = "AT", refresh: str | None = "RT", accs: tuple[str, ...] = ("1",)) -> Token:
    return Token(
        access_token=access, refresh_token=refresh, expires_at=T0 + 3600, obtained_at=T0,
        accommodations=accs,
    )


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class TestProtocol:
    def test_stores_satisfy_the_protocol(self, tmp_path: Path) -> None:
        assert isinstance(MemoryTokenStore(), TokenStore)
        assert isinstance(FileTokenStore(tmp_path / "t.json"), TokenStore)


class TestMemoryStore:
    async def test_round_trip_and_delete(self) -> None:
        store = MemoryTokenStore()

        assert await store.get("k") is None
        await store.set("k", token())
        assert await store.get("k") == token()
        await store.delete("k")
        await store.delete("k")  # unknown key: no error
        assert await store.get("k") is None

    async def test_lock_excludes_per_key(self) -> None:
        store = MemoryTokenStore()
        inside = 0
        most = 0

        async def holder() -> None:
            nonlocal inside, most
            async with store.lock("k"):
                inside += 1
                most = max(most, inside)
                await anyio.sleep(0.01)
                inside -= 1

        async with anyio.create_task_group() as tg:
            for _ in range(5):
                tg.start_soon(holder)
            async with store.lock("other"):  # a different key is independent
                pass
        assert most == 1


class TestFileStore:
    async def test_round_trip_mode_0600(self, tmp_path: Path) -> None:
        path = tmp_path / "tokens.json"
        store = FileTokenStore(path)

        assert await store.get("k") is None  # absent file: empty store
        await store.set("k", token())
        await store.set("j", token("AT2", None, ()))
        assert await store.get("k") == token()
        assert await FileTokenStore(path).get("j") == token("AT2", None, ())
        await store.delete("j")
        assert await store.get("j") is None
        assert mode(path) == 0o600
        document = json.loads(path.read_text())
        assert document["version"] == 1
        assert set(document["tokens"]) == {"k"}
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "tokens.json", "tokens.json.wlock"
        ]  # no temporary files left behind
        assert mode(tmp_path / "tokens.json.wlock") == 0o600

    @pytest.mark.parametrize("bad_mode", [0o644, 0o640, 0o604, 0o660, 0o606])
    async def test_refuses_a_file_others_can_access(
        self, tmp_path: Path, bad_mode: int
    ) -> None:
        path = tmp_path / "tokens.json"
        store = FileTokenStore(path)
        await store.set("k", token())
        before = path.read_bytes()
        path.chmod(bad_mode)

        with pytest.raises(InsecureTokenFileError, match=f"{bad_mode:04o}.*chmod 600"):
            await store.get("k")
        with pytest.raises(InsecureTokenFileError):
            await store.set("k", token("OTHER"))
        assert path.read_bytes() == before
        assert mode(path) == bad_mode  # never silently "fixed"

    async def test_refuses_a_symlink(self, tmp_path: Path) -> None:
        real = tmp_path / "real.json"
        await FileTokenStore(real).set("k", token())
        link = tmp_path / "link.json"
        link.symlink_to(real)
        with pytest.raises(InsecureTokenFileError, match="symbolic link"):
            await FileTokenStore(link).get("k")

    @pytest.mark.parametrize(
        "content",
        [
            b"{not json",
            b"\xff\xfe",
            b"[]",
            b'{"version": 99, "tokens": {}}',
            b'{"version": 1, "tokens": {"k": {"access_token": "x"}}}',
            b'{"version": 1, "tokens": {"k": 5}}',
            b"",
        ],
    )
    async def test_corrupt_file_is_a_clear_error_and_never_overwritten(
        self, tmp_path: Path, content: bytes
    ) -> None:
        path = tmp_path / "tokens.json"
        path.write_bytes(content)
        path.chmod(0o600)
        store = FileTokenStore(path)

        with pytest.raises(CorruptTokenFileError, match=r"corrupt.*refusing"):
            await store.get("k")
        with pytest.raises(CorruptTokenFileError):
            await store.set("k", token())
        with pytest.raises(CorruptTokenFileError):
            await store.delete("k")
        assert path.read_bytes() == content

    async def test_replace_is_atomic(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Writes go to a temp file renamed over the old one; a failed rename loses nothing."""
        path = tmp_path / "tokens.json"
        store = FileTokenStore(path)
        await store.set("k", token("FIRST"))
        inode = path.stat().st_ino
        before = path.read_bytes()
        replaced: list[tuple[str, str]] = []
        real_replace = os.replace

        def spy(src: Any, dst: Any) -> None:
            replaced.append((os.path.dirname(src), str(dst)))
            assert mode(Path(src)) == 0o600  # already private before it becomes visible
            real_replace(src, dst)

        monkeypatch.setattr(os, "replace", spy)
        await store.set("k", token("SECOND"))
        assert replaced == [(str(tmp_path), str(path))]
        assert path.stat().st_ino != inode  # a new file, not an in-place rewrite

        def broken(src: Any, dst: Any) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", broken)
        before = path.read_bytes()
        with pytest.raises(TokenStoreError, match="cannot write"):
            await store.set("k", token("THIRD"))
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["tokens.json", "tokens.json.wlock"]

    async def test_manager_state_survives_a_restart(
        self, tmp_path: Path, httpx_mock: HTTPXMock
    ) -> None:
        httpx_mock.add_response(url=REFRESH, json={"access_token": "AT1", "expires_in": 3600})
        path = tmp_path / "tokens.json"

        async def main() -> str:
            first = TokenManager("cid", "sec", base_url=BASE, store=FileTokenStore(path),
                                 clock=lambda: T0)
            await first.add_refresh_token("RT", ["9"])
            async with httpx.AsyncClient() as client:
                await first.authorization("OAuthLogin", "9", client.send)
                second = TokenManager("cid", "sec", base_url=BASE, store=FileTokenStore(path),
                                      clock=lambda: T0 + 10)
                return await second.authorization("OAuthLogin", "9", client.send)

        assert await main() == "Bearer AT1"
        assert len(httpx_mock.get_requests()) == 1

    async def test_two_store_instances_on_one_file_refresh_once(
        self, tmp_path: Path, httpx_mock: HTTPXMock
    ) -> None:
        """The flock on <path>.lock serialises renewals of separate store instances."""
        calls = 0

        async def slow(request: httpx.Request) -> httpx.Response:
            nonlocal calls
            calls += 1
            await anyio.sleep(0.1)
            return httpx.Response(200, json={"access_token": "AT", "expires_in": 3600})

        httpx_mock.add_callback(slow, url=REFRESH, is_reusable=True)
        path = tmp_path / "tokens.json"

        async def main() -> list[str]:
            managers = [
                TokenManager("cid", "sec", base_url=BASE, store=FileTokenStore(path),
                             clock=lambda: T0)
                for _ in range(2)
            ]
            await managers[0].add_refresh_token("RT", ["9"])
            out: list[str] = []
            async with httpx.AsyncClient() as client:

                async def use(manager: TokenManager) -> None:
                    out.append(await manager.authorization("OAuthLogin", "9", client.send))

                async with anyio.create_task_group() as tg:
                    for manager in managers * 5:
                        tg.start_soon(use, manager)
            return out

        assert await main() == ["Bearer AT"] * 10
        assert calls == 1
