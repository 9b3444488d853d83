"""The OpenAPI docs page at /docs, with Swagger UI served from this package: no CDN, so it
renders on an air-gapped machine (FastAPI's own page loads Swagger UI from the internet)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse

ASSETS = "/static/swagger"  # where app.py mounts the package's static/ folder, plus swagger/

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    root = request.scope.get("root_path", "").rstrip("/")
    return get_swagger_ui_html(
        openapi_url=f"{root}{request.app.openapi_url}",
        title="diplograph API",
        swagger_js_url=f"{root}{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{root}{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{root}{ASSETS}/favicon-32x32.png",
        # No validator badge: it would send the API description to an outside service.
        swagger_ui_parameters={"validatorUrl": None},
    )
