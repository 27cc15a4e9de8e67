/** File-name-safe timestamps: 2025-03-01T09:30:00.000Z ⇄ 2025-03-01T09-30-00-000Z. */
export function toStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export const STAMP_PATTERN = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

export function fromStamp(stamp: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/.exec(stamp);
  if (!m) return undefined;
  const iso = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

/** The clock persistence reads; tests inject their own. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
