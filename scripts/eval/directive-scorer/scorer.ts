/**
 * A logistic-regression sentence scorer over binary feature kinds (see context-features and the
 * languages' vi-features, en-features): the probability that a sentence is a directive. The weights
 * are learned by learn.ts on the entities-dev gold. Written to run in the engine, if ever wired.
 */
export interface DirectiveModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** A candidate the rules rejected is accepted above this probability (> 1: never). */
  acceptAbove: number;
  /** A sentence the rules accepted is dropped below this probability (0: never). */
  dropBelow: number;
}

/** The model's probability for a sentence with these active features; unknown features weigh 0. */
export function directiveProbability(
  model: Pick<DirectiveModel, 'bias' | 'weights'>,
  features: readonly string[],
): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The rules' decision at probability p (null: no cue, the rules decide alone). */
export function decideAt(
  model: Pick<DirectiveModel, 'acceptAbove' | 'dropBelow'>,
  p: number | null,
  ruleSays: boolean,
): boolean {
  if (p === null) return ruleSays;
  return ruleSays ? p >= model.dropBelow : p > model.acceptAbove;
}

/** The rules' decision, overruled by the scorer only where it is confident (per the model's thresholds). */
export function scoredDecision(
  model: DirectiveModel,
  features: readonly string[] | null,
  ruleSays: boolean,
): boolean {
  return decideAt(model, features ? directiveProbability(model, features) : null, ruleSays);
}
