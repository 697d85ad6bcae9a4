/**
 * zod without its JIT: it would compile validators with `new Function`, which a strict
 * Content-Security-Policy (no 'unsafe-eval') forbids. Called before every parse rather than as an
 * import side effect, so bundlers that honour `sideEffects: false` cannot drop it.
 */
import * as z from 'zod/mini';

let configured = false;

/** Turns zod's JIT off (once). */
export function useJitlessZod(): void {
  if (configured) return;
  z.config({ jitless: true });
  configured = true;
}
