import type { LitElement } from 'lit';

/**
 * A property assigned before the element was defined sits on the instance and hides the class
 * accessor, so Lit never sees it. Re-assigning it through the accessor hands it to Lit.
 */
export function upgradeEarlyProperties(element: LitElement): void {
  const properties = (element.constructor as typeof LitElement).elementProperties;
  const record = element as unknown as Record<string, unknown>;
  for (const name of properties.keys()) {
    if (typeof name === 'string' && Object.prototype.hasOwnProperty.call(element, name)) {
      const value = record[name];
      delete record[name];
      record[name] = value;
    }
  }
}
