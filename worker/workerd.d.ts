/**
 * What workerd's Web Crypto has beyond the browser's. The root tsconfig loads the DOM library
 * (for the browser code), whose SubtleCrypto type hides this method of the Workers runtime;
 * the interface is merged here so the worker can call it typed.
 */
interface SubtleCrypto {
  /** Compares two equally long buffers in constant time; throws when their lengths differ. */
  timingSafeEqual(a: ArrayBuffer | ArrayBufferView, b: ArrayBuffer | ArrayBufferView): boolean
}
