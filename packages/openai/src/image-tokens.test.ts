import { describe, expect, test } from 'vitest';
import { dataUrlImageSize, imageSize, imageTokens } from './image-tokens.js';

function png(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(24);
  bytes.writeUInt32BE(0x89504e47, 0);
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

function gif(width: number, height: number): Buffer {
  const bytes = Buffer.alloc(10);
  bytes.write('GIF89a', 0, 'latin1');
  bytes.writeUInt16LE(width, 6);
  bytes.writeUInt16LE(height, 8);
  return bytes;
}

function jpeg(width: number, height: number): Buffer {
  // SOI, an APP0 segment to skip, then a baseline SOF0 with the size.
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46]);
  const sof = Buffer.alloc(12);
  sof.writeUInt16BE(0xffc0, 0);
  sof.writeUInt16BE(11, 2);
  sof[4] = 8;
  sof.writeUInt16BE(height, 5);
  sof.writeUInt16BE(width, 7);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

function webp(chunk: 'VP8X' | 'VP8L' | 'VP8 ', width: number, height: number): Buffer {
  const bytes = Buffer.alloc(30);
  bytes.write('RIFF', 0, 'latin1');
  bytes.write('WEBP', 8, 'latin1');
  bytes.write(chunk, 12, 'latin1');
  if (chunk === 'VP8X') {
    bytes.writeUIntLE(width - 1, 24, 3);
    bytes.writeUIntLE(height - 1, 27, 3);
  } else if (chunk === 'VP8L') {
    bytes.writeUInt32LE((width - 1) | ((height - 1) << 14), 21);
  } else {
    bytes.writeUInt16LE(width, 26);
    bytes.writeUInt16LE(height, 28);
  }
  return bytes;
}

const dataUrl = (bytes: Buffer, type = 'image/png') =>
  `data:${type};base64,${bytes.toString('base64')}`;

describe('imageTokens', () => {
  test('tile models: low detail is the base; high scales to 2048 then 768 and counts 512 px tiles', () => {
    expect(imageTokens('gpt-4o', 'low', { width: 4096, height: 4096 })).toBe(85);
    // 1024x1024 -> 768x768 -> 2x2 tiles.
    expect(imageTokens('gpt-4o', 'high', { width: 1024, height: 1024 })).toBe(85 + 170 * 4);
    // 2048x4096 -> 1024x2048 -> 768x1536 -> 2x3 tiles.
    expect(imageTokens('gpt-4o', 'auto', { width: 2048, height: 4096 })).toBe(85 + 170 * 6);
    expect(imageTokens('gpt-4o', undefined, { width: 500, height: 500 })).toBe(85 + 170);
    // Unknown size: the widest image (2048x768) gives 8 tiles.
    expect(imageTokens('gpt-4o', 'high', undefined)).toBe(85 + 170 * 8);
    expect(imageTokens('gpt-4o-mini', 'high', undefined)).toBe(2833 + 5667 * 8);
    expect(imageTokens('o3', 'low', undefined)).toBe(75);
    expect(imageTokens('computer-use-preview', 'high', { width: 512, height: 512 })).toBe(65 + 129);
  });

  test('patch models: 32 px patches, at most 1536, times the multiplier, whatever the detail', () => {
    expect(imageTokens('gpt-4.1-mini', 'low', { width: 64, height: 64 })).toBe(Math.ceil(4 * 1.62));
    expect(imageTokens('gpt-4.1-nano', 'high', undefined)).toBe(Math.ceil(1536 * 2.46));
    expect(imageTokens('o4-mini', 'high', { width: 4000, height: 4000 })).toBe(
      Math.ceil(1536 * 1.72),
    );
    expect(imageTokens('gpt-5-mini', 'high', { width: 33, height: 32 })).toBe(Math.ceil(2 * 1.62));
  });
});

describe('image sizes from headers', () => {
  test('PNG, GIF, JPEG and the three WebP flavours', () => {
    expect(imageSize(png(640, 480))).toEqual({ width: 640, height: 480 });
    expect(imageSize(gif(32, 16))).toEqual({ width: 32, height: 16 });
    expect(imageSize(jpeg(1200, 800))).toEqual({ width: 1200, height: 800 });
    expect(imageSize(webp('VP8X', 300, 200))).toEqual({ width: 300, height: 200 });
    expect(imageSize(webp('VP8L', 300, 200))).toEqual({ width: 300, height: 200 });
    expect(imageSize(webp('VP8 ', 300, 200))).toEqual({ width: 300, height: 200 });
  });

  test('unreadable or empty images have no size', () => {
    expect(imageSize(Buffer.from('not an image'))).toBeUndefined();
    expect(imageSize(png(0, 10))).toBeUndefined();
    const badWebp = webp('VP8X', 1, 1);
    badWebp.write('ABCD', 12, 'latin1');
    expect(imageSize(badWebp)).toBeUndefined();
    // A JPEG whose segments break off before any frame header.
    expect(
      imageSize(Buffer.from([0xff, 0xd8, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0])),
    ).toBeUndefined();
    expect(imageSize(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0, 0]))).toBeUndefined();
  });

  test('data URLs only, base64 only', () => {
    expect(dataUrlImageSize(dataUrl(png(10, 20)))).toEqual({ width: 10, height: 20 });
    expect(dataUrlImageSize(dataUrl(jpeg(7, 9), 'image/jpeg'))).toEqual({ width: 7, height: 9 });
    expect(dataUrlImageSize('https://example.com/cat.png')).toBeUndefined();
    expect(dataUrlImageSize('data:image/png,raw')).toBeUndefined();
    expect(dataUrlImageSize('data:image/png;base64')).toBeUndefined();
    expect(dataUrlImageSize(42)).toBeUndefined();
  });
});
