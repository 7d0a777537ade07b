// Facts about the Chromium that GaitLens drives (Debian package `chromium`), shared by the CLI,
// the e2e harness (through cli/browser/) and the pose benchmark.

/** Where Debian/Ubuntu install Chromium. */
export const CHROMIUM_CANDIDATES = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
]);

/** Flags for headless Chromium without GPU, sandbox or background traffic. */
export const CHROMIUM_FLAGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);
