import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Production-only Content-Security-Policy: nothing may be fetched from another origin. */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'gaitlens-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

/** Name the WebLLM runtime chunks so the service worker can leave them out of the precache. */
const chunkFileNames = (chunk: { moduleIds: string[] }): string =>
  chunk.moduleIds.some((id) => id.includes('@mlc-ai/web-llm'))
    ? 'assets/webllm-[hash].js'
    : 'assets/[name]-[hash].js';

export default defineConfig({
  plugins: [
    preact(),
    contentSecurityPolicy(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'GaitLens — gait assessment (not a diagnostic device)',
        short_name: 'GaitLens',
        description:
          'Offline, privacy-first gait assessment from a walking video. Video never leaves the device.',
        theme_color: '#0f4c5c',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,wasm,task}'],
        // The optional language-model runtime (~2 MB gzip) is cached only when a user opts in.
        globIgnores: ['**/webllm-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/webllm-[^/]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'gaitlens-llm-runtime' },
          },
        ],
        // Models and the WASM runtime are precached so the app works offline after one visit.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es', rollupOptions: { output: { chunkFileNames } } },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 8192,
    rollupOptions: { output: { chunkFileNames } },
  },
});
