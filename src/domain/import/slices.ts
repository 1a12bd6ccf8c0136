/**
 * The import's long loops (a million rows take seconds each) are generator functions that yield every
 * SLICE items. The server drives them with a pause between slices, so other requests are answered while
 * a big file is read (`inSlices`); tests and tools run them straight through (`allAtOnce`).
 */
export const SLICE = 5000;

export type Sliced<T> = Generator<void, T, void>;

export function allAtOnce<T>(work: Sliced<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export async function inSlices<T>(work: Sliced<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    await pause();
  }
}
