"""Reference-source adapters: one module per source type, chosen by the config's `type`."""
