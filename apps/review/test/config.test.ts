import { describe, expect, test } from 'vitest';
import { previewBuildEnv } from '../src/config.ts';

describe('the preview pnpm review builds when none is there', () => {
  test('leaves out internal notes, source paths and the vscode:// links to the editor’s own files, since its readers are outside', () => {
    expect(previewBuildEnv({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', STRATEGI_VSCODE_LINKS: '0', STRATEGI_PREVIEW_INTERNAL: '0' });
  });

  test('leaves them out even when the shell asks for them: internal content is only for --intern links, from its own folder', () => {
    expect(previewBuildEnv({ STRATEGI_VSCODE_LINKS: '1', STRATEGI_PREVIEW_INTERNAL: '1' })).toEqual({
      STRATEGI_VSCODE_LINKS: '0',
      STRATEGI_PREVIEW_INTERNAL: '0',
    });
  });
});
