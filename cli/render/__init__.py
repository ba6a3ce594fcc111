"""Renderers: turn records into tables, JSON, JSON Lines or CSV."""
