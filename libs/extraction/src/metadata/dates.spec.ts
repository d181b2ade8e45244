import { dateFromUrl, isMonthName, jalaliToGregorian, labelledDate, numericDateOrder, parseHumanDate, parseMachineDate, updatedDate } from './dates';

describe('dates', () => {
  it('parses machine dates and keeps time and zone', () => {
    expect(parseMachineDate('2019-11-19T08:38:00+05:30')).toBe('2019-11-19T08:38:00+05:30');
    expect(parseMachineDate('2019-11-19T08:38:00+0530')).toBe('2019-11-19T08:38:00+05:30');
    expect(parseMachineDate('2019-11-19')).toBe('2019-11-19');
    expect(parseMachineDate('20191119')).toBe('2019-11-19');
    expect(parseMachineDate('2019-02-30')).toBeNull();
    expect(parseMachineDate('not a date')).toBeNull();
  });

  it('parses dates as people write them, in several languages', () => {
    expect(parseHumanDate('Tuesday, November 19, 2019 08:38 AM')).toBe('2019-11-19');
    expect(parseHumanDate('Updated : 19 November 2019, 09:01 AM')).toBe('2019-11-19');
    expect(parseHumanDate('13. Februar 2017')).toBe('2017-02-13');
    expect(parseHumanDate('am 03.04.2016 um 12:00')).toBe('2016-04-03');
    expect(parseHumanDate('le 5 décembre 2018')).toBe('2018-12-05');
    expect(parseHumanDate('5 grudnia 2018')).toBe('2018-12-05');
    expect(parseHumanDate('no date in here')).toBeNull();
    // Placeholder years written with four digits are no date, not 2001.
    expect(parseHumanDate('1/1/0001 12:00:00 AM')).toBeNull();
    expect(parseHumanDate('01.01.0001')).toBeNull();
    expect(parseHumanDate('1 January 0001')).toBeNull();
    expect(parseHumanDate('19.11.19')).toBe('2019-11-19');
    // Inline elements run together in a block's text.
    expect(parseHumanDate('Original Research7 April 2020')).toBe('2020-04-07');
  });

  it('reads month names of more languages, year-first dates in words, Korean dates and other digits', () => {
    expect(parseHumanDate('5. března 2020')).toBe('2020-03-05');
    expect(parseHumanDate('2020. március 5. 10:32')).toBe('2020-03-05');
    expect(parseHumanDate('12 martie 2021')).toBe('2021-03-12');
    expect(parseHumanDate('14 Şubat 2022 Pazartesi')).toBe('2022-02-14');
    expect(parseHumanDate('3. syyskuuta 2019')).toBe('2019-09-03');
    expect(parseHumanDate('7 Σεπτεμβρίου 2021')).toBe('2021-09-07');
    expect(parseHumanDate('Kamis, 17 Agustus 2023')).toBe('2023-08-17');
    expect(parseHumanDate('12 de febrer de 2020')).toBe('2020-02-12');
    expect(parseHumanDate('الأحد 15 أغسطس 2021')).toBe('2021-08-15');
    expect(parseHumanDate('١٥ أغسطس ٢٠٢١')).toBe('2021-08-15');
    expect(parseHumanDate('15 अगस्त 2021')).toBe('2021-08-15');
    expect(parseHumanDate('입력 2021년 8월 15일 09:30')).toBe('2021-08-15');
    // Polish "listopada" stays November.
    expect(parseHumanDate('5 listopada 2018')).toBe('2018-11-05');
  });

  it('reads South Slavic, Baltic, Cyrillic, Thai, Levantine and Maghrebi Arabic, Hebrew, Persian and Bengali month names', () => {
    const written: Array<[string, string | null]> = [
      ['4. svibnja 2020.', '2020-05-04'],
      ['12. avgust 2021', '2021-08-12'],
      ['2020 m. gegužės 4 d.', '2020-05-04'],
      ['2021. gada 3. martā', '2021-03-03'], // Latvian writes year, day, month
      ['4. maijs 2020', '2020-05-04'],
      ['4. detsember 2020', '2020-12-04'],
      ['4 мај 2020', '2020-05-04'],
      ['15 октомври 2019', '2019-10-15'],
      // Thai months go with Buddhist Era years, in Thai digits too.
      ['04 พฤษภาคม 2563', '2020-05-04'],
      ['๔ พฤษภาคม ๒๕๖๓', '2020-05-04'],
      ['4 أيار 2020', '2020-05-04'],
      ['12 تشرين الأول 2019', '2019-10-12'],
      ['12 كانون الثاني 2019', '2019-01-12'],
      ['3 جويلية 2021', '2021-07-03'],
      ['4 במאי 2020', '2020-05-04'],
      ['4 ژوئن 2020', '2020-06-04'],
      ['১০ মে ২০২০', '2020-05-10'],
    ];
    for (const [text, day] of written) expect([text, parseHumanDate(text)]).toEqual([text, day]);
  });

  it('reads Malay, Swahili, Tagalog, Ukrainian, Greek, Urdu, Marathi, Albanian, Azerbaijani and Tamil month names', () => {
    const written: Array<[string, string | null]> = [
      ['4 Ogos 2020', '2020-08-04'],
      ['12 Disember 2019', '2019-12-12'],
      ['4 Agosti 2020', '2020-08-04'],
      ['Hunyo 4, 2020', '2020-06-04'],
      ['4 травень 2020', '2020-05-04'],
      ['4 Μάιος 2020', '2020-05-04'],
      ['4 مئی 2020', '2020-05-04'],
      ['४ मे २०२०', '2020-05-04'],
      ['4 qershor 2020', '2020-06-04'],
      ['4 iyun 2020', '2020-06-04'],
      ['4 ஜூன் 2020', '2020-06-04'],
    ];
    for (const [text, day] of written) expect([text, parseHumanDate(text)]).toEqual([text, day]);
  });

  it('reads Icelandic, Georgian, Armenian, Kazakh, Belarusian, Basque, Kannada, Telugu, Malayalam, Gujarati and Punjabi month names, and Thai abbreviations', () => {
    const written: Array<[string, string | null]> = [
      ['4. maí 2020', '2020-05-04'],
      ['4 მაისი 2020', '2020-05-04'],
      ['4 մայիսի 2020', '2020-05-04'],
      ['4 мамыр 2020', '2020-05-04'],
      ['2020 жылғы 4 мамыр', '2020-05-04'],
      ['4 траўня 2020', '2020-05-04'],
      ['2020ko maiatzaren 4a', '2020-05-04'],
      ['4 ಮೇ 2020', '2020-05-04'],
      ['4 జనవరి 2020', '2020-01-04'],
      ['4 ജനുവരി 2020', '2020-01-04'],
      ['4 જાન્યુઆરી 2020', '2020-01-04'],
      ['૪ જાન્યુઆરી ૨૦૨૦', '2020-01-04'],
      ['4 ਜਨਵਰੀ 2020', '2020-01-04'],
      ['4 \u0a5e\u0a30\u0a35\u0a30\u0a40 2020', '2020-02-04'], // ਫ਼ as one code point
      ['4 พ.ค. 2563', '2020-05-04'],
      ['2020 оны 5 сарын 4', '2020-05-04'],
    ];
    for (const [text, day] of written) expect([text, parseHumanDate(text)]).toEqual([text, day]);
    expect(isMonthName('พ.ค.')).toBe(true);
  });

  it('reads capitals of Turkish i, full-width digits, Korean spaced dots, Catalan and hyphenated forms', () => {
    const written: Array<[string, string | null]> = [
      ['04 MAYIS 2020', '2020-05-04'],
      ['4 EKİM 2020', '2020-10-04'],
      ['ŞUBAT 4, 2020', '2020-02-04'],
      ['２０２０年５月４日', '2020-05-04'],
      ['２０２０／０５／０４', '2020-05-04'],
      ['2020. 5. 4. 오후 3:10', '2020-05-04'],
      ['4 d’abril de 2020', '2020-04-04'],
      ["4 d'octubre de 2020", '2020-10-04'],
      ['el 4 de mayo del 2020', '2020-05-04'],
      ['Monday 4th of May 2020', '2020-05-04'],
      ['4-May-2020', '2020-05-04'],
      ['04-May-20', '2020-05-04'],
      ['04-May-20: a note', '2020-05-04'],
      ['04-May-20:15', null],
      ['3-5 May 2020', '2020-05-05'],
      ['In 2020. 5 people came.', null],
    ];
    for (const [text, day] of written) expect([text, parseHumanDate(text)]).toEqual([text, day]);
  });

  it('reads Vietnamese dates and converts Solar Hijri, Japanese era and Minguo dates to the Gregorian day', () => {
    const written: Array<[string, string | null]> = [
      ['Thứ hai, ngày 4 tháng 5 năm 2020', '2020-05-04'],
      ['4 tháng 5, 2020 10:30', '2020-05-04'],
      ['۱۵ اردیبهشت ۱۳۹۹', '2020-05-04'],
      ['انتشار: ۲۴ آبان ۱۴۰۱ - ۱۰:۳۰', '2022-11-15'],
      ['令和2年5月4日', '2020-05-04'],
      ['令和元年5月1日', '2019-05-01'],
      ['平成30年12月1日', '2018-12-01'],
      ['中華民國109年5月4日', '2020-05-04'],
      ['發布日期：109年5月4日', '2020-05-04'],
      ['5年3月1日', null], // a bare one- or two-digit year names no era
    ];
    for (const [text, day] of written) expect([text, parseHumanDate(text)]).toEqual([text, day]);
    // Nowruz, the last day of a leap year (Esfand 30), and a date across the Gregorian new year.
    expect(jalaliToGregorian(1399, 1, 1)).toEqual([2020, 3, 20]);
    expect(jalaliToGregorian(1399, 12, 30)).toEqual([2021, 3, 20]);
    expect(jalaliToGregorian(1398, 10, 10)).toEqual([2019, 12, 31]);
    expect(jalaliToGregorian(1354, 1, 1)).toEqual([1975, 3, 21]);
  });

  it('finds dates in URL paths', () => {
    expect(dateFromUrl('https://a.example/2016/04/02/minions/')).toBe('2016-04-02');
    expect(dateFromUrl('https://a.example/story/2019-11-19/disney')).toBe('2019-11-19');
    expect(dateFromUrl('https://a.example/item/12345678')).toBeNull();
    expect(dateFromUrl('https://a.example/news/20191119-disney')).toBe('2019-11-19');
    expect(dateFromUrl('https://a.example/news/2021-22/transfers/flohr')).toBeNull();
  });
});

describe('numeric dates that read both ways', () => {
  it('reads "04/05/2020" in the page order, and the other way only where that order gives no day', () => {
    expect(parseHumanDate('Posted 04/05/2020', 'month-first')).toBe('2020-04-05');
    expect(parseHumanDate('Publié le 04/05/2020', 'day-first')).toBe('2020-05-04');
    expect(parseHumanDate('13/05/2020', 'month-first')).toBe('2020-05-13');
    expect(parseHumanDate('05/13/2020', 'day-first')).toBe('2020-05-13');
    // Dashes the same way ("04-05-2020"), never mixed with slashes.
    expect(parseHumanDate('Fecha: 04-05-2020', 'day-first')).toBe('2020-05-04');
    expect(parseHumanDate('04-05-2020', 'month-first')).toBe('2020-04-05');
    expect(parseHumanDate('04-05/2020', 'month-first')).toBeNull();
    expect(parseMachineDate('04/05/2020 10:00', 'day-first')).toBe('2020-05-04');
    expect(labelledDate('Publicado: 04/05/2020', 'day-first')).toBe('2020-05-04');
    expect(updatedDate('Last updated 04/05/2020', 'day-first')).toBe('2020-05-04');
    // Day-first dates with dots, and year-first dates, read one way whatever the page's order.
    expect(parseHumanDate('04.05.2020', 'month-first')).toBe('2020-05-04');
    expect(parseHumanDate('2020/04/05', 'day-first')).toBe('2020-04-05');
  });

  it('takes the order from the language, and for English from the declared region', () => {
    expect(numericDateOrder('fr', ['fr-FR'])).toBe('day-first');
    expect(numericDateOrder('es', [])).toBe('day-first');
    expect(numericDateOrder('en', ['en-GB'])).toBe('day-first');
    expect(numericDateOrder('en', [null, 'en_AU'])).toBe('day-first');
    expect(numericDateOrder('en', ['en-US'])).toBe('month-first');
    expect(numericDateOrder('en', ['en'])).toBe('month-first');
    expect(numericDateOrder('en', [])).toBe('month-first');
    // A region declared for another language says nothing of an English page's.
    expect(numericDateOrder('en', ['de-DE'])).toBe('month-first');
    expect(numericDateOrder(null, ['fr-FR'])).toBe('month-first');
  });
});

describe('more date forms', () => {
  it('reads CJK, Russian and labelled dates', () => {
    const { labelledDate } = jest.requireActual('./dates') as typeof import('./dates');
    expect(parseHumanDate('2019年6月24日 18時')).toBe('2019-06-24');
    expect(parseHumanDate('15 августа 2016')).toBe('2016-08-15');
    expect(labelledDate('Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023')).toBe('2023-11-01');
    expect(labelledDate('Datum: 19.11.2021 Autor: X')).toBe('2021-11-19');
    expect(labelledDate('no label 19.11.2021')).toBeNull();
  });

  it('reads dates under publication and update labels, not inside longer words', () => {
    expect(labelledDate('Erschienen am: 01.11.2023')).toBe('2023-11-01');
    expect(labelledDate('Datensatz vom 09.03.2016')).toBeNull();
    expect(updatedDate('Letzte Änderung: 14.01.2022 um 09:25')).toBe('2022-01-14');
    expect(updatedDate('Standort 14.01.2022')).toBeNull();
    // MediaWiki's German footer.
    expect(updatedDate('Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.')).toBe('2020-01-29');
  });

  it('reads a two-digit year after a month name, but not an hour', () => {
    expect(parseHumanDate('( Pescasseroli, 14 Gennaio 20 )')).toBe('2020-01-14');
    expect(parseHumanDate('am 5. Februar, 19 Uhr')).toBeNull();
    expect(parseHumanDate('am 5. Februar 19 Uhr')).toBeNull();
    expect(parseHumanDate('5 May 19:30')).toBeNull();
    expect(parseHumanDate('12 Jan 2019')).toBe('2019-01-12');
    expect(parseHumanDate('7 out 10 readers agree')).toBeNull();
  });
});
