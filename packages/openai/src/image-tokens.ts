/**
 * Input tokens of an image, by OpenAI's published sizing rules, as an upper bound.
 *
 * Tile models: `detail: 'low'` costs the base tokens. Otherwise the image is scaled to fit
 * 2048x2048, then (if its shortest side is longer) to a shortest side of 768 px, and each
 * 512 px tile costs `tile` tokens on top of `base`. Patch models: the image is cut into
 * 32 px patches, at most 1536 (scaled down to fit), times the model's multiplier.
 * An image whose size is unknown (a URL or a file id) is charged the most its model
 * family can charge for one image.
 */

/** Pixel size of an image. */
export interface ImageSize {
  width: number;
  height: number;
}

type ImageRule =
  | { kind: 'tiles'; base: number; tile: number }
  | { kind: 'patches'; multiplier: number };

// First match wins. Unlisted models use the GPT-4o rule (85 + 170 per tile).
const RULES: ReadonlyArray<readonly [RegExp, ImageRule]> = [
  [/^gpt-4o-mini/, { kind: 'tiles', base: 2833, tile: 5667 }],
  [/nano/, { kind: 'patches', multiplier: 2.46 }],
  [/^o4-mini/, { kind: 'patches', multiplier: 1.72 }],
  [/^gpt-(4\.1|5(\.\d+)?)(-codex)?-mini/, { kind: 'patches', multiplier: 1.62 }],
  [/^(o1|o3)/, { kind: 'tiles', base: 75, tile: 150 }],
  [/^computer-use/, { kind: 'tiles', base: 65, tile: 129 }],
];
const DEFAULT_RULE: ImageRule = { kind: 'tiles', base: 85, tile: 170 };

const MAX_PATCHES = 1536;
const PATCH = 32;
// After fitting 2048x2048 and a 768 px shortest side, the widest image is 2048x768: 4x2 tiles.
const MAX_TILES = 8;

function ruleFor(model: string): ImageRule {
  for (const [pattern, rule] of RULES) if (pattern.test(model)) return rule;
  return DEFAULT_RULE;
}

function tileCount(size: ImageSize): number {
  let { width, height } = size;
  const fit = Math.min(1, 2048 / Math.max(width, height));
  width *= fit;
  height *= fit;
  const shortest = Math.min(width, height);
  if (shortest > 768) {
    width = (width * 768) / shortest;
    height = (height * 768) / shortest;
  }
  return Math.ceil(width / 512) * Math.ceil(height / 512);
}

function patchCount(size: ImageSize): number {
  const patches = Math.ceil(size.width / PATCH) * Math.ceil(size.height / PATCH);
  return Math.min(patches, MAX_PATCHES);
}

/**
 * Tokens an image can cost `model` (a canonical id). `detail` is the request's (`auto` and
 * absent bound as `high`); `size` is `undefined` when it cannot be read from the request.
 */
export function imageTokens(model: string, detail: unknown, size: ImageSize | undefined): number {
  const rule = ruleFor(model);
  if (rule.kind === 'patches') {
    // Patch models price by size whatever the detail; unknown size takes the cap.
    const patches = size === undefined ? MAX_PATCHES : patchCount(size);
    return Math.ceil(patches * rule.multiplier);
  }
  if (detail === 'low') return rule.base;
  const tiles = size === undefined ? MAX_TILES : Math.min(MAX_TILES, tileCount(size));
  return rule.base + rule.tile * tiles;
}

// Enough of a data URL to find the header of every format we read (JPEG's frame header
// sits after its EXIF block, usually within the first few kilobytes).
const HEADER_BASE64_CHARS = 87_384;

/** The size of an inline (`data:`) PNG, GIF, JPEG or WebP image, read from its header. */
export function dataUrlImageSize(url: unknown): ImageSize | undefined {
  if (typeof url !== 'string' || !url.startsWith('data:')) return undefined;
  const comma = url.indexOf(',');
  if (comma === -1 || !url.slice(0, comma).endsWith(';base64')) return undefined;
  const start = comma + 1;
  // Whole groups of 4 characters decode cleanly.
  const end = Math.min(url.length, start + HEADER_BASE64_CHARS);
  const bytes = Buffer.from(url.slice(start, start + Math.floor((end - start) / 4) * 4), 'base64');
  return imageSize(bytes);
}

/** Reads the pixel size from the first bytes of an image file. */
export function imageSize(bytes: Buffer): ImageSize | undefined {
  const size = readSize(bytes);
  return size !== undefined && size.width > 0 && size.height > 0 ? size : undefined;
}

function readSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47) {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 10 && bytes.toString('latin1', 0, 3) === 'GIF') {
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  if (bytes.length >= 30 && bytes.toString('latin1', 0, 4) === 'RIFF') return webpSize(bytes);
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes);
  return undefined;
}

function webpSize(bytes: Buffer): ImageSize | undefined {
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8X') {
    return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
  }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8 ') {
    return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
  }
  return undefined;
}

function jpegSize(bytes: Buffer): ImageSize | undefined {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] as number;
    // Start-of-frame markers (baseline, progressive, ...) carry the size; C4, C8, CC do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(offset + 5), width: bytes.readUInt16BE(offset + 7) };
    }
    offset += 2 + bytes.readUInt16BE(offset + 2);
  }
  return undefined;
}
