"""Chart builders, one module per feature; style in common.py."""
