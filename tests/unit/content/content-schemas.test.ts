import { describe, expect, it, vi } from 'vitest';

/** The literal values of every valibot schema built since the spy was set (a message schema names its `type`). */
const literals: unknown[] = [];
vi.mock('valibot', async (importOriginal) => {
  const real = await importOriginal<typeof import('valibot')>();
  return {
    ...real,
    literal: ((value: Parameters<typeof real.literal>[0]) => {
      literals.push(value);
      return real.literal(value);
    }) as typeof real.literal,
  };
});

// Every page pays for the content script's start: it builds the schemas of the messages it
// receives, never the background's checks of the messages it sends (pages, annotations, records).
describe('schemas a content script builds', () => {
  it('importing the content modules that check or send messages builds no schema of a message the background checks', async () => {
    await import('../../../src/content/extension-messages');
    await import('../../../src/content/paint-settings');
    await import('../../../src/content/panel-link');
    await import('../../../src/content/page-message');
    await import('../../../src/content/analyze-client');
    // The ones it receives are built (this is what the spy sees).
    expect(literals).toContain('background/reader-command');
    expect(literals).toContain('panel/reveal');
    expect(literals.filter((value) => String(value).startsWith('content/'))).toEqual([]);
  });

  it('messages.ts still gives every schema (the background reads them there)', async () => {
    const messages = await import('../../../src/shared/messages');
    expect(literals).toContain('content/page-annotated');
    expect(messages.ToContentMessageSchema).toBeDefined();
    expect(messages.PaintSettingsSchema).toBeDefined();
    expect(messages.IncomingMessageSchema).toBeDefined();
  });
});
