/**
 * How the PDF seams reach into pdfmake: its internal classes (pdfmake is pinned at 0.3.11 in package.json
 * for them) and a switch that puts a replacement method in place of pdfmake's own, or puts pdfmake's back
 * (tests compare both). Swapping the method itself costs nothing per call.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** One of pdfmake's internal classes, e.g. `Renderer` from pdfmake/js/Renderer.js. */
export function pdfmakeClass<T>(name: string): T {
  return (require(`pdfmake/js/${name}`) as { default: T }).default;
}

/** A switch for `target[method]`: on, `replace(original)` answers; off, pdfmake's own method again. */
export function seam<T extends object, K extends keyof T>(target: T, method: K, replace: (original: T[K]) => T[K]): (on?: boolean) => void {
  const original = target[method];
  const replacement = replace(original);
  return (on = true) => {
    target[method] = on ? replacement : original;
  };
}
