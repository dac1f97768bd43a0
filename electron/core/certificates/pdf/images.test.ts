import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeJpegDataUrl } from '../../cv/pdf/render-cv-pdf';
import { PHOTO_DATA_URL } from '../../cv/pdf/test-cvs';
import { imageSize } from './image-size';
import { ImageError, prepareImage } from './images';
import { testPng } from './test-certificates';
import { letterPairWords } from './warm-up';

/** A PNG of any colour type and bit depth from raw (unfiltered) rows, each row sent through filter `row % 5`. */
function png(options: { width: number; height: number; colorType: number; bitDepth: number; rows: number[][]; palette?: number[]; transparency?: number[]; interlaced?: boolean }): Buffer {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[options.colorType] ?? 1;
  const bpp = Math.max(1, (channels * options.bitDepth) / 8);
  const filtered: number[] = [];
  let previous: number[] = [];
  options.rows.forEach((row, y) => {
    const filter = y % 5;
    filtered.push(filter);
    row.forEach((value, i) => {
      const left = i >= bpp ? (row[i - bpp] ?? 0) : 0;
      const up = previous[i] ?? 0;
      const upLeft = i >= bpp ? (previous[i - bpp] ?? 0) : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const predicted = [0, left, up, (left + up) >> 1, paeth][filter] ?? 0;
      filtered.push((value - predicted) & 255);
    });
    previous = row;
  });
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(data.length + 12);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(options.width, 0);
  header.writeUInt32BE(options.height, 4);
  header.set([options.bitDepth, options.colorType, 0, 0, options.interlaced ? 1 : 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    ...(options.palette ? [chunk('PLTE', Buffer.from(options.palette))] : []),
    ...(options.transparency ? [chunk('tRNS', Buffer.from(options.transparency))] : []),
    chunk('IDAT', deflateSync(Buffer.from(filtered))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function decoded(data: Buffer) {
  const image = prepareImage(data);
  if (image.kind !== 'streams') throw new Error('expected decoded streams');
  return { colorSpace: image.colorSpace, color: [...inflateSync(image.color)], alpha: image.alpha ? [...inflateSync(image.alpha)] : null };
}

describe('prepareImage', () => {
  it('decodes RGBA through every row filter, keeping the transparency apart', () => {
    const rows = Array.from({ length: 5 }, (_, y) => Array.from({ length: 3 }, (_, x) => [x * 80, y * 50, 200 - x * 10, x === 1 ? 0 : 255]).flat());
    const image = decoded(png({ width: 3, height: 5, colorType: 6, bitDepth: 8, rows }));
    expect(image.colorSpace).toBe('DeviceRGB');
    expect(image.color).toEqual(rows.flatMap((row) => row.filter((_, i) => i % 4 !== 3)));
    expect(image.alpha).toEqual(rows.flatMap((row) => row.filter((_, i) => i % 4 === 3)));
  });

  it('leaves out the mask of an opaque image, and reads grey, 16-bit and grey-alpha images', () => {
    expect(decoded(png({ width: 2, height: 2, colorType: 2, bitDepth: 8, rows: [[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]] }))).toEqual({ colorSpace: 'DeviceRGB', color: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], alpha: null });
    expect(decoded(png({ width: 2, height: 1, colorType: 0, bitDepth: 16, rows: [[0x12, 0x34, 0xff, 0xff]] }))).toEqual({ colorSpace: 'DeviceGray', color: [0x12, 0xff], alpha: null });
    expect(decoded(png({ width: 2, height: 1, colorType: 4, bitDepth: 8, rows: [[10, 255, 20, 128]] }))).toEqual({ colorSpace: 'DeviceGray', color: [10, 20], alpha: [255, 128] });
    // 1-bit grey: 0 → black, 1 → white.
    expect(decoded(png({ width: 3, height: 1, colorType: 0, bitDepth: 1, rows: [[0b10100000]] })).color).toEqual([255, 0, 255]);
  });

  it('reads palette images with transparent entries, and colour-keyed transparency', () => {
    const palette = [255, 0, 0, 0, 255, 0, 0, 0, 255];
    const image = decoded(png({ width: 4, height: 1, colorType: 3, bitDepth: 2, rows: [[0b00011000]], palette, transparency: [255, 0] }));
    expect(image.color).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 0, 0]);
    expect(image.alpha).toEqual([255, 0, 255, 255]);
    const keyed = decoded(png({ width: 2, height: 1, colorType: 2, bitDepth: 8, rows: [[1, 2, 3, 9, 9, 9]], transparency: [0, 9, 0, 9, 0, 9] }));
    expect(keyed.alpha).toEqual([255, 0]);
  });

  it('leaves interlaced PNGs and JPEGs to pdfkit, with their size', () => {
    const interlaced = prepareImage(png({ width: 1, height: 1, colorType: 0, bitDepth: 8, rows: [[7]], interlaced: true }));
    expect(interlaced).toMatchObject({ kind: 'pdfkit', size: { width: 1, height: 1 } });
    const jpeg = decodeJpegDataUrl(PHOTO_DATA_URL) as Buffer;
    expect(prepareImage(jpeg)).toMatchObject({ kind: 'pdfkit', size: { width: 120, height: 150 } });
  });

  it('refuses what is not a usable image with an ImageError', () => {
    const good = testPng(8, 8, () => [0, 0, 0, 255]);
    const cutShort = good.subarray(0, good.length - 20);
    const badData = Buffer.from(good);
    badData.fill(0x55, 41, 50);
    for (const data of [Buffer.from('hello'), Buffer.alloc(0), cutShort, badData, Buffer.from([0xff, 0xd8, 0xff, 0xd9])]) {
      expect(() => prepareImage(data)).toThrow(ImageError);
    }
  });

  it('decodes a buffer once, however often it is asked for', () => {
    expect(prepareImage(testPng(4, 4, () => [1, 2, 3, 255]))).not.toBe(prepareImage(testPng(4, 4, () => [1, 2, 3, 255])));
    const shared = testPng(4, 4, () => [1, 2, 3, 255]);
    expect(prepareImage(shared)).toBe(prepareImage(shared));
  });
});

describe('imageSize', () => {
  /** A JPEG header: an EXIF segment with the orientation, then a start-of-frame of 300×100. */
  function jpegWithOrientation(orientation: number): Buffer {
    const tiff = Buffer.alloc(26);
    tiff.write('MM', 0, 'latin1');
    tiff.writeUInt16BE(42, 2);
    tiff.writeUInt32BE(8, 4);
    tiff.writeUInt16BE(1, 8); // one entry
    tiff.writeUInt16BE(0x0112, 10);
    tiff.writeUInt16BE(3, 12);
    tiff.writeUInt32BE(1, 14);
    tiff.writeUInt16BE(orientation, 18);
    const exif = Buffer.concat([Buffer.from('Exif\u0000\u0000', 'latin1'), tiff]);
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([0, exif.length + 2]), exif]);
    const sof = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 100, 1, 44, 1, 1, 0x11, 0]);
    return Buffer.concat([Buffer.from([0xff, 0xd8]), app1, sof]);
  }

  it('gives a turned phone photo its drawn size', () => {
    expect(imageSize(jpegWithOrientation(1))).toEqual({ width: 300, height: 100 });
    expect(imageSize(jpegWithOrientation(6))).toEqual({ width: 100, height: 300 });
    expect(imageSize(testPng(5, 7, () => [0, 0, 0, 0]))).toEqual({ width: 5, height: 7 });
    expect(imageSize(Buffer.from('GIF89a'))).toBeNull();
  });
});

describe('letterPairWords', () => {
  it('holds every ordered pair of the letters', () => {
    const letters = [...'abcdÉ'];
    const words = letterPairWords(letters);
    const pairs = new Set(words.flatMap((word) => [...word].slice(1).map((letter, i) => [...word][i] + letter)));
    for (const a of letters) for (const b of letters) expect(pairs.has(a + b), a + b).toBe(true);
  });
});
