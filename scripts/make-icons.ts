/**
 * Generates the Teams app icons for SAV-boten:
 *   manifest/color.png   192×192, full colour: white calendar + speech bubble on Helsingborg red
 *   manifest/outline.png  32×32, the same calendar and speech bubble as white outlines on transparent
 *
 * Run: npx tsx scripts/make-icons.ts [outDir]   (default: manifest/)
 * The PNGs are committed; rerun only when the design changes.
 *
 * Shapes are signed distance functions (negative = inside) rendered with 4×4 supersampling,
 * so edges are anti-aliased without any drawing library.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PNG } from 'pngjs';

type Sdf = (x: number, y: number) => number;
type Rgba = readonly [number, number, number, number];
interface Layer {
  shape: Sdf;
  color: Rgba;
}

const RED: Rgba = [0xc8, 0x10, 0x2e, 255]; // Helsingborg red #C8102E
const DARK_RED: Rgba = [0x8a, 0x0b, 0x20, 255];
const WHITE: Rgba = [255, 255, 255, 255];

function roundRect(x0: number, y0: number, x1: number, y1: number, r: number): Sdf {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const hx = (x1 - x0) / 2 - r;
  const hy = (y1 - y0) / 2 - r;
  return (x, y) => {
    const qx = Math.abs(x - cx) - hx;
    const qy = Math.abs(y - cy) - hy;
    const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
    return outside + Math.min(Math.max(qx, qy), 0) - r;
  };
}

function circle(cx: number, cy: number, r: number): Sdf {
  return (x, y) => Math.hypot(x - cx, y - cy) - r;
}

/** Triangle via half-planes (points in any winding order). */
function triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): Sdf {
  const edges: Array<[number, number, number, number]> = [
    [ax, ay, bx, by],
    [bx, by, cx, cy],
    [cx, cy, ax, ay],
  ];
  const area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const sign = area >= 0 ? 1 : -1;
  return (x, y) => {
    let d = -Infinity;
    for (const [x0, y0, x1, y1] of edges) {
      const ex = x1 - x0;
      const ey = y1 - y0;
      const len = Math.hypot(ex, ey);
      // distance to the edge's line, positive outside
      const dist = (-sign * (ex * (y - y0) - ey * (x - x0))) / len;
      d = Math.max(d, dist);
    }
    return d;
  };
}

const union =
  (...shapes: Sdf[]): Sdf =>
  (x, y) =>
    Math.min(...shapes.map((s) => s(x, y)));

/** Ring of the given stroke width around a shape's boundary (stroke centred inside the edge). */
const stroke =
  (shape: Sdf, width: number): Sdf =>
  (x, y) => {
    const d = shape(x, y);
    return Math.max(d, -d - width);
  };

function render(size: number, background: Rgba | null, layers: Layer[], samples = 4): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // accumulate premultiplied colour
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = px + (sx + 0.5) / samples;
          const y = py + (sy + 0.5) / samples;
          let c: Rgba | null = background;
          for (const layer of layers) if (layer.shape(x, y) < 0) c = layer.color;
          if (c) {
            const alpha = c[3] / 255;
            r += c[0] * alpha;
            g += c[1] * alpha;
            b += c[2] * alpha;
            a += alpha;
          }
        }
      }
      const n = samples * samples;
      const i = (py * size + px) * 4;
      png.data[i] = a > 0 ? Math.round(r / a) : 0;
      png.data[i + 1] = a > 0 ? Math.round(g / a) : 0;
      png.data[i + 2] = a > 0 ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / n) * 255);
    }
  }
  return png;
}

/** 192×192: white calendar with a red day grid, and a speech bubble in the lower right corner. */
export function makeColorIcon(): PNG {
  const layers: Layer[] = [];
  // calendar body and the two binder rings
  layers.push({ shape: roundRect(34, 46, 150, 150, 14), color: WHITE });
  layers.push({ shape: roundRect(56, 30, 70, 62, 7), color: WHITE });
  layers.push({ shape: roundRect(114, 30, 128, 62, 7), color: WHITE });
  // red header line separating the "month" band from the days
  layers.push({ shape: roundRect(34, 72, 150, 80, 0), color: RED });
  // 4×3 day grid; one booked day is dark
  const cols = [46, 72, 98, 124];
  const rows = [90, 112, 134];
  rows.forEach((y, ri) =>
    cols.forEach((x, ci) => {
      if (ri === 2 && ci >= 2) return; // leave room for the bubble
      const booked = ri === 1 && ci === 1;
      layers.push({ shape: roundRect(x, y, x + 16, y + 14, 3), color: booked ? DARK_RED : RED });
    }),
  );
  // speech bubble: red halo so it separates from the calendar, then white bubble with dots
  const bubble = union(circle(140, 136, 30), triangle(118, 150, 128, 172, 140, 158));
  const halo = union(circle(140, 136, 37), triangle(110, 150, 124, 182, 146, 160));
  layers.push({ shape: halo, color: RED });
  layers.push({ shape: bubble, color: WHITE });
  for (const dx of [-12, 0, 12]) layers.push({ shape: circle(140 + dx, 136, 4.5), color: RED });
  return render(192, RED, layers);
}

/**
 * 32×32: the colour icon's shapes as white outlines on transparent: the calendar, and the speech bubble in
 * the lower right corner, set apart from the calendar by a transparent gap (as the colour icon's red halo).
 */
export function makeOutlineIcon(): PNG {
  const CLEAR: Rgba = [0, 0, 0, 0];
  const body = roundRect(3, 6, 26, 27, 3);
  const layers: Layer[] = [
    { shape: stroke(body, 2), color: WHITE },
    { shape: roundRect(3, 10, 26, 12, 0), color: WHITE }, // header line
    { shape: roundRect(8, 2.5, 11, 9, 1.5), color: WHITE }, // rings
    { shape: roundRect(18, 2.5, 21, 9, 1.5), color: WHITE },
  ];
  for (const [x, y] of [[7, 15], [12.5, 15], [18, 15], [7, 20.5]]) layers.push({ shape: roundRect(x, y, x + 3, y + 3, 0.5), color: WHITE });
  // the bubble: a transparent halo cuts the calendar, then the bubble's outline with its tail and three dots
  const bubble = union(circle(23, 22.5, 7), triangle(18, 25, 17, 31.5, 22.5, 28));
  const halo = union(circle(23, 22.5, 9), triangle(16, 24, 15, 32, 24, 29));
  layers.push({ shape: halo, color: CLEAR });
  layers.push({ shape: stroke(bubble, 1.8), color: WHITE });
  for (const dx of [-3, 0, 3]) layers.push({ shape: circle(23 + dx, 22.5, 1.1), color: WHITE });
  return render(32, null, layers);
}

function main(): void {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'manifest'));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'color.png'), PNG.sync.write(makeColorIcon()));
  fs.writeFileSync(path.join(outDir, 'outline.png'), PNG.sync.write(makeOutlineIcon()));
  console.log(`Wrote color.png (192×192) and outline.png (32×32) to ${outDir}`);
}

if (require.main === module) main();
