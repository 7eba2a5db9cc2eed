// Languages a member can speak or ask for, by English name: about thirty of
// the most spoken, enough for a profile without a full ISO 639 picker.
export const LANGUAGES: readonly string[] = Object.freeze([
  "Amharic",
  "Arabic",
  "Bengali",
  "Chinese (Cantonese)",
  "Chinese (Mandarin)",
  "Dutch",
  "English",
  "Farsi",
  "French",
  "German",
  "Greek",
  "Gujarati",
  "Hausa",
  "Hebrew",
  "Hindi",
  "Indonesian",
  "Italian",
  "Japanese",
  "Korean",
  "Malay",
  "Marathi",
  "Polish",
  "Portuguese",
  "Punjabi",
  "Russian",
  "Spanish",
  "Swahili",
  "Tagalog",
  "Tamil",
  "Telugu",
  "Thai",
  "Turkish",
  "Ukrainian",
  "Urdu",
  "Vietnamese",
  "Yoruba",
]);

const known = new Set(LANGUAGES);

export function isLanguage(value: unknown): value is string {
  return typeof value === "string" && known.has(value);
}
