"""Label tables, one module per feature; merged by ita.i18n."""
