"""Open-data API of this app: viewsets registered on portal.api.router."""
