"""Whatever a patient types comes back from the queue exactly, after a restart too."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.requests.model import ContactMethod, PatientRequest, RequestKind, TimeSlot
from kiosk.storage import RequestQueue

# Any text except lone surrogates, which UTF-8 (and so SQLite) cannot encode; validation refuses
# them before a request reaches the queue.
any_text = st.text(st.characters(codec="utf-8"))

patient_requests = st.builds(
    PatientRequest,
    id=any_text,
    kind=st.sampled_from(RequestKind),
    name=any_text,
    phone=any_text,
    phone_e164=any_text,
    email=any_text,
    contact=st.sampled_from(ContactMethod),
    time_slots=st.lists(st.sampled_from(TimeSlot), max_size=6).map(tuple),
    message=any_text,
    topic=any_text,
    language=any_text,
    urgent=st.booleans(),
    kiosk_id=any_text,
)


# database=None: no .hypothesis folder in the work tree; deadline=None: fsyncs vary in time.
@settings(max_examples=50, deadline=None, database=None)
@given(request=patient_requests)
def test_any_request_round_trips_exactly(request: PatientRequest) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        with RequestQueue.open(data_dir) as queue:
            saved = queue.save(request)
            assert saved.created
        with RequestQueue.open(data_dir) as reopened:
            stored = reopened.get(request.id)
    assert stored is not None
    assert stored.request == request
    assert stored.reference == saved.reference
    for field in ("id", "name", "phone", "phone_e164", "email", "message", "topic", "kiosk_id"):
        assert getattr(stored.request, field).encode() == getattr(request, field).encode(), field
