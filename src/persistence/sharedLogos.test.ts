import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { newDocument } from '../model/defaults';
import { DB_NAME, openIdbBackend } from './idbBackend';
import { Library } from './library';
import { giveLogo, logoKey, markedLogo, takeLogo } from './sharedLogos';
import { logoUrl, pngHeader } from './testDocs';

const logo = logoUrl(
  'png',
  new Uint8Array([...pngHeader(120, 80), ...new Uint8Array(40_000).fill(7)]),
);

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('one logo for many SOPs', () => {
  it('takes the logo out of a record and puts the same text back', () => {
    const doc = newDocument('Surat');
    doc.identity.logo = logo;
    // A text that merely mentions a logo is a string: its quotes are escaped, it is never taken.
    doc.steps[0]!.activity = '"logo":"data:image/png;base64,AAAA"';
    const raw = JSON.stringify({ file: { sop: doc } });
    const { raw: marked, logo: taken } = takeLogo(raw);
    expect(taken).toEqual({ key: logoKey(logo), dataUrl: logo });
    expect(marked.length).toBeLessThan(raw.length - 40_000);
    expect(markedLogo(marked)).toBe(logoKey(logo));
    expect(giveLogo(marked, logo)).toBe(raw);
    // A logo missing from the store leaves the SOP readable, without a logo.
    expect(JSON.parse(giveLogo(marked, undefined)).file.sop.identity.logo).toBeNull();
    expect(takeLogo(JSON.stringify({ file: { sop: newDocument('x') } })).logo).toBeNull();
  });

  it('keeps a logo shared by three SOPs once in the database, and gives each its logo back', async () => {
    const library = new Library(await openIdbBackend());
    const ids: string[] = [];
    for (const name of ['Satu', 'Dua', 'Tiga']) {
      const doc = newDocument(name);
      doc.identity.logo = logo;
      const created = await library.create(doc);
      if (!created.ok) throw new Error('create failed');
      ids.push(created.id);
    }
    const counts = await new Promise<{ logos: number; longest: number }>((resolve) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => {
        const tx = request.result.transaction(['logos', 'records']);
        const logos = tx.objectStore('logos').count();
        const records = tx.objectStore('records').getAll();
        tx.oncomplete = () =>
          resolve({
            logos: logos.result,
            longest: Math.max(...(records.result as string[]).map((r) => r.length)),
          });
      };
    });
    expect(counts.logos).toBe(1);
    expect(counts.longest).toBeLessThan(logo.length);
    for (const id of ids) {
      const loaded = await library.load(id);
      expect(loaded.ok && loaded.record.doc.identity.logo).toBe(logo);
    }
    // A save keeps the mark and the stamp check works on the full record.
    const first = await library.load(ids[0]!);
    if (!first.ok) throw new Error('load failed');
    const saved = await library.save(
      ids[0]!,
      { ...first.record.doc, identity: { ...first.record.doc.identity, unit: 'Umum' } },
      first.record,
    );
    expect(saved.ok).toBe(true);
    const again = await library.load(ids[0]!);
    expect(again.ok && again.record.doc.identity).toMatchObject({ unit: 'Umum', logo });
  });
});
