// Every field the contract names, found and highlighted on the real Meilisearch: message text (with
// offsets and the message id), phone in any spelling, email, notes, tags, typos, diacritics of the
// five languages; and another workspace's conversations never in results or highlights.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { marked, searchKit, type SearchKit } from '../../../../test/search/medium-search';

describe('search fields and highlights (medium: real Meilisearch)', () => {
  let kit: SearchKit;
  let ws: string;
  let other: string;
  const c: Record<string, { id: string; messageIds: string[] }> = {};

  before(async () => {
    kit = await searchKit();
    [ws, other] = [(await kit.m.workspace()).id, (await kit.m.workspace()).id];
    const text = (t: string) => ({ role: 'CUSTOMER' as const, text: t });
    c.giulia = await kit.seed(ws, {
      contact: { name: 'Giulia Bianchi', phone: '+39 347 123 4567', email: 'giulia.bianchi@example.com' },
      messages: [
        text('Buongiorno, vorrei un preventivo per un impianto fotovoltaico a Bergamo'),
        { role: 'AGENT', text: 'Certo! Le mando il preventivo entro domani.' },
      ],
      notes: ['Richiamare lunedì mattina'],
      tags: ['Fotovoltaico'],
    });
    c.marco = await kit.seed(ws, {
      contact: { name: 'Marco Neri', phone: '+39 347 123 45678' },
      messages: [text('La mia collega giulia.bianchi@example.com vi scriverà per il preventivo')],
    });
    c.italian = await kit.seed(ws, { contact: { name: 'Luca' }, messages: [text('Perché il preventivo è così alto? Sono già cliente')] });
    c.spanish = await kit.seed(ws, {
      contact: { name: 'Lucía' },
      messages: [text('¿Cuánto cuesta la instalación? Este año quiero paneles')],
    });
    c.french = await kit.seed(ws, {
      contact: { name: 'Hélène' },
      messages: [text('Où est la façade exposée? Ça coûte cher, les élèves à Noël')],
    });
    c.german = await kit.seed(ws, {
      contact: { name: 'Jürgen Müller' },
      messages: [text('Wir wohnen in der Hauptstraße 5, an der Straße zum See; die Größe des Dachs ist 40 m²')],
    });
    c.germanAscii = await kit.seed(ws, { contact: { name: 'Petra Mueller' }, messages: [text('Die Strasse ist eng')] });
    c.english = await kit.seed(ws, { contact: { name: 'Ann' }, messages: [text('Please send the résumé of the naïve café project')] });
    // languages mixed in one message: no language detection to get wrong
    c.mixed = await kit.seed(ws, { contact: { name: 'Mix' }, messages: [text('Ex æquo! Noël in città, ÉLÈVE Ñandú')] });
    c.long = await kit.seed(ws, {
      contact: { name: 'Long talker' },
      messages: [
        text(
          `${'We talked about many things before. '.repeat(12)}Then the heat pump question came up. ${'More words after it. '.repeat(12)}`,
        ),
      ],
    });
    c.elsewhere = await kit.seed(other, {
      contact: { name: 'Giulia Bianchi', phone: '+39 347 123 4567', email: 'giulia.bianchi@example.com' },
      messages: [text('Buongiorno, vorrei un preventivo per un impianto fotovoltaico a Bergamo')],
      notes: ['Richiamare lunedì mattina'],
    });
    await kit.sync();
  });
  after(() => kit?.close());

  const first = async (q: string) => (await kit.search(ws, q)).edges[0];

  it('message text: the message, its id and offsets on the words; plain text, cropped around a match in a long message', async () => {
    const edge = await first('impianto fotovoltaico');
    assert.equal(edge.row.conversation.id, c.giulia.id);
    const message = edge.highlights.find((h) => h.field === 'MESSAGE');
    assert.ok(message, JSON.stringify(edge.highlights));
    assert.equal(message.messageId, c.giulia.messageIds[0]);
    assert.equal(message.text, 'Buongiorno, vorrei un preventivo per un impianto fotovoltaico a Bergamo');
    assert.deepEqual(marked(message), ['impianto', 'fotovoltaico']);
    const long = (await first('heat pump')).highlights[0];
    assert.equal(long.field, 'MESSAGE');
    assert.ok(long.text.length <= 122 && long.text.startsWith('…') && long.text.endsWith('…'), long.text);
    assert.deepEqual(marked(long), ['heat', 'pump']);
  });

  it('a typo finds the word and highlights it as written', async () => {
    for (const q of ['fotovoltaco', 'preventvo']) {
      const { ids, edges } = await kit.search(ws, q);
      assert.ok(ids.includes(c.giulia.id), q);
      assert.ok(
        edges.every((e) => e.highlights.length > 0),
        q,
      );
    }
    const h = (await first('impianto fotovoltaco')).highlights.find((x) => x.field === 'MESSAGE');
    assert.deepEqual(marked(h ?? { text: '', matches: [] }), ['impianto', 'fotovoltaico']);
  });

  it('phone: three spellings and the last 7 digits put the number first, highlighted as written', async () => {
    const spellings: [string, string][] = [
      ['+39 347 123 4567', '39 347 123 4567'],
      ['3471234567', '347 123 4567'],
      ['0039 347 1234567', '39 347 123 4567'],
      ['1234567', '123 4567'],
    ];
    for (const [q, digits] of spellings) {
      const edge = await first(q);
      assert.equal(edge.row.conversation.id, c.giulia.id, q);
      assert.deepEqual(
        edge.highlights.filter((h) => h.field === 'PHONE').map((h) => [h.text, marked(h)]),
        [['+39 347 123 4567', [digits]]],
        q,
      );
    }
    // the longer number shares the prefix, so it is found too, after the exact one
    assert.deepEqual((await kit.search(ws, '3471234567')).ids, [c.giulia.id, c.marco.id]);
  });

  it('an exact email puts its conversation first, before one that only mentions it', async () => {
    const { edges } = await kit.search(ws, 'giulia.bianchi@example.com');
    assert.deepEqual(
      edges.map((e) => e.row.conversation.id),
      [c.giulia.id, c.marco.id],
    );
    assert.deepEqual(edges[0].highlights.filter((h) => h.field === 'EMAIL').map(marked), [['giulia', 'bianchi', 'example', 'com']]);
  });

  it('notes and tags are found and highlighted', async () => {
    const note = (await first('lunedi')).highlights[0];
    assert.deepEqual([note.field, note.text, marked(note)], ['NOTE', 'Richiamare lunedì mattina', ['lunedì']]);
    const tagged = await first('fotovoltaico');
    assert.deepEqual(
      tagged.highlights.map((h) => h.field),
      ['TAG', 'MESSAGE'],
    );
  });

  it('diacritics are folded in Italian, Spanish, French, English and German, German spellings both ways', async () => {
    const cases: [string, string, string[]][] = [
      ['perche', c.italian.id, ['Perché']],
      ['gia cliente', c.italian.id, ['già', 'cliente']],
      ['cuanto instalacion', c.spanish.id, ['Cuánto', 'instalación']],
      ['ano paneles', c.spanish.id, ['año', 'paneles']],
      ['facade exposee', c.french.id, ['façade', 'exposée']],
      ['coute eleves noel', c.french.id, ['coûte', 'élèves', 'Noël']],
      ['resume naive cafe', c.english.id, ['résumé', 'naïve', 'café']],
      ['aequo noel citta eleve nandu', c.mixed.id, ['æquo', 'Noël', 'città', 'ÉLÈVE', 'Ñandú']],
      ['hauptstrasse', c.german.id, ['Hauptstraße']],
      ['grosse dachs', c.german.id, ['Größe', 'Dachs']],
    ];
    for (const [q, id, words] of cases) {
      const edge = await first(q);
      assert.equal(edge?.row.conversation.id, id, q);
      assert.deepEqual(marked(edge.highlights[0]), words, q);
    }
    for (const q of ['muller', 'müller', 'mueller']) {
      const { edges } = await kit.search(ws, q);
      const german = edges.find((e) => e.row.conversation.id === c.german.id);
      assert.deepEqual(marked(german?.highlights[0] ?? { text: '', matches: [] }), ['Müller'], q);
      assert.ok(
        edges.some((e) => e.row.conversation.id === c.germanAscii.id),
        `${q} finds Mueller too`,
      );
    }
    for (const q of ['strasse', 'straße'])
      assert.deepEqual(new Set((await kit.search(ws, q)).ids), new Set([c.german.id, c.germanAscii.id]), q);
  });

  it("another workspace's conversation is never in the results or the highlights", async () => {
    const mine = new Set(Object.entries(c).flatMap(([k, v]) => (k === 'elsewhere' ? [] : [v.id])));
    const mineMessages = new Set(Object.entries(c).flatMap(([k, v]) => (k === 'elsewhere' ? [] : v.messageIds)));
    for (const q of ['Giulia Bianchi', 'impianto fotovoltaico', '3471234567', 'giulia.bianchi@example.com', 'lunedi', 'preventivo']) {
      const { edges, total } = await kit.search(ws, q);
      assert.ok(edges.length > 0, q);
      for (const e of edges) {
        assert.ok(mine.has(e.row.conversation.id), q);
        for (const h of e.highlights) if (h.messageId) assert.ok(mineMessages.has(h.messageId), q);
      }
      assert.equal(await total(), edges.length, q);
      const theirs = await kit.search(other, q);
      assert.ok(
        theirs.edges.every((e) => e.row.conversation.id === c.elsewhere.id),
        q,
      );
    }
  });
});
