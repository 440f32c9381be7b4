"""`make stress`: the production server on a throwaway PostgreSQL cluster, under load, with
its database restarted, then stopped for a while, and a worker killed; then scheduled
publishing checked by the scheduler that lived through all of it. docs/operations.md says
what it claims and shows a run."""
