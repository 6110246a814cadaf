import { describe, expect, it } from 'vitest';
import english from '../../../../_locales/en/messages.json';
import vietnamese from '../../../../_locales/vi/messages.json';
import { figureTypeLabel } from '../../../../popup/views/shared/format';
import { FIGURE_TYPES } from '../../../../src/shared/schema/kinds';

describe('figureTypeLabel', () => {
  it('names every figure type in both languages', () => {
    for (const type of FIGURE_TYPES) {
      expect(english).toHaveProperty(`figureType_${type}`);
      expect(vietnamese).toHaveProperty(`figureType_${type}`);
    }
    expect(figureTypeLabel('money')).toBe('money');
  });

  it('shows a type it has no name for as stored', () => {
    expect(figureTypeLabel('volume')).toBe('volume');
  });
});
