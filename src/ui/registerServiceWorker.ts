import { registerSW } from 'virtual:pwa-register';

/**
 * Register the service worker that caches the app, WASM and models for offline use. New versions
 * wait for the user (registerType `prompt`), so a reload never loses work in progress.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      const bar = document.createElement('div');
      bar.className = 'update-bar';
      bar.textContent = 'A new version of GaitLens is ready. ';
      const button = document.createElement('button');
      button.textContent = 'Reload now';
      button.onclick = () => void update(true);
      bar.append(button);
      document.body.append(bar);
    },
  });
}
