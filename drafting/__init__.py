"""The domain of Pactwright: the terms model, validation, review rules, the clause
engine, the document model and its DOCX / PDF / HTML writers. Never imports Qt or
TinyDB."""
