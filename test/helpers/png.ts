/** A decoded 8-bit RGB image. */
export interface RgbImage {
  width: number
  height: number
  /** Row after row, three bytes a pixel. */
  pixels: Uint8Array
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/**
 * Decodes a PNG as the card encoder writes it (8-bit RGB, not interlaced), undoing every row
 * filter, so tests can look at pixels rather than at the file's header. Independent of the
 * encoder: it follows the PNG specification, and the runtime's zlib inflates.
 */
export async function decodePng(bytes: Uint8Array): Promise<RgbImage> {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (!signature.every((b, i) => bytes[i] === b)) throw new Error('not a PNG')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let width = 0
  let height = 0
  const idat: Uint8Array[] = []
  let ended = false
  for (let at = 8; at < bytes.length && !ended; ) {
    const length = view.getUint32(at)
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8))
    const data = bytes.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = view.getUint32(at + 8)
      height = view.getUint32(at + 12)
      const [depth, colour, , , interlace] = data.subarray(8, 13)
      if (depth !== 8 || colour !== 2 || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`)
    } else if (type === 'IDAT') idat.push(data)
    else if (type === 'IEND') ended = true
    at += 12 + length
  }
  if (!ended || !width || !height) throw new Error('truncated PNG')
  const joined = new Uint8Array(idat.reduce((n, d) => n + d.length, 0))
  let at = 0
  for (const d of idat) {
    joined.set(d, at)
    at += d.length
  }
  const raw = await inflate(joined)
  const stride = width * 3
  if (raw.length !== (stride + 1) * height)
    throw new Error(`image data of ${raw.length} bytes, expected ${(stride + 1) * height}`)
  const pixels = new Uint8Array(stride * height)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!
    const row = y * stride
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!
      const a = x >= 3 ? pixels[row + x - 3]! : 0
      const b = y > 0 ? pixels[row - stride + x]! : 0
      const c = x >= 3 && y > 0 ? pixels[row - stride + x - 3]! : 0
      const predicted =
        filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : NaN
      if (Number.isNaN(predicted)) throw new Error(`unknown row filter ${filter}`)
      pixels[row + x] = (v + predicted) & 0xff
    }
  }
  return { width, height, pixels }
}

/** The pixels of a rectangle, for comparing one part of two images. */
export function crop(image: RgbImage, x0: number, y0: number, x1: number, y1: number): Uint8Array {
  const out = new Uint8Array((x1 - x0) * (y1 - y0) * 3)
  for (let y = y0; y < y1; y++)
    out.set(image.pixels.subarray((y * image.width + x0) * 3, (y * image.width + x1) * 3), (y - y0) * (x1 - x0) * 3)
  return out
}

/** Rows of a rectangle holding a pixel that differs from the background colour (the topmost and the lowest), or undefined if none. */
export function inkRows(
  image: RgbImage,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  background: [number, number, number],
): { top: number; bottom: number } | undefined {
  let top: number | undefined
  let bottom = 0
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 3
      if (image.pixels[i] !== background[0] || image.pixels[i + 1] !== background[1] || image.pixels[i + 2] !== background[2]) {
        top ??= y
        bottom = y
        break
      }
    }
  return top === undefined ? undefined : { top, bottom }
}
