import type { Lang, Role } from '../../sim/ids';
import { renderMsg } from '../../sim/review/render';
import type { ReviewDoc } from '../../sim/review/types';
import type { World } from '../../sim/world';
import type { ChecklistItem } from '../export/types';

/** The 改进清单 as the 复盘 generated it, rendered in one language. */
export function initialChecklist(doc: ReviewDoc, lang: Lang, world: World): ChecklistItem[] {
  return doc.actions.map((a) => ({
    id: a.id,
    text: renderMsg({ key: a.textKey, params: a.params }, lang, world).slice(0, 500),
    ownerRole: a.ownerRole,
    ...(a.sopRef !== undefined ? { sopRef: a.sopRef } : {}),
    done: a.done,
    note: a.note,
    custom: false,
  }));
}

/** Re-renders the generated items' text in another language; the learner's own items stay. */
export function relabelChecklist(
  items: readonly ChecklistItem[],
  doc: ReviewDoc,
  lang: Lang,
  world: World,
): ChecklistItem[] {
  const byId = new Map(doc.actions.map((a) => [a.id, a]));
  return items.map((item) => {
    const a = item.custom ? undefined : byId.get(item.id);
    return a
      ? { ...item, text: renderMsg({ key: a.textKey, params: a.params }, lang, world) }
      : item;
  });
}

/** Ticks or unticks an item. */
export const toggleItem = (items: readonly ChecklistItem[], id: string): ChecklistItem[] =>
  items.map((i) => (i.id === id ? { ...i, done: !i.done } : i));

/** Gives an item another owner role. */
export const setOwner = (
  items: readonly ChecklistItem[],
  id: string,
  role: Role,
): ChecklistItem[] => items.map((i) => (i.id === id ? { ...i, ownerRole: role } : i));

/** Sets an item's note (at most 2,000 characters, as history stores it). */
export const setNote = (
  items: readonly ChecklistItem[],
  id: string,
  note: string,
): ChecklistItem[] => items.map((i) => (i.id === id ? { ...i, note: note.slice(0, 2000) } : i));

/** Removes one of the learner's own items (generated items stay; untick them instead). */
export const removeItem = (items: readonly ChecklistItem[], id: string): ChecklistItem[] =>
  items.filter((i) => !(i.id === id && i.custom));

/**
 * Adds the learner's own item (text trimmed to 500 characters; blank text adds nothing). Ids are
 * `mine-<n>`, unique within the list, so history accepts them.
 */
export function addItem(
  items: readonly ChecklistItem[],
  text: string,
  ownerRole: Role,
): ChecklistItem[] {
  const clean = text.trim().slice(0, 500);
  if (clean === '' || items.length >= 200) return [...items];
  let n = items.length + 1;
  while (items.some((i) => i.id === `mine-${n}`)) n++;
  return [
    ...items,
    { id: `mine-${n}`, text: clean, ownerRole, done: false, note: '', custom: true },
  ];
}

/** How many items are ticked. */
export const doneCount = (items: readonly ChecklistItem[]) => items.filter((i) => i.done).length;
