/**
 * The per-browser step of the build: manifest.json declares the side panel both ways, and
 * each browser gets only its own key, so neither warns about a key it does not know.
 * Chromium: `side_panel` and the "sidePanel" permission. Firefox: `sidebar_action`.
 */
const ONLY = {
  chromium: { drop: ['sidebar_action'], dropPermissions: [] },
  firefox: { drop: ['side_panel'], dropPermissions: ['sidePanel'] },
};

/** A copy of `manifest` for `target` ('chromium' | 'firefox'). */
export function manifestFor(target, manifest) {
  const rules = ONLY[target];
  if (!rules) throw new Error(`unknown build target ${target}`);
  const copy = structuredClone(manifest);
  for (const key of rules.drop) delete copy[key];
  if (Array.isArray(copy.permissions))
    copy.permissions = copy.permissions.filter((name) => !rules.dropPermissions.includes(name));
  return copy;
}
