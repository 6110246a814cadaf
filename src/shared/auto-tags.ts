/** The tags an automatic annotation carries: its kind, and for figures their type ("money", "date"...). */
export function autoTags(annotation: { kind: string; figureType?: string }): string[] {
  return annotation.figureType ? [annotation.kind, annotation.figureType] : [annotation.kind];
}
