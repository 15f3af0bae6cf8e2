"""Table-driven test cases, grouped by why each case exists."""
