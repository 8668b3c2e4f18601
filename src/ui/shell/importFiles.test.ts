import { describe, expect, it } from 'vitest';
import type { Notice } from '../../store/editorTypes';
import { importChosenFiles, type ChosenFile, type ImportTarget } from './importFiles';

function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

function chosen(name: string, bytes: Uint8Array | string): ChosenFile {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, size: data.length, arrayBuffer: async () => data.slice().buffer };
}

function recorder(importFile: ImportTarget['importFile'] = () => true) {
  const notices: Notice[] = [];
  const opened: [string, string][] = [];
  const target: ImportTarget = {
    addNotice: (n) => notices.push(n),
    importFile: (text, name) => {
      opened.push([name, text]);
      return importFile(text, name);
    },
    importLibrary: (text, name) => opened.push([name, text]),
  };
  return { notices, opened, target: () => target };
}

describe('importChosenFiles', () => {
  it('reads UTF-16 files with a byte-order mark as the command line does', async () => {
    const { opened, notices, target } = recorder();
    await importChosenFiles([chosen('a.sop.json', utf16le('{"x": "ü"}'))], 'document', target);
    expect(opened).toEqual([['a.sop.json', '{"x": "ü"}']]);
    expect(notices).toEqual([]);
  });

  it('refuses bytes that are not UTF-8 text, and goes on with the next file', async () => {
    const { opened, notices, target } = recorder();
    await importChosenFiles(
      [chosen('latin1.sop.json', Uint8Array.from([0x7b, 0xe9, 0x7d])), chosen('b.sop.json', '{}')],
      'document',
      target,
    );
    expect(notices).toEqual([
      {
        kind: 'fileRefused',
        fileName: 'latin1.sop.json',
        errors: [{ path: '', code: 'badEncoding', params: {} }],
      },
    ]);
    expect(opened).toEqual([['b.sop.json', '{}']]);
  });

  it('turns an exception while opening into "cannot be read" and goes on', async () => {
    const { opened, notices, target } = recorder((text) => {
      if (text === 'boom') throw new RangeError('Maximum call stack size exceeded');
      return true;
    });
    await importChosenFiles(
      [chosen('a.sop.json', 'boom'), chosen('b.sop.json', 'fine')],
      'document',
      target,
    );
    expect(notices).toEqual([
      {
        kind: 'fileRefused',
        fileName: 'a.sop.json',
        errors: [{ path: '', code: 'unreadable', params: {} }],
      },
    ]);
    expect(opened.map(([name]) => name)).toEqual(['a.sop.json', 'b.sop.json']);
  });

  it('refuses a file too large to be read at all, before reading it', async () => {
    const { notices, target } = recorder();
    let read = false;
    const huge: ChosenFile = {
      name: 'besar.sop.json',
      size: 30 * 1024 * 1024,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    };
    await importChosenFiles([huge], 'document', target);
    expect(read).toBe(false);
    expect(notices).toMatchObject([{ kind: 'fileRefused', errors: [{ code: 'tooLarge' }] }]);
  });

  it('says a file could not be read when the browser fails to read it', async () => {
    const { notices, target } = recorder();
    const failing: ChosenFile = {
      name: 'hilang.sop.json',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    };
    await importChosenFiles([failing], 'library', target);
    expect(notices).toEqual([{ kind: 'fileUnreadable', fileName: 'hilang.sop.json' }]);
  });
});
