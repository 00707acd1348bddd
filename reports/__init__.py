"""Documents built from the dashboard's questions (DOCX, XLSX); no streamlit, used by pages and the CLI."""
