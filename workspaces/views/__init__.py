"""Workspace pages. Every view is behind the expert gate (`portal.gate.restricted`), then
`get_workspace_for_user` (404 to outsiders); responses are never cached. Views stay thin: forms
validate, services write. One module per part of a workspace; `common` holds what they share."""
