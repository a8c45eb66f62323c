/** Where to go after signing in: only a path of this console, never another origin. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/sign-in')) return '/conversations';
  return next;
}
