/**
 * Make `fetch` in this realm refuse any URL outside the app's origin, so no library can send
 * data elsewhere (defence in depth next to the Content-Security-Policy).
 * @param origin - the only origin allowed, e.g. `location.origin`
 */
export function guardFetch(origin: string): void {
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), origin);
    if (url.origin !== origin && url.protocol !== 'blob:' && url.protocol !== 'data:') {
      return Promise.reject(
        new TypeError(`GaitLens blocks requests outside the app: ${url.origin}`),
      );
    }
    return original(input, init);
  };
}
