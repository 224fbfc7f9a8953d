/**
 * The rule for facts and steps marked `uncertain`: every sentence says how
 * sure it is, in both languages. A bare "may" does not count ("Google may
 * use your uploads" is a confident statement of what Google does); a
 * semicolon joins clauses into one sentence.
 */
const HEDGES = {
  en: /\b(reportedly|reported|likely|probably|possibly|may not|might|not confirmed|unconfirmed|uncertain|one secondary source|according to summaries|sources differ)\b/i,
  nl: /(naar verluidt|\bmeldden?\b|\bgemeld\b|waarschijnlijk|\bmogelijk\b|niet bevestigd|onzeker|één secundaire bron|volgens samenvattingen|bronnen verschillen)/i,
} as const;

/** Splits text into sentences at `.`, `!` or `?` followed by a space and a capital or quote. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=["“(A-Z0-9])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** The sentences of an uncertain text that are worded as if they were certain. */
export function confidentSentences(text: { en: string; nl: string }): string[] {
  return (['en', 'nl'] as const).flatMap((language) =>
    sentences(text[language])
      .filter((sentence) => !HEDGES[language].test(sentence))
      .map((sentence) => `${language}: ${sentence}`),
  );
}
