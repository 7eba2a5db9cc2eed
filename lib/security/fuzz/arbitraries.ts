import fc from "fast-check";

// Malformed input for forms, URLs and request bodies. Each family is a way
// real input has broken servers: sizes, encodings, number parsing, dates,
// prototype keys, and ids that name nothing or someone else's row.

/** What a world of test data offers the fuzz, so some ids and names hit real rows. */
export type WorldRefs = {
  ids: readonly number[];
  handles: readonly string[];
  emails: readonly string[];
  tokens: readonly string[];
  /** Values a form accepts (enum members, a good password, a plausible body): they carry the other fields past the first check. */
  vocabulary: readonly string[];
  /** Values that are valid for a field of this name, so that whole forms are sometimes valid and the actions' success paths run too. */
  plausible?: (field: string) => readonly string[];
};

export const HUGE = 100_000;

const blank = fc.constantFrom("", " ", "   ", "\t", "\n", "\r\n", " \n\t ", "\u00a0", "\u200b", "\u3000", "\ufeff");

const huge = fc.constantFrom(
  "a".repeat(HUGE),
  " ".repeat(HUGE),
  "é".repeat(HUGE / 2),
  "😀".repeat(HUGE / 4),
  "<b>".repeat(HUGE / 3),
  "1".repeat(HUGE),
  "\n".repeat(HUGE),
  "[a](javascript:alert(1)) ".repeat(HUGE / 25),
);

const control = fc.string({ unit: "binary-ascii", maxLength: 40 });
const nul = fc.constantFrom("\0", "a\0b", "\0".repeat(64), "1\0", "lena\0@example.org");
const loneSurrogate = fc.constantFrom("\ud800", "\udfff", "a\ud800b", "\udc00\ud800", "x".repeat(10) + "\ud83d", "\ud83d\ude00\ud83d");
const unicode = fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.string({ unit: "binary", maxLength: 30 }));

const numberish = fc.oneof(
  fc.constantFrom("-1", "0", "-0", "00", "01", "1e309", "-1e309", "1e3", "9007199254740993", "9007199254740991", "99999999999999999999", "1.5", "0.0", "0x10", "0b1", "0o7", " 7 ", "7 ", "+1", "NaN", "Infinity", "-Infinity", "١٢", "１２", "1_000", "1,5", "2147483648", "-2147483649"),
  fc.integer().map(String),
  fc.double().map(String),
  fc.bigInt().map(String),
);

const dates = fc.constantFrom(
  "2026-02-30",
  "2026-02-29",
  "2026-13-01",
  "2026-00-10",
  "0000-00-00",
  "9999-12-31T23:59",
  "2026-06-01T25:61",
  "2026-06-01T10:00",
  "2026-06-01T10:00:00.000Z",
  "1970-01-01",
  "-271821-04-20",
  "+275760-09-13",
  "tomorrow",
  "2026-06-01T10:00+99:00",
);

const injection = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "' OR 1=1 --",
  "\"; DROP TABLE users; --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "../../etc/passwd",
  "//evil.example",
  "/\\evil.example",
  "https://evil.example/",
  "%00",
  "%E0%A4%A",
  "${7*7}",
  "{{7*7}}",
  "[object Object]",
  "undefined",
  "null",
  "true",
  "false",
  "[]",
  "{}",
  '{"__proto__":{"admin":true}}',
);

const enumish = fc.constantFrom("ADMIN", "Admin", "root", "superuser", "owner", "staff", "delete", "publish ", " preview", "on", "off", "yes", "1", "other", "*", "all", "none");

function worldValue(refs: WorldRefs): fc.Arbitrary<string> {
  const ids = refs.ids.length ? refs.ids : [1];
  return fc.oneof(
    fc.constantFrom(...ids).map(String),
    // Just past the rows that exist, and a neighbour of one that does.
    fc.constantFrom(...ids).map((id) => String(id + 1_000)),
    fc.constantFrom(...ids).map((id) => ` ${id}`),
    fc.constantFrom(...ids).map((id) => `${id}.0`),
    fc.constantFrom(...(refs.handles.length ? refs.handles : ["nobody"])),
    fc.constantFrom(...(refs.emails.length ? refs.emails : ["nobody@example.org"])),
    fc.constantFrom(...(refs.emails.length ? refs.emails : ["nobody@example.org"])).map((e) => ` ${e.toUpperCase()} `),
    fc.constantFrom(...(refs.tokens.length ? refs.tokens : ["x"])),
    fc.constantFrom(...(refs.tokens.length ? refs.tokens : ["x"])).map((t) => t.slice(0, -1) + (t.endsWith("A") ? "B" : "A")),
    fc.constantFrom(...(refs.vocabulary.length ? refs.vocabulary : ["x"])),
  );
}

/** One hostile string; about a third of them name something in the world. */
export function hostileString(refs: WorldRefs): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: worldValue(refs), weight: 6 },
    { arbitrary: blank, weight: 2 },
    { arbitrary: huge, weight: 1 },
    { arbitrary: control, weight: 1 },
    { arbitrary: nul, weight: 1 },
    { arbitrary: loneSurrogate, weight: 1 },
    { arbitrary: unicode, weight: 2 },
    { arbitrary: numberish, weight: 3 },
    { arbitrary: dates, weight: 1 },
    { arbitrary: injection, weight: 2 },
    { arbitrary: enumish, weight: 1 },
    { arbitrary: fc.string({ maxLength: 200 }), weight: 2 },
  );
}

/** A form value: usually text, sometimes a file where the action expects text. */
export function hostileFormValue(refs: WorldRefs): fc.Arbitrary<string | File> {
  const file = fc
    .record({
      bytes: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array(HUGE))),
      name: fc.constantFrom("a.txt", "", "../../x.png", "\0.exe", "😀.pdf"),
      type: fc.constantFrom("", "text/plain", "application/octet-stream", "image/svg+xml", "text/html"),
    })
    .map(({ bytes, name, type }) => new File([bytes], name, { type }));
  return fc.oneof({ arbitrary: hostileString(refs), weight: 12 }, { arbitrary: file, weight: 1 });
}

const strangeKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "__defineGetter__", "", " ", "$ACTION_ID_0", "$ACTION_REF_1", "1_$ACTION_KEY", "userId", "authorId", "role", "id", "actor", "a[b]", "a.b"),
  fc.string({ maxLength: 20 }),
);

export type FormEntries = Array<[string, string | File]>;

/**
 * The fields of one malformed submission: each name the app reads is present
 * or not, once or repeated, beside a few keys no form has. Entries rather
 * than a record, so repeated keys and __proto__ survive as keys. A third of
 * the forms are nearly valid (most fields plausible, one or two hostile), so
 * the fuzz also gets past the first check into the actions' deeper paths.
 */
export function hostileForm(fieldNames: readonly string[], refs: WorldRefs): fc.Arbitrary<FormEntries> {
  const value = hostileFormValue(refs);
  const field = (name: string, plausibleWeight: number) => {
    const good = refs.plausible?.(name) ?? [];
    return fc
      .oneof(
        { arbitrary: fc.constant<Array<string | File>>([]), weight: 3 },
        { arbitrary: good.length ? fc.constantFrom(...good).map((v) => [v]) : fc.constant([]), weight: good.length ? plausibleWeight : 0 },
        { arbitrary: value.map((v) => [v]), weight: 4 },
        { arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }), weight: 1 },
      )
      .map((values) => values.map((v): [string, string | File] => [name, v]));
  };
  const form = (plausibleWeight: number) => fc.tuple(...fieldNames.map((n) => field(n, plausibleWeight))).map((groups) => groups.flat());
  const known = fc.oneof({ arbitrary: form(3), weight: 2 }, { arbitrary: form(60), weight: 1 });
  const extra = fc.array(fc.tuple(strangeKey, value), { maxLength: 3 });
  return fc.tuple(known, extra).map(([a, b]) => [...a, ...b]);
}

/** FormData with exactly these entries, in order (repeats and files included). */
export function toFormData(entries: FormEntries): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

/** A path segment: garbage, encodings valid and not, traversal, huge, unicode, and sometimes a real id. */
export function hostileSegment(refs: WorldRefs): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: hostileString(refs), weight: 4 },
    { arbitrary: fc.webSegment(), weight: 2 },
    { arbitrary: fc.constantFrom("..", ".", "%2e%2e", "%2F", "%", "%%", "%zz", "%E0%A4%A", "%C0%AF", "%FF", "%00", "a%20b", "%F0%9F%98%80", "..%2F..%2F", "~", ";", "a;b=c", "x".repeat(5000)), weight: 3 },
  );
}
