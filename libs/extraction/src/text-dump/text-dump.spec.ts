import { parseTextDump } from './text-dump';

const WRAPPED = [
  'Home  News  Sport  Weather',
  '',
  '  • Politics',
  '  • Business',
  '',
  'Harbour reopens after repairs',
  '',
  'The harbour reopened on Monday after three weeks of repairs to the sea wall,',
  'the port authority said in a statement issued on Sunday evening to the local',
  'press and to the fishing cooperative.',
  '',
  'Fishing boats were the first to return, followed by the ferry to the islands,',
  'which resumes its normal timetable on Wednesday, according to the operator.',
  '',
  '12 Comments',
  '',
  'Anna says:',
  'This is a long comment that goes on about the harbour and the repairs for a while.',
].join('\n');

describe('parseTextDump', () => {
  it('joins lines wrapped at the margin and keeps the story between the furniture', () => {
    const r = parseTextDump(WRAPPED);
    expect(r.title).toBe('Harbour reopens after repairs');
    expect(r.paragraphs).toEqual([
      'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said in a statement issued on Sunday evening to the local press and to the fishing cooperative.',
      'Fishing boats were the first to return, followed by the ferry to the islands, which resumes its normal timetable on Wednesday, according to the operator.',
    ]);
    expect(r.boilerplate).toEqual(expect.arrayContaining(['12 Comments', 'Anna says:']));
  });

  // Story paragraphs the dumps below are built from, around the template lines each test is about.
  const REOPENED = 'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.';
  const BOATS_RETURN = 'Fishing boats were the first to return, followed by the ferry to the islands, on Wednesday morning.';
  const REPAIRS_COST = 'The repairs cost less than expected, and the authority said the remaining work on the pier would wait until the spring.';
  const WALL_BUILT = 'The port authority said the new sea wall was built to withstand storms stronger than any recorded on this coast.';
  /** The headline, then each paragraph after a blank line, as w3m prints them. */
  const headedStory = (...paragraphs: string[]) => ['Harbour reopens after repairs', ...paragraphs.flatMap((p) => ['', p])];

  it("leaves out the site's notices, and ends a list the story's last line seems to announce at one", () => {
    const dump = [
      ...headedStory(
        'Disclosure: Harbour News may earn a commission from some of the products featured on this page.',
        REOPENED,
        BOATS_RETURN,
        REPAIRS_COST,
        `${WALL_BUILT} Topics:`,
      ),
      '',
      '  • Harbour,',
      '  • Ferries',
      '',
      'Harbour News has affiliate partnerships and may earn commission on products purchased through affiliate links.',
      '',
      '  • ← Previous Story',
      '',
      'Ferry operator names its new boat after the harbour master',
      '',
      'Fishing cooperative elects a new chair for the coming year',
      '',
      'Pier works to resume in the spring after the winter storms',
      '',
      'Sea wall repairs cost less than the port authority expected',
      '',
      'Get Tide Times, our weekly newsletter',
    ].join('\n');
    expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, BOATS_RETURN, REPAIRS_COST, `${WALL_BUILT} Topics:`]);
  });

  it('reads a story line that introduces a list with "said:" as story, and a short name before "says:" as a comment', () => {
    const dump = [
      'Harbour reopens after repairs',
      '',
      REOPENED,
      '',
      BOATS_RETURN,
      '',
      'Advertisement',
      '',
      'In a statement on Sunday evening, the harbour master also said:',
      '',
      '  • The sea wall will be inspected every year from now on',
      '  • Moorings for visiting yachts will be free until the summer',
      '',
      'The cooperative said the repairs had cost its members three weeks of catches and a good deal of patience.',
      '',
      'The ferry operator thanked its passengers for their patience during the weeks of closure this spring.',
      '',
      'Anna on March 3, 2015 at 4:12 pm said:',
      'This is a long comment that goes on about the harbour and the repairs for a while.',
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs[0]).toMatch(/^The harbour reopened on Monday/);
    expect(r.paragraphs).toContain('In a statement on Sunday evening, the harbour master also said:');
    expect(r.paragraphs.join(' ')).not.toContain('long comment');
  });

  it('keeps a story whole across a code listing inside it', () => {
    const listing = ['config: {', '  list: [', '    item: [', '    ]', '    ...', '  ]', '}'];
    const dump = [
      'Bug lets anyone crash a game server',
      '',
      'A flaw in a popular online game makes it easy for just about anyone to crash the server that hosts it, a developer says.',
      '',
      'The bug lets a client send the server a packet that nests lists within lists, five levels deep, as in this example:',
      '',
      ...listing,
      ...listing,
      ...listing,
      '',
      'The root of the object holds three hundred lists, and each of those holds ten more, down to five levels of nesting.',
      '',
      'The fix is not hard, the developer said: the server should never accept a packet that it would have to decompress to so much.',
      '',
      'The game maker did not answer a request for comment before this story was published on Thursday.',
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs[0]).toMatch(/^A flaw in a popular online game/);
    expect(r.paragraphs[r.paragraphs.length - 1]).toMatch(/^The game maker did not answer/);
  });

  it('leaves out teaser links set in the story under a label, however long, but not sentences', () => {
    const dump = [
      'Harbour reopens after repairs',
      '',
      REOPENED,
      '',
      'READ MORE: Sea wall collapse: Storm damage closes harbour for three weeks as repairs begin at once',
      '',
      BOATS_RETURN,
      '',
      'Lesen Sie auch: Fähre zu den Inseln fährt wieder',
      '',
      'More: the ferry will run twice a day until the summer timetable starts in May, the operator said.',
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs.join(' ')).not.toMatch(/READ MORE|Lesen Sie auch/);
    expect(r.paragraphs).toContain('More: the ferry will run twice a day until the summer timetable starts in May, the operator said.');
  });

  it('leaves out the other stories a "You may also like" box prints in full after the story, not a story below such a box', () => {
    const otherStories = [
      'You may also like...',
      '',
      'Share on WhatsApp Facebook',
      'The mountain railway will run again from May, after a winter in which snow closed the line for eleven weeks and the company rebuilt two of its bridges.',
      '',
      'Share on WhatsApp Facebook',
      'A new library opened in the old town hall on Saturday, with a reading room for children, a café and a collection of maps of the county going back three centuries.',
      'Jane Doe',
    ];
    const after = parseTextDump([...headedStory(REOPENED, BOATS_RETURN, REPAIRS_COST, WALL_BUILT), '', ...otherStories].join('\n'));
    expect(after.paragraphs).toEqual([REOPENED, BOATS_RETURN, REPAIRS_COST, WALL_BUILT]);
    // Above the story, the box is a widget of the template: the story below it is read as before.
    const above = parseTextDump(
      ['Harbour reopens after repairs', '', 'You may also like', 'Ferry chaos as islanders stranded', '', REOPENED, '', BOATS_RETURN, '', REPAIRS_COST].join(
        '\n',
      ),
    );
    expect(above.paragraphs).toEqual([REOPENED, BOATS_RETURN, REPAIRS_COST]);
  });

  it.each(['Auch interessant:', 'Lesen Sie auch', 'Voir aussi :', 'Leggi anche', 'Lee también'])(
    'reads "%s" alone on its line as English "Read also": the headlines listed under it stay out of the story',
    (label) => {
      const losses =
        'The cooperative said the closure had cost its members three weeks of catches, and that it would ask the port authority and the county council for help with the losses, which it put at several thousand pounds for the larger boats and rather less for the smaller ones that fish close to the shore.';
      const dump = [
        ...headedStory(REOPENED, BOATS_RETURN, WALL_BUILT, REPAIRS_COST),
        '',
        label,
        '• Storm warning for the coast',
        '• Ferry timetable changes from Monday',
        '',
        losses,
      ].join('\n');
      expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, BOATS_RETURN, WALL_BUILT, REPAIRS_COST, losses]);
    },
  );

  it('leaves out the headlines a "Don\'t miss" label sets inside a story, and keeps the story after them', () => {
    const dump = [
      ...headedStory(REOPENED, BOATS_RETURN, WALL_BUILT),
      '',
      "DON'T MISS",
      'Storm warning: Coast braces for the worst winds in a decade',
      'Ferry chaos as islanders stranded for a week by the closure',
      '',
      REPAIRS_COST,
      '',
      'The cooperative said the closure had cost its members three weeks of catches and a good deal of patience this winter.',
      '',
      'The ferry operator thanked its passengers for their patience during the weeks of closure and promised extra crossings.',
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs.join(' ')).not.toMatch(/Storm warning|Ferry chaos/);
    expect(r.paragraphs[0]).toMatch(/^The harbour reopened on Monday/);
    expect(r.paragraphs[r.paragraphs.length - 1]).toMatch(/^The ferry operator thanked/);
  });

  it('reads a line that ends in a photo credit after "©" as a caption, however long', () => {
    const caption = 'Fishing boats in the harbour on Monday morning, the first day after the sea wall was repaired © Jane Doe';
    const dump = headedStory(REOPENED, caption, BOATS_RETURN, REPAIRS_COST).join('\n');
    expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, BOATS_RETURN, REPAIRS_COST]);
  });

  it('does not take a photo caption right above the story for the deck', () => {
    const dump = headedStory('Fishing boats in the harbour on Monday (Photo: Jane Doe)', REOPENED, BOATS_RETURN, REPAIRS_COST).join('\n');
    const r = parseTextDump(dump);
    expect(r.subtitle).toBeNull();
    expect(r.title).toBe('Harbour reopens after repairs');
  });

  it("leaves out a gallery's captions and controls inside the story", () => {
    const dump = [
      'Harbour reopens after repairs',
      '',
      'Image 1 of / 2',
      'Caption',
      '1of2Fishing boats wait at the harbour entrance on Monday morning, before the first crossing in three weeks.',
      '2of2The ferry leaves for the islands on Monday morning, with the first passengers in three weeks on board.',
      '1 / 2',
      'Back to Gallery',
      '',
      REOPENED,
      '',
      BOATS_RETURN,
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs).toEqual([REOPENED, BOATS_RETURN]);
  });

  it('leaves out a gallery\'s slides counted one by one ("2/30"), however long their captions, but not a recipe\'s "1/4 cup"', () => {
    const slide = (n: number) => [
      `  • ${n}/30 Harbour news of week ${n}`,
      '',
      `    In week ${n} the harbour authority reported on the repairs, the ferries and the fishing fleet, and the council`,
      '    answered questions from the islanders about the timetable, the fares and the new sea wall at length.',
      '',
      '    GETTY IMAGES',
      '',
    ];
    const recipe = 'Stir in 1/4 cup of sugar and the juice of two lemons, then leave the mixture to cool for an hour before serving.';
    const dump = ['Harbour reopens after repairs', '', ...[1, 2, 3, 4].flatMap(slide), REOPENED, '', recipe, '', BOATS_RETURN].join('\n');
    expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, recipe, BOATS_RETURN]);
  });

  it('reads a count of comments in the header above a post as part of the header, not as the comment thread that ends the story', () => {
    const dump = [
      'Harbour Notes',
      '',
      'A blog about the harbour, its ferries, its fishing fleet and the people who work there, written by the harbour master and friends since 2009, with new posts every Friday, photographs of the week on the quay and a tide table for the weekend.',
      '',
      'Harbour reopens after repairs',
      '',
      'Anna Harbour',
      'December 18, 2020',
      '',
      '2 responses',
      '',
      REOPENED,
      '',
      BOATS_RETURN,
      '',
      WALL_BUILT,
    ].join('\n');
    expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, BOATS_RETURN, WALL_BUILT]);
  });

  it.each(['[ ]Sign Up', '[                    ] [SIGN UP]'])('leaves out a sign-up box set inside the story, button (%s) and pitch', (button) => {
    const dump = [
      'Harbour reopens after repairs',
      '',
      REOPENED,
      '',
      REPAIRS_COST,
      '',
      'Let our news meet your inbox. The stories that matter, delivered weekday mornings.',
      button,
      'This site is protected by recaptcha Privacy Policy | Terms of Service',
      '',
      BOATS_RETURN,
      '',
      WALL_BUILT,
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs).toEqual([REOPENED, REPAIRS_COST, BOATS_RETURN, WALL_BUILT]);
  });

  it.each(['About Anna Harbour', 'Über Anna Harbour', 'About the author'])(
    'ends the story at the writer\'s box ("%s"), though the bio reads as prose',
    (heading) => {
      const dump = [
        ...headedStory(REOPENED, BOATS_RETURN, REPAIRS_COST),
        '',
        heading,
        '',
        'Anna Harbour has covered the port, its ferries and its fishing fleet for Harbour News since 2009, and before that wrote about the islands for the county paper.',
      ].join('\n');
      expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, BOATS_RETURN, REPAIRS_COST]);
    },
  );

  it('ends the story at a "We Recommend" box, though its teasers read as prose', () => {
    const dump = [
      ...headedStory(REOPENED, BOATS_RETURN, REPAIRS_COST),
      '',
      'We Recommend',
      '',
      'The Ferry That Sank Twice (3:05)',
      '',
      'Divers returned this summer to the wreck of the old island ferry, which sank at its mooring in 1931 and again after it was raised.',
      '',
      'Why the Lighthouse Keeper Never Left (2:41)',
      '',
      'For forty years one family kept the light at the harbour mouth, and their logbooks tell the story of every storm they saw.',
    ].join('\n');
    expect(parseTextDump(dump).paragraphs).toEqual([REOPENED, BOATS_RETURN, REPAIRS_COST]);
  });

  it("leaves out a picture's alternative text glued to its caption or to the text after it, or printed twice on one line", () => {
    const dump = [
      'Harbour reopens after repairs',
      '',
      'Will the ferry keep its winter timetable after the repairs? Will the ferry keep its winter timetable after the repairs?',
      '',
      REOPENED,
      '',
      'The sea wall at duskThe sea wall at dusk',
      '',
      BOATS_RETURN,
      '',
      'Anna HarbourAnna HarbourIf we have not met yet, my name is Anna and I write about the coast for this site.',
      '',
      WALL_BUILT,
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs).toEqual([REOPENED, BOATS_RETURN, WALL_BUILT]);
  });

  it('joins wrapped lines of a script written without spaces without adding one', () => {
    const line = 'これは日本語の文章です。'.repeat(3) + 'これは';
    const text = [line, '日本語の文章の続きです。とても長い文章になります。', '', line, '最後の行です。'].join('\n');
    const r = parseTextDump(text);
    expect(r.paragraphs.join('')).not.toContain(' ');
  });

  it('takes the byline out of the body and names the author', () => {
    const r = parseTextDump('Title line of the story\n\nA paragraph of the story that is long enough to count as prose for the parser.\n\nBy Jane Roe (');
    expect(r.authors).toEqual(['Jane Roe']);
    expect(r.boilerplate).toContain('By Jane Roe (');
  });

  it('keeps a numbered list the story opens to its last item, though the items are not prose', () => {
    const dump = [
      'Home  Shop  Deals',
      '',
      'Ten gifts for the nostalgic',
      '',
      'Black Friday is upon us, and the shops offer discounts on everything from toys to films, so here is our list of the best.',
      '',
      'Retro toys and films have never been so cheap, and these are the offers that we would not miss this year at all.',
      '',
      '1) Star Wars bomber set',
      'http://amzn.example/1',
      '[toy-240x300]',
      '2) Electric race track',
      'http://amzn.example/2',
      '3) Blade Runner box set',
      'http://amzn.example/3',
      '',
      '4) Time machine model',
      'http://amzn.example/4',
      '',
      'Related posts',
      '1) Another list',
    ].join('\n');
    const parsed = parseTextDump(dump);
    expect(parsed.paragraphs.filter((p) => /^\d\)/.test(p))).toEqual([
      '1) Star Wars bomber set',
      '2) Electric race track',
      '3) Blade Runner box set',
      '4) Time machine model',
    ]);
    expect(parsed.paragraphs[parsed.paragraphs.length - 1]).toBe('http://amzn.example/4');
  });

  it('leaves out a line the page prints three times or more unless it is a sentence', () => {
    const story = [
      'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.',
      'Fishing boats were the first to return, followed by the ferry to the islands, according to the operator.',
      'The repairs cost less than expected, and the remaining work on the pier will wait until the spring.',
    ];
    const teaser = 'Ten Harbour Towns Worth a Weekend Trip';
    const question = 'What did the reopening mean for your business?';
    const dump = [
      'Harbour reopens',
      '',
      story[0],
      '',
      teaser,
      '',
      question,
      '',
      story[1],
      '',
      teaser,
      '',
      question,
      '',
      story[2],
      '',
      teaser,
      '',
      question,
    ].join('\n');
    const r = parseTextDump(dump);
    expect(r.paragraphs).not.toContain(teaser);
    expect(r.paragraphs.filter((p) => p === question)).toHaveLength(3);
  });

  it('keeps the items of a list the story announces, though none is a sentence', () => {
    const story = [
      'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.',
      'Fishing boats were the first to return, followed by the ferry to the islands, according to the operator.',
      'Here is the calendar of events planned at the harbour this month, with the number of expected visitors:',
    ];
    const items = [
      'Jan. 3-4: Harbour Festival, Main Pier, 2000',
      'Jan. 10: Fishing Cooperative Open Day, North Quay, 300',
      'Jan. 17-18: Island Ferry Anniversary Weekend, Ferry Terminal, 800',
      'Jan. 24: Sea Wall Guided Walk, Lighthouse Steps, 150',
      'Jan. 31: Winter Boat Show, Old Warehouse, 1200',
    ];
    const dump = ['Harbour reopens', '', ...story.flatMap((l) => [l, '']), ...items, '', 'Related', '', 'Home  News  Sport'].join('\n');
    expect(parseTextDump(dump).paragraphs).toEqual([...story, ...items]);
  });
  it('keeps a table the story ends on (rows of one punctuation shape, a "&" in a name aside), but not a list of links that differ only in their numbers', () => {
    const story = [
      'The band announced a thirty-date tour on Monday, its first in a decade, with the singer back in the lineup.',
      'Tickets go on sale on Friday, and the band said more dates would follow in the autumn, according to its label.',
    ];
    const rows = [
      'June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre',
      'June 10 – Camden, NJ @ BB&T Pavilion',
      'June 17 – Nashville, TN @ Bridgestone Arena',
      'June 19 – Charlotte, NC @ PNC Music Pavilion',
      'June 20 – Raleigh, NC @ Coastal Credit Union Music Park',
      'June 24 – Bristow, VA @ Jiffy Lube Live',
    ];
    const archive = [
      'The Morning Paper of 2019/02/09',
      'The Morning Paper of 2019/02/08',
      'The Morning Paper of 2019/02/07',
      'The Morning Paper of 2019/02/06',
      'The Morning Paper of 2019/02/05',
      'The Morning Paper of 2019/02/04',
      'The Morning Paper of 2019/02/03',
    ];
    const page = (after: string[]) =>
      ['Band announces tour', '', ...story.flatMap((l) => [l, '']), 'Tour Dates', '', ...after, '', 'Home  News  Sport'].join('\n');
    expect(parseTextDump(page(rows)).paragraphs).toEqual([...story, 'Tour Dates', ...rows]);
    expect(parseTextDump(page(archive)).paragraphs).toEqual(story);
  });

  it('does not take a long menu line without punctuation for prose, so the headline above the story stays out of the body', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `Section${i} Showcase Learning Center`).join(' ');
    const r = parseTextDump(
      [
        menu,
        'Search',
        '',
        'Harbour reopens after repairs',
        '',
        'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.',
        '',
        'Fishing boats were the first to return, followed by the ferry to the islands, the operator said.',
      ].join('\n'),
    );
    expect(r.title).toBe('Harbour reopens after repairs');
    expect(r.paragraphs).toHaveLength(2);
    expect(r.paragraphs[0]).toMatch(/^The harbour reopened/);
  });
  it('leaves out lines set in capitals inside the story (promotions, related links), not lines of a script without case', () => {
    const story = [
      'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.',
      '',
      'GET THE HARBOUR NEWS ON THE GO BY CLICKING HERE',
      '',
      'Fishing boats were the first to return, followed by the ferry to the islands, the operator said.',
    ];
    expect(parseTextDump(story.join('\n')).paragraphs).toHaveLength(2);
    const cjk = [
      '港は月曜日に再開した。三週間にわたる護岸の修理が終わったと港湾当局が発表した。',
      '',
      'NHKとJR東日本、ANAの調べでは、FAXやSNSで届いた苦情はなかった。',
      '',
      '漁船が最初に戻り、島へのフェリーが続いた。運航会社によると通常の時刻表に戻る。',
    ];
    expect(parseTextDump(cjk.join('\n')).paragraphs).toHaveLength(3);
  });
  it('leaves out a line printed twice in a row (a picture’s alternative text and caption), even above the story', () => {
    const caption = 'An artist’s illustration of a plume of water vapour rising from the icy moon.';
    const r = parseTextDump(
      [
        'Plumes on the icy moon are real',
        '',
        caption,
        caption,
        '(Image: © Agency)',
        '',
        'The icy moon’s elusive plumes of water vapour do indeed seem to be real, the researchers said on Monday.',
        '',
        'The space telescope has spotted indirect evidence of such plumes over the years, they added in the report.',
      ].join('\n'),
    );
    expect(r.paragraphs.join(' ')).not.toContain('illustration');
    expect(r.paragraphs).toHaveLength(2);
  });
  it('does not read a headline in title case as the story’s first sentence', () => {
    const r = parseTextDump(
      [
        'Search',
        '',
        'Tim Cook On Apple Being ‘Pulled Into The Enterprise’',
        'The chief executives of two companies talk about mobility, sustainability and products on the same stage.',
        '',
        'Apple was pulled into the enterprise, its chief executive said on Tuesday in a fireside chat at a conference.',
        '',
        'After the first phones shipped, people began using them for business, forcing the company to adapt quickly.',
      ].join('\n'),
    );
    expect(r.title).toBe('Tim Cook On Apple Being ‘Pulled Into The Enterprise’');
    expect(r.paragraphs.join(' ')).not.toContain('Tim Cook');
  });
  it('finds the wrap width from the few lines at the margin when most paragraphs are short', () => {
    const short = Array.from({ length: 20 }, (_, i) => [`Paragraph ${String(i).padStart(2, '0')} is a short line of the story, it ends here now.`, '']).flat();
    const wrapped = [
      'American Airlines offered to fly the cat to Portland, along with a member of',
      'the Santa Fe Animal Shelter. Officials will present the animal to Viktor Usov,',
      'the cat’s original owner.',
    ];
    const r = parseTextDump([...short, ...wrapped].join('\n'));
    expect(r.paragraphs[r.paragraphs.length - 1]).toBe(wrapped.join(' '));
  });
  it('ends the story before the template’s closing prompts (newsletter, terms of use), not before a sentence that mentions a subscription', () => {
    const story = [
      'The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.',
      '',
      'Fishing boats were the first to return, and a subscription ferry service resumes on Wednesday, the operator said.',
    ];
    const r = parseTextDump(
      [
        ...story,
        '',
        'Get the day’s big stories delivered to your inbox every morning, free of charge, from our team of editors.',
        '',
        'Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy.',
      ].join('\n'),
    );
    expect(r.paragraphs).toEqual([story[0], story[2]]);
  });
});
