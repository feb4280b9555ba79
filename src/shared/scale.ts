/** A round number at or above `value`, so scale ends read as £100k rather than £104,650. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * magnitude >= value) return step * magnitude;
  }
  return 10 * magnitude;
}

/** Percentage position of a value on a scale, clamped to the scale's ends. */
export function percentOnScale(value: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}

export type Placement = 'below' | 'within' | 'above';

export function placement(value: number, min: number, max: number): Placement {
  if (value < min) return 'below';
  if (value > max) return 'above';
  return 'within';
}
