import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/corpus';

export { PROJECT_ROOT, FORMATS_DIR, BAD_DIR, PERF_PDF, DOCUMENTS_DIR } from '../../support/corpus';

export const BRIDGE_BUNDLE = join(PROJECT_ROOT, 'dist', 'e2e', 'desk-bridge.js');
export const RESOURCES_DIR = join(PROJECT_ROOT, 'resources');
export const SCREENSHOT_DIR = join(PROJECT_ROOT, 'test-results', 'screenshots');
export const HOSTILE_FIXTURES = join(PROJECT_ROOT, 'test', 'e2e', 'fixtures');
