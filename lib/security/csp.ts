import { BASE_CSP } from "./headers";

// The policy of a page rendered for one request: only scripts carrying this
// request's nonce run, and what they load ('strict-dynamic'). Next reads the
// nonce from the request's own Content-Security-Policy header and puts it on
// every script it writes. Cached pages get theirs by hash instead
// (inline-script-policy.mjs).

/** 128 random bits, base64: unguessable and used once. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function noncePolicy(nonce: string, { development = false } = {}): string {
  // React's development build reconstructs server stacks with eval.
  const scripts = [`'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])].join(" ");
  return `${BASE_CSP}; script-src ${scripts}; script-src-attr 'none'`;
}
