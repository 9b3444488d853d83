"""The HTTP API (``diplograph serve``): ``diplograph.serve.app.create_app(db_path)``.

Nothing is imported here, so the CLI can use the JSON shapes without loading the web stack.
"""
