/**
 * Which addresses ReportLens stores and opens: web pages only. A backup file is untrusted input,
 * and a `data:text/html,<script>…` or `file:` address opened from the panel would run or read
 * whatever the file's author chose (found by trying it: issue 15).
 */
import { LIMITS } from './limits.ts';

/** Whether `url` is an absolute http: or https: URL of a sane length. */
export function isWebUrl(url: string): boolean {
  if (url.length > LIMITS.maxUrlChars) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host of a web URL, lower case; null for anything else. */
export function hostOf(url: string): string | null {
  if (!isWebUrl(url)) return null;
  return new URL(url).hostname.toLowerCase();
}

/** Whether a host is a Chinese government site (*.gov.cn), where ReportLens runs by itself. */
export function isGovHost(host: string): boolean {
  return host === 'gov.cn' || host.endsWith('.gov.cn');
}
