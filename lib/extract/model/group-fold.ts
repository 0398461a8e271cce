// Which fold a group (an incident, or a non-outage article's own id) falls in: FNV-1a of its name,
// so the same group always lands in the same fold and every article of an incident goes together.
// A seed other than 0 hashes the name after it: another draw of the same kind of split, to measure
// how much the cross-validation figures owe to one draw.
export function groupFold(group: string, folds: number, seed = 0): number {
  let h = 0x811c9dc5;
  const name = seed === 0 ? group : `${seed}\u0000${group}`;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}
