export const CHROMIUM_CANDIDATES: readonly string[];
export const CHROMIUM_FLAGS: readonly string[];
