/**
 * Vocabulary behind the status rules, per concept, English and Italian in depth, Spanish, French,
 * German and Portuguese for the common phrasings. Phrase syntax: see patterns.ts.
 * Matching runs on normalised text (lower case, no accents), so accents here are optional.
 */
import { phrases } from './patterns';

// ---------- SPAM ----------
export const PROMO = phrases(
  [
    'guaranteed', 'guarantee(d)? returns?', 'earn (up to|\\d+|money|extra|from home)', 'passive income', 'make money', 'profits?',
    'investment (opportunity|platform|advisor|consultant)', 'invest (now|today|with us)', 'crypto*', 'bitcoin', 'forex', 'binary options',
    'trading (platform|signals|account|bot)', 'initial deposit', 'minimum deposit', 'seo', 'backlinks?', 'guest posts?',
    '(first|top|1st) page (of|on) google', 'rank(ing)? (higher|first) on google', 'increase (your )?(sales|followers|traffic|revenue|leads)',
    '(more|new) (followers|likes|leads) (for|to) your', 'marketing (services|agency|package)', 'web design services', 'app development services',
    'we (offer|provide) (professional|affordable|cheap|high quality|top)', 'our (services|agency) (can|will) help', 'i can help your business',
    'dear (sir|madam|business owner|owner)', 'business proposal', 'partnership opportunity', 'limited (time|places|spots|offer|slots)',
    'act now', "don't miss (out|this)", 'click (here|the link|below)', '100% free', 'free (gift|iphone|trial offer)', 'work from home',
    'dropshipping', 'casino', 'betting tips', 'weight loss (pills|secret)', 'cheap (viagra|pills|followers)', 'only \\d+ (spots|places) left',
  ],
  [
    'garantit*', 'guadagn*', 'rendiment* (garantit*|settimanal*|mensil*)', 'reddito passivo', 'investiment*', 'criptovalut*', 'cripto',
    'piattaforma di trading', 'deposito iniziale', 'posti limitati', 'offerta (limitata|imperdibile|esclusiva)', 'clicca (qui|sul link)',
    'prima pagina (di|su) google', 'aumentare (le (tue )?vendite|i (tuoi )?follower|il fatturato|i clienti)', 'i nostri servizi di',
    'lavoro da casa', 'consulente (di|per gli) investimenti', 'gentile titolare', 'proposta commerciale', 'non perdere questa',
    'solo \\d+ minuti del tuo tempo', 'posti sono limitati',
  ],
  ['ganancias? garantizadas?', 'gana dinero', 'inversion (segura|garantizada)', 'haz clic', 'oferta limitada', 'plazas limitadas'],
  ['gains? garantis?', 'gagnez de l\'argent', 'investissement (garanti|sur)', 'cliquez ici', 'offre limitee', 'places limitees'],
  ['garantierte (gewinne|rendite)', 'geld verdienen', 'jetzt investieren', 'klicken sie hier', 'begrenzte platze', 'nur heute'],
  ['ganhos? garantidos?', 'ganhe dinheiro', 'investimento (garantido|seguro)', 'clique aqui', 'vagas limitadas', 'oferta limitada'],
);

export const SCAM = phrases(
  [
    'you (have|\'ve) won', 'congratulations,? you', 'claim your (prize|reward|gift)', 'your account (has been|will be|is) (suspended|blocked|locked|closed)',
    'verify your (account|identity|details)', 'confirm your (bank|card) details', '(parcel|package|delivery) ~ (on hold|held|failed|pending|could not be delivered)',
    'customs fee', 'gift cards?', 'wire transfer', 'western union', 'inheritance', 'lottery', 'send (me|us) your (bank|card|pin)', 'otp',
    'verification code', 'your code is \\d+',
  ],
  [
    'hai vinto', 'congratulazioni,? (hai|sei)', 'riscuoti il (tuo )?premio', 'il tuo (account|conto) (e|e stato|verra) (sospeso|bloccato)',
    'verifica (il tuo account|la tua identita|i tuoi dati)', '(pacco|spedizione) ~ (in giacenza|bloccat*|sospes*)', 'codice di verifica',
    'buono regalo', 'eredita', 'lotteria',
  ],
  ['has ganado', 'tu cuenta (ha sido )?(suspendida|bloqueada)', 'codigo de verificacion', 'paquete retenido'],
  ['vous avez gagne', 'votre compte (a ete )?(suspendu|bloque)', 'code de verification', 'colis (en attente|bloque)'],
  ['sie haben gewonnen', 'ihr konto (wurde )?(gesperrt|gesperrt)', 'bestatigungscode', 'paket ~ (zuruckgehalten|zollgebuhr)'],
  ['voce ganhou', 'sua conta (foi )?(suspensa|bloqueada)', 'codigo de verificacao', 'encomenda retida'],
);

export const BOT = phrases(
  ['this is an automated message', 'automated (message|reply|response)', 'do not reply to this', 'no-?reply', 'auto-?reply', 'out of office'],
  ['messaggio automatico', 'risposta automatica', 'non rispondere a questo messaggio'],
  ['mensaje automatico', 'no responda a este'],
  ['message automatique', 'ne pas repondre'],
  ['automatische (nachricht|antwort)', 'bitte nicht antworten'],
  ['mensagem automatica', 'nao responda'],
);

/** Said by the customer: the message was meant for someone else. */
export const WRONG_NUMBER = phrases(
  [
    'wrong (number|person|chat|contact|group|whatsapp|conversation)', 'sent (this|that|it) to the wrong', 'meant (to send|for) ~ (someone|somebody) else',
    'not (meant|for) (for )?you', 'who is this', 'i don\'t know (you|who you are)', 'sorry,? wrong',
  ],
  [
    '(numero|persona|chat) sbagliat*', 'sbagliato (numero|persona|chat)', '(ho|abbiamo) sbagliato (numero|persona|chat|contatto)',
    'scusa(te)?,? ho sbagliato', 'non era per (voi|te|lei)', 'chi (e|sei|siete)\\?',
  ],
  ['numero equivocado', 'me equivoque de', 'persona equivocada', 'no era para (ti|usted)'],
  ['(faux|mauvais) numero', 'je me suis trompe', 'mauvaise personne'],
  ['falsche nummer', 'falsche person', 'verwahlt', 'falschen chat'],
  ['numero errado', 'pessoa errada', 'me enganei'],
);

/** Said by the agent to a sender: "wrong number", "we are not interested" (spam handling). */
export const AGENT_SPAM_HANDLING = phrases(
  [
    'wrong number', 'reached the wrong', 'we are not interested', 'we\'re not interested', 'not interested,? thank',
    '(please )?(do not|don\'t) (write|message|contact) (us|this number) again', 'remove (us|this number)', 'this number is for',
  ],
  ['numero sbagliato', 'non siamo interessati', 'non (ci )?scriveteci piu', 'questo (e il )?numero (e )?(del|dello|della) ', 'ha sbagliato numero'],
  ['numero equivocado', 'no estamos interesados'],
  ['mauvais numero', 'nous ne sommes pas interesses'],
  ['falsche nummer', 'kein interesse'],
  ['numero errado', 'nao temos interesse'],
);

// ---------- NOT_INTERESTED ----------
export const DECLINE_STRONG = phrases(
  [
    'not interested', 'no longer interested', 'not for me', 'too expensive', 'too pricey', 'too much (money|for me|for us)',
    '(way )?(more|over) (than )?(what )?(i|we) can (spend|afford)', 'more than (i|we) can (spend|afford)', '(out of|over|beyond) (my|our) budget',
    'can\'?t afford', 'cannot afford', 'stop (messaging|texting|writing|contacting|sending)', 'unsubscribe', 'remove me', 'take me off',
    'leave me alone', 'don\'t (contact|message|text) me', 'changed (my|our) mind', 'no longer need', 'don\'t need (it|it anymore|them) anymore',
    '(bought|got|purchased|ordered|found|booked|went with|gone with|chose|picked) ~ (elsewhere|somewhere else|another (shop|store|company|dealer|place|agency|provider|one)|a competitor|someone else|a different (shop|company))',
    'already (bought|found|booked) (one|it|another|elsewhere|somewhere)', '(i\'ll|we\'ll|i will|we will) pass', 'forget it', 'not worth it',
    'cancel (my|the) (order|booking|request|appointment)',
  ],
  [
    'non (mi|ci) interess*', 'non sono (piu )?interessat*', 'non fa per (me|noi)', 'troppo (car[oaie]|costos[oaie])', '(costa|costano) troppo', 'e troppo (car[oa]|costos[oa]|per (me|noi))',
    'fuori (dal mio |dal nostro )?budget', 'oltre il (mio|nostro) budget', 'non (me|ce) (lo|la|li|le) posso permettere', 'non posso permettermel*',
    'smett(etela|ila|ete) di (scrivere|scrivermi|contattarmi)', 'non (scrivetemi|contattatemi|chiamatemi) piu', 'cancellatemi', 'disiscriv*',
    '(presa|preso|pres[ie]|comprat[oaie]|acquistat[oaie]|ordinat[oaie]|trovat[oaie]|prenotat[oaie]) ~ (altrove|altro negozio|altra parte|altro posto|un altro|un\'altra|concorrenza|concorrente)',
    'ho cambiato idea', 'lascio (stare|perdere)', 'lasciamo (stare|perdere)', 'non (mi|ci) serve piu', 'annull(o|ate|are) (l\'ordine|la prenotazione|la richiesta)',
  ],
  ['no me interesa', 'no estoy interesad[oa]', 'demasiado caro', 'muy caro para', 'fuera de (mi|nuestro) presupuesto', 'lo compre en otr[oa]', 'deja de escribirme', 'darme de baja'],
  ['pas interesse', 'ca ne m\'interesse pas', 'trop cher', 'hors de (mon|notre) budget', 'achete ailleurs', 'arretez de m\'ecrire', 'desinscri*'],
  ['kein interesse', 'nicht interessiert', 'zu teuer', 'uber (meinem|unserem) budget', 'woanders gekauft', 'horen sie auf', 'abmelden'],
  ['nao (tenho|estou) interess*', 'muito caro', 'caro demais', 'fora do (meu|nosso) orcamento', 'comprei em outr[oa]', 'pare de (me )?(mandar|enviar)', 'descadastr*'],
);

/** Declines that only count right after the agent proposed something (price, booking, call). */
export const DECLINE_WEAK = phrases(
  ['no thanks', 'no thank you', 'no,? thanks', 'maybe another time', 'not this time', 'i\'ll leave it', 'we\'ll leave it', 'nah', 'no need'],
  ['no grazie', 'no,? grazie', 'sara per un\'altra volta', 'lasci stare', 'fa niente', 'non importa', 'non serve'],
  ['no gracias', 'no,? gracias', 'otra vez sera'],
  ['non merci', 'non,? merci'],
  ['nein danke', 'nein,? danke'],
  ['nao obrigad[oa]', 'nao,? obrigad[oa]'],
);

export const PRICE_REASON = phrases(
  ['expensive', 'afford', 'budget', 'price', 'pricey', 'cost', 'spend'],
  ['car[oaie]', 'costos[oaie]', 'budget', 'permettere', 'prezzo', 'costa'],
  ['caro', 'presupuesto', 'precio'],
  ['cher', 'budget', 'prix'],
  ['teuer', 'budget', 'preis'],
  ['caro', 'orcamento', 'preco'],
);
export const ELSEWHERE_REASON = phrases(
  ['elsewhere', 'somewhere else', 'another (shop|store|company|dealer|place|agency|provider|one)', 'competitor', 'someone else'],
  ['altrove', 'altro negozio', 'altra parte', 'un altro', 'concorren*'],
  ['otr[oa] (tienda|sitio|empresa)'],
  ['ailleurs'],
  ['woanders'],
  ['outr[oa] (loja|lugar|empresa)'],
);
export const STOP_REASON = phrases(
  ['stop (messaging|texting|writing|contacting|sending)', 'unsubscribe', 'remove me', 'leave me alone', "don't (contact|message|text) me"],
  ['smett(etela|ila|ete) di', 'non (scrivetemi|contattatemi|chiamatemi) piu', 'cancellatemi', 'disiscriv*'],
  ['deja de escribirme', 'darme de baja'],
  ['arretez de', 'desinscri*'],
  ['horen sie auf', 'abmelden'],
  ['pare de', 'descadastr*'],
);

// ---------- QUOTE_REQUEST ----------
export const QUOTE_EXPLICIT = phrases(
  ['quote', 'quotation', 'estimate', 'proposal', 'costing', 'price (list )?for (my|our|this) (case|project|job|house|home|flat|event)'],
  ['preventiv*', 'quotazione', 'proposta (economica|commerciale)?', 'stima (dei costi|del costo|di spesa)'],
  ['presupuesto', 'cotizacion', 'propuesta'],
  ['devis', 'estimation', 'proposition (commerciale|de prix)'],
  ['angebot', 'kostenvoranschlag', 'kostenschatzung'],
  ['orcamento', 'cotacao', 'proposta'],
);

export const PRICE_QUESTION = phrases(
  [
    'how much', 'what (would|does|will) (it|that|this) cost', 'what (is|are|\'s) the (price|cost|rate|fee)s?', 'price', 'prices', 'cost', 'costs',
    'rates?', 'fees?', 'what do you charge', 'how expensive',
  ],
  [
    'quanto (costa|costano|costerebbe|costerebbero|verrebbe|viene|vengono|mi (viene|verrebbe|costa|costerebbe)|si spende|spenderei|chiedete|fate pagare)',
    'prezz[oi]', 'cost[oi]', 'tariff[ae]', 'che cifra', 'quale cifra',
  ],
  ['cuanto (cuesta|cuestan|costaria|sale|me sale)', 'precios?', 'costo', 'tarifas?'],
  ['combien', 'prix', 'tarifs?', 'cout'],
  ['wie viel', 'wieviel', 'was kostet', 'preis', 'preise', 'kosten'],
  ['quanto (custa|custam|custaria|fica|sai)', 'precos?', 'custo', 'valor'],
);

/** Marks a price question as being about the customer's own case (rather than a list price). */
export const PRICE_SPECIFIC = phrases(
  [
    'would (it|that|this|the)', 'roughly', 'approximately', 'approx', 'ballpark', 'all in', 'in total', 'altogether', 'for (my|our) \\w+',
    'for me', 'for us', 'in my case', 'my (house|home|flat|project|car|event|wedding|business|garden|kitchen|bathroom)', '\\d+ ~ (pages?|people|guests|rooms?|beds?|square|m2|sqm|hours|days|nights|units|items|pieces)',
  ],
  [
    'nel (mio|nostro) caso', 'per (il mio|la mia|i miei|le mie|il nostro|la nostra|noi|me)', 'piu o meno', 'circa', 'indicativamente', 'all\'incirca',
    'in tutto', 'in totale', 'costerebbe', 'verrebbe', 'mi verrebbe', '\\d+ ~ (pagine|persone|ospiti|camere|stanze|metri|mq|ore|giorni|notti|pezzi)',
  ],
  ['en mi caso', 'para (mi|nosotros)', 'mas o menos', 'aproximadamente', 'costaria'],
  ['dans mon cas', 'pour (moi|nous|mon|ma)', 'environ', 'a peu pres', 'couterait'],
  ['in meinem fall', 'fur (mich|uns|mein|meine)', 'ungefahr', 'circa', 'wurde'],
  ['no meu caso', 'para (mim|nos)', 'mais ou menos', 'aproximadamente', 'custaria'],
);

// ---------- POTENTIAL_CUSTOMER qualification ----------
export const CONTACT_OFFERED = phrases(
  [
    'call me', 'ring me', 'text me', 'email me', 'my (number|mobile|phone|cell|email|e-mail) is', 'my (mobile|number) is this', 'this number', 'reach me (on|at)',
    'contact me (on|at)', 'here (is|are) my (details|number|email)', 'my details',
  ],
  [
    'chiamar(mi|ci)', 'chiamatemi', 'richiamatemi', 'mi (potete|puoi|puo) (chiamare|richiamare|scrivere)', 'questo numero', 'il mio (numero|cellulare|telefono) (e|:)',
    'la mia (mail|email|e-mail) (e|:)', 'i miei (dati|contatti|recapiti)', 'vi lascio (il mio|i miei|la mia)', 'cell(ulare)? \\d',
  ],
  ['llamame', 'mi (numero|telefono|correo) es', 'este numero', 'mis datos'],
  ['appelez-moi', 'mon (numero|telephone|email) est', 'ce numero', 'mes coordonnees'],
  ['rufen sie mich', 'meine (nummer|telefonnummer|e-mail) ist', 'diese nummer', 'meine kontaktdaten'],
  ['me liga', 'meu (numero|telefone|email) e', 'este numero', 'meus dados'],
);

export const BUDGET = phrases(
  ['budget', 'max(imum)? (of )?[£$€]?\\s?\\d', 'up to [£$€]?\\s?\\d', 'no more than', 'a head', 'per head', 'per person', 'willing to (spend|pay)', 'can spend', 'looking to spend'],
  ['budget', 'massimo [£$€]?\\s?\\d', 'max [£$€]?\\s?\\d', 'fino a [£$€]?\\s?\\d', 'non oltre', 'a testa', 'a persona', 'posso spendere', 'vorrei spendere', '\\d+ ?mila'],
  ['presupuesto de', 'hasta [£$€]?\\s?\\d', 'por persona', 'puedo gastar'],
  ['budget de', 'jusqu\'a [£$€]?\\s?\\d', 'par personne', 'maximum'],
  ['budget von', 'bis zu [£$€]?\\s?\\d', 'pro person', 'hochstens'],
  ['orcamento de', 'ate [£$€]?\\s?\\d', 'por pessoa', 'posso gastar'],
);

export const DATE_MENTION = phrases(
  [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tue', 'thu', 'fri',
    'january', 'february', 'march', 'april', 'may \\d', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'tomorrow', 'tonight', 'this weekend', 'next (week|month|weekend)',
    '\\d{1,2}(st|nd|rd|th)', '\\d{1,2} ?(am|pm)', '\\d{1,2}:\\d{2}', '\\d{1,2}/\\d{1,2}(/\\d{2,4})?', 'at \\d{1,2}', 'in the (morning|afternoon|evening)',
  ],
  [
    'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio',
    'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'domani', 'dopodomani', 'stasera', 'prossima settimana', 'settimana prossima',
    'prossimo mese', 'mese prossimo', 'fine settimana', 'weekend', 'alle \\d', 'dopo le \\d', 'prima delle \\d', 'di (mattina|pomeriggio|sera)',
    '(sabato|domenica) (mattina|pomeriggio|sera)', 'il \\d{1,2}',
  ],
  ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'manana', 'la proxima semana', 'enero', 'febrero', 'junio', 'julio', 'a las \\d'],
  ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'la semaine prochaine', 'janvier', 'juin', 'juillet', 'a \\d{1,2}h'],
  ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'morgen', 'nachste woche', 'januar', 'juni', 'juli', 'um \\d'],
  ['segunda', 'terca', 'quarta', 'quinta', 'sexta', 'amanha', 'semana que vem', 'proxima semana', 'janeiro', 'junho', 'julho', 'as \\d'],
);

export const QUANTITY = phrases(
  [
    '\\d+ ~ (people|persons|guests|pax|adults|kids|children|rooms?|beds?|bedrooms?|nights?|pages?|pieces?|units?|items?|boxes|kg|m2|sqm|square (metres|meters|feet)|tables?|seats?|portions?|copies|pairs?)',
    '(a|one|two|three|four|five|six|ten|twenty|fifty|hundred) ~ (people|guests|rooms|nights|pieces|units)',
  ],
  ['\\d+ ~ (persone|ospiti|adulti|bambini|camere|stanze|letti|notti|pagine|pezzi|unita|scatole|kg|mq|metri quadri|tavoli|posti|porzioni|copie|paia)'],
  ['\\d+ ~ (personas|invitados|habitaciones|noches|piezas|unidades|metros)'],
  ['\\d+ ~ (personnes|invites|chambres|nuits|pieces|unites|metres)'],
  ['\\d+ ~ (personen|gaste|zimmer|nachte|stuck|einheiten|quadratmeter)'],
  ['\\d+ ~ (pessoas|convidados|quartos|noites|pecas|unidades|metros)'],
);

// ---------- CONTACTED ----------
/** The business already spoke to / called / met the customer outside the chat (past tense). */
export const CONTACT_PAST = phrases(
  [
    'thanks? (you )?for (the|your) (call|phone call|visit|time on the phone)', 'thanks for calling', '(you|he|she|they|someone|your (colleague|team|office|engineer|doctor|agent|surveyor)) (called|rang|phoned) (me|us)',
    'we spoke (on the phone|earlier|yesterday|this morning|today)', 'as (discussed|agreed|we discussed|we agreed|mentioned) (on the phone|earlier|yesterday|this morning|today)?',
    'on the phone (earlier|yesterday|this morning|today)', 'after (our|the) (call|meeting|visit)', 'following (our|your|the) (call|conversation|visit)', 'when we spoke',
  ],
  [
    'mi (ha|hai|avete) (chiamat[oa]|telefonat[oa]|contattat[oa])', 'ci (ha|hai|avete) (chiamat[ie]|telefonat[oi]|contattat[ie])', '(ci|vi) siamo (sentit[ie]|dett[ie])',
    'come (ci siamo dett[ie]|d\'accordo|concordato|detto) (al|per) telefono', 'come d\'accordo', 'come concordato', 'grazie (per|della) (la )?(telefonata|chiamata)',
    'dopo la (telefonata|chiamata|visita)', 'ci siamo visti', 'abbiamo parlato',
  ],
  ['me (llamo|llamaron|llamaste)', 'hablamos por telefono', 'como (acordamos|hablamos)', 'gracias por la llamada'],
  ['vous m\'avez (appele|telephone)', 'comme convenu', 'merci pour (l\'appel|votre appel)'],
  ['wie besprochen', 'wie vereinbart', '(sie haben|hat) mich angerufen', 'danke fur (den|ihren) anruf'],
  ['(me|nos) ligou', 'conforme combinado', 'como combinamos', 'obrigad[oa] pela (ligacao|chamada)'],
);

/** An appointment / booking fixed and confirmed (said by either side; needs a date or time nearby). */
export const BOOKING_CONFIRMED = phrases(
  [
    '(is|it\'s|that\'s|thats|all|booking|appointment|reservation|visit|survey|table) (is )?(now )?confirmed', 'confirmed( for)?:?', 'you\'re (all )?booked',
    'you are (all )?booked', 'booked (you|it) in', 'i(\'ve| have) booked', 'we(\'ve| have) booked', 'i(\'ve| have) (put|pencilled) you (down|in)',
    'see you (on|at|then|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)', 'just confirming', '(i|we) confirm', 'confirming (the|our|my)',
  ],
  [
    'ho segnato', 'ho (prenotato|fissato|registrato|confermato)', 'abbiamo (prenotato|fissato|confermato)', '(e|resta|rimane) confermat[oa]', 'confermat[oa]',
    'prenotazione confermata', '(le|ti|vi) confermo', 'confermo', '(la|ti|vi) aspettiamo', '(?<=(^|[.!,;])\\s*)a (domani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)',
  ],
  ['(queda|esta) confirmad[oa]', 'reserva confirmada', 'te esperamos', 'le confirmo', 'nos vemos el'],
  ['(c\'est|est) confirme', 'reservation confirmee', 'je vous confirme', '(?<=(^|[.!,;])\\s*)a (demain|lundi|mardi|mercredi|jeudi|vendredi|samedi)'],
  ['ist bestatigt', 'termin ~ bestatigt', 'ich bestatige', '(?<=(^|[.!,;])\\s*)bis (morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag)'],
  ['esta confirmad[oa]', 'reserva confirmada', 'confirmo', '(?<=(^|[.!,;])\\s*)ate (amanha|segunda|terca|quarta|quinta|sexta|sabado)'],
);

// ---------- FOLLOW_UP ----------
export const FOLLOW_UP = phrases(
  [
    '(i|we)(\'ll| will| need to| have to|\'d like to| want to) think (about it|it over|about this)', 'let (me|us) think', 'think it over',
    '(i|we)(\'ll| will) (let you know|get back to you|be in touch|come back to you|decide later)', 'get back to (you|me|us)', 'keep me posted',
    '(write|message|text|call|contact|ping|email) (me|us) (back )?(next|in|later|again|after|tomorrow|around|in a|in early|at the end)',
    '(can|could) you (write|message|text|call|contact|email) (me|us) ~ (next|later|again|after|in a|in early)', 'not (right )?now,? (maybe )?later',
    'maybe later', 'still (deciding|thinking)', 'need to (check|talk|speak|discuss) (it )?with (my|our)', 'ask my (wife|husband|partner|boss)', 'sleep on it',
  ],
  [
    'ci (penso|pensiamo|pensero|penseremo|rifletto|riflettiamo|devo pensare|dobbiamo pensare)', 'devo (pensarci|rifletterci|valutare)', 'dobbiamo (pensarci|valutare)',
    '(vi|ti|le) (faccio|faremo|facciamo|farò|faro) sapere', 'ci sentiamo (piu avanti|la prossima|tra|fra|dopo|poi)', 'sentiamoci', 'risentiamoci',
    '(scrivetemi|scrivimi|mi scriva|ricontattatemi|richiamatemi|contattatemi|mi ricontatti|mi richiami) ~ (prossim*|tra|fra|piu avanti|dopo|settimana|mese)',
    'piu avanti', 'ne parlo con (mio|mia)', 'devo sentire (mio|mia)', 'ci aggiorniamo', 'vi aggiorno',
  ],
  ['lo (pienso|pensare|voy a pensar)', 'te (aviso|digo algo)', 'les aviso', 'escribeme (la proxima|mas adelante)', 'mas adelante'],
  ['je vais reflechir', 'je reflechis', 'je vous tiens au courant', 'je reviens vers vous', 'recontactez-moi', 'plus tard'],
  ['ich (uberlege|denke daruber nach|melde mich)', 'wir melden uns', 'melden sie sich (nachste|spater)', 'spater'],
  ['vou pensar', 'vamos pensar', 'te aviso', 'depois (eu )?(falo|aviso)', 'mais tarde', 'me (chama|escreve) (semana|mes) que vem'],
);

// ---------- OPPORTUNITY / INFO_ONLY ----------
export const BUYING_INTEREST = phrases(
  [
    'available', 'availability', 'in stock', 'still for sale', 'for sale', 'do (you|u) (have|sell|stock|do|offer|make|provide|groom|deliver|ship|install|repair|fix|travel|cover|take|accept|cater|rent|hire)',
    'have you got', 'can (i|we) (buy|order|book|reserve|get|have|come|see|view|try|rent|hire)', 'how (can|do) (i|we) (buy|order|book|reserve|get|purchase|sign up|join)',
    'how does it work if', 'if i want (it|one|to)', '(i|we)(\'d| would) like(?! to (know|ask|check))', '(i|we) want(?! to (know|ask))', 'i\'m looking for', 'we\'re looking for',
    'looking (for|to buy|to book)', 'interested in', '(i|we) need (a|an|some|new|to (buy|book|order|get|hire|rent))', 'test drive', 'viewing', 'book (a|an|the|in)', 'appointment', 'part ex', 'trade in',
    'reserve', 'deposit', 'place an order', '(can|could) (i|we) order', '(i|we)(\'d| would) like to order', 'buy', 'purchase', 'quote', 'price', 'how much',
  ],
  [
    'disponibil*', 'ce l\'avete', 'avete (ancora|disponibil|il|la|lo|i|le|gli|un|una|camere|posti|tavoli)', 'vendete', 'fate (anche|consegne|spedizioni)', '(le|li|lo|la) fate',
    'vorrei(?! (sapere|capire|chiedere|informazioni|info))', 'vorremmo(?! (sapere|capire|chiedere))', 'cerco', 'cerchiamo', 'stiamo cercando', 'sto cercando',
    'mi interessa', 'ci interessa', 'interessat[oaie]', 'come (posso|faccio a) (comprare|acquistare|ordinare|prenotare|averl[oa])', 'prenot*', 'appuntamento',
    'posso (venire|vedere|provare|ordinare|prenotare)', 'possiamo (venire|vedere|vederl[oiae]|visitare|prenotare)', 'ordin(are|o)', 'acquist(are|o)', 'compr(are|o)',
    'ho bisogno di(?! (sapere|informazioni|info))', 'mi serve', 'ci serve', 'info per (il|la|lo|un|una)', 'preventivo', 'prezzo', 'quanto costa',
  ],
  ['disponible', 'tienen', 'venden', 'quiero(?! saber)', 'quisiera(?! saber)', 'busco', 'buscamos', 'me interesa', 'reservar', 'comprar', 'precio', 'cuanto cuesta'],
  ['disponible', 'avez-vous', 'vous avez', 'je voudrais(?! savoir)', 'je cherche', 'nous cherchons', 'ca m\'interesse', 'reserver', 'acheter', 'commander', 'prix'],
  ['verfugbar', 'haben sie', 'ich mochte(?! wissen)', 'ich suche', 'wir suchen', 'interessiert an', 'buchen', 'kaufen', 'bestellen', 'preis'],
  ['disponivel', 'voces tem', 'tem (o|a|um|uma)', 'quero(?! saber)', 'gostaria de(?! saber)', 'procuro', 'estou procurando', 'reservar', 'comprar', 'preco', 'quanto custa'],
);

export const INFO_REQUEST = phrases(
  [
    'open', 'opening (times|hours)', 'hours', 'what time', 'when do you (open|close)', 'closed', 'address', 'where are you', 'where is', 'located', 'location',
    'parking', 'directions', 'how (does|do) (it|this|that|the|you) work', 'how long', 'do you know', 'order status', 'my order', 'tracking', 'delivered',
    'refund', 'return policy', 'timetable', 'schedule', 'info', 'information', 'is there', 'can i bring', 'wheelchair', 'accessible', 'wifi', 'dress code',
  ],
  [
    'orari', 'orario', 'aperti', 'aperto', 'apre', 'aprite', 'chiude', 'chiudete', 'chiuso', 'indirizzo', 'dove (siete|si trova|vi trovo)', 'parcheggio',
    'come funziona', 'quanto (tempo|ci vuole|dura)', 'il mio ordine', 'spedizione', 'tracciamento', 'rimborso', 'reso', 'info', 'informazion*', 'vorrei sapere',
    'volevo sapere', 'c\'e (un|una|il|la)', 'si puo', 'accessibil*', 'ascensore',
  ],
  ['horario', 'abierto', 'abren', 'direccion', 'donde (estan|esta)', 'mi pedido', 'informacion', 'como funciona', 'quisiera saber'],
  ['horaires', 'ouvert', 'ouvrez', 'adresse', 'ou (etes|se trouve)', 'ma commande', 'information', 'comment ca marche'],
  ['offnungszeiten', 'geoffnet', 'adresse', 'wo (sind|ist|finde)', 'meine bestellung', 'information', 'wie funktioniert'],
  ['horario', 'aberto', 'abrem', 'endereco', 'onde (fica|ficam|estao)', 'meu pedido', 'informacao', 'como funciona'],
);

export const EXISTING_CUSTOMER = phrases(
  ['already a (member|customer|client|patient)', '(i\'m|i am|we\'re|we are) (a )?(member|members|customer|client|patient)s?', 'my (order|booking|membership|subscription|appointment|account)'],
  ['(sono|siamo) gia (client[ei]|iscritt[oi]|soci[oa]?|pazient[ei])', 'sono (iscritt[oa]|socio|tesserat[oa])', 'il mio (ordine|abbonamento|appuntamento)', 'la mia (prenotazione|iscrizione)'],
  ['ya soy (cliente|socio)', 'mi (pedido|reserva|cita)'],
  ['deja (client|membre)', 'ma (commande|reservation)'],
  ['bereits (kunde|mitglied)', 'meine (bestellung|buchung)'],
  ['ja sou (cliente|socio)', 'meu pedido', 'minha reserva'],
);
