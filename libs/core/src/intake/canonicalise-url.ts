import normalizeUrl from 'normalize-url';

const TRACKING_PARAMETERS = [
  /^utm_\w+/i,
  /^(fbclid|gclid|dclid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|spm|cmpid|ocid|at_\w+)$/i,
];

/**
 * The form of a URL under which two links to the same page compare equal: scheme, `www.`,
 * fragment, tracking parameters, parameter order and trailing slash do not count.
 * Returns undefined for a URL that cannot be parsed.
 */
export function canonicaliseUrl(url: string): string | undefined {
  try {
    return normalizeUrl(url, {
      stripProtocol: true,
      stripWWW: true,
      stripHash: true,
      removeQueryParameters: TRACKING_PARAMETERS,
      sortQueryParameters: true,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      removeExplicitPort: true,
    }).toLowerCase();
  } catch {
    return undefined;
  }
}
