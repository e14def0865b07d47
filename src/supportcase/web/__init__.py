"""The web app (FastAPI, server-rendered pages, no JavaScript build step)."""
