"""The OpenAPI docs page at /docs, with Swagger UI served from this package: no CDN, so it
renders on an air-gapped machine (FastAPI's own page loads Swagger UI from the internet).

The page starts Swagger UI with one inline script; its Content-Security-Policy allows that
script by its hash and nothing else inline but styles (Swagger UI sets some).
"""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse

ASSETS = "/static/swagger"  # where app.py mounts the package's static/ folder, plus swagger/
DOCS_POLICY = (
    "default-src 'none'; script-src 'self' {scripts}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)
_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "").rstrip("/")
    page = get_swagger_ui_html(
        openapi_url=f"{root}{request.app.openapi_url}",
        title="diplograph API",
        swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS}/favicon-32x32.png",
        # No validator badge: it would send the API description to an outside service.
        swagger_ui_parameters={"validatorUrl": None},
    )
    page.headers["Content-Security-Policy"] = docs_policy(bytes(page.body).decode("utf-8"))
    return page


def docs_policy(html: str) -> str:
    """The docs page's policy: its inline scripts allowed by their SHA-256, as CSP writes it."""
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        for s in _INLINE_SCRIPT.findall(html)
    ]
    return DOCS_POLICY.format(scripts=" ".join(hashes))
