/**
 * `true` when A and B are the same type, else `false`: `const x: Same<A, B> = true` fails to
 * compile when a schema and the type it must match (the engine's vocabulary) part ways.
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** `Omit` applied to each member of a union, so the result is still told apart by its `kind`. */
export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
