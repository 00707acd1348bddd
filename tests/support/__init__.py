"""Test support: servers and oracles the tests share."""
