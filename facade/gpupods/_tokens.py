"""Client tokens: how gpupods recognises a pod it created, after an ambiguous failure.

Every create puts a short random token at the end of the pod's name (``train-gp4k2m9x0q1z``);
every provider keeps and returns the name, so listing the provider's pods finds a pod that
was created even when the answer to the create never arrived.
"""

from __future__ import annotations

import re
import secrets
import string

_ALPHABET = string.ascii_lowercase + string.digits
_SUFFIX = re.compile(r"^(?P<name>.*)-gp(?P<token>[a-z0-9]{10})$")


def new_token() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(10))


def with_token(name: str, token: str) -> str:
    return f"{name}-gp{token}"


def split_token(name: str | None) -> tuple[str, str | None]:
    """(the user's name, the token) of a pod name; (name, None) for pods gpupods did not make."""
    if not name:
        return name or "", None
    match = _SUFFIX.match(name)
    return (match.group("name"), match.group("token")) if match else (name, None)
