import { describe, expect, test } from 'vitest';
import { createBudget } from '../budget.js';
import { UnmeteredEndpointError } from '../errors.js';
import { guardTransports, type UnmeteredTransports } from './transport-doors.js';

/** A client shaped like a generated SDK: its request build calls the door before any await. */
class Client {
  urls: string[] = [];
  buildURL(path: string): string {
    this.urls.push(path);
    return `http://127.0.0.1${path}`;
  }
  async buildRequest(path: string): Promise<string> {
    const url = this.buildURL(path);
    await Promise.resolve();
    return url;
  }
  /** A request build whose override calls the base one (nesting). */
  async buildNested(path: string): Promise<string> {
    return this.buildRequest(path);
  }
  /** A method of the HTTP path that calls the door only after an await. */
  async buildLate(path: string): Promise<string> {
    await Promise.resolve();
    return this.buildURL(path);
  }
  headersForSocket(): Record<string, string> {
    return { authorization: 'Bearer test' };
  }
}

const transports: UnmeteredTransports = {
  transport: 'WebSocket',
  advice: 'Use the HTTP transport.',
  doors: [
    { method: 'buildURL', passesInside: ['buildRequest', 'buildNested', 'missingWindow'] },
    { method: 'headersForSocket', passesInside: [] },
    { method: 'missingDoor', passesInside: ['buildRequest'] },
  ],
};

let id = 0;
const budgetOf = (enforce = true) => createBudget({ id: `doors-${++id}`, limitUsd: '1', enforce });

describe('guardTransports', () => {
  test('a door called outside the request build is refused, naming the budget and the advice', () => {
    const budget = budgetOf();
    const client = new Client();
    guardTransports(client, budget, 'refuse', transports);
    let error: unknown;
    try {
      client.buildURL('/responses');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnmeteredEndpointError);
    expect(error).toMatchObject({ code: 'UNMETERED_ENDPOINT', endpoint: 'WebSocket' });
    expect((error as Error).message).toBe(
      `A WebSocket session was opened on a client metered by budget "${budget.id}", so it is refused: Tollgate meters HTTP requests and cannot hold, refuse or charge what a WebSocket session spends. Use the HTTP transport.`,
    );
    expect(() => client.headersForSocket()).toThrow(UnmeteredEndpointError);
    expect(client.urls).toEqual([]);
  });

  test('the same door passes inside the synchronous start of a request build, nested or not', async () => {
    const client = new Client();
    guardTransports(client, budgetOf(), 'refuse', transports);
    await expect(client.buildRequest('/chat/completions')).resolves.toContain('/chat');
    await expect(client.buildNested('/embeddings')).resolves.toContain('/embeddings');
    // The count is back to zero once the build's synchronous start returned.
    expect(() => client.buildURL('/responses')).toThrow(UnmeteredEndpointError);
    // A door reached after the build's first await is outside it.
    await expect(client.buildLate('/responses')).rejects.toThrow(UnmeteredEndpointError);
  });

  test('a build that throws leaves the count at zero', () => {
    const client = new Client();
    const failing = Object.assign(client, {
      buildRequest(): never {
        throw new TypeError('bad options');
      },
    });
    guardTransports(failing, budgetOf(), 'refuse', transports);
    expect(() => failing.buildRequest()).toThrow(TypeError);
    expect(() => failing.buildURL('/responses')).toThrow(UnmeteredEndpointError);
  });

  test("nothing is guarded with unmetered: 'allow', no transports, or a budget that does not enforce", () => {
    for (const [unmetered, given, budget] of [
      ['allow', transports, budgetOf()],
      ['refuse', undefined, budgetOf()],
      ['refuse', transports, budgetOf(false)],
    ] as const) {
      const client = new Client();
      guardTransports(client, budget, unmetered, given);
      expect(client.buildURL('/responses')).toBe('http://127.0.0.1/responses');
      expect(client.headersForSocket()).toEqual({ authorization: 'Bearer test' });
    }
  });

  test('the doors of one client do not see the builds of another', () => {
    const second = new Client();
    const first = Object.assign(new Client(), {
      buildRequest: (path: string) => second.buildURL(path),
    });
    guardTransports(first, budgetOf(), 'refuse', transports);
    guardTransports(second, budgetOf(), 'refuse', transports);
    expect(() => first.buildRequest('/responses')).toThrow(UnmeteredEndpointError);
  });
});
