import { describe, expect, it } from 'vitest';
import { LIMITS } from '../model/limits';
import { downloadSopFile } from './download';
import { bulkyDocument } from './testDocs';

describe('downloadSopFile', () => {
  it('does not download a document too large to open again, and says why', () => {
    // No DOM here: reaching the download itself would throw on `document`.
    expect(downloadSopFile(bulkyDocument(LIMITS.fileBytes + 1000))).toMatchObject({
      code: 'documentTooLarge',
    });
  });
});
