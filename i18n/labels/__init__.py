"""Label tables, one module per feature; merged by i18n."""
