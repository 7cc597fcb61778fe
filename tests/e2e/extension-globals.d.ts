// Code passed to serviceWorker.evaluate() runs inside the extension, where `chrome` is the API.
import type { Browser } from 'wxt/browser';

declare global {
  const chrome: typeof Browser;
}
