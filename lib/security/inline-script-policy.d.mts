export function inlineScriptHashes(html: string): string[];
export function cachedPagePolicy(html: string): string;
