"""ETL: files and Google Sheets in, one validated DuckDB file out. Never imports streamlit."""
