/** A colour as [r, g, b], 0..255. */
export type Rgb = readonly [number, number, number]

/** A closed polygon: x0, y0, x1, y1, … in pixels. */
export type Polygon = number[]

/**
 * A small anti-aliased rasteriser: every shape is a set of polygons filled by signed-area
 * accumulation (the method of font-rs), which gives exact coverage per pixel with no
 * supersampling. Enough for solid shapes and text on a social card, at a few ms a card.
 */
export class Canvas {
  readonly pixels: Uint8Array

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb,
  ) {
    this.pixels = new Uint8Array(width * height * 3)
    this.pixels.set(background, 0)
    for (let filled = 3; filled < this.pixels.length; filled *= 2)
      this.pixels.copyWithin(filled, 0, Math.min(filled, this.pixels.length - filled))
  }

  /**
   * The same picture `factor` times smaller on each side: each new pixel is the mean of the
   * factor × factor block it covers (a last partial row or column averages what there is).
   */
  shrink(factor: number): Canvas {
    const w = Math.ceil(this.width / factor)
    const h = Math.ceil(this.height / factor)
    const out = new Canvas(w, h, [0, 0, 0])
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        let r = 0
        let g = 0
        let b = 0
        let n = 0
        for (let dy = 0; dy < factor && y * factor + dy < this.height; dy++)
          for (let dx = 0; dx < factor && x * factor + dx < this.width; dx++) {
            const i = ((y * factor + dy) * this.width + x * factor + dx) * 3
            r += this.pixels[i]!
            g += this.pixels[i + 1]!
            b += this.pixels[i + 2]!
            n++
          }
        const o = (y * w + x) * 3
        out.pixels[o] = Math.round(r / n)
        out.pixels[o + 1] = Math.round(g / n)
        out.pixels[o + 2] = Math.round(b / n)
      }
    return out
  }

  /** An axis-aligned rectangle, anti-aliased on fractional edges. */
  rect(x: number, y: number, w: number, h: number, color: Rgb): void {
    this.fill([[x, y, x + w, y, x + w, y + h, x, y + h]], color)
  }

  /** A rectangle with round corners of radius r. */
  roundRect(x: number, y: number, w: number, h: number, r: number, color: Rgb): void {
    const rr = Math.min(r, w / 2, h / 2)
    const poly: Polygon = []
    const corner = (cx: number, cy: number, start: number) => {
      for (let i = 0; i <= 8; i++) {
        const a = start + (i / 8) * (Math.PI / 2)
        poly.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a))
      }
    }
    corner(x + w - rr, y + rr, -Math.PI / 2)
    corner(x + w - rr, y + h - rr, 0)
    corner(x + rr, y + h - rr, Math.PI / 2)
    corner(x + rr, y + rr, Math.PI)
    this.fill([poly], color)
  }

  circle(cx: number, cy: number, r: number, color: Rgb): void {
    const poly: Polygon = []
    const n = Math.max(24, Math.ceil(r * 2))
    for (let i = 0; i < n; i++) poly.push(cx + r * Math.cos((i / n) * 2 * Math.PI), cy + r * Math.sin((i / n) * 2 * Math.PI))
    this.fill([poly], color)
  }

  /** Fills polygons (non-overlapping contours, holes wound the other way) with one colour. */
  fill(polygons: Polygon[], color: Rgb): void {
    let minX = Infinity
    let minY = Infinity
    let maxX = -Infinity
    let maxY = -Infinity
    for (const p of polygons)
      for (let i = 0; i < p.length; i += 2) {
        minX = Math.min(minX, p[i]!)
        maxX = Math.max(maxX, p[i]!)
        minY = Math.min(minY, p[i + 1]!)
        maxY = Math.max(maxY, p[i + 1]!)
      }
    const x0 = Math.max(0, Math.floor(minX))
    const y0 = Math.max(0, Math.floor(minY))
    const x1 = Math.min(this.width, Math.ceil(maxX) + 1)
    const y1 = Math.min(this.height, Math.ceil(maxY) + 1)
    const w = x1 - x0 + 2
    const h = y1 - y0
    if (w <= 2 || h <= 0) return
    const acc = new Float32Array(w * h + 1)
    for (const p of polygons) {
      const n = p.length / 2
      for (let i = 0; i < n; i++) {
        const j = (i + 1) % n
        line(acc, w, h, p[i * 2]! - x0, p[i * 2 + 1]! - y0, p[j * 2]! - x0, p[j * 2 + 1]! - y0)
      }
    }
    const [r, g, b] = color
    const px = this.pixels
    let sum = 0
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        sum += acc[y * w + x]!
        const cover = Math.min(1, Math.abs(sum))
        const cx = x0 + x
        if (cover < 1 / 512 || cx >= this.width) continue
        const at = ((y0 + y) * this.width + cx) * 3
        px[at] = px[at]! + (r - px[at]!) * cover
        px[at + 1] = px[at + 1]! + (g - px[at + 1]!) * cover
        px[at + 2] = px[at + 2]! + (b - px[at + 2]!) * cover
      }
    }
  }
}

/** Adds one edge's signed area to the accumulation buffer (font-rs's `draw_line`). */
function line(acc: Float32Array, w: number, h: number, ax: number, ay: number, bx: number, by: number): void {
  if (ay === by) return
  const clampX = (x: number) => Math.min(Math.max(x, 0), w - 2)
  ax = clampX(ax)
  bx = clampX(bx)
  const dir = ay < by ? 1 : -1
  const [x0, y0, x1, y1] = ay < by ? [ax, ay, bx, by] : [bx, by, ax, ay]
  const dxdy = (x1 - x0) / (y1 - y0)
  let x = x0
  if (y0 < 0) x -= y0 * dxdy
  const yEnd = Math.min(h, Math.ceil(y1))
  for (let y = Math.max(0, Math.floor(y0)); y < yEnd; y++) {
    const row = y * w
    const dy = Math.min(y + 1, y1) - Math.max(y, y0)
    const xnext = x + dxdy * dy
    const d = dy * dir
    const xa = Math.min(x, xnext)
    const xb = Math.max(x, xnext)
    const xaFloor = Math.floor(xa)
    const xaI = xaFloor
    const xbCeil = Math.ceil(xb)
    const xbI = xbCeil
    if (xbI <= xaI + 1) {
      const xmf = 0.5 * (x + xnext) - xaFloor
      acc[row + xaI] = acc[row + xaI]! + d - d * xmf
      acc[row + xaI + 1] = acc[row + xaI + 1]! + d * xmf
    } else {
      const s = 1 / (xb - xa)
      const xaF = xa - xaFloor
      const a0 = 0.5 * s * (1 - xaF) * (1 - xaF)
      const xbF = xb - xbCeil + 1
      const am = 0.5 * s * xbF * xbF
      acc[row + xaI] = acc[row + xaI]! + d * a0
      if (xbI === xaI + 2) acc[row + xaI + 1] = acc[row + xaI + 1]! + d * (1 - a0 - am)
      else {
        const a1 = s * (1.5 - xaF)
        acc[row + xaI + 1] = acc[row + xaI + 1]! + d * (a1 - a0)
        for (let xi = xaI + 2; xi < xbI - 1; xi++) acc[row + xi] = acc[row + xi]! + d * s
        const a2 = a1 + (xbI - xaI - 3) * s
        acc[row + xbI - 1] = acc[row + xbI - 1]! + d * (1 - a2 - am)
      }
      acc[row + xbI] = acc[row + xbI]! + d * am
    }
    x = xnext
  }
}
