const WIDTH = 360;
const HEIGHT = 480;

/** Crops a chosen picture to a 3:4 portrait around its centre and re-encodes it as a small JPEG (no EXIF, no location). */
export async function cropToJpeg(file: File): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.max(WIDTH / bitmap.width, HEIGHT / bitmap.height);
  const width = WIDTH / scale;
  const height = HEIGHT / scale;
  const canvas = document.createElement('canvas');
  canvas.width = WIDTH;
  canvas.height = HEIGHT;
  canvas.getContext('2d')!.drawImage(bitmap, (bitmap.width - width) / 2, (bitmap.height - height) / 2, width, height, 0, 0, WIDTH, HEIGHT);
  return canvas.toDataURL('image/jpeg', 0.85);
}
