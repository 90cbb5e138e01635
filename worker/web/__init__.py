"""The worker's web side: /metrics for Prometheus, and a live page with the JSON it polls."""
