import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reachedPath } from './reached-path.js';

describe('reachedPath', () => {
  it.each([
    ['/v1/messages', '/v1/messages'],
    ['/v1/messages?beta=true', '/v1/messages'],
    ['/v1/messages/count_tokens/..', '/v1/messages'],
    ['/v1/./messages/', '/v1/messages'],
    ['/v1/messages/?beta=true', '/v1/messages'],
    ['/v1//messages', '/v1/messages'],
    ['/v1/organizations%2F..%2F..%2Fv1%2Fmessages', '/v1/messages'],
    ['/v1/%6Dessages', '/v1/messages'],
    ['v1/organizations/../messages', '/v1/messages'],
    ['/organization/../chat/completions', '/chat/completions'],
    ['/organization\\..\\chat/completions', '/chat/completions'],
    ['/organization/.\t./chat/completions', '/chat/completions'],
    ['/chat/completions#fragment', '/chat/completions'],
    ['/%zz/../chat/completions', '/chat/completions'],
  ])('%s reaches %s', (path, reached) => {
    expect(reachedPath(path)).toBe(reached);
  });

  it.each([
    '/../chat/completions',
    '/organization/../../chat/completions',
    'https://api.openai.com/v1/chat/completions',
  ])('%s reaches nothing below the base URL', (path) => {
    expect(reachedPath(path)).toBeUndefined();
  });

  it('reaches a path with no dot segment, repeated slash or trailing slash, whatever it was written as', () => {
    const segment = fc.constantFrom('.', '..', 'v1', 'messages', '%2e', '%2F', '', 'a.b', '%6D');
    const separator = fc.constantFrom('/', '\\', '//');
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, segment), { maxLength: 8 }), (parts) => {
        const reached = reachedPath(parts.map(([slash, part]) => slash + part).join(''));
        if (reached === undefined) return;
        expect(reached.startsWith('/')).toBe(true);
        expect(reached).not.toMatch(/\/\/|(^|\/)\.\.?(\/|$)|%2e|%2f/i);
        if (reached !== '/') expect(reached.endsWith('/')).toBe(false);
      }),
    );
  });

  it('answers a path already in its reached form with itself', () => {
    const name = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 6 }), (names) => {
        const path = `/${names.join('/')}`;
        expect(reachedPath(path)).toBe(path);
        expect(reachedPath(`${path}?query=1.5`)).toBe(path);
      }),
    );
  });
});
