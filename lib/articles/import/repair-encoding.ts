// Repairs "mojibake": UTF-8 bytes that were once decoded as Windows-1252 (or
// Latin-1) and saved again, so that "’" reads "â€™". We turn each suspicious
// run back into the bytes it came from and keep the result only when those
// bytes are valid UTF-8, which legitimate Latin-1 text ("café") never is.

// Windows-1252 differs from Latin-1 in 0x80–0x9F; these are its characters there.
const CP1252_SPECIALS: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87,
  "ˆ": 0x88, "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91,
  "’": 0x92, "“": 0x93, "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98,
  "™": 0x99, "š": 0x9a, "›": 0x9b, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

const SPECIALS = Object.keys(CP1252_SPECIALS).join("");
// A UTF-8 lead byte read as a character (Â–ô), then one or more continuation
// bytes read as characters (0x80–0xBF in either code page).
const SUSPECT_RUN = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${SPECIALS}]+`, "gu");

const utf8 = new TextDecoder("utf-8", { fatal: true });

function toBytes(run: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const code = ch.codePointAt(0)!;
    const byte = code <= 0xff ? code : CP1252_SPECIALS[ch];
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

function repairOnce(text: string): string {
  return text.replace(SUSPECT_RUN, (run) => {
    const bytes = toBytes(run);
    if (!bytes) return run;
    try {
      return utf8.decode(bytes);
    } catch {
      return run;
    }
  });
}

export function repairMojibake(text: string): string {
  // Text damaged twice needs two passes; stop as soon as nothing changes.
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = repairOnce(current);
    if (next === current) break;
    current = next;
  }
  return current;
}
