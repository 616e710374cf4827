import { getRequestConfig } from 'next-intl/server';
import { headers } from 'next/headers';
import { getCurrentUser } from '@/lib/auth/session';
import { isLocale, isTimeZone, negotiateLocale, type Locale } from '@/lib/i18n/locales';

/**
 * The interface language and time zone of one request (next-intl reads this once per request):
 * the signed-in person's profile setting, else the browser's Accept-Language; UTC unless the
 * profile names a zone. No locale in the URL: links stay shareable across delegations.
 */
export default getRequestConfig(async () => {
  let user = null;
  try {
    user = await getCurrentUser();
  } catch {
    // Database away: error pages still render, in the browser's language.
  }
  const locale: Locale = isLocale(user?.locale) ? user.locale : negotiateLocale((await headers()).get('accept-language'));
  const timeZone = isTimeZone(user?.timeZone) ? user.timeZone : 'UTC';
  const messages = (await import(`../messages/${locale}.json`)).default;
  return { locale, timeZone, messages };
});
