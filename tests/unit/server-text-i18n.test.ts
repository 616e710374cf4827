import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { describeEvent, type DescribeContext } from '@/lib/audit/describe-event';
import { localizeError, localizeErrorResponse, requestLocale } from '@/lib/http/localize-error';

const ctx: DescribeContext = {
  userName: () => 'Ruth Abeyta',
  partyName: (id) => (id ? 'GOV' : null),
  showEmails: false,
  documentTitle: () => 'Chapter III',
};

describe('API errors in the requester’s language', () => {
  it('answers every catalogued English error in French and Arabic, and leaves an unknown one as thrown', () => {
    for (const [code, english] of Object.entries(en.apiErrors)) {
      expect(localizeError(english, 'fr'), code).toBe(fr.apiErrors[code as keyof typeof fr.apiErrors]);
      expect(localizeError(english, 'ar'), code).toBe(ar.apiErrors[code as keyof typeof ar.apiErrors]);
      expect(localizeError(english, 'en'), code).toBe(english);
    }
    expect(localizeError('Release everything at once.', 'ar')).toBe('Release everything at once.');
  });

  it('rewrites an error body (and its field messages), never a success or a non-JSON body', async () => {
    const body = { error: 'Some fields are not valid.', fields: [{ path: 'title', message: 'Keep the title under 160 characters.' }] };
    const res = await localizeErrorResponse(Response.json(body, { status: 400, headers: { 'retry-after': '5' } }), 'ar');
    expect(res.status).toBe(400);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await res.json()).toEqual({ error: ar.apiErrors.invalidFields, fields: [{ path: 'title', message: ar.apiErrors.titleLength }] });
    const ok = Response.json({ error: 'Some fields are not valid.' }, { status: 200 });
    expect(await localizeErrorResponse(ok, 'ar')).toBe(ok);
    const text = new Response('Some fields are not valid.', { status: 400 });
    expect(await localizeErrorResponse(text, 'fr')).toBe(text);
  });

  it('takes the profile language first, then Accept-Language', () => {
    const req = new Request('http://x.test/api', { headers: { 'accept-language': 'fr-CH,fr;q=0.9' } });
    expect(requestLocale(req, 'ar')).toBe('ar');
    expect(requestLocale(req, null)).toBe('fr');
  });
});

describe('audit sentences in the reader’s language', () => {
  it('keeps English as it was and says the same event in French and Arabic', () => {
    const details = { documentId: 'd', label: '1.1 Reports', partyShortName: 'APM' };
    expect(describeEvent('status.ad_ref', null, details, ctx)).toBe('agreed ad ref to ‘1.1 Reports’ in “Chapter III” for APM');
    expect(describeEvent('status.ad_ref', null, details, { ...ctx, locale: 'fr' })).toBe(
      'a accepté ad referendum « 1.1 Reports » dans « Chapter III » pour APM',
    );
    expect(describeEvent('status.ad_ref', null, details, { ...ctx, locale: 'ar' })).toBe(
      'وافق رهن الإحالة على «1.1 Reports» في «Chapter III» باسم APM',
    );
    expect(describeEvent('document.edit', 'd', { changes: 3 }, { ...ctx, locale: 'fr' })).toBe(
      'a modifié « Chapter III » (3 modifications)',
    );
    expect(
      describeEvent('member.role_change', 'u', { from: 'lead_negotiator', fromPartyId: 'p', to: 'observer' }, { ...ctx, locale: 'ar' }),
    ).toBe('غيّر دور Ruth Abeyta من كبير المفاوضين (GOV) إلى مراقب');
  });
});
