import { useState } from 'preact/hooks';
import { LOCALES } from '../../i18n';
import { ROLES, type Role } from '../../sim/ids';
import type { World } from '../../sim/world';
import type { ChecklistItem } from '../export/types';
import { sopTitle } from '../export/text';
import { useT } from '../i18n';
import { addItem, doneCount, removeItem, setNote, setOwner, toggleItem } from './checklist-model';

interface ChecklistProps {
  items: ChecklistItem[];
  world: World;
  /**
   * Applies an edit to the list as it is now (not as this render saw it): two quick edits in a
   * row — a note, then another item's owner — must both stay.
   */
  onChange: (edit: (items: readonly ChecklistItem[]) => ChecklistItem[]) => void;
  /** 'saving' | 'saved' | an error text | null. */
  status: string | null;
}

function OwnerSelect({ value, onChange }: { value: Role; onChange: (role: Role) => void }) {
  const { t, lang } = useT();
  const roles = LOCALES[lang].roles;
  return (
    <select
      class="dbf-select"
      aria-label={t('debrief.checklist.owner')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Role)}
    >
      {ROLES.map((r) => (
        <option key={r} value={r}>
          {roles[r]}
        </option>
      ))}
    </select>
  );
}

/** The 改进清单: tick items, pick the owner role, write notes, add your own items. */
export function Checklist({ items, world, onChange, status }: ChecklistProps) {
  const { t, lang } = useT();
  const [draft, setDraft] = useState('');
  const [draftOwner, setDraftOwner] = useState<Role>(world.scenario.focusRole);
  const add = () => {
    if (draft.trim() === '') return;
    onChange((now) => addItem(now, draft, draftOwner));
    setDraft('');
  };
  return (
    <section class="dbf-card" id="dbf-checklist">
      <h2>
        {t('debrief.checklist.heading')}
        <span class="dbf-count">
          {t('debrief.checklist.progress', { done: doneCount(items), total: items.length })}
        </span>
        {status && <span class="dbf-save">{status}</span>}
      </h2>
      <p class="dbf-muted">{t('debrief.checklist.intro')}</p>
      {items.length === 0 && <p class="dbf-muted">{t('debrief.checklist.empty')}</p>}
      <ul class="dbf-checklist">
        {items.map((item) => (
          <li key={item.id} class={item.done ? 'is-done' : ''} data-testid="checklist-item">
            <label class="dbf-check">
              <input
                type="checkbox"
                checked={item.done}
                onChange={() => onChange((now) => toggleItem(now, item.id))}
              />
              <span class="dbf-check__text">{item.text}</span>
            </label>
            <div class="dbf-check__meta">
              {item.sopRef !== undefined && (
                <span class="dbf-tag">
                  {t('debrief.checklist.sop', { sop: sopTitle(item.sopRef, lang, world) })}
                </span>
              )}
              {item.custom && (
                <span class="dbf-tag dbf-tag--mine">{t('debrief.checklist.mine')}</span>
              )}
              <OwnerSelect
                value={item.ownerRole}
                onChange={(r) => onChange((now) => setOwner(now, item.id, r))}
              />
              <input
                class="dbf-note"
                type="text"
                maxLength={2000}
                aria-label={t('debrief.checklist.note')}
                placeholder={t('debrief.checklist.notePlaceholder')}
                value={item.note}
                // Every keystroke, not on blur: a note typed just before leaving is kept.
                onInput={(e) => {
                  const note = e.currentTarget.value;
                  onChange((now) => setNote(now, item.id, note));
                }}
              />
              {item.custom && (
                <button
                  type="button"
                  class="dbf-link"
                  onClick={() => onChange((now) => removeItem(now, item.id))}
                >
                  {t('debrief.checklist.remove')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <form
        class="dbf-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          type="text"
          maxLength={500}
          value={draft}
          placeholder={t('debrief.checklist.addPlaceholder')}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <OwnerSelect value={draftOwner} onChange={setDraftOwner} />
        <button type="submit" disabled={draft.trim() === ''}>
          {t('debrief.checklist.add')}
        </button>
      </form>
    </section>
  );
}
