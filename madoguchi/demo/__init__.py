"""The demo mailbox `make run` loads: realistic Japanese and English support mail, fed
through the real ingest pipeline and worked through the real actions (`madoguchi demo`)."""
