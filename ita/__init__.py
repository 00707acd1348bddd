"""Pure domain helpers shared by the ETL, the queries and the app: no streamlit, no I/O."""
