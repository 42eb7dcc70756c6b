"""Views of contacts: `public` (anyone), `directory` (experts), `manage` (focal points and the
secretariat), `freshness` (the secretariat)."""
