import { PNG } from "pngjs";

// Reading PNG files in tests: a decoder, not a screenshot diff tool, so every check is explicit.

export type Pixels = { width: number; height: number; data: Buffer };

export function decodePng(bytes: Buffer): Pixels {
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: png.data };
}

export function pixelAt(image: Pixels, x: number, y: number): [number, number, number, number] {
  const offset = (image.width * y + x) * 4;
  return [
    image.data[offset] ?? 0,
    image.data[offset + 1] ?? 0,
    image.data[offset + 2] ?? 0,
    image.data[offset + 3] ?? 0,
  ];
}

/** Rows (y) whose pixels differ by more than `tolerance` in any channel. */
export function differingRows(a: Pixels, b: Pixels, tolerance = 8): number[] {
  if (a.width !== b.width || a.height !== b.height) throw new Error("sizes differ");
  const rows: number[] = [];
  for (let y = 0; y < a.height; y += 1) {
    for (let x = 0; x < a.width; x += 1) {
      const offset = (a.width * y + x) * 4;
      let differs = false;
      for (let channel = 0; channel < 4; channel += 1) {
        if (
          Math.abs((a.data[offset + channel] ?? 0) - (b.data[offset + channel] ?? 0)) > tolerance
        ) {
          differs = true;
        }
      }
      if (differs) {
        rows.push(y);
        break;
      }
    }
  }
  return rows;
}
