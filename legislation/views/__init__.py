"""Public pages of the legislation app (all public data only: see tests/security/test_gate_walk.py)."""
