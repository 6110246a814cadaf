import { describe, expect, it } from 'vitest';
import { officials, run } from './helpers';

const mentions = (...p: string[]) => officials(run('en', ...p)).map((o) => o.text);

describe('English officials: a peer with a territorial designation', () => {
  it('is mentioned later by the name before "of", not by the place', () => {
    const found = mentions(
      'Former Home Secretary Lord Tarrow of Dunmere spoke in the debate.',
      'Tarrow said the plan was sound. A Dunmere councillor disagreed.',
    );
    expect(found[0]).toContain('Lord Tarrow of Dunmere');
    expect(found).toContain('Tarrow');
    expect(found).not.toContain('Dunmere');
  });
});
