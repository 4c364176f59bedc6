// A recognisable fake key: tests search every page, bundle and log for it.
export const TEST_API_KEY = "sk-or-v1-test-9f8e7d6c5b4a39281706f5e4d3c2b1a0";
