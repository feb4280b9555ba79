import type { RoleFacts as Role } from '../catalogue/schema.js';

/** A round number at or above `value`, so scale ends read as £100k rather than £104,650. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** The highest figure a band draws: its max, or its 90th percentile whisker beyond it. */
export function highestDrawn(band: { max: number; p90?: number }): number {
  return Math.max(band.max, band.p90 ?? 0);
}

/**
 * The top of one pay scale for several roles in a region: their highest figure plus a margin,
 * rounded up. Bands drawn on it can be compared by eye, as the same length means the same pay.
 */
export function sharedScaleMax(roles: readonly Role[], region: string): number {
  return niceCeiling(Math.max(0, ...roles.map((role) => (role.salary[region] ? highestDrawn(role.salary[region]) : 0))) * 1.05);
}

/** Percentage position of a value on a scale, clamped to the scale's ends. */
export function percentOnScale(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}

export type Placement = 'below' | 'overlaps-bottom' | 'within' | 'overlaps-top' | 'above' | 'spans';

/** Where a figure, or a range from `low` to `high`, falls against the band from `min` to `max`. */
export function placement(low: number, high: number, min: number, max: number): Placement {
  if (high < min) return 'below';
  if (low > max) return 'above';
  if (low < min && high > max) return 'spans';
  if (low < min) return 'overlaps-bottom';
  if (high > max) return 'overlaps-top';
  return 'within';
}
