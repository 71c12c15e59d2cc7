/**
 * Listed in vitest.config.ts `setupFiles`, so it runs in every test file: after the file's own
 * hooks (afterAll hooks run last-registered first), the folders tempDir() made are removed.
 */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/xlsx.js';

afterAll(() => removeTempDirs());
