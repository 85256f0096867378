import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library cleans up automatically only when test globals are on; here they are not.
afterEach(() => cleanup());
