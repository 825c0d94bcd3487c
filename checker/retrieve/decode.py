"""Undo HTTP Content-Encoding on a streamed body, with a hard cap on memory.

Pure (no network, no httpx): checker.retrieve.fetch feeds it raw chunks as they arrive. Every zlib call is
given `max_length`, so a decompression bomb can never make us allocate more than `limit + 1`
bytes at once, whatever ratio the sender chose. Charsets are not touched: bytes in, bytes out.
"""

from __future__ import annotations

import zlib

__all__ = ["BodyDecoder", "DecodeError", "TooLarge", "UnsupportedEncoding"]


class DecodeError(ValueError):
    """The body claims an encoding but its bytes are not valid for it."""


class TooLarge(DecodeError):
    """More than `limit` bytes came out (or went in): stop reading now."""


class UnsupportedEncoding(DecodeError):
    """A Content-Encoding we cannot undo (br, zstd, compress...)."""

    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


class _Stage:
    """One zlib layer. Output is bounded by the caller's budget on every call."""

    def __init__(self, kind: str) -> None:
        self._kind = kind
        self._pending = b""  # deflate only: the first two bytes decide zlib vs raw
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if kind == "gzip" else None

    def feed(self, data: bytes, budget: int) -> bytes:
        if self._inflater is None:
            # "deflate" is meant to be zlib-wrapped (RFC 9110) but some servers send raw
            # deflate; the zlib header (CM=8, header % 31 == 0) tells them apart.
            self._pending += data
            if len(self._pending) < 2:
                return b""
            data, self._pending = self._pending, b""
            is_zlib = data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if is_zlib else -zlib.MAX_WBITS)
        if self._inflater.eof:  # trailing bytes after the stream end: ignored, as browsers do
            return b""
        try:
            out = self._inflater.decompress(data, budget)
        except zlib.error as exc:
            raise DecodeError(f"{self._kind}: {exc}") from None
        if self._inflater.unconsumed_tail:  # budget filled and more is waiting
            raise TooLarge()
        return out

    def flush(self) -> bytes:
        if self._pending:
            raise DecodeError(f"{self._kind}: body ends after one byte")
        if self._inflater is None or self._inflater.eof:
            return b""
        try:
            # Input is fully consumed (feed raises otherwise), so zlib holds at most one
            # pending match (<= 258 bytes): this cannot blow up.
            return self._inflater.flush()
        except zlib.error as exc:
            raise DecodeError(f"{self._kind}: {exc}") from None


def _stages(content_encoding: str | None) -> list[_Stage]:
    names = [n.strip().lower() for n in (content_encoding or "").split(",")]
    stages = []
    for name in names:
        if name in ("", "identity"):
            continue
        if name in ("gzip", "x-gzip"):
            stages.append(_Stage("gzip"))
        elif name == "deflate":
            stages.append(_Stage("deflate"))
        else:
            raise UnsupportedEncoding(name)
    # Encodings are listed in the order they were applied, so they are undone last-first.
    return stages[::-1]


class BodyDecoder:
    """Feed raw chunks, get decoded bytes; raises TooLarge as soon as either side passes `limit`.

    Raises UnsupportedEncoding at construction, before a single body byte is read.
    """

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        self._stages = _stages(content_encoding)
        self._limit = limit
        self._raw = 0
        self._out = 0

    def feed(self, chunk: bytes) -> bytes:
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise TooLarge()
        return self._run(chunk, final=False)

    def flush(self) -> bytes:
        return self._run(b"", final=True)

    def _run(self, data: bytes, final: bool) -> bytes:
        for index, stage in enumerate(self._stages):
            # Intermediate layers are bounded too; the last one only gets what is left of the
            # cap (+1 so that overflowing is detectable), keeping body + chunk <= limit + 1.
            last = index == len(self._stages) - 1
            budget = self._limit - self._out + 1 if last else self._limit + 1
            data = stage.feed(data, budget) if data else b""
            if final:
                data += stage.flush()
        self._out += len(data)
        if self._out > self._limit:
            raise TooLarge()
        return data
