import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties through the CSSOM. Lit's styleMap writes a `style` attribute on
 * first render, which a Content-Security-Policy without 'unsafe-inline' styles blocks; CSSOM
 * writes are allowed.
 */
class CssVarsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars belongs in an element position: <div ${cssVars({...})}>');
  }

  render(_vars: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
