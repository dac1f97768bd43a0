import { deflateSync, inflateSync } from 'node:zlib';
import { imageFormat, imageSize, type ImageSize } from './image-size';

/**
 * Logos and signatures, checked and prepared once per batch.
 *
 * pdfkit decodes a PNG again for every document: inflating it, splitting
 * off its transparency and deflating both again, which for a ZIP of one
 * PDF per participant costs more than drawing the certificate. It also
 * does so asynchronously, and a corrupt PNG then throws where nothing can
 * catch it (inside png-js's inflate callback), which would take the whole
 * app down. So a PNG is decoded here, synchronously (a broken file is an
 * ordinary error before anything is drawn), into streams ready to write
 * into any number of documents. JPEGs go to pdfkit as they are: it only
 * copies their bytes. Interlaced PNGs, rare for logos, also go to pdfkit,
 * once their data is known to inflate.
 */

export type PreparedImage =
  | { kind: 'streams'; size: ImageSize; colorSpace: 'DeviceGray' | 'DeviceRGB'; color: Buffer; alpha: Buffer | null }
  | { kind: 'pdfkit'; size: ImageSize; data: Buffer };

export class ImageError extends Error {
  override readonly name = 'ImageError';
}

/** Larger images are refused: ~100 MB of pixels for a logo is a mistake, and would stall the batch. */
const MAX_PIXELS = 25_000_000;

const prepared = new WeakMap<Buffer, PreparedImage>();

/** The image ready to embed (remembered per buffer), or an ImageError saying what is wrong. */
export function prepareImage(data: Buffer): PreparedImage {
  let image = prepared.get(data);
  if (!image) {
    image = prepare(data);
    prepared.set(data, image);
  }
  return image;
}

function prepare(data: Buffer): PreparedImage {
  const format = imageFormat(data);
  const size = imageSize(data);
  if (!format || !size) throw new ImageError('not a PNG or JPEG image');
  if (size.width * size.height > MAX_PIXELS) throw new ImageError(`too large (${size.width}×${size.height} pixels)`);
  if (format === 'jpeg') return { kind: 'pdfkit', size, data };
  return decodePng(data, size);
}

interface PngChunks {
  header: { width: number; height: number; bitDepth: number; colorType: number; interlaced: boolean };
  palette: Buffer | null;
  transparency: Buffer | null;
  data: Buffer;
}

function readChunks(png: Buffer): PngChunks {
  let pos = 8;
  let header: PngChunks['header'] | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const data: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (body.length !== length) throw new ImageError('a damaged PNG (cut short)');
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), bitDepth: body[8] ?? 0, colorType: body[9] ?? 0, interlaced: body[12] === 1 };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  if (!header || data.length === 0) throw new ImageError('a damaged PNG (no image data)');
  return { header, palette, transparency, data: Buffer.concat(data) };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function decodePng(png: Buffer, size: ImageSize): PreparedImage {
  const { header, palette, transparency, data } = readChunks(png);
  const channels = CHANNELS[header.colorType];
  const { width, height, bitDepth } = header;
  const validDepth = header.colorType === 3 ? [1, 2, 4, 8].includes(bitDepth) : header.colorType === 0 ? [1, 2, 4, 8, 16].includes(bitDepth) : [8, 16].includes(bitDepth);
  if (channels === undefined || !validDepth) throw new ImageError('a PNG of an unknown kind');
  if (header.colorType === 3 && !palette) throw new ImageError('a damaged PNG (no palette)');
  let raw: Buffer;
  try {
    raw = inflateSync(data);
  } catch {
    throw new ImageError('a damaged PNG (its data cannot be read)');
  }
  if (header.interlaced) return { kind: 'pdfkit', size, data: png };

  const bytesPerPixel = Math.max(1, (channels * bitDepth) / 8);
  const rowBytes = Math.ceil((width * channels * bitDepth) / 8);
  if (raw.length < height * (rowBytes + 1)) throw new ImageError('a damaged PNG (too little data)');
  const rows = unfilter(raw, height, rowBytes, bytesPerPixel);

  // To 8-bit grey or RGB, plus an alpha channel when anything is transparent.
  const isGrey = header.colorType === 0 || header.colorType === 4;
  const colorChannels = isGrey ? 1 : 3;
  const color = Buffer.alloc(width * height * colorChannels);
  const alpha = Buffer.alloc(width * height, 255);
  // The index-th sample of a row at the image's bit depth, and the same as 0–255 (16 bits: high byte; 1–4 bits: spread).
  const perByte = 8 / bitDepth;
  const value = (row: number, index: number): number => {
    const offset = row * rowBytes;
    if (bitDepth === 8) return rows[offset + index] ?? 0;
    if (bitDepth === 16) return ((rows[offset + index * 2] ?? 0) << 8) | (rows[offset + index * 2 + 1] ?? 0);
    const byte = rows[offset + Math.floor(index / perByte)] ?? 0;
    return (byte >> (8 - bitDepth * ((index % perByte) + 1))) & ((1 << bitDepth) - 1);
  };
  const maxValue = (1 << bitDepth) - 1;
  const sample = (row: number, index: number): number => {
    const v = value(row, index);
    return bitDepth === 8 ? v : bitDepth === 16 ? v >> 8 : Math.round((v * 255) / maxValue);
  };
  let transparent = false;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const pixel = y * width + x;
      let a = 255;
      switch (header.colorType) {
        case 0:
          color[pixel] = sample(y, x);
          if (transparency && transparency.length >= 2 && value(y, x) === transparency.readUInt16BE(0)) a = 0;
          break;
        case 2:
          for (let c = 0; c < 3; c++) color[pixel * 3 + c] = sample(y, x * 3 + c);
          if (transparency && transparency.length >= 6 && [0, 1, 2].every((c) => value(y, x * 3 + c) === transparency.readUInt16BE(c * 2))) a = 0;
          break;
        case 3: {
          const entry = value(y, x);
          for (let c = 0; c < 3; c++) color[pixel * 3 + c] = palette?.[entry * 3 + c] ?? 0;
          a = transparency?.[entry] ?? 255;
          break;
        }
        case 4:
          color[pixel] = sample(y, x * 2);
          a = sample(y, x * 2 + 1);
          break;
        case 6:
          for (let c = 0; c < 3; c++) color[pixel * 3 + c] = sample(y, x * 4 + c);
          a = sample(y, x * 4 + 3);
          break;
      }
      alpha[pixel] = a;
      if (a !== 255) transparent = true;
    }
  }
  return { kind: 'streams', size, colorSpace: isGrey ? 'DeviceGray' : 'DeviceRGB', color: deflateSync(color), alpha: transparent ? deflateSync(alpha) : null };
}

/** Undoes PNG's per-row filters (none, sub, up, average, Paeth). */
function unfilter(raw: Buffer, height: number, rowBytes: number, bytesPerPixel: number): Uint8Array {
  const out = new Uint8Array(height * rowBytes);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    const from = y * (rowBytes + 1) + 1;
    const at = y * rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const value = raw[from + i] ?? 0;
      const left = i >= bytesPerPixel ? (out[at + i - bytesPerPixel] ?? 0) : 0;
      const up = y > 0 ? (out[at - rowBytes + i] ?? 0) : 0;
      const upLeft = y > 0 && i >= bytesPerPixel ? (out[at - rowBytes + i - bytesPerPixel] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new ImageError('a damaged PNG (unknown row filter)');
      out[at + i] = (value + predicted) & 255;
    }
  }
  return out;
}
