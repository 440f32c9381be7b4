"""Pieces for running the production server under load on this machine: a throwaway
PostgreSQL cluster (`postgres`), gunicorn with the production settings (`server`), wrk and
its numbers (`wrk`), and the table they are reported in (`table`). `make stress` uses them
(tools/stress/); so can any other measurement."""
