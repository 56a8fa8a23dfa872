/** The two UI languages; Thai is the default everywhere. */
export type Lang = 'th' | 'en';
export const LANGS: readonly Lang[] = ['th', 'en'];
