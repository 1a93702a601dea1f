import { describe, expect, it } from 'vitest';
import { answerFromRead, answerFromStream, readBody } from './answered-response.js';

const jsonHeaders = { 'content-type': 'application/json' };

function answered(text: string): Response {
  const response = new Response(text, { headers: jsonHeaders });
  answerFromRead(response, readBody(response));
  return response;
}

describe('answerFromRead', () => {
  it('answers every body method of the same response from the one read, as often as asked', async () => {
    const response = answered('{"usage":{"total":3},"text":"é"}');
    expect(await response.json()).toEqual({ usage: { total: 3 }, text: 'é' });
    expect(await response.json()).toEqual({ usage: { total: 3 }, text: 'é' });
    expect(await response.text()).toBe('{"usage":{"total":3},"text":"é"}');
    const bytes = new TextEncoder().encode('{"usage":{"total":3},"text":"é"}');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
    const blob = await response.blob();
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"usage":{"total":3},"text":"é"}');
    const own = await (response as unknown as { bytes(): Promise<Uint8Array> }).bytes();
    own[0] = 0;
    expect(await response.text()).toBe('{"usage":{"total":3},"text":"é"}');
  });

  it('serves the body as a stream to a caller who reads it so, the same stream each time', async () => {
    const response = answered('{"a":1}');
    expect(response.body).toBe(response.body);
    expect(await new Response(response.body).text()).toBe('{"a":1}');
    const broken = new Response(
      new ReadableStream({ pull: (controller) => controller.error(new Error('cut')) }),
    );
    answerFromRead(broken, readBody(broken));
    await expect(new Response(broken.body).text()).rejects.toThrow('cut');
  });

  it('serves its body as a byte stream, as fetch does: a BYOB reader reads it into its own buffer', async () => {
    const text = '{"usage":{"total":3},"text":"é"}';
    const expected = new TextEncoder().encode(text);
    const response = answered(text);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader({ mode: 'byob' });
    const received: number[] = [];
    for (;;) {
      const { done, value } = await reader.read(new Uint8Array(8));
      if (done) break;
      expect(value.byteLength).toBeLessThanOrEqual(8);
      received.push(...value);
    }
    expect(new Uint8Array(received)).toEqual(expected);
    // A copy's body is a byte stream too, and a default reader still reads it whole.
    const copy = answered(text).clone();
    const copyReader = (copy.body as ReadableStream<Uint8Array>).getReader({ mode: 'byob' });
    expect((await copyReader.read(new Uint8Array(64))).value).toEqual(expected);
    expect(await answered(text).clone().text()).toBe(text);
  });

  it('clones as a Response would, each copy answering from the same read', async () => {
    const response = answered('{"a":1}');
    const copy = response.clone();
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-type')).toBe('application/json');
    expect(await copy.json()).toEqual({ a: 1 });
    expect(await response.json()).toEqual({ a: 1 });
    const broken = new Response(
      new ReadableStream({ pull: (controller) => controller.error(new Error('cut')) }),
    );
    answerFromRead(broken, readBody(broken));
    await expect(broken.clone().text()).rejects.toThrow('cut');
  });

  it('rejects json() as Response.json() does when the body is not JSON, and every method when the read broke', async () => {
    await expect(answered('not json').json()).rejects.toBeInstanceOf(SyntaxError);
    expect(await answered('not json').text()).toBe('not json');
    const broken = new Response(
      new ReadableStream({ pull: (controller) => controller.error(new Error('cut')) }),
    );
    answerFromRead(broken, readBody(broken));
    await expect(broken.json()).rejects.toThrow('cut');
    await expect(broken.blob()).rejects.toThrow('cut');
  });
});

describe('answerFromStream', () => {
  it('serves the given body, and reads every body method through it', async () => {
    const make = () => {
      const response = new Response('{"raw":true}', { headers: jsonHeaders });
      answerFromStream(response, new Response('{"watched":true}').body as ReadableStream);
      return response;
    };
    expect(await make().json()).toEqual({ watched: true });
    expect(await make().text()).toBe('{"watched":true}');
    expect(new TextDecoder().decode(await make().arrayBuffer())).toBe('{"watched":true}');
    const bytes = await (make() as unknown as { bytes(): Promise<Uint8Array> }).bytes();
    expect(new TextDecoder().decode(bytes)).toBe('{"watched":true}');
    expect(await (await make().blob()).text()).toBe('{"watched":true}');
    expect(await new Response(make().body).text()).toBe('{"watched":true}');
    const original = make();
    const copy = original.clone();
    expect(copy.headers.get('content-type')).toBe('application/json');
    expect(await copy.text()).toBe('{"watched":true}');
    expect(await original.json()).toEqual({ watched: true });
  });
});
