import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/** A tab strip; the active tab's content is rendered by the caller. */
export function Tabs<K extends string>(props: {
  tabs: readonly { id: K; label: string; badge?: number }[];
  active: K;
  onChange: (id: K) => void;
  testid: string;
}) {
  return (
    <div class="st-tabs" role="tablist">
      {props.tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          aria-selected={tab.id === props.active}
          class={tab.id === props.active ? 'st-tab st-tab-on' : 'st-tab'}
          data-testid={`${props.testid}-${tab.id}`}
          onClick={() => props.onChange(tab.id)}
        >
          {tab.label}
          {tab.badge ? <span class="st-count">{tab.badge}</span> : null}
        </button>
      ))}
    </div>
  );
}

export function Badge(props: {
  tone?: 'red' | 'amber' | 'green' | 'blue' | 'grey';
  children: ComponentChildren;
  title?: string;
}) {
  return (
    <span class={`st-badge st-${props.tone ?? 'grey'}`} title={props.title}>
      {props.children}
    </span>
  );
}

/** A 0..1 quality bar. */
export function Bar(props: { value: number; title?: string }) {
  const v = Math.max(0, Math.min(1, props.value));
  const tone = v >= 0.75 ? 'green' : v >= 0.5 ? 'amber' : 'red';
  return (
    <span class="st-bar" title={props.title ?? `${Math.round(v * 100)}%`}>
      <span class={`st-bar-fill st-${tone}`} style={{ width: `${v * 100}%` }} />
    </span>
  );
}

/** A number field that keeps its own draft until the player submits. */
export function useNumber(initial: number) {
  const [value, setValue] = useState(String(initial));
  return {
    value,
    set: setValue,
    num: () => Number(value),
    valid: () => value.trim() !== '' && Number.isFinite(Number(value)),
  };
}

export function NumberField(props: {
  value: string;
  onInput: (v: string) => void;
  testid: string;
  label?: string;
  step?: number;
  min?: number;
  max?: number;
  width?: number;
}) {
  return (
    <input
      class="st-num"
      type="number"
      inputMode="decimal"
      aria-label={props.label}
      title={props.label}
      data-testid={props.testid}
      value={props.value}
      step={props.step ?? 1}
      min={props.min}
      max={props.max}
      style={props.width ? { width: `${props.width}px` } : undefined}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
}

export function Select<K extends string>(props: {
  value: K;
  options: readonly { id: K; label: string }[];
  onChange: (v: K) => void;
  testid: string;
  label?: string;
}) {
  return (
    <select
      class="st-select"
      aria-label={props.label}
      data-testid={props.testid}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value as K)}
    >
      {props.options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function Section(props: {
  title: string;
  right?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="st-section">
      <header class="st-section-head">
        <h3>{props.title}</h3>
        {props.right}
      </header>
      {props.children}
    </section>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="st-empty">{props.children}</p>;
}
