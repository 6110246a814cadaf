/**
 * Logistic regression over binary features, trained by full-batch gradient descent with an L2
 * penalty: no randomness, so the same rows give the same weights on every run and machine.
 */
export interface Row {
  features: readonly string[];
  label: 0 | 1;
}

export interface TrainOptions {
  iterations?: number;
  rate?: number;
  /** L2 penalty on the weights (not the bias), per row. */
  l2?: number;
}

export interface Trained {
  bias: number;
  weights: Record<string, number>;
}

export function trainLogistic(rows: readonly Row[], options: TrainOptions = {}): Trained {
  const { iterations = 3000, rate = 0.5, l2 = 0.01 } = options;
  const names = [...new Set(rows.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((n, i) => [n, i] as const));
  const encoded = rows.map((r) => ({ ids: [...new Set(r.features)].map((f) => index.get(f)!), y: r.label }));
  const w = new Float64Array(names.length);
  let bias = 0;
  const n = Math.max(1, rows.length);
  const grad = new Float64Array(names.length);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gBias = 0;
    for (const r of encoded) {
      let z = bias;
      for (const i of r.ids) z += w[i]!;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gBias += err;
      for (const i of r.ids) grad[i]! += err;
    }
    bias -= (rate * gBias) / n;
    for (let i = 0; i < w.length; i++) w[i]! -= rate * (grad[i]! / n + l2 * w[i]!);
  }
  const weights: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) weights[names[i]!] = round(w[i]!);
  return { bias: round(bias), weights };
}

/** Four decimals: the shipped module stays small and its text stable across runs. */
const round = (x: number): number => Math.round(x * 1e4) / 1e4;
