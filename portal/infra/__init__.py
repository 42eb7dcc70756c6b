"""The portal's infrastructure: what every request, process or command relies on, and no page
is about (page cache and cache backend, request ids and log filters, the client's address, upload
size limits, the embedded PostgreSQL, worker warm-up, Markdown rendering)."""
