import { describe, expect, it } from 'vitest';
import { exportDocuments, toBackup, toW3cLibrary } from '../../../src/export/backup';
import {
  checkImportRows,
  checkImportSize,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  parseImport,
  utf8Length,
} from '../../../src/export/import-parse';
import type { FlatAnnotationRow } from '../../../src/shared/records';
import { sampleLibrary } from '../store/library.test-data';

const backupText = (mutate?: (backup: ReturnType<typeof toBackup>) => void): string => {
  const { pages, annotations } = sampleLibrary();
  const backup = toBackup(pages, annotations, 0);
  mutate?.(backup);
  return JSON.stringify(backup);
};

describe('parseImport', () => {
  it('reads back every record of a backup', () => {
    const { pages, annotations } = sampleLibrary();
    const parsed = parseImport(backupText());
    expect(parsed).toMatchObject({ ok: true, source: 'newsmark-backup', skipped: [] });
    if (!parsed.ok) return;
    expect(parsed.pages).toEqual(pages);
    expect(parsed.annotations).toEqual(annotations);
  });

  it('rejects broken JSON and files of another format with a reason', () => {
    expect(parseImport('{"format": "newsmark-backup", ')).toMatchObject({ ok: false, error: 'not-json' });
    expect(parseImport('[1, 2]')).toMatchObject({ ok: false, error: 'wrong-format' });
    expect(parseImport('{"hello": "world"}')).toMatchObject({ ok: false, error: 'wrong-format' });
    expect(parseImport(backupText((b) => Object.assign(b, { version: 7 })))).toMatchObject({
      ok: false,
      error: 'unsupported-version',
    });
    expect(parseImport('{"format": "newsmark-backup", "version": 1, "pages": {}}')).toMatchObject({
      ok: false,
      error: 'wrong-format',
    });
  });

  it('skips and reports a record with a bad field, keeping the others', () => {
    const parsed = parseImport(
      backupText((b) => {
        (b.annotations[2] as unknown as { start: string }).start = 'ten';
        b.annotations[3]!.origin = 'auto'; // a note must be the reader's
        (b.pages[1] as unknown as { url: string }).url = 'javascript:alert(1)';
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.pages).toHaveLength(1);
    expect(parsed.annotations).toHaveLength(4);
    expect(parsed.skipped.map((s) => s.where)).toEqual(['pages[1]', 'annotations[2]', 'annotations[3]']);
    expect(parsed.skipped[1]?.reason).toContain('annotations.start');
    // A note is the reader's: the stored-row schema has no automatic row of kind 'note'.
    expect(parsed.skipped[2]?.reason).toContain('annotations.origin');
  });

  it('refuses times a Date cannot hold, so no export or Library list can throw on them', () => {
    const parsed = parseImport(
      backupText((b) => {
        b.annotations[0]!.created = 1e300;
        b.pages[0]!.lastSeen = 8.64e15 + 1;
      }),
    );
    expect(parsed.ok && parsed.skipped.map((s) => s.where)).toEqual(['pages[0]', 'annotations[0]']);
  });

  it('stores imported addresses under their page keys, and canonical links only as http(s) keys', () => {
    const parsed = parseImport(
      backupText((b) => {
        b.pages[0]!.url = `${b.pages[0]!.url}?utm_source=mail#top`;
        b.pages[0]!.canonicalUrl = 'javascript:alert(1)';
        b.pages[1]!.canonicalUrl = 'HTTPS://Tin.Example/x?gclid=2';
        b.annotations[0]!.url = `${b.annotations[0]!.url}#frag`;
      }),
    );
    const { pages, annotations } = sampleLibrary();
    expect(parsed.ok && parsed.pages.map((p) => [p.url, p.canonicalUrl])).toEqual([
      [pages[0]!.url, null],
      [pages[1]!.url, 'https://tin.example/x'],
    ]);
    expect(parsed.ok && parsed.annotations[0]!.url).toBe(annotations[0]!.url);
  });

  it('caps times in the future to now', () => {
    const now = 1_000_000;
    const parsed = parseImport(
      backupText((b) => {
        b.annotations[0]!.modified = now * 1_000;
        b.annotations[0]!.created = now + 1;
        b.pages[0]!.lastSeen = now * 2;
      }),
      now,
    );
    expect(parsed.ok && parsed.annotations[0]).toMatchObject({ created: now, modified: now });
    expect(parsed.ok && parsed.pages[0]!.lastSeen).toBe(now);
    expect(parsed.ok && parsed.annotations[1]!.modified).toBeLessThan(now);
  });

  it('drops fields a backup should not carry', () => {
    const parsed = parseImport(backupText((b) => Object.assign(b.annotations[0]!, { onclick: 'x' })));
    expect(parsed.ok && 'onclick' in parsed.annotations[0]!).toBe(false);
  });

  it('refuses more records than the row cap before checking any of them', () => {
    const rows = (n: number) => Array.from({ length: n }, () => ({}));
    expect(checkImportRows(MAX_IMPORT_ROWS)).toBeNull();
    const over = parseImport(backupText((b) => Object.assign(b, { annotations: rows(MAX_IMPORT_ROWS) })));
    expect(over).toMatchObject({ ok: false, error: 'too-many-rows' });
    const collection = { type: 'AnnotationCollection', first: { items: rows(MAX_IMPORT_ROWS + 1) } };
    expect(parseImport(JSON.stringify(collection))).toMatchObject({ ok: false, error: 'too-many-rows' });
  });

  it('refuses files over the size limit before reading them', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatchObject({ ok: false, error: 'too-large' });
  });

  it('counts UTF-8 bytes as a file holds them, without copying the text', () => {
    const encoded = (text: string) => new TextEncoder().encode(text).length;
    for (const text of ['', 'plain ascii', 'Thủ tướng yêu cầu', 'café ½ €5', 'emoji 📰 and 𝄞'])
      expect(utf8Length(text)).toBe(encoded(text));
  });

  it('refuses a text whose UTF-8 size passes the limit though its length does not', () => {
    // Each "ệ" is one UTF-16 unit and three UTF-8 bytes.
    const text = 'ệ'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1);
    expect(text.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseImport(text)).toMatchObject({ ok: false, error: 'too-large' });
  });
});

describe('parseImport of our W3C collection', () => {
  it('maps kinds, entity fields, notes and offsets back to rows', () => {
    const { pages, annotations } = sampleLibrary();
    const collection = toW3cLibrary(exportDocuments(pages, annotations, 0), 0);
    const parsed = parseImport(JSON.stringify(collection), 5);
    expect(parsed).toMatchObject({ ok: true, source: 'w3c', skipped: [] });
    if (!parsed.ok) return;
    expect(parsed.pages.map((p) => p.url).sort()).toEqual(pages.map((p) => p.url).sort());
    const pick = ({
      id,
      url,
      kind,
      origin,
      quote,
      start,
      end,
      tags,
      name,
      titles,
      value,
      unit,
      body,
    }: FlatAnnotationRow) => ({
      id,
      url,
      kind,
      origin,
      quote,
      start,
      end,
      tags,
      name,
      titles,
      value,
      unit,
      body,
    });
    const sortById = <T extends { id: string }>(list: T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(parsed.annotations.map(pick))).toEqual(sortById(annotations.map(pick)));
  });

  it('skips items it cannot place', () => {
    const collection = {
      type: 'AnnotationCollection',
      first: {
        items: [
          { id: 'a', type: 'Annotation', target: { source: 'https://x.example/', selector: [] } },
          { type: 'Annotation' },
        ],
      },
    };
    const parsed = parseImport(JSON.stringify(collection));
    expect(parsed.ok && parsed.skipped.map((s) => s.where)).toEqual(['items[0]', 'items[1]']);
  });
});
