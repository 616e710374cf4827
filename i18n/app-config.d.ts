import type en from '../messages/en.json';
import type { Locale } from '../lib/i18n/locales';

// Catalogue keys and locales are checked at compile time: a missing or misspelt key fails tsc.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
