#!/usr/bin/env node
// Bulk seeding straight in SQL (generate_series, one transaction per batch), matching the migration's
// schema: contacts, conversations (reviewed and visible), messages (already signaled, so the outbox
// relay leaves them alone), one review each, tags, notes. Italian/English text, Italian mobile numbers.
//
// As a command: DATABASE_URL=… WORKSPACE_ID=… node bench/seed.mjs [conversations=100000] [messagesPerConversation=10]
// then fill the search index with `npm run reindex` (same env + MEILI_*).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const lit = (arr) => `array[${arr.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

const FIRST = [
  'Giulia',
  'Marco',
  'Francesca',
  'Luca',
  'Chiara',
  'Alessandro',
  'Sara',
  'Matteo',
  'Elena',
  'Davide',
  'Anna',
  'Paolo',
  'John',
  'Emily',
  'Michael',
  'Sophie',
  'Giorgio',
  'Valentina',
  'Roberto',
  'Martina',
  'Federico',
  'Laura',
  'Stefano',
  'Ilaria',
];
const LAST = [
  'Rossi',
  'Bianchi',
  'Romano',
  'Colombo',
  'Ricci',
  'Marino',
  'Greco',
  'Bruno',
  'Gallo',
  'Conti',
  'De Luca',
  'Costa',
  'Giordano',
  'Mancini',
  'Smith',
  'Brown',
  'Lombardi',
  'Moretti',
  'Barbieri',
  'Fontana',
  'Santoro',
  'Rinaldi',
  'Caruso',
  'Ferrara',
  'Galli',
];
const PRODUCTS = [
  'pellet di abete',
  'stufa a pellet',
  'caldaia a condensazione',
  'pannelli solari',
  'climatizzatore',
  'infissi in PVC',
  'porta blindata',
  'parquet in rovere',
  'cucina su misura',
  'divano letto',
  'bicicletta elettrica',
  'pneumatici invernali',
  'assicurazione auto',
  'corso di inglese',
  'pacchetto vacanze',
  'solar panels',
  'heat pump',
  'wooden flooring',
  'electric bike',
  'winter tyres',
  'kitchen cabinets',
  'office chairs',
  'wedding catering',
  'dental cleaning',
];
const CITIES = [
  'Milano',
  'Roma',
  'Torino',
  'Napoli',
  'Bologna',
  'Firenze',
  'Verona',
  'Padova',
  'Bari',
  'Genova',
  'Palermo',
  'Trento',
  'London',
  'Manchester',
  'Dublin',
  'Lugano',
];
const CUST_OPEN = [
  'Buongiorno,',
  'Salve,',
  'Ciao!',
  'Buonasera,',
  'Hi,',
  'Hello,',
  'Good morning,',
  'Scusate,',
  'Hey there,',
  'Gentili signori,',
];
const CUST_ASK = [
  'vorrei un preventivo per',
  'quanto costa',
  'avete disponibilità di',
  'mi servono informazioni su',
  'posso avere la consegna a domicilio di',
  'vorrei prenotare un appuntamento per',
  'non mi interessa più',
  'ho già ricevuto la fattura per',
  'could you send me a quote for',
  'how much is',
  'do you deliver',
  'I would like to book a visit about',
  'is there a discount on',
  'I am not interested anymore in',
  'please call me back about',
];
const CUST_TAIL = ['a', 'per consegna a', 'zona', 'in', 'near', 'to', 'spedizione a', 'ritiro a'];
const AGENT = [
  'Certo! Le preparo subito un preventivo personalizzato, mi conferma la quantità?',
  'Grazie per averci contattato. Il prezzo parte da 450 euro IVA inclusa.',
  'Sì, consegniamo in tutta Italia entro 5 giorni lavorativi.',
  'Perfetto, le ho fissato un appuntamento per giovedì alle 10:30.',
  'Mi lascia un indirizzo email così le invio il catalogo?',
  'Capisco, resto a disposizione se cambia idea. Buona giornata!',
  'Thank you for reaching out! The price starts at 450 EUR including VAT.',
  'Sure, we deliver within 5 working days. Can I have your postcode?',
  'I have booked you for Thursday at 10:30, you will receive a confirmation by SMS.',
  'Could you share your email address so I can send you the brochure?',
  'Il nostro tecnico la richiamerà entro domani mattina.',
  'La fattura è stata inviata al suo indirizzo email, controlli anche lo spam.',
];
const SUMMARY = [
  "Il cliente chiede un preventivo; l'agente risponde con prezzi e tempi di consegna.",
  "Richiesta di informazioni su prodotto e disponibilità; l'agente propone un appuntamento.",
  'The customer asked for a quote; the agent replied with prices and delivery times.',
  'The customer is no longer interested; the agent closed politely.',
  "Domanda su fattura e consegna; l'agente ha dato tutte le informazioni richieste.",
];
// Weighted: more IN_PROGRESS / INFO_ONLY / QUOTE_REQUEST, few SPAM.
const STATUSES = [
  'INFO_ONLY',
  'INFO_ONLY',
  'INFO_ONLY',
  'QUOTE_REQUEST',
  'QUOTE_REQUEST',
  'POTENTIAL_CUSTOMER',
  'POTENTIAL_CUSTOMER',
  'OPPORTUNITY',
  'FOLLOW_UP',
  'FOLLOW_UP',
  'CONTACTED',
  'WAITING_RESPONSE',
  'WAITING_RESPONSE',
  'NOT_INTERESTED',
  'NOT_INTERESTED',
  'IN_PROGRESS',
  'IN_PROGRESS',
  'SPAM',
];
export const TAGS = [
  'VIP',
  'Urgente',
  'Follow-up',
  'Wholesale',
  'Reso',
  'Fattura',
  'Consegna',
  'Newsletter',
  'B2B',
  'Estero',
  'Promo',
  'Reclamo',
];
/** Words that occur in the seeded text (for search benchmarks). */
export const SEARCH_TERMS = [
  'preventivo',
  'pellet',
  'consegna Milano',
  'solar panels',
  'fattura',
  'appuntamento giovedì',
  'prventivo',
  'bicicletta elettrica Roma',
  'Rossi',
  '347',
];

const pick = (arr, expr) => `(${lit(arr)})[1 + ((${expr}) % ${arr.length})]`;

/**
 * Seeds conversations number `from`..`to` (inclusive, 1-based, deterministic ids per workspace) with
 * on average `perConversation` messages (4..2*avg-4).
 * @param {{ databaseUrl: string, workspaceId: string, from: number, to: number, perConversation?: number, batch?: number, log?: (m: string) => void }} o
 * @returns {Promise<{ conversations: number, messages: number, ms: number }>}
 */
export async function seed({ databaseUrl, workspaceId, from, to, perConversation = 10, batch = 10_000, log = () => {} }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const started = performance.now();
  let messages = 0;
  const spread = Math.max(1, 2 * perConversation - 8 + 1); // mc in [4, 2*avg-4]: mean = avg
  try {
    await client.query(`set synchronous_commit = off`);
    await client.query(
      `insert into tag (workspace_id, name, name_key) select $1::uuid, t, lower(t) from unnest($2::text[]) t on conflict do nothing`,
      [workspaceId, TAGS],
    );
    for (let a = from; a <= to; a += batch) {
      const b = Math.min(to, a + batch - 1);
      await client.query('begin');
      await client.query('drop table if exists seed_batch');
      await client.query(
        `create temp table seed_batch on commit drop as
         select g,
                md5($1::text || ':ct:' || g)::uuid as contact_id,
                md5($1::text || ':cv:' || g)::uuid as id,
                case when g % 3 = 0 then 'WIDGET' else 'WHATSAPP' end as source,
                lpad(((g::bigint * 7919 + 470000000) % 1000000000)::text, 9, '0') as phone9,
                case when g % 15 = 0 then null else ${pick(FIRST, 'g * 7')} || ' ' || ${pick(LAST, 'g * 13 + g / 7')} end as name,
                4 + ((g * 31) % ${spread}) as mc,
                now() - ((g::bigint * 104729) % 15552000) * interval '1 second' - random() * interval '1 second' as lma,
                ${pick(STATUSES, 'g * 11 + g / 5')} as status,
                (g * 37 + g / 3) % 101 as q,
                ${pick(PRODUCTS, 'g * 17 + g / 11')} as product,
                ${pick(CITIES, 'g * 5 + g / 13')} as city
           from generate_series($2::int, $3::int) g`,
        [workspaceId, a, b],
      );
      await client.query(
        `insert into contact (id, workspace_id, name, phone, email, created_at)
         select contact_id, $1::uuid, name,
                case when source = 'WHATSAPP' or g % 2 = 0 then '+393' || phone9 end,
                case when g % 3 <> 1 and name is not null then lower(replace(name, ' ', '.')) || g || '@example.com' end,
                lma - interval '1 hour'
           from seed_batch`,
        [workspaceId],
      );
      await client.query(
        `insert into conversation (id, workspace_id, source, conversation_key, contact_id, title, status, status_origin,
                                   suggested_status, visible, last_message_at, last_message_id, message_count, quality_score,
                                   reviewed_at, version, indexed_version, created_at, updated_at)
         select id, $1::uuid, source,
                case when source = 'WHATSAPP' then '393' || phone9 else 'sess-' || substr(md5('s' || g), 1, 16) end,
                contact_id,
                coalesce(name, case when source = 'WHATSAPP' then '+393' || phone9 else 'Visitor ' || substr(md5('s' || g), 11, 6) end),
                status, 'AI', status, true, lma, md5($1::text || ':m:' || g || ':' || mc)::uuid, mc, q,
                lma + interval '10 minutes', 2, 2, lma - mc * interval '3 minutes', lma + interval '10 minutes'
           from seed_batch`,
        [workspaceId],
      );
      const m = await client.query(
        `insert into message (id, workspace_id, conversation_id, seq, source, external_id, role, kind, text, sent_at, received_at, signaled_at)
         select md5($1::text || ':m:' || g || ':' || s)::uuid, $1::uuid, id, s, source, 'seed-' || g || '-' || s,
                case when s % 2 = 1 then 'CUSTOMER' else 'AGENT' end, 'text',
                case when s % 2 = 1
                  then ${pick(CUST_OPEN, 'g + s * 3')} || ' ' || ${pick(CUST_ASK, 'g * 3 + s * 7')} || ' ' || product || ' '
                       || ${pick(CUST_TAIL, 'g + s')} || ' ' || city || case when s = 1 and source = 'WIDGET' and g % 2 = 0 then '. Il mio numero è +39 3' || substr(phone9, 1, 2) || ' ' || substr(phone9, 3, 3) || ' ' || substr(phone9, 6) else '' end
                  else ${pick(AGENT, 'g * 7 + s * 5')}
                end,
                lma - (mc - s) * interval '3 minutes', lma - (mc - s) * interval '3 minutes', lma - (mc - s) * interval '3 minutes'
           from seed_batch cross join lateral generate_series(1, mc) s`,
        [workspaceId],
      );
      messages += m.rowCount ?? 0;
      await client.query(
        `insert into review (workspace_id, conversation_id, through_seq, summary, quality_score, suggested_status, reviewer, reviewed_at)
         select $1::uuid, id, mc, ${pick(SUMMARY, 'g * 3 + g / 17')} || ' (' || product || ', ' || city || ')', q, status, 'builtin', lma + interval '10 minutes'
           from seed_batch`,
        [workspaceId],
      );
      await client.query(
        `insert into conversation_tag (conversation_id, tag_id)
         select sb.id, t.id from seed_batch sb
           join tag t on t.workspace_id = $1::uuid
                     and (  (sb.g % 3 = 0 and t.name = (${lit(TAGS)})[1 + (sb.g / 3) % ${TAGS.length}])
                         or (sb.g % 7 = 0 and t.name = (${lit(TAGS)})[1 + (sb.g / 7 + 5) % ${TAGS.length}]))
         on conflict do nothing`,
        [workspaceId],
      );
      await client.query(
        `insert into note (workspace_id, conversation_id, body, created_at)
         select $1::uuid, id, 'Richiamare ' || coalesce(name, 'il cliente') || ' per ' || product || ' (' || city || ')', lma + interval '1 hour'
           from seed_batch where g % 10 = 0`,
        [workspaceId],
      );
      await client.query('commit');
      log(`seeded conversations ${a}..${b} (${messages} messages so far, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    }
    await client.query('analyze contact, conversation, message, review, tag, conversation_tag, note');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  return { conversations: to - from + 1, messages, ms: performance.now() - started };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 100_000);
  const per = Number(process.argv[3] ?? 10);
  const { DATABASE_URL, WORKSPACE_ID } = process.env;
  if (!DATABASE_URL || !WORKSPACE_ID) {
    console.error('usage: DATABASE_URL=… WORKSPACE_ID=… node bench/seed.mjs [conversations] [messagesPerConversation]');
    process.exit(2);
  }
  const pool = new pg.Client({ connectionString: DATABASE_URL });
  await pool.connect();
  const { rows } = await pool.query(`select count(*)::int as n from conversation where workspace_id = $1`, [WORKSPACE_ID]);
  await pool.end();
  const from = rows[0].n + 1;
  const r = await seed({
    databaseUrl: DATABASE_URL,
    workspaceId: WORKSPACE_ID,
    from,
    to: from + n - 1,
    perConversation: per,
    log: console.log,
  });
  console.log(`seeded ${r.conversations} conversations, ${r.messages} messages in ${(r.ms / 1000).toFixed(1)} s`);
}
