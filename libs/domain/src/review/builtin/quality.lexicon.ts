/** Vocabulary behind the quality score and the summary's description of the agent. Phrase syntax: see patterns.ts. */
import { phrases } from './patterns';

/** The agent says it did not understand / asks to rephrase. */
export const NOT_UNDERSTOOD = phrases(
  [
    '(i )?(didn\'t|did not|don\'t|do not|couldn\'t|could not) (quite )?(understand|get that|follow)', 'not sure (i|what you) (understand|mean)',
    '(please )?(rephrase|reword)', 'could you (please )?(rephrase|repeat|clarify)', 'i can only help with', 'i\'m not able to help with that', 'invalid (option|input|choice)',
    'sorry,? i (can\'t|cannot) help', 'type (a|one of the) (keyword|option)',
  ],
  ['non (ho|abbiamo) capito', 'non capisco', 'non ho compreso', 'riformul*', 'ripetere la domanda', 'opzione non valida', 'non posso aiutarti con'],
  ['no (entiendo|entendi|he entendido)', 'reformular', 'puede repetir'],
  ['je n\'ai pas compris', 'je ne comprends pas', 'reformuler'],
  ['(nicht|nichts) verstanden', 'verstehe (sie |dich )?nicht', 'umformulieren'],
  ['nao entendi', 'nao compreendi', 'reformular'],
);

/** Canned messages that say nothing: auto-replies and deflections. */
export const DEFLECTION = phrases(
  [
    'your message is important', 'will be in touch (shortly|soon)', 'a member of (our|the) team will', 'we will get back to you', 'we\'ll get back to you',
    '(visit|check|see|browse) (our|the) website', 'on our website', 'every (project|case|job|client) is (unique|different)', 'it depends', 'contact (us|our office) (at|on|via)',
    'call (us|our office) (at|on)', 'email us at', 'thank you for contacting', 'thanks for contacting', 'thank you for your (interest|message)',
  ],
  [
    'il tuo messaggio e importante', 'la (tua|sua) richiesta e importante', 'ti risponderemo (al piu presto|presto)', 'vi risponderemo', 'ti contatteremo (al piu presto|presto)',
    '(visita|visiti|consulta) il (nostro )?sito', 'sul (nostro )?sito', 'dipende', 'ogni (caso|progetto) e (diverso|unico)', 'grazie per averci contattato', 'grazie per il (tuo|suo) interesse',
  ],
  ['su mensaje es importante', 'visite nuestra (web|pagina)', 'depende', 'gracias por contactar'],
  ['votre message est important', 'consultez notre site', 'cela depend', 'merci de nous avoir contactes'],
  ['ihre nachricht ist (uns )?wichtig', 'besuchen sie unsere (website|webseite)', 'es kommt darauf an', 'danke fur ihre nachricht'],
  ['sua mensagem e importante', 'visite (o )?nosso site', 'depende', 'obrigado por entrar em contato'],
);

/** Selling that is off-topic when the customer asked something else (or declined). */
export const AGENT_PUSH = phrases(
  [
    'sign up', 'join (this month|now|today|us)', 'special offer', 'discount', 'free (trial|session|personal training|consultation|discovery call)', 'did you know',
    'discovery call', 'book (you|a call|a demo|a slot)', 'what time works', 'pick a slot', 'calendar link', 'don\'t miss', 'limited time', 'ready to',
  ],
  ['iscriviti', 'offerta speciale', 'sconto', 'promo', 'prova gratuita', 'lo sapevi', 'non perdere', 'approfitta', 'fissiamo una chiamata', 'che orario (ti|le) va'],
  ['oferta especial', 'descuento', 'inscribete', 'prueba gratis'],
  ['offre speciale', 'remise', 'inscrivez-vous', 'essai gratuit'],
  ['sonderangebot', 'rabatt', 'melden sie sich an', 'kostenlose probe'],
  ['oferta especial', 'desconto', 'inscreva-se', 'teste gratis'],
);

/** The agent proposes a concrete next step. */
export const NEXT_STEP = phrases(
  [
    'would you like', 'shall i', 'do you want me to', 'i can (book|reserve|send|check|arrange|hold|put)', '(i\'ll|i will|we\'ll|we will) (send|email|call|message|book|reserve|hold|arrange|check|fit|value)',
    'will (call|email|contact|message|send) you', 'you can (come|book|reserve|pop in|visit|order)', 'test drive', 'book (a|an|your)', 'reserve (it|one|a)', 'refundable deposit',
    'send (me|us) (a|an|your)', 'could you (share|send|tell|let)', 'let me know', 'feel free to', 'welcome back', 'once (it\'s|you)',
  ],
  [
    'vuole che', 'vuoi che', '(le|ti|vi) (invio|mando|inviamo|mandiamo|preparo|chiamo|prenoto)', 'posso (prenotare|inviare|mandare|fissare|verificare|controllare)',
    '(la|ti|vi) (chiamera|contattera|richiamera)', 'per fissare', 'puo (venire|passare|prenotare)', 'mi lascia', 'ci (dica|mandi|invii|scriva)', 'mi (dica|mandi|invii|scriva)',
    'fammi sapere', 'mi faccia sapere', 'ci aiuta (molto )?una foto', 'con calma',
  ],
  ['quiere que', 'le (envio|llamo|reservo)', 'puede venir', 'digame', 'enviame'],
  ['voulez-vous', 'je vous (envoie|appelle|reserve)', 'vous pouvez venir', 'dites-moi'],
  ['mochten sie', 'ich (schicke|sende|rufe|reserviere)', 'sie konnen (vorbeikommen|buchen)', 'sagen sie mir'],
  ['quer que', '(te|lhe) (envio|ligo|reservo)', 'pode vir', 'me diga'],
);

/** The agent collects or asks for contact details. */
export const CONTACT_REQUEST = phrases(
  ['(your|an|a) (email|e-mail|phone number|number|mobile|contact details|contact)', 'share (an|your) email', 'best (number|way) to reach'],
  ['(un|il suo|il tuo|una) (numero|email|mail|recapito|contatto)', 'mi lascia (un|il)', 'i (suoi|tuoi) (dati|recapiti|contatti)'],
  ['(su|tu|un) (correo|telefono|numero)'],
  ['(votre|un) (email|numero|telephone)'],
  ['(ihre|eine) (e-mail|nummer|telefonnummer)'],
  ['(seu|um) (email|numero|telefone)'],
);

export const POLITE = phrases(
  ['thank*', 'thanks', 'please', 'welcome', 'sorry', 'happy to', 'of course', 'hi', 'hello', 'good (morning|afternoon|evening)', 'have a (nice|great|lovely)', 'best of luck', 'enjoy', 'congratulations'],
  ['grazie', 'per favore', 'prego', 'mi dispiace', 'certo', 'con piacere', 'buongiorno', 'buonasera', 'salve', 'ciao', 'buona (giornata|serata)', 'gentil*'],
  ['gracias', 'por favor', 'hola', 'buenos dias', 'claro', 'con gusto'],
  ['merci', 's\'il vous plait', 'bonjour', 'bonsoir', 'avec plaisir', 'bien sur'],
  ['danke', 'bitte', 'hallo', 'guten (tag|morgen|abend)', 'gerne'],
  ['obrigad[oa]', 'por favor', 'ola', 'bom dia', 'boa tarde', 'claro', 'com prazer'],
);

/** Customer signs of frustration: asking again, checking anyone is there. */
export const FRUSTRATION = phrases(
  [
    'are you (even )?(reading|listening|there)', 'anyone there', 'anybody there', 'real person', 'real human', 'a human', 'still nothing', 'still waiting', 'hello\\?',
    'hi\\?', 'like i said', 'as i said', 'i already (said|told|asked)', 'i just (need|want|asked)', 'answer (my|the) question', 'you didn\'t answer', 'not what i asked',
    'has it been sold', 'just checking you got', 'did you get my message', 'nobody (answers|replies)', 'useless', '\\?\\?', 'ok but',
  ],
  [
    'c\'e qualcuno', 'persona vera', 'persona reale', 'un operatore', 'ancora niente', 'come (ho|ti ho|vi ho) (detto|scritto)', '(ho|l\'ho) gia (detto|scritto|chiesto)',
    'rispondete', 'non (mi )?avete risposto', 'non e quello che ho chiesto', 'chiaro di cosi', 'o no\\?', 'ok ma', 'mi sentite', 'pronto\\?',
  ],
  ['hay alguien', 'persona real', 'como (te )?dije', 'ya (lo )?dije', 'no me (has|han) respondido'],
  ['il y a quelqu\'un', 'une vraie personne', 'comme je (l\'ai )?dit', 'vous ne repondez pas'],
  ['ist da jemand', 'echter mensch', 'wie (ich )?gesagt', 'keine antwort'],
  ['tem alguem', 'pessoa real', 'como eu disse', 'ninguem responde'],
);

/** Customer messages that close the exchange and need no reply. */
export const CLOSING = phrases(
  [
    'thanks?', 'thank you', 'thx', 'ty', 'cheers', 'great', 'perfect', 'ok', 'okay', 'k', 'cool', 'nice', 'sound', 'brilliant', 'lovely', 'awesome', 'bye', 'talk soon',
    'have a (nice|good|great) (day|one|evening|weekend)', 'you too', 'will do', 'got it', 'noted', 'fine', 'sure', 'alright', 'really kind', 'that\'s (really )?(kind|helpful|great)',
    'good to know', 'much appreciated', 'appreciate it', 'thank you so much', 'thanks a lot', 'see you',
  ],
  ['grazie( mille| tante)?', 'perfetto', 'ok', 'va bene', 'ottimo', 'benissimo', 'gentilissim[oaie]', 'a presto', 'buona (giornata|serata)', 'ciao', 'd\'accordo', 'capito', 'perfetta'],
  ['gracias', 'vale', 'perfecto', 'genial', 'hasta luego', 'adios'],
  ['merci( beaucoup)?', 'parfait', 'd\'accord', 'super', 'a bientot', 'au revoir'],
  ['danke( schon)?', 'perfekt', 'alles klar', 'super', 'tschuss', 'bis bald'],
  ['obrigad[oa]', 'perfeito', 'beleza', 'combinado', 'ate logo', 'tchau'],
);

/** Greetings / fillers stripped from the front of a customer's sentence before quoting it. */
export const GREETING_LEAD =
  /^(?:(?:hi|hiya|hey|hello|helo|hallo|hola|ola|olá|ciao|salve|buongiorno|buonasera|buon pomeriggio|bonjour|bonsoir|guten (?:tag|morgen|abend)|good (?:morning|afternoon|evening)|buenos d[ií]as|buenas(?: tardes| noches)?|bom dia|boa (?:tarde|noite)|dear|gentili(?:ssimi)?|egregi\w*|greetings|yo|there|all|everyone|team|love|again)[\s,!.:;—–-]*)+/i;

/** A sentence that only introduces the writer ("sono Paola Greco", "my name is ..."). */
export const SELF_INTRO = /^(?:(?:i'?m|i am|this is|my name is|it'?s|sono|mi chiamo|qui [eè]|soy|me llamo|je suis|je m'appelle|ich bin|ich heiße|mein name ist|sou|me chamo|meu nome [ée])\s+[\p{Lu}][\p{L}'-]*(?:\s+[\p{Lu}][\p{L}'-]*){0,2}|(?:i'?m|i am|sono|soy|je suis|ich bin|sou)\s+(?:already\s+)?(?:a\s+|un[ao]?\s+)?(?:member|customer|client|cliente|socio|iscritt[oa]))[\s,.!]*$/iu;
