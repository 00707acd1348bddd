"""Streamlit-side helpers: data access with caching, the shared filter, the page shell."""
