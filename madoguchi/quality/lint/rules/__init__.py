"""One module per rule. Each defines RULE; the registry in madoguchi.quality.lint lists them."""
