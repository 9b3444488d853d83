"""What every request passes first: the Host check, the security headers, the count in flight.

DNS rebinding: a page of another site can point a name it controls at 127.0.0.1 and read this
server's answers as its own origin. Browsers always send the name in the Host header, so the
server answers only the names it is meant to have: the loopback names, the host it was started
on, and those the user allows (``serve --allow-host NAME``, ``DIPLOGRAPH_ALLOWED_HOSTS``). Any
other Host is a 400 in the API's JSON error shape.

Every answer carries a Content-Security-Policy (the page's own at /; Swagger UI's at /docs,
set by ``serve.docs``; nothing may load or frame anything elsewhere), nosniff, DENY for frames
and no referrer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from diplograph.serve.wire import error_answer

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")

PAGE_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; "
    "require-trusted-types-for 'script'; trusted-types 'none'"
)
OTHER_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

_CSP = b"content-security-policy"
_ALWAYS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
)
_PAGE = ((_CSP, PAGE_POLICY.encode()), *_ALWAYS)
_OTHER = ((_CSP, OTHER_POLICY.encode()), *_ALWAYS)


def host_name(value: str) -> str:
    """The name in a Host header or a configured host: no port, no IPv6 brackets, lower case,
    no final dot ("[::1]:8765" -> "::1", "Example.ORG.:80" -> "example.org"; a bare IPv6
    address, as ``serve --host ::1`` gives it, stays whole)."""
    text = value.strip().lower()
    if text.startswith("["):
        text = text[1 : text.find("]")] if "]" in text else ""
    elif text.count(":") == 1:
        text = text.partition(":")[0]
    return text.rstrip(".")


class HostNames:
    """The Host names a server answers to: exact names, ``*.example.org`` (any name under it)
    and ``*`` (any name at all)."""

    def __init__(self, names: Iterable[str]) -> None:
        chosen = [n.strip() for n in names if n.strip()]
        self.any = "*" in chosen
        self.under = tuple("." + host_name(n[2:]) for n in chosen if n.startswith("*."))
        self.exact = frozenset(host_name(n) for n in chosen if not n.startswith("*"))

    def allows(self, header: str) -> bool:
        if self.any:
            return True
        name = host_name(header)
        return name in self.exact or bool(name and name.endswith(self.under))

    def __str__(self) -> str:
        return ", ".join(sorted(self.exact) + [f"*{u}" for u in self.under] + ["*"] * self.any)


@dataclass
class RequestGauge:
    """Requests being answered now (each counted from the moment the guard sees it)."""

    in_flight: int = 0


class Guard:
    """ASGI middleware, outermost: refuses other Host names, counts requests in flight and adds
    the security headers to every answer (kept answers included)."""

    def __init__(self, app: ASGIApp, hosts: HostNames, gauge: RequestGauge) -> None:
        self.app = app
        self.hosts = hosts
        self.gauge = gauge

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = next((v for k, v in scope["headers"] if k == b"host"), None)
        if host is None or not self.hosts.allows(host.decode("latin-1")):
            await self._refuse(host, scope, receive, send)
            return
        extra = _PAGE if scope["path"] == "/" else _OTHER

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                own_policy = any(k.lower() == _CSP for k, _ in headers)
                headers.extend(extra[1:] if own_policy else extra)
                message = {**message, "headers": headers}
            await send(message)

        self.gauge.in_flight += 1
        try:
            await self.app(scope, receive, secured)
        finally:
            self.gauge.in_flight -= 1

    async def _refuse(self, host: bytes | None, scope: Scope, receive: Receive, send: Send) -> None:
        shown = repr(host.decode("latin-1")[:100]) if host is not None else "none"
        how = "start it with --allow-host NAME or DIPLOGRAPH_ALLOWED_HOSTS=NAME,... to allow more"
        detail = f"Host {shown} is not a name this server answers to ({self.hosts}); {how}"
        answer = error_answer(400, "bad_host", detail)
        answer.headers.update({k.decode(): v.decode() for k, v in _OTHER})
        await answer(scope, receive, send)
