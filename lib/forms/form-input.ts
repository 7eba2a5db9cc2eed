/**
 * A server action is a public endpoint: a script can call it through Next's
 * action endpoint with any arguments React can encode (none, null, text, an
 * object), not only the FormData its form sends. Anything else reads as an
 * empty form, which every action already refuses like a blank submission,
 * instead of a TypeError (a 500) on the first formData.get().
 */
export function formInput(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
