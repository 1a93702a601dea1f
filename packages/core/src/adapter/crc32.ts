/** The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) lookup table, one entry per byte. */
const table = (() => {
  const entries = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte += 1) {
    let value = byte;
    for (let bit = 0; bit < 8; bit += 1)
      value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    entries[byte] = value >>> 0;
  }
  return entries;
})();

/**
 * The CRC-32 of `bytes`, as an unsigned 32-bit integer: the checksum AWS event-stream
 * messages carry for their prelude and for the whole message.
 */
export function crc32(bytes: Uint8Array): number {
  let value = 0xffffffff;
  for (let index = 0; index < bytes.length; index += 1) {
    value = (table[(value ^ (bytes[index] as number)) & 0xff] as number) ^ (value >>> 8);
  }
  return (value ^ 0xffffffff) >>> 0;
}
