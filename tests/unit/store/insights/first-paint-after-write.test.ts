import { afterEach, describe, expect, it } from 'vitest';
import type { NewsmarkDb } from '../../../../src/store/db';
import { BUNDLE_ID_KEY, DIRTY_KEY, PEOPLE_BUNDLE_KEY } from '../../../../src/store/derived-keys';
import { loadFiguresFirstScreen, loadPeople } from '../../../../src/store/insights/first-paint';
import { buildModel } from '../../../../src/store/insights/model';
import { peopleSummaryText } from '../../../../src/store/insights/people-summary';
import {
  REBUNDLE_AFTER,
  readProjections,
  storeProjections,
} from '../../../../src/store/insights/stored-projections';
import { page, row } from '../library.test-data';
import { rowsTable } from '../rows-table';
import { bundledLibrary } from './bundled-library';
import { VI } from './fixtures';

const connections: NewsmarkDb[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
});

const bundled = () => bundledLibrary(connections);

/** What a panel does when it builds a model: reads, builds, then stores what the read asks for. */
async function panelRead(db: NewsmarkDb, withFigures = true) {
  const read = await readProjections(db, withFigures ? ['figures'] : []);
  const model = buildModel(read.projections);
  await storeProjections(db, read, model);
  return { read, model };
}

const bundleId = async (db: NewsmarkDb) => (await db.derived.get(BUNDLE_ID_KEY))?.value;
const newOfficial = (name: string, start: number) =>
  row(VI, { kind: 'official', quote: name, name, titles: ['Bộ trưởng'], start });

describe('a page written after the bundle, with the panel open', () => {
  it('keeps the bundle and stores first-paint rows that a later open paints from', async () => {
    const { writer, connect } = await bundled();
    const before = await bundleId(writer);
    await rowsTable(writer).add(newOfficial('Lương Văn Tám', 900));
    const { read, model } = await panelRead(connect());
    expect(read).toMatchObject({ rebundle: false, dirty: [VI] });
    // No new bundle: the dirty page is still listed, and its own projection serves.
    expect(await bundleId(writer)).toBe(before);
    expect((await writer.derived.get(DIRTY_KEY))?.value).toEqual([VI]);
    const people = await loadPeople(connect());
    expect(people.map((p) => p.name)).toContain('Lương Văn Tám');
    expect(people.map((p) => p.key).sort()).toEqual([...model.people.keys()].sort());
    expect((await loadFiguresFirstScreen(connect()))?.total).toBe(model.figures.length);
  });

  it('paints from the stored row only while no other page is written', async () => {
    const { writer, connect } = await bundled();
    await rowsTable(writer).add(newOfficial('Lương Văn Tám', 900));
    await panelRead(connect(), false);
    // A row only a read of it can return: it serves while the dirty list is the one it holds.
    const stored = (await writer.derived.get(PEOPLE_BUNDLE_KEY))?.value as object;
    const sentinel = { key: 's', name: 'Sentinel', folded: 'sentinel', articleCount: 1, latest: 1 };
    await writer.derived.put({
      key: PEOPLE_BUNDLE_KEY,
      value: { ...stored, text: peopleSummaryText([sentinel]) },
    });
    expect(await loadPeople(connect())).toEqual([sentinel]);
    // The people read without figures: the figures' first screen is not stored for this list.
    expect(await loadFiguresFirstScreen(connect())).toBeNull();
    await writer.pages.put(page('https://tin.example/bai-moi', 'Bài mới', 9_000));
    expect((await loadPeople(connect())).map((p) => p.name)).not.toContain('Sentinel');
  });

  it('stores a new bundle once more than REBUNDLE_AFTER pages were written since', async () => {
    const { writer, connect } = await bundled();
    const before = await bundleId(writer);
    await writer.pages.bulkPut(
      Array.from({ length: REBUNDLE_AFTER + 1 }, (_, i) =>
        page(`https://tin.example/p-${i}`, `Bài ${i}`, 8_000 + i),
      ),
    );
    const { read } = await panelRead(connect());
    expect(read.rebundle).toBe(true);
    expect(await bundleId(writer)).not.toBe(before);
    expect(await writer.derived.get(DIRTY_KEY)).toBeUndefined();
    expect((await loadPeople(connect())).length).toBeGreaterThan(0);
  });
});
