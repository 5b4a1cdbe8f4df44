"""The patient's request: model, validation, red flags and intake (no Qt)."""
