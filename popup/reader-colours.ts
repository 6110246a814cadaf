import { READER_COLOURS, type ReaderColour } from '../src/shared/records';
import { t } from './i18n';

export { READER_COLOURS };

const NAMES: Record<ReaderColour, () => string> = {
  yellow: () => t('colourYellow'),
  green: () => t('colourGreen'),
  blue: () => t('colourBlue'),
  pink: () => t('colourPink'),
  purple: () => t('colourPurple'),
};

export function colourName(colour: ReaderColour): string {
  return NAMES[colour]();
}

/** A stored colour we know, or yellow (the default highlight) for anything else. */
export function knownColour(colour: string | undefined): ReaderColour {
  return READER_COLOURS.find((c) => c === colour) ?? 'yellow';
}
