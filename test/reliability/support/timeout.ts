import { jest } from '@jest/globals';

// Load runs and outages take minutes, not the 5 s Jest allows a test by default.
jest.setTimeout(600_000);
