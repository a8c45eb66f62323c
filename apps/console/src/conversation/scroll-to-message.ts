// Evidence quotes point at messages: bring the message into view, mark it briefly, move focus there.
export const messageElementId = (id: string) => `message-${id}`;

export function scrollToMessage(id: string): boolean {
  const el = document.getElementById(messageElementId(id));
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  el.focus({ preventScroll: true });
  el.setAttribute('data-flash', 'true');
  setTimeout(() => el.removeAttribute('data-flash'), 2_000);
  return true;
}
