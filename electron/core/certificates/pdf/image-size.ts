/**
 * The size of a PNG or JPEG as it will be drawn, from its header, so that
 * logos and signatures can be placed before pdfkit opens them. A JPEG
 * turned by its EXIF orientation (phone photos) is drawn turned by pdfkit,
 * so its width and height are swapped here as well.
 */

export interface ImageSize {
  width: number;
  height: number;
}

export type ImageFormat = 'png' | 'jpeg';

export function imageFormat(data: Uint8Array): ImageFormat | null {
  if (data.length >= 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47 && data[4] === 0x0d && data[5] === 0x0a && data[6] === 0x1a && data[7] === 0x0a) return 'png';
  if (data.length >= 4 && data[0] === 0xff && data[1] === 0xd8) return 'jpeg';
  return null;
}

export function imageSize(data: Uint8Array): ImageSize | null {
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const format = imageFormat(view);
  if (format === 'png') {
    if (view.length < 24 || view.toString('latin1', 12, 16) !== 'IHDR') return null;
    const size = { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
    return size.width > 0 && size.height > 0 ? size : null;
  }
  if (format !== 'jpeg') return null;
  let orientation = 1;
  // Walk the segments: EXIF (APP1) comes before the start-of-frame, which holds the size.
  let pos = 2;
  while (pos + 4 <= view.length) {
    if (view[pos] !== 0xff) return null;
    const marker = view[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos++;
      continue;
    }
    const length = view.readUInt16BE(pos + 2);
    if (marker === 0xe1) orientation = exifOrientation(view.subarray(pos + 4, pos + 2 + length)) ?? orientation;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      if (pos + 9 > view.length) return null;
      const width = view.readUInt16BE(pos + 7);
      const height = view.readUInt16BE(pos + 5);
      if (width === 0 || height === 0) return null;
      // Orientations 5–8 turn the picture a quarter.
      return orientation > 4 ? { width: height, height: width } : { width, height };
    }
    if (marker === 0xd9 || marker === 0xda) return null;
    pos += 2 + length;
  }
  return null;
}

/** The orientation tag (1–8) of an APP1 segment's body, if it is EXIF and has one. */
function exifOrientation(segment: Buffer): number | null {
  if (segment.length < 14 || segment.toString('latin1', 0, 6) !== 'Exif\u0000\u0000') return null;
  const tiff = segment.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  if (!little && tiff.toString('latin1', 0, 2) !== 'MM') return null;
  const read16 = (at: number) => (at + 2 <= tiff.length ? (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at)) : -1);
  const read32 = (at: number) => (at + 4 <= tiff.length ? (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at)) : -1);
  if (read16(2) !== 42) return null;
  const directory = read32(4);
  const count = read16(directory);
  for (let i = 0; i < count; i++) {
    const entry = directory + 2 + i * 12;
    if (read16(entry) === 0x0112) {
      const value = read16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}
