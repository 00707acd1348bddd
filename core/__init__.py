"""The domain core: the fiscal calendar, Thai dates, compliance rules, reach and survey facts, roles.

Pure functions shared by the ETL, the queries and the app: no Streamlit, no I/O.
"""
