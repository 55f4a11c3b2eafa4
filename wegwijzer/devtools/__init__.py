"""Tools for tests and benchmarks: clearly fictitious data sets, and a local server's free port and pages."""
