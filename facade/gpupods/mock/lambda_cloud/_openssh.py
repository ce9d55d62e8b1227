"""Ed25519 key pairs in OpenSSH's formats, for mock clouds that generate SSH keys.

Lambda Cloud generates a key pair when asked to add an SSH key without a public key and
answers with the private key once. The mock does the same with real keys (usable with
``ssh -i``), derived here with the standard library only (RFC 8032 arithmetic; slow, but a
key takes a few milliseconds). Not for security: the mock's keys guard nothing.
"""

from __future__ import annotations

import base64
import hashlib
import random
import struct

_P = 2**255 - 19
_D = -121665 * pow(121666, _P - 2, _P) % _P
_Point = tuple[int, int, int, int]  # extended coordinates (X, Y, Z, T)


def _recover_x(y: int) -> int:
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * pow(2, (_P - 1) // 4, _P) % _P
    return _P - x if x % 2 else x


_BY = 4 * pow(5, _P - 2, _P) % _P
_BX = _recover_x(_BY)
_BASE: _Point = (_BX, _BY, 1, _BX * _BY % _P)


def _add(p: _Point, q: _Point) -> _Point:
    a = (p[1] - p[0]) * (q[1] - q[0]) % _P
    b = (p[1] + p[0]) * (q[1] + q[0]) % _P
    c = 2 * p[3] * q[3] * _D % _P
    d = 2 * p[2] * q[2] % _P
    e, f, g, h = b - a, d - c, d + c, b + a
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _times(scalar: int, point: _Point) -> _Point:
    result: _Point = (0, 1, 1, 0)
    while scalar:
        if scalar & 1:
            result = _add(result, point)
        point = _add(point, point)
        scalar >>= 1
    return result


def public_key(seed: bytes) -> bytes:
    """The 32-byte Ed25519 public key of a 32-byte private seed (RFC 8032, 5.1.5)."""
    digest = hashlib.sha512(seed).digest()
    scalar = int.from_bytes(digest[:32], "little")
    scalar = (scalar & ((1 << 254) - 8)) | (1 << 254)
    x, y, z, _ = _times(scalar, _BASE)
    inverse = pow(z, _P - 2, _P)
    x, y = x * inverse % _P, y * inverse % _P
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _string(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def key_pair(rng: random.Random, comment: str) -> tuple[str, str]:
    """(OpenSSH public key line, OpenSSH private key PEM) of a new Ed25519 key."""
    seed = rng.randbytes(32)
    public = public_key(seed)
    blob = _string(b"ssh-ed25519") + _string(public)
    check = rng.getrandbits(32)
    private = struct.pack(">II", check, check) + blob + _string(seed + public) + _string(comment.encode())
    private += bytes(range(1, 1 + (-len(private) % 8)))  # padding 1, 2, 3... to the cipher block size (8)
    body = (
        b"openssh-key-v1\x00"
        + _string(b"none")
        + _string(b"none")
        + _string(b"")
        + struct.pack(">I", 1)
        + _string(blob)
        + _string(private)
    )
    text = base64.b64encode(body).decode()
    lines = [text[i : i + 70] for i in range(0, len(text), 70)]
    pem = "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----", *lines, "-----END OPENSSH PRIVATE KEY-----"]) + "\n"
    return f"ssh-ed25519 {base64.b64encode(blob).decode()} {comment}", pem
