"""Read-side queries of the legislation pages, each a fixed number of SQL queries whatever the
data size: `laws` (the law list's facets and ranking), `treaties` (treaty status and the tile
map), `coverage` (matrix, profile strip, comparison) and `history` (a law's changes). Other apps
use `laws.recent_laws()`, `treaties.treaty_summary()` and the `_treaty_map.html` partial.
"""
