/** The remote caret: a thin bar in the person's colour with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#4b5563';
  const caret = document.createElement('span');
  caret.className = 'pactum-caret';
  caret.setAttribute('aria-hidden', 'true');
  caret.style.cssText = `position:relative;margin-left:-1px;margin-right:-1px;border-left:2px solid ${color};word-break:normal;pointer-events:none;`;
  const label = document.createElement('span');
  label.className = 'pactum-caret-label';
  label.style.cssText = `position:absolute;top:-1.35em;left:-2px;font-size:11px;font-weight:600;line-height:1;white-space:nowrap;color:#fff;background:${color};padding:2px 4px;border-radius:3px 3px 3px 0;user-select:none;`;
  label.textContent = typeof user.name === 'string' ? user.name : 'Someone';
  caret.append(label);
  return caret;
}
