"""The kiosk's measurement suite (`make bench`): figures beside a bare baseline, never a gate.

``python -m tools.bench`` runs every measurement, prints a table and writes
docs/performance.md. Each measurement runs in child processes (fresh interpreters, offscreen
Qt), so one cannot warm or pollute another. See docs/performance.md for what each row means.
"""
