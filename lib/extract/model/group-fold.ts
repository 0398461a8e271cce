// Which fold a group (an incident, or a non-outage article's own id) falls in: FNV-1a of its name,
// so the same group always lands in the same fold and every article of an incident goes together.
export function groupFold(group: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}
